package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestTableRows checks that each data row with numeric cells is a
// statistic quoting the row, with units from its cells or header, and the
// header line kept.
func TestTableRows(t *testing.T) {
	body := "## Waits by region\n\n" +
		"| Region | Year | Waiting (%) | Median wait (weeks) | Spend (£m) | Rate per 100,000 | Children |\n" +
		"|---|---|---|---|---|---|---|\n" +
		"| North East[^2] | 2023/24 | 45 | 13–52 | 12.5 | 310.2 | 1,204 |\n" +
		"| London | 2024 | 38% | 18 | * | n/a | 45 (12%) |\n" +
		"| England total | 2023-24 | - | - | - | - | - |\n" +
		"\n[^2]: Includes Cumbria.\n"
	items := extract.Extract(parseBody(t, "P", body))
	var got []string
	for _, it := range items {
		if it.Text != strings.TrimSpace(it.Text) || !strings.HasPrefix(it.Text, "|") {
			t.Errorf("item %q is not a row line", it.Text)
		}
		if it.Header != "| Region | Year | Waiting (%) | Median wait (weeks) | Spend (£m) | Rate per 100,000 | Children |" {
			t.Errorf("item %q has header %q", it.Text, it.Header)
		}
		for _, f := range it.Figures {
			if it.Text[f.Offset:f.Offset+len(f.Text)] != f.Text {
				t.Errorf("figure %q is not at its offset in %q", f.Text, it.Text)
			}
		}
		got = append(got, string(it.Kind)+": "+describe(it.Figures))
	}
	want := []string{
		"statistic: 45=45 percent; 13–52=13-52 weeks; 12.5=12500000 gbp; 310.2=310.2 other; 1,204=1204 count",
		"statistic: 38%=38 percent; 18=18 weeks; 45=45 count; 12%=12 percent",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, it := range items {
		if it.Kind == evidence.Statistic && strings.Contains(it.Text, "Includes Cumbria") {
			t.Error("a footnote definition became an item")
		}
	}
}

// TestFootnotesAreNotItems checks that footnote definitions are never
// items and that a reference is never part of a figure.
func TestFootnotesAreNotItems(t *testing.T) {
	body := "Some 40%[^3] of referrals were closed without treatment in the year.\n\n[^3]: NHS England, Community Health Services waiting lists, 2024, table 4, 12 months to March.\n"
	items := extract.Extract(parseBody(t, "P", body))
	if len(items) != 1 || items[0].Kind != evidence.Statistic {
		t.Fatalf("items: %+v", items)
	}
	if got := describe(items[0].Figures); got != "Some 40%=40 percent" {
		t.Errorf("figures %q", got)
	}
}

// TestTableHeaders checks what headers say about their columns: a count
// past a threshold is a count, a change in percentage points is a change,
// and signed cells keep their sign.
func TestTableHeaders(t *testing.T) {
	body := "| Service | Waiting over 52 weeks | Coverage (%) | Change (percentage points) |\n" +
		"|---|---|---|---|\n" +
		"| Community paediatrics | 21,300 | 73.9 | -0.3 |\n" +
		"| Speech and language therapy | 9,800 | 81.5 | +1.1 |\n"
	var got []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		got = append(got, describe(it.Figures))
	}
	want := []string{
		"21,300=21300 count; 73.9=73.9 percent; -0.3=-0.3 other/change",
		"9,800=9800 count; 81.5=81.5 percent; +1.1=1.1 other/change",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// "Change since 2022/23 (points)": a change in points, not a count.
	body = "| Review | Coverage (%) | Change since 2022/23 (points) |\n|---|---|---|\n| Review by one year | 74.2 | −2.5 |\n"
	got = nil
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		got = append(got, describe(it.Figures))
	}
	if w := "74.2=74.2 percent; −2.5=-2.5 other/change"; strings.Join(got, "\n") != w {
		t.Errorf("row of points: %q, want %q", got, w)
	}
}

