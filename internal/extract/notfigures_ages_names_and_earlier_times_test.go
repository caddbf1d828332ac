package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestAgesNamesAndEarlierTimesAreNoFigures: a visit named for the age it
// is given at with a word between ("the 18-month vaccination
// appointment"), the upper age of a group served ("young adults up to
// 25") and the time an earlier value is dated to ("up from 6 weeks three
// years before.") are no findings; a wait "before" what ends it, a count
// "up to" a number and the figures beside the earlier time still are.
func TestAgesNamesAndEarlierTimesAreNoFigures(t *testing.T) {
	for _, s := range []string{
		"Health visitors will ask about fluoride varnish at every child's 18-month vaccination appointment.",
		"Clinics should see babies at the 8-week immunisation visit and again at the 1-year booster.",
		"Hospices should support young people up to 25 alongside adult services.",
		"The service is open to young adults up to 24 who left care.",
	} {
		if figs := extract.Figures(s); len(figs) != 0 {
			t.Errorf("%q: read figures %v", s, figs)
		}
	}
	// The earlier time is no figure; the waits are.
	s := "Children waited a median of 14 weeks for a wheelchair in 2024, up from 6 weeks three years before."
	var got []string
	for _, f := range extract.Figures(s) {
		got = append(got, f.Text)
	}
	if len(got) != 2 || got[0] != "14 weeks" || got[1] != "6 weeks" {
		t.Errorf("%q: read %q, want the two waits", s, got)
	}
	for _, s := range []string{
		"Some children waited three years before they were seen.",
		"The hub can now take up to 25 young people a week.",
	} {
		if figs := extract.Figures(s); len(figs) == 0 {
			t.Errorf("%q: no figure read", s)
		}
	}
}
