package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// headOfF77f is the figure an item of line is headed by, as the badge,
// the copy and the CSV quote it.
func headOfF77f(t *testing.T, line string) evidence.Figure {
	t.Helper()
	for _, it := range extractLineF77f(t, line) {
		if h, ok := it.Headline(); ok {
			return h
		}
	}
	t.Fatalf("%q: no statistic", line)
	return evidence.Figure{}
}

func extractLineF77f(t *testing.T, line string) []evidence.Item {
	t.Helper()
	var out []evidence.Item
	for _, it := range extract.Extract(parseBody(t, "P", line+"\n")) {
		if it.Kind == evidence.Statistic {
			out = append(out, it)
		}
	}
	return out
}

// TestTheCurrentValueHeadsOverWhatItWasPreviously: a clause stating
// what a value was "previously" (or "formerly", "before the pandemic")
// and a later clause stating it now are headed by the later value; the
// earlier is measured alike. Before (hostile check 66), the earlier 58%
// headed the item, undated, and the 2023 value was the second figure.
func TestTheCurrentValueHeadsOverWhatItWasPreviously(t *testing.T) {
	for _, c := range []struct{ line, head, period string }{
		{"Previously, 58% of children in Kent were seen within 18 weeks; in 2023, 64% were.", "64%", "2023"},
		{"Kent previously saw 58% of children within 18 weeks; in 2023 it saw 64%.", "64%", "2023"},
		{"Formerly, 1,150 children in Medway were waiting; in 2024, 1,020 were.", "1,020", "2024"},
		{"Before the pandemic, 71% of babies in Surrey had a new birth visit within 14 days; in 2023/24, 83% did.", "83%", "2023/24"},
	} {
		h := headOfF77f(t, c.line)
		if h.Text != c.head || h.Period != c.period {
			t.Errorf("%q: headed by %q of %q, want %q of %q", c.line, h.Text, h.Period, c.head, c.period)
		}
	}
	// held: "previously" dating a report, not a value, moves nothing
	reported := "Ofsted has previously reported that 58% of children in Kent waited too long, and in 2023, 64% were seen late."
	if a, b := headOfF77f(t, reported), headOfF77f(t, strings.Replace(reported, "previously ", "", 1)); a.Text != b.Text {
		t.Errorf("%q: headed by %q, without \"previously\" by %q", reported, a.Text, b.Text)
	}
	figs := lineFiguresF72c(t, "Previously, 58% of children in Kent were seen within 18 weeks; in 2023, 64% were.")
	e, _ := figureOfF72c(figs, "58%")
	l, _ := figureOfF72c(figs, "64%")
	if e.Key == "" || e.Key != l.Key || e.Period == "2023" {
		t.Errorf("earlier 58%% keyed %q of %q, level keyed %q", e.Key, e.Period, l.Key)
	}
}

// TestACountOfBodiesPassingAShareHeadsIt: "38 councils delivered at
// least 90% of checks" is headed by the 38, and the 90% is the bar they
// passed (a threshold), no level of anyone. Before (hostile check 66),
// the share was a figure of its own keyed with "#38".
func TestACountOfBodiesPassingAShareHeadsIt(t *testing.T) {
	for _, c := range []struct{ line, head, bar string }{
		{"In 2023/24, 38 councils delivered at least 90% of checks.", "38 councils", "at least 90%"},
		{"In 2023, 12 trusts saw more than 80% of children within 18 weeks.", "12 trusts", "more than 80%"},
		{"Only 9 schools in Kent completed over 95% of their health checks.", "Only 9 schools", "over 95%"},
	} {
		figs := lineFiguresF72c(t, c.line)
		h, ok1 := figureOfF72c(figs, c.head)
		b, ok2 := figureOfF72c(figs, c.bar)
		if !ok1 || !ok2 || h.Role != evidence.RoleHeadline || b.Role != evidence.RoleThreshold || strings.Contains(h.Key, "#"+strings.Fields(c.head)[0]+" ") {
			t.Errorf("%q: %q %q keyed %q, %q %q; figures %v", c.line, c.head, h.Role, h.Key, c.bar, b.Role, figs)
		}
	}
	// held: a share of a group with no count of bodies before it
	figs := lineFiguresF72c(t, "In 2023, more than 90% of children in Kent were vaccinated.")
	if f, _ := figureOfF72c(figs, "more than 90%"); f.Role == evidence.RoleThreshold {
		t.Errorf("a plain share made a bar: %v", figs)
	}
}

