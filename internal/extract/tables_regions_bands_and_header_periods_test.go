package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// figuresOf maps each figure's text in body to its labels:
// measure, period, place, population.
func figuresOf(t *testing.T, body string) map[string][4]string {
	t.Helper()
	got := map[string][4]string{}
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		for _, f := range it.Figures {
			got[f.Text] = [4]string{f.Measure, f.Period, f.Place, f.Population}
		}
	}
	return got
}

// TestNHSRegionsAreTheirPlaces: NHS England's regions "Midlands" and
// "North East and Yorkshire" are places, in a table under years and in a
// sentence; a figure of "North East and Yorkshire" is not the North
// East's (red-team round 17). Before, "North East and Yorkshire" was the
// North East, measuring "yorkshire", and "Midlands" measured "midlands".
func TestNHSRegionsAreTheirPlaces(t *testing.T) {
	body := "## Children waiting over 18 weeks\n\n| Region | 2023 | 2024 |\n|---|---|---|\n" +
		"| Midlands | 410 | 420 |\n| North East and Yorkshire | 1,000 | 1,010 |\n| North East | 500 | 510 |\n\n" +
		"## Referrals\n\nIn North East and Yorkshire, 3,400 children were referred in 2024.\n"
	got := figuresOf(t, body)
	want := map[string][4]string{
		"420":   {"children waiting over 18 weeks", "2024", "Midlands", ""},
		"1,000": {"children waiting over 18 weeks", "2023", "North East and Yorkshire", ""},
		"510":   {"children waiting over 18 weeks", "2024", "North East", ""},
	}
	for fig, w := range want {
		if got[fig] != w {
			t.Errorf("%s: %q, want %q", fig, got[fig], w)
		}
	}
	if p := got["3,400 children"][2]; p != "North East and Yorkshire" {
		t.Errorf("3,400 children: place %q, want North East and Yorkshire (all %v)", p, got)
	}
}

// TestAreaWithinARegionIsNotTheRegion: "North West London", "North East
// Lincolnshire" and "North East and North Cumbria" name areas within or
// across a region, so their figures are not the region's, nor London's;
// "North East England" and "the North East and London" still are regions
// (red-team round 17). Before, each was read as the North West or the
// North East.
func TestAreaWithinARegionIsNotTheRegion(t *testing.T) {
	body := "## Children waiting\n\n| Area | 2024 |\n|---|---|\n" +
		"| North West London | 700 |\n| North East Lincolnshire | 800 |\n| North East and North Cumbria | 900 |\n| North East | 950 |\n\n" +
		"## Referrals\n\nIn South East London, 1,200 children were referred in 2024.\n\n" +
		"In the North East, 4,400 children were referred in 2024.\n"
	got := figuresOf(t, body)
	for fig, place := range map[string]string{"700": "", "800": "", "900": "", "950": "North East", "1,200 children": "", "4,400 children": "North East"} {
		if got[fig][2] != place {
			t.Errorf("%s: place %q, want %q (%q)", fig, got[fig][2], place, got[fig])
		}
	}
}

// TestGroupUnderPeriodHeadersIsNoMeasure: a row label under a header
// naming a group ("Region", "Age group") over columns that are only
// years is of whom or where: the heading says what is measured (red-team
// round 17). Before, "North" under "Region" was the measure, "north".
// "North" alone under "Region" is the row's place too (hostile check 61).
func TestGroupUnderPeriodHeadersIsNoMeasure(t *testing.T) {
	body := "## Children waiting over 18 weeks\n\n| Region | 2023 | 2024 |\n|---|---|---|\n| North | 500 | 510 |\n\n" +
		"## Referrals to CAMHS\n\n| Age group | 2023 | 2024 |\n|---|---|---|\n| Under 5 | 300 | 310 |\n\n" +
		"## Changes\n\n| Measure | 2023 | 2024 |\n|---|---|---|\n| Children waiting for CAMHS | 12,000 | 11,400 |\n"
	got := figuresOf(t, body)
	want := map[string][4]string{
		"510":    {"children waiting over 18 weeks", "2024", "North", "North"},
		"310":    {"referrals to CAMHS", "2024", "", "Under 5"},
		"11,400": {"children waiting for CAMHS", "2024", "", ""},
	}
	for fig, w := range want {
		if got[fig] != w {
			t.Errorf("%s: %q, want %q", fig, got[fig], w)
		}
	}
}

