package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// ownNoteHeadingRe is a heading over a document's note about itself:
	// "About this report", "Publication details", "Copyright".
	ownNoteHeadingRe = lazyre.New(`(?i)^(?:about this (?:[\w-]+ )?(?:report|review|document|publication|briefing|paper|guide|guidance|plan|strategy|survey|summary|leaflet|booklet|bulletin|newsletter|update|profile|assessment)|(?:publication|document) (?:details|information)|copyright(?: (?:and|&) (?:licen[cs]e|licensing|disclaimer|permissions))?|imprint|colophon)[.:]?$`)
	// appendixHeadingRe is a heading over an appendix or an annex,
	// which follows the body's text: "Appendix: data sources", "Annex B".
	appendixHeadingRe = lazyre.New(`(?i)^(?:appendi(?:x|ces)|annex(?:e|es)?)\b`)
	// headingNumberRe is a heading's number: "2. ", "3 ".
	headingNumberRe = lazyre.New(`^\d{1,2}\.?\s+`)
)

// imprintSection reports a heading over the document's own imprint: its
// note about itself ("About this report", "Publication details") or how
// to reach its publisher ("Contact us"), as an inside cover or a last
// page sets them. A box pointing to other bodies ("Where to get help",
// "Useful contacts") is no such section.
func imprintSection(h string) bool {
	h = headingNumberRe.ReplaceAllString(strings.TrimSpace(h), "")
	return ownNoteHeadingRe.MatchString(h) || contactHeadingRe.MatchString(h)
}

// imprintSectionEnds reports, for each row, whether it stands in a section
// of the document's own imprint (imprintSection) at the document's head
// (no section but another such, or the contents, before it) or at its
// foot (nothing after it but such sections, appendices and back matter).
// sect gives each row's section, an index into heads, or -1 for a row
// under no heading. Before (hostile check 65), a report's "Published by"
// line under an inside cover's "About this report", or in its "Contact
// us" section before the appendices, stood between two of the text's
// sentences, and the report was refused.
func imprintSectionEnds(heads []string, sect []int) []bool {
	head := make([]bool, len(heads)) // the section is at the head
	front := true
	for s, h := range heads {
		head[s] = front && imprintSection(h)
		front = front && (imprintSection(h) || contentsHeadingRe.MatchString(strings.TrimSpace(h)))
	}
	foot := make([]bool, len(heads)) // the section is at the foot
	back := true
	for s := len(heads) - 1; s >= 0; s-- {
		h := headingNumberRe.ReplaceAllString(strings.TrimSpace(heads[s]), "")
		foot[s] = back && imprintSection(h)
		back = back && (imprintSection(h) || appendixHeadingRe.MatchString(h) || backMatter(h))
	}
	out := make([]bool, len(sect))
	for i, s := range sect {
		out[i] = s >= 0 && (head[s] || foot[s])
	}
	return out
}
