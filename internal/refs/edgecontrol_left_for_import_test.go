package refs_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/refs"
)

// TestRecordLeavesEdgeControlsForTheImport: a vertical tab, a form feed, a
// NEL or a U+2028 or U+2029 at the end of a RIS field, or after an author's
// family name in any format, is left in the field, for the import to clean
// and warn of as it does the same character inside a field. Before, RIS
// trimmed them from every field, and every format from authors, unsaid:
// "AU  - Smith\u0085, Jane" was "Jane Smith" (round 41, held-out check).
func TestRecordLeavesEdgeControlsForTheImport(t *testing.T) {
	for _, c := range []string{"\v", "\f", "\u0085", "\u2028", "\u2029"} {
		j := fmt.Sprintf("\\u%04x", []rune(c)[0]) // JSON writes a control escaped
		for name, rec := range map[string]string{
			"r.ris":  "TY  - RPRT\r\nAU  - Smith" + c + ", Jane\r\nTI  - Title" + c + "\r\nPB  - Pub" + c + "\r\nPY  - 2024\r\nER  - \r\n",
			"r.bib":  "@techreport{k, author = {Smith" + c + ", Jane}, title = {Title" + c + "}, institution = {Pub" + c + "}, year = {2024}}\n",
			"r.json": `[{"type": "report", "title": "Title` + j + `", "publisher": "Pub` + j + `", "author": [{"family": "Smith` + j + `", "given": "Jane"}], "issued": {"date-parts": [[2024]]}}]`,
		} {
			s, err := refs.Read(name, []byte(rec))
			if err != nil {
				t.Fatalf("%s %+q: %v", name, c, err)
			}
			for field, v := range map[string]string{"title": s.Title, "publisher": s.Publisher, "author": s.Author} {
				if !strings.Contains(v, c) {
					t.Errorf("%s %+q: the %s was read as %+q, the character taken unsaid", name, c, field, v)
				}
			}
		}
	}
	// The layout of a record file is not kept.
	s, err := refs.Read("r.ris", []byte("TY  - RPRT\r\nAU  - Smith ,  Jane \t\r\nTI  - Title \t\r\nPB  - Pub\r\nPY  - 2024\r\nER  - \r\n"))
	if err != nil || s.Title != "Title" || s.Author != "Jane Smith" {
		t.Errorf("laid out: %+q %+q %v", s.Title, s.Author, err)
	}
}
