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
	"github.com/cypx/cypx/internal/fit"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/measure"
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
	// rel says how two items' sources stand, which the table groups their
	// figures by (Linker.Relation).
	rel func(a, b evidence.Item) measure.Related
	// seq is the links request the view waits for.
	seq           int
	width, height int
	offset        int
	// cite is the explorer's style, which the warning cites the sources
	// it names in as the table draws. It was the style read when the
	// table opened, kept after a copy read another.
	cite *citing
	// failed is why the figure's links could not be found, or "".
	failed string
	// others are the item's other values, which the warning under the
	// table names: the one value the detail pane's warning and a pack's
	// note give (resolve.Resolved.OtherValues), whatever the measure's
	// size, where the table's rows are its links'.
	others links.Others
}

// copyTable copies text and says what was copied.
type copyTable struct{ text, what string }

// copyFigures copies a comparison table as Markdown, cited in the style
// read at the copy, and says what was copied.
type copyFigures struct {
	table figures.Table
	what  string
}

// figuresCheckedMsg is the index looked at before a figures table is
// copied: the table is of the index it was made from, which another cypx
// may have replaced since without any read finding it.
type figuresCheckedMsg struct {
	copyFigures
	err error
}

func (m figuresCheckedMsg) failure() error { return m.err }

// checkFigures copies a figures table once the index it was made from is
// found to be the one open (Check, a stat, off the update loop). An index
// replaced or damaged since is reopened (afterDamage) and the table made
// again from it, not copied. Before (hostile check 51), c copied a
// removed report's rows and an edited report's old figures.
func (m *Model) checkFigures(a copyFigures) tea.Cmd {
	c, ok := m.opts.Searcher.(interface{ Check() error })
	if !ok {
		return m.copyFiguresNow(a)
	}
	return func() tea.Msg { return figuresCheckedMsg{copyFigures: a, err: c.Check()} }
}

// applyFiguresChecked copies the table checked, or has it made again once
// the index is reopened.
func (m *Model) applyFiguresChecked(msg figuresCheckedMsg) tea.Cmd {
	if msg.err == nil {
		return m.copyFiguresNow(msg.copyFigures)
	}
	if m.screen == screenFigures {
		m.redo.figures = true
	}
	m.status.Error("Nothing was copied: " + msg.err.Error())
	return nil
}

// copyFiguresNow copies a comparison table in the style configured now,
// as every other copy: the table was Harvard whatever the style.
func (m *Model) copyFiguresNow(a copyFigures) tea.Cmd {
	m.readStyle()
	return m.copyText(a.table.Markdown(m.citeStyle(), m.now()), a.what)
}

func (v *figuresView) open(it evidence.Item) {
	v.item, v.table, v.ok, v.loading, v.offset, v.failed, v.others = it, figures.Table{}, false, true, 0, "", links.Others{}
}

// fail says the figure's links could not be found: the table waits for
// them no longer ("Comparing…" stayed for as long as it was open).
func (v *figuresView) fail(why string) { v.loading, v.failed = false, why }