// TestTableCaption checks that a table's caption is a title, neither a
// statistic nor an excerpt, and that the unit it states ("£ million", "(%)") is the unit
// of the columns headed by a period, not of one headed by what it counts.
func TestTableCaption(t *testing.T) {
	body := "Table 4: Spending on school nursing in the 12 largest councils, £ million (real terms)\n\n" +
		"| Area | 2019/20 | 2023/24 | Change |\n|---|---|---|---|\n| North | 120 | 98 | −18.3% |\n\n" +
		"Table 5: Children seen within four weeks, by region (%)\n\n" +
		"| Region | 2022 | March 2024 | Children seen |\n|---|---|---|---|\n| South | 61.5 | 64.0 | 1,204 |\n\n" +
		"| Region | 2022 |\n|---|---|\n| East | 310 |\n\n" +
		// A chart's caption that states its finding is a statistic.
		"Figure 2: More than six in 10 families reported damp or mould\n\n" +
		"| Problem | Families |\n|---|---|\n| Damp or mould | 63% |\n"
	var got []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		got = append(got, string(it.Kind)+": "+describe(it.Figures))
	}
	want := []string{
		"statistic: 120=120000000 gbp; 98=98000000 gbp/headline; −18.3%=-18.3 percent/change",
		"statistic: 61.5=61.5 percent; 64.0=64 percent/headline; 1,204=1204 count",
		"statistic: 310=310 count",
		"statistic: More than six in 10=60 percent",
		"statistic: 63%=63 percent",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestTableUnits checks that a unit stated once for a whole table — in
// its caption, its first header cell, a row of units under the header or
// a note under it — is the unit of every cell whose column does not state
// its own, and that a column headed as a count stays one.
func TestTableUnits(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"caption over places and periods",
			"Table 2: Children seen within a year, Eastmoor and England (%)\n\n" +
				"| Measure | Eastmoor 2023/24 | England 2023/24 | Number seen |\n|---|---|---|---|\n" +
				"| Boys | 41.2 | 44.0 | 310 |\n",
			[]string{"statistic: 41.2=41.2 percent; 44.0=44 percent; 310=310 count"}},
		{"first header cell",
			"| Prevalence (%) | Girls | Boys |\n|---|---|---|\n| Reception | 9.1 | 9.9 |\n",
			[]string{"statistic: 9.1=9.1 percent; 9.9=9.9 percent"}},
		{"share of a group in the first header cell",
			"| % of children | North | South |\n|---|---|---|\n| Seen in four weeks | 52 | 61 |\n",
			[]string{"statistic: 52=52 percent; 61=61 percent"}},
		{"a row of units",
			"| Area | Waiting | Waiting | Spend |\n|---|---|---|---|\n| | n | % | £m |\n| North | 1,250 | 12.5 | 3.2 |\n",
			[]string{"statistic: 1,250=1250 count; 12.5=12.5 percent; 3.2=3200000 gbp"}},
		{"a note under the table",
			"| Region | 2019 | 2023 |\n|---|---|---|\n| West | 18.4 | 21.0 |\n\nNote: all figures are percentages of pupils measured.\n",
			[]string{"statistic: 18.4=18.4 percent; 21.0=21 percent/headline", "excerpt: "}},
		{"rounding note is no unit",
			// The note itself is furniture (TestFurnitureOfPagePointersAndWritersNotes).
			"| Place | Number | Per cent |\n|---|---|---|\n| Home | 423 | 19.0% |\n\nPercentages may not sum to 100 because of rounding.\n",
			[]string{"statistic: 423=423 count; 19.0%=19 percent"}},
		{"units in the row labels",
			"| Indicator | Period | Eastmoor | England |\n|---|---|---|---|\n" +
				"| Healthy Start uptake (%) | Mar 2024 | 61 | 65 |\n" +
				"| Infant mortality rate (per 1,000 live births) | 2021–23 | 5.6 | 3.9 |\n" +
				"| Median wait for assessment (weeks) | 2023/24 | 18 | 21 |\n" +
				"| Median distance from home of placements (miles) | 2023/24 | 96 | 112 |\n",
			[]string{"statistic: 61=61 percent; 65=65 percent", "statistic: 5.6=5.6 other; 3.9=3.9 other", "statistic: 18=18 weeks; 21=21 weeks",
				"statistic: 96=96 other; 112=112 other"}},
		{"a row of units with minutes",
			"| Hospital | Attendances | Within 30 minutes | Median time |\n|---|---|---|---|\n| | number | % | minutes |\n| Specialist centres | 1,412 | 63 | 28 |\n",
			[]string{"statistic: 1,412=1412 count; 63=63 percent; 28=28 other"}},
		{"no unit stated",
			"| Region | Eastmoor 2023/24 |\n|---|---|\n| West | 310 |\n",
			[]string{"statistic: 310=310 count"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, it := range extract.Extract(parseBody(t, "P", c.body)) {
				got = append(got, string(it.Kind)+": "+describe(it.Figures))
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

// TestTableRowsOfSentences checks tables whose cells hold sentences: each
// sentence of a cell is an item of its own (a statistic where it states a
// figure, a recommendation where it asks), a cell under a
// "Recommendation" heading is a recommendation numbered by its row, and
// leads and dates beside them are no figures.
func TestTableRowsOfSentences(t *testing.T) {
	body := "## Findings\n\n" +
		"| Theme | What we found |\n|---|---|\n" +
		"| Dental care | Only 38 care leavers (12%) had seen a dentist in the past year. Most could not find a dentist taking on adults. |\n" +
		"| Advice | Young people valued their personal advisers and wanted more say in their care plans. |\n" +
		"\n## Risks\n\n" +
		"| Risk | Mitigation |\n|---|---|\n" +
		"| Children are placed far from home; nine placements were more than 100 miles away. | The ICB should pay for families to visit every week. |\n" +
		"\n## Our recommendations\n\n" +
		"| No. | Recommendation | Lead | By |\n|---|---|---|---|\n" +
		"| 2 | Publish a health summary with every young person before they leave care. | Director of Children’s Services | September 2025 |\n"
	var got []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		got = append(got, string(it.Kind)+" "+it.Number+"|"+it.Text+"|"+describe(it.Figures))
	}
	want := []string{
		"statistic |Only 38 care leavers (12%) had seen a dentist in the past year.|Only 38=38 count; 12%=12 percent/headline",
		"excerpt |Most could not find a dentist taking on adults.|",
		"excerpt |Young people valued their personal advisers and wanted more say in their care plans.|",
		"statistic |Children are placed far from home; nine placements were more than 100 miles away.|nine placements=9 count; more than 100 miles=100 other",
		"recommendation |The ICB should pay for families to visit every week.|",
		"recommendation 2|Publish a health summary with every young person before they leave care.|",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestOwnerColumnNamesTheActors: in a table of recommendations with an
// owner, the owner is who is asked where the recommendation names no one,
// a body with no place among the actors ("Network board") being Other;
// a recommendation's own subject wins over the owner.
func TestOwnerColumnNamesTheActors(t *testing.T) {
	body := "## Local recommendations\n\n" +
		"| No. | Recommendation | Owner | Deadline |\n|---|---|---|---|\n" +
		"| 5 | Commission a specialist service for children in every area. | Each ICB | April 2026 |\n" +
		"| 6 | Agree one referral form across the network for every child. | Network board | December 2025 |\n" +
		"| 7 | The Government should fund the clinics for five years. | DHSC | March 2026 |\n"
	got := recSummaries(extract.Extract(parseBody(t, "P", body)), false)
	if want := []string{"5|ICBs", "6|Other", "7|Government"}; strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("recommendations %q, want %q", got, want)
	}
}

// TestGluedCells checks a cell holding the values of two columns side by
// side, as a PDF's text layer may leave them, and a row label naming the
// base of a rate: each value is a figure, a rate beats a column named for
// a group, and a number with spaced thousands stays one number.
func TestGluedCells(t *testing.T) {
	cases := []struct {
		name, body, want string
	}{
		{"two percentages",
			"| Measure | Girls Boys | All |\n|---|---|---|\n| Active every day | 41% 52% | 46.5% |\n",
			"41%=41 percent; 52%=52 percent; 46.5%=46.5 percent"},
		{"two rates under a group",
			"| Measure | Urban Rural | All pupils |\n|---|---|---|\n| Admissions per 10,000 pupils | 310 96 | 244 |\n",
			"310=310 other; 96=96 other; 244=244 other"},
		{"three counts",
			"| Service | North South East |\n|---|---|\n| Referrals | 120 87 64 |\n",
			"120=120 count; 87=87 count; 64=64 count"},
		{"spaced thousands are one number",
			"| Area | Children |\n|---|---|\n| West | 1 204 |\n",
			"1 204=1204 count"},
		{"a percentage beside a count is no pair",
			"| Area | Seen |\n|---|---|\n| West | 41 52% |\n",
			""},
		{"counts under a number column stay counts",
			"| Indicator | Number of children |\n|---|---|\n| Admissions per 1,000 | 320 |\n",
			"320=320 count"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, it := range extract.Extract(parseBody(t, "P", c.body)) {
				if it.Kind == evidence.Statistic {
					got = append(got, describe(it.Figures))
				}
			}
			if strings.Join(got, "\n") != c.want {
				t.Errorf("figures %q, want %q", strings.Join(got, "\n"), c.want)
			}
		})
	}
}

// TestValuesKeepTheDecimalsShown: a value is the number its text states,
// to the decimal places it shows. Every value was rounded to one place:
// "−0.12" in a table was −0.1 and "0.45 per 1,000" 0.5, values no report
// states, copied into a briefing as the report's.
func TestValuesKeepTheDecimalsShown(t *testing.T) {
	body := "## Change by deprivation\n\n" +
		"| Group | Started | Completion | Mean change in BMI SDS |\n|---|---|---|---|\n" +
		"| Middle fifth | 61 | 77.25% | −0.12 |\n| Least deprived | 68 | 81% | -0.09 |\n\n" +
		"The readmission rate was 0.45 per 1,000 children, and spending rose to £1.25bn.\n"
	got := map[string]float64{}
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		for _, f := range it.Figures {
			got[f.Text] = f.Value
		}
	}
	for text, want := range map[string]float64{"−0.12": -0.12, "-0.09": -0.09, "77.25%": 77.25, "£1.25bn": 1.25e9} {
		if v, ok := got[text]; !ok || v != want {
			t.Errorf("%q: value %v (found %v), want %v; all: %v", text, v, ok, want, got)
		}
	}
	var rate float64
	for text, v := range got {
		if strings.HasPrefix(text, "0.45") {
			rate = v
		}
	}
	if rate != 0.45 {
		t.Errorf("0.45 per 1,000: value %v, want 0.45; all: %v", rate, got)
	}
}

// TestTableTimeUnits checks the units of cells whose header or row label
// names a time: a count of cases meeting a time condition ("Advice within
// 6 weeks", "Seen within eighteen weeks") holds counts; a header that is a
// duration ("Average wait, weeks", "Weeks waited (median)") and a row
// label naming the measure's unit ("Median hours to assessment", "Average
// days in hospital") hold durations; rates stay rates and percentages
// percentages.
func TestTableTimeUnits(t *testing.T) {
	cases := []struct{ name, body, want string }{
		{"count under a time limit", "| Service | Requests | Advice within 6 weeks | % |\n|---|---|---|---|\n| Paediatrics | 412 | 288 | 70 |\n",
			"412=412 count; 288=288 count; 70=70 percent"},
		{"time limit in words", "| Therapy | Waiting | Seen within eighteen weeks | Waiting over 52 weeks | Average wait, weeks |\n|---|---|---|---|---|\n| Physiotherapy | 640 | 402 | 31 | 14 |\n",
			"640=640 count; 402=402 count; 31=31 count; 14=14 weeks"},
		{"hours as a condition", "| Team | Urgent referrals | Responded within two hours | Within 2 hours (n) | Mean response time (minutes) |\n|---|---|---|---|---|\n| North | 214 | 187 | 190 | 84 |\n",
			"214=214 count; 187=187 count; 190=190 count; 84=84 other"},
		{"within a week", "| Team | Referrals | Seen within a week |\n|---|---|---|\n| North | 214 | 97 |\n",
			"214=214 count; 97=97 count"},
		{"duration headers keep time", "| Pathway | Referrals | Weeks waited (median) | Assessed in 4 weeks | Median wait (weeks) |\n|---|---|---|---|---|\n| ADHD | 690 | 88 | 5 | 80 |\n",
			"690=690 count; 88=88 weeks; 5=5 count; 80=80 weeks"},
		{"median over a threshold stays a duration", "| Pathway | Median wait for the 18 week pathway |\n|---|---|\n| ADHD | 24 |\n",
			"24=24 weeks"},
		{"percent of a time limit", "| Service | % seen within 18 weeks | Within 4 hours (%) |\n|---|---|---|\n| Audiology | 84.0 | 73.5 |\n",
			"84.0=84 percent; 73.5=73.5 percent"},
		{"row labels naming a time", "| Measure | 2022/23 | 2023/24 | Change |\n|---|---|---|---|\n| Median hours to CAMHS liaison assessment | 9.0 | 5.5 | −3.5 |\n| Average days in hospital | 3.2 | 2.9 | −0.3 |\n| Mean minutes to triage | 22 | 18 | −4 |\n| Days from referral to first contact | 41.5 | 37.2 | −4.3 |\n| Median weeks to diagnosis | 40 | 36 | −4 |\n| Rate per 1,000 | 4.6 | 4.9 | +0.3 |\n| Children waiting over 18 weeks | 310 | 280 | −30 |\n| Young people assessed | 871 | 944 | +73 |\n",
			"9.0=9 other; 5.5=5.5 other/headline; −3.5=-3.5 other/change\n3.2=3.2 other; 2.9=2.9 other/headline; −0.3=-0.3 other/change\n22=22 other; 18=18 other/headline; −4=-4 other/change\n41.5=41.5 other; 37.2=37.2 other/headline; −4.3=-4.3 other/change\n40=40 weeks; 36=36 weeks/headline; −4=-4 weeks/change\n4.6=4.6 other; 4.9=4.9 other/headline; +0.3=0.3 other/change\n310=310 count; 280=280 count/headline; −30=-30 count/change; over 18 weeks=18 weeks/threshold\n871=871 count; 944=944 count/headline; +73=73 count/change"},
		{"money and n columns untouched", "| Service | Spend (£000s) | n | Percentage |\n|---|---|---|---|\n| CAMHS | 1,250 | 96 | 12 |\n",
			"1,250=1250000 gbp; 96=96 count; 12=12 percent"},
	}
	for _, c := range cases {
		items := extract.Extract(parseBody(t, "P", "## Table\n\n"+c.body))
		var got []string
		for _, it := range items {
			got = append(got, describe(it.Figures))
		}
		if g := strings.Join(got, "\n"); g != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, g, c.want)
		}
	}
}

