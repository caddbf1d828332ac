package refs_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/refs"
)

// A day with no month was dropped without a word in all three formats,
// the work dated by its year, where any other bad date is refused: now
// each refuses it by one rule, at the line that gives it.
func TestDayWithoutMonthIsRefused(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"r.bib", "@techreport{k,\n  title = {T},\n  institution = {NHS},\n  year = 2024,\n  day = 15,\n}\n", "r.bib:5: day: a day (15) with no month"},
		{"r.ris", "TY  - RPRT\nTI  - T\nPB  - NHS\nDA  - 2024//15/\nER  - \n", `r.ris:4: DA: bad date "2024//15/": a day (15) with no month`},
		{"r.json", `[{"type": "report", "title": "T", "publisher": "NHS",` + "\n" + `"issued": {"date-parts": [[2024, 0, 15]]}}]`, "r.json:2: issued: a day (15) with no month"},
		{"n.json", `[{"type": "report", "title": "T", "publisher": "NHS",` + "\n" + `"issued": {"date-parts": [[2024, null, 15]]}}]`, "n.json:2: issued: a day (15) with no month"},
	} {
		_, err := refs.Read(c.name, []byte(c.text))
		if err == nil || !strings.HasPrefix(err.Error(), c.want) || !strings.HasSuffix(err.Error(), "give the month too, or leave the day out") {
			t.Errorf("%s: %v, want %s…", c.name, err, c.want)
		}
	}
	// A year alone, or a year and a month, is a date as before.
	for _, c := range []struct{ name, text, want string }{
		{"y.ris", "TY  - RPRT\nTI  - T\nPB  - NHS\nDA  - 2024///\nER  - \n", "2024"},
		{"m.ris", "TY  - RPRT\nTI  - T\nPB  - NHS\nDA  - 2024/07//\nER  - \n", "2024-07"},
		{"y.json", `[{"type": "report", "title": "T", "publisher": "NHS", "issued": {"date-parts": [[2024]]}}]`, "2024"},
		{"m.json", `[{"type": "report", "title": "T", "publisher": "NHS", "issued": {"date-parts": [[2024, 7, 0]]}}]`, "2024-07"},
	} {
		s, err := refs.Read(c.name, []byte(c.text))
		if err != nil || s.Date.String() != c.want {
			t.Errorf("%s: %v, %v; want %s", c.name, s.Date, err, c.want)
		}
	}
}

// A record saved as UTF-16 without a byte-order mark, or as UTF-32, was
// "no RIS record (a TY line)" of a file holding one.
func TestRecordInAnotherEncodingIsNamed(t *testing.T) {
	for name, data := range map[string]string{
		"r.ris":  "T\x00Y\x00 \x00 \x00-\x00 \x00R\x00",
		"r.json": "\x00\x00\x00[\x00\x00\x00{",
	} {
		_, err := refs.Read(name, []byte(data))
		if err == nil || !strings.HasPrefix(err.Error(), name+": the file is saved as UTF-") || !strings.Contains(err.Error(), "not as UTF-8 text") {
			t.Errorf("%s: %v", name, err)
		}
	}
}
