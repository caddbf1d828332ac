package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestConfidenceBoundsInTwoColumnsAreOneInterval: an indicator profile's
// "| 95% Lower CI | 95% Upper CI |" columns hold one interval a row's
// value is known within: "| 2021/22 | 318 | 264.9 | 236.1 | 296.3 |" gives
// the interval 236.1 to 296.3, of the rates the caption states. Before,
// both bounds were left out as labels, and the interval lost.
func TestConfidenceBoundsInTwoColumnsAreOneInterval(t *testing.T) {
	body := "Emergency admissions for asthma (0-18 years), directly standardised rate per 100,000\n\n" +
		"| Period | Count | Value | 95% Lower CI | 95% Upper CI | England |\n|---|---|---|---|---|---|\n" +
		"| 2021/22 | 318 | 264.9 | 236.1 | 296.3 | 251.0 |\n"
	found := false
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		for _, f := range it.Figures {
			if f.IsRange() {
				found = true
				if f.Low != 236.1 || f.High != 296.3 || f.Unit != evidence.UnitOther || f.Text != "236.1 | 296.3" {
					t.Errorf("interval %q %g-%g %s, want 236.1 | 296.3, 236.1-296.3 other", f.Text, f.Low, f.High, f.Unit)
				}
			}
			if f.Value == 296.3 && !f.IsRange() {
				t.Errorf("the upper bound a figure of its own: %q", f.Text)
			}
		}
	}
	if !found {
		t.Errorf("no interval read")
	}
}
