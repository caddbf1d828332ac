package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestOneWorkerForEveryNPeopleIsOneRatio: "one health visitor for every
// 3,100 families" is one figure, the families to one worker (a rate, unit other, as
// the development set's convention has it; "one therapist per 1,850
// children" the same ratio), its text the whole ratio and its
// measure "families per health visitor"; its "one" no count of its own,
// and an earlier "1 for every 2,200" the same ratio's. Before (hostile
// check 61) its text was "3,100 families", measuring "there is 1 health
// visitor for every", with a count of 1 beside it: pasted alone, "3,100
// families" was a false figure.
func TestOneWorkerForEveryNPeopleIsOneRatio(t *testing.T) {
	for _, c := range []struct {
		s, text, measure, pop string
		value                 float64
		unit                  evidence.Unit
	}{
		{"There is 1 health visitor for every 3,100 families in Westshire, compared with 1 for every 2,200 in 2015.", "1 health visitor for every 3,100 families", "families per health visitor", "families in Westshire", 3100, evidence.UnitOther},
		{"In 2023 there was one school nurse for every 5,200 pupils in the county.", "one school nurse for every 5,200 pupils", "pupils per school nurse", "pupils in the county", 5200, evidence.UnitOther},
		{"That leaves roughly one qualified speech therapist per 1,850 children.", "roughly one qualified speech therapist per 1,850 children", "children per qualified speech therapist", "children", 1850, evidence.UnitOther},
	} {
		figs := itemFiguresOf(t, c.s)
		found := false
		for _, f := range figs {
			if f.Value == 1 {
				t.Errorf("%q: a figure of 1, %q", c.s, f.Text)
			}
			if f.Value == c.value {
				found = true
				if f.Text != c.text || f.Unit != c.unit || f.Measure != c.measure {
					t.Errorf("%q: %q (%s) measuring %q; want %q (%s) measuring %q", c.s, f.Text, f.Unit, f.Measure, c.text, c.unit, c.measure)
				}
				if f.Population != c.pop {
					t.Errorf("%q: population %q, want %q", c.s, f.Population, c.pop)
				}
			}
		}
		if !found {
			t.Errorf("%q: no figure of %g in %+v", c.s, c.value, figs)
		}
	}
}

// TestEarlierValueOfARatioIsItsOwn: "compared with 1 for every 2,200 in
// 2015" is the same ratio's earlier value, of the same families, keyed as
// the ratio is and named in its change. Before, read as a count, its
// people were "health visitor for families", and the change was lost.
func TestEarlierValueOfARatioIsItsOwn(t *testing.T) {
	s := "There is 1 health visitor for every 3,100 families in Westshire, compared with 1 for every 2,200 in 2015."
	figs := itemFiguresOf(t, s)
	if len(figs) != 2 {
		t.Fatalf("%q: %+v, want two figures", s, figs)
	}
	if figs[1].Key != figs[0].Key || figs[1].Population != figs[0].Population || figs[1].Period != "2015" {
		t.Errorf("earlier value: key %q population %q period %q; want key %q, its partner's people, 2015", figs[1].Key, figs[1].Population, figs[1].Period, figs[0].Key)
	}
	if !strings.Contains(figs[0].Change, "2,200") {
		t.Errorf("change %q, want it from 1 for every 2,200", figs[0].Change)
	}
}

// TestOneForEveryPowerOfTenIsARate: "one death for every 1,000 births" is
// a rate of 1 per 1,000 as "4 deaths for every 1,000" is, never a count of
// 1,000 births; "1:350" stays no figure.
func TestOneForEveryPowerOfTenIsARate(t *testing.T) {
	for _, f := range itemFiguresOf(t, "There was one stillbirth for every 1,000 births in the unit.") {
		if f.Value != 1 || f.Unit != evidence.UnitOther {
			t.Errorf("one stillbirth for every 1,000: %q %g %s, want a rate of 1", f.Text, f.Value, f.Unit)
		}
	}
	if figs := itemFiguresOf(t, "The staffing ratio was 1:350 on the ward."); len(figs) != 0 {
		t.Errorf("1:350: %+v, want no figure", figs)
	}
}

