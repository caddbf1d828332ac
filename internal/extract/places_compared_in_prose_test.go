package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestTheLocalValueNeverTakesThePlaceItIsComparedWith: a local value set
// beside a place in running prose, "above the England average", "in
// line with", "the same as", "the lowest in the South East", "the
// highest of any county in England", "a gap of 7 points with England",
// "compared with 71% of children in England", takes no place from it,
// and measures no words of the comparison. Before (hostile check 66),
// Kent's 64% was England's (or the South East's): a briefing would have
// quoted Kent's figure as England's.
func TestTheLocalValueNeverTakesThePlaceItIsComparedWith(t *testing.T) {
	const opening = "In 2023, 64% of children in Kent were seen within 18 weeks"
	for _, tail := range []string{
		", 6 percentage points above the England average.",
		", in line with the England average.",
		", broadly in line with the South East average.",
		", the same as the England average.",
		", the lowest in the South East.",
		", the second highest in the North West.",
		", the highest of any county in England.",
		", a gap of 7 points with England.",
		", compared with 71% of children in England.",
		", compared with 71% of those in England.",
		", compared with 71% of children nationally and 69% of children in the South East.",
		", well below England's 71% and Medway's 66%.",
		", against an England figure of 71%.",
		"; the England figure was 71%.",
		", compared with 71% in England (2022).",
		", compared with 71% in England last year.",
		", compared with 71% in England the year before.",
	} {
		sentence := opening + tail
		figs := figuresF70a(t, sentence)
		l, ok := figureF70a(figs, "64%")
		if !ok {
			t.Errorf("%s: no 64%% in %v", sentence, figs)
			continue
		}
		if l.Place != "" || l.Period != "2023" || l.Change != "" {
			t.Errorf("%s: 64%% of %q (%q), change %q; want no place, 2023, no change", sentence, l.Place, l.Period, l.Change)
		}
		if l.Measure != "were seen within 18 weeks" || l.Key != "percent|kent||#<18w seen week" {
			t.Errorf("%s: 64%% measures %q keyed %q", sentence, l.Measure, l.Key)
		}
	}
	// A place before the comparison, or one no comparison leads to, is
	// still the figure's.
	for _, c := range []struct{ sentence, place string }{
		{"In 2023, 64% of children in England were seen within 18 weeks, above the 2022 figure.", "England"},
		{"In 2023, 64% of children were vaccinated against measles in England.", "England"},
		{"In 2023, 12% of children below the age of five in London were obese.", "London"},
	} {
		figs := figuresF70a(t, c.sentence)
		if f, ok := figureF70a(figs, figs[0].Text); !ok || f.Place != c.place {
			t.Errorf("%s: %v, want %s", c.sentence, figs, c.place)
		}
	}
}

// TestEachComparedPlacesValueIsItsOwn: every value compared with is its
// own place's, the second and later of a list too ("higher than Medway
// (58%) and Surrey (55%)", "England's 71% and Medway's 66%", "71% in
// England and 69% in the South East"), of the local value's measure and
// people without the local place's words, keyed apart from the local
// value; an England average set after a regional one is England's, never
// keyed as the regional average. Before (hostile check 66), Surrey's 55%
// was of people "Medway", keyed as Medway's 58%; England's 71% and the
// South East's 69% were of "children in Kent", keyed as Kent's 64%; and
// England's 58% measured "(regional average)".
func TestEachComparedPlacesValueIsItsOwn(t *testing.T) {
	type want struct{ text, place, period string }
	for _, c := range []struct {
		sentence, local string
		others          []want
	}{
		{"In 2023, 64% of children in Kent were seen within 18 weeks, higher than Medway (58%) and Surrey (55%).", "64%",
			[]want{{"58%", "Medway", "2023"}, {"55%", "Surrey", "2023"}}},
		{"In 2023, 64% of children in Kent were seen within 18 weeks, compared with 71% in England and 69% in the South East.", "64%",
			[]want{{"71%", "England", "2023"}, {"69%", "South East", "2023"}}},
		{"Only 64% of children in Kent were seen within 18 weeks in 2023, well below England's 71% and Medway's 66%.", "Only 64%",
			[]want{{"71%", "England", "2023"}, {"66%", "Medway", "2023"}}},
		{"Kent spent £12.5m on CAMHS in 2022/23, more than Medway (£4.1m) and Surrey (£10.2m).", "£12.5m",
			[]want{{"£4.1m", "Medway", "2022/23"}, {"£10.2m", "Surrey", "2022/23"}}},
		{"In 2023, 21% of Year 6 children in Kent were obese, compared with 22% nationally and 24% in Medway.", "21%",
			[]want{{"22%", "", "2023"}, {"24%", "Medway", "2023"}}},
		{"In 2023, 64% of children in Kent were seen within 18 weeks, above the regional average of 60% and the England average of 58%.", "64%",
			[]want{{"60%", "", "2023"}, {"58%", "England", "2023"}}},
		{"In 2023, 64% of children in Kent were seen within 18 weeks, against an England figure of 71%.", "64%",
			[]want{{"71%", "England", "2023"}}},
		{"In 2023, 64% of children in Kent were seen within 18 weeks; the England figure was 71%.", "64%",
			[]want{{"71%", "England", "2023"}}},
	} {
		figs := figuresF70a(t, c.sentence)
		l, ok := figureF70a(figs, c.local)
		if !ok || l.Place != "" {
			t.Errorf("%s: local %s of %v", c.sentence, c.local, figs)
			continue
		}
		keys := map[string]string{l.Key + "@" + l.Place: l.Text}
		for _, w := range c.others {
			o, ok := figureF70a(figs, w.text)
			if !ok {
				t.Errorf("%s: no %s in %v", c.sentence, w.text, figs)
				continue
			}
			if o.Place != w.place || o.Period != w.period {
				t.Errorf("%s: %s of %q (%q), want %q (%q)", c.sentence, w.text, o.Place, o.Period, w.place, w.period)
			}
			if o.Key == "" || keys[o.Key+"@"+o.Place] != "" {
				t.Errorf("%s: %s keyed %q of %q as %s", c.sentence, w.text, o.Key, o.Place, keys[o.Key+"@"+o.Place])
			}
			keys[o.Key+"@"+o.Place] = o.Text
			if containsFoldF70a(o.Key+o.Population+o.Measure, "kent") || w.place != "" && containsFoldF70a(o.Key+o.Measure, "averag") {
				t.Errorf("%s: %s of %q measuring %q keyed %q", c.sentence, w.text, o.Population, o.Measure, o.Key)
			}
			if containsFoldF70a(o.Measure, "than") || containsFoldF70a(o.Measure, "below") || o.Measure == "" {
				t.Errorf("%s: %s measures %q", c.sentence, w.text, o.Measure)
			}
		}
	}
}

