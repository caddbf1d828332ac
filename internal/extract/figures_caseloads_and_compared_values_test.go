package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// figureLine is a figure as "text value unit role".
func figureLine(f evidence.Figure) string {
	return f.Text + " " + fmtFloat(f.Value) + " " + string(f.Unit) + " " + string(f.Role)
}

// TestCaseloadRatesComparedValuesAndOwnServices: set 29 spent, figures (every sentence
// written for this test). A caseload per worker ("520 children per WTE")
// and a rate "for every 10,000" are rates, unit other, as "per 10,000"
// is; a bare value compared with a figure ("compared with 340 in the
// west") takes that figure's unit; the writer's own services opening a
// sentence ("Our three hospices looked after") are who acted, no figure;
// a group opening the sentence is the base of a sum or rate after it, as
// of a count; "4 of those 18 councils" a count of its base, as is one
// "out of 41 WTE funded" far from its part; the cost of things counted is
// the headline. Before: "520 children" and "10,000
// pupils" were counts, 340 no figure, "three hospices" the headline, 18
// no base and the posts counted the headline.
func TestCaseloadRatesComparedValuesAndOwnServices(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
		headline string
	}{
		{"Health visiting caseloads average 520 children per WTE in the east locality, compared with 340 in the west.",
			[]string{"520 children per WTE 520 other ", "340 340 other "}, "520 children per WTE"},
		{"Caseloads reached 610 families per full-time health visitor in 2024.",
			[]string{"610 families per full-time health visitor 610 other "}, "610 families per full-time health visitor"},
		{"School nursing has been cut, with the number of full-time school nurses falling to 1.3 for every 10,000 pupils.",
			[]string{"1.3 for every 10,000 1.3 other "}, "1.3 for every 10,000"},
		{"Waits averaged 14 weeks in the south, against 9 in the north.",
			[]string{"14 weeks 14 weeks ", "9 9 weeks "}, "14 weeks"},
		{"Our three hospices looked after 450 children last year, up from 390 in 2022-23.",
			[]string{"450 children 450 count ", "390 390 count "}, "450 children"},
		{"Across the 18 councils we surveyed, spending on school nursing averaged £61,000 a year.",
			[]string{"18 councils 18 count base", "£61,000 61000 gbp "}, "£61,000"},
		{"Only 4 of those 18 councils offered a weekend service.",
			[]string{"Only 4 4 count headline", "18 councils 18 count base"}, "Only 4"},
		{"We estimate that three specialist nurse posts would cost roughly £210,000 a year, less than the admissions cost.",
			[]string{"three 3 count ", "roughly £210,000 210000 gbp headline"}, "roughly £210,000"},
		{"Vacancies of 5.2 WTE across psychology and occupational therapy, out of 41 WTE funded.",
			[]string{"5.2 5.2 count ", "41 41 count base"}, "5.2"},
		// Near-misses: a count of bodies found, a place's services
		// later in a sentence, a sum beside a count in another clause.
		{"Two trusts had no clinic for children with epilepsy.", []string{"Two trusts 2 count "}, "Two trusts"},
		{"We gave 1,860 nights of short breaks at our two hospices.", []string{"1,860 nights 1860 count ", "two hospices 2 count "}, "1,860 nights"},
		{"In 2024, 1,200 children were waiting, and the service cost £3m.", []string{"1,200 children 1200 count ", "£3m 3e+06 gbp "}, "1,200 children"},
	} {
		it := itemOf(t, c.sentence)
		var got []string
		for _, f := range it.Figures {
			got = append(got, figureLine(f))
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s\n  figures %q\n  want    %q", c.sentence, got, c.want)
		}
		if h, ok := it.Headline(); !ok || h.Text != c.headline {
			t.Errorf("%s\n  headline %q, want %q", c.sentence, h.Text, c.headline)
		}
	}
}
