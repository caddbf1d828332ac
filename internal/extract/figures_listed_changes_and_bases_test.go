package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// h62bFigures is each figure of the one sentence under a findings
// heading: "text=value unit role | period | place | change | key".
func h62bFigures(t *testing.T, sentence string) []string {
	t.Helper()
	var out []string
	for _, it := range extract.Extract(parseBody(t, "P", "## Findings\n\n"+sentence+"\n")) {
		for _, f := range it.Figures {
			out = append(out, fmt.Sprintf("%s=%g %s %s | %s | %s | %s | %s", f.Text, f.Value, f.Unit, f.Role, f.Period, f.Place, f.Change, f.Key))
		}
	}
	return out
}

// h62bFind is the first line of got starting with prefix, or "".
func h62bFind(got []string, prefix string) string {
	for _, g := range got {
		if strings.HasPrefix(g, prefix) {
			return g
		}
	}
	return ""
}

// TestListedChangesPairInOrder: changes listed after one verb pair with
// the periods or places listed after them in order: "rose 4pp, 3pp and
// 1pp in 2020, 2021 and 2022" is up 4pp in 2020, 3pp in 2021 and 1pp in
// 2022; "fell 4pp, 3pp and 1pp in Leeds, York and Hull in 2022" keeps
// each its place, as "fell 4pp in Leeds" measures "in Leeds", and a
// place the sentence knows is each change's place. Changes that each name
// their own place ("fell 4pp in Leeds and 3pp in York in 2022") keep it
// and the year. Before (hostile check 58) all three took 2020, the places
// were lost, and "fell 4pp in Leeds and 3pp in York" gave the 4pp no year
// and the 3pp the measure "in York".
func TestListedChangesPairInOrder(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"Dental checks took from 9 weeks to 7 weeks, and screening rose 4pp, 3pp and 1pp in 2020, 2021 and 2022.", []string{
			"4pp=4 other change | 2020 |  | up 4pp | change:other|||screen",
			"3pp=3 other change | 2021 |  | up 3pp | change:other|||screen",
			"1pp=1 other change | 2022 |  | up 1pp | change:other|||screen",
		}},
		{"Screening fell 4pp, 3pp and 1pp in Leeds, York and Hull in 2022.", []string{
			"4pp=4 other change | 2022 |  | down 4pp | change:other|||leed screen",
			"3pp=3 other change | 2022 |  | down 3pp | change:other|||screen york",
			"1pp=1 other change | 2022 |  | down 1pp | change:other|||hull screen",
		}},
		{"Screening fell 4pp, 3pp and 1pp in London, the North West and the South East in 2022.", []string{
			"4pp=4 other change | 2022 | London | down 4pp | change:other|||screen",
			"3pp=3 other change | 2022 | North West | down 3pp | change:other|||screen",
			"1pp=1 other change | 2022 | South East | down 1pp | change:other|||screen",
		}},
		{"Screening fell 4pp in Leeds and 3pp in York in 2022.", []string{
			"4pp=4 other change | 2022 |  | down 4pp | change:other|||leed screen",
			"3pp=3 other change | 2022 |  | down 3pp | change:other|||screen york",
		}},
	} {
		got := h62bFigures(t, c.s)
		for _, w := range c.want {
			if h62bFind(got, w) == "" {
				t.Errorf("%q: %q, want %q", c.s, got, w)
			}
		}
	}
}

// TestListedChangesUnpairedTakeNoYear: a list of years that is not one
// for each change (two years for three changes, three for two) pairs
// nothing, and no change takes a year: sharing the first would date the
// others falsely. Before (hostile check 59) every change took the first
// year, 2021.
func TestListedChangesUnpairedTakeNoYear(t *testing.T) {
	for _, s := range []string{
		"Screening fell 4pp, 3pp and 1pp in 2021 and 2022.",
		"Screening fell 4pp and 3pp in 2021, 2022 and 2023.",
	} {
		got := h62bFigures(t, s)
		if len(got) < 2 {
			t.Errorf("%q: %q, want the changes", s, got)
		}
		for _, g := range got {
			if p := strings.Split(g, " | ")[1]; p != "" {
				t.Errorf("%q: %q dated %q, want no period", s, g, p)
			}
		}
	}
}

