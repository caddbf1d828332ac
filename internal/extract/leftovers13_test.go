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
