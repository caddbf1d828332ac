package links_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/measure"
)

func TestCompareFigures(t *testing.T) {
	rec := func(text string, v float64, period, place string) evidence.Figure {
		return evidence.Figure{Text: text, Value: v, Unit: evidence.UnitPercent,
			Record: evidence.Record{Period: period, Place: place, Key: "percent|pupil||=mhst cover"}}
	}
	cases := []struct {
		name string
		a, b evidence.Figure
		rel  measure.Related
		want links.Verdict
	}{
		{"same value, same period", rec("44%", 44, "April 2024", ""), rec("44 per cent", 44, "April 2024", "England"), measure.Unrelated, links.SameValue},
		{"another value, same period", rec("46%", 46, "April 2024", ""), rec("44%", 44, "April 2024", ""), measure.Unrelated, links.OtherValue},
		{"another period", rec("35%", 35, "April 2023", ""), rec("44%", 44, "April 2024", ""), measure.Unrelated, links.OtherPeriod},
		{"another place", rec("46%", 46, "April 2024", "London"), rec("44%", 44, "April 2024", "England"), measure.Unrelated, links.NotComparable},
		{"a period unsaid, unrelated sources", rec("46%", 46, "", ""), rec("44%", 44, "April 2024", ""), measure.Unrelated, links.NotComparable},
		{"a period unsaid, one study", rec("46%", 46, "", ""), rec("44%", 44, "April 2024", ""), measure.SameStudy, links.OtherValue},
		// 45% and 44% may both be 44.5: no warning where the rounding allows one value.
		{"values the rounding joins", rec("45%", 45, "April 2024", ""), rec("44%", 44, "April 2024", ""), measure.Unrelated, links.SameValue},
	}
	for _, c := range cases {
		if got := links.Compare(c.a, c.b, c.rel); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
	other := rec("44%", 44, "April 2024", "")
	other.Key = "percent|pupil||absent school"
	if got := links.Compare(rec("44%", 44, "April 2024", ""), other, measure.Unrelated); got != links.NotComparable {
		t.Errorf("another measure: %v", got)
	}
	if d := links.Direction(rec("35%", 35, "April 2023", ""), rec("44%", 44, "April 2024", "")); d != "up" {
		t.Errorf("direction %q, want up", d)
	}
}
