package extract_test

import "testing"

// TestASampleIsOnlyItsOwnValuesAcrossAComparison: a sample size stated
// for one value, in brackets after it, its people or its place ("64% of
// children in Kent (n=1,200)", "71% in England (n=54,000)"), or a group
// counted before a comparison ("64% of 1,200 children in Kent …, compared
// with 71% in England"), is no base of a value compared with it; a
// compared value with its own bracket has that one (hostile check 68).
// Before, England's 71% had Kent's n=1,200, Kent's 64% England's
// n=54,000, and Medway's 58% of "(n=900)" was keyed as Kent's, measured
// "in Medway".
func TestASampleIsOnlyItsOwnValuesAcrossAComparison(t *testing.T) {
	for _, c := range []struct {
		sentence string
		bases    map[string]string // value → its base ("" none)
		places   map[string]string // value → its place
	}{
		{"In 2023, 64% of children in Kent (n=1,200) were seen within 18 weeks, compared with 71% in England.",
			map[string]string{"64%": "n=1,200", "71%": ""}, map[string]string{"71%": "England"}},
		{"In 2023, 64% of children in Kent were seen within 18 weeks (n=1,200), compared with 71% (n=54,000) in England.",
			map[string]string{"64%": "n=1,200", "71%": "n=54,000"}, map[string]string{"71%": "England"}},
		{"In 2023, 64% of children in Kent were seen within 18 weeks, compared with 71% in England (n=54,000) and 58% in Medway (n=900).",
			map[string]string{"64%": "", "71%": "n=54,000", "58%": "n=900"}, map[string]string{"71%": "England", "58%": "Medway"}},
		{"Of the children surveyed in Medway (n=1,200), 64% said they felt safe, compared with 71% in Kent.",
			map[string]string{"64%": "n=1,200", "71%": ""}, map[string]string{"71%": "Kent"}},
		{"64% of 1,200 children in Kent were seen within 18 weeks, compared with 71% in England.",
			map[string]string{"64%": "1,200 children", "71%": ""}, map[string]string{"71%": "England"}},
		{"1 in 5 children in Kent (n=2,000) were obese, compared with 1 in 4 in Medway.",
			map[string]string{"1 in 5": "n=2,000", "1 in 4": ""}, map[string]string{"1 in 4": "Medway"}},
		{"In 2023/24, 38% (n=2,345) of Year 10 pupils in Surrey said they had felt lonely, compared with 41% (n=1,876) in Hampshire.",
			map[string]string{"38%": "n=2,345", "41%": "n=1,876"}, map[string]string{"41%": "Hampshire"}},
	} {
		figs := figuresF70a(t, c.sentence)
		for v, base := range c.bases {
			f, ok := figureF70a(figs, v)
			if !ok || f.Base != base {
				t.Errorf("%s: %s has base %q, want %q", c.sentence, v, f.Base, base)
			}
		}
		for v, place := range c.places {
			if f, _ := figureF70a(figs, v); f.Place != place || f.Period == "" && c.sentence[:3] == "In " {
				t.Errorf("%s: %s placed %q of %q, want %q and the sentence's year", c.sentence, v, f.Place, f.Period, place)
			}
		}
	}
}

