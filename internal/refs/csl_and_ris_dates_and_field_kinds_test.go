package refs_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/refs"
)

// TestCSLDatesOfOtherShapes: an "issued" CSL JSON holds in a shape cypx
// does not read is an error naming what the file holds and the shape
// wanted, never Go's type names or an empty date; a literal date is read.
func TestCSLDatesOfOtherShapes(t *testing.T) {
	for issued, want := range map[string]string{
		`"2024"`:                           `a string ("2024")`,
		`2024`:                             `a number (2024)`,
		`[[2024]]`:                         `a list`,
		`{"date-parts": [["spring"]]}`:     `bad date part "spring"`,
		`{"date-parts": [[2024, "June"]]}`: `bad date part "June"`,
		`{"literal": "Spring 2024"}`:       `bad date "Spring 2024"`,
	} {
		_, err := refs.Read("r.json", []byte(`{"type": "report", "title": "T", "publisher": "P", "issued": `+issued+`}`))
		if err == nil || !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "Go value") || strings.Contains(err.Error(), `""`) {
			t.Errorf("%s: %v, want it to say %s", issued, err, want)
		}
	}
	got, err := refs.Read("r.json", []byte(`{"type": "report", "title": "T", "publisher": "P", "issued": {"literal": "2024-07"}}`))
	if err != nil || got.Date.Year != 2024 || got.Date.Month != 7 {
		t.Errorf("literal: %+v, %v", got.Date, err)
	}
}

// TestRISAndBibTeXDatesNamedAsWritten: a bad RIS date is named as the
// file writes it, and a BibTeX month cypx cannot read is an error, not
// left out.
func TestRISAndBibTeXDatesNamedAsWritten(t *testing.T) {
	for py, want := range map[string]string{"24": `bad date "24"`, "2024/13/01": `bad date "2024/13/01"`, "2024/06/31/": `bad date "2024/06/31/"`} {
		_, err := refs.Read("r.ris", []byte("TY  - RPRT\nTI  - T\nPB  - NHS\nPY  - "+py+"\nER  - \n"))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("PY %s: %v, want it to say %s", py, err, want)
		}
	}
	for _, month := range []string{"{13}", "{Smarch}", "{0}"} {
		_, err := refs.Read("r.bib", []byte("@report{k,\n  title = {T},\n  institution = {NHS},\n  year = {2024},\n  month = "+month+",\n}\n"))
		if err == nil || !strings.Contains(err.Error(), "month: bad month") || !strings.Contains(err.Error(), ":5:") && !strings.Contains(err.Error(), "line 5") {
			t.Errorf("month %s: %v", month, err)
		}
	}
	got, err := refs.Read("r.bib", []byte("@report{k, title = {T}, institution = {NHS}, year = {2024}, month = jun}\n"))
	if err != nil || got.Date.Month != 6 {
		t.Errorf("month jun: %+v, %v", got.Date, err)
	}
}

// TestCSLFieldsOfAnotherKind: a CSL JSON field holding another kind of
// value than CSL gives it is named with what it holds, not in Go's words.
func TestCSLFieldsOfAnotherKind(t *testing.T) {
	for field, want := range map[string]string{
		`"title": ["a", "b"]`:          `title is a list, where CSL JSON gives a string`,
		`"publisher": {"name": "NHS"}`: `publisher is an object, where CSL JSON gives a string`,
		`"URL": 5`:                     `URL is a number, where CSL JSON gives a string`,
		`"author": "Jane Smith"`:       `author is a string, where CSL JSON gives a list of names`,
	} {
		_, err := refs.Read("r.json", []byte(`{"type": "report", "title": "T", "publisher": "P", "issued": {"date-parts": [[2024]]}, `+field+`}`))
		if err == nil || !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "Go ") {
			t.Errorf("%s: %v, want it to say %s", field, err, want)
		}
	}
}
