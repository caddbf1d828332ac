package quality_test

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

// report prints the development set's scores, overall, by theme (in the
// taxonomy's order, themeIDs) and by format, and holds them to the floors.
func report(t *testing.T, results []docResult, themeIDs []string) {
	t.Helper()
	byFormat := map[string][]docResult{}
	docs, skipped, failed := 0, 0, 0
	for _, r := range results {
		if r.failed {
			failed++
		}
		if r.missing {
			skipped++
			continue
		}
		docs++
		byFormat[r.format] = append(byFormat[r.format], r)
	}
	all := sum(results)
	var b strings.Builder
	fmt.Fprintf(&b, "\ndevelopment set: %d documents", docs)
	if skipped > 0 {
		fmt.Fprintf(&b, " (%d skipped)", skipped)
	}
	if failed > 0 {
		fmt.Fprintf(&b, ", %d refused by the importer (their labels count as missed)", failed)
	}
	fmt.Fprintf(&b, "\n%-16s %9s %7s %5s %5s %5s\n", "category", "precision", "recall", "tp", "fp", "fn")
	rows := []struct {
		name string
		s    score
	}{{"statistics", all.stats}, {"figure values", all.figs}, {"recommendations", all.recs},
		{"actors", all.actors}, {"themes", all.themes}}
	for _, row := range rows {
		fmt.Fprintf(&b, "%-16s %9.3f %7.3f %5d %5d %5d\n", row.name, row.s.precision(), row.s.recall(), row.s.tp, row.s.fp, row.s.fn)
	}
	// Themes by id: which themes are missed and which over-fire, so a
	// change of terms can be read back to the theme it moved.
	fmt.Fprintf(&b, "\n%-16s %9s %7s %5s %5s %5s\n", "themes by id", "precision", "recall", "tp", "fp", "fn")
	for _, id := range themeIDs {
		s := all.byTheme[id]
		fmt.Fprintf(&b, "%-16s %9.3f %7.3f %5d %5d %5d\n", id, s.precision(), s.recall(), s.tp, s.fp, s.fn)
	}
	fmt.Fprintf(&b, "\n%-22s %s\n", "check", "result")
	right := func(name string, c [2]int) { fmt.Fprintf(&b, "%-22s %d of %d right\n", name, c[0], c[1]) }
	wrong := func(name string, c [2]int) { fmt.Fprintf(&b, "%-22s %d of %d\n", name, c[0], c[1]) }
	right("figure roles", all.roles)
	right("attributions (cites)", all.cites)
	right("recommendation numbers", all.numbers)
	wrong("furniture in items", all.furniture)
	wrong("glued headings", all.glued)
	wrong("headings not kept", all.lostHeads)
	wrong("wrong pages", all.pages)
	wrong("not-figures as figures", all.notFigures)
	wrong("metadata wrong", all.meta)

	fmt.Fprintf(&b, "\nby format         docs  stat P/R     fig P/R      rec P/R      furniture  glued  pages\n")
	formats := make([]string, 0, len(byFormat))
	for f := range byFormat {
		formats = append(formats, f)
	}
	sort.Strings(formats)
	for _, f := range formats {
		s := sum(byFormat[f])
		fmt.Fprintf(&b, "%-17s %4d  %.2f/%.2f    %.2f/%.2f    %.2f/%.2f    %2d/%-3d     %2d/%-3d %2d/%-3d\n", f, len(byFormat[f]),
			s.stats.precision(), s.stats.recall(), s.figs.precision(), s.figs.recall(), s.recs.precision(), s.recs.recall(),
			s.furniture[0], s.furniture[1], s.glued[0], s.glued[1], s.pages[0], s.pages[1])
	}
	t.Log(b.String())

	if os.Getenv("CYPX_DEVSET") != "" {
		return // another set is measured, not held to the development set's floors
	}
	for _, row := range rows {
		fl := floors[row.name]
		if row.s.precision() < fl[0] || row.s.recall() < fl[1] {
			t.Errorf("%s: precision %.3f recall %.3f, below the floor %.2f / %.2f", row.name, row.s.precision(), row.s.recall(), fl[0], fl[1])
		}
	}
	if limit := maxFailures["documents refused"]; limit >= 0 && failed > limit {
		t.Errorf("%d documents refused by the importer, at most %d allowed", failed, limit)
	}
	for name, c := range map[string][2]int{"furniture in items": all.furniture, "glued headings": all.glued, "wrong pages": all.pages,
		"headings not kept": all.lostHeads, "metadata wrong": all.meta, "not-figures as figures": all.notFigures} {
		if limit := maxFailures[name]; limit >= 0 && c[0] > limit {
			t.Errorf("%s: %d, at most %d allowed", name, c[0], limit)
		}
	}
}

// sum adds up documents' results.
func sum(rs []docResult) docResult {
	t := docResult{byTheme: map[string]score{}}
	for _, r := range rs {
		for id, s := range r.byTheme {
			b := t.byTheme[id]
			b.add(s)
			t.byTheme[id] = b
		}
		t.stats.add(r.stats)
		t.figs.add(r.figs)
		t.recs.add(r.recs)
		t.actors.add(r.actors)
		t.themes.add(r.themes)
		for _, p := range []struct{ dst, src *[2]int }{{&t.roles, &r.roles}, {&t.cites, &r.cites}, {&t.numbers, &r.numbers},
			{&t.furniture, &r.furniture}, {&t.glued, &r.glued}, {&t.lostHeads, &r.lostHeads}, {&t.pages, &r.pages},
			{&t.notFigures, &r.notFigures}, {&t.meta, &r.meta}} {
			p.dst[0] += p.src[0]
			p.dst[1] += p.src[1]
		}
	}
	return t
}
