package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestAnEarlierValueTakesNoYearOfItsLevel: a level's earlier value, in
// brackets or after a comma or a dash ("(up from 58%)", "(previously
// 58%)", "(down from 1,150)", ", down from £4.6m"), is of its own year
// where it is written ("(was 58% in 2022)"), of the year before where a
// relative time says so ("(up from 55% last year)"), else of no year:
// never the level's. It measures what its level does, keyed alike, and
// the level carries the change. Before (hostile check 65), each value in
// brackets was dated the level's 2024 (a figure for 2024 another
// source's 2024 figure could be said to disagree with), "previously" and
// "was" were words of both measures, "(up from 55% last year)" was "up
// from 55% in 2024", and the 1,020 of "stood at 1,020 (down from 1,150)"
// was lost.
func TestAnEarlierValueTakesNoYearOfItsLevel(t *testing.T) {
	for _, c := range []struct{ line, level, earlier, period, change string }{
		{"In 2024, 64% were seen within 18 weeks (up from 58%).", "64%", "58%", "", "up from 58%"},
		{"In 2024, 71% of children in Medway were seen within 18 weeks (previously 58%).", "71%", "58%", "", "up from 58%"},
		{"In 2024, Surrey's waiting list stood at 1,020 (down from 1,150).", "1,020", "1,150", "", "down from 1,150"},
		{"In 2023/24, Kent spent £4.2m on CAMHS (down from £4.6m).", "£4.2m", "£4.6m", "", "down from £4.6m"},
		{"In 2024, 64% (up from 58%) were seen within 18 weeks.", "64%", "58%", "", "up from 58%"},
		{"In 2024, 64% of children in Kent were seen within 18 weeks, previously 58%.", "64%", "58%", "", "up from 58%"},
		{"In 2024, 66% of Kent referrals were seen within 4 weeks (was 58% in 2022).", "66%", "58%", "2022", "up from 58% in 2022"},
		{"In 2024, 62% of children were seen within 6 weeks (up from 55% last year).", "62%", "55%", "2023", "up from 55% in 2023"},
		{"In 2023/24, 1,240 children in Medway were referred (up from 1,150 the previous year).", "1,240 children", "1,150", "2022/23", "up from 1,150 in 2022/23"},
		{"In 2024, 12,400 children were waiting, up from 11,020 a year earlier.", "12,400 children", "11,020", "2023", "up from 11,020 in 2023"},
	} {
		figs := lineFiguresF72c(t, c.line)
		l, ok1 := figureOfF72c(figs, c.level)
		e, ok2 := figureOfF72c(figs, c.earlier)
		if !ok1 || !ok2 {
			t.Errorf("%q: figures %v", c.line, figs)
			continue
		}
		if e.Period != c.period || l.Change != c.change || l.Period == "" {
			t.Errorf("%q: earlier %s of %q, level %s of %q with change %q; want %q and %q", c.line, c.earlier, e.Period, c.level, l.Period, l.Change, c.period, c.change)
		}
		if e.Key == "" || e.Key != l.Key || strings.Contains(e.Key, "previous") || strings.Contains(l.Measure, "(") {
			t.Errorf("%q: earlier keyed %q, level %q measuring %q", c.line, e.Key, l.Key, l.Measure)
		}
	}
	// held: the first end of a change is dated by the span it is over
	figs := lineFiguresF72c(t, "Waits came down from 18 weeks to 12 weeks between 2022 and 2024.")
	if f, _ := figureOfF72c(figs, "18 weeks"); f.Period != "2022" {
		t.Errorf("from-to: 18 weeks of %q, want 2022", f.Period)
	}
}

// TestAChangeOnAYearLabelsTheValueAfterIt: "(up 4% on 2022: 2,020)"
// after a level gives the change (4%), the value of the year it is on
// (2,020 of 2022), keyed as the level, and the level of its own year
// (2,100 of 2024). Before (hostile check 65), the 2,020 was of 2024 and
// keyed with "#4 increas", the 4% with "#2020 #2100".
func TestAChangeOnAYearLabelsTheValueAfterIt(t *testing.T) {
	for _, c := range []struct{ line, level, lperiod, change, value, vperiod string }{
		{"In 2024, 2,100 children were referred to Kent CAMHS (up 4% on 2022: 2,020).", "2,100 children", "2024", "4%", "2,020", "2022"},
		{"In 2023/24, 1,220 children waited over a year in Medway (down 9% on 2022/23: 1,340).", "1,220 children", "2023/24", "9%", "1,340", "2022/23"},
		{"In 2024, 64% of pupils in Surrey were seen within 18 weeks (+3pp on 2023: 61%).", "64%", "2024", "3pp", "61%", "2023"},
	} {
		figs := lineFiguresF72c(t, c.line)
		l, ok1 := figureOfF72c(figs, c.level)
		ch, ok2 := figureOfF72c(figs, c.change)
		v, ok3 := figureOfF72c(figs, c.value)
		if !ok1 || !ok2 || !ok3 {
			t.Errorf("%q: figures %v", c.line, figs)
			continue
		}
		if l.Period != c.lperiod || v.Period != c.vperiod || ch.Role != evidence.RoleChange || v.Key != l.Key || strings.Contains(ch.Key, "#") && !strings.Contains(l.Key, "#") {
			t.Errorf("%q: level of %q keyed %q; value of %q keyed %q; change %q keyed %q", c.line, l.Period, l.Key, v.Period, v.Key, ch.Role, ch.Key)
		}
	}
}
