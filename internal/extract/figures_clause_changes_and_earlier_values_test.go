package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestChangeAndMeasureStayInTheirClause: a change, an earlier value and a
// measure each belong to their own clause (figures round 24). Before:
// "Referrals rose by 12%, while the share ... fell to 30%" gave the 30%
// the referrals' "up 12%"; "45% ..., up from 38% in 2023, while 20%
// waited over 52 weeks" gave the 20% "down from 38%"; the shares of
// "Waits fell by 2 weeks to 14 weeks, while the share rose from 9% to
// 13%" measured "waits"; the 45% of "45% of children, but only 30% of
// adults, waited" measured nothing.
func TestChangeAndMeasureStayInTheirClause(t *testing.T) {
	for _, c := range []struct {
		sentence, figure string
		change, measure  string // want; "-" where any will do
		notInMeasure     string
	}{
		{"Referrals rose by 12% in 2024, while the share seen within four weeks fell to 30%.", "30%", "", "share seen within four weeks", ""},
		{"The share seen within four weeks was 30%, while referrals rose by 12% in 2024.", "30%", "", "-", ""},
		{"45% of children waited over 18 weeks in 2024, up from 38% in 2023, while 20% waited over 52 weeks.", "20%", "", "waited over 52 weeks", ""},
		{"45% of children waited over 18 weeks in 2024, up from 38% in 2023, while 20% waited over 52 weeks.", "45%", "up from 38% in 2023", "waited over 18 weeks", ""},
		{"Waits fell by 2 weeks to 14 weeks, while the share rose from 9% to 13%.", "13%", "up from 9%", "-", "wait"},
		{"Waits fell by 2 weeks to 14 weeks, while the share rose from 9% to 13%.", "9%", "", "-", "wait"},
		{"In 2024, 45% of children, but only 30% of adults, waited over 18 weeks.", "45%", "", "waited over 18 weeks", ""},
		{"Waits were 14 weeks in 2023, and rose by 2 weeks in 2024.", "14 weeks", "up 2 weeks", "-", ""},
		// A change names the level it reached (TestChangeAndTheLevelItReached).
		{"Referrals rose by 10% to 4,500 in 2024.", "10%", "up 10% to 4,500", "referrals", ""},
		{"Referrals rose by 10% to 4,500 in 2024.", "4,500", "up 10%", "referrals", ""},
		{"The share seen within four weeks fell by 5 percentage points to 30% in 2024.", "5 percentage points", "down 5 percentage points to 30%", "share seen within four weeks", ""},
		{"Spending rose to £10m in 2024, up £2m on 2023, while 45% of children waited over 18 weeks.", "£10m", "-", "spending", ""},
	} {
		f := figureOf(t, itemOf(t, c.sentence), c.figure)
		if c.change != "-" && f.Change != c.change {
			t.Errorf("%s\n  %q has change %q, want %q", c.sentence, c.figure, f.Change, c.change)
		}
		if c.measure != "-" && f.Measure != c.measure {
			t.Errorf("%s\n  %q measures %q, want %q", c.sentence, c.figure, f.Measure, c.measure)
		}
		if c.notInMeasure != "" && (strings.Contains(f.Measure, c.notInMeasure) || strings.Contains(f.Key, c.notInMeasure)) {
			t.Errorf("%s\n  %q measures %q (key %q), another clause's", c.sentence, c.figure, f.Measure, f.Key)
		}
	}
}

