package extract_test

import "testing"

// TestEachBracketedLabelsOwnYearIsItsValues: in a comparator bracket
// whose labels each name their year in brackets of their own,
// "(England average (2022/23): 71%; Medway (2022): 58%)", "(South East
// average (2022): 69%, England average (2022): 71%)", each value is of
// its own label's place and year, and the level keeps the sentence's
// year and a measure without the labels (hostile check 68). Before,
// Kent's 64% of 2023 was dated 2022/23 and measured "( average:;
// Medway:)", Medway's 58% was placed in England, and England's 71% was
// placed in the South East, both dated 2023.
func TestEachBracketedLabelsOwnYearIsItsValues(t *testing.T) {
	type want struct{ place, period, key string }
	for _, c := range []struct {
		sentence string
		values   map[string]want
	}{
		{"In 2023, 64% of children in Kent were seen within 18 weeks (England average (2022/23): 71%; Medway (2022): 58%).",
			map[string]want{"64%": {"", "2023", "percent|kent||#<18w seen week"}, "71%": {"England", "2022/23", "percent|||#<18w seen week"}, "58%": {"", "2022", "percent|||#<18w medway seen week"}}},
		{"In 2023, 64% of children in Kent were seen within 18 weeks (South East average (2022): 69%, England average (2022): 71%).",
			map[string]want{"64%": {"", "2023", "percent|kent||#<18w seen week"}, "69%": {"South East", "2022", "percent|||#<18w seen week"}, "71%": {"England", "2022", "percent|||#<18w seen week"}}},
		{"In 2023/24, 1,240 children in Kent were referred to CAMHS (England (2022/23): 95,000; South East (2022-23): 14,100).",
			map[string]want{"1,240 children": {"", "2023/24", "count|kent||camh refer"}, "95,000": {"England", "2022/23", "count|||camh refer"}, "14,100": {"South East", "2022/23", "count|||camh refer"}}},
	} {
		figs := figuresF70a(t, c.sentence)
		for v, w := range c.values {
			f, ok := figureF70a(figs, v)
			if !ok || f.Place != w.place || f.Period != w.period || f.Key != w.key {
				t.Errorf("%s: %s placed %q of %q keyed %q, want %q of %q keyed %q", c.sentence, v, f.Place, f.Period, f.Key, w.place, w.period, w.key)
			}
		}
	}
}
