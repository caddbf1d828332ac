package extract_test

import "testing"

// TestACompareValuesOwnEarlierBracketIsItsOwn: a bracket of earlier
// values written after a compared value's place, "compared with 71% in
// England (2022: 74%)", is that value's: the earlier value is England's,
// of its year, never the local level's change; the compared value keeps
// its level's year; a value listed after the bracket, "… (2022: 69%) and
// 58% in Medway", is compared as the first is, of its own place and the
// level's year (hostile check 68). Before, Kent's 64% was "down from 74%
// in 2022" (England's), England's 71% was undated, and Medway's 58% was
// of "children in Kent", keyed as Kent's.
func TestACompareValuesOwnEarlierBracketIsItsOwn(t *testing.T) {
	for _, c := range []struct {
		sentence                        string
		level, compared, earlier, later string
	}{
		{"In 2023, 64% of children in Kent were seen within 18 weeks (2022: 58%), compared with 71% in England (2022: 74%).", "64%", "71%", "74%", ""},
		{"In 2023, 64% of children in Kent were seen within 18 weeks, compared with 71% in England (2022: 74%).", "64%", "71%", "74%", ""},
		{"In 2023, 64% of children in Kent were seen within 18 weeks, compared with 71% in England (2022: 69%) and 58% in Medway.", "64%", "71%", "69%", "58%"},
	} {
		figs := figuresF70a(t, c.sentence)
		l, _ := figureF70a(figs, c.level)
		if l.Change != "" && l.Change != "up from 58% in 2022" {
			t.Errorf("%s: Kent's %s has change %q", c.sentence, l.Text, l.Change)
		}
		o, _ := figureF70a(figs, c.compared)
		if o.Place != "England" || o.Period != "2023" || o.Key != "percent|||#<18w seen week" {
			t.Errorf("%s: %s placed %q of %q keyed %q, want England's of 2023", c.sentence, o.Text, o.Place, o.Period, o.Key)
		}
		e, _ := figureF70a(figs, c.earlier)
		if e.Place != "England" || e.Period != "2022" {
			t.Errorf("%s: %s placed %q of %q, want England's of 2022", c.sentence, e.Text, e.Place, e.Period)
		}
		if c.later == "" {
			continue
		}
		if m, _ := figureF70a(figs, c.later); m.Place != "Medway" || m.Period != "2023" || m.Population == "children in Kent" {
			t.Errorf("%s: %s placed %q of %q, people %q, want Medway's of 2023", c.sentence, m.Text, m.Place, m.Period, m.Population)
		}
	}
}
