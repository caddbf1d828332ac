package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestFromToKeepsTheEarlierValue: "from 480 to 455 children" is two
// counts, the earlier and the level, when something between the verb
// and the pair ("for the second year running, from") or after it ("in
// four years", "since 2020") left the level to be read first as a count
// of its own. Before, the level taken, the pair was not read, and the
// earlier value was lost; and where the earlier value was read first,
// the level was lost.
func TestFromToKeepsTheEarlierValue(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []float64
	}{
		{"Long waits for audiology have come down for the second year running, from 480 to 455 children.", []float64{480, 455}},
		{"The dietetics team has shrunk from 27 to 19 whole-time equivalents.", []float64{27, 19}},
		{"The youth panel has grown from 35 to 82 young people in four years.", []float64{35, 82}},
		{"The council has fallen from 72 to 58 social workers since 2020.", []float64{72, 58}},
		{"The clinic has reduced the number of families waiting from 2,150 to 940 in two years.", []float64{2150, 940}},
		{"The service has cut the number of children waiting from 1,480 to 760 in a year.", []float64{1480, 760}},
	} {
		figs := itemFiguresOf(t, c.s)
		for _, v := range c.want {
			found := false
			for _, f := range figs {
				if f.Value == v && f.Unit == "count" {
					found = true
				}
			}
			if !found {
				t.Errorf("%q: no count of %g in %+v", c.s, v, figs)
			}
		}
	}
	// A range of durations or ages stays what it was.
	for _, s := range []string{
		"Waits fell from 14 to 9 weeks for most children.",
		"Children aged from 11 to 16 years took part in the survey.",
	} {
		for _, f := range itemFiguresOf(t, s) {
			if f.Unit == "count" {
				t.Errorf("%q: a count %q", s, f.Text)
			}
		}
	}
}

// TestFromToAfterALeadIsNotTheHeadline: a share or count an earlier
// clause reports leads the sentence, the level a change in a later
// clause reached ("…, and rooms fell from 8 to 6") its second finding;
// a count in words before it leads nothing. Before, the later level was
// the headline.
func TestFromToAfterALeadIsNotTheHeadline(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"Only 64% of wards met the visiting standard, and the number with a parents' kitchen fell from 9 to 6 of the eleven.", "Only 64%"},
		{"The service took 3,420 referrals, and the median wait fell from 19 to 15 weeks.", "3,420 referrals"},
		{"We have taken on two dietitians, and the median wait has fallen from 30 weeks to 18 weeks.", "18 weeks"},
	} {
		for _, it := range extract.Extract(parseBody(t, "P", "## Findings\n\n"+c.s+"\n")) {
			if h, ok := it.Headline(); !ok || h.Text != c.want {
				t.Errorf("%q: headline %q, want %q", c.s, h.Text, c.want)
			}
		}
	}
}

// TestFromToEachInItsPeriod: "from 380 in 2019/20 to 1,120 in 2024/25"
// and "from 28 families in March 2023 to 51 this term" are the earlier
// value and the level, both counts, each end dated by its own period.
// Before, the period between them left the pair unread: the earlier
// value was lost, or both were.
func TestFromToEachInItsPeriod(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []float64
	}{
		{"Referrals to the clinic have nearly trebled, from 380 in 2019/20 to 1,120 in 2024/25.", []float64{380, 1120}},
		{"Admissions of under-16s went from 212 in 2018/19 to 347 in 2023/24, a rise of 64%.", []float64{212, 347}},
		{"The nurse's caseload has gone from 28 families in March 2023 to 51 this term.", []float64{28, 51}},
	} {
		figs := itemFiguresOf(t, c.s)
		for _, v := range c.want {
			found := false
			for _, f := range figs {
				if f.Value == v && f.Unit == "count" {
					found = true
				}
			}
			if !found {
				t.Errorf("%q: no count of %g in %+v", c.s, v, figs)
			}
		}
	}
	// Ages and durations in two periods stay no counts.
	for _, f := range itemFiguresOf(t, "The median wait went from 11 weeks in 2021 to 19 weeks in 2024.") {
		if f.Unit == "count" {
			t.Errorf("a wait read as a count: %q", f.Text)
		}
	}
}
