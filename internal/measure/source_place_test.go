package measure

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestSourcePlaceOfPublisher: a council's, an ICB's or a trust's name
// opening with a local area states the place the source speaks for; a
// national body's, a charity's or a paper's does not.
func TestSourcePlaceOfPublisher(t *testing.T) {
	for pub, want := range map[string]string{
		"Kent County Council":                        "Kent",
		"Medway Council":                             "Medway",
		"Leeds City Council":                         "Leeds",
		"London Borough of Camden":                   "Camden",
		"Ashford Borough Council":                    "Ashford",
		"NHS Kent and Medway Integrated Care Board":  "Kent and Medway ICB",
		"Kent Community Health NHS Foundation Trust": "Kent",
		"NHS England":                                "",
		"Arts Council England":                       "",
		"Arts Council":                               "",
		"Medical Research Council":                   "",
		"Kent Online":                                "",
		"Barnardo's":                                 "",
	} {
		if got := SourcePlace(pub); got != want {
			t.Errorf("SourcePlace(%q) = %q, want %q", pub, got, want)
		}
	}
}

// TestFigureTakesItsSourcesPlace: a council's figure whose sentence
// names no place is its area's; one naming a place keeps it, one cited
// to another body, or speaking of the nation or of a part the lists do
// not know, takes none.
func TestFigureTakesItsSourcesPlace(t *testing.T) {
	for _, c := range []struct{ text, cites, want string }{
		{"In 2023/24, 61% of children waited longer than 10 weeks for an assessment.", "", "Kent"},
		{"In 2023/24, 61% of children in England waited longer than 10 weeks for an assessment.", "", "England"},
		{"In 2023/24, 61% of children waited longer than 10 weeks for an assessment.", "NHS England", ""},
		{"Nationally, 61% of children waited longer than 10 weeks for an assessment in 2023/24.", "", ""},
		{"In Dartford, 61% of children waited longer than 10 weeks for an assessment in 2023/24.", "", ""},
		{"In 2023/24, 61% of children waited longer than 10 weeks, compared with 54% the year before.", "", ""},
		{"Coverage was lowest in rural Thanet, where only 61% of pupils had a team in 2023/24.", "", ""},
		{"Health bodies must give their advice within 6 weeks, and 61% did in 2023/24.", "", ""},
	} {
		figs := []evidence.Figure{{Text: "61%", Value: 61, Unit: "%", Offset: indexOf(c.text, "61%")}}
		Describe(Input{Text: c.text, Figures: figs, Cites: c.cites, Publisher: "Kent County Council"}, nil)
		if figs[0].Place != c.want {
			t.Errorf("%q: place %q, want %q", c.text, figs[0].Place, c.want)
		}
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}
