package refs_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/refs"
)

// TestEtAlIsAndOthersInBibTeX: an author field naming some of more
// authors ("Jane Smith et al.") is written as BibTeX writes more authors
// not named, "and others", and read back so; RIS and CSL JSON, which
// have no such name, list those named (round 24). Before, "et al." was
// read as the surname: BibTeX `{et al., Jane Smith}`, CSL JSON family
// "et al.".
func TestEtAlIsAndOthersInBibTeX(t *testing.T) {
	s := evidence.Source{Title: "Waits", Author: "Jane Smith et al.", Publisher: "Acme", Date: day(2024, 7, 15), Type: evidence.Report}
	want := map[refs.Format]string{refs.BibTeX: "author = {Smith, Jane and others}", refs.RIS: "AU  - Smith, Jane\r\nTI", refs.CSLJSON: `"family": "Smith"`}
	for f, w := range want {
		text, err := refs.Write(f, []evidence.Source{s}, accessed)
		if err != nil || !strings.Contains(text, w) || strings.Contains(text, "et al") {
			t.Errorf("%s: want %q: %v\n%s", f, w, err, text)
		}
		got, err := refs.Read("record."+string(f), []byte(text))
		if err != nil || evidence.AuthorLabel(got) != "Smith" && evidence.AuthorLabel(got) != "Smith et al." {
			t.Errorf("%s read back: %q, cited %q, %v", f, got.Author, evidence.AuthorLabel(got), err)
		}
		if f == refs.BibTeX && evidence.AuthorLabel(got) != "Smith et al." {
			t.Errorf("BibTeX read back as %q, cited %q", got.Author, evidence.AuthorLabel(got))
		}
	}
}
