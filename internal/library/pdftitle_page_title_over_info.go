package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// referenceTitleRe is a document-info title that is the file's
	// reference, perhaps with a word of what it is: "FOI-2526-0417
	// response", "REF 24/118 letter".
	referenceTitleRe = lazyre.New(`^[A-Z]{2,}[-/ ]?\d[\w/-]*\d(?:\s+[a-z]+){0,2}$`)
	// kindWordRe is a word of what a document is, which a document-info
	// title may add after the title its page shows.
	kindWordRe = lazyre.New(`(?i)^(?:factsheet|fact\s+sheet|leaflet|flyer|poster|infographic|brochure|booklet|briefing|summary|handout)$`)
)

// pageTitleOverInfo gives the title to use over the document info's
// title t where the page's title (its largest text, perhaps with a
// subtitle) wins even though it is no title page's: t only adds the
// document's kind to the title the page opens with ("Young minds, long
// waits factsheet" over "Young minds, long waits: children and young
// people's mental health"), so the title without the kind word; or t is
// the file's reference (referenceTitleRe), which names the file, not the
// document, so the page's title. "" when neither.
func pageTitleOverInfo(page, t string) string {
	page, t = strings.Join(strings.Fields(page), " "), strings.Join(strings.Fields(t), " ")
	if page == "" || t == "" {
		return ""
	}
	if cut := strings.LastIndexByte(t, ' '); cut > 0 && kindWordRe.MatchString(t[cut+1:]) {
		head := t[:cut]
		if rest, ok := strings.CutPrefix(strings.ToLower(page), strings.ToLower(head)); ok && (rest == "" || strings.HasPrefix(rest, ":")) {
			return page[:len(head)]
		}
	}
	if referenceTitleRe.MatchString(t) && len(strings.Fields(page)) >= 3 {
		return page
	}
	return ""
}
