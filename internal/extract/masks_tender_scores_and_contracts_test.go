package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// Set 58's counts that are no figures: a tender's score threshold, the
// months a failure lasts before a contract's remedy, the contracts a new
// service replaces, the parts a programme is made of, and the time in a
// written question for numbers as an alert reports it. The same numbers
// told as findings stay figures.
func TestTenderScoresAndContractTermsAreNoFigures(t *testing.T) {
	for _, s := range []string{
		"Any answer with a score of less than 3 out of 10 will be marked as a fail.",
		"If the provider misses the response standard for two consecutive quarters, the board will review the contract.",
		"The new hub brings together four existing services for children with long-term conditions.",
		"The framework sets out six core standards that every school nurse team is expected to meet.",
		"Asked what estimate the Secretary of State has made of the number of pupils waiting more than 18 weeks for a speech therapy assessment.",
	} {
		if figs := extract.Figures(s); len(figs) > 0 {
			t.Errorf("figures %v in %q", figs[0].Text, s)
		}
	}
	for _, s := range []string{
		"Parents rated the service 4 out of 5 on average.",
		"Waits rose for three consecutive months, to 21 weeks in June.",
		"Answered: 1,240 pupils were waiting more than 18 weeks for a speech therapy assessment.",
	} {
		if len(extract.Figures(s)) == 0 {
			t.Errorf("no figure in %q", s)
		}
	}
}

// TestWeightingColumnNoFigure: a tender's evaluation table's weights are
// how bids will be judged, no statistic; a table of shares is.
func TestWeightingColumnNoFigure(t *testing.T) {
	doc := parseTyped(t, "report", "| Criterion | Weighting |\n|---|---|\n| Clinical quality | 60% |\n| Cost | 40% |\n\n"+
		"| Group | Share waiting |\n|---|---|\n| Under 5s | 60% |\n")
	for _, l := range itemLines(doc) {
		if strings.HasPrefix(l, "statistic|") && strings.Contains(l, "Cost") {
			t.Errorf("a weighting read as a statistic: %s", l)
		}
	}
	found := false
	for _, l := range itemLines(doc) {
		found = found || strings.HasPrefix(l, "statistic|") && strings.Contains(l, "Under 5s")
	}
	if !found {
		t.Errorf("the share table lost its statistic: %v", itemLines(doc))
	}
}

// TestLordsWrittenQuestionNoAsk: the Lords' set form, with no comma, asks
// the Government for an answer, not any body to act.
func TestLordsWrittenQuestionNoAsk(t *testing.T) {
	doc := parseTyped(t, "report", "To ask His Majesty's Government what steps they are taking to reduce the time families wait for a wheelchair.\n")
	for _, l := range itemLines(doc) {
		if strings.HasPrefix(l, "recommendation|") {
			t.Errorf("a written question read as an ask: %s", l)
		}
	}
}
