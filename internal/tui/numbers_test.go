package tui_test

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/tui/results"
	"github.com/cypx/cypx/internal/tui/styles"
	"github.com/cypx/cypx/internal/viz"
)

// TestNoNumberIsCut shows every bundled figure and count at 80, 60 and
// 40 columns — list badges, chart bars, the filter rows and the header —
// and checks each is whole: the list once showed "270,00" for 270,000, the
// theme bar "Funding 1…" for 16, and the chart at 40 columns "Healthcare
// Leader 20" for 2024 (red-team round 12).
func TestNoNumberIsCut(t *testing.T) {
	ix, c := bundledIndex(t)
	st := styles.New(true)
	var stats []evidence.Item
	for _, it := range c.Items {
		if it.Kind == evidence.Statistic && len(it.Figures) > 0 {
			stats = append(stats, it)
		}
	}
	if len(stats) < 20 {
		t.Fatalf("only %d bundled statistics", len(stats))
	}
	all, err := ix.Search(context.Background(), index.Request{Limit: 1, Facets: true})
	if err != nil {
		t.Fatal(err)
	}
	themeCount := map[string]int{}
	for _, f := range all.Facets[index.FieldTheme] {
		themeCount[f.Value] = f.Count
	}
	byShort := map[string]string{}
	for _, th := range c.Taxonomy.Themes {
		byShort[th.Short] = th.ID
	}
	chip := regexp.MustCompile(`^\[?(.+?) (\d+)\]?$`)

	for _, width := range []int{80, 60, 40} {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			// The list: each statistic's badge whole, and its year.
			for _, it := range stats {
				var m results.Model
				m.SetSize(width-2, 2)
				m.SetHits([]index.Hit{{Item: it}})
				rows := strings.Split(ansi.Strip(m.View(st, true)), "\n")
				if !strings.HasPrefix(rows[0], "▌"+it.Badge()+" ") {
					t.Errorf("%s: the row's badge is not %q whole: %q", it.ID, it.Badge(), rows[0])
				}
				if !strings.Contains(rows[1], strconv.Itoa(it.Source.Date.Year)) {
					t.Errorf("%s: the row's year is cut: %q", it.ID, rows[1])
				}
			}
			// The chart: each bar's figure whole, and its year.
			secs := viz.Sections(stats, false)
			for _, l := range viz.Chart(secs, width-4) {
				if l.Bar < 0 {
					continue
				}
				b, _ := viz.BarAt(secs, l.Bar)
				if !strings.Contains(l.Text, " "+b.Figure.Badge()+"  ") || !strings.HasSuffix(strings.TrimSpace(l.Text), strconv.Itoa(b.Item.Source.Date.Year)) {
					t.Errorf("bar of %s: figure %q or year cut: %q", b.Item.ID, b.Figure.Badge(), l.Text)
				}
				if ansi.StringWidth(l.Text) > width-4 {
					t.Errorf("bar wider than %d: %q", width-4, l.Text)
				}
			}
			// The header and filter rows: every count whole.
			d := start(t, width, 24, options(t, nil))
			lines := strings.Split(d.screen(), "\n")
			if !strings.Contains(lines[0], "82 of 82 items") {
				t.Errorf("header count cut: %q", lines[0])
			}
			chips := strings.Split(strings.TrimSpace(strings.TrimPrefix(lines[2], "Themes")), "  ")
			shown := 0
			for _, ch := range chips {
				ch = strings.TrimSpace(ch)
				if ch == "[All]" || ch == "All" || ch == "…" || ch == "" {
					continue
				}
				m := chip.FindStringSubmatch(ch)
				if m == nil {
					t.Errorf("theme chip %q is not a label and a whole count", ch)
					continue
				}
				if n, _ := strconv.Atoi(m[2]); n != themeCount[byShort[m[1]]] {
					t.Errorf("theme chip %q: %s has %d items", ch, m[1], themeCount[byShort[m[1]]])
				}
				shown++
			}
			if shown == 0 {
				t.Errorf("no theme chip shown at %d columns: %q", width, lines[2])
			}
			for _, want := range []string{"82", "30", "14", "38"} {
				if !regexp.MustCompile(`\b` + want + `\b`).MatchString(lines[3]) {
					t.Errorf("kinds row lacks the whole count %s: %q", want, lines[3])
				}
			}
			if regexp.MustCompile(`\d…`).MatchString(lines[2] + lines[3]) {
				t.Errorf("a number is cut in the filter rows:\n%s\n%s", lines[2], lines[3])
			}
		})
	}
}
