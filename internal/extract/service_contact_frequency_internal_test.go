package extract

import (
	"strings"
	"testing"
)

// TestContactFrequencyAndOwnBodiesAreNoFigures: how often a family hears from a service, a writer's
// own bodies counted in words, and a span as what any wait can mean are
// no figures; a count of bodies found, a rate of calls and a wait found
// are. Every sentence is written for this test.
func TestContactFrequencyAndOwnBodiesAreNoFigures(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Since March, 210 families on the list get a phone call from us every six weeks.", []string{"210 families"}},
		{"Each child has a named nurse and gets a letter every 4 weeks.", nil},
		{"At the end of May, 3,120 children were waiting across our two acute trusts.", []string{"3,120 children"}},
		{"The county's four localities each run a hub, and 640 families used them.", []string{"640 families"}},
		{"A year on a waiting list can mean a child misses a whole year of speech therapy.", nil},
		{"\"Six months without a diagnosis could cost a child their school place,\" she said.", nil},
		// Near-misses.
		{"Two trusts had no clinic for children with epilepsy.", []string{"Two trusts"}},
		{"The helpline took 400 calls every week in the winter.", []string{"400 calls"}},
		{"Families waited a year on average, and 30% waited longer.", []string{"a year", "30%"}},
	}
	for _, c := range cases {
		var got []string
		for _, f := range Figures(c.in) {
			got = append(got, f.Text)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: figures %q, want %q", c.in, got, c.want)
		}
	}
}
