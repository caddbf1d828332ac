package measure_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestToXFromYInYearIsYs: in "fell to 11% from 20% in 2022" the year
// is the 20%'s; the 11% takes no period from it, through the time limit
// it is counted against or otherwise (hostile check 53). Before, the
// time limit took the 20%'s 2022 and lent it to the 11%.
func TestToXFromYInYearIsYs(t *testing.T) {
	for _, s := range []string{
		"The share seen within 13 weeks fell to 11% from 20% in 2022.",
		"In 2023, 172,000 children were waiting, and the share seen within 13 weeks fell to 11% from 20% in 2022.",
		"The share seen within 13 weeks rose to 11% from 20% in 2022, according to the Acme Trust.",
	} {
		figs := []evidence.Figure{
			{Text: "13 weeks", Value: 13, Unit: evidence.UnitWeeks, Role: evidence.RoleThreshold},
			{Text: "11%", Value: 11, Unit: evidence.UnitPercent, Role: evidence.RoleHeadline},
			{Text: "20%", Value: 20, Unit: evidence.UnitPercent}}
		if s[0] == 'I' {
			figs = append([]evidence.Figure{{Text: "172,000 children", Value: 172000, Unit: evidence.UnitCount}}, figs...)
		}
		figs = describeSentence(s, figs...)
		later, earlier := figs[len(figs)-2], figs[len(figs)-1]
		if later.Period == "2022" {
			t.Errorf("%q: the 11%% has period 2022, the earlier value's", s)
		}
		if later.Period != "" && later.Period != "2023" {
			t.Errorf("%q: the 11%% has period %q, want the sentence's or none", s, later.Period)
		}
		if earlier.Period != "2022" {
			t.Errorf("%q: the 20%% has period %q, want 2022", s, earlier.Period)
		}
	}
}
