package library

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/lazyre"
)

// Tables: lines split into aligned cells become one table block, read row
// by row, so that the extractor can quote each row with its header and no
// cell is glued into a sentence.

var numericCellRe = lazyre.New(`^[(<>~≈]?[-–+]?[£$€]?\d[\d,.]*\s?(?:%|[kmb]n?|bn|m|pp|x)?\)?(?:\s*\(\d[\d,.]*%?\))?$`)

// tables finds runs of lines split into aligned cells and makes each one
// table block, taking its lines off the page.
func (l *layout) tables(rs []*row, page int) ([]*row, []*block) {
	var out []*row
	var tables []*block
	rs = l.spanLabels(rs, page)
	for _, r := range rs {
		if ps := pieces(r, page); len(ps) >= 2 && figuresAfterLabel(ps) && slices.ContainsFunc(ps, markerBeforeFigure) {
			if cut := cutMarkerFigures(ps, page); len(cut) >= 4 {
				r.cut = cut
			}
		}
	}
	l.tightColumns(rs, page)
	l.refColumns(rs, page)
	for _, r := range rs {
		if ps := pieces(r, page); len(ps) >= 2 && labelLine(ps) {
			joinRow(r, page)
		}
	}
	rs, tables = l.labelPairRows(rs, page)
	for len(rs) > 0 && l.carriedLine(rs[0], page) {
		// Every line of the broken cell, not the first alone ("looked-
		// after children, care" over "leavers and children on the"):
		// the rest were a paragraph between the table's pieces (hostile
		// check 67).
		rs = rs[1:]
	}
	for i := 0; i < len(rs); {
		ps := pieces(rs[i], page)
		carried := l.carriedCols(rs, i, page)
		if carried != nil {
			if cut := splitAtEdges(ps, carried, page); len(cut) > len(ps) {
				rs[i].cut, ps = cut, cut
			}
		}
		if len(ps) < 2 {
			out = append(out, rs[i])
			i++
			continue
		}
		if carried == nil {
			if t, j := l.gluedLabelTable(rs, i, page); t != nil {
				l.carryHeader(t)
				tables = append(tables, t)
				i = j
				continue
			}
		}
		// Grow the region while lines have several cells, or one cell
		// that sits within a column (a cell's text wrapped).
		j := i + 1
		cols := projection(ps)
		if carried != nil {
			cols = carried
		}
		for j < len(rs) {
			next := pieces(rs[j], page)
			// Poppler joins the words of two cells set close together
			// into one run: cut a line that runs across a column's left
			// edge, where it is one of the table's (its row has other
			// cells, or the rows around it have).
			if len(next) == 1 && sentenceUnder(next[0], cols) {
				break // "Waits fell in both localities." set tight under the table
			}
			if len(next) == 1 && j+1 < len(rs) && wrappedSentenceUnder(next[0], pieces(rs[j+1], page), cols) {
				break // a sentence wrapped over two lines under the table
			}
			if len(next) == 1 && captionRe.MatchString(next[0].text) && (!withinColumn(next[0], cols) || captionTitleRe.MatchString(next[0].text)) {
				// "Table 2: Visits by borough, 2024" across the columns,
				// set tight under the table: the next table's caption.
				// Read on, it was cut into cells of a row and the two
				// tables were one, the second's header a row of the
				// first's (hostile check 63). A short one within the first
				// column, "Table 1: Vaccine uptake.", is one too where its
				// number is followed by a colon or a stop: read on, it was
				// a row, its words a group label over no rows that undid
				// the table's groups (hostile check 66).
				break
			}
			if len(next) == 1 && tableNoteRe.MatchString(next[0].text) {
				// "Notes", "Source: ..." under the table, read before a
				// long one is cut at the columns' edges: cut, "Source: ...
				// Figures rounded to" became a row of two cells (hostile
				// check 64).
				break
			}
			if l.headingUnderRows(next, rs[i:j], page) {
				break // "In their own words" set large under the last row
			}
			if len(cols) >= 2 && (len(next) >= 2 || l.betweenRows(rs, j, page)) {
				if cut := splitBetweenColumns(next, cols, page); len(cut) > len(next) {
					rs[j].cut, next = cut, cut
				}
			}
			gap := rs[j].y0 - rs[j-1].y1
			if gap > 2.5*l.bodyH || rs[j].y0 < rs[j-1].y0-1 {
				break // far below, or back up at the top of the next column
			}
			if len(next) < 2 && !(len(next) == 1 && (withinColumn(next[0], cols) || headWrappedLine(next[0], rs[i:j], cols, page)) && gap < 0.5*l.bodyH) {
				break
			}
			cols = projection(append(columnPieces(cols), next...))
			j++
		}
		// A bold first row with fewer cells than the rows under it have
		// columns: its cells are centred (LibreOffice's th), and poppler
		// joined two set close into one run that spans both columns. Cut
		// at the rows' edges, it is the header of each; before, the two
		// columns were read as one and each row's figures as one cell.
		if carried == nil && j > i+1 {
			if head := headerCut(rs[i], rs[i+1:j], page); head != nil {
				rs[i].cut = head
				var all []*piece
				for _, r := range rs[i:j] {
					all = append(all, pieces(r, page)...)
				}
				cols = projection(all)
			}
		}
		// A bold line right above the first row whose cells poppler joined
		// into one run (a header row set close): cut at the columns' edges,
		// it is the table's header. Before, it stayed a line of its own and
		// the rows' figures lost what they measure.
		from := i
		if k := l.mergedHeadAbove(rs, out, i, j, cols, page); k > 0 && carried == nil {
			out = out[:len(out)-k]
			from = i - k
		} else if i > 0 && len(out) > 0 && out[len(out)-1] == rs[i-1] && carried == nil {
			if head := l.joinedHeader(rs[i-1], rs[i:j], page); head != nil {
				rs[i-1].cut = head
				out = out[:len(out)-1]
				from = i - 1
			}
		}
		if carried == nil && shiftedRows(rs[from:j], cols, page) {
			for _, r := range rs[from:j] {
				joinRow(r, page)
			}
			out = append(out, rs[from:j]...)
			i = j
			continue
		}
		l.continuing = carried != nil
		t := l.makeTable(rs[from:j], page)

		l.continuing = false
		if carried == nil && j-from > 2 && (t == nil || fewerCellsThanFigures(t, rs[from+1:j], page)) {
			if ct := l.cellOrderTable(rs[from], rs[from+1:j], page, 0); ct != nil {
				t = ct
			}
		}
		if t == nil {
			t = l.dataRows(rs[from:j], page)
		}
		if t != nil {
			l.carryHeader(t)
			tables = append(tables, t)
			i = j
			continue
		}
		if from < i {
			rs[from].cut = nil // not a header after all: read as it was
			out = append(out, rs[from])
		}
		if figuresBeside(ps) {
			joinRow(rs[i], page)
		}
		out = append(out, rs[i])
		i++
	}
	out, tabSet := l.tabSetRows(out, page)
	return out, append(tables, tabSet...)
}

// sentenceUnder: a line of one run that starts at the table's left edge,
// opens with a capital, ends a sentence and runs across a column's edge
// is prose set tight under the table, not a row's wrapped line: cut at the
// edges, "Waits fell in both localities." became a last row of two cells.
//
// A short one ("Figures are provisional.") that crosses no edge is prose
// too when it starts left of every cell: a table's cells are set in from
// its rules, the text under it at the margin. Before, it was read as a
// row's wrapped line and became a last row of its own.
func sentenceUnder(p *piece, cols [][2]float64) bool {
	if len(cols) < 2 || p.x0 > cols[0][0]+3 {
		return false
	}
	words := len(strings.Fields(p.text))
	crosses := p.x1 > cols[1][0] && words >= 4
	outdented := p.x0 < cols[0][0]-1 && words >= 2
	if !crosses && !outdented {
		return false
	}
	return unicode.IsUpper(firstRune(p.text)) && strings.ContainsAny(p.text[len(p.text)-1:], ".!?")
}