// TestGluedHeaderUnits checks a PDF row whose columns were glued into one
// cell under one header: when the header's parts state different units
// each value takes its own ("642 455 71 3.2" under "Referrals Assessed
// within four hours % Median wait (hours)"), never the "%" for all; a
// count and its share ("45 (12%)") is read as before, a spaced number
// ("1 204") is never split into a count and a wait, and values that cannot be paired with their headers
// give no figures rather than wrong units.
func TestGluedHeaderUnits(t *testing.T) {
	cases := []struct{ name, body, want string }{
		{"paired", "| Site | Referrals Assessed within four hours % Median wait (hours) |\n|---|---|\n| Kestrelford General | 642 455 71 3.2 |\n",
			"642=642 count; 455=455 count; 71=71 percent; 3.2=3.2 other"},
		{"not paired", "| Site | Referrals % Median wait (hours) |\n|---|---|\n| North | 642 455 71 3.2 |\n",
			""},
		{"one unit", "| Area | Core20 areas Least deprived |\n|---|---|\n| North | 54% 73% |\n",
			"54%=54 percent; 73%=73 percent"},
		{"count and share", "| Area | Children Referred |\n|---|---|\n| North | 45 (12%) |\n",
			"45=45 count; 12%=12 percent"},
		{"spaced thousands", "| Area | Referrals Median wait (weeks) |\n|---|---|\n| North | 1 204 |\n",
			""},
		{"spaced thousands, no-break", "| Area | Referrals Median wait (weeks) |\n|---|---|\n| North | 1\u00a0204 |\n",
			""},
		{"title case", "| Area | Children Seen (%) Median Wait (Weeks) |\n|---|---|\n| North | 45 12 |\n",
			"45=45 percent; 12=12 weeks"},
		{"title case, three", "| Area | Children Referred Children Seen (%) Median Wait (Weeks) |\n|---|---|\n| North | 642 45 12 |\n",
			""},
	}
	for _, c := range cases {
		items := extract.Extract(parseBody(t, "P", "## Table\n\n"+c.body))
		var got []string
		for _, it := range items {
			got = append(got, describe(it.Figures))
			for _, f := range it.Figures {
				if it.Text[f.Offset:f.Offset+len(f.Text)] != f.Text {
					t.Errorf("%s: figure %q is not at its offset in %q", c.name, f.Text, it.Text)
				}
			}
		}
		if g := strings.Join(got, "\n"); g != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, g, c.want)
		}
	}
}

