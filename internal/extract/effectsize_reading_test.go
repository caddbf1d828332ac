package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestEffectSizeColumnIsUnitOther: a meta-analysis table's effect sizes
// ("SMD", "Effect size", "Hedges' g", "Mean difference") are estimates
// on no scale of counts or shares: unit other, never a count; the
// interval beside them stays no figure. Before, "-0.21" under "SMD" was
// a count of -0.21 children.
func TestEffectSizeColumnIsUnitOther(t *testing.T) {
	for _, header := range []string{"SMD", "Effect size", "Hedges' g", "Standardised mean difference", "Mean difference (SMD)"} {
		body := "## Results\n\nTable 2. Pooled effects on low mood by kind of support\n\n| Support | Trials | Pupils (n) | " + header + " | 95% CI |\n|---|---|---|---|---|\n" +
			"| Peer mentoring | 7 | 1,310 | -0.21 | -0.35 to -0.07 |\n"
		for _, it := range extract.Extract(parseBody(t, "P", body)) {
			for _, f := range it.Figures {
				switch f.Text {
				case "-0.21":
					if f.Unit != evidence.UnitOther {
						t.Errorf("%q: -0.21 is %s, want other", header, f.Unit)
					}
				case "-0.35 to -0.07", "-0.35", "-0.07":
					t.Errorf("%q: the interval's %q is a figure", header, f.Text)
				}
			}
		}
	}
}

// TestEffectSizeInProseIsUnitOther: a review's effect size in its
// sentence ("(SMD -0.27, 95% CI -0.41 to -0.13)", "an effect size of
// 0.30") is a figure of unit other, never a count or a percentage, and
// the confidence level is no figure.
func TestEffectSizeInProseIsUnitOther(t *testing.T) {
	for s, want := range map[string]float64{
		"Across nine trials, peer mentoring lowered symptoms of low mood a little (SMD -0.27, 95% CI -0.41 to -0.13).": -0.27,
		"Parenting groups had an effect size of 0.30 on behaviour at six months.":                                      0.30,
		"Coaching for teachers showed a small benefit (Hedges' g = 0.18).":                                             0.18,
	} {
		found := false
		for _, f := range extract.Figures(s) {
			if f.Unit == evidence.UnitPercent || f.Value == want && f.Unit != evidence.UnitOther {
				t.Errorf("%q: %q read as %v %s", s, f.Text, f.Value, f.Unit)
			}
			found = found || f.Value == want && f.Unit == evidence.UnitOther
		}
		if !found {
			t.Errorf("%q: effect size %v not a figure of unit other: %v", s, want, extract.Figures(s))
		}
	}
}

// TestAgeBandNamingAServiceWithItsKind: an age band before the kind of
// service it names ("a 16 to 25 transition service", "our 18-25 youth
// hub") is of whom the service is for, no figure; a range of services
// counted ("10 to 12 new teams") stays one.
func TestAgeBandNamingAServiceWithItsKind(t *testing.T) {
	for s, want := range map[string]int{
		"The trust will open a 16 to 25 transition service for young people with diabetes.": 0,
		"Our 18-25 youth hub opened in the spring.":                                         0,
		"The region will fund 10 to 12 new teams next year.":                                1,
	} {
		if got := len(extract.Figures(s)); got != want {
			t.Errorf("%q: %d figures %v, want %d", s, got, extract.Figures(s), want)
		}
	}
}