// TestRateColumnIsARate: a column headed "Rate per 100,000" beside one of
// deaths, under a heading naming child deaths, measures the rate of child
// deaths, never child deaths (red-team round 17). Before, the heading
// alone was its measure: 21.3 was shown as "child deaths" in London in
// 2023, beside another source's 19.9 as a disagreement in deaths.
func TestRateColumnIsARate(t *testing.T) {
	body := "## Child deaths by region, 2023\n\n| Region | Deaths | Rate per 100,000 |\n|---|---|---|\n| London | 420 | 21.3 |\n\n" +
		"## Obesity in reception year\n\n| Region | Rate |\n|---|---|\n| London | 10.2 |\n"
	got := figuresOf(t, body)
	for fig, m := range map[string]string{"420": "deaths", "21.3": "child deaths: rate per 100,000", "10.2": "obesity in reception year: rate"} {
		if got[fig][0] != m {
			t.Errorf("%s measures %q, want %q", fig, got[fig][0], m)
		}
	}
}

// TestConfidenceIntervalColumnIsNoFigure: a column of an estimate's
// confidence interval ("95% CI", "Lower 95% CI", "Upper CI") holds bounds,
// not figures, and its "95%" is no unit (red-team round 17). Before,
// "9.3–10.1" under "95% CI" was a figure of 9.3–10.1 per cent, measuring
// "95% CI", and each bound under "Lower 95% CI" a percentage.
func TestConfidenceIntervalColumnIsNoFigure(t *testing.T) {
	body := "## Obesity in reception year\n\n| Region | Rate | 95% CI |\n|---|---|---|\n| London | 9.7 | 9.3–10.1 |\n\n" +
		"## Tooth decay\n\n| Region | Rate | Lower 95% CI | Upper 95% CI |\n|---|---|---|---|\n| North | 23.4 | 21.1 | 25.7 |\n"
	got := figuresOf(t, body)
	for _, fig := range []string{"9.3–10.1", "21.1", "25.7"} {
		if _, ok := got[fig]; ok {
			t.Errorf("%s, a bound of a confidence interval, is a figure: %q", fig, got[fig])
		}
	}
	for _, fig := range []string{"9.7", "23.4"} {
		if _, ok := got[fig]; !ok {
			t.Errorf("the estimate %s is no figure (all %v)", fig, got)
		}
	}
}

// TestAgeBandColumnIsOfWhom: columns headed for age bands ("Under 11",
// "11 to 17", "Aged 18 and over") measure what the caption or heading
// says, the band which part of it (red-team round 17). Before, "Under
// 11" measured "11" and "Aged 18 and over" measured "aged 18", one age
// where the column is of all ages from 18.
func TestAgeBandColumnIsOfWhom(t *testing.T) {
	body := "## Children waiting over 18 weeks, by region\n\n| Region | Under 11 | 11 to 17 | Aged 18 and over | Total |\n|---|---|---|---|---|\n| London | 4,200 | 2,050 | 300 | 6,250 |\n"
	got := figuresOf(t, body)
	for fig, m := range map[string]string{"4,200": "children waiting over 18 weeks: under 11", "2,050": "children waiting over 18 weeks: 11 to 17",
		"300": "children waiting over 18 weeks: aged 18 and over", "6,250": "children waiting over 18 weeks"} {
		if got[fig][0] != m {
			t.Errorf("%s measures %q, want %q", fig, got[fig][0], m)
		}
	}
}

// TestCaptionPeriodBeforeHeadingPeriod: a table whose caption names its
// period ("Table 3: … by region, March 2023") under a heading naming
// another ("## Waiting times in 2024") is of the caption's period; a
// caption naming none leaves the heading's (red-team round 17). Before,
// the caption's period was never read, and 4,200 was cited as 2024's.
func TestCaptionPeriodBeforeHeadingPeriod(t *testing.T) {
	body := "## Waiting times in 2024\n\nWaiting lists grew again this year.\n\nTable 3: Children waiting over 18 weeks by region, March 2023\n\n| Region | Children waiting |\n|---|---|\n| London | 4,200 |\n\n" +
		"Table 4: Children waiting over 18 weeks by region\n\n| Region | Children seen |\n|---|---|\n| London | 5,100 |\n"
	got := figuresOf(t, body)
	for fig, p := range map[string]string{"4,200": "March 2023", "5,100": "2024"} {
		if got[fig][1] != p {
			t.Errorf("%s: period %q, want %q (%q)", fig, got[fig][1], p, got[fig])
		}
	}
}

// TestSexColumnIsOfWhom: columns headed "Boys" and "Girls" under a year
// measure what the heading says, of boys or girls (red-team round 17).
// Before, 1,200 emergency admissions of boys measured "boys", read as
// 1,200 boys.
func TestSexColumnIsOfWhom(t *testing.T) {
	body := "## Emergency admissions for asthma\n\n| Region | 2022/23 Boys | 2022/23 Girls | Total |\n|---|---|---|---|\n| London | 1,200 | 900 | 2,100 |\n"
	got := figuresOf(t, body)
	for fig, m := range map[string]string{"1,200": "emergency admissions for asthma: boys", "900": "emergency admissions for asthma: girls", "2,100": "emergency admissions for asthma"} {
		if got[fig][0] != m {
			t.Errorf("%s measures %q, want %q", fig, got[fig][0], m)
		}
	}
}

