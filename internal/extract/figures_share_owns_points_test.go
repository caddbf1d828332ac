package extract_test

import (
	"strings"
	"testing"
)

// h61bFind is the first figure line of got starting with prefix, or "".
func h61bFind(got []string, prefix string) string {
	for _, g := range got {
		if strings.HasPrefix(g, prefix) {
			return g
		}
	}
	return ""
}

// TestPtsOnlyOfAShare: "pts" after a number is a change in points only
// where the figure it changes is a share of the same measure: the share
// it reached after it, or, in a clause with no subject of its own, a
// share's level in the clause before. A count's clause ("while waiting
// lists rose by 14 pts") and "pts" counted per day are patients. Before
// (hostile check 57) both were changes in points, and "up 3 pts on 2022"
// after a share a count of 3 "pts on".
func TestPtsOnlyOfAShare(t *testing.T) {
	for _, s := range []string{
		"Uptake dropped 4 ppts in 2022 while waiting lists rose by 14 pts.",
		"The ward saw 30% more pts in 2022, up by 20 pts per week.",
		"The ward saw 18 pts a week in 2022, down 2 pts on 2021.",
	} {
		got := h60Figures(t, s)
		for _, g := range got {
			if strings.Contains(g, " pts=") && strings.Contains(g, " other ") {
				t.Errorf("%q: %q, pts of patients read as points", s, g)
			}
		}
	}
	for _, c := range []struct{ s, want string }{
		{"Screening was 72% in 2022, up 4 pts on 2021.", "4 pts=4 other change | 2022 | up 4 pts on 2021 |"},
		{"Screening fell by 4 pts to 72% in 2022.", "4 pts=4 other change"},
		{"Screening fell by 4 pts in 2022, to 72%.", "4 pts=4 other change"},
		{"Uptake dropped 4 ppts in 2022 while waiting lists rose by 14 pts.", "4 ppts=4 other change"},
	} {
		if got := h60Figures(t, c.s); h61bFind(got, c.want) == "" {
			t.Errorf("%q: %q, want %q", c.s, got, c.want)
		}
	}
}

// TestPointsShortOfATarget: a gap in points after a change in points
// ("fell 4pp, 3 points short of the 90% target") is no change listed
// after it, and the target no level the change moved: the change keeps
// the sentence's year. Before (hostile check 57) the gap was "down 3
// points" and the 90% target carried "down 4pp".
func TestPointsShortOfATarget(t *testing.T) {
	s := "Screening fell 4pp, 3 points short of the 90% target, in 2022."
	got := h60Figures(t, s)
	if h61bFind(got, "4pp=4 other change | 2022 | down 4pp") == "" {
		t.Errorf("%q: %q, want the change down 4pp of 2022", s, got)
	}
	for _, g := range got {
		if strings.HasPrefix(g, "3 points=") && strings.Contains(g, " change ") {
			t.Errorf("%q: %q, a gap read as a change", s, g)
		}
		if strings.HasPrefix(g, "90%=") && strings.Contains(g, "down") {
			t.Errorf("%q: %q, the target given the change", s, g)
		}
	}
}

// TestPointsListedShareTheirTimeAndMeasure: changes in points listed
// after one verb, "fell by 4pp, 3pp and 2pp in the four areas in 2022",
// are each of 2022 and of the subject's measure and key. Before (hostile
// check 57) the first two had no period and the last measured "in the
// four areas". Places listed one for each change pair with them in order
// (TestListedChangesPairInOrder, hostile check 58).
func TestPointsListedShareTheirTimeAndMeasure(t *testing.T) {
	for _, c := range []struct{ s, key string }{
		{"Screening fell by 4pp, 3pp and 2pp in the four areas in 2022.", "change:other|||screen"},
	} {
		got := h60Figures(t, c.s)
		for _, pts := range []string{"4pp", "3pp", "2pp"} {
			g := h61bFind(got, pts+"=")
			if !strings.Contains(g, " change | 2022 | down "+pts+" | "+c.key) {
				t.Errorf("%q: %q, want %s a change down of 2022 keyed %s", c.s, got, pts, c.key)
			}
		}
	}
}

