package library_test

import (
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/library"
)

// returnFormPDFs84 is a provider's one-page return to its commissioner,
// made today: a protective marking over the form's title, a section bar,
// a details table of label and value rows (the rows given), then the
// return's narrative.
func returnFormPDFs84(t *testing.T, rows ...string) (library.Imported, error) {
	t.Helper()
	page := []string{"OFFICIAL – Commercial in confidence", "", "# Speech and Language Therapy Service Quarterly Return", "",
		"Quarter 3, 2025/26 (October to December 2025)", "", "## Section 1: Provider details", ""}
	page = append(page, rows...)
	page = append(page, "", "## Section 2: Exception narrative", "",
		"Waits for a first appointment in the Northgate clinics rose over the quarter as two therapists left the team.", "")
	return library.Import(write(t, "r.pdf", makePDF([][]string{page}, "", "", time.Now().Format("20060102"))), library.Meta{Type: "report"})
}

// TestReturnFormReadsItsProviderAndDateSubmitted: a provider's quarterly
// return, a form whose details table gives its provider and the day it was
// submitted, made on the day of its import, is published by that provider
// on that day, titled by the form's title line, its section bars kept as
// headings; the protective marking over it publishes nothing. A form
// naming a provider but not its submission asks for the publisher, and
// one that states no date still asks for it. Before, the return was
// refused ("could not tell the date"), and with a date given its marking
// was its publisher.
func TestReturnFormReadsItsProviderAndDateSubmitted(t *testing.T) {
	needPoppler(t)
	im, err := returnFormPDFs84(t, "Provider\tHollin Vale Community Health CIC", "Commissioner\tDunmarsh District Council",
		"Completed by\tPriya Omondi, Service Manager", "Date submitted\t21 January 2026")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := im.Source.Publisher, "Hollin Vale Community Health CIC"; got != want {
		t.Errorf("publisher %q, want %q", got, want)
	}
	if got, want := im.Source.Date.String(), "2026-01-21"; got != want {
		t.Errorf("date %q, want %q", got, want)
	}
	if got, want := im.Source.Title, "Speech and Language Therapy Service Quarterly Return"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
	for _, h := range []string{"## Section 1: Provider details", "## Section 2: Exception narrative"} {
		if !strings.Contains(im.Body, "\n"+h+"\n") {
			t.Errorf("section bar %q not a heading:\n%s", h, im.Body)
		}
	}
	// The provider a form names, with no word of its submission, is what
	// it is about: its publisher is asked for, never its marking.
	_, err = returnFormPDFs84(t, "Provider\tHollin Vale Community Health CIC", "Date of panel\t21 January 2026")
	if err == nil || !strings.Contains(err.Error(), "--publisher") {
		t.Errorf("provider row with no submission: err %v, want a refusal asking for --publisher", err)
	}
	// Nothing on the form dates it: the import asks, as before.
	_, err = returnFormPDFs84(t, "Provider\tHollin Vale Community Health CIC", "Completed by\tPriya Omondi, Service Manager")
	if err == nil || !strings.Contains(err.Error(), "--date") {
		t.Errorf("no date on the form: err %v, want a refusal asking for --date", err)
	}
}
