package library_test

import (
	"strings"
	"testing"
)

// mapcreditlines.fodt (made into testdata/pdf/mapcreditlines.pdf with
// `soffice --headless --convert-to pdf --outdir testdata/pdf
// testdata/pdf/mapcreditlines.fodt`) is a council's profile of child
// poverty whose maps are credited in small print under the text: "Map:
// contains Ordnance Survey data © Crown copyright and database right
// 2024.", "Contains OS data © Crown copyright and database rights 2025.
// Ordnance Survey AC0000851234.", "Base map © OpenStreetMap
// contributors.".

// A map's credit line is furniture, as a photograph's is: it names the
// data a map is drawn on, no evidence of the report. A sentence reading
// the map ("The map shows that 38% of children ...") stays. Before
// (hostile check 67), the Ordnance Survey line was an excerpt.
func TestAMapsCreditLineIsFurniture(t *testing.T) {
	im, err := importLetterS82(t, "mapcreditlines.pdf")
	if err != nil {
		t.Fatal(err)
	}
	for _, credit := range []string{"Ordnance Survey", "OS data", "Crown copyright", "OpenStreetMap"} {
		if strings.Contains(im.Body, credit) {
			t.Errorf("the credit %q kept in the body:\n%s", credit, im.Body)
		}
	}
	for _, text := range []string{"1,240 referrals", "The map shows that 38% of children", "1,150 children"} {
		if !strings.Contains(im.Body, text) {
			t.Errorf("the text %q lost:\n%s", text, im.Body)
		}
	}
	if im.Source.Publisher != "Medway Council" {
		t.Errorf("publisher %q", im.Source.Publisher)
	}
}