// TestRatioKeepsItsGroupAndPlace: a ratio's people are the group the
// sentence names from their word on, "children aged under five", "children
// under five in Kent", and its key holds the group and the place as a count
// of those children does: the age band "under 5" (written in words or
// not) and the place. Before (hostile check 62) both were of "children",
// keyed as a ratio for all children anywhere.
func TestRatioKeepsItsGroupAndPlace(t *testing.T) {
	for _, c := range []struct{ s, pop, inKey string }{
		{"There is one health visitor for every 2,700 children aged under five.", "children aged under five", "|under 5|"},
		{"There is one health visitor for every 3,900 children under five in Northshire.", "children under five in Northshire", "northshir"},
	} {
		figs := itemFiguresOf(t, c.s)
		if len(figs) != 1 {
			t.Fatalf("%q: %+v, want one figure", c.s, figs)
		}
		f := figs[0]
		if f.Population != c.pop || f.Measure != "children per health visitor" {
			t.Errorf("%q: population %q measuring %q; want %q, children per health visitor", c.s, f.Population, f.Measure, c.pop)
		}
		if !strings.Contains(f.Key, c.inKey) {
			t.Errorf("%q: key %q, want %q among its groups", c.s, f.Key, c.inKey)
		}
	}
}

// TestRatioWrittenToEveryOrAsNToOne: "one nurse to every 3,100 pupils" and
// "the ratio of pupils to school nurses was 3,700 to 1" are the ratio of
// "one school nurse for every N pupils", one rate each measuring "pupils
// per ..." and keyed as that ratio is. Before (hostile check 62) the first
// measured "ratio was one nurse to every" with a 1 in its key, the second
// "ratio of pupils to school nurses was 1".
func TestRatioWrittenToEveryOrAsNToOne(t *testing.T) {
	want := itemFiguresOf(t, "In 2024 there was one school nurse for every 3,300 pupils.")
	for _, c := range []struct {
		s, text, measure string
		value            float64
	}{
		{"The ratio was one nurse to every 3,100 pupils in 2024.", "one nurse to every 3,100 pupils", "pupils per nurse", 3100},
		{"The ratio of pupils to school nurses was 3,700 to 1 in 2024.", "ratio of pupils to school nurses was 3,700 to 1", "pupils per school nurse", 3700},
	} {
		figs := itemFiguresOf(t, c.s)
		if len(figs) != 1 {
			t.Errorf("%q: %+v, want one figure", c.s, figs)
			continue
		}
		f := figs[0]
		if f.Value != c.value || f.Text != c.text || f.Measure != c.measure || f.Population != "pupils" || f.Unit != evidence.UnitOther {
			t.Errorf("%q: %g %q (%s) measuring %q of %q; want %g %q other measuring %q of pupils", c.s, f.Value, f.Text, f.Unit, f.Measure, f.Population, c.value, c.text, c.measure)
		}
		if strings.Contains(f.Key, "#1") {
			t.Errorf("%q: key %q holds the one", c.s, f.Key)
		}
	}
	if figs := itemFiguresOf(t, "The ratio of pupils to school nurses was 3,700 to 1 in 2024."); len(want) == 1 && len(figs) == 1 && figs[0].Key != want[0].Key {
		t.Errorf("ratio of: key %q, want %q as one for every", figs[0].Key, want[0].Key)
	}
}

// TestEarlierValueOfAPerRatioIsKept: "down from one per 2,000 in 2015"
// after "one school nurse per 2,600 pupils" is the ratio's earlier value,
// as "one for every 2,000" is; a bare "1 per 2,500" with no ratio before
// it stays no figure of its own. Before (hostile check 62) the 2015 value
// was lost.
func TestEarlierValueOfAPerRatioIsKept(t *testing.T) {
	s := "There was one school nurse per 2,800 pupils in 2024, down from one per 2,100 in 2016."
	figs := itemFiguresOf(t, s)
	if len(figs) != 2 {
		t.Fatalf("%q: %+v, want two figures", s, figs)
	}
	if figs[1].Value != 2100 || figs[1].Key != figs[0].Key || figs[1].Period != "2016" {
		t.Errorf("earlier value: %g key %q period %q; want 2100 keyed %q, 2016", figs[1].Value, figs[1].Key, figs[1].Period, figs[0].Key)
	}
	if !strings.Contains(figs[0].Change, "2,100") {
		t.Errorf("change %q, want it from one per 2,100", figs[0].Change)
	}
}