// TestDurationHeadersOverAPeriod: a header that opens with a duration is
// one, whatever period follows it ("Hours of therapy in a week"); a header
// counting those within a period stays a count ("Seen within a week").
func TestDurationHeadersOverAPeriod(t *testing.T) {
	body := "## Therapy\n\n| Service | Hours of therapy in a week | Bed days in a year | Seen within a week |\n|---|---|---|---|\n| Ward A | 6.5 | 120 | 45 |\n"
	var got []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		got = append(got, describe(it.Figures))
	}
	if want := "6.5=6.5 other; 120=120 other; 45=45 count"; len(got) != 1 || got[0] != want {
		t.Errorf("figures %q, want %q", got, want)
	}
}

// TestCountColumnsInThousands: a header that gives its counts in thousands
// or millions ("Referrals (thousands)", "Children ('000s)", "Population
// (millions)") scales them, as "Spend (£m)" scales money. Before, 12.5 was
// a count of 12.5 referrals: a value a thousand times too small in the
// JSON, the CSV and every comparison of figures (red-team round 11).
func TestCountColumnsInThousands(t *testing.T) {
	body := "| Region | Referrals (thousands) | Children ('000s) | Population (millions) | Staff (000s) | Beds |\n" +
		"|---|---|---|---|---|---|\n" +
		"| North | 12.5 | 340 | 2.7 | 1.2 | 410 |\n"
	var got []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		got = append(got, describe(it.Figures))
	}
	want := "12.5=12500 count; 340=340000 count; 2.7=2700000 count; 1.2=1200 count; 410=410 count"
	if strings.Join(got, "\n") != want {
		t.Errorf("got  %q\nwant %q", strings.Join(got, "\n"), want)
	}
}

