package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/lazyre"
)

// A news page's or a blog's list of links to its other stories, under a
// label of its own ("Related stories", "More on this story", "Read
// more", "You may also like", "Most read"), set as a heading or a line in
// bold: each entry is only a link, the title of another page. Titles
// such as "Eating disorder waits: the families left in limbo" are that
// page's, no finding of this one, and were excerpts. The near misses that
// stay: a list of links under any other heading (a report's list of
// recommendations, each linked to its page), an entry with words beside
// its link, a label that only starts with such words ("Related
// findings from our survey").

// relatedLabelRe is the label over a list of links to other stories.
var relatedLabelRe = lazyre.New(`(?i)^(?:related(?:\s+(?:stories|articles|content|posts|news|reading|links|pages))?|more\s+(?:on\s+this(?:\s+(?:story|topic))?|stories|news|articles|from\s+[\p{L}'’ ]{2,40})|(?:read|see)\s+(?:more|also|next)|you\s+(?:might|may)\s+also\s+(?:like|be\s+interested\s+in)|(?:most|more)\s+(?:read|popular|viewed|shared)|further\s+stories|in\s+other\s+news)\s*:?$`)

// linkOnlyRe is a list entry that is one Markdown link and nothing else.
var linkOnlyRe = lazyre.New(`^\[[^\]]{3,300}\]\([^)\s]+\)$`)

// relatedLink reports a list entry that is only a link, in a list under
// a label of links to other stories (relatedLabelRe), whether the label
// is a heading or a line of its own (in bold) right over the list.
func (x *extractor) relatedLink(b corpus.Block) bool {
	t := b.Text
	if x.para < len(x.written) {
		t = x.written[x.para].Text // the link as written
	}
	if b.Kind != corpus.ListItem || !linkOnlyRe.MatchString(strings.TrimSpace(t)) {
		return false
	}
	for i := x.para - 1; i >= 0; i-- {
		p := x.doc.Blocks[i]
		switch p.Kind {
		case corpus.ListItem:
			continue
		case corpus.Heading, corpus.Paragraph:
			// A paragraph's bold marks are left out as it is read.
			l := strings.TrimSpace(p.Text)
			if l2, ok := strings.CutPrefix(l, "**"); ok {
				l = strings.TrimSuffix(l2, "**")
			}
			return relatedLabelRe.MatchString(strings.TrimSpace(l))
		default:
			return false
		}
	}
	return false
}
