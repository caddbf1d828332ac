package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// How often a body will review a plan's progress is its timetable, a
// deadline counted from a contract's start is a date, and a contract's
// term and its extension are what is bought, not findings; how
// often care is given, and a wait counted from referral, stay figures.
func TestOversightCadenceAndContractDeadlinesAreNoFigures(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"The Children's Partnership will review progress against the plan every three months.", nil},
		{"The scrutiny committee will monitor delivery every six months.", nil},
		{"The provider will bring a recruitment plan to the committee within three months of the contract starting.", nil},
		{"Cabinet agreed to award the school nursing contract for an initial term of four years, with the option to extend by up to two further years.", nil},
		{"The contract term of three years may be followed by an extension of up to 12 months.", nil},
		{"The total value of the contract is up to £4.2 million over a term of three years.", []string{"up to £4.2 million", "three years"}},
		{"Reviews of each child's care plan follow every six months.", []string{"six months"}},
		{"Only 58% of children were seen within 18 weeks of referral.", []string{"Only 58%", "18 weeks"}},
	} {
		var got []string
		for _, f := range extract.Figures(c.s) {
			got = append(got, f.Text)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.s, got, c.want)
		}
	}
}

// A risk register's rows rate each risk by likelihood times consequence
// ("| CR-9 | Falls on the ward | 15 | 6 | ... |"): the scores are no
// findings, so the rows are no statistics, and the register's reference
// is no item. A table of measured counts beside a risk column stays.
func TestRiskRegisterScoresAreNoStatistics(t *testing.T) {
	body := "## Risks\n\n| Risk ID | Description | Current score | Target score | Key controls |\n|---|---|---|---|---|\n" +
		"| QR-31 | Children waiting over 40 weeks for a sensory assessment | 15 | 6 | Weekly triage; extra clinics |\n" +
		"| QR-40 | Loss of trained sign language interpreters | 9 | 4 | Joint contract with a neighbouring council |\n"
	for _, it := range extract.Extract(parseBody(t, "Wexley Community NHS Trust", body)) {
		if it.Kind == evidence.Statistic || strings.Contains(it.Text, "QR-31") || strings.Contains(it.Text, "QR-40") {
			t.Errorf("register row read as a %s: %q %v", it.Kind, it.Text, it.Figures)
		}
	}
	counted := "## Waits\n\n| Risk | Children waiting | Current score |\n|---|---|---|\n" +
		"| Sensory assessment | 240 | 15 |\n"
	found := false
	for _, it := range extract.Extract(parseBody(t, "Wexley Community NHS Trust", counted)) {
		if it.Kind == evidence.Statistic && strings.Contains(it.Text, "240") {
			found = true
		}
	}
	if !found {
		t.Errorf("a row counting children beside a score lost its statistic")
	}
}

// The time limit of a guarantee an ask wants a body to give is what is
// asked for, no finding; a share seen within a time stays a figure.
func TestGuaranteeAskedIsNoFigure(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"We are calling on Eastmoor Council to guarantee every child a wheelchair review within eight weeks of asking.", nil},
		{"The ICB should guarantee families a first appointment within six weeks.", nil},
		{"Only 40% of children were seen within 12 weeks of asking.", []string{"Only 40%", "12 weeks"}},
	} {
		var got []string
		for _, f := range extract.Figures(c.s) {
			got = append(got, f.Text)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.s, got, c.want)
		}
	}
}
