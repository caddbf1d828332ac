package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestIdentifierLabelsGroupedInThousandsAreNoCounts: the number of a
// reference, case, invoice, order, ticket, version or page is no figure
// when it is grouped in thousands either ("Ref: 1,234", "Case number:
// 2,045", "Invoice 1,120"), as it is not when it is bare ("Ref: 4417");
// a label naming what it counts keeps its count ("Referrals this
// quarter: 1,096", "Number of referrals: 1,234"). Before, any number
// with a thousands comma was read as a count whatever its label.
func TestIdentifierLabelsGroupedInThousandsAreNoCounts(t *testing.T) {
	for _, line := range []string{
		"Ref: 1,234", "Case number: 2,045", "Invoice 1,120", "Version 1,002", "Order no. 1,300",
		"Ticket 1,455 was raised on Monday.", "Our reference: 2,310", "Referral reference 1,876",
		"Page 1,002", "Case 2,045 was closed in March.", "Claim number 12,345",
	} {
		if figs := extract.Figures(line); len(figs) != 0 {
			t.Errorf("%q: figures %v, want none", line, figs)
		}
	}
	for _, c := range []struct{ line, count string }{
		{"Referrals this quarter: 1,096", "1,096"},
		{"Open cases: 1,145", "1,145"},
		{"Number of referrals: 1,234", "1,234"},
		{"Children waiting: 1,412", "1,412"},
		{"Case numbers rose to 1,412.", "1,412"},
		{"The trust will order 1,200 more kits.", "1,200 more kits"},
		{"Referrals numbered 2,045.", "2,045"},
		{"The key number: 12,000 children are waiting.", "12,000 children"},
	} {
		figs := extract.Figures(c.line)
		if len(figs) != 1 || figs[0].Text != c.count || figs[0].Unit != evidence.UnitCount {
			t.Errorf("%q: figures %v, want the count %s", c.line, figs, c.count)
		}
	}
}

// TestHeadlineOfCountsPastALimitApproximateCountsAndRatios: the headline,
// the figure a badge and a figure-only citation quote, is the level the
// sentence's first clause reports: the events or people counted past a
// time limit in hours or days ("waited more than 12 hours ... on 8,700
// occasions": 8,700, the 12 hours its threshold, as a limit in weeks
// already was), a count hedged after its number ("190 or so open
// cases", "190-odd"), and a ratio in words that compares a counted group
// with others ("3,100 children in care were almost twice as likely":
// the ratio, the 3,100 its base). Before, the limit was the headline,
// "190 or so" and "190-odd" were no figures (so a later number was the
// headline), and the group's count was quoted for the ratio.
func TestHeadlineOfCountsPastALimitApproximateCountsAndRatios(t *testing.T) {
	for _, c := range []struct{ sentence, headline, threshold, base string }{
		{"Children waited more than 12 hours in A&E on 8,700 occasions last year.", "8,700 occasions", "more than 12 hours", ""},
		{"Young people spent over 24 hours in emergency departments on 1,450 occasions in 2024.", "1,450 occasions", "over 24 hours", ""},
		{"On 610 occasions a child waited more than 12 hours for a bed.", "610 occasions", "more than 12 hours", ""},
		{"Waits of longer than four hours affected 2,300 attendances by children.", "2,300 attendances", "four hours", ""},
		{"Assessments were finished within 48 hours for 81% of referrals.", "81%", "48 hours", ""},
		{"Within 72 hours of arrival, 86% of children had a health assessment.", "86%", "72 hours", ""},
		{"Discharge letters reached GPs within 5 days in 2,140 cases.", "2,140 cases", "5 days", ""},
		{"There were 190 or so open cases at the end of March, and 40 new referrals in April.", "190 or so", "", ""},
		{"The team holds 190-odd open cases, each reviewed every 12 weeks.", "190-odd", "", ""},
		{"In 2024, 3,100 children in care were almost twice as likely to be admitted to hospital as their peers.", "almost twice as likely", "", "3,100 children"},
		{"Across 14 schools, pupils with SEND were nearly three times as likely to be excluded.", "nearly three times as likely", "", ""},
		{"Of the 2,400 young carers we support, girls were almost twice as likely as boys to report poor sleep.", "almost twice as likely", "", "2,400"},
		// The first clause's level, as before.
		{"There are roughly 190 open cases, each open for 12 hours on average, across 8,700 occasions.", "roughly 190", "", ""},
		{"Nearly three times as many young people were referred in 2024 as in 2019.", "Nearly three times as many", "", ""},
		{"In 2024, 3,100 children were referred, almost twice as many as in 2019.", "3,100 children", "", ""},
		{"The median stay was over 12 hours on 8,700 occasions.", "over 12 hours", "", ""},
	} {
		it := itemOf(t, c.sentence)
		if h, ok := it.Headline(); !ok || h.Text != c.headline {
			t.Errorf("%q: headline %q, want %q (figures %v)", c.sentence, h.Text, c.headline, it.Figures)
		}
		for _, f := range it.Figures {
			if f.Text == c.threshold && f.Role != evidence.RoleThreshold {
				t.Errorf("%q: %q has role %q, want threshold", c.sentence, f.Text, f.Role)
			}
			if f.Text == c.base && f.Role != evidence.RoleBase {
				t.Errorf("%q: %q has role %q, want base", c.sentence, f.Text, f.Role)
			}
		}
	}
	for _, c := range []struct {
		sentence, text string
		value          float64
	}{
		{"There were 190 or so open cases at the end of March.", "190 or so", 190},
		{"The team holds 190-odd open cases.", "190-odd", 190},
		{"A further 190-odd children were waiting.", "190-odd children", 190},
		{"We saw 40 or so families.", "40 or so families", 40},
	} {
		figs := extract.Figures(c.sentence)
		if len(figs) != 1 || figs[0].Text != c.text || figs[0].Value != c.value || figs[0].Qualifier != "about" {
			t.Errorf("%q: figures %v, want %q (%g, about)", c.sentence, figs, c.text, c.value)
		}
	}
}
