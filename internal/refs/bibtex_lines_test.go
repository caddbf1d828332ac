package refs

import (
	"strings"
	"testing"
)

// A fault of a BibTeX record is said at the line of the field that holds
// it, found by the scanner that reads the entry: a field's name met as
// text inside a value before it ("year = …" on a line of an abstract),
// fields sharing a line, a name in capitals and a file of old Mac line
// ends ("\r" alone) each named the wrong line, or none.
func TestBibTeXFaultsAreSaidAtTheirFieldsLine(t *testing.T) {
	for _, c := range []struct {
		name, data string
		want       string
	}{
		{"a year inside the abstract", "@techreport{tern,\n  title = {Tern ward audit},\n  abstract = {Written up\nyear = {2023} for the board},\n  institution = {Tern Trust},\n  year = {20x4}\n}\n", "r.bib:6: year: bad date"},
		{"fields on one line", "@techreport{tern,\n  title = {Tern ward audit}, institution = {Tern Trust}, date = {2024-13}\n}\n", "r.bib:2: date: bad date"},
		{"a day beside the year", "@techreport{tern,\n  title = {Tern ward audit},\n  institution = {Tern Trust},\n  month = {5},\n  year = {2024},  day = {40}\n}\n", "r.bib:5: day: bad day"},
		{"a name in capitals", "@techreport{tern,\n  title = {Tern ward audit},\n  institution = {Tern Trust},\n  Date = {2024-13}\n}\n", "r.bib:4: date: bad date"},
		{"old Mac line ends", "@techreport{tern,\r  title = {Tern ward audit},\r  institution = {Tern Trust},\r  year = 20x4,\r}\r", "r.bib:4: BibTeX: the macro"},
		{"a month after a comment and a @string", "% month = 13\n@string{tt = {Tern\n Trust}}\n@comment{ month = 14 }\n@techreport{tern,\n  title = {Tern ward audit},\n  institution = tt,\n  year = {2024},\n  month = {13}\n}\n", "r.bib:9: month: bad month"},
	} {
		_, err := Read("r.bib", []byte(c.data))
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%s: error %v, want it to start %q", c.name, err, c.want)
		}
	}
}