// TestLevelBeforeItsChangeIsAHeadline: the level a clause reports is its
// headline whether its change comes before it ("fell by 200 to 1,100")
// or after it ("rose to £10m in 2024, up £2m on 2023"), and a bare count
// a change is "by" is the change (figures round 24). Before, £10m and
// 1,100 were no headline, the 200 was no figure, and the 1,100 measured
// "number waiting more than 52 weeks fell by 200".
func TestLevelBeforeItsChangeIsAHeadline(t *testing.T) {
	for _, c := range []struct{ sentence, level, change string }{
		{"Spending rose to £10m in 2024, up £2m on 2023, while 45% of children waited over 18 weeks.", "£10m", "£2m"},
		{"The number waiting more than 52 weeks fell by 200 to 1,100, while 30% were seen within four weeks.", "1,100", "200"},
		{"Admissions rose by 350 to 4,200 in 2024.", "4,200", "350"},
	} {
		it := itemOf(t, c.sentence)
		level, change := figureOf(t, it, c.level), figureOf(t, it, c.change)
		if level.Role != evidence.RoleHeadline {
			t.Errorf("%s\n  %q has role %q, want headline", c.sentence, c.level, level.Role)
		}
		if change.Role != evidence.RoleChange {
			t.Errorf("%s\n  %q has role %q, want change", c.sentence, c.change, change.Role)
		}
		if strings.Contains(level.Measure, c.change) || strings.Contains(level.Measure, "rose") || strings.Contains(level.Measure, "fell") {
			t.Errorf("%s\n  %q measures %q: the words of its change", c.sentence, c.level, level.Measure)
		}
	}
}

// TestBracketedEarlierValueKeepsItsYear: an earlier value in brackets
// ("(compared with 30% in 2020)") is of its own year and the figure's
// earlier value; a bracket ending with a year is a citation only when it
// states no figure and does not date one (figures round 24). Before, the
// bracket was read as a citation, the 30% took the sentence's 2024 (a
// value for 2024 another source's could disagree with) and the 45% had no
// change.
func TestBracketedEarlierValueKeepsItsYear(t *testing.T) {
	for _, s := range []string{
		"In 2024, 45% of children (compared with 30% in 2020) waited over 18 weeks.",
		"In 2024, 45% of children waited over 18 weeks (compared with 30% in 2020).",
		"In 2024, 45% of children waited over 18 weeks (up from 30% in 2020).",
	} {
		it := itemOf(t, s)
		if f := figureOf(t, it, "30%"); f.Period != "2020" {
			t.Errorf("%s\n  30%% is of %q, want 2020", s, f.Period)
		}
		if f := figureOf(t, it, "45%"); f.Period != "2024" || f.Change != "up from 30% in 2020" {
			t.Errorf("%s\n  45%% is of %q with change %q", s, f.Period, f.Change)
		}
	}
	// A citation still dates nothing.
	it := itemOf(t, "In 2024, 45% of children waited over 18 weeks (Health Foundation, 2021).")
	if f := figureOf(t, it, "45%"); f.Period != "2024" {
		t.Errorf("cited: 45%% is of %q", f.Period)
	}
}

// TestAsideComparesAndReachesItsLevel: an earlier value in an aside set
// off by commas is the figure's earlier value; a share in an aside after
// a count ("1,200 children, or 15% of those referred,") measures what
// follows, without the "or"; a change "in real terms to" a level reached
// it, which is the headline (figures round 24). Before: the 45% had no
// change, the 15% measured "or, waited over a year", and £4.1bn was no
// headline while the 12% measured "spending in real terms to £4.1bn".
func TestAsideComparesAndReachesItsLevel(t *testing.T) {
	it := itemOf(t, "Nationally, 45% of children, compared with 52% in 2023, were seen within 18 weeks in 2024.")
	if f := figureOf(t, it, "45%"); f.Change != "down from 52% in 2023" || f.Period != "2024" {
		t.Errorf("45%% has change %q, period %q", f.Change, f.Period)
	}
	if f := figureOf(t, it, "52%"); f.Period != "2023" {
		t.Errorf("52%% is of %q", f.Period)
	}
	it = itemOf(t, "In 2024, 1,200 children, or 15% of those referred, waited over a year.")
	if f := figureOf(t, it, "15%"); f.Measure != "waited over a year" {
		t.Errorf("15%% measures %q", f.Measure)
	}
	it = itemOf(t, "Spending rose by 12% in real terms to £4.1bn in 2023/24.")
	if f := figureOf(t, it, "£4.1bn"); f.Role != evidence.RoleHeadline {
		t.Errorf("£4.1bn has role %q", f.Role)
	}
	if f := figureOf(t, it, "12%"); f.Role != evidence.RoleChange || strings.Contains(f.Measure, "4.1bn") {
		t.Errorf("12%% has role %q and measures %q", f.Role, f.Measure)
	}
}