// wrappedSentenceUnder: a line of one run that starts at the table's
// left edge, opens with a capital and runs across a column's edge, eight
// words or more and few figures (wrappedProse), whose sentence ends on
// the line under it (rest, one run from the same edge ending a sentence
// within the first column), is prose wrapped under the table as
// sentenceUnder's is. Cut at the column edges, its halves were spliced
// with other lines into quotes the report never wrote (hostile check 62:
// "The trust will recruit 12 new school nurses.").
func wrappedSentenceUnder(p *piece, rest []*piece, cols [][2]float64) bool {
	if len(cols) < 2 || len(rest) != 1 || p.x0 > cols[0][0]+3 || p.x1 <= cols[1][0] || !unicode.IsUpper(firstRune(p.text)) {
		return false
	}
	r := rest[0]
	end := strings.TrimSpace(r.text)
	if end == "" || math.Abs(r.x0-p.x0) > 3 || r.x1 > cols[1][0] || !strings.ContainsAny(end[len(end)-1:], ".!?") {
		return false
	}
	return wrappedProse(strings.TrimSpace(p.text))
}

// wrappedProse reports a line of eight words or more, at most a quarter
// of them figures: a sentence's line, not a row's cells.
func wrappedProse(text string) bool {
	words, figures := 0, 0
	for _, w := range strings.Fields(text) {
		words++
		if numericCellRe.MatchString(strings.Trim(w, ",;:")) {
			figures++
		}
	}
	return words >= 8 && figures*4 < words
}

// headerCut is head cut into one cell a column when it reads as the
// header of the rows under it whose cells poppler joined: a bold row with
// fewer cells than those rows have columns, which their edges cut into as
// many cells as columns; nil otherwise. It serves a header read as the
// table's first row (centred cells, two of them joined) and one left
// above the table as a line of its own (every cell joined into one run).
//
// A head in the body's weight is cut too where it is the region's first
// line of two cells or more, no word of it a figure, over rows whose
// cells right of their labels are figures: "Area | Pupils | School nurses
// (FTE) Pupils per nurse" over four columns of figures. Left whole, the
// last two headers were one, over a column of no header, and the pupils
// per nurse were counts of the document's title (hostile check 64).
func headerCut(head *row, under []*row, page int) []*piece {
	ps := pieces(head, page)
	var below []*piece
	for k, r := range under {
		if k == 0 && !hasFigureCell(pieces(r, page)) && slices.ContainsFunc(under, func(r *row) bool { return hasFigureCell(pieces(r, page)) }) {
			// The header's wrapped lines ("waiting" under "Children")
			// are no rows of figures: the columns are the rows'.
			under = under[1:]
			return headerCut(head, under, page)
		}
		below = append(below, pieces(r, page)...)
	}
	cols := projection(below)
	if len(cols) <= len(ps) {
		return nil
	}
	if !allBold(ps) && !plainHeadOverFigures(ps, below, cols) {
		return nil
	}
	// Header cells set to their columns' edges (right-aligned over
	// figures) are cut where they are set: at a column's left edge the
	// cut fell inside the first cell ("Core20 | areas Least deprived").
	if cut := splitAligned(ps, cols, page); len(cut) == len(cols) {
		return cut
	}
	if cut := splitAtEdges(ps, cols, page); len(cut) == len(cols) {
		return cut
	}
	return nil
}

// plainHeadOverFigures reports a line of two cells or more, no word of
// which is a figure, over pieces (below) that are mostly figures right of
// the first of cols: a table's header that poppler joined, not a row.
func plainHeadOverFigures(ps, below []*piece, cols [][2]float64) bool {
	if len(ps) < 2 {
		return false
	}
	for _, p := range ps {
		for _, w := range strings.Fields(p.text) {
			if numericCellRe.MatchString(strings.Trim(w, ",;:()")) {
				return false
			}
		}
	}
	n, figures := 0, 0
	for _, p := range below {
		if column(p, cols) == 0 {
			continue
		}
		n++
		if numericCellRe.MatchString(strings.TrimSpace(p.text)) {
			figures++
		}
	}
	return n >= 4 && figures*4 >= n*3
}

// splitAligned cuts each piece that runs over several columns at the gap
// between its words that lines up with the columns: one that ends a part
// at a column's right edge (a right-aligned header over right-aligned
// figures) or starts one at the next column's left edge; nil where some
// column boundary has no such gap.
func splitAligned(ps []*piece, cols [][2]float64, page int) []*piece {
	var out []*piece
	for _, p := range ps {
		var over []int
		for k, c := range cols {
			if overlap(p.x0, p.x1, c[0], c[1]) > 0 {
				over = append(over, k)
			}
		}
		cut := []*piece{p}
		for n := 1; n < len(over); n++ {
			last := cut[len(cut)-1]
			e, ok := alignedGap(last, cols[over[n-1]], cols[over[n]])
			if !ok {
				return nil
			}
			a, b := cutAt(last, e, page)
			if a == nil {
				return nil
			}
			// The part left of the gap ends clear of the next column, as
			// cutAt's does of its edge: its letters' widths are guessed,
			// and a part ending within the 2 points projection closes
			// ("2023/24 (%)" cut from "Change" over "-1.2") made the two
			// columns one again, the year's figures lost into the change's
			// cells (hostile check 67).
			a.x1 = min(a.x1, max(a.x0, cols[over[n]][0]-3))
			cut = append(cut[:len(cut)-1], a, b)
		}
		out = append(out, cut...)
	}
	return out
}

// alignedGap is where p is to be cut between columns left and right: the
// gap between its words (exact between runs, estimated within one with
// its letters taken as evenly spaced) nearest to ending a part at left's
// right edge or starting one at right's left edge, within a letter and a
// half; the x to give cutAt for it.
func alignedGap(p *piece, left, right [2]float64) (float64, bool) {
	best, bestD := 0.0, math.Inf(1)
	try := func(a, b, e, tol float64) {
		if a > right[0]+1 || b < left[1]-1 {
			return // a part would reach into the other column
		}
		if d := math.Min(math.Abs(a-left[1]), math.Abs(b-right[0])); d <= tol && d < bestD {
			best, bestD = e, d
		}
	}
	for i, f := range p.frags {
		rs := []rune(f.text)
		w := (f.x1 - f.x0) / float64(max(1, len(rs)))
		if i > 0 {
			prev := p.frags[i-1]
			try(prev.x1, f.x0, (prev.x1+f.x0)/2, 1.5*w)
		}
		for j, r := range rs {
			if r != ' ' || j == 0 || j == len(rs)-1 {
				continue
			}
			// cutAt takes the space whose end lies nearest its x.
			try(f.x0+w*float64(j), f.x0+w*float64(j+1), f.x0+w*float64(j+1), 1.5*w)
		}
	}
	return best, !math.IsInf(bestD, 1)
}

// joinedHeader is line cut by headerCut when it stands right above the
// table's rows as its header would: one run, in the body's size, set
// close above the first of them. A caption ("Table 2: Children waiting
// ...") set as close is the table's title, not its header: cut at the
// columns, its words were the first header cells' words.
func (l *layout) joinedHeader(line *row, rows []*row, page int) []*piece {
	ps := pieces(line, page)
	if len(ps) != 1 || rows[0].y0-line.y1 > 0.5*l.bodyH || math.Abs(ps[0].size-l.body.size) > 0.1*l.body.size || captionRe.MatchString(ps[0].text) {
		return nil
	}
	return headerCut(line, rows, page)
}

// carriedLine: the first line of a page is the last line of a cell of
// the table that ended the page before (a row broken by the page): one
// run, in lower case, within one of its columns, in the table's size. Its
// text joins the cell, cited with the page the row starts on.
func (l *layout) carriedLine(r *row, page int) bool {
	t := l.lastTable
	ps := pieces(r, page)
	if t == nil || t.page != page-1 || len(ps) != 1 || len(t.cells) < 2 || !unicode.IsLower(firstRune(ps[0].text)) ||
		!withinColumn(ps[0], t.cols) || math.Abs(ps[0].size-t.size) > 0.05*t.size {
		return false
	}
	k := column(ps[0], t.cols)
	last := t.cells[len(t.cells)-1]
	if k == 0 && breakdownLeadLabel(ps[0].text) {
		// "of which:" over the rows the next page carries: a row of its
		// own, a label alone, never the end of the label above.
		row := make([]string, len(last))
		row[0] = strings.TrimSpace(ps[0].text)
		t.cells = append(t.cells, row)
		return true
	}
	if k < 0 || k >= len(last) || strings.TrimSpace(last[k]) == "" || terminalRe.MatchString(strings.TrimSpace(last[k])) {
		return false
	}
	last[k] = joinText(l, last[k], ps[0].text)
	return true
}

