package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// pairCaseF70a is one value of a sentence whose values "respectively"
// pairs with places or periods: what it is, its role, and the place (in
// its Place or at the end of its measure) and period it must have.
type pairCaseF70a struct {
	text  string
	unit  evidence.Unit
	role  evidence.Role
	place string
	per   string
}

// checkPairsF70a reads sentence and checks each value in want.
func checkPairsF70a(t *testing.T, sentence string, want []pairCaseF70a) {
	t.Helper()
	figs := figuresF70a(t, sentence)
	for _, w := range want {
		f, ok := figureF70a(figs, w.text)
		if !ok {
			t.Errorf("%s: no figure %q (got %v)", sentence, w.text, figs)
			continue
		}
		if f.Unit != w.unit || f.Role != w.role {
			t.Errorf("%s: %s is %s %q, want %s %q", sentence, w.text, f.Unit, f.Role, w.unit, w.role)
		}
		if f.Period != w.per {
			t.Errorf("%s: %s of period %q, want %q", sentence, w.text, f.Period, w.per)
		}
		if w.place != "" && f.Place != w.place && !hasSuffixFoldF70a(f.Measure, " in "+w.place) {
			t.Errorf("%s: %s of place %q, measured %q: want %s", sentence, w.text, f.Place, f.Measure, w.place)
		}
		if containsFoldF70a(f.Measure+" "+f.Population+" "+f.Key, "respect") {
			t.Errorf("%s: %s measured %q, people %q, key %q: \"respectively\" read as words of it", sentence, w.text, f.Measure, f.Population, f.Key)
		}
	}
}

// TestChangesListedRespectivelyPairWithTheirPlaces: changes of one unit
// after one verb, in per cent, in weeks or in numbers, pair with the
// places or periods "respectively" points to, wherever the list stands,
// as changes in points already did: "In Leeds and the South West,
// admissions fell by 14% and 6% respectively in 2022" is down 14% in
// Leeds and down 6% in the South West. Before (hostile check 62), the 6%
// was no change, measured "respectively" with the 14%'s change, and
// neither had a place; "fell by 4 and 3 weeks respectively" kept only
// the 3 weeks, the 4 in its measure; "fell by 250 and 150 respectively"
// gave no figure.
func TestChangesListedRespectivelyPairWithTheirPlaces(t *testing.T) {
	down := evidence.RoleChange
	checkPairsF70a(t, "In Leeds and the South West, admissions fell by 14% and 6% respectively in 2022.", []pairCaseF70a{
		{"14%", evidence.UnitPercent, down, "Leeds", "2022"},
		{"6%", evidence.UnitPercent, down, "South West", "2022"},
	})
	checkPairsF70a(t, "Admissions rose by 14% and 6% respectively in Leeds and the South West in 2022.", []pairCaseF70a{
		{"14%", evidence.UnitPercent, down, "Leeds", "2022"},
		{"6%", evidence.UnitPercent, down, "South West", "2022"},
	})
	checkPairsF70a(t, "Admissions fell by 14%, 6% and 5% in Dorset, Devon and Cornwall in 2022.", []pairCaseF70a{
		{"14%", evidence.UnitPercent, down, "Dorset", "2022"},
		{"6%", evidence.UnitPercent, down, "Devon", "2022"},
		{"5%", evidence.UnitPercent, down, "Cornwall", "2022"},
	})
	checkPairsF70a(t, "Waits for therapy fell by 4 and 3 weeks respectively in Dorset and Devon in 2022.", []pairCaseF70a{
		{"4", evidence.UnitWeeks, down, "Dorset", "2022"},
		{"3 weeks", evidence.UnitWeeks, down, "Devon", "2022"},
	})
	checkPairsF70a(t, "In Dorset and Devon, admissions fell by 250 and 150 respectively in 2022.", []pairCaseF70a{
		{"250", evidence.UnitCount, down, "Dorset", "2022"},
		{"150", evidence.UnitCount, down, "Devon", "2022"},
	})
	for _, f := range figuresF70a(t, "Admissions fell by 14% and 6% respectively in Leeds and the South West in 2022.") {
		if f.Change != "down "+f.Text {
			t.Errorf("%s's change is %q, want its own", f.Text, f.Change)
		}
	}
}

