package measure_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/measure"
)

func pct(text string, v float64, q string) evidence.Figure {
	return evidence.Figure{Text: text, Value: v, Unit: evidence.UnitPercent, Qualifier: q}
}

func TestAgreeWithinTheRoundingTheTextsShow(t *testing.T) {
	count := func(text string, v float64, q string) evidence.Figure {
		return evidence.Figure{Text: text, Value: v, Unit: evidence.UnitCount, Qualifier: q}
	}
	cases := []struct {
		a, b evidence.Figure
		want bool
	}{
		{pct("nine in 10", 90, ""), pct("90%", 90, ""), true},
		{pct("Nearly nine in 10", 90, "nearly"), pct("89%", 89, ""), true},
		{pct("82%", 82, ""), pct("75%", 75, ""), false},
		{pct("44%", 44, ""), pct("46%", 46, ""), false},
		{pct("a third", 33.3, ""), pct("35%", 35, ""), true},
		{pct("12.8%", 12.8, ""), pct("13%", 13, ""), true},
		{pct("12.8%", 12.8, ""), pct("12.5%", 12.5, ""), false},
		{count("Almost 576,500", 576500, "almost"), count("576,474", 576474, ""), true},
		{count("Almost 576,500", 576500, "almost"), count("567,474", 567474, ""), false},
		{count("More than 172,000", 172000, "more than"), count("172,022", 172022, ""), true},
		{count("as many as 1,200", 1200, "as many as"), count("1,150", 1150, ""), true},
		{count("as many as 1,200", 1200, "as many as"), count("900", 900, ""), false},
		{count("no more than 12", 12, "no more than"), count("9", 9, ""), true},
		{count("no more than 12", 12, "no more than"), count("14", 14, ""), false},
		{count("no fewer than 500", 500, "no fewer than"), count("640", 640, ""), true},
		{pct("not even a third", 33.3, "not even"), pct("25%", 25, ""), true},
	}
	for _, c := range cases {
		if got := measure.Agree(c.a, c.b); got != c.want {
			lo, hi := measure.Interval(c.a)
			t.Errorf("Agree(%q, %q) = %v, want %v (first spans %g–%g)", c.a.Text, c.b.Text, got, c.want, lo, hi)
		}
	}
}

func TestPeriodsEqualAndOrdered(t *testing.T) {
	if !measure.ParsePeriod("2022/23").Equal(measure.ParsePeriod("2022/23")) {
		t.Error("2022/23 is not equal to itself")
	}
	if measure.ParsePeriod("2023").Equal(measure.ParsePeriod("2023/24")) {
		t.Error("2023 equals 2023/24")
	}
	if !measure.ParsePeriod("April 2023").Before(measure.ParsePeriod("April 2024")) {
		t.Error("April 2023 is not before April 2024")
	}
	if measure.ParsePeriod("since 2015/16").Before(measure.ParsePeriod("2024")) {
		t.Error("an open period is ordered")
	}
	if !measure.ParsePeriod("").IsZero() {
		t.Error("no text is a period")
	}
}

func TestMatchKeepsOppositesApart(t *testing.T) {
	after := measure.ParseKey("percent|||after cost hous poverti relat")
	before := measure.ParseKey("percent|||befor cost hous poverti relat")
	again := measure.ParseKey("percent|||after cost hous poverti")
	if measure.Match(after, before, measure.Unrelated) {
		t.Error("poverty after housing costs matches poverty before them")
	}
	if !measure.Match(after, again, measure.Unrelated) {
		t.Error("two statements of poverty after housing costs do not match")
	}
	if measure.Match(after, measure.ParseKey("count|||after cost hous poverti relat"), measure.Unrelated) {
		t.Error("a percentage matches a count")
	}
}

func TestDescribeReadsARecord(t *testing.T) {
	text := "In 2022/23, 4.5 million children in the UK were living in relative poverty after housing costs, 32% of all children."
	figs := []evidence.Figure{
		{Text: "4.5 million children", Value: 4.5e6, Unit: evidence.UnitCount, Offset: 12},
		{Text: "32%", Value: 32, Unit: evidence.UnitPercent, Offset: 96},
	}
	measure.Describe(measure.Input{Text: text, Figures: figs}, nil)
	for _, f := range figs {
		if f.Period != "2022/23" || f.Place != "UK" || f.Key == "" {
			t.Errorf("%s: period %q, place %q, key %q", f.Text, f.Period, f.Place, f.Key)
		}
	}
}

// TestRatesAgreeAsSharesOfOne: rates per different numbers agree when they
// are one rate, and differ when they are not. Before, "3.5 per 1,000" and
// "35 per 10,000" were 3.5 against 35.
func TestRatesAgreeAsSharesOfOne(t *testing.T) {
	rate := func(text string, v float64) evidence.Figure {
		return evidence.Figure{Text: text, Value: v, Unit: evidence.UnitOther}
	}
	for _, c := range []struct {
		a, b  evidence.Figure
		agree bool
	}{
		{rate("3.5 per 1,000", 3.5), rate("35 per 10,000", 35), true},
		{rate("3.5 per 1,000 children", 3.5), rate("350 per 100,000", 350), true},
		{rate("3.5 per thousand", 3.5), rate("3.5 per 1000", 3.5), true},
		{rate("3.5 per 1,000", 3.5), rate("4.1 per 1,000", 4.1), false},
		{rate("3.5 per 1,000", 3.5), rate("3.5 per 10,000", 3.5), false},
	} {
		if got := measure.Agree(c.a, c.b); got != c.agree {
			t.Errorf("%q and %q agree: %v, want %v", c.a.Text, c.b.Text, got, c.agree)
		}
	}
	if measure.RateBase(evidence.Figure{Text: "45 per cent"}) != 0 || measure.RateBase(evidence.Figure{Text: "£12 per week"}) != 0 {
		t.Error("a share or a price taken for a rate")
	}
}

// TestFinancialYearWithTo: "2023 to 24" is the financial year 2023/24, as
// "2023-24" and "2023 to 2024" are; before, it was the year 2023 (red-team
// round 15 leftovers).
func TestFinancialYearWithTo(t *testing.T) {
	for _, s := range []string{"2023 to 24", "2023-24", "2023 to 2024"} {
		if got := measure.ParsePeriod(s); !got.Equal(measure.ParsePeriod("2023/24")) {
			t.Errorf("ParsePeriod(%q) = %+v, not 2023/24", s, got)
		}
	}
	if measure.ParsePeriod("2023 to 25").Equal(measure.ParsePeriod("2023/24")) {
		t.Error("2023 to 25 is 2023/24")
	}
}