// TestTheLaterEndOfAChangeOverAgesHeadsIt: "rose from 9% at age 16 to
// 17% at 19" is headed by the 17%, the 9% its earlier end; the ages are
// no figures. Before (hostile check 66), the 9% headed the item.
func TestTheLaterEndOfAChangeOverAgesHeadsIt(t *testing.T) {
	for _, c := range []struct{ line, head string }{
		{"The share of young people who smoked rose from 9% at age 16 to 17% at 19.", "17%"},
		{"The share of young people in Kent who vaped rose from 6% aged 11 to 21% aged 15.", "21%"},
	} {
		h := headOfF77f(t, c.line)
		if h.Text != c.head {
			t.Errorf("%q: headed by %q, want %q", c.line, h.Text, c.head)
		}
		for _, f := range lineFiguresF72c(t, c.line) {
			if f.Unit != evidence.UnitPercent {
				t.Errorf("%q: an age read as a figure: %+v", c.line, f)
			}
		}
	}
}

// TestAnEarlierValueOfAnOccasionIsTheLevelsEarlierValue: an earlier value
// after "having previously been", "an increase from", "up from … before
// the pandemic / at the start of the programme / two years earlier"
// measures what its level does, keyed alike, dated where the text dates
// it (two years earlier: the level's year less two), and the level
// carries the change. Before (hostile check 66), the 58% measured "having
// previously been" or "before the pandemic", keyed apart, and "two years
// earlier" was undated.
func TestAnEarlierValueOfAnOccasionIsTheLevelsEarlierValue(t *testing.T) {
	for _, c := range []struct{ line, level, earlier, period, change string }{
		{"In 2023, 64% of children in Kent were seen within 18 weeks, having previously been 58%.", "64%", "58%", "", "up from 58%"},
		{"In 2023, 64% of children in Kent were seen within 18 weeks, up from 58% at the start of the programme.", "64%", "58%", "", "up from 58%"},
		{"In 2023, 64% of children in Kent were seen within 18 weeks, up from 58% before the pandemic.", "64%", "58%", "", "up from 58%"},
		{"In 2023, 64% of children in Kent were seen within 18 weeks, up from 58% in 2019/20, before the pandemic.", "64%", "58%", "2019/20", "up from 58% in 2019/20"},
		{"In 2023, 64% of children in Kent were seen within 18 weeks, up from 58% two years earlier.", "64%", "58%", "2021", "up from 58% in 2021"},
		{"In 2023/24, 1,240 children in Medway were referred, down from 1,410 three years earlier.", "1,240 children", "1,410", "2020/21", "down from 1,410 in 2020/21"},
		{"In 2023, 64% of children in Kent were seen within 18 weeks, an increase from 58% the previous year.", "64%", "58%", "2022", "up from 58% in 2022"},
		{"In 2024, Surrey spent £4.2m on school nursing, a fall from £4.6m when the service began.", "£4.2m", "£4.6m", "", "down from £4.6m"},
	} {
		figs := lineFiguresF72c(t, c.line)
		l, ok1 := figureOfF72c(figs, c.level)
		e, ok2 := figureOfF72c(figs, c.earlier)
		if !ok1 || !ok2 {
			t.Errorf("%q: figures %v", c.line, figs)
			continue
		}
		if e.Period != c.period || !strings.HasPrefix(l.Change, c.change) || e.Key == "" || e.Key != l.Key {
			t.Errorf("%q: earlier of %q keyed %q (measure %q); level keyed %q with change %q; want %q and %q", c.line, e.Period, e.Key, e.Measure, l.Key, l.Change, c.period, c.change)
		}
	}
}