// carriedCols are the columns of the table read last, moved to line i,
// when line i opens a column or page (it stands higher than the line
// before it, or first) where that table goes on: its first cell starts
// where the table's first column would, moved with the column. Else nil.
func (l *layout) carriedCols(rs []*row, i, page int) [][2]float64 {
	t := l.lastTable
	if t == nil || len(t.cols) < 2 || i > 0 && rs[i].y0 >= rs[i-1].y0-1 {
		return nil
	}
	ps := pieces(rs[i], page)
	if len(ps) > len(t.cols) || t.page != page && t.page != page-1 {
		return nil
	}
	shift := ps[0].x0 - t.cols[0][0]
	// On its page the table moved a column to the right; on the next
	// page it stands where it stood.
	if t.page == page && shift < 0.2*(t.x1-t.x0) || t.page != page && math.Abs(shift) > 3 {
		return nil
	}
	cols := make([][2]float64, len(t.cols))
	for k, c := range t.cols {
		cols[k] = [2]float64{c[0] + shift, c[1] + shift}
	}
	// The table goes on only where a line close below has cells of its
	// own in those columns: a paragraph that opens the next page where a
	// table ended the last has none. Close is half a line of the body, or
	// as far apart as the table set its own rows (a table set with room
	// between its rows goes on so on the next page).
	pitch := (t.y1 - t.y0) / float64(max(len(t.cells), 1))
	for k := i; k < len(rs) && k <= i+3; k++ {
		if k > i && rs[k].y0-rs[k-1].y1 > 0.5*l.bodyH && rs[k].y0-rs[k-1].y0 > 1.25*pitch {
			break
		}
		if qs := pieces(rs[k], page); len(qs) >= 2 && rowOfColumns(qs, cols) {
			return cols
		}
	}
	return nil
}

// rowOfColumns: each piece stands in a column of its own, running past
// it into no other (see overrunsColumn), as the cells of a row of a table
// with those columns do.
func rowOfColumns(qs []*piece, cols [][2]float64) bool {
	used := map[int]bool{}
	for _, q := range qs {
		k := column(q, cols)
		if k < 0 || used[k] || overrunsColumn(q, cols) {
			return false
		}
		used[k] = true
	}
	return true
}

// overrunsColumn: q runs past the right edge of its column; in the first
// column, the rows' labels, past the next column's left edge. A label
// longer than any the table's first page set ("Children's spending
// estimate" under "Health visitor training fund") ends short of the next
// column and stays in its own: before, such a row carried to the next
// page read as no row of the table, and its figure was lost (set 80). A
// label starts at the column's left, in its first quarter; a figure, or a
// header centred past its column's edge ("Number" under a year spanning
// two columns), still overruns.
func overrunsColumn(q *piece, cols [][2]float64) bool {
	k := column(q, cols)
	if c := cols[0]; k == 0 && len(cols) > 1 && q.x0 < c[0]+0.25*(c[1]-c[0]) {
		return q.x1 > cols[1][0]-2
	}
	return q.x1 > cols[k][1]+2
}

// tableNoteRe opens the notes under a table: "Notes", "Note:", "Source:".
var tableNoteRe = lazyre.New(`(?i)^(?:notes?|sources?)(?:\s*:|$)`)

// formTable reads a form of labels and values ("Report to | Quality and
// Performance Committee | Date of meeting | 17 October 2024"), as a
// paper's cover sheet sets it: bold labels in every other column, the
// values beside them, no numbers of its own but an agenda item's or a
// version's. Who wrote the paper for whom is left out; a value written as
// prose (an executive summary, the recommendation "The Board is asked to:
// (a) note ... (b) approve ...", the financial implications) is what the
// paper says, and is kept as text, without its label.
func (l *layout) formTable(lines [][]*piece, page int) *block {
	var all []*piece
	for _, ps := range lines {
		all = append(all, ps...)
	}
	cols := projection(all)
	if len(cols) < 2 || len(cols)%2 != 0 {
		return nil
	}
	labels := 0
	var values [][]*piece // the value pieces under each label
	for _, ps := range lines {
		label := ""
		for _, p := range ps {
			k := column(p, cols)
			switch {
			case numericCellRe.MatchString(p.text) && !(k%2 == 1 && formNumberLabelRe.MatchString(label)):
				return nil
			case k%2 == 0 && p.bold && len(strings.Fields(p.text)) <= 5:
				labels++
				label = p.text
				values = append(values, nil)
			case k%2 == 0 && !(p.bold || unicode.IsLower(firstRune(p.text))):
				return nil // a label column's line that is no label, nor its wrapped end
			case k%2 == 1 && p.bold:
				return nil
			case k%2 == 1 && len(values) > 0:
				values[len(values)-1] = append(values[len(values)-1], p)
			}
		}
	}
	// A form's rows go on under a gap (a label wrapped over two lines
	// ends a run of rows): one labelled row more on the same page, its
	// label at the form's label column, is the form's.
	goesOn := labels >= 1 && l.lastForm != nil && l.lastForm.page == page && len(cols) == 2 &&
		math.Abs(cols[0][0]-l.lastForm.x0) < 4
	if labels < 3 && !goesOn {
		return nil
	}
	b := &block{kind: droppedBlock, page: page, x0: math.Inf(1), y0: math.Inf(1), x1: math.Inf(-1), y1: math.Inf(-1)}
	for _, p := range all {
		b.grow(p)
	}
	l.lastForm = &block{page: page, x0: cols[0][0]}
	for _, v := range values {
		if proseValue(v) {
			b.kind = textBlock
			b.lines = append(b.lines, v...)
		}
	}
	return b
}

// formNumberLabelRe is a form's label whose value is a number that counts
// nothing: "Agenda item | 9", "Version | 2", "Paper number | 14".
var formNumberLabelRe = lazyre.New(`(?i)^(?:agenda\s+item|item|item\s+(?:no\.?|number)|version|paper\s+(?:no\.?|number)|report\s+(?:no\.?|number)|reference|ref\.?)\s*:?$`)

// proseValue reports a form's value written as prose: a sentence of
// twelve words or more ended by a stop, or a lead-in over a lettered or
// numbered list ("The Board is asked to:" over "(a) note ...").
func proseValue(v []*piece) bool {
	if len(v) == 0 {
		return false
	}
	var ts []string
	for _, p := range v {
		ts = append(ts, strings.TrimSpace(p.text))
	}
	text := strings.Join(ts, " ")
	if len(strings.Fields(text)) >= 12 && terminalRe.MatchString(text) {
		return true
	}
	return len(v) > 1 && strings.HasSuffix(ts[0], ":") && startsItem(ts[1])
}

// joinRow makes row r's pieces one piece, a line of text set apart.
func joinRow(r *row, page int) {
	var fs []*frag
	for _, p := range pieces(r, page) {
		fs = append(fs, p.frags...)
	}
	p := newPiece(fs, page)
	p.apart = true
	r.cut = []*piece{p}
}

// shiftedRows: a row of rs opens with a label and a figure poppler joined
// into one run ("Kent 3": the tab after "Kent" too narrow to cut), holds
// figures alone after it ("12"; a cell's wrapped words, "are 19." beside
// "Social Care", are no such row) and stops a column short of another row, whose first cell overflowed a tab
// stop ("Medway" pushed its "5" a column on). Its figures stand a column
// left of where they belong, and the columns the layout shows are not the
// table's: read as one, "Kent 3" lost its 3 and its 12 stood under the
// next column's header (hostile check 59). The lines are kept as text,
// each one line, for tabSetRows to read in the order of their cells
// under a header of as many (hostile check 60).
func shiftedRows(rs []*row, cols [][2]float64, page int) bool {
	most := -1
	for _, r := range rs {
		if ps := pieces(r, page); len(ps) > 0 {
			most = max(most, column(ps[len(ps)-1], cols))
		}
	}
	for _, r := range rs {
		ps := pieces(r, page)
		if len(ps) >= 2 && column(ps[len(ps)-1], cols) < most && unicode.IsUpper(firstRune(ps[0].text)) && allNumeric(texts(ps[1:])) && len(labelSplits(ps[0])) > 0 {
			return true
		}
	}
	return false
}