// TestPriorYearInBracketsIsItsFigures: a comparison written as annual
// reports write it, "2,000 children (2023: 1,800)", "£3.2m (2022/23:
// £2.9m)", dates the figure after the colon, never the one before (red-
// team round 17). Before, the bracket's year was read as the period
// written after 2,000, so 2,000 was 2023's and 1,800 took the sentence's
// 2024: the two years swapped.
func TestPriorYearInBracketsIsItsFigures(t *testing.T) {
	body := "## F\n\nIn 2024, 2,000 children (2023: 1,800) were referred to speech and language therapy.\n\n" +
		"In 2024, 3,000 (2023: 2,800) children were referred to occupational therapy.\n\n" +
		"In 2023/24 spending was £3.2m (2022/23: £2.9m) on speech and language therapy.\n"
	got := figuresOf(t, body)
	for fig, p := range map[string]string{"2,000 children": "2024", "1,800": "2023", "£3.2m": "2023/24", "£2.9m": "2022/23"} {
		if got[fig][1] != p {
			t.Errorf("%s: period %q, want %q (%q)", fig, got[fig][1], p, got[fig])
		}
	}
	// Between a count and its noun the bracket is an earlier value left
	// out (evidence.PriorValues, round 20): 3,000 is 2024's children, and
	// 2,800 no figure of its own. Before round 20, 3,000 was lost and only
	// 2,800 was read.
	if f, ok := got["3,000 (2023: 2,800) children"]; !ok || f[1] != "2024" {
		t.Errorf("3,000: %q, want 2024's children (%v)", f, got)
	}
	if f, ok := got["2,800"]; ok && f[1] != "2023" {
		t.Errorf("2,800: period %q, want none but 2023", f[1])
	}
	if strings.Contains(got["1,800"][0], "(:)") {
		t.Errorf("1,800 measures %q", got["1,800"][0])
	}
}

// TestTotalOfYearsHasNoYear: a Total row under a "Year" column, in a
// section headed for one year, is of all the years above it, so it takes
// no year from the heading; a row of a quarter ("Q1") under "Quarter" is
// of that quarter of the heading's year, not of the whole year (red-team
// round 17). Before, the total of 2022 to 2024 was cited as 2024's, and
// Q1's and Q2's counts were both 2024's.
func TestTotalOfYearsHasNoYear(t *testing.T) {
	body := "## Referrals to CAMHS in 2024\n\n| Year | Referrals |\n|---|---|\n| 2022 | 100 |\n| 2023 | 120 |\n| 2024 | 140 |\n| Total | 360 |\n\n" +
		"## Waiting in 2024\n\n| Quarter | Children waiting |\n|---|---|\n| Q1 | 300 |\n| Q2 | 320 |\n| All quarters | 620 |\n"
	got := figuresOf(t, body)
	for fig, p := range map[string]string{"140": "2024", "360": "", "300": "Q1 2024", "320": "Q2 2024", "620": "2024"} {
		if got[fig][1] != p {
			t.Errorf("%s: period %q, want %q (%q)", fig, got[fig][1], p, got[fig])
		}
	}
}

// TestThresholdOwnsNoPeriod: "35.8% of children waited over 18 weeks in
// 2023/24" dates the share, not only the threshold written just before
// the year (red-team round 17). Before, "over 18 weeks" took 2023/24 and
// 35.8% had none, so a story's figure was compared with its report's of
// another year.
func TestThresholdOwnsNoPeriod(t *testing.T) {
	got := figuresOf(t, "## F\n\nThe report said 35.8% of children in the North East waited over 18 weeks in 2023/24.\n")
	if p := got["35.8%"][1]; p != "2023/24" {
		t.Errorf("35.8%%: period %q, want 2023/24 (%v)", p, got)
	}
}

// TestShareWithItsBaseInACell: a survey table's cell "62% (n=850)" is a
// share of 62% on a base of 850, and a "Base" column's cells are bases:
// the row's headline is the share, never its base (red-team round 17).
// Before, the cell was no figure at all and the "Base" column's 850 was
// the row's only figure: "850 (Test Trust, 2024)" was the figure copied
// for "Felt listened to".
func TestShareWithItsBaseInACell(t *testing.T) {
	body := "## Survey of young people, 2024\n\n| Response | Share | Base |\n|---|---|---|\n| Felt listened to | 62% (n=850) | 850 |\n| Did not | 38% (n = 850) | 850 |\n"
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		f, ok := it.Headline()
		if !ok {
			continue
		}
		if f.Unit != "percent" || f.Text != "62%" && f.Text != "38%" {
			t.Errorf("%q: headline %q (%s), want the share", it.Text, f.Text, f.Unit)
		}
		for _, g := range it.Figures {
			if g.Text == "850" && g.Role != "base" {
				t.Errorf("%q: 850 is %q, want a base", it.Text, g.Role)
			}
		}
	}
}

