package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestReaderConditionsAreNoFigures: an advice or condition page's terms
// for its reader are no evidence about services: an income limit ("£312
// a week or less"), the time an application or a claim takes or must be
// made in, a condition of the reader's own request, a medicine's dose,
// a check-up's interval, the kinds a condition is grouped into, and the
// figures a request asks for. Before, each was a statistic's figure.
func TestReaderConditionsAreNoFigures(t *testing.T) {
	for s, not := range map[string]string{
		"Pension Credit, with a household income of £227 a week or less":                                       "£227",
		"You qualify if your savings are £6,000 or under.":                                                     "£6,000",
		"A decision is usually made within 4 weeks of your claim being received.":                              "4 weeks",
		"It can take up to 6 weeks for your form to be processed.":                                             "6 weeks",
		"Send the receipts to the trust's finance office within 2 months of your child's appointment.":         "2 months",
		"If your son has waited more than 26 weeks for a first appointment, you can ask to be seen elsewhere.": "26 weeks",
		"It's normally taken 2 or 3 times a day with food.":                                                    "3 times",
		"Their weight and blood pressure should be checked at least every 3 months.":                           "3 months",
		"Hay fever symptoms can be divided into 3 groups: nose, eyes and throat.":                              "3 groups",
		"How many children were waiting more than 18 weeks at the end of March?":                               "18 weeks",
	} {
		for _, f := range extract.Figures(s) {
			if f.Text == not || len(f.Text) >= len(not) && f.Text[len(f.Text)-len(not):] == not {
				t.Errorf("%q: %q read as a figure", s, f.Text)
			}
		}
	}
}

// TestServiceFiguresBesideReaderTerms: the same words in a finding keep
// its figures.
func TestServiceFiguresBesideReaderTerms(t *testing.T) {
	for s, want := range map[string]string{
		"The NHS trust must acknowledge a complaint within 3 working days.":                                  "3",
		"Families on the lowest incomes, £16,000 a year or less, were twice as likely to miss appointments.": "twice",
		"A private assessment can cost £1,500 or more.":                                                      "£1,500",
		"In 2024, 41% of children waited more than 18 weeks for a first appointment.":                        "41%",
		"Children in the trial took their medicine 2 times a day on average, against 3 times before.":        "",
		"Why did 4 in 10 families wait more than a year?":                                                    "",
	} {
		if want == "" {
			continue
		}
		found := false
		for _, f := range extract.Figures(s) {
			found = found || f.Text == want || len(f.Text) > len(want) && f.Text[:len(want)] == want
		}
		if !found {
			t.Errorf("%q: no figure %q in %v", s, want, extract.Figures(s))
		}
	}
}

// TestScopedQuestionAsksForNumbers: a request quoted in a Freedom of
// Information reply that opens with the scope it asks over ("For each of
// those years, how many ...?") states no finding: its "more than 26
// weeks" bounds what is asked.
func TestScopedQuestionAsksForNumbers(t *testing.T) {
	body := "## Your request\n\n1. For each of those years, how many children were on the list at the year end, and how many had waited more than 26 weeks?\n"
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		for _, f := range it.Figures {
			t.Errorf("%q: %q read as a figure", it.Text, f.Text)
		}
	}
}
