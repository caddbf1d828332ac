package refs_test

import (
	"fmt"
	"testing"

	"github.com/cypx/cypx/internal/refs"
)

// TestRecordDatesCleanedAreSaid: a vertical tab, a form feed, a NEL, a
// U+2028 or U+2029 at a date's edge, or a zero-width space or a
// right-to-left mark inside it, in every format's date fields, is cleaned
// to read the date and given back as the file writes it, for the import
// to warn of as of every other field (a line break inside a date is a
// space there, as in a title, and the date is refused as bad). Before, the date alone was cleaned
// unsaid ("PY  - 2024\v" was 2024 without a word), or refused as a bad
// date where the same character in a title was cleaned and warned of.
func TestRecordDatesCleanedAreSaid(t *testing.T) {
	for _, c := range []string{"\v", "\f", "\u0085", "\u2028", "\u2029", "\u200b", "\u200f"} {
		j := fmt.Sprintf("\\u%04x", []rune(c)[0])
		for name, rec := range map[string][2]string{
			"edge.ris":     {"TY  - RPRT\r\nTI  - Title\r\nPB  - Pub\r\nPY  - 2024" + c + "\r\nUR  - https://example.org/r\r\nY2  - 2025/01/02/" + c + "\r\nER  - \r\n", "2024"},
			"inside.ris":   {"TY  - RPRT\r\nTI  - Title\r\nPB  - Pub\r\nDA  - 2024/0" + c + "7//\r\nUR  - https://example.org/r\r\nY2  - " + c + "2025/01/02/\r\nER  - \r\n", "2024-07"},
			"edge.bib":     {"@techreport{k, title = {Title}, institution = {Pub}, year = {2024" + c + "}, month = {jul" + c + "}, urldate = {2025-01-02" + c + "}}\n", "2024-07"},
			"date.bib":     {"@techreport{k, title = {Title}, institution = {Pub}, date = {" + c + "2024-07-15}, urldate = {2025-" + c + "01-02}}\n", "2024-07-15"},
			"day.bib":      {"@techreport{k, title = {Title}, institution = {Pub}, year = {2024}, month = {7}, day = {1" + c + "5}, urldate = {2025-01-02" + c + "}}\n", "2024-07-15"},
			"parts.json":   {`[{"type": "report", "title": "Title", "publisher": "Pub", "issued": {"date-parts": [["2024` + j + `", "7"]]}, "accessed": {"date-parts": [["2025", "0` + j + `1"]]}}]`, "2024-07"},
			"raw.json":     {`{"type": "report", "title": "Title", "publisher": "Pub", "issued": {"raw": "2024-` + j + `07"}, "accessed": {"raw": "2025-01-02` + j + `"}}`, "2024-07"},
			"literal.json": {`{"type": "report", "title": "Title", "publisher": "Pub", "issued": {"literal": "` + j + `2024"}, "accessed": {"literal": "2025` + j + `"}}`, "2024"},
		} {
			r, err := refs.ReadRecord(name, []byte(rec[0]))
			if inside := name == "inside.ris" || name == "raw.json" || name == "day.bib"; inside && c != "\u200b" && c != "\u200f" {
				// A line break inside a date is a space there, as in a
				// title: the date is refused as bad, not read unsaid.
				if err == nil {
					t.Errorf("%s %+q: a line break inside the date was read: %v", name, c, r.Source.Date)
				}
				continue
			}
			if err != nil {
				t.Errorf("%s %+q: %v", name, c, err)
				continue
			}
			if got := r.Source.Date.String(); got != rec[1] {
				t.Errorf("%s %+q: dated %q, want %q", name, c, got, rec[1])
			}
			for _, field := range []string{"date", "accessed"} {
				if raw, ok := r.Cleaned[field]; !ok || !containsRune(raw, []rune(c)[0]) {
					t.Errorf("%s %+q: the %s's cleaning is not given back (%+q)", name, c, field, r.Cleaned)
				}
			}
		}
	}
	// The layout of a record file is not cleaning.
	r, err := refs.ReadRecord("r.ris", []byte("TY  - RPRT\r\nTI  - Title\r\nPY  -  2024 \t\r\nER  - \r\n"))
	if err != nil || r.Cleaned != nil || r.Source.Date.String() != "2024" {
		t.Errorf("laid out: %v %+q %v", r.Source.Date, r.Cleaned, err)
	}
}

func containsRune(s string, r rune) bool {
	for _, x := range s {
		if x == r {
			return true
		}
	}
	return false
}
