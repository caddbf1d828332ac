package refs

import "testing"

// A record's author written as a Markdown link is the person its text
// names, in RIS and BibTeX: before, "[Lee, Ann](https://…)" was split at
// its comma into "Ann](https://…) [Lee".
func TestRecordAuthorAsMarkdownLinkIsItsText(t *testing.T) {
	for name, data := range map[string]string{
		"r.ris": "TY  - RPRT\nTI  - Egret review\nAU  - [Lee, Ann](https://x.example/al)\nPB  - Egret Trust\nPY  - 2024\nER  - \n",
		"r.bib": "@techreport{k,\n title={Egret review},\n author={[Lee, Ann](https://x.example/al)},\n institution={Egret Trust},\n year=2024}\n",
	} {
		s, err := Read(name, []byte(data))
		if err != nil || s.Author != "Ann Lee" {
			t.Errorf("%s: author %q, %v; want \"Ann Lee\"", name, s.Author, err)
		}
	}
}
