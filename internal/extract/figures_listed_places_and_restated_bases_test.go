package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// f64cFigures is each figure of the one sentence under a findings
// heading: "text=value unit role | period | place | change | key |
// measure | population | base".
func f64cFigures(t *testing.T, sentence string) []string {
	t.Helper()
	var out []string
	for _, it := range extract.Extract(parseBody(t, "P", "## Findings\n\n"+sentence+"\n")) {
		for _, f := range it.Figures {
			out = append(out, fmt.Sprintf("%s=%g %s %s | %s | %s | %s | %s | %s | %s | %s",
				f.Text, f.Value, f.Unit, f.Role, f.Period, f.Place, f.Change, f.Key, f.Measure, f.Population, f.Base))
		}
	}
	return out
}

// f64cWant checks that each of want opens a line of the sentence's
// figures.
func f64cWant(t *testing.T, s string, want ...string) {
	t.Helper()
	got := f64cFigures(t, s)
	for _, w := range want {
		found := false
		for _, g := range got {
			found = found || strings.HasPrefix(g, w)
		}
		if !found {
			t.Errorf("%q:\n%s\nwant a line %q", s, strings.Join(got, "\n"), w)
		}
	}
}

// TestPlacesListedBeforeTheChangesPair: places the sentence opens with
// pair with its changes where "respectively" says so, each change of
// the period the list ends with. Before (hostile check 59) the first two
// had the population "Leeds, York and Hull screening" and no period, the
// last the measure "respectively".
func TestPlacesListedBeforeTheChangesPair(t *testing.T) {
	f64cWant(t, "In Leeds, York and Hull screening fell by 4pp, 3pp and 2pp respectively in 2022.",
		"4pp=4 other change | 2022 |  | down 4pp | change:other|||leed screen | screening in Leeds |  | ",
		"3pp=3 other change | 2022 |  | down 3pp | change:other|||screen york | screening in York |  | ",
		"2pp=2 other change | 2022 |  | down 2pp | change:other|||hull screen | screening in Hull |  | ",
	)
	// Without "respectively", or with a list of another length, nothing
	// pairs: no change takes a place it may not have.
	for _, s := range []string{
		"In Leeds and York screening fell by 4pp, 3pp and 2pp respectively in 2022.",
		"In Leeds, York and Hull screening fell by 4pp and 3pp respectively in 2022.",
	} {
		for _, g := range f64cFigures(t, s) {
			if strings.Contains(g, "screening in") {
				t.Errorf("%q: %q, want no place paired", s, g)
			}
		}
	}
}

// TestRespectivelyBeforeListedPlaces: "respectively" written before the
// places still pairs them. Before (hostile check 59) the places were
// lost.
func TestRespectivelyBeforeListedPlaces(t *testing.T) {
	f64cWant(t, "Screening fell 4pp, 3pp and 2pp respectively in Leeds, York and Hull in 2022.",
		"4pp=4 other change | 2022 |  | down 4pp | change:other|||leed screen",
		"3pp=3 other change | 2022 |  | down 3pp | change:other|||screen york",
		"2pp=2 other change | 2022 |  | down 2pp | change:other|||hull screen",
	)
}

// TestListedPlacesNamedWithAnd: a place whose name holds "and" is one
// item of a list, so the places pair when they are as many as the
// changes. Before (hostile check 59) "Brighton and Hove and Medway" was
// read as three names and paired with nothing.
func TestListedPlacesNamedWithAnd(t *testing.T) {
	f64cWant(t, "Screening fell 4pp and 3pp in Telford and Wrekin and Medway in 2022.",
		"4pp=4 other change | 2022 |  | down 4pp | change:other|||screen telford wrekin",
		"3pp=3 other change | 2022 |  | down 3pp | change:other|||medway screen",
	)
	f64cWant(t, "Screening fell 4pp, 3pp and 2pp in Bath and North East Somerset, Leeds and Hull in 2022.",
		"4pp=4 other change | 2022 |  | down 4pp | change:other|||bath east north screen somerset",
		"3pp=3 other change | 2022 |  | down 3pp | change:other|||leed screen",
		"2pp=2 other change | 2022 |  | down 2pp | change:other|||hull screen",
	)
	// Three changes, two places: none paired.
	for _, g := range f64cFigures(t, "Screening fell 4pp, 3pp and 2pp in Brighton and Hove and Medway in 2022.") {
		if strings.Contains(g, "screening in") {
			t.Errorf("%q, want no place paired", g)
		}
	}
}

// TestChangesListedInPointsAndPerCent: a change in per cent listed
// between changes in points is the list's own change, and the one after
// it is read. Before (hostile check 59) the 2pp was lost and the 3% took
// "down 5pp" as its change.
func TestChangesListedInPointsAndPerCent(t *testing.T) {
	f64cWant(t, "Screening fell by 5pp, 3% and 2pp in Leeds, York and Hull in 2022.",
		"5pp=5 other change | 2022 |  | down 5pp | change:other|||leed screen",
		"3%=3 percent change | 2022 |  | down 3% | change:percent|||screen york",
		"2pp=2 other change | 2022 |  | down 2pp | change:other|||hull screen",
	)
}

// TestShareOfAGroupRestatedForAnotherYear: a count stating a share's
// group again for another year is that year's share's base. Before
// (hostile check 59) the 61% of 2021 had the 900 pupils of 2022.
func TestShareOfAGroupRestatedForAnotherYear(t *testing.T) {
	got := f64cFigures(t, "Of the 900 pupils screened in 2022, 38% needed glasses, compared with 1,100 pupils and 61% in 2021.")
	for _, w := range []string{"38%=", "61%="} {
		line := ""
		for _, g := range got {
			if strings.HasPrefix(g, w) {
				line = g
			}
		}
		want := map[string]string{"38%=": "| 900 pupils", "61%=": "| 1,100 pupils"}[w]
		if !strings.HasSuffix(line, want) {
			t.Errorf("%s: %q, want base %q", w, line, want)
		}
	}
}