// TestTheSameAsAnotherYearKeepsTheLevelsYear: "the same as in 2022",
// "unchanged from 2022", "similar to 2021" liken the level to another
// year: the level is of its own year, and its measure has no "the same".
// Before (hostile check 66), the 2023 level was dated 2022.
func TestTheSameAsAnotherYearKeepsTheLevelsYear(t *testing.T) {
	for _, c := range []struct{ line, fig, period string }{
		{"In 2023, 64% of children in Kent were seen within 18 weeks, the same as in 2022.", "64%", "2023"},
		{"In 2023/24, 1,240 children in Medway were referred, much the same as in 2022/23.", "1,240 children", "2023/24"},
		{"In 2024, 31% of pupils in Surrey were overweight, unchanged from 2023.", "31%", "2024"},
	} {
		f, ok := figureOfF72c(lineFiguresF72c(t, c.line), c.fig)
		if !ok || f.Period != c.period || strings.Contains(f.Measure, "same") {
			t.Errorf("%q: %q of %q measuring %q, want %q", c.line, c.fig, f.Period, f.Measure, c.period)
		}
	}
}

// TestARateComparedWithOtherAreasIsTheLocalRate: a local rate "64 per
// 10,000" or "62 children in care per 10,000" set beside the national
// or a region's rate is a rate, never a count, of no place it is compared
// with, keyed apart from the rates it is compared with, which are figures
// (rates) of their own. Before (hostile check 66), the local rate was
// placed in the South East or England, "62 children" was a count, the
// national average was keyed as the local rate, and "(52)", "of 71" were
// no figures.
func TestARateComparedWithOtherAreasIsTheLocalRate(t *testing.T) {
	for _, c := range []struct {
		line, local string
		others      []string
	}{
		{"Kent's rate of 64 per 10,000 children in 2023 was above the national rate (52) and the South East rate (58).", "64 per 10,000", []string{"52", "58"}},
		{"Kent has 1,240 children in care, a rate of 62 per 10,000, above the national average of 67 per 10,000.", "62 per 10,000", []string{"67 per 10,000"}},
		{"In 2023, Kent had 62 children in care per 10,000, below the England rate of 71 and the statistical neighbour average of 65.", "62 children in care per 10,000", []string{"71", "65"}},
		{"Surrey's rate of 31 per 10,000 in 2023 was below the national average of 70.", "31 per 10,000", []string{"70"}},
		{"In 2022/23, Medway had 48 children on child protection plans per 10,000, compared with 43 in England.", "48 children on child protection plans per 10,000", []string{"43"}},
	} {
		figs := lineFiguresF72c(t, c.line)
		l, ok := figureOfF72c(figs, c.local)
		if !ok || l.Unit != evidence.UnitOther || l.Place != "" {
			t.Errorf("%q: local rate %+v; figures %v", c.line, l, figs)
			continue
		}
		for _, o := range c.others {
			g, ok := figureOfF72c(figs, o)
			if !ok || g.Unit != evidence.UnitOther || g.Key != "" && g.Key == l.Key {
				t.Errorf("%q: compared %q %+v, local keyed %q", c.line, o, g, l.Key)
			}
		}
	}
	figs := lineFiguresF72c(t, "Kent's rate of 64 per 10,000 children in 2023 was above the national rate (52) and the South East rate (58).")
	if g, _ := figureOfF72c(figs, "58"); g.Place != "South East" || strings.Contains(g.Measure, "national") {
		t.Errorf("the South East's 58 of %q measuring %q", g.Place, g.Measure)
	}
}

// TestAWorkerElidedRatioIsItsOwnMeasure: "one for every 1,450 pupils"
// after "42 school nurses for 61,000 pupils" measures pupils per school
// nurse, keyed apart from the count of pupils. Before (hostile check 66),
// it measured the count's words, keyed as the 61,000 pupils.
func TestAWorkerElidedRatioIsItsOwnMeasure(t *testing.T) {
	for _, c := range []struct{ line, ratio, people, measure string }{
		{"In 2023/24 the service had 42 school nurses for 61,000 pupils, one for every 1,450 pupils.", "one for every 1,450 pupils", "61,000 pupils", "pupils per school nurse"},
		{"In 2024, Medway employed 30 health visitors for 15,000 children under five, one for every 500 children.", "one for every 500 children", "15,000 children", "children per health visitor"},
	} {
		figs := lineFiguresF72c(t, c.line)
		r, ok1 := figureOfF72c(figs, c.ratio)
		p, ok2 := figureOfF72c(figs, c.people)
		if !ok1 || !ok2 || r.Measure != c.measure || r.Key == "" || r.Key == p.Key {
			t.Errorf("%q: ratio measuring %q keyed %q, people keyed %q; figures %v", c.line, r.Measure, r.Key, p.Key, figs)
		}
	}
}