// TestASampleOrIntervalBracketIsNoWordOfTheMeasure: a bracket after a
// value saying only how large its sample is or how sure it is, "(n=1,200
// children)", "(base: 1,200)", "(sample: 1,200)", "(95% CI 61% to 67%)",
// "(20.1% to 22.5%)", stands between the value and its people and is no
// word of its measure or key, nor of a compared value's (hostile check
// 68). Before, "(base: 1,200)" made 1,200 a level of children seen, and
// the interval was in Kent's and England's keys ("#61 #67 #95 ci").
func TestASampleOrIntervalBracketIsNoWordOfTheMeasure(t *testing.T) {
	for _, c := range []struct {
		sentence, level, key, base, other, otherKey string
	}{
		{"In 2023, 64% (n=1,200 children) of children in Kent were seen within 18 weeks, compared with 58% in Medway.", "64%", "percent|kent||#<18w seen week", "n=1,200", "58%", "percent|||#<18w seen week"},
		{"In 2023, 64% (base: 1,200) of children in Kent were seen within 18 weeks, compared with 58% in Medway.", "64%", "percent|kent||#<18w seen week", "base: 1,200", "58%", "percent|||#<18w seen week"},
		{"In 2023, 64% of children in Kent were seen within 18 weeks (sample: 1,200), compared with 71% in England.", "64%", "percent|kent||#<18w seen week", "sample: 1,200", "71%", "percent|||#<18w seen week"},
		{"In 2023, 64% (95% CI 61% to 67%) of children in Kent were seen within 18 weeks, compared with 71% in England.", "64%", "percent|kent||#<18w seen week", "", "71%", "percent|||#<18w seen week"},
		{"In 2023, 21.3% (20.1% to 22.5%) of Year 6 children in Kent were obese, compared with 22.7% in England.", "21.3%", "percent|kent year6||obes", "", "22.7%", "percent|year6||obes"},
		{"In 2022/23, 45% (95% CI: 41-49%) of pupils in Surrey said they felt safe.", "45%", "percent|pupil surrey||safe", "", "", ""},
		{"In 2023, 64% of children in Kent were seen within 18 weeks (base: 1,200 children aged 5-11), compared with 71% in England.", "64%", "percent|kent||#<18w seen week", "base: 1,200 children aged 5-11", "71%", "percent|||#<18w seen week"},
		{"In 2023, 64% (95% CI 61%, 67%) of children in Kent were seen within 18 weeks, compared with 71% in England.", "64%", "percent|kent||#<18w seen week", "", "71%", "percent|||#<18w seen week"},
		{"In 2023, 64% [95% CI 61% to 67%] of children in Kent were seen within 18 weeks, compared with 71% in England.", "64%", "percent|kent||#<18w seen week", "", "71%", "percent|||#<18w seen week"},
	} {
		figs := figuresF70a(t, c.sentence)
		l, _ := figureF70a(figs, c.level)
		if l.Key != c.key || l.Base != c.base || l.Period == "" {
			t.Errorf("%s: %s keyed %q on base %q of %q, want %q on %q", c.sentence, l.Text, l.Key, l.Base, l.Period, c.key, c.base)
		}
		for _, f := range figs {
			if f.Text == "1,200" && f.Role != "base" {
				t.Errorf("%s: the sample's 1,200 is a %q figure, measured %q", c.sentence, f.Role, f.Measure)
			}
		}
		if c.other == "" {
			continue
		}
		if o, _ := figureF70a(figs, c.other); o.Key != c.otherKey || o.Base != "" {
			t.Errorf("%s: the compared %s keyed %q on base %q, want %q on none", c.sentence, o.Text, o.Key, o.Base, c.otherKey)
		}
	}
}

// TestASampleOpeningALongerBracketIsTheWholeBase: a sample stated before
// an earlier value in one bracket, "(base: 1,200; 2022: 58%)", "(n=1,200;
// 2022: 58%)", is the value's base as written. Before, the base's first
// letter was cut ("ase: 1,200", "=1,200"), and a citation carried it so.
func TestASampleOpeningALongerBracketIsTheWholeBase(t *testing.T) {
	for _, c := range []struct{ sentence, base string }{
		{"In 2023, 64% (base: 1,200; 2022: 58%) of children in Kent were seen within 18 weeks.", "base: 1,200"},
		{"In 2023, 64% (n=1,200; 2022: 58%) of children in Kent were seen within 18 weeks.", "n=1,200"},
	} {
		l, _ := figureF70a(figuresF70a(t, c.sentence), "64%")
		if l.Base != c.base || l.Period != "2023" {
			t.Errorf("%s: 64%% on base %q of %q, want %q of 2023", c.sentence, l.Base, l.Period, c.base)
		}
	}
}
