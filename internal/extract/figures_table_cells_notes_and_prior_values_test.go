package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestBracketedPriorValueIsNoFigure: a bare number in brackets beside a
// count, as an annual report sets last year's value beside this year's
// ("2,000 (1,800) children"), says no year: it is no figure, and the
// count before it is the sentence's, read with its noun and shown
// without the bracket (red-team round 18). Before, 2,000 was lost and 1,800 was cited as 2024's.
func TestBracketedPriorValueIsNoFigure(t *testing.T) {
	for _, c := range []struct{ body, fig, measure, drop string }{
		{"In 2024, 2,000 (1,800) children were referred to speech and language therapy.", "2,000 (1,800) children", "were referred to speech and language therapy", "1,800"},
		{"In 2024, 2,000 children (1,800) were referred to speech and language therapy.", "2,000 children", "were referred to speech and language therapy", "1,800"},
		{"In 2024, 45% (43%) of children were seen within 18 weeks.", "45%", "of children were seen within 18 weeks", "43%"},
	} {
		got := figuresOf(t, "## Referrals\n\n"+c.body+"\n")
		if g, ok := got[c.fig]; !ok || g[0] != c.measure || g[1] != "2024" {
			t.Errorf("%s: %s is %q, want %q in 2024 (all %v)", c.body, c.fig, g, c.measure, got)
		}
		if g, ok := got[c.drop]; ok {
			t.Errorf("%s: the bracketed %s is a figure: %q", c.body, c.drop, g)
		}
	}
	// Shown and copied apart from its sentence, the count has no bracket.
	if figs := extract.Figures("In 2024, 2,000 (1,800) children were referred."); len(figs) != 1 || figs[0].Shown() != "2,000 children" || figs[0].Value != 2000 {
		t.Errorf("figures %v, want 2,000 children shown without the bracket", figs)
	}
	// A count and its share, and a year in brackets, are as before.
	got := figuresOf(t, "## Referrals\n\nOf the 57 children, 41 (72%) were seen in 2024.\n")
	if _, ok := got["72%"]; !ok {
		t.Errorf("a count's share in brackets is no figure: %v", got)
	}
}

// TestTrailingEmptyCellIsNoMerge: a hand-written row closing with "||"
// under columns of unlike things ("Children waiting", "Share") has left
// its last cell empty: 1,200 is of its own column (red-team round 18).
// Before, it was read as merged over both columns, lost its column's
// name, and measured "OT". Alike columns ("2023", "2024") still merge.
func TestTrailingEmptyCellIsNoMerge(t *testing.T) {
	got := figuresOf(t, "## Waiting\n\n| Service | Children waiting | Share |\n|---|---|---|\n| SLT | 900 | 40% |\n| OT | 1,200 || \n\n"+
		"## Children waiting for mental health services\n\n| Area | 2023 | 2024 |\n|---|---|---|\n| North | 450 ||\n| South | 500 | 550 |\n")
	if g := got["1,200"]; g[0] != "children waiting: OT" {
		t.Errorf("1,200 beside a trailing empty cell: %q, want it to measure children waiting: OT (all %v)", g, got)
	}
	if g := got["450"]; g[1] != "" {
		t.Errorf("450 merged over 2023 and 2024: %q, want no period", g)
	}
}

// TestYearEarlierIsAYearBefore: an earlier value "a year earlier" is of
// the year before the sentence's period ("2023" before 2024, "March 2023"
// before March 2024, "2022/23" before 2023/24), or of none where the
// sentence names no period; "a year earlier" is no group (red-team round
// 18). Before, 11,020 was a count of "year earlier" with no period.
func TestYearEarlierIsAYearBefore(t *testing.T) {
	for _, c := range []struct{ lead, want string }{
		{"In 2024, 12,400 children were waiting", "2023"},
		{"At March 2024, 12,400 children were waiting", "March 2023"},
		{"In 2023/24, 12,400 children were waiting", "2022/23"},
		{"Some 12,400 children are waiting", ""},
	} {
		got := figuresOf(t, "## Children waiting\n\n"+c.lead+", up from 11,020 a year earlier.\n")
		g, ok := got["11,020"]
		if !ok || g[1] != c.want || strings.Contains(g[3], "year") {
			t.Errorf("%s: 11,020 is %q, want period %q and no group of a year (all %v)", c.lead, g, c.want, got)
		}
	}
	// A time from when the text was written says no year.
	got := figuresOf(t, "## Children waiting\n\nIn 2024, 12,400 children were waiting, up from 11,020 two years ago.\n")
	if g := got["11,020"]; g[1] != "" {
		t.Errorf("11,020 two years ago: %q, want no period", g)
	}
}

