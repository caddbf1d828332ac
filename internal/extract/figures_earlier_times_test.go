package extract_test

import "testing"

// TestEarlierValueInATimeItNames: "up from 88 in the spring term of
// 2024", "down from 52 in the year before the hub opened", "up from 6
// at the start of the pilot", "up from 430 in February": a bare number
// after "up from" or "down from", set in a time of its own, is the
// earlier value of the count before it. Before, only a year or a few set
// phrases ("in the same term last year") made it one, and the rest were
// lost.
func TestEarlierValueInATimeItNames(t *testing.T) {
	for _, c := range []struct {
		s    string
		want float64
	}{
		{"This term 171 pupils used the lunchtime club, up from 88 in the spring term of 2024.", 88},
		{"Of these, 38 were seen out of area, down from 52 in the year before the hub opened.", 52},
		{"By May the model was used by 19 practices, up from 6 at the start of the pilot.", 6},
		{"The line took 515 calls between May and August, up from 330 in the same months of 2024.", 330},
		{"Families waiting over a year: 1,020, up from 430 in February.", 430},
		{"The team saw 990 children in its first year, up from 410 in the six months after it opened.", 410},
	} {
		found := false
		for _, f := range itemFiguresOf(t, c.s) {
			if f.Value == c.want && f.Unit == "count" {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no count of %g in %+v", c.s, c.want, itemFiguresOf(t, c.s))
		}
	}
	// An earlier value of a duration is not a count.
	for _, f := range itemFiguresOf(t, "The median wait is now 21 weeks, up from 14 in the spring term of 2024.") {
		if f.Value == 14 && f.Unit == "count" {
			t.Errorf("a wait's earlier value read as a count: %q", f.Text)
		}
	}
}

// TestCountInWordsDrawnFromDigits: "Only six of the 31 trusts could say"
// and "Only six of the 31 could say" take the 31 as the whole the six are
// drawn from, as "6 of the 31" does. Before, a bare 31 after a count in
// words was lost.
func TestCountInWordsDrawnFromDigits(t *testing.T) {
	for _, s := range []string{
		"We wrote to every trust in the region. Only six of the 31 could say how many children had a plan.",
		"Just eight of the 44 replied within the deadline.",
	} {
		found := false
		for _, f := range itemFiguresOf(t, s) {
			if (f.Value == 31 || f.Value == 44) && f.Unit == "count" {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: the whole lost: %+v", s, itemFiguresOf(t, s))
		}
	}
}
