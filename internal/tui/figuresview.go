package tui

import (
	"context"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/figures"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/resolve"
	"github.com/cypx/cypx/internal/tui/keys"
	"github.com/cypx/cypx/internal/tui/styles"
)

// figuresView is the comparison table of a statistic's figure: every
// source's value for its measure, by period, base, place and date, primary
// sources first. c copies it as Markdown, each row cited.
type figuresView struct {
	keys    keys.KeyMap
	item    evidence.Item
	table   figures.Table
	ok      bool
	loading bool
	// seq is the links request the view waits for.
	seq           int
	width, height int
	offset        int
}

// copyTable copies text and says what was copied.
type copyTable struct{ text, what string }

func (v *figuresView) open(it evidence.Item) {
	v.item, v.table, v.ok, v.loading, v.offset = it, figures.Table{}, false, true, 0
}

// setLinks builds the table from the item's links and the linked items,
// resolved so that each row is cited as everywhere.
func (v *figuresView) setLinks(res resolve.Resolved, linked []resolve.Resolved) {
	byID := map[string]evidence.Item{}
	for _, r := range linked {
		byID[r.Item.ID] = r.Item
	}
	v.item = res.Item
	v.table, v.ok = figures.ForItem(res.Item, -1, res.Links, byID)
	v.loading = false
}

func (v *figuresView) setSize(width, height int) {
	v.width, v.height = width, height
	v.offset = min(v.offset, max(0, len(v.table.Rows)-1))
}

func (v *figuresView) update(msg tea.Msg) (action, bool) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, false
	}
	km := v.keys
	switch {
	case key.Matches(k, km.Copy):
		if !v.ok {
			return sayInfo{"No other source states this figure's measure: nothing to compare"}, true
		}
		return copyTable{text: v.table.Markdown(), what: fmt.Sprintf("the comparison table (%d sources)", v.table.Sources())}, true
	case key.Matches(k, km.Down):
		v.offset = min(v.offset+1, max(0, len(v.table.Rows)-1))
	case key.Matches(k, km.Up):
		v.offset = max(0, v.offset-1)
	case key.Matches(k, km.Back, km.Figures):
		return closeScreen{}, true
	}
	return nil, true
}

// figureColumns are the table's columns on screen (the citation is in the
// copy), with their least widths.
var figureColumns = []struct {
	name string
	min  int
}{{"Source", 12}, {"Value", 6}, {"Period", 8}, {"Base", 6}, {"Place", 6}, {"Date", 11}, {"Primary", 9}}

func (v *figuresView) view(st styles.Styles) string {
	w := max(20, v.width-2)
	var out []string
	switch {
	case v.loading:
		return st.Muted.Render("Comparing this figure with other sources…")
	case !v.ok:
		return st.Muted.Render("No other source states this figure's measure.") + "\n" + st.Muted.Render("esc back")
	}
	out = append(out, st.Title.Render("Figures for this measure")+st.Muted.Render(fmt.Sprintf(" · %d sources · c copies as Markdown with citations", v.table.Sources())))
	out = append(out, ansi.Truncate(st.FieldValue.Render(evidence.Printable(v.table.Measure)), w, "…"), "")
	rows := [][]string{}
	for _, r := range v.table.Rows {
		cells := r.Cells()[:len(figureColumns)]
		for i := range cells {
			cells[i] = evidence.Printable(evidence.OneLine(cells[i]))
		}
		rows = append(rows, cells)
	}
	widths := make([]int, len(figureColumns))
	for i, c := range figureColumns {
		widths[i] = len(c.name)
		for _, r := range rows {
			widths[i] = max(widths[i], ansi.StringWidth(r[i]))
		}
	}
	// Narrow the widest columns until the row fits, none below its least.
	for total(widths)+2*len(widths) > w {
		j := -1
		for i := range widths {
			if widths[i] > figureColumns[i].min && (j < 0 || widths[i] > widths[j]) {
				j = i
			}
		}
		if j < 0 {
			break
		}
		widths[j]--
	}
	line := func(cells []string) string {
		var b strings.Builder
		for i, c := range cells {
			c = ansi.Truncate(c, widths[i], "…")
			b.WriteString(c + strings.Repeat(" ", widths[i]-ansi.StringWidth(c)+2))
		}
		return strings.TrimRight(b.String(), " ")
	}
	var names []string
	for _, c := range figureColumns {
		names = append(names, c.name)
	}
	out = append(out, st.FieldName.Render(line(names)))
	for i, r := range rows {
		l := line(r)
		switch {
		case i == v.offset:
			l = st.Selected.Render(l)
		case v.table.Rows[i].Disagrees:
			l = st.StatusWarning.Render(l)
		}
		out = append(out, l)
	}
	if s := v.table.Spark(); s != "" {
		out = append(out, "", st.FieldName.Render("Over time: ")+st.Figure.Render(s))
	}
	if w := figures.Warning(v.linksOf()); w != "" {
		out = append(out, "", st.StatusWarning.Render("⚠ "+evidence.Printable(w)))
	}
	return strings.Join(out, "\n")
}

// linksOf rebuilds the disagreements of the table's rows with the item, for
// the warning under it.
func (v *figuresView) linksOf() []links.Link {
	var ls []links.Link
	for _, r := range v.table.Rows {
		if r.Link == links.Disagrees {
			ls = append(ls, links.Link{Type: links.Disagrees, Item: r.Item, Compared: &links.Comparison{Other: r.Figure}})
		}
	}
	return ls
}

func total(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

func (v *figuresView) help() [][]key.Binding { return v.keys.FiguresKeys() }

// openFigures opens the comparison table of the selected statistic.
func (m *Model) openFigures() tea.Cmd {
	if !m.sel.ok {
		m.status.Error("Nothing selected")
		return nil
	}
	if m.sel.hit.Item.Kind != evidence.Statistic {
		m.status.Info("f compares the figures of a statistic")
		return nil
	}
	m.figs.open(m.sel.hit.Item)
	m.setState(screenFigures, focusDetail)
	m.layout()
	cmd, seq := m.figuresCmd(m.sel.hit.Item)
	m.figs.seq = seq
	if cmd == nil {
		m.figs.loading = false
	}
	return cmd
}

// figuresCmd finds the links comparing an item's figures off the update
// loop, with the linked items resolved, and returns the request's number
// with it: only what the table needs, not the item's every link.
func (m *Model) figuresCmd(it evidence.Item) (tea.Cmd, int) {
	m.linksSeq++
	seq, r := m.linksSeq, m.resolver
	if m.cat.linker == nil {
		return nil, seq
	}
	return func() tea.Msg {
		ctx := context.Background()
		res, err := r.Figures(ctx, it)
		if err != nil {
			return linksMsg{seq: seq, err: err}
		}
		linked := make([]resolve.Resolved, len(res.Links))
		for i, l := range res.Links {
			if linked[i], err = r.Item(ctx, l.Item); err != nil {
				return linksMsg{seq: seq, err: err}
			}
		}
		return linksMsg{seq: seq, res: res, linked: linked}
	}, seq
}
