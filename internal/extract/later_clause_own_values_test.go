package extract_test

import (
	"strings"
	"testing"
)

// TestALaterPlacesValueWithItsOwnYearOrEarlierValueIsThatPlaces: a later
// clause's value with a place of its own ("; in Medway, 1,200") and its
// own earlier value, its own year, its own verb or a value compared after
// it is of that place's people (or place), measured as the first clause's
// value is and keyed as that place's; it is of its own year where it
// writes one, else of the first clause's, never an earlier value's; its
// own earlier value is keyed with it. Before (hostile check 66), each was
// of "children in Kent", measured "in Medway", keyed count|kent||medway,
// undated or of the year of Kent's earlier value.
func TestALaterPlacesValueWithItsOwnYearOrEarlierValueIsThatPlaces(t *testing.T) {
	for _, c := range []struct {
		sentence, first, later, period, earlier, earlierPeriod string
	}{
		{"In 2023, 1,400 children in Kent were referred to CAMHS; in Medway, 1,200 (up from 1,050).", "1,400 children", "1,200", "2023", "1,050", ""},
		{"In 2023, 1,400 children in Kent were referred to CAMHS; in Medway, 1,200 in 2022.", "1,400 children", "1,200", "2022", "", ""},
		{"In 2023, 1,400 children in Kent were referred to CAMHS; in 2022, Medway referred 1,200.", "1,400 children", "1,200", "2022", "", ""},
		{"In 2023, 1,400 children in Kent were referred to CAMHS, up from 1,150 in 2022; in Medway, 1,200, up from 1,100.", "1,400 children", "1,200", "2023", "1,100", ""},
		{"In 2023, 1,400 children in Kent were referred to CAMHS (2022: 1,150); in Medway, 1,200 (2022: 1,100).", "1,400 children", "1,200", "2023", "1,100", "2022"},
		{"In 2023, 1,400 children in Kent were referred to CAMHS (up from 1,250); in Medway, 1,200.", "1,400 children", "1,200", "2023", "", ""},
		{"In 2023, 1,400 children in Kent were referred to CAMHS; in Medway, 1,200; and in Surrey, 900.", "1,400 children", "900", "2023", "", ""},
		{"In 2023, 1,400 children in Kent were referred to CAMHS, and 1,200 in Medway.", "1,400 children", "1,200", "2023", "", ""},
		{"In 2023, 1,400 children in Kent were referred to CAMHS, with a further 1,200 in Medway.", "1,400 children", "1,200", "2023", "", ""},
		{"In 2023, 64% of children in Kent were seen within 18 weeks; in Medway, 58%, compared with 71% in England.", "64%", "58%", "2023", "", ""},
		{"In 2023, 64% of children in Kent were seen within 18 weeks, and 58% in Medway, compared with 71% in England.", "64%", "58%", "2023", "", ""},
		{"In 2023, 64% of children in Kent were seen within 18 weeks, short of the 92% target; in Medway, 58%.", "64%", "58%", "2023", "", ""},
		{"In 2023, 1,400 children in Kent were referred to CAMHS; the figure in Medway was 1,200.", "1,400 children", "1,200", "2023", "", ""},
		{"In 2023, 1,400 children in Kent were referred to CAMHS; Medway's figure was 1,200.", "1,400 children", "1,200", "2023", "", ""},
		{"In 2023, 64% of children in Surrey were seen within 18 weeks; the figure for Sussex was 58%.", "64%", "58%", "2023", "", ""},
		{"In 2022/23, 38% of pupils in Surrey were active every day, up from 35% in 2021/22; in Sussex, 41%, up from 40%.", "38%", "41%", "2022/23", "40%", ""},
		{"In 2023, 310 young people in Essex were excluded (2022: 280); in Thurrock, 95 (2022: 90).", "310", "95", "2023", "90", "2022"},
	} {
		body := c.sentence + "\n"
		first, f, firstPlace, ok := laterClausePair(t, c.sentence, c.first, c.later)
		if !ok {
			continue
		}
		if f.Measure != first.Measure || f.Period != c.period || f.Key == first.Key ||
			strings.Contains(f.Population+" "+f.Measure+" "+f.Place, firstPlace) || strings.Contains(f.Key, strings.ToLower(firstPlace)) {
			t.Errorf("%s: %s of people %q, place %q, measured %q, %q, key %q: want the later place's, measured %q, of %s",
				c.sentence, c.later, f.Population, f.Place, f.Measure, f.Period, f.Key, first.Measure, c.period)
		}
		if c.earlier == "" {
			continue
		}
		e, ok := h62aFigure(t, body, c.earlier)
		if !ok || e.Key != f.Key || e.Period != c.earlierPeriod || e.Population != f.Population {
			t.Errorf("%s: the earlier %s (%v) of people %q, %q, key %q: want %s's, %q", c.sentence, c.earlier, ok, e.Population, e.Period, e.Key, c.later, c.earlierPeriod)
		}
	}
}

