package refs_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/refs"
)

// TestRecordLeavesURLEdgeControlsForTheImport: a NEL, U+2028, U+2029,
// vertical tab or form feed at the edge of a record's URL is left in it,
// for the import to clean and warn of, by the rule every other field
// follows (trimLayout). Before, a BibTeX `url` (or a \url{…} in its
// howpublished) was trimmed with strings.TrimSpace, and the character
// was taken without a warning, while one inside the URL, or at a title's
// edge, warned (hostile check 42).
func TestRecordLeavesURLEdgeControlsForTheImport(t *testing.T) {
	for _, c := range []string{"\v", "\f", "\u0085", "\u2028", "\u2029"} {
		j := fmt.Sprintf("\\u%04x", []rune(c)[0])
		for name, rec := range map[string]string{
			"r.bib":    "@techreport{k, title = {Title}, institution = {Pub}, year = {2024}, url = {https://ex.org/x" + c + "}}\n",
			"lead.bib": "@techreport{k, title = {Title}, institution = {Pub}, year = {2024}, url = {" + c + "https://ex.org/x}}\n",
			"hp.bib":   "@misc{k, title = {Title}, publisher = {Pub}, year = {2024}, howpublished = {\\url{https://ex.org/x" + c + "}}}\n",
			"r.ris":    "TY  - RPRT\r\nTI  - Title\r\nPB  - Pub\r\nPY  - 2024\r\nUR  - https://ex.org/x" + c + "\r\nER  - \r\n",
			"r.json":   `[{"type": "report", "title": "Title", "publisher": "Pub", "URL": "https://ex.org/x` + j + `", "issued": {"date-parts": [[2024]]}}]`,
		} {
			s, err := refs.Read(name, []byte(rec))
			if err != nil {
				t.Fatalf("%s %+q: %v", name, c, err)
			}
			if !strings.Contains(s.URL, c) {
				t.Errorf("%s %+q: the url was read as %+q, the character taken unsaid", name, c, s.URL)
			}
		}
	}
}
