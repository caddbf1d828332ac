package figures_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/figures"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/measure"
)

// rowsOf lists a table's rows as "source value period".
func rowsOf(t figures.Table) string {
	var rows []string
	for _, r := range t.Rows {
		rows = append(rows, r.Item.Source.ID+" "+r.Figure.Text+" "+r.Figure.Period)
	}
	return strings.Join(rows, "; ")
}

// rowSet is rowsOf in sorted order: which rows, whatever their ties' order.
func rowSet(t figures.Table) string {
	rows := strings.Split(rowsOf(t), "; ")
	slices.Sort(rows)
	return strings.Join(rows, "; ")
}

// TestGroupKeepsTheHeadsOwnOtherPeriod: two reports each give a measure
// for 2023 and for 2022 in two sentences. Their table holds all four
// rows, whichever statement heads it, and the explorer's table of each
// statement (ForItem, given its source's other statements) is the same
// table. A statement of the head's source giving the head's value again,
// or another value for the same time, or no time at all, is no row.
// Before (hostile check 51), a figure of the head's source's other
// statements never joined: the first report's own 2022 was left out.
func TestGroupKeepsTheHeadsOwnOtherPeriod(t *testing.T) {
	stat := func(id, src, text string, v float64, period string) evidence.Item {
		it := item(id, "Trust "+src, 2023, "", fig(text, v, period))
		it.Source.ID = src
		return it
	}
	a23, a22 := stat("alpha#1", "alpha", "99%", 99, "2023"), stat("alpha#2", "alpha", "40%", 40, "2022")
	b23, b22 := stat("beta#1", "beta", "99%", 99, "2023"), stat("beta#2", "beta", "40%", 40, "2022")
	rel := func(a, b evidence.Item) measure.Related {
		if a.Source.ID == b.Source.ID {
			return measure.SameStudy
		}
		return measure.Unrelated
	}
	want := "alpha 40% 2022; beta 40% 2022; alpha 99% 2023; beta 99% 2023"
	all := rowSet(figures.Table{Rows: []figures.Row{{Item: a22, Figure: a22.Figures[0]}, {Item: a23, Figure: a23.Figures[0]},
		{Item: b22, Figure: b22.Figures[0]}, {Item: b23, Figure: b23.Figures[0]}}})
	for _, order := range [][]evidence.Item{{a23, a22, b23, b22}, {a22, a23, b22, b23}, {b23, a23, a22, b22}, {b22, b23, a22, a23}} {
		tables := figures.Group(order, rel)
		if len(tables) != 1 || rowSet(tables[0]) != all {
			t.Errorf("order %s...: %d tables, the first %q; want one of %s", order[0].ID, len(tables), rowsOf(figures.Table{Rows: firstRows(tables)}), all)
		}
	}
	if tables := figures.Group([]evidence.Item{a23, a22, b23, b22}, rel); len(tables) != 1 || rowsOf(tables[0]) != want {
		t.Errorf("rows %q, want %s", rowsOf(figures.Table{Rows: firstRows(tables)}), want)
	}

	// The explorer's table of each of alpha's statements.
	cmp := func(it, other evidence.Item, typ links.Type) links.Link {
		return links.Link{Type: typ, Item: other, Compared: &links.Comparison{Figure: it.Figures[0], Other: other.Figures[0]}}
	}
	for _, c := range []struct {
		it, own evidence.Item
		ls      []links.Link
	}{
		{a23, a22, []links.Link{cmp(a23, b23, links.SameFinding), cmp(a23, b22, links.Trend)}},
		{a22, a23, []links.Link{cmp(a22, b22, links.SameFinding), cmp(a22, b23, links.Trend)}},
	} {
		tb, ok := figures.ForItem(c.it, -1, c.ls, nil, []evidence.Item{c.own}, rel)
		if !ok || rowsOf(tb) != want {
			t.Errorf("the table of %s (%v): %s; want %s", c.it.ID, ok, rowsOf(tb), want)
		}
	}

	// Its value again, another value for the same time, and no time:
	// none of them a row of alpha's table.
	again := stat("alpha#3", "alpha", "99%", 99, "2023")
	part := stat("alpha#4", "alpha", "12%", 12, "2023")
	undated := stat("alpha#5", "alpha", "60%", 60, "")
	tables := figures.Group([]evidence.Item{a23, again, part, undated, a22, b23, b22}, rel)
	if len(tables) != 1 || rowsOf(tables[0]) != want {
		t.Errorf("%d tables, the first %s; want one: %s", len(tables), rowsOf(figures.Table{Rows: firstRows(tables)}), want)
	}
	tb, _ := figures.ForItem(a23, -1, []links.Link{cmp(a23, b23, links.SameFinding), cmp(a23, b22, links.Trend)}, nil,
		[]evidence.Item{again, part, undated, a22, b22}, rel)
	if rowsOf(tb) != want {
		t.Errorf("the table of %s given its source's other statements: %s; want %s", a23.ID, rowsOf(tb), want)
	}
}

func firstRows(ts []figures.Table) []figures.Row {
	if len(ts) == 0 {
		return nil
	}
	return ts[0].Rows
}
