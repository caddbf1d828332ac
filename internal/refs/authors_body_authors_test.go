package refs_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/nickng/bibtex"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/refs"
)

// TestBodyAuthorIsKeptWholeInRecords: a body named as author beside
// another publisher ("Department of Health and Social Care") is written
// whole in every record format: braced in BibTeX, so its "and" splits no
// names, CSL's literal, and RIS's trailing comma; and it is read back as
// the author (round 23). Before, BibTeX split it into two people, CSL and
// RIS wrote the surname "of Health" and given name "Department", and a
// body among the authors was dropped on reading.
func TestBodyAuthorIsKeptWholeInRecords(t *testing.T) {
	s := evidence.Source{Title: "Waits", Author: "Department of Health and Social Care", Publisher: "GOV.UK", Date: day(2024, 7, 15), Type: evidence.Report}
	text, err := refs.Write(refs.BibTeX, []evidence.Source{s}, accessed)
	if err != nil {
		t.Fatal(err)
	}
	bib, err := bibtex.Parse(strings.NewReader(text))
	if err != nil || len(bib.Entries) != 1 {
		t.Fatalf("BibTeX: %v\n%s", err, text)
	}
	if got := bib.Entries[0].Fields["author"].String(); got != "{Department of Health and Social Care}" {
		t.Errorf("BibTeX author %q", got)
	}
	text, _ = refs.Write(refs.CSLJSON, []evidence.Source{s}, accessed)
	var items []refs.CSLItem
	if err := json.Unmarshal([]byte(text), &items); err != nil || len(items) != 1 || len(items[0].Author) != 1 || items[0].Author[0].Literal != s.Author {
		t.Errorf("CSL: %v %s", err, text)
	}
	text, _ = refs.Write(refs.RIS, []evidence.Source{s}, accessed)
	if !strings.Contains(text, "AU  - Department of Health and Social Care,\r\n") || strings.Count(text, "AU  -") != 1 {
		t.Errorf("RIS:\n%s", text)
	}
	for _, f := range refs.Formats {
		text, _ := refs.Write(f, []evidence.Source{s}, accessed)
		got, err := refs.Read("record."+string(f), []byte(text))
		if err != nil || got.Publisher != s.Publisher || evidence.AuthorLabel(got) != s.Author {
			t.Errorf("%s read back: publisher %q, author %q (cited %q), %v", f, got.Publisher, got.Author, evidence.AuthorLabel(got), err)
		}
	}
}