// TestAComparedValuesOwnTimeIsItsOwn: a compared place's value keeps the
// time written with it, "(2022)", "in 2022", "last year" or "the year
// before" (the year before the local value's), and is never the local
// value's earlier value: no change is read between Kent's 64% and
// England's 71%. Before (hostile check 66), "compared with 71% in England
// the year before" gave Kent's 64% the change "down from 71% in 2022",
// England's 71% keyed as Kent's; "higher than the national average of
// 58% in 2022" dated the 58% 2023.
func TestAComparedValuesOwnTimeIsItsOwn(t *testing.T) {
	for _, c := range []struct{ sentence, other, place, period string }{
		{"In 2023, 64% of children in Kent were seen within 18 weeks, compared with 71% in England (2022).", "71%", "England", "2022"},
		{"In 2023, 64% of children in Kent were seen within 18 weeks, compared with 71% in England last year.", "71%", "England", "2022"},
		{"In 2023, 64% of children in Kent were seen within 18 weeks, compared with 71% in England the year before.", "71%", "England", "2022"},
		{"In 2022/23, 64% of children in Kent were seen within 18 weeks, compared with 71% across England (2021/22).", "71%", "England", "2021/22"},
		{"In 2023, 64% of children in Kent were seen within 18 weeks, higher than the national average of 58% in 2022.", "58%", "", "2022"},
	} {
		figs := figuresF70a(t, c.sentence)
		l, ok1 := figureF70a(figs, "64%")
		o, ok2 := figureF70a(figs, c.other)
		if !ok1 || !ok2 {
			t.Errorf("%s: %v", c.sentence, figs)
			continue
		}
		if l.Place != "" || l.Change != "" || l.Period == c.period {
			t.Errorf("%s: 64%% of %q (%q) with change %q", c.sentence, l.Place, l.Period, l.Change)
		}
		if o.Place != c.place || o.Period != c.period || o.Key == l.Key || containsFoldF70a(o.Key+o.Population, "kent") {
			t.Errorf("%s: %s of %q (%q) keyed %q of %q; want %q (%q)", c.sentence, c.other, o.Place, o.Period, o.Key, o.Population, c.place, c.period)
		}
	}
}

// TestPlacesListedAfterTheirValuesAreEachValues: shares and counts each
// followed by its place, "64% for Kent, 58% for Medway and 71% for
// England", are each of that place, as sums listed so are, and of the
// year the sentence names. Before (hostile check 66) all three were
// England's, the 58% and the 71% measured "for Medway", undated.
func TestPlacesListedAfterTheirValuesAreEachValues(t *testing.T) {
	for _, s := range []string{
		"In 2023, the figures were 64% for Kent, 58% for Medway and 71% for England.",
		"In 2023, the figures were 64% in Kent, 58% in Medway and 71% in England.",
		"In 2023, uptake was 64% in Kent, 58% in Medway and 71% in England.",
	} {
		figs := figuresF70a(t, s)
		for _, c := range []struct{ text, place, name string }{{"64%", "", "Kent"}, {"58%", "", "Medway"}, {"71%", "England", ""}} {
			f, ok := figureF70a(figs, c.text)
			if !ok || f.Place != c.place || f.Period != "2023" || f.Unit != evidence.UnitPercent {
				t.Errorf("%s: %s of %q (%q), want %q", s, c.text, f.Place, f.Period, c.place)
				continue
			}
			for _, other := range []string{"Kent", "Medway", "England"} {
				if other != c.name && containsFoldF70a(f.Measure+f.Key, other) {
					t.Errorf("%s: %s measures %q keyed %q", s, c.text, f.Measure, f.Key)
				}
			}
		}
	}
}