// texts is the pieces' texts.
func texts(ps []*piece) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.text
	}
	return out
}

// labelLine: a line's pieces, read as one, are a label and its figure
// (labelFigureRe): "Beds open:" and "3" a tab or two after it. Such a
// line is one piece, a line of a box, not a table's row: tabs that
// overflowed a tab stop set one value a column further than the rest,
// and lines of them were read as a table "| Chairs open: | | 7 |"
// (hostile check 59).
func labelLine(ps []*piece) bool {
	var ts []string
	for _, p := range ps {
		ts = append(ts, strings.TrimSpace(p.text))
	}
	return labelFigureRe.MatchString(strings.Join(ts, " "))
}

// bigFigures: the lines open with a row of figures set far larger than
// the text under them, as a page of key facts sets them, each over its
// label: callouts side by side, each read with its label, not a table.
func bigFigures(lines [][]*piece) bool {
	if len(lines) < 2 || len(lines[0]) < 2 {
		return false
	}
	for _, p := range lines[0] {
		if !calloutFigureRe.MatchString(p.text) || p.size < 1.6*lines[1][0].size {
			return false
		}
	}
	return true
}

// calloutFigureRe is a figure set on its own as a callout: "412,000",
// "72%", "£2.1bn", "1 in 4", "one in five", "9 days".
var calloutFigureRe = lazyre.New(`(?i)^(?:[~£$]?\d[\d,.]*\s?(?:%|m|bn|k|million|billion|days?|weeks?|months?|years?|hours?|nights?)?|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten))$`)

// dataRows makes a table of lines each of which is a label and numbers
// in cells ("Median length of stay (days) – 46 52 61"), too few to be
// told a table by their layout: a table's last rows carried over to the
// next page or column, or a table of one row.
func (l *layout) dataRows(rs []*row, page int) *block {
	b := &block{kind: tableBlock, page: page, x0: math.Inf(1), y0: math.Inf(1), x1: math.Inf(-1), y1: math.Inf(-1)}
	var all []*piece
	for _, r := range rs {
		ps := pieces(r, page)
		if len(ps) < 2 || !hasLongWord(ps[0].text) || headingBesideNumber(ps) {
			return nil
		}
		row := []string{ps[0].text}
		for _, p := range ps[1:] {
			if !numericCellRe.MatchString(p.text) && !dashCellRe.MatchString(p.text) && !ragCellRe.MatchString(p.text) {
				return nil
			}
			row = append(row, p.text)
		}
		if !slices.ContainsFunc(ps[1:], func(p *piece) bool { return numericCellRe.MatchString(p.text) }) {
			return nil
		}
		all = append(all, ps...)
		b.cells = append(b.cells, row)
	}
	for _, p := range all {
		b.grow(p)
	}
	b.cols = projection(all)
	b.size = median(sizes(all))
	n := len(b.cells[0])
	for _, r := range b.cells {
		if len(r) != n {
			return nil
		}
	}
	return b
}

// headingBesideNumber reports a "label" set far larger than the numbers
// beside it: a heading's wrapped line in one column level with a number
// another column's text wrapped onto its own line ("our PPG" beside a
// phone number's last digits "511"), not a data row, whose label and
// figures share a size. Read as a row, the table split the column's flow,
// and the section under the heading was read after the next column's
// and dropped with its contact box.
func headingBesideNumber(ps []*piece) bool {
	for _, p := range ps[1:] {
		if ps[0].size >= 1.3*p.size {
			return true
		}
	}
	return false
}

var (
	// dashCellRe is an empty cell written as a dash.
	dashCellRe = lazyre.New(`^[-–—]$|^n/a$|^\*$`)
	// ragCellRe is a red-amber-green rating.
	ragCellRe = lazyre.New(`(?i)^(?:red|amber|green|r|a|g)$`)
)

// carryHeader gives a table without a header row of its own one: the
// header of the table before it (on this page or the last) when it has
// the same columns, as a table carried over to the next page or column
// has; else an empty one, so that its first row is read as data.
func (l *layout) carryHeader(t *block) {
	if t.kind != tableBlock {
		return
	}
	if t.headed && numberedRowGoesOn(l.lastTable, t) {
		// "| 4 | Next action | ... |" heading a page: the numbered rows
		// go on under the header of the table they continue.
		t.cells = append([][]string{l.lastTable.cells[0]}, t.cells...)
		l.lastTable = t
		return
	}
	if k := l.rowGoesOn(t); k >= 0 {
		// The last row of the table before, split by a page break, goes
		// on at the top of this page, under the header carried to it or
		// none: one row, its label whole.
		p := l.lastTable
		last := p.cells[len(p.cells)-1]
		last[0] = strings.TrimSpace(last[0] + " " + strings.TrimSpace(t.cells[k][0]))
		t.cells = slices.Delete(t.cells, k, k+1)
		if len(t.cells) <= k {
			t.kind = droppedBlock // the row's end alone
			return
		}
	}
	if !t.headed {
		if p := l.lastTable; p != nil && len(p.cols) == len(t.cols) && len(p.cells) > 0 && len(p.cells[0]) == len(t.cells[0]) && sameColumns(p.cols, t.cols) {
			t.cells = append([][]string{p.cells[0]}, t.cells...)
			t.headed = true
		} else {
			t.cells = append([][]string{make([]string, len(t.cells[0]))}, t.cells...)
		}
	}
	l.lastTable = t
}

// rowGoesOn is the index of table t's first row where it holds a label
// alone going on from the label of the last row of the table before it,
// on the last page, with the same columns: t's header that table's
// carried over (1), or none (0). The label goes on where the last label
// left a bracket open ("Community paediatrics (neurodevelopmental" over
// "GPs)"), ended on a word that ends nothing ("and", "of"), or where the
// row opens in lower case. Such a row was split by the page break, the
// running header and footer set between its pieces; read apart, each
// piece was a row, the second with no figures, or glued to the carried
// header (hostile check 67). -1 where there is none.
func (l *layout) rowGoesOn(t *block) int {
	p := l.lastTable
	if t.kind != tableBlock || p == nil || t.page != p.page+1 || len(p.cells) < 2 || len(t.cells) < 1 ||
		len(p.cols) != len(t.cols) || !sameColumns(p.cols, t.cols) {
		return -1
	}
	k := 0
	if t.headed {
		if !slices.Equal(p.cells[0], t.cells[0]) {
			return -1
		}
		k = 1
	}
	if k >= len(t.cells) || len(t.cells[k]) != len(p.cells[0]) {
		return -1
	}
	for _, c := range t.cells[k][1:] {
		if strings.TrimSpace(c) != "" {
			return -1
		}
	}
	last, next := strings.TrimSpace(p.cells[len(p.cells)-1][0]), strings.TrimSpace(t.cells[k][0])
	if last == "" || next == "" || breakdownLeadLabel(next) {
		return -1
	}
	if strings.Count(last, "(") > strings.Count(last, ")") && strings.Contains(next, ")") || endsOpen(last) || unicode.IsLower(firstRune(next)) {
		return k
	}
	return -1
}

// breakdownLeadLabel reports a label-only row that leads into the rows
// under it, "of which:", "of whom", "including:": a group row over
// them, never the end of the label above it. Before (hostile check 68),
// "of which:" opening a page joined "All children referred to CAMHS" of
// the page before.
func breakdownLeadLabel(l string) bool {
	l = strings.ToLower(strings.TrimSpace(l))
	if strings.HasSuffix(l, ":") {
		return true
	}
	switch l {
	case "of which", "of whom", "including", "comprising":
		return true
	}
	return false
}