// TestRatioIsOneUnitAndKeyInEveryWording: "one school nurse per 2,900
// pupils", "... for every ...", "... to every ..." and "the ratio of pupils
// to school nurses was 2,900 to 1" are one ratio: one rate, one measure,
// one key, so a comparison of figures sets them side by side. Before
// (hostile check 62) "per" was unit other and keyed apart from the rest.
func TestRatioIsOneUnitAndKeyInEveryWording(t *testing.T) {
	var first evidence.Figure
	for i, s := range []string{
		"In 2022 there was one school nurse per 2,900 pupils.",
		"In 2022 there was one school nurse for every 2,900 pupils.",
		"In 2022 there was one school nurse to every 2,900 pupils.",
		"In 2022 the ratio of pupils to school nurses was 2,900 to 1.",
		"In 2022 there was 1 school nurse per 2,900 pupils.",
	} {
		figs := itemFiguresOf(t, s)
		if len(figs) != 1 {
			t.Errorf("%q: %+v, want one figure", s, figs)
			continue
		}
		f := figs[0]
		if f.Value != 2900 || f.Unit != evidence.UnitOther || f.Measure != "pupils per school nurse" {
			t.Errorf("%q: %g (%s) measuring %q; want 2900 other measuring pupils per school nurse", s, f.Value, f.Unit, f.Measure)
		}
		if i == 0 {
			first = f
		} else if f.Key != first.Key {
			t.Errorf("%q: key %q, want %q as the per form's", s, f.Key, first.Key)
		}
	}
}

// TestRatioWrittenToOrAsNColonOneOrOfEachWorker: "one school nurse to
// 2,700 pupils" (no "every"), "each school nurse covers 2,700 pupils on
// average" and "the pupil to nurse ratio was 2,700:1" are the ratio "one
// school nurse for every 2,700 pupils" is: one rate of pupils, its text
// the whole ratio, keyed as that ratio (the last "pupils per nurse", as
// it names no school nurse); never a count of 1, nor pupils "on average".
// Before (hostile check 63) the first measured "there is one school
// nurse" with its one in the key, the second counted "pupils on
// average", the third gave 2,700 undated and a count of 1 dated 2023.
func TestRatioWrittenToOrAsNColonOneOrOfEachWorker(t *testing.T) {
	want := itemFiguresOf(t, "In 2022 there was one school nurse for every 2,700 pupils.")
	if len(want) != 1 {
		t.Fatalf("for every: %+v, want one figure", want)
	}
	for _, c := range []struct {
		s, text, measure, period string
		sameKey                  bool
	}{
		{"In 2022 there was one school nurse to 2,700 pupils.", "one school nurse to 2,700 pupils", "pupils per school nurse", "2022", true},
		{"In 2022 each school nurse covered 2,700 pupils on average.", "each school nurse covered 2,700 pupils", "pupils per school nurse", "2022", true},
		{"The pupil to nurse ratio was 2,700:1 in 2022.", "pupil to nurse ratio was 2,700:1", "pupils per nurse", "2022", false},
		{"The pupil-to-school-nurse ratio was 2,700 to 1 in 2022.", "pupil-to-school-nurse ratio was 2,700 to 1", "pupils per school nurse", "2022", true},
	} {
		figs := itemFiguresOf(t, c.s)
		if len(figs) != 1 {
			t.Errorf("%q: %+v, want one figure", c.s, figs)
			continue
		}
		f := figs[0]
		if f.Value != 2700 || f.Unit != evidence.UnitOther || f.Text != c.text || f.Measure != c.measure || f.Population != "pupils" || f.Period != c.period {
			t.Errorf("%q: %g %q (%s) measuring %q of %q in %q; want 2700 %q other measuring %q of pupils in %s", c.s, f.Value, f.Text, f.Unit, f.Measure, f.Population, f.Period, c.text, c.measure, c.period)
		}
		if c.sameKey && f.Key != want[0].Key {
			t.Errorf("%q: key %q, want %q as for every", c.s, f.Key, want[0].Key)
		}
	}
}

// TestGivingToPeopleIsNoRatio: "to" after one thing that is no worker,
// or after "from", joins no ratio: "sent one letter to 3,000 parents" is
// a count of parents, "grew from one nurse to 12 nurses" a count of
// nurses, and no figure measures "parents per letter".
func TestGivingToPeopleIsNoRatio(t *testing.T) {
	for _, c := range []struct {
		s    string
		text string
	}{
		{"We sent one letter to 3,000 parents in May.", "3,000 parents"},
		{"The team delivered one session to 120 parents in 2023.", "120 parents"},
		{"The service grew from one nurse to 12 nurses in 2023.", "12 nurses"},
	} {
		figs := itemFiguresOf(t, c.s)
		if len(figs) != 1 || figs[0].Text != c.text || strings.Contains(figs[0].Measure, " per ") {
			t.Errorf("%q: %+v, want one figure %q and no ratio", c.s, figs, c.text)
		}
	}
}

