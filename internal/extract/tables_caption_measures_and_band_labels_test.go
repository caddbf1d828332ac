package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// A caption or a title over a table that opens on its measure, an
// average of a time unit ("Median weeks from ...", "Average wait in days
// ..."), gives the cells that unit, numbered or not, as a caption line or
// as a heading (a PDF's table title); a row label stating its own unit
// ("(%)") keeps it. A number in a caption's other words ("over 18 weeks")
// gives no unit.
func TestCaptionMeasureGivesCellsTheirUnit(t *testing.T) {
	for _, c := range []struct {
		name, body string
		want       []string
	}{
		{"numbered caption", "## Waits\n\nTable 3.4: Median weeks from referral to first contact, community therapies, 2025/26\n\n" +
			"| Service | Q1 (Apr–Jun) | Q2 (Jul–Sep) |\n|---|---|---|\n| Orthoptics | 12 | 10 |\n| Seen within 18 weeks, all therapies (%) | 71 | 68 |\n",
			[]string{"statistic: 12=12 weeks; 10=10 weeks", "statistic: 71=71 percent; 68=68 percent; 18 weeks=18 weeks/threshold"}},
		{"caption line", "## Waits\n\nAverage wait in days for a first assessment, by locality\n\n" +
			"| Locality | 2024 | 2025 |\n|---|---|---|\n| Eastfield | 41 | 36 |\n",
			[]string{"statistic: 41=41 other; 36=36 other/headline"}},
		{"heading", "## Dental access\n\n### Table 2: Mean months since last dental check, by age band\n\n" +
			"| Age band | Boys | Girls |\n|---|---|---|\n| Under 5 | 9 | 8 |\n",
			[]string{"statistic: 9=9 months; 8=8 months"}},
		{"threshold in the caption", "## Waits\n\nTable 6: Average number of children waiting over 18 weeks, by service\n\n" +
			"| Service | 2024 | 2025 |\n|---|---|---|\n| Orthoptics | 140 | 122 |\n",
			[]string{"statistic: 140=140 count; 122=122 count/headline"}},
	} {
		var got []string
		for _, it := range extract.Extract(parseBody(t, "P", c.body)) {
			if strings.HasPrefix(it.Text, "|") {
				got = append(got, string(it.Kind)+": "+describe(it.Figures))
			}
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s: rows\n%s\nwant\n%s", c.name, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
	}
}

// A row label that is one band of a distribution of waits ("Over 52
// weeks", "More than 26 weeks") is the row's label, no figure of it,
// under a header naming the bands' unit ("Weeks waited") too: the row's
// count is its headline. A column headed by an average of a duration
// ("Median stay (weeks)") keeps its durations.
func TestWaitBandLabelIsNoFigure(t *testing.T) {
	body := "## Waiting list\n\n| Wait | Children | Share |\n|---|---|---|\n| Over 52 weeks | 2,400 | 11% |\n| More than 26 weeks | 5,150 | 24% |\n\n" +
		"## Bands\n\n| Weeks waited | Young people |\n|---|---|\n| Over 26 weeks | 410 |\n\n" +
		"## Stays\n\n| Median stay (weeks) | Young people |\n|---|---|\n| 6 weeks | 31 |\n"
	var got []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		h, _ := it.Headline()
		got = append(got, h.Text+" :: "+describe(it.Figures))
	}
	want := []string{
		"2,400 :: 2,400=2400 count; 11%=11 percent",
		"5,150 :: 5,150=5150 count; 24%=24 percent",
		"410 :: 410=410 count",
		"6 weeks :: 6 weeks=6 weeks; 31=31 count",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A short line over a table, no "Table 3:" before it, that ends with the
// unit of its cells ("(£m)", ", £ million", "(%)") gives them that unit,
// a number in its words ("within 12 weeks") or not; the line states no
// finding of its own.
func TestTitleLineEndingInAUnit(t *testing.T) {
	for _, c := range []struct{ title, want string }{
		{"Spending on school nursing by locality (£m)", "statistic: 3.4=3400000 gbp; 3.9=3900000 gbp/headline"},
		{"Spending on school nursing by locality, £ million", "statistic: 3.4=3400000 gbp; 3.9=3900000 gbp/headline"},
		{"Children assessed within 12 weeks, by locality (%)", "statistic: 3.4=3.4 percent; 3.9=3.9 percent/headline"},
	} {
		body := "## Localities\n\n" + c.title + "\n\n| Locality | 2024/25 | 2025/26 |\n|---|---|---|\n| Westbrook | 3.4 | 3.9 |\n"
		var got []string
		for _, it := range extract.Extract(parseBody(t, "P", body)) {
			got = append(got, string(it.Kind)+": "+describe(it.Figures))
		}
		if strings.Join(got, "\n") != c.want {
			t.Errorf("%s: items\n%s\nwant\n%s", c.title, strings.Join(got, "\n"), c.want)
		}
	}
}