// sameColumns: columns that start or end alike but for a shift. A
// column of figures set right under a wider header ends where its header
// does, but starts where its widest figure does: carried to the next page
// without its header, it starts elsewhere, and the rows there were read
// under an empty header, every figure a count of nothing.
func sameColumns(a, b [][2]float64) bool {
	shift := b[0][0] - a[0][0]
	for k := range a {
		if math.Abs(b[k][0]-a[k][0]-shift) > 8 && math.Abs(b[k][1]-a[k][1]-shift) > 8 {
			return false
		}
	}
	return true
}

// headerless: the first row is data like the rows under it: it has a
// number, not a year, in a column where they have numbers.
func headerless(cells [][]string) bool {
	if len(cells) < 2 {
		return true
	}
	for k, c := range cells[0] {
		if k == 0 || !numericCellRe.MatchString(strings.TrimSpace(c)) || yearCellRe.MatchString(strings.TrimSpace(c)) {
			continue
		}
		for _, r := range cells[1:] {
			if k < len(r) && numericCellRe.MatchString(strings.TrimSpace(r[k])) {
				return true
			}
		}
	}
	return false
}

var yearCellRe = lazyre.New(`^(?:19|20)\d\d$`)

// columnPieces turns column intervals back into pieces for re-projection.
func columnPieces(cols [][2]float64) []*piece {
	var ps []*piece
	for _, c := range cols {
		ps = append(ps, &piece{x0: c[0], x1: c[1]})
	}
	return ps
}

// projection merges the x-extents of pieces into columns.
func projection(ps []*piece) [][2]float64 {
	var iv [][2]float64
	for _, p := range ps {
		iv = append(iv, [2]float64{p.x0, p.x1})
	}
	sort.Slice(iv, func(i, j int) bool { return iv[i][0] < iv[j][0] })
	var out [][2]float64
	for _, v := range iv {
		if n := len(out); n > 0 && v[0] <= out[n-1][1]+2 {
			out[n-1][1] = math.Max(out[n-1][1], v[1])
			continue
		}
		out = append(out, v)
	}
	return out
}

// withinColumn: the piece lies mostly in one column of several, and
// crosses no other.
func withinColumn(p *piece, cols [][2]float64) bool {
	n, in := 0, 0.0
	for _, c := range cols {
		if ov := overlap(p.x0, p.x1, c[0], c[1]); ov > 0 {
			n++
			in = ov
		}
	}
	return len(cols) > 1 && n == 1 && in >= 0.6*p.width()
}

func column(p *piece, cols [][2]float64) int {
	for k, c := range cols {
		if overlap(p.x0, p.x1, c[0], c[1]) > 0 {
			return k
		}
	}
	return -1
}

// makeTable decides whether a region of lines is a table, and reads its
// cells: text in two or three columns reads as prose (its lines fill their
// column); a table's cells mostly do not, or hold numbers.
func (l *layout) makeTable(rs []*row, page int) *block {
	var all []*piece
	var lines [][]*piece
	multi := 0
	for _, r := range rs {
		ps := pieces(r, page)
		lines = append(lines, ps)
		if len(ps) >= 2 {
			multi++
		}
	}
	// A header with a cell merged over several columns is read apart
	// from the rows, by the cells it stacks (stackedHeader); the rows
	// are read under it as a table's rows are.
	head, nh := l.stackedHeader(rs, lines, page)
	var headPieces []*piece
	if head != nil {
		for _, ps := range lines[:nh] {
			headPieces = append(headPieces, ps...)
			if len(ps) >= 2 {
				multi--
			}
		}
		rs, lines = rs[nh:], lines[nh:]
		for k, r := range rs {
			lines[k] = unglued(lines[k], page)
			r.cut = lines[k]
		}
	}
	// Lines of no figure, a header's, whose runs poppler joined across
	// the columns of the figures under them are cut at those columns
	// (cutAtColumnSlots): joined, two columns were read as one.
	var figs []*piece
	for _, ps := range lines {
		if hasFigureCell(ps) {
			figs = append(figs, ps...)
		}
	}
	if fc := projection(figs); len(fc) >= 2 {
		for k, ps := range lines {
			if !hasFigureCell(ps) {
				lines[k] = clearOfNextColumn(cutAtColumnSlots(ps, fc, page), fc)
			}
		}
	}
	splitHeaderCells(lines)
	// A spreadsheet's figures set right under headers set left: the
	// header's edges are the columns (rightAlignedColumns).
	calc, calcCols, isCalc := rightAlignedColumns(lines, page)
	if isCalc {
		lines = calc
	}
	for _, ps := range lines {
		all = append(all, ps...)
	}
	if bigFigures(lines) {
		return nil
	}
	if f := l.formTable(lines, page); f != nil {
		return f
	}
	cols := projection(all)
	var spanners map[*piece]bool
	if isCalc {
		cols = calcCols
	} else {
		spanners = spanningHeads(lines)
	}
	if len(spanners) > 0 {
		var rest []*piece
		for _, p := range all {
			if !spanners[p] {
				rest = append(rest, p)
			}
		}
		cols = projection(rest)
	}
	if len(cols) < 2 || multi < 2 && head == nil {
		return nil
	}
	full, numeric := 0, map[int]int{}
	cells := map[int]int{}
	for _, p := range all {
		k := column(p, cols)
		cells[k]++
		if p.width() >= 0.85*(cols[k][1]-cols[k][0]) {
			full++
		}
		if numericCellRe.MatchString(p.text) {
			numeric[k]++
		}
	}
	hasNumbers := false
	for k, n := range numeric {
		if k > 0 && n*2 >= cells[k] && n >= 2 {
			hasNumbers = true
		}
	}
	fill := float64(full) / float64(len(all))
	// A label wrapped over three lines ("Speech and" / "language" /
	// "therapy") goes on in lower case too: where the columns right of
	// the labels hold figures, the labels' lines are no sign of prose.
	// Counted, a table whose labels wrapped read as prose and its first
	// rows were lost (hostile check 64).
	lower := 0
	for _, p := range all {
		if unicode.IsLower(firstRune(p.text)) && !(hasNumbers && column(p, cols) == 0) {
			lower++
		}
	}
	// Rows set apart by more space than the lines of a cell: the gaps
	// between lines are of two sizes.
	gmin := math.Inf(1)
	for i := 1; i < len(rs); i++ {
		gmin = math.Min(gmin, rs[i].y0-rs[i-1].y1)
	}
	boundary := func(i int) bool {
		h := rs[i-1].y1 - rs[i-1].y0
		return rs[i].y0-rs[i-1].y1 > gmin+math.Max(2, 0.25*h)
	}
	spaced := 0
	for i := 1; i < len(rs); i++ {
		if boundary(i) {
			spaced++
		}
	}
	// Text in columns reads as prose: its lines flow on in lower case,
	// fill their column and hold words, where cells mostly do not.
	prose := float64(lower) > 0.25*float64(len(all)) || fill >= 0.5 && !hasNumbers
	// A row of bold headings over lines that are not bold heads a table,
	// whose cells may hold sentences.
	// A spreadsheet's header, text over figures, heads one too, though
	// its total row be bold.
	headed := head != nil || isCalc || len(lines[0]) >= 2 && allBold(lines[0]) && !allBold(lines[len(lines)-1])
	if spaced < 2 && (prose && !headed && !l.continuing || multi < 2 && head == nil) {
		return nil
	}
	// Logical rows: a new one starts after a gap between rows (where rows
	// are spaced) or at a line that starts a cell in the first column, on
	// a change from bold (a header) to regular, or with a number where the
	// row has a cell already: a cell's wrapped text does not go on with a
	// number.
	var table [][][]*piece
	var cur [][]*piece
	subRows, maxSub := 0, 0
	for i, ps := range lines {
		newRow := cur == nil
		switch {
		case i == 0:
		case spaced >= 2:
			newRow = newRow || boundary(i)
		default:
			first := column(ps[0], cols) == 0 && !unicode.IsLower(firstRune(ps[0].text)) && (!wrappedLabel(cur, ps) || periodGroupAgain(table, ps, cols))
			// Cells' wrapped text goes on in lower case, in every cell.
			wrapped := !slices.ContainsFunc(ps, func(p *piece) bool { return !unicode.IsLower(firstRune(p.text)) })
			newRow = newRow || len(ps) >= 2 && !wrapped || first
		}
		if i > 0 && allBold(ps) != allBold(lines[i-1]) {
			newRow = true
		}
		if i > 0 && allBold(ps) && allBold(lines[i-1]) && !slices.ContainsFunc(lines[:i], func(ps []*piece) bool { return !allBold(ps) }) {
			// Bold lines over the table's first rows: its header, set
			// over two or three lines ("Waiting less than" / "18 weeks
			// (%)"), up to a first row holding only a label ("Kent",
			// "2022/23"), which is the first of the table's rows.
			newRow = groupRowUnderHeader(lines[:i], ps, lines[i+1:], cols)
		}
		for _, p := range ps {
			k := column(p, cols)
			if cur != nil && len(cur[k]) > 0 && numericCellRe.MatchString(p.text) && !wrappedEnd(cur[k], p.text) && spaced < 2 {
				// (Where rows are set apart by space, the space says where
				// they end: "September" over "2025" is one cell.)
				newRow = true
			}
		}
		if newRow && len(table) == 0 && cur != nil && spaced < 2 && headerGoesOn(cur, ps, lines[i+1:], cols) {
			newRow = false // "2022/" over "23": the header's cells wrapped
		}
		if newRow {
			if cur != nil {
				table = append(table, cur)
			}
			cur = make([][]*piece, len(cols))
			subRows = 0
		}
		subRows++
		maxSub = max(maxSub, subRows)
		for _, p := range ps {
			k := column(p, cols)
			cur[k] = append(cur[k], p)
		}
	}
	table = append(table, cur)
	if len(table) < 2 && !l.continuing && head == nil || maxSub > 8 {
		return nil
	}
	if spaced < 2 {
		table = joinRepeatedLabels(table)
	}
	// Rows set apart by space must be rows of cells: two or more cells,
	// their text starting at one height (columns of prose, whose
	// paragraphs end where they may, do not line up so).
	for i, tr := range table {
		n, top, bottom := 0, math.Inf(1), math.Inf(-1)
		for _, c := range tr {
			if len(c) > 0 {
				n++
				top, bottom = math.Min(top, c[0].y0), math.Max(bottom, c[0].y0)
			}
		}
		if spaced >= 2 && (i > 0 && n < 2 && !sectionLabelRow(tr) || n >= 2 && bottom-top > 2 && !(i == 0 && headed)) {
			return nil
		}
	}
	if spaced >= 2 && float64(lower) > 0.5*float64(len(all)) && !headed {
		// Lines that mostly go on in lower case are prose in columns,
		// unless a row of bold headings stands over them: a table whose
		// cells hold sentences.
		return nil
	}
	table, cols = joinHeaderOnlyColumns(table, cols)
	b := &block{kind: tableBlock, page: page, x0: math.Inf(1), y0: math.Inf(1), x1: math.Inf(-1), y1: math.Inf(-1)}
	for _, p := range append(all, headPieces...) {
		b.grow(p)
	}
	if head != nil {
		b.cells = append(b.cells, head)
	}
	for _, tr := range table {
		var cellsText []string
		for _, c := range tr {
			cellsText = append(cellsText, joinLines(l, c))
		}
		b.cells = append(b.cells, cellsText)
	}
	b.cols = cols
	if len(spanners) > 0 {
		b.cells = mergeSpannedHeader(b.cells, table, spanners, cols)
	}
	b.headed = head != nil || !headerless(b.cells)
	b.size = median(sizes(all))
	if isContentsTable(b.cells) || isContactTable(b.cells) {
		b.kind = droppedBlock
	}
	return b
}

