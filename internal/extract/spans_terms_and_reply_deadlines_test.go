package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestTermsAndReplyDeadlinesAreNoFigures: the term an arrangement is asked
// for "at a time" and the days in which a body promises to reply are no
// findings; a wait measured over the same words, and a duty to reply in a
// time the law sets, still are.
func TestTermsAndReplyDeadlinesAreNoFigures(t *testing.T) {
	for _, s := range []string{
		"We are asking the department to set school nursing budgets for two years at a time, so services can recruit.",
		"Councils receive the grant one year at a time, which makes long contracts hard.",
		"The trust has said it will reply within 15 working days and publish its answer.",
	} {
		if figs := extract.Figures(s); len(figs) != 0 {
			t.Errorf("%q: read figures %v", s, figs)
		}
	}
	for _, s := range []string{
		"Families waited two years at a stretch before their child was assessed.",
		"Only 41% of complaints were answered within 20 working days.",
		"The council must respond in writing within 28 days to each recommendation.",
	} {
		if figs := extract.Figures(s); len(figs) == 0 {
			t.Errorf("%q: no figure read", s)
		}
	}
}

// TestQuestionsForNumbersHoldNoFigures: a request's question quoted in a
// Freedom of Information reply asks for numbers and states none; the
// answer after it, or a question that reports a finding, keeps its figures.
func TestQuestionsForNumbersHoldNoFigures(t *testing.T) {
	for _, s := range []string{
		"Request 2: How many children were waiting longer than 18 months for a speech and language assessment on 31 March?",
		"Q4. What proportion of looked-after children had a health assessment within 20 working days of entering care?",
		"How much did the council spend on school nursing in each of the last three years?",
	} {
		if figs := extract.Figures(s); len(figs) != 0 {
			t.Errorf("%q: read figures %v", s, figs)
		}
	}
	for _, s := range []string{
		"How many children waited longer than 18 months? 1,240 did, up from 610.",
		"Why did 38% of children wait more than 18 weeks?",
	} {
		if figs := extract.Figures(s); len(figs) == 0 {
			t.Errorf("%q: no figure read", s)
		}
	}
}

// TestQuestionThatStatesAFindingKeepsIt: "What is driving the 40% rise?"
// asks about a number it gives.
func TestQuestionThatStatesAFindingKeepsIt(t *testing.T) {
	s := "What is driving the 40% rise in referrals since 2021?"
	if figs := extract.Figures(s); len(figs) == 0 {
		t.Errorf("%q: no figure read", s)
	}
}
