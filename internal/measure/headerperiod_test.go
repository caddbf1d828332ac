package measure_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/measure"
)

// TestHeaderPeriodLeavesTheMeasure: a period a table's column header
// gives ("Referrals 2023", "2023/24", "Q1 2024", "2024 Children waiting"
// from two header rows) is the figure's period and no part of its measure
// or key, so a table's own series is one measure over its periods; a
// header that is only a period leaves the row's label to say what is
// measured. Other words of a header stay ("over 18 weeks"), and so
// different measures stay apart. Before, each year was a measure of its
// own: "referrals 2023" and "referrals 2024", keyed
// "count|north||#2023 referr" and "count|north||#2024 referr".
func TestHeaderPeriodLeavesTheMeasure(t *testing.T) {
	row := func(label, header string) evidence.Figure {
		text := "| " + label + " | 1,240 |"
		figs := []evidence.Figure{{Text: "1,240", Value: 1240, Unit: evidence.UnitCount, Offset: strings.Index(text, "1,240")}}
		measure.Describe(measure.Input{Text: text, Figures: figs, Columns: []string{header}, Label: label}, nil)
		return figs[0]
	}
	series := []struct {
		label, measure string
		headers        []string
		periods        []string
	}{
		{"North", "referrals", []string{"Referrals 2023", "Referrals 2024"}, []string{"2023", "2024"}},
		{"Children waiting in the North", "children waiting in the North", []string{"2023", "2024"}, []string{"2023", "2024"}},
		{"North", "children waiting", []string{"2023 Children waiting", "2024 Children waiting"}, []string{"2023", "2024"}},
		{"Referrals", "referrals", []string{"2022-23", "2023/24", "2024 to 2025"}, []string{"2022/23", "2023/24", "2024/25"}},
		{"Referrals", "referrals", []string{"Q1 2024", "Q2 2024"}, []string{"Q1 2024", "Q2 2024"}},
		{"Referrals", "referrals", []string{"Q4 2023/24", "Q1 2024/25"}, []string{"Q4 2023/24", "Q1 2024/25"}},
		{"North", "referrals", []string{"Referrals in March 2024", "Referrals at the end of April 2024 (%)"}, []string{"March 2024", "April 2024"}},
		{"North", "waiting over 18 weeks", []string{"Waiting over 18 weeks 2023", "Waiting over 18 weeks, 2024"}, []string{"2023", "2024"}},
	}
	for _, s := range series {
		var first evidence.Figure
		for i, h := range s.headers {
			f := row(s.label, h)
			if f.Period != s.periods[i] {
				t.Errorf("%q under %q: period %q, want %q", s.label, h, f.Period, s.periods[i])
			}
			if f.Measure != s.measure {
				t.Errorf("%q under %q: measure %q, want %q", s.label, h, f.Measure, s.measure)
			}
			if f.Key == "" || strings.Contains(f.Key, "#20") {
				t.Errorf("%q under %q: key %q holds the period", s.label, h, f.Key)
			}
			if i == 0 {
				first = f
			} else if f.Key != first.Key {
				t.Errorf("%q: %q keyed %q, %q keyed %q: one measure at two times", s.label, s.headers[0], first.Key, h, f.Key)
			}
		}
	}
	// Different measures stay apart; a period a header names beside
	// another, or one a figure is not of, stays in the measure.
	referrals, waiting := row("North", "Referrals 2024"), row("North", "Children waiting 2024")
	if referrals.Key == waiting.Key || measure.Match(measure.ParseKey(referrals.Key), measure.ParseKey(waiting.Key), measure.Unrelated) {
		t.Errorf("referrals (%q) and children waiting (%q) are one measure", referrals.Key, waiting.Key)
	}
	if f := row("North", "Referrals since 2015"); f.Measure != "referrals since 2015" || f.Period != "" {
		t.Errorf("an open period: measure %q, period %q", f.Measure, f.Period)
	}
	if f := row("2023", "2024"); f.Period != "2023" || f.Measure != "2024" {
		t.Errorf("a row of 2023 under 2024: measure %q, period %q", f.Measure, f.Period)
	}
	if !measure.ParsePeriod("Q1 2024").Before(measure.ParsePeriod("Q2 2024")) || measure.ParsePeriod("Q1 2024").Equal(measure.ParsePeriod("2024")) ||
		!measure.ParsePeriod("Q1 2024/25").Equal(measure.ParsePeriod("Q2 2024")) {
		t.Error("quarters: Q1 2024 before Q2 2024, not the year 2024; Q1 2024/25 is April–June 2024")
	}
}

// TestHeaderPeriodsAsStatisticsWriteThem: a quarter written with a hyphen
// ("Apr-Jun 2024"), a financial year after "FY", a period followed by
// the state of its figures ("2024-25 (provisional)") are the figure's
// period and no part of its measure. Before: "Apr-Jun 2024" was the whole
// of 2024 (a quarter's count set beside years'), measured "apr-Jun"; "FY"
// and "(provisional)" were the measure, and the row's label its group
// (red-team round 15).
func TestHeaderPeriodsAsStatisticsWriteThem(t *testing.T) {
	for header, period := range map[string]string{
		"Apr-Jun 2024":          "April–June 2024",
		"Oct-Dec 2023":          "October–December 2023",
		"FY 2023/24":            "2023/24",
		"2024-25 (provisional)": "2024/25",
		"2022/23 (r)":           "2022/23",
	} {
		text := "| Children waiting for autism assessment | 1,240 |"
		figs := []evidence.Figure{{Text: "1,240", Value: 1240, Unit: evidence.UnitCount, Offset: strings.Index(text, "1,240")}}
		measure.Describe(measure.Input{Text: text, Figures: figs, Columns: []string{header}, Label: "Children waiting for autism assessment"}, nil)
		if f := figs[0]; f.Period != period || f.Measure != "children waiting for autism assessment" || f.Population != "" {
			t.Errorf("under %q: period %q, measure %q, population %q; want %q, children waiting for autism assessment, none", header, f.Period, f.Measure, f.Population, period)
		}
	}
}