// A lone list marker stays with the text after it however far the tab
// puts it (cutRow), but a decimal that reads like one ("88.1", a
// paragraph's "2.1") before a figure standing alone in its own gap
// ("85.2") is a cell of a row of figures: in narrow columns (2.5 cm) the
// two were one piece, Kent's and Medway's values one cell under "Kent
// (%) Medway (%)", keyed for neither place (hostile check 67). The rows
// are cut so here, where tables are read, after the page's columns are
// found from the pieces as poppler's gaps set them.

// markerBeforeFigure reports piece p opening with a run that reads as a
// list marker followed by a figure alone in its gap (figureAfterMarker).
func markerBeforeFigure(p *piece) bool {
	return len(p.frags) >= 2 && isListMarker(strings.TrimSpace(p.frags[0].text)) && figureAfterMarker(p.frags, 1)
}

// figureAfterMarker reports run i of fs a figure alone between wide gaps
// (or the row's end), as cutRow measures them: a cell of a row.
func figureAfterMarker(fs []*frag, i int) bool {
	f := fs[i]
	if !numericCellRe.MatchString(strings.TrimSpace(f.text)) || f.x0-fs[i-1].x1 <= 1.2*math.Max(f.size, fs[i-1].size) {
		return false
	}
	return i+1 == len(fs) || fs[i+1].x0-f.x1 > 1.2*math.Max(f.size, fs[i+1].size)
}

// figuresAfterLabel reports a row's pieces a label and figures alone
// after it, every run of every piece after the first a figure: a table's
// row, not a line of a page set in columns with a table's row beside its
// prose, whose pieces are better left as the page's columns set them.
// (A row is cut only into four cells or more: a label and two figures
// may be a leaflet's column's line, "Teenage booster, Year 9 80.3 78.6",
// that reads as no table.)
func figuresAfterLabel(ps []*piece) bool {
	for _, p := range ps[1:] {
		for _, f := range p.frags {
			if !numericCellRe.MatchString(strings.TrimSpace(f.text)) {
				return false
			}
		}
	}
	return true
}

// cutMarkerFigures cuts each piece of ps that markerBeforeFigure reports
// after its first run.
func cutMarkerFigures(ps []*piece, page int) []*piece {
	var out []*piece
	for _, p := range ps {
		if !markerBeforeFigure(p) {
			out = append(out, p)
			continue
		}
		out = append(out, newPiece(p.frags[:1], page), newPiece(p.frags[1:], page))
	}
	return out
}

// joinHeaderOnlyColumns joins two neighbouring columns of which one holds
// text only in the table's first rows and the other only in the rows
// under them: a header set left in its cell ("2023/24") over figures set
// right or centred ("54"), which poppler's runs put at different places,
// so that the two were read as two columns, the header over nothing and
// the figures under an empty header. Each figure was then read with no
// header, a percentage as a count. The first column, a row's labels, is
// left alone.
func joinHeaderOnlyColumns(table [][][]*piece, cols [][2]float64) ([][][]*piece, [][2]float64) {
	filled := func(k int) (first, last, n int) {
		first, last = -1, -1
		for i, tr := range table {
			if k < len(tr) && len(tr[k]) > 0 {
				if first < 0 {
					first = i
				}
				last = i
				n++
			}
		}
		return first, last, n
	}
	for k := 1; k+1 < len(cols); k++ {
		af, al, an := filled(k)
		bf, bl, bn := filled(k + 1)
		if an == 0 || bn == 0 {
			continue
		}
		// One column above the other, never side by side in a row: the
		// upper is a header over nothing, the lower figures under nothing.
		headOver := al < bf && bn >= 2 && af == 0
		headUnder := bl < af && an >= 2 && bf == 0
		if !headOver && !headUnder {
			continue
		}
		for i, tr := range table {
			if k+1 < len(tr) {
				tr[k] = append(tr[k], tr[k+1]...)
				table[i] = append(tr[:k+1], tr[k+2:]...)
			}
		}
		cols[k] = [2]float64{math.Min(cols[k][0], cols[k+1][0]), math.Max(cols[k][1], cols[k+1][1])}
		cols = append(cols[:k+1], cols[k+2:]...)
	}
	return joinLabelsHeader(table, cols, filled)
}

