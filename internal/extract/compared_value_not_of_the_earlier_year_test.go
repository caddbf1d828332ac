package extract_test

import (
	"strings"
	"testing"
)

// TestAComparedValueIsOfItsLevelsYearNotTheEarlierValues: a place's value
// set beside a level after the level's earlier value ("up from 58% in
// 2022, compared with 71% in England", "rose to 64% in 2023 from 58% in
// 2022, compared with …", "up 6 points from 58% in 2022 and compared
// with …") is of the level's year and measured as the level; a change
// written right after that place's value ("…, up from 69%") is that
// place's earlier value, never the level's. Before (hostile check 68),
// England's 71% took the earlier value's 2022 (once measured "up 6
// points"), and England's 69% was keyed as Kent's.
func TestAComparedValueIsOfItsLevelsYearNotTheEarlierValues(t *testing.T) {
	for _, c := range []struct {
		body, level, compared, place, period string
	}{
		{"In 2023, 64% of children in Kent were seen within 18 weeks, up from 58% in 2022, compared with 71% in England, up from 69%.", "64%", "71%", "England", "2023"},
		{"The share of children in Kent seen within 18 weeks rose to 64% in 2023 from 58% in 2022, compared with 71% in England.", "64%", "71%", "England", "2023"},
		{"In 2023, 64% of children in Kent were seen within 18 weeks, up 6 points from 58% in 2022 and compared with 71% in England.", "64%", "71%", "England", "2023"},
		{"In 2022/23, 1,400 children in Surrey were referred to CAMHS, down from 1,550 in 2021/22, compared with 1,900 in Hampshire.", "1,400 children", "1,900", "Hampshire", "2022/23"},
		{"In 2023, 31% of pupils in Medway had a dental check, up from 27% in 2022, compared with 35% in the South East.", "31%", "35%", "South East", "2023"},
	} {
		level, _ := h62aFigure(t, c.body+"\n", c.level)
		f, ok := h62aFigure(t, c.body+"\n", c.compared)
		if !ok || f.Place != c.place || f.Period != c.period || f.Measure != level.Measure || f.Key == level.Key {
			t.Errorf("%s: %s of %q, %q, measured %q (level's %q), key %q: want %s's, of %s", c.body, c.compared, f.Place, f.Period, f.Measure, level.Measure, f.Key, c.place, c.period)
		}
	}
	body := "In 2023, 64% of children in Kent were seen within 18 weeks, up from 58% in 2022, compared with 71% in England, up from 69%.\n"
	kent, _ := h62aFigure(t, body, "64%")
	england, _ := h62aFigure(t, body, "71%")
	f, _ := h62aFigure(t, body, "69%")
	if f.Place != "England" || f.Key != england.Key || f.Key == kent.Key || strings.Contains(f.Population, "Kent") {
		t.Errorf("England's earlier 69%%: place %q, people %q, key %q: want England's, keyed %q", f.Place, f.Population, f.Key, england.Key)
	}
}

// TestAComparedValueWithItsOwnYearIsMeasuredAsItsLevel: "compared with
// 24% in Medway in 2022/23 and 22% in England" gives Medway's 24% its own
// year and the level's measure, England's 22% the level's year and
// measure and no change from Medway's; "1,200 in Medway in 2022 and 1,100
// the year before" dates the 1,100 2021, with no change from the later
// 1,200. Before (hostile check 68), both were measured "in Medway",
// England's 22% was "down from 24% in 2022/23", and the 1,100 was undated
// and "down from 1,200 in 2022".
func TestAComparedValueWithItsOwnYearIsMeasuredAsItsLevel(t *testing.T) {
	for _, c := range []struct {
		body, level, compared, place, period string
	}{
		{"In 2023, 21% of Year 6 children in Kent were obese, compared with 24% in Medway in 2022/23 and 22% in England.", "21%", "24%", "Medway", "2022/23"},
		{"In 2023, 21% of Year 6 children in Kent were obese, compared with 24% in Medway in 2022/23 and 22% in England.", "21%", "22%", "England", "2023"},
		{"In 2023, 21% of Year 6 children in Kent were obese, compared with 24% in Medway (2022/23) and 22% in England.", "21%", "22%", "England", "2023"},
		{"In 2024, 38% of pupils in Essex had a dental check, compared with 33% in Thurrock in 2022.", "38%", "33%", "Thurrock", "2022"},
	} {
		level, _ := h62aFigure(t, c.body+"\n", c.level)
		f, ok := h62aFigure(t, c.body+"\n", c.compared)
		if !ok || f.Place != c.place || f.Period != c.period || f.Measure != level.Measure || f.Change != "" || f.Key == level.Key {
			t.Errorf("%s: %s of %q, %q, measured %q (level's %q), change %q, key %q: want %s's, of %s, no change", c.body, c.compared, f.Place, f.Period, f.Measure, level.Measure, f.Change, f.Key, c.place, c.period)
		}
	}
	body := "In 2023, 1,400 children in Kent were referred to CAMHS, compared with 1,200 in Medway in 2022 and 1,100 the year before.\n"
	f, _ := h62aFigure(t, body, "1,100")
	if f.Period != "2021" || f.Change != "" || strings.Contains(f.Population+f.Key, "Kent") || strings.Contains(f.Key, "kent") {
		t.Errorf("the 1,100: %q, change %q, people %q, key %q: want of 2021, no change, no Kent", f.Period, f.Change, f.Population, f.Key)
	}
}