// TestCellMarkersAsPublished: a cell's figure with a note marker set on
// the line, as a PDF without raised text or a hand-made table writes it
// ("950†", "1,010 (a)", "870[1]", "640‡", "55 [b]"), is the figure without
// its marker; "45 (12%)" is still two figures. Before, only "*", a
// superscript digit and "[^2]" were markers, and each of these rows was
// no statistic at all: its region's count was lost (red-team round 15).
func TestCellMarkersAsPublished(t *testing.T) {
	body := "## Children waiting by region\n\n" +
		"| Region | Children waiting 2024 |\n|---|---|\n" +
		"| North | 1,200* |\n| South | 950† |\n| East | 1,010 (a) |\n| West | 870[1] |\n| Midlands | 640‡ |\n| London | 55 [b] |\n| Wales | 45 (12%) |\n"
	var got []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		for _, f := range it.Figures {
			if it.Text[f.Offset:f.Offset+len(f.Text)] != f.Text {
				t.Errorf("figure %q is not at its offset in %q", f.Text, it.Text)
			}
		}
		got = append(got, describe(it.Figures))
	}
	want := []string{"1,200=1200 count", "950=950 count", "1,010=1010 count", "870=870 count", "640=640 count", "55=55 count", "45=45 count; 12%=12 percent"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