// TestPlusBeforeACountedCompound: a plus before a size word and a plural
// noun ("300+ bed days", "5,000+ page views", "800+ place offers") counts
// the two words' noun, at least 300; before a singular noun ("a 300+
// page guide", "a 2,000+ word report") it stays the thing's size, no
// count. Before (hostile check 57) the first were no figures.
func TestPlusBeforeACountedCompound(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"In 2022, 300+ bed days were lost to delays.", "300+=300 count"},
		{"In 2022, the page had 5,000+ page views.", "5,000+=5000 count"},
		{"In 2022, 800+ place offers were made to families.", "800+=800 count"},
	} {
		if got := h60Figures(t, c.s); h61bFind(got, c.want) == "" {
			t.Errorf("%q: %q, want %q", c.s, got, c.want)
		}
	}
	for _, s := range []string{"In 2022, the trust wrote a 300+ page guide.", "In 2022, she sent a 2,000+ word report."} {
		if got := h60Figures(t, s); len(got) > 0 {
			t.Errorf("%q: %q, want no figure", s, got)
		}
	}
}

// TestShareBaseNotAnotherClausesCount: a share naming its own group ("52%
// of Year 5 pupils swam a mile") has no base in a count of another clause
// joined after it ("and 3K children took part"); "3K children took part
// and 52% of them swam" and "..., from 2,640 responses" keep their
// base. Before (hostile check 57) the 3K children were the 52%'s base.
func TestShareBaseNotAnotherClausesCount(t *testing.T) {
	s := "In 2022, 52% of Year 5 pupils swam a mile and 3K children took part."
	for _, g := range h60Figures(t, s) {
		if strings.Contains(g, " base ") {
			t.Errorf("%q: %q, a count of another clause read as the base", s, g)
		}
	}
	for _, c := range []struct{ s, want string }{
		{"In 2022, 3K children took part and 52% of them swam a mile.", "3K children=3000 count base"},
		{"In 2022, 81% of carers would recommend the clinic, from 2,640 responses.", "2,640 responses=2640 count base"},
	} {
		if got := h60Figures(t, c.s); h61bFind(got, c.want) == "" {
			t.Errorf("%q: %q, want %q", c.s, got, c.want)
		}
	}
}

// TestPointsChangeOnlyOfItsShare: a change in points changes a share
// alone, so a count in a clause after it ("and 9 clinics closed in 2021")
// takes no "down 4pp"; and of changes listed before the level they
// reach ("rose 2pp in 2021 and 4pp in 2022, to 72%") the level is the
// last's, of its year. Before (hostile check 57) the clinics were "down
// 4pp" and the 72% of 2021, "up 2pp".
func TestPointsChangeOnlyOfItsShare(t *testing.T) {
	s := "Screening fell 4pp in 2022 and 9 clinics closed in 2021."
	if g := h61bFind(h60Figures(t, s), "9 clinics="); g == "" || strings.Contains(g, "4pp") {
		t.Errorf("%q: %q, want the 9 clinics with no change of points", s, g)
	}
	s = "Screening rose 2pp in 2021 and 4pp in 2022, to 72%."
	if got := h60Figures(t, s); h61bFind(got, "72%=72 percent headline | 2022 | up 4pp |") == "" {
		t.Errorf("%q: %q, want the 72%% of 2022, up 4pp", s, got)
	}
}

// TestPlusUnderAHundredBeforePlaces: a plus after a number under 100
// before places or things that have no age ("40+ clinics", "60+ bed
// spaces") is at least so many, no age band in the key; "18+ care
// leavers" stays an age band. Before (hostile check 57) "40+" and "60+"
// were left in the key as age bands.
func TestPlusUnderAHundredBeforePlaces(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"In 2022, 40+ clinics took part in the audit.", "40+ clinics=40 count"},
		{"In 2022, 60+ bed spaces were commissioned for 200 children.", "60+=60 count"},
	} {
		got := h60Figures(t, c.s)
		if h61bFind(got, c.want) == "" {
			t.Errorf("%q: %q, want %q", c.s, got, c.want)
		}
		for _, g := range got {
			if strings.Contains(g, "|40+|") || strings.Contains(g, "|60+|") {
				t.Errorf("%q: %q, the plus left in the key as an age band", c.s, g)
			}
		}
	}
	if got := h60Figures(t, "In 2022, 18+ care leavers were housed by the council."); h61bFind(got, "18+") != "" {
		t.Errorf("18+ care leavers: %q, want no count", got)
	}
}