// TestMarkedCountsKeepTheirOwnGroups: note markers after two counts of
// one sentence ("3 (b) trusts ..., and 12 (c) with partial data") are no
// words of either's labels, and the second count is of its own "with"
// phrase, of what the first counts (red-team round 18). Before, 12 was a
// count of "trusts with no data", and both measured "(c) with partial
// data".
func TestMarkedCountsKeepTheirOwnGroups(t *testing.T) {
	for _, body := range []string{
		"There were 3 (b) trusts with no data, and 12 (c) with partial data in 2024.",
		"There were 3 trusts with no data, and 12 with partial data in 2024.",
	} {
		got := figuresOf(t, "## Trusts\n\n"+body+"\n")
		var three, twelve [4]string
		for k, v := range got {
			switch {
			case strings.HasPrefix(k, "3 "):
				three = v
			case strings.HasPrefix(k, "12"):
				twelve = v
			}
		}
		if three[3] != "trusts with no data" || twelve[3] != "trusts with partial data" {
			t.Errorf("%s: groups %q and %q, want trusts with no data and trusts with partial data", body, three[3], twelve[3])
		}
		for k, v := range got {
			if strings.Contains(v[0]+v[3], "(") {
				t.Errorf("%s: %s keeps a marker: %q", body, k, v)
			}
		}
	}
}

// TestIndicatorRowNamesTheMeasure: a row under "Indicator" or "Measure"
// names what its figures measure, without its unit; a column of a group
// says which part ("Boys"), one of a place where, one of a rate which
// rate, and one named for its values nothing more (red-team round 18).
// Before, 24.1 measured "boys", "england" or "value", as a percentage of
// the group "Obese in Year 6 (%)".
func TestIndicatorRowNamesTheMeasure(t *testing.T) {
	got := figuresOf(t, "## Obesity\n\n| Indicator | Boys | Girls |\n|---|---|---|\n| Obese in Year 6 (%) | 24.1 | 20.3 |\n\n"+
		"## Obesity by area\n\n| Indicator | England | London |\n|---|---|---|\n| Obese in reception (%) | 9.6 | 9.1 |\n\n"+
		"## Asthma\n\n| Measure | Count | Rate per 100,000 |\n|---|---|---|\n| Admissions for asthma | 241 | 18.2 |\n")
	want := map[string][4]string{
		"24.1": {"obese in Year 6: boys", "", "", ""},
		"20.3": {"obese in Year 6: girls", "", "", ""},
		"9.1":  {"obese in reception", "", "London", ""},
		"241":  {"admissions for asthma", "", "", ""},
		"18.2": {"admissions for asthma: rate per 100,000", "", "", ""},
	}
	for fig, w := range want {
		if got[fig] != w {
			t.Errorf("%s: %q, want %q", fig, got[fig], w)
		}
	}
}

// TestMergedLabelCarriesDown: a label cell merged over rows ("^^" under
// "London"), as a web page's import writes it, is the label above it, so
// each row's figures keep the place; a figure merged over rows that a
// merged label spans too keeps that label (red-team round 18). Before,
// the rows under London had no place.
func TestMergedLabelCarriesDown(t *testing.T) {
	got := figuresOf(t, "## Children waiting\n\n| Region | Trust | 2023 | 2024 |\n|---|---|---|---|\n"+
		"| London | Alder | 200 | 210 |\n| ^^ | Birch | 300 | 310 |\n| ^^ | Cedar | 400 | 410 |\n| North East | Elm | 500 | 510 |\n\n"+
		"## Referrals\n\n| Region | Year | Referrals |\n|---|---|---|\n| South West | 2023 | 1,500 |\n| ^^ | 2024 | ^^ |\n")
	want := map[string][4]string{
		"310":   {"children waiting", "2024", "London", "Birch"},
		"400":   {"children waiting", "2023", "London", "Cedar"},
		"510":   {"children waiting", "2024", "North East", "Elm"},
		"1,500": {"referrals", "", "South West", ""},
	}
	for fig, w := range want {
		if got[fig] != w {
			t.Errorf("%s: %q, want %q", fig, got[fig], w)
		}
	}
}

