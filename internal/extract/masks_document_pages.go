package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// readPagesRe is the length of a document the writer or reader reads
// through whole: "hasn't got time to read all 40 pages", "reading its 120
// pages". The document's size, not a finding; "the referral form is
// 14 pages long" measures a burden and stays a figure. Group 1.
var readPagesRe = lazyre.New(`\b(?:read|reading|get\s+through|getting\s+through|wade\s+through|wading\s+through|skim|skimming)\s+(?:all\s+(?:the\s+|its\s+|those\s+)?|the\s+(?:whole\s+|full\s+|entire\s+)|its\s+|those\s+)(\d{1,4}|` + workSmallNum + `)\s+pages\b`)

// filePagesRe is a file's description in brackets after a link or an
// attachment: its format, perhaps its size, and its length, "(PDF, 14
// pages)", "(Word document, 1.2MB, 40 pages)". Group 1.
var filePagesRe = lazyre.New(`\((?:pdf|word|docx?|odt|excel|xlsx?|ods|csv|html|powerpoint|pptx?)\b[^()]{0,40}?\b(\d{1,4})\s+pages?\)`)

// shortLengthRe is the length of a paper called short, given in an
// aside: "short care plans, one or two pages long, helped", "a brief
// summary, just three pages long,". It says the paper is short, no
// finding; "the referral form is 14 pages long" measures a burden and
// stays a figure. Group 1.
var shortLengthRe = lazyre.New(`\b(?:short|brief|concise|simple)\s+(?:[a-z’'-]+\s+){0,3}?[a-z’'-]+,\s+(?:only\s+|just\s+|no\s+more\s+than\s+|about\s+|around\s+)?(` + workSmallNum + `(?:\s+(?:or|to)\s+` + workSmallNum + `)?)\s+(?:pages?|sides?)\s+long\b`)

// titledPagesRe is a report's length in brackets after its title, as a
// page lists its publications: "is in the report Starting behind (48
// pages)", "read our briefing, Waiting Well (12 pages)". The document's
// size, not a finding. Group 1.
var titledPagesRe = lazyre.New(`\b(?:report|guide|briefing|paper|summary|analysis|evaluation|strategy|toolkit|document|publication)\b[^.;:!?()]{0,80}?\((\d{1,4}|` + workSmallNum + `)\s+pages\)`)

// ranToPagesRe is a document's length as it ran to so many pages: "The
// equality impact assessment put before Cabinet ran to four pages", "the
// final report runs to 212 pages". The document's size, not a finding;
// "the referral form runs to 18 pages" measures a burden on families
// and stays a figure (no form is named here). Group 1.
var ranToPagesRe = lazyre.New(`\b(?:assessment|report|plan|strategy|review|guidance|judgment|judgement|paper|summary|submission|response|statement|analysis|policy|document|evaluation)\b[^.;:!?]{0,60}?\b(?:ran|runs|running|run|came|comes|extended|extends)\s+to\s+(?:just\s+|only\s+|barely\s+|some\s+|about\s+|around\s+|over\s+|more\s+than\s+|fewer\s+than\s+)?(\d{1,4}|` + workSmallNum + `)\s+pages\b`)

// maskDocumentCounts marks the length of a document read through
// (readPagesRe), given with its file's format (filePagesRe) or after its
// title (titledPagesRe), said to run to so many pages (ranToPagesRe) or
// called short (shortLengthRe): no figure.
func maskDocumentCounts(lower string, taken []bool) {
	mark := func(m []int) {
		for g := 2; g+1 < len(m); g += 2 {
			for i := m[g]; m[g] >= 0 && i < m[g+1]; i++ {
				taken[i] = true
			}
		}
	}
	if hasAnyFold(lower, "pages") {
		for _, m := range readPagesRe.FindAllStringSubmatchIndex(lower, -1) {
			mark(m)
		}
		for _, m := range filePagesRe.FindAllStringSubmatchIndex(lower, -1) {
			mark(m)
		}
		if strings.Contains(lower, "pages)") {
			for _, m := range titledPagesRe.FindAllStringSubmatchIndex(lower, -1) {
				mark(m)
			}
		}
		if strings.Contains(lower, " to ") {
			for _, m := range ranToPagesRe.FindAllStringSubmatchIndex(lower, -1) {
				mark(m)
			}
		}
	}
	if hasAnyFold(lower, " long") {
		for _, m := range shortLengthRe.FindAllStringSubmatchIndex(lower, -1) {
			mark(m)
		}
	}
}