// TestValuesListedRespectivelyPairWithTheirPeriodsOrPlaces: levels listed
// "respectively" pair with the periods or places listed before or after
// them: "In 2021 and 2022 respectively, 410 and 450 pupils were
// excluded" is 410 of 2021 and 450 of 2022; "In Q2, Q3 and Q4 2022,
// admissions were 510, 530 and 560 respectively" each of its quarter;
// "Admissions in Dorset and Devon were 510 and 330 respectively in 2022"
// each of its county. Before (hostile check 62), the first gave one
// figure, 450 of 2021, and the others none.
func TestValuesListedRespectivelyPairWithTheirPeriodsOrPlaces(t *testing.T) {
	checkPairsF70a(t, "In 2021 and 2022 respectively, 410 and 450 pupils were excluded.", []pairCaseF70a{
		{"410", evidence.UnitCount, "", "", "2021"},
		{"450 pupils", evidence.UnitCount, "", "", "2022"},
	})
	checkPairsF70a(t, "In Q2, Q3 and Q4 2022, admissions were 510, 530 and 560 respectively.", []pairCaseF70a{
		{"510", evidence.UnitCount, "", "", "Q2 2022"},
		{"530", evidence.UnitCount, "", "", "Q3 2022"},
		{"560", evidence.UnitCount, "", "", "Q4 2022"},
	})
	checkPairsF70a(t, "Admissions in Dorset and Devon were 510 and 330 respectively in 2022.", []pairCaseF70a{
		{"510", evidence.UnitCount, "", "Dorset", "2022"},
		{"330", evidence.UnitCount, "", "Devon", "2022"},
	})
	checkPairsF70a(t, "In Dorset and Devon, admissions were 510 and 330 respectively in 2022.", []pairCaseF70a{
		{"510", evidence.UnitCount, "", "Dorset", "2022"},
		{"330", evidence.UnitCount, "", "Devon", "2022"},
	})
}

// TestListsOfOtherLengthsPairNothing: where the values and the places or
// periods "respectively" pairs are not as many, nothing says which is
// whose: every value is read, of the list's one measure, with no place
// and no period from the list (a year said once after it still dates
// them all), never the first name given to the first value. And lists
// with no "respectively" and no names after them list no changes.
func TestListsOfOtherLengthsPairNothing(t *testing.T) {
	for _, c := range []struct {
		sentence, per string
		texts         []string
	}{
		{"In 2021 and 2022 respectively, 410, 450 and 480 pupils were excluded.", "", []string{"410", "450", "480 pupils"}},
		{"In Q2 and Q3 2022, admissions were 510, 530 and 560 respectively.", "", []string{"510", "530", "560"}},
		{"Admissions in Dorset and Devon were 510, 330 and 120 respectively in 2022.", "2022", []string{"510", "330", "120"}},
		{"Admissions in Dorset, Devon and Cornwall were 510 and 330 respectively in 2022.", "2022", []string{"510", "330"}},
	} {
		figs := figuresF70a(t, c.sentence)
		var first evidence.Figure
		for i, text := range c.texts {
			f, ok := figureF70a(figs, text)
			if !ok {
				t.Errorf("%s: no figure %q (got %v)", c.sentence, text, figs)
				continue
			}
			if i == 0 {
				first = f
			}
			if f.Period != c.per || f.Place != "" || f.Measure != first.Measure || f.Key != first.Key {
				t.Errorf("%s: %s of period %q, place %q, measured %q (%s); want period %q, no place, the first's measure %q (%s)",
					c.sentence, text, f.Period, f.Place, f.Measure, f.Key, c.per, first.Measure, first.Key)
			}
			for _, name := range []string{"in Dorset", "in Devon", "in Cornwall", "respectively"} {
				if hasSuffixFoldF70a(f.Measure, name) {
					t.Errorf("%s: %s measured %q: paired with a name it may not be of", c.sentence, text, f.Measure)
				}
			}
		}
	}
	// No "respectively", no names listed after: one change, then a share.
	figs := figuresF70a(t, "Admissions fell by 14% and 6% of children were seen within 18 weeks.")
	if f, ok := figureF70a(figs, "6%"); !ok || f.Role == evidence.RoleChange {
		t.Errorf("6%% of children seen read %v as role %q, want a share, no change", ok, f.Role)
	}
	figs = figuresF70a(t, "Admissions fell by 14% and 6% in 2022.")
	if f, _ := figureF70a(figs, "6%"); f.Role == evidence.RoleChange && f.Place != "" {
		t.Errorf("6%% given a place %q with no list of places", f.Place)
	}
}