// joinLabelsHeader joins the first column, a row's labels under no
// header, with the next when that holds only the header, centred in a
// wide first column over short labels ("Service" over "Autism
// assessment"): it stands nearer the labels than the column after it,
// which has a header of its own. Before, the labels had an empty header
// and "Service" a column of nothing. A header set left over figures set
// right ("2023/24" beside an empty corner) stands nearer its figures,
// which have no header, and is left to them.
func joinLabelsHeader(table [][][]*piece, cols [][2]float64, filled func(int) (int, int, int)) ([][][]*piece, [][2]float64) {
	if len(cols) < 3 {
		return table, cols
	}
	af, _, an := filled(0)
	bf, bl, bn := filled(1)
	cf, _, _ := filled(2)
	if an < 2 || bn == 0 || bf != 0 || bl >= af || cf != 0 || cols[1][0]-cols[0][1] >= cols[2][0]-cols[1][1] {
		return table, cols
	}
	for i, tr := range table {
		if len(tr) > 1 {
			tr[0] = append(tr[0], tr[1]...)
			table[i] = append(tr[:1], tr[2:]...)
		}
	}
	cols[0] = [2]float64{math.Min(cols[0][0], cols[1][0]), math.Max(cols[0][1], cols[1][1])}
	return table, append(cols[:1], cols[2:]...)
}

// spanningHeads are the header cells set over two or more columns (a
// merged cell, "Children with tooth decay (%)" over 2022/23 and 2023/24):
// pieces on a line above the table's first figure that cross two columns
// the other lines make, each of which holds cells of two rows of figures.
// Taken into the columns, such a cell made one column of the two, and
// each row's figures one cell ("10.7 10.2").
func spanningHeads(lines [][]*piece) map[*piece]bool {
	head := 0
	for head < len(lines) && !slices.ContainsFunc(lines[head], func(p *piece) bool {
		t := strings.TrimSpace(p.text)
		return numericCellRe.MatchString(t) && !yearCellRe.MatchString(t)
	}) {
		head++
	}
	if head == 0 || head == len(lines) {
		return nil
	}
	var out map[*piece]bool
	for i, ps := range lines[:head] {
		for _, p := range ps {
			var others []*piece
			from := map[*piece]int{}
			for k, qs := range lines {
				for _, q := range qs {
					if q != p && (k != i) {
						others = append(others, q)
						from[q] = k
					}
				}
			}
			crossed := 0
			for _, c := range projection(others) {
				if overlap(p.x0, p.x1, c[0], c[1]) <= 0 {
					continue
				}
				rows := map[int]bool{} // the rows of figures with a cell in it
				for _, q := range others {
					if from[q] >= head && overlap(q.x0, q.x1, c[0], c[1]) > 0 {
						rows[from[q]] = true
					}
				}
				if len(rows) >= 2 {
					crossed++
				}
			}
			if crossed >= 2 {
				if out == nil {
					out = map[*piece]bool{}
				}
				out[p] = true
			}
		}
	}
	return out
}

// mergeSpannedHeader makes the table's first row, holding cells set over
// several columns, and the row of headers under them one header, as a web
// page's two header rows are: "Children with tooth decay (%) 2022/23",
// "Children with tooth decay (%) 2023/24". Only a row under it that labels
// the spanned columns alone (no label of a row, no figure but a year)
// is taken into the header; else the cells stand as they were read.
func mergeSpannedHeader(cells [][]string, table [][][]*piece, spanners map[*piece]bool, cols [][2]float64) [][]string {
	if len(cells) < 3 || len(table) < 2 {
		return cells
	}
	spanned := make([]string, len(cols)) // the spanning text over each column
	for _, c := range table[0] {
		for _, p := range c {
			if !spanners[p] {
				continue
			}
			for k, col := range cols {
				if overlap(p.x0, p.x1, col[0], col[1]) > 0 {
					spanned[k] = strings.TrimSpace(p.text)
				}
			}
		}
	}
	under := cells[1]
	any := false
	for k, t := range under {
		t = strings.TrimSpace(t)
		switch {
		case spanned[k] == "" && t != "":
			return cells // a label or figure outside the spanned columns: a row of the table
		case spanned[k] != "" && t == "":
			return cells
		case numericCellRe.MatchString(t) && !yearCellRe.MatchString(t):
			return cells
		case t != "":
			any = true
		}
	}
	if !any {
		return cells
	}
	head := make([]string, len(cols))
	for k := range cols {
		switch {
		case spanned[k] != "":
			head[k] = spanned[k] + " " + strings.TrimSpace(under[k])
		default:
			head[k] = cells[0][k]
		}
	}
	return append([][]string{head}, cells[2:]...)
}

// wrappedLabel: line ps, one piece alone, is the rest of the label of
// row cur wrapped onto a line of its own, not a row: it opens with a
// digit and is no figure or year ("Young people aged" over "12-17"), or
// the label above breaks off on a word that waits for more ("Barking
// and" over "Dagenham"). Read as a row, "12-17" was a label of no
// figures and the row above lost the ages it counts (hostile check 63).
// periodGroupAgain reports line ps a year or period alone ("2023/24")
// in a table whose rows so far hold one as a group row ("2022/23" over
// its rows): the next year's group row, not the rest of the label above
// it. Before (hostile check 67), "2023/24" in the body's weight was read
// as the wrapped end of "Medway" above it ("Medway 2023/24"): Medway's
// 2022/23 row read as its 2023/24 one, and the rows under it undated.
func periodGroupAgain(table [][][]*piece, ps []*piece, cols [][2]float64) bool {
	if !periodGroupLine(ps, cols) {
		return false
	}
	return slices.ContainsFunc(table, func(tr [][]*piece) bool {
		if len(tr) == 0 || len(tr[0]) != 1 || !periodGroupLine(tr[0], cols) {
			return false
		}
		return !slices.ContainsFunc(tr[1:], func(c []*piece) bool { return len(c) > 0 })
	})
}

func wrappedLabel(cur [][]*piece, ps []*piece) bool {
	if len(ps) != 1 || len(cur) == 0 || len(cur[0]) == 0 {
		return false
	}
	t := strings.TrimSpace(ps[0].text)
	digit := unicode.IsDigit(firstRune(t)) && !numericCellRe.MatchString(t) && !isYearText(t)
	return digit || endsOpen(cur[0][len(cur[0])-1].text) || bracketGoesOn(t)
}

// bracketGoesOn reports a label's line opening a bracket of words in
// lower case ("(neurodevelopmental", "(excluding dental)"): the label
// above goes on, as no row's label opens so; a note's marker ("(a)",
// "(1)") opens a line of its own. Read as a row, the label's bracket
// stood apart from the figures it names, and over a page break the
// bracket's end was a row of the next page (hostile check 67).
func bracketGoesOn(t string) bool {
	if !strings.HasPrefix(t, "(") {
		return false
	}
	word, _, _ := strings.Cut(t[1:], " ")
	return utf8.RuneCountInString(strings.TrimRight(word, ",;)")) >= 3 && unicode.IsLower(firstRune(word)) && !strings.Contains(word, ")")
}

// wrappedEnd: a number that ends the text of the cell above, not a cell
// of its own: it closes a bracket the cell opened ("Q3 (October to
// December" over "2023)"), or it is a year under words ("April to June"
// over "2023").
func wrappedEnd(cell []*piece, text string) bool {
	above := cell[len(cell)-1].text
	t := strings.TrimSpace(text)
	if strings.Count(above, "(") > strings.Count(above, ")") && strings.HasSuffix(t, ")") {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(above))
	return unicode.IsLetter(last) && isYearText(strings.TrimRight(t, ".,;)"))
}

func isYearText(s string) bool {
	if len(s) != 4 || !digitsOnly(s) {
		return false
	}
	n, _ := strconv.Atoi(s)
	return isYear(n) // the one range of a year, the page reader's too
}

// splitHeaderCells cuts the header cells that a row of bold headings set
// close together glued into one piece ("Share of" and "With modifiable"
// over two right-aligned columns of numbers): such a piece spans two
// columns of the rows under it, and would merge their cells ("33.8% 9").
// Each run of the piece goes to the column of the body it overlaps.
func splitHeaderCells(lines [][]*piece) {
	var body []*piece
	head := 0
	for head < len(lines) && allBold(lines[head]) {
		head++
	}
	for _, ps := range lines[head:] {
		if len(ps) >= 2 {
			body = append(body, ps...)
		}
	}
	if head == 0 || len(body) < 4 {
		return
	}
	cols := projection(body)
	for i := range lines[:head] {
		var out []*piece
		for _, p := range lines[i] {
			out = append(out, splitByColumns(p, cols)...)
		}
		lines[i] = out
	}
}

