package refs

import "testing"

// A record whose authors hold a Markdown image or a link around one (a
// badge) is read as the people it names, with no separator left over,
// and what the import warns of is the record's authors as it writes them:
// every AU line, or the BibTeX author field. Before, the RIS was stored
// "Jane Smith; " and its warning quoted the linked names alone; the
// BibTeX warning quoted "![logo](…)," as cypx had rewritten it (hostile
// check 60).
func TestRecordAuthorsWithImagesAreQuotedAsWritten(t *testing.T) {
	for _, c := range []struct{ name, data, written string }{
		{"r.ris", "TY  - RPRT\nTI  - Kite review\nAU  - ![logo](https://x.example/l.png)\nAU  - Smith, Jane\nAU  - [![badge](https://x.example/b.png)](https://x.example/j)\nPB  - Kite Trust\nPY  - 2024\nER  - \n",
			"![logo](https://x.example/l.png); Smith, Jane; [![badge](https://x.example/b.png)](https://x.example/j)"},
		{"r.bib", "@techreport{k,\n  title = {Kite review},\n  author = {![logo](https://x.example/l.png) and Smith, Jane},\n  institution = {Kite Trust},\n  year = {2024}\n}\n",
			"![logo](https://x.example/l.png) and Smith, Jane"},
		{"r.json", `[{"type": "report", "title": "Kite review", "author": [{"literal": "![logo](https://x.example/l.png)"}, {"family": "Smith", "given": "Jane"}], "publisher": "Kite Trust", "issued": {"date-parts": [[2024]]}}]`,
			"![logo](https://x.example/l.png); Smith, Jane"},
	} {
		r, err := ReadRecord(c.name, []byte(c.data))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if r.Source.Author != "Jane Smith" {
			t.Errorf("%s: author %q, want \"Jane Smith\"", c.name, r.Source.Author)
		}
		if got := r.Cleaned["author"]; got != c.written {
			t.Errorf("%s: warned of as %q, want the record's %q", c.name, got, c.written)
		}
	}
}