// TestAClauseAfterAndInPlaceIsNoPlaceOfTheFirst: "…; in Medway, 1,200,
// and in England as a whole, 95,000." gives Kent's 1,400 and Medway's
// 1,200 no place from England, and England's 95,000 is England's, of the
// first's year and measure, keyed apart from both. Before (hostile check
// 66), all three were placed in England, and the 95,000 keyed as Medway's.
func TestAClauseAfterAndInPlaceIsNoPlaceOfTheFirst(t *testing.T) {
	for _, s := range []string{
		"In 2023, 1,400 children in Kent were referred to CAMHS; in Medway, 1,200, and in England as a whole, 95,000.",
		"In 2023, 1,400 children in Kent were referred to CAMHS; in Medway, 1,200, and in England overall, 95,000.",
	} {
		body := s + "\n"
		k, _ := h62aFigure(t, body, "1,400 children")
		m, _ := h62aFigure(t, body, "1,200")
		e, ok := h62aFigure(t, body, "95,000")
		if k.Place != "" || m.Place != "" || !ok || e.Place != "England" || e.Period != "2023" || e.Measure != k.Measure ||
			e.Key == m.Key || e.Key == k.Key || strings.Contains(e.Population, "Kent") || strings.Contains(e.Population, "Medway") {
			t.Errorf("%s: Kent's place %q, Medway's %q; England's 95,000 (%v) place %q, %q, people %q, measured %q, key %q (Medway's %q)",
				s, k.Place, m.Place, ok, e.Place, e.Period, e.Population, e.Measure, e.Key, m.Key)
		}
	}
}

// TestAWaitingListsLevelIsRead: a waiting list, a caseload or a backlog,
// with a place's possessive before it or none, is a subject whose level a
// bare count gives, "Kent's waiting list was 900 in March 2024": the 900
// is a count of its month, and the value it fell from a year earlier and
// another place's compared with it are keyed without "#900". Before
// (hostile check 66), the 900 was no figure, and the 1,100 measured
// "kent's waiting list was 900".
func TestAWaitingListsLevelIsRead(t *testing.T) {
	for _, c := range []struct{ sentence, level, period string }{
		{"Kent's waiting list was 900 in March 2024, down from 1,100 a year earlier and compared with 400 in Medway.", "900", "March 2024"},
		{"The waiting list was 900 in March 2024.", "900", "March 2024"},
		{"Medway's caseload stood at 450 in 2023.", "450", "2023"},
		{"The backlog reached 620 in June 2023, compared with 310 in Swale.", "620", "June 2023"},
	} {
		body := c.sentence + "\n"
		f, ok := h62aFigure(t, body, c.level)
		if !ok || f.Period != c.period || f.Unit != "count" {
			t.Errorf("%s: %s read %v as %s of %q, want a count of %s", c.sentence, c.level, ok, f.Unit, f.Period, c.period)
		}
		for _, other := range []string{"1,100", "400", "310"} {
			if g, ok := h62aFigure(t, body, other); ok && strings.Contains(g.Key, "#"+strings.ReplaceAll(c.level, ",", "")) {
				t.Errorf("%s: %s keyed %q, with the level's digits", c.sentence, other, g.Key)
			}
		}
	}
	if f, ok := h62aFigure(t, "Kent's waiting list was 900 in March 2024, down from 1,100 a year earlier.\n", "1,100"); !ok || f.Period != "March 2023" {
		t.Errorf("the 1,100 (%v) of %q, want March 2023", ok, f.Period)
	}
}
