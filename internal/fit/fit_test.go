package fit_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/fit"
)

func TestNothingIsCutMidNumber(t *testing.T) {
	cases := []struct{ got, want string }{
		{fit.Parts([]string{"83 of 83 items", "5 sources"}, " · ", 30), "83 of 83 items · 5 sources"},
		{fit.Parts([]string{"83 of 83 items", "5 sources"}, " · ", 20), "83 of 83 items"},
		{fit.Parts([]string{"270,000"}, " ", 6), ""},
		{fit.Words("Removed 97% · u puts it back (11 left)", 36), "Removed 97% · u puts it back (11…"},
		{fit.Words("Removed 97% · u puts it back (11 left)", 31), "Removed 97% · u puts it back…"},
		{fit.Words("270,000", 5), "…"},
		{fit.Words("Supercalifragilistic Trust", 8), "Superca…"},
		{fit.Words("Year2024x long", 8), "…"},
		{fit.Words("P = "+strings.Repeat("x", 100), 12), "P = xxxxxxx…"},
		{fit.Words("P = "+strings.Repeat("x", 10)+" y", 12), "P =…"},
		{fit.Words(" Evidence map · arrows move", 20), " Evidence map ·…"},
		{fit.Name("National Children's Bureau", "2024", 22), "National Childre… 2024"},
		{fit.Name("NHSP", "2024a", 8), "N… 2024a"},
		{fit.Name("NHSP", "2024a", 6), "2024a"},
		{fit.Name("NHS", "2024a", 9), "NHS 2024a"},
		{fit.Name("CQC", "2018", 3), ""},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: got %q, want %q", i, c.got, c.want)
		}
	}
}

func TestStyledKeepsStylingAndWords(t *testing.T) {
	styled := "\x1b[1mNearly all\x1b[0m respondents (97%) said so"
	got := fit.Styled(styled, 28)
	if ansi.Strip(got) != "Nearly all respondents…" || !strings.HasPrefix(got, "\x1b[1m") {
		t.Errorf("got %q", got)
	}
	if fit.Styled(styled, 100) != styled {
		t.Error("a string that fits was changed")
	}
}

// TestHugeTextIsFittedFromItsStart: a 4 MB name or line is fitted by the
// start that could show, with "…" where the rest went, never whole.
func TestHugeTextIsFittedFromItsStart(t *testing.T) {
	big := "P " + strings.Repeat("Waiting ", 500_000)
	if got := fit.Name(big, "2024", 30); got != "P Waiting Waiting Waitin… 2024" {
		t.Errorf("Name: %q", got)
	}
	if got := fit.Words(big, 30); got != "P Waiting Waiting Waiting…" {
		t.Errorf("Words: %q", got)
	}
	if got := fit.Clip("short", 1); got != "short" {
		t.Errorf("Clip of a short text: %q", got)
	}
	if got := fit.Clip(strings.Repeat("é", 100), 0); len(got) > 64 || !utf8.ValidString(got) {
		t.Errorf("Clip cut a character: %q", got)
	}
}
