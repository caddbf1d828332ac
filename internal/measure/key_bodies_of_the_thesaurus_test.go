package measure_test

import (
	"strings"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/measure"
	"github.com/cypx/cypx/internal/thesaurus"
)

// TestNHSDigitalIsNoNHSEngland: with the bundled thesaurus, a measure
// naming NHS Digital is keyed by NHS Digital, never as NHS England's
// ("=nhse"), so two measures of the two bodies do not compare as one.
// Before (hostile check 59), the thesaurus filed NHS Digital as a name of
// NHS England, and "(NHS Digital, 2022/23)" keyed "=nhse".
func TestNHSDigitalIsNoNHSEngland(t *testing.T) {
	th, probs, err := thesaurus.Load(bundled.FS, "thesaurus.yaml")
	if err != nil || len(probs) > 0 {
		t.Fatal(err, probs)
	}
	v := measure.NewVocabulary(th)
	key := func(s string) string {
		figs := []evidence.Figure{{Text: "37%", Value: 37, Unit: evidence.UnitPercent, Offset: strings.Index(s, "37%")}}
		measure.Describe(measure.Input{Text: s, Figures: figs}, v)
		return figs[0].Key
	}
	digital := key("In 2022, 37% of GP referrals in the NHS Digital survey were rejected.")
	england := key("In 2022, 37% of GP referrals in the NHS England survey were rejected.")
	if strings.Contains(digital, "=nhse") || !strings.Contains(digital, "=nhs_digital") {
		t.Errorf("NHS Digital keyed %q, want =nhs_digital and no =nhse", digital)
	}
	if !strings.Contains(england, "=nhse") {
		t.Errorf("NHS England keyed %q, want =nhse", england)
	}
	if digital == england {
		t.Errorf("NHS Digital and NHS England keyed alike: %q", digital)
	}
}
