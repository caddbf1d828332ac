package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
	"github.com/cypx/cypx/internal/measure"
)

// TestPlaceIsNoCitedBody: "data from", "figures from", "according to" a
// place (a county, a unitary area, two listed jointly, a nation) cite no
// body; a council or an ICB named for one still is cited. Before (hostile
// check 69): "Data from Kent and Medway show ..." was cited "(Kent and
// Medway, cited in ...)".
func TestPlaceIsNoCitedBody(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"Data from Kent and Medway show that 39% of young people waited over 20 weeks for a first appointment in 2023/24.", ""},
		{"Figures from Lancashire suggest that 1,850 children were on a community paediatrics list in June 2024.", ""},
		{"According to Hampshire, 29% of referrals to the service were declined in 2023.", ""},
		{"Data from Wales show that 44% of children waited over 20 weeks in 2023/24.", ""},
		{"Data from Surrey, Kent and Sussex show that 33% of children waited over 20 weeks in 2023/24.", ""},
		{"Data from Kent County Council show that 27% of referrals were declined in 2023.", "Kent County Council"},
		{"According to Kent and Medway ICB, 26% of referrals were declined in 2023.", "Kent and Medway ICB"},
	} {
		its := extract.Extract(parseBody(t, "P", c.s+"\n"))
		if len(its) != 1 || its[0].Cites != c.want {
			t.Errorf("%q: cites %q, want %q", c.s, citesOfS79b(its), c.want)
		}
	}
}

// TestLocalAreasArePlaceNames: the place test knows England's counties
// and unitary areas, alone or listed jointly, and reads no council named
// for one as a place.
func TestLocalAreasArePlaceNames(t *testing.T) {
	for s, want := range map[string]bool{
		"Kent": true, "the Wirral": true, "Brighton and Hove": true, "Kent and Medway": true,
		"Stoke-on-Trent": true, "Lancashire": true, "Wales": true,
		"Kent County Council": false, "Medway Council": false, "Kent Community Health NHS Foundation Trust": false,
		"Kent and Medway Council": false, "Kent and Children": false,
	} {
		if got := measure.IsPlaceName(s); got != want {
			t.Errorf("IsPlaceName(%q) = %v, want %v", s, got, want)
		}
	}
}