// setLinks builds the table from the item's links and the linked items,
// resolved so that each row is cited as everywhere, and its own source's
// statements of its measures (series): the group `cypx figures` makes of
// the measure over the item and those items.
func (v *figuresView) setLinks(res resolve.Resolved, linked []resolve.Resolved, series []evidence.Item) {
	byID := map[string]evidence.Item{}
	for _, r := range linked {
		byID[r.Item.ID] = r.Item
	}
	v.item = res.Item
	v.table, v.ok = figures.ForItem(res.Item, -1, res.Links, byID, series, v.rel)
	v.others = res.OtherValues()
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
		switch {
		case v.loading:
			// The table is not made yet: "no other source" was said of it.
			return sayInfo{"Still comparing this figure with other sources: c copies the table once it is shown"}, true
		case v.failed != "":
			return sayError{"The comparison could not be made: " + v.failed}, true
		}
		if !v.ok {
			return sayInfo{"No other source states this figure's measure: nothing to compare"}, true
		}
		return copyFigures{table: v.table, what: fmt.Sprintf("the comparison table (%d sources)", v.table.Sources())}, true
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
// copy), with their least widths, in the order they are left out when even
// those do not fit: the source and the value never are.
var figureColumns = []struct {
	name string
	min  int
	drop int // 0: never left out; else the lower goes first
}{{"Source", 12, 0}, {"Value", 6, 0}, {"Period", 8, 5}, {"Base", 6, 2}, {"Place", 6, 1}, {"Date", 11, 4}, {"Primary", 9, 3}}

func (v *figuresView) view(st styles.Styles) string {
	w := max(20, v.width-2)
	var out []string
	switch {
	case v.loading:
		return fit.Styled(st.Muted.Render("Comparing this figure with other sources…"), w)
	case v.failed != "":
		return st.StatusError.Render(ansi.Wordwrap("The comparison could not be made: "+evidence.ScreenOneLine(v.failed), w, "")) + "\n" + st.Muted.Render("esc back")
	case !v.ok:
		return st.Muted.Render(ansi.Wordwrap("No other source states this figure's measure.", w, "")) + "\n" + st.Muted.Render("esc back")
	}
	// Parts left out whole: "· 3…" of "3 sources" misreads.
	out = append(out, fit.Parts([]string{st.Title.Render("Figures for this measure"),
		st.Muted.Render(fmt.Sprintf("%d sources", v.table.Sources())), st.Muted.Render("c copies as Markdown with citations")}, st.Muted.Render(" · "), w))
	out = append(out, st.FieldValue.Render(fit.Words(evidence.ScreenOneLine(v.table.Measure), w)), "")
	rows := [][]string{}
	for _, r := range v.table.Rows {
		cells := r.Cells("")[:len(figureColumns)] // the citation is in the copy
		for i := range cells {
			cells[i] = evidence.ScreenOneLine(cells[i])
		}
		rows = append(rows, cells)
	}
	widths, shown := figureWidths(rows, w)
	line := func(cells []string) string {
		var b strings.Builder
		for i, c := range cells {
			if !shown[i] {
				continue
			}
			// A cell with a number is cut between words, so a value, a
			// base or a date is whole or left out with "…" ("1,234,56…"
			// read as a figure); a name, by character.
			if strings.ContainsAny(c, "0123456789") {
				c = fit.Words(c, widths[i])
			} else {
				c = ansi.Truncate(c, widths[i], "…")
			}
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
		out = append(out, "", fit.Styled(st.FieldName.Render("Over time: ")+st.Figure.Render(s), w))
	}
	if warn := figures.Warning(v.others, v.cite.Style()); warn != "" {
		// Wrapped, not cut: the pane's edge cut the sources it names.
		out = append(out, "")
		for _, l := range strings.Split(ansi.Wordwrap("⚠ "+evidence.ScreenText(warn), w, ""), "\n") {
			out = append(out, st.StatusWarning.Render(l))
		}
	}
	return strings.Join(out, "\n")
}

// figureWidths gives each column of the table its width in w cells, the
// widest narrowed first, none below its least, and says which are shown.
// A value is never narrowed below its number (with "…" after), nor a
// period or a date below itself, so that none is cut; columns that still do not fit
// are left out whole rather than cut by the pane's edge ("15" of a date).
func figureWidths(rows [][]string, w int) (widths []int, shown []bool) {
	widths, shown = make([]int, len(figureColumns)), make([]bool, len(figureColumns))
	least := make([]int, len(figureColumns))
	for i, c := range figureColumns {
		widths[i], least[i], shown[i] = len(c.name), c.min, true
		for _, r := range rows {
			widths[i] = max(widths[i], ansi.StringWidth(r[i]))
			switch c.name {
			case "Value":
				// The number, then room for "…" where its words are cut.
				for _, word := range strings.Fields(r[i]) {
					if strings.ContainsAny(word, "0123456789") {
						least[i] = max(least[i], ansi.StringWidth(word)+1)
						break
					}
				}
			case "Period", "Date":
				least[i] = max(least[i], ansi.StringWidth(r[i]))
			}
		}
		least[i] = min(least[i], widths[i])
	}
	// The room the shown columns take, two cells between each.
	used := func(ws []int) int {
		n := -2
		for i := range ws {
			if shown[i] {
				n += ws[i] + 2
			}
		}
		return n
	}
	// First the columns that fit at their least, leaving out the least
	// needed; then each shown column as wide as the room allows, the
	// widest narrowed first.
	for used(least) > w {
		j := -1
		for i, c := range figureColumns {
			if shown[i] && c.drop > 0 && (j < 0 || c.drop < figureColumns[j].drop) {
				j = i
			}
		}
		if j < 0 {
			break
		}
		shown[j] = false
	}
	for used(widths) > w {
		j := -1
		for i := range widths {
			if shown[i] && widths[i] > least[i] && (j < 0 || widths[i] > widths[j]) {
				j = i
			}
		}
		if j < 0 {
			break
		}
		widths[j]--
	}
	return widths, shown
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
	if m.cat.linker != nil {
		m.figs.rel = m.cat.linker.Relation
	}
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
		series, err := r.Series(ctx, res.Item)
		if err != nil {
			return linksMsg{seq: seq, err: err}
		}
		return linksMsg{seq: seq, res: res, linked: linked, series: series}
	}, seq
}