// TestTableNoteIsNoStatistic: a line under a table opened by the marker
// it explains ("(a)", "[1]", "†") or by "Note:" says how the cells were
// made: it is quoted, if long enough, with no figures; the same line
// away from a table is read as before (red-team round 18). Before, "(a)
// Includes estimated figures for two trusts." was a statistic of "two
// trusts".
func TestTableNoteIsNoStatistic(t *testing.T) {
	table := "## Waits\n\n| Trust | Children waiting |\n|---|---|\n| Alder | 700 (a) |\n| Birch | 900 |\n\n"
	for _, note := range []string{
		"(a) Includes estimated figures for two trusts.",
		"Source: NHS England. [1] Includes estimated figures for two trusts.",
		"[1] Two trusts did not submit data for 2024.",
	} {
		for _, it := range extract.Extract(parseBody(t, "P", table+note+"\n")) {
			if it.Header == "" && len(it.Figures) > 0 {
				t.Errorf("%s: %s is a statistic of %v", note, it.Text, it.Figures)
			}
		}
	}
	n := 0
	for _, it := range extract.Extract(parseBody(t, "P", "## Waits\n\nIn 2024, two trusts had no data.\n\n(a) Includes estimated figures for two trusts.\n")) {
		n += len(it.Figures)
	}
	if n != 2 {
		t.Errorf("away from a table, %d figures, want two of two trusts", n)
	}
}

// TestCellsWrittenAsCodeOrStruckOut: a table's cells and labels as a
// hand-written or imported page sets them (red-team round 18): a value
// struck out before its replacement ("~~700~~ 720") is the new value, one
// set as code ("`800`") or grouped by underscores ("1_000") is its
// value, a label's note marker ("All trusts (b)") is no part of the
// group, and a price base ("(2023/24 prices)") stays whole in the measure
// and is no period. Before, each such cell was a label, the group of the
// row's other figures; the group kept "(b)"; and the measure read "spend
// per child ( prices)", of 2023/24.
func TestCellsWrittenAsCodeOrStruckOut(t *testing.T) {
	var vals = map[string]float64{}
	got := map[string][4]string{}
	body := "## Waits\n\n| Service | Children waiting | Share |\n|---|---|---|\n| SLT | ~~700~~ 720 | 40% |\n| OT | 1_000 | 30% |\n| Dietetics | `800` | 20% |\n\n" +
		"## Trusts\n\n| Population | Children waiting |\n|---|---|\n| All trusts (b) | 4,000 |\n\n" +
		"## Spending\n\n| Region | Spend per child (2023/24 prices) |\n|---|---|\n| London | £420 |\n"
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		for _, f := range it.Figures {
			got[f.Text] = [4]string{f.Measure, f.Period, f.Place, f.Population}
			vals[f.Text] = f.Value
		}
	}
	for fig, v := range map[string]float64{"720": 720, "1_000": 1000, "800": 800} {
		if vals[fig] != v || got[fig][0] == "" {
			t.Errorf("%s: value %v, labels %q; want %v", fig, vals[fig], got[fig], v)
		}
	}
	for fig, g := range got {
		for _, l := range g {
			if strings.ContainsAny(l, "~`_") || strings.Contains(l, "(b)") || strings.Contains(l, "( ") {
				t.Errorf("%s: labels %q keep a mark", fig, g)
			}
		}
	}
	if g := got["4,000"]; g[3] != "All trusts" {
		t.Errorf("4,000: group %q, want All trusts", g[3])
	}
	if g := got["£420"]; g[0] != "spend per child (2023/24 prices)" || g[1] != "" {
		t.Errorf("£420: %q, want spend per child (2023/24 prices) with no period", g)
	}
	if _, ok := got["700"]; ok {
		t.Errorf("the struck-out 700 is a figure")
	}
}

// TestLetteredAskUnderATableIsStillAnAsk: a lettered paragraph under a
// table that asks ("(a) ICBs should ...") is a recommendation, not a note
// on the table (red-team round 18, beside TestTableNoteIsNoStatistic).
func TestLetteredAskUnderATableIsStillAnAsk(t *testing.T) {
	body := "## Waits\n\n| Trust | Children waiting |\n|---|---|\n| Alder | 700 |\n\n(a) ICBs should publish waiting times for every children's community service by March 2026.\n"
	found := false
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		found = found || it.Kind == evidence.Recommendation
	}
	if !found {
		t.Errorf("the lettered ask under a table is no recommendation")
	}
}