// splitByColumns cuts a piece whose runs fall in different columns into
// one piece per column; a run that overlaps no column, or two, keeps the
// piece whole.
func splitByColumns(p *piece, cols [][2]float64) []*piece {
	if len(p.frags) < 2 {
		return []*piece{p}
	}
	var out []*piece
	var cur []*frag
	last := -1
	for _, f := range p.frags {
		k, n := -1, 0
		for j, c := range cols {
			if overlap(f.x0, f.x1, c[0], c[1]) > 0 {
				k, n = j, n+1
			}
		}
		if n != 1 {
			return []*piece{p}
		}
		if k != last && cur != nil {
			out = append(out, newPiece(cur, p.page))
			cur = nil
		}
		cur, last = append(cur, f), k
	}
	if len(out) == 0 {
		return []*piece{p}
	}
	return append(out, newPiece(cur, p.page))
}

func allBold(ps []*piece) bool {
	for _, p := range ps {
		if !p.bold {
			return false
		}
	}
	return len(ps) > 0
}

// isContactTable: a letterhead or a directory of addresses set as a table:
// a quarter or more of its cells below the first row hold an address,
// phone number or web address, and none holds a number of its own.
func isContactTable(cells [][]string) bool {
	n, contact := 0, 0
	for i, r := range cells {
		if i == 0 && len(cells) > 1 {
			continue
		}
		for _, c := range r {
			c = strings.TrimSpace(c)
			switch {
			case c == "":
			case numericCellRe.MatchString(c):
				return false
			case contactOnlyRe.MatchString(c):
				n++
				contact++
			default:
				n++
			}
		}
	}
	return n > 0 && contact*4 >= n
}

// isContentsTable: every row ends with a page number, in order. A page
// number is digits alone, or a range of them (pageCellRe): a count with a
// thousands separator, a percentage or a decimal is data, however it
// rises ("2,345", "3,100", "15,000" read by their first digits were pages
// 2, 3 and 15, and a table of counts was dropped).
func isContentsTable(cells [][]string) bool {
	last := -1
	for _, r := range cells {
		n, ok := edgeNumber(r[len(r)-1])
		if !ok || n < last || !pageCellRe.MatchString(strings.TrimSpace(r[len(r)-1])) || len(r) < 2 || strings.TrimSpace(r[0]) == "" || digitsOnly(r[0]) {
			return false
		}
		last = n
	}
	return len(cells) >= 3
}

// pageCellRe is a contents list's page cell: "12", "5–9".
var pageCellRe = lazyre.New(`^\d{1,4}(?:\s?[-–]\s?\d{1,4})?$`)

// betweenRows: line j is one of at most three lines of one run each that
// stand, close set, between two lines of several cells: the wrapped lines
// of a row whose cells poppler joined.
func (l *layout) betweenRows(rs []*row, j, page int) bool {
	if j == 0 || len(pieces(rs[j-1], page)) < 2 {
		return false
	}
	// A line set as tight under a row as a cell's lines are, in its size,
	// is the row's: the last row's wrapped lines have no row below them.
	prev := pieces(rs[j-1], page)
	if g := rs[j].y0 - rs[j-1].y1; g <= 0.15*l.bodyH && slices.ContainsFunc(pieces(rs[j], page), func(p *piece) bool {
		return math.Abs(p.size-prev[len(prev)-1].size) <= 0.05*p.size
	}) {
		return true
	}
	for k := j; k < len(rs) && k <= j+3; k++ {
		if rs[k].y0-rs[k-1].y1 > 0.5*l.bodyH {
			return false
		}
		if len(pieces(rs[k], page)) >= 2 {
			return k > j
		}
	}
	return false
}

// splitAtEdges cuts each piece that runs across the left edge of a
// column (other than the first) into one piece per side: at a run's edge
// where it can, else at the space nearest the edge, the run's letters
// taken as evenly spaced. A cut that would fall far from a space is not
// made.
func splitAtEdges(ps []*piece, cols [][2]float64, page int) []*piece {
	var out []*piece
	for _, p := range ps {
		cut := []*piece{p}
		for _, c := range cols[1:] {
			e := c[0]
			last := cut[len(cut)-1]
			if last.x0 >= e-2 || last.x1 <= e+2 {
				continue
			}
			if a, b := cutPieceAt(last, e, page); a != nil {
				cut = append(cut[:len(cut)-1], a, b)
			}
		}
		out = append(out, cut...)
	}
	return out
}

// splitBetweenColumns is splitAtEdges for a row's line under the
// columns found so far: a cut is made only where the part left of the
// edge stands in the column before it, as the first of two cells poppler
// joined does. A cell set left under a centred header ("per 100,000"
// under "Unit") runs across the header's left edge with nothing of it
// in the column before: cut there, it was two cells, "per" and a
// figure of 100,000 under the unit's header.
func splitBetweenColumns(ps []*piece, cols [][2]float64, page int) []*piece {
	var out []*piece
	for _, p := range ps {
		cut := []*piece{p}
		for k := 1; k < len(cols); k++ {
			e := cols[k][0]
			last := cut[len(cut)-1]
			if last.x0 >= e-2 || last.x1 <= e+2 {
				continue
			}
			if a, b := cutPieceAt(last, e, page); a != nil && overlap(a.x0, a.x1, cols[k-1][0], cols[k-1][1]) > 0 {
				cut = append(cut[:len(cut)-1], a, b)
			}
		}
		out = append(out, cut...)
	}
	return out
}

// cutPieceAt cuts p where its text crosses x = e, or returns nil; a
// bullet and its text stay one line.
func cutPieceAt(p *piece, e float64, page int) (*piece, *piece) {
	a, b := cutAt(p, e, page)
	if a == nil || isListMarker(a.text) {
		return nil, nil
	}
	return a, b
}

// cutAt cuts p where its text crosses x = e: at a run's edge where it
// can, else at the space nearest the edge, the run's letters taken as
// evenly spaced; nil where the cut would fall far from a space. The left
// part ends 3 points short of e at most: its box runs on past its words
// (a run's trailing space, letters taken as evenly spaced), and a part
// ending within the 2 points projection closes was read as one column
// with the cell right of the edge. Before, a label cut from the figure
// poppler ran it into ("Young people aged 3,050", 1.7 points apart) made
// the label and figure columns one, every figure of the column lost
// (set 80, hostile check 63).
func cutAt(p *piece, e float64, page int) (*piece, *piece) {
	var left, right []*frag
	for _, f := range p.frags {
		switch {
		case f.x1 <= e+1:
			left = append(left, f)
		case f.x0 >= e-1:
			right = append(right, f)
		default:
			// The run that crosses the edge: cut it at the space nearest
			// to where the edge falls.
			rs := []rune(f.text)
			w := (f.x1 - f.x0) / float64(max(1, len(rs)))
			best, bestD := -1, math.Inf(1)
			for i, r := range rs {
				if r != ' ' || i == 0 || i == len(rs)-1 {
					continue
				}
				if d := math.Abs(f.x0 + w*float64(i+1) - e); d < bestD {
					best, bestD = i, d
				}
			}
			if best < 0 || bestD > 2.5*w {
				return nil, nil
			}
			a, b := *f, *f
			a.text, a.x1 = strings.TrimSpace(string(rs[:best])), f.x0+w*float64(best)
			b.text, b.x0 = strings.TrimSpace(string(rs[best+1:])), f.x0+w*float64(best+1)
			left, right = append(left, &a), append(right, &b)
		}
	}
	if len(left) == 0 || len(right) == 0 {
		return nil, nil
	}
	a := newPiece(left, page)
	a.x1 = min(a.x1, max(a.x0, e-3))
	return a, newPiece(right, page)
}

// sizes are the font sizes of pieces.
func sizes(ps []*piece) []float64 {
	out := make([]float64, len(ps))
	for i, p := range ps {
		out[i] = p.size
	}
	return out
}
