package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestRulesReturnsJourneysAndDefinitionsNoFigures checks numbers that say
// what a rule, a return, a journey or a term is, in sentences written for
// this test: the reviews a regulation names told after them, the horizon
// of a saving, the buses a journey takes and a glossary's definition.
// Each keeps no figure of that number; the near-misses keep theirs.
func TestRulesReturnsJourneysAndDefinitionsNoFigures(t *testing.T) {
	cases := []struct {
		sentence, number string
		figure           bool
	}{
		{"By law, four health visiting checks are mandated: at birth, six weeks, one year and two years.", "four", false},
		{"Every £1 invested in the programme saves about £4 in hospital costs within ten years.", "ten years", false},
		{"Some families have to take three buses to reach the clinic.", "three", false},
		{"A child weighing less than 1,500 grams at birth.", "1,500", false},
		// Near-misses.
		{"Only two of the five mandated checks were done on time.", "two", true},
		{"Waiting lists grew by 400 children within two years.", "two years", true},
		{"The service added three buses to its school routes, carrying 240 pupils a day.", "240", true},
		{"A baby weighing 900 grams was kept on the unit for 3 months.", "3 months", true},
	}
	for _, c := range cases {
		got := false
		for _, f := range extract.Figures(c.sentence) {
			if strings.Contains(f.Text, c.number) {
				got = true
			}
		}
		if got != c.figure {
			var texts []string
			for _, f := range extract.Figures(c.sentence) {
				texts = append(texts, f.Text)
			}
			t.Errorf("%q: figure %q = %v, want %v (figures %q)", c.sentence, c.number, got, c.figure, texts)
		}
	}
}