// TestRatioTheOtherWayRoundKeysItsAgeInWords: "one health visitor to every
// 500 children under five in 2024, up from one to every 420 in 2021" keys
// both values with the age band "under 5", as "for every 2,500 children
// aged under five" is keyed. Before (hostile check 63), its key held no
// group at all.
func TestRatioTheOtherWayRoundKeysItsAgeInWords(t *testing.T) {
	aged := itemFiguresOf(t, "There is one health visitor for every 2,500 children aged under five.")
	figs := itemFiguresOf(t, "The caseload was one health visitor to every 500 children under five in 2024, up from one to every 420 in 2021.")
	if len(figs) != 2 || len(aged) != 1 {
		t.Fatalf("%+v and %+v, want two figures and one", figs, aged)
	}
	for _, f := range figs {
		if f.Key != aged[0].Key || !strings.Contains(f.Key, "|under 5|") {
			t.Errorf("%g: key %q, want %q, its age band under 5", f.Value, f.Key, aged[0].Key)
		}
	}
	if figs[0].Period != "2024" || figs[1].Period != "2021" || figs[1].Value != 420 {
		t.Errorf("periods %q and %q (%g), want 2024 and 2021's 420", figs[0].Period, figs[1].Period, figs[1].Value)
	}
}

// TestARatioToAnAgeGroupWordIsWhole: "one health visitor for every 2,400
// under-fives" is one ratio whose text names the under-fives whole, its
// measure "children per health visitor" and its group the age under 5,
// keyed as "for every 2,400 children under five" is. Before (hostile
// check 64), its text ended "2,400 under", its people "under", and the
// measure's key held "under-f".
func TestARatioToAnAgeGroupWordIsWhole(t *testing.T) {
	a := itemFiguresOf(t, "Eastvale has one health visitor for every 2,400 under-fives in the district.")
	b := itemFiguresOf(t, "Eastvale has one health visitor for every 2,400 children under five in the district.")
	if len(a) != 1 || len(b) != 1 {
		t.Fatalf("figures %+v and %+v, want one each", a, b)
	}
	if a[0].Text != "one health visitor for every 2,400 under-fives" || a[0].Measure != "children per health visitor" || !strings.Contains(a[0].Population, "under-fives") {
		t.Errorf("under-fives: %q measuring %q of %q", a[0].Text, a[0].Measure, a[0].Population)
	}
	if a[0].Key != b[0].Key || !strings.Contains(a[0].Key, "under 5") {
		t.Errorf("keys %q and %q, want one, of the under 5s", a[0].Key, b[0].Key)
	}
	// Near-miss: a hyphenated word that is no age group stays a people word.
	c := itemFiguresOf(t, "There is one support worker for every 40 care-leavers.")
	if len(c) != 1 || c[0].Measure != "care-leavers per support worker" {
		t.Errorf("care-leavers: %+v", c)
	}
}

// TestAChildsAgeInMonthsIsItsGroup: "children aged under 18 months" are
// the group, the age under 18 months in its key, and the count measures
// what was done to them. Before (hostile check 64), the group was
// "children aged under" and the measure "18 months were referred".
func TestAChildsAgeInMonthsIsItsGroup(t *testing.T) {
	figs := itemFiguresOf(t, "In 2024, 640 babies aged under 12 months were seen by the service.")
	if len(figs) != 1 || figs[0].Population != "babies aged under 12 months" || strings.Contains(figs[0].Measure, "month") || !strings.Contains(figs[0].Key, "under 12 months") {
		t.Errorf("%+v, want babies aged under 12 months, keyed by that age", figs)
	}
	// Near-miss: a wait "under 18 months" is no age.
	figs = itemFiguresOf(t, "In 2024, 640 children waited under 18 months for an assessment.")
	for _, f := range figs {
		if strings.Contains(f.Key, "under 18") {
			t.Errorf("a wait keyed as an age: %+v", f)
		}
	}
}
