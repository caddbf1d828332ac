package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestChangeFromMonthYearToMonthYear: a change told "from X in <month>
// <year> to Y in <month> <year>" reads both values, as "from X in <year>
// to Y in <year>" does. Before: neither value was read.
func TestChangeFromMonthYearToMonthYear(t *testing.T) {
	for _, s := range []string{
		"The number of children waiting over 18 weeks for speech therapy fell from 455 in April 2024 to 212 in April 2025, after extra clinics.",
		"Families on the list rose from 455 in Sept 2023 to 212 in Oct 2024.",
	} {
		got := map[float64]bool{}
		for _, f := range extract.Figures(s) {
			got[f.Value] = true
		}
		if !got[455] || !got[212] {
			t.Errorf("%q: figures %v, want 455 and 212", s, extract.Figures(s))
		}
	}
}

// TestComparedRateSharesItsBase: a bare number compared with a rate
// after it ("(41 against 17 per 10,000)") is a rate on the same base.
// Before: only the second was read.
func TestComparedRateSharesItsBase(t *testing.T) {
	for _, s := range []string{
		"Girls were admitted for self-harm at a far higher rate than boys (41 against 17 per 10,000).",
		"The rate in the town was higher (41 compared with 17 per 10,000).",
	} {
		got := map[float64]bool{}
		for _, f := range extract.Figures(s) {
			got[f.Value] = true
		}
		if !got[41] || !got[17] {
			t.Errorf("%q: figures %v, want 41 and 17", s, extract.Figures(s))
		}
	}
}

// TestEstablishmentInWordsIsACount: a workforce's establishment or plan
// written in words at the end of its clause ("against a funded
// establishment of nine") is read as "of 9" is; a number in words after
// other words stays unread. Before: "nine" was no figure.
func TestEstablishmentInWordsIsACount(t *testing.T) {
	read := func(s string) map[float64]bool {
		got := map[float64]bool{}
		for _, f := range extract.Figures(s) {
			got[f.Value] = true
		}
		return got
	}
	for _, s := range []string{
		"The team has 4.2 whole-time equivalent psychologists against a funded establishment of seven.",
		"The clinic has 5 nurses in post against a planned eight.",
	} {
		if got := read(s); !got[7] && !got[8] {
			t.Errorf("%q: establishment unread (%v)", s, extract.Figures(s))
		}
	}
	if got := read("The clinic opened in the spring with a team of seven."); got[7] {
		t.Errorf("a team's make-up read as a figure")
	}
}