// TestAgeBandWithoutWordsAndAllAgesColumns: a column "11+" measures the
// heading's measure of those aged 11 and over, "All ages" the heading's
// of all ages, and "Total (a)" the heading's whole, its marker left out
// (red-team round 17). Before, "11+" had no letter to keep, so 300 of
// those aged 11+ measured "children waiting", the whole table's measure;
// "All ages" measured "all ages", and "Total (a)" "…: total (a)".
func TestAgeBandWithoutWordsAndAllAgesColumns(t *testing.T) {
	body := "## Children waiting by age, March 2024\n\n| Region | 0 to 4 years | 11+ | All ages | Total (a) |\n|---|---|---|---|---|\n| London | 100 | 300 | 600 | 610 |\n"
	got := figuresOf(t, body)
	for fig, m := range map[string]string{"100": "children waiting: 0 to 4 years", "300": "children waiting: 11+", "600": "children waiting: all ages", "610": "children waiting"} {
		if got[fig][0] != m {
			t.Errorf("%s measures %q, want %q", fig, got[fig][0], m)
		}
	}
}

// TestDecimalCommaIsNoFigureOfItsTail: "12,5% of children", a decimal
// comma, is not read as 5% (red-team round 17). Before, the "5%" after the
// comma was the sentence's figure, a share the text does not state.
func TestDecimalCommaIsNoFigureOfItsTail(t *testing.T) {
	got := figuresOf(t, "## F\n\nIn 2024, 12,5% of children were seen within four weeks.\n\nIn 2024, 12.5% of children were seen within six weeks.\n")
	if f, ok := got["5%"]; ok {
		t.Errorf("5%% read from 12,5%%: %q", f)
	}
	if _, ok := got["12.5%"]; !ok {
		t.Errorf("12.5%% is no figure: %v", got)
	}
}

// TestFromToBetweenYearsDatesEachEnd: "rose from 26.7 to 66.4 per 10,000
// children between 2019 and 2024" is 26.7 in 2019 and 66.4 in 2024; "45%
// of children waited longer than 18 weeks in 2023/24" dates the share
// (red-team round 17). Before, both ends were of 2019–2024, and the
// share had no year, the wait owning it.
func TestFromToBetweenYearsDatesEachEnd(t *testing.T) {
	got := figuresOf(t, "## F\n\nRates rose from 26.7 to 66.4 per 10,000 children between 2019 and 2024.\n\n"+
		"The share rose from 20% to 25% between 2022/23 and 2023/24.\n\n"+
		"Figure 3.2 shows that 45% of children waited longer than 18 weeks in 2023/24.\n")
	for fig, p := range map[string]string{"26.7": "2019", "66.4 per 10,000": "2024", "20%": "2022/23", "25%": "2023/24", "45%": "2023/24"} {
		if got[fig][1] != p {
			t.Errorf("%s: period %q, want %q (%q)", fig, got[fig][1], p, got[fig])
		}
	}
}

// TestEmphasisInsideAMarker: a hand-written table's cell whose emphasis
// stands inside its note marker, "_640_ (a)", "**45%**[^1]", or whose
// emphasis is bold and italic, "***38%***", holds its figure (red-team
// round 17). Before, the North's row was lost whole, and the Total's
// share was no figure.
func TestEmphasisInsideAMarker(t *testing.T) {
	got := figuresOf(t, "## Children waiting, 2024\n\n| Region | Children waiting | Share over 18 weeks |\n|---|---|---|\n| North | _640_ (a) | **45%**[^1] |\n| Total | __1,280__ | ***38%*** |\n")
	for fig, pop := range map[string]string{"640": "North", "45%": "North", "38%": "Total (Region)"} {
		if got[fig][3] != pop {
			t.Errorf("%s: group %q, want %q (all %v)", fig, got[fig][3], pop, got)
		}
	}
}

// TestSpanningHeaderUnitIsNoMeasure: a web table's two header rows,
// "School nurses" over "Number" and "%", measure "school nurses", the
// unit the figure's own (red-team round 17). Before, "school nurses
// Number" and "school nurses %" were measures of their own, never one
// with another source's "school nurses".
func TestSpanningHeaderUnitIsNoMeasure(t *testing.T) {
	got := figuresOf(t, "## School nurses in post, September 2024\n\n|  | School nurses Number | School nurses % |\n|---|---|---|\n| North West | 320 | 12.1 |\n")
	for _, fig := range []string{"320", "12.1"} {
		if got[fig][0] != "school nurses" {
			t.Errorf("%s measures %q, want school nurses", fig, got[fig][0])
		}
	}
}