// TestPtsAfterAVerbOfAShare: "pts" right after a verb of change, with no
// "by", are a share's points where the share is the level it reached or
// the level of the clause before: "rose 3 pts to 52%", and "fell 3 pts to
// 82% in 2022 and rose 2 pts in 2023" (each change its own year). A
// score's or a count's "pts" stay counts. Before (hostile check 58) "rose
// 3 pts to 52%" was a count of 3 "pts to", and the 52% measured "rose 3
// pts".
func TestPtsAfterAVerbOfAShare(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"Attendance rose 3 pts to 52% in 2022.", "3 pts=3 other change | 2022 |  | up 3 pts to 52% | change:other|||attend"},
		{"Attendance rose 3 pts to 52% in 2022.", "52%=52 percent headline | 2022 |  | up 3 pts | percent|||attend"},
		{"Attendance fell 3 pts to 82% in 2022 and rose 2 pts in 2023.", "3 pts=3 other change | 2022 |"},
		{"Attendance fell 3 pts to 82% in 2022 and rose 2 pts in 2023.", "2 pts=2 other change | 2023 |"},
	} {
		if got := h62bFigures(t, c.s); h62bFind(got, c.want) == "" {
			t.Errorf("%q: %q, want %q", c.s, got, c.want)
		}
	}
	for _, s := range []string{
		"Mean scores rose 4 pts to 71 in 2022.",
		"Caseloads rose by 5 pts in 2022.",
		"The ward saw 9 more patients, up 3 pts on 2021.",
	} {
		for _, g := range h62bFigures(t, s) {
			if strings.Contains(g, " pts=") && strings.Contains(g, " other ") {
				t.Errorf("%q: %q, pts of no share read as points", s, g)
			}
		}
	}
}

// TestBareNumbersListedBeforePoints: numbers listed before a unit of
// percentage points written once, "fell by 4, 3 and 1 percentage points
// in Leeds, York and Hull respectively in 2022", are each a change in
// points, paired with its place, of 2022. Before (hostile check 58) the 4
// was no figure and the 3 and 1 no changes, the 1 measuring "in Leeds,
// York and Hull respectively".
func TestBareNumbersListedBeforePoints(t *testing.T) {
	s := "Screening fell by 4, 3 and 1 percentage points in Leeds, York and Hull respectively in 2022."
	got := h62bFigures(t, s)
	for _, w := range []string{
		"4=4 other change | 2022 |  | down 4 | change:other|||leed screen",
		"3=3 other change | 2022 |  | down 3 | change:other|||screen york",
		"1 percentage points=1 other change | 2022 |  | down 1 percentage points | change:other|||hull screen",
	} {
		if h62bFind(got, w) == "" {
			t.Errorf("%q: %q, want %q", s, got, w)
		}
	}
}

// h62bBases is each figure's text and base: "45%=300".
func h62bBases(t *testing.T, sentence string) []string {
	t.Helper()
	var out []string
	for _, it := range extract.Extract(parseBody(t, "P", "## Findings\n\n"+sentence+"\n")) {
		for _, f := range it.Figures {
			out = append(out, f.Text+"="+f.Base)
		}
	}
	return out
}

// TestShareBaseIsItsOwnGroup: a share's base is the group it is of, the
// base stated nearest before it: "of those assessed, 52% were
// diagnosed" after "Of the 900 pupils referred, 240 were assessed" is of
// the 240; a share of a group another share picked out ("and of those
// referred 70% were seen") has no base the sentence states; and a share
// "of whom" after a level counts the level's subject. Before (hostile
// check 58) the first base, 900 or 600, was every share's, and "of whom"
// had a bare "1,400".
func TestShareBaseIsItsOwnGroup(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"Of the 900 pupils referred, 240 were assessed in 2022; of those assessed, 52% were diagnosed.", "52%=240"},
		{"Of 600 pupils assessed in 2022, 35% were referred, and of those referred 70% were seen.", "70%="},
		{"Of 600 pupils assessed in 2022, 35% were referred, and of those referred 70% were seen.", "35%=600 pupils"},
		{"Of 600 pupils assessed in 2022, 35% were referred and 20% were seen.", "20%=600 pupils"},
		{"Exclusions rose to 1,400 in 2022, 60% of whom were boys.", "60%=1,400 exclusions"},
	} {
		got := h62bBases(t, c.s)
		found := false
		for _, g := range got {
			found = found || g == c.want
		}
		if !found {
			t.Errorf("%q: %q, want %q", c.s, got, c.want)
		}
	}
}

// TestBareCountChangeAfterALevel: a bare number after ", up" or ",
// down" that ends its clause, set after a count, is that count's change,
// a count of the same people, never points: "Screening reached 88% in
// 2022, up 3 pts, and 900 pupils were seen, up 60." Before (hostile
// check 58) the 60 was no figure and "up 60" part of the pupils' measure.
func TestBareCountChangeAfterALevel(t *testing.T) {
	s := "Screening reached 88% in 2022, up 3 pts, and 900 pupils were seen, up 60."
	got := h62bFigures(t, s)
	for _, w := range []string{
		"60=60 count change |",
		"900 pupils=900 count headline |",
		"3 pts=3 other change | 2022 |",
	} {
		if h62bFind(got, w) == "" {
			t.Errorf("%q: %q, want %q", s, got, w)
		}
	}
	if g := h62bFind(got, "900 pupils="); !strings.HasSuffix(g, "| up 60 | count|pupil||seen") {
		t.Errorf("%q: %q, want the pupils up 60, keyed count|pupil||seen", s, g)
	}
}
