package extract_test

import (
	"strings"
	"testing"
)

// TestALocalAreaUnderAPlaceHeaderIsThePlace: a row label under a header
// naming where ("Area", "Region", "Local authority", "ICB", "Place") that
// is a place's name no list holds ("Bradwell", "Kingston upon Hull") is
// the figures' place, and stays their group, so the key keeps one area's
// figures apart from another's and from a figure of nowhere in
// particular; the header is neither group nor measure. A trust's name is
// a body's, no place; a total and "Other" are no place either (hostile
// check 53 leftovers). A compass point alone, "North", is the table's own
// area, its place (hostile check 61: it was the group alone).
// Before, the area was only the group and the figures had no place.
func TestALocalAreaUnderAPlaceHeaderIsThePlace(t *testing.T) {
	for _, h := range []string{"Area", "Region", "Local authority", "ICB", "Place", "Area name"} {
		body := "## Pupils waiting over 12 weeks\n\n| " + h + " | 2022 |\n|---|---|\n" +
			"| Bradwell | 2,150 |\n| Kingston upon Hull | 640 |\n| Other | 75 |\n| North | 95 |\n| Total | 2,960 |\n"
		got := figuresOf(t, body)
		for fig, w := range map[string][4]string{
			"2,150": {"pupils waiting over 12 weeks", "2022", "Bradwell", "Bradwell"},
			"640":   {"pupils waiting over 12 weeks", "2022", "Kingston upon Hull", "Kingston upon Hull"},
			"95":    {"pupils waiting over 12 weeks", "2022", "North", "North"},
		} {
			if got[fig] != w {
				t.Errorf("%s: %s: %q, want %q", h, fig, got[fig], w)
			}
			if strings.Contains(strings.ToLower(got[fig][0]+got[fig][3]), strings.ToLower(h)) {
				t.Errorf("%s: %s: the header is in %q", h, fig, got[fig])
			}
		}
		for _, fig := range []string{"75", "2,960"} {
			if got[fig][2] != "" {
				t.Errorf("%s: %s: place %q, want none", h, fig, got[fig][2])
			}
		}
	}
	got := figuresOf(t, "## Pupils waiting over 12 weeks\n\n| Trust | 2022 |\n|---|---|\n| Bradwell | 2,150 |\n")
	if w := [4]string{"pupils waiting over 12 weeks", "2022", "", "Bradwell"}; got["2,150"] != w {
		t.Errorf("under Trust: %q, want %q", got["2,150"], w)
	}
}
