package extract

import (
	"strconv"
	"strings"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
)

// Many reports set a table's caption under it ("Table 2: Referrals by
// area, 2023" below its rows), as others set it over. A caption between
// two tables is the one's or the other's: read as the caption of the
// table after it, as every caption over a table is, the first table lost
// its year and unit and the second took another table's (hostile check
// 65). Which it is is told by the document: a table captioned over it
// takes no caption from under it; a document whose other captions all
// stand over their tables, or all under, sets this one so too; a table
// with a caption under it leaves the one over it to the table before;
// and a caption numbered as the table before is that table's.

// captionsUnder reads the document's captions set under their tables:
// by the block of each such table's first row, its caption; and the
// blocks of captions that caption no table after them (set under the
// table before, or between two tables and not told which).
func (x *extractor) captionsUnder() (under map[int]string, notOver map[int]bool) {
	blocks := x.doc.Blocks
	type tbl struct{ first, last int }
	var tables []tbl
	for i := 0; i < len(blocks); i++ {
		if blocks[i].Kind != corpus.TableRow {
			continue
		}
		j := i
		for j+1 < len(blocks) && (blocks[j+1].Kind == corpus.TableRow && blocks[j+1].HeaderLine == blocks[i].HeaderLine || blocks[j+1].Kind == corpus.Footnote) {
			j++
		}
		tables = append(tables, tbl{i, j})
		i = j
	}
	if len(tables) == 0 {
		return nil, nil
	}
	caption := func(j int) bool {
		b := blocks[j]
		t := strings.TrimSpace(b.Text)
		return b.Kind == corpus.Paragraph && evidence.TableCaption(t) && !strings.Contains(t, "\n") && len(t) < 400
	}
	// after is the caption paragraph under table k, past its notes, or -1.
	after := func(k int) int {
		j := tables[k].last + 1
		for j < len(blocks) && (blocks[j].Kind == corpus.Footnote || blocks[j].Kind == corpus.Paragraph && x.tableNote(j)) {
			j++
		}
		if j < len(blocks) && caption(j) && captionTableRe.MatchString(blocks[j].Text) {
			return j
		}
		return -1
	}
	// A line naming its cells' unit over a table ("Average wait in days
	// for a first appointment", no "Table 3:") captions it over too: a
	// document that sets one so sets its numbered captions so (hostile
	// check 85, M5: "Table 10: Average wait in days" over the third table
	// was read as the second's, under it, and its days were counts).
	over := func(k int) bool {
		return tables[k].first > 0 && (caption(tables[k].first-1) || x.unitCaption(tables[k].first-1))
	}
	belowOnly, overOnly := 0, 0
	for k := range tables {
		a := after(k)
		if a >= 0 && (a+1 >= len(blocks) || blocks[a+1].Kind != corpus.TableRow) {
			belowOnly++
		}
		if over(k) && (k == 0 || after(k-1) != tables[k].first-1) {
			overOnly++
		}
	}
	under, notOver = map[int]string{}, map[int]bool{}
	for k, t := range tables {
		a := after(k)
		if a < 0 {
			continue
		}
		next := k+1 < len(tables) && tables[k+1].first == a+1
		mine := false
		switch {
		case over(k) && !notOver[t.first-1]:
		case overOnly > 0 && belowOnly == 0:
		case belowOnly > 0 && overOnly == 0:
			mine = true
		case next && after(k+1) >= 0:
			mine = true // the next table's caption is under it
		case numbered(blocks[a].Text, k+1):
			mine = true
		case next && numbered(blocks[a].Text, k+2):
		case !next:
			mine = true
		default:
			notOver[a] = true // between two tables, and not told whose
		}
		if mine {
			under[t.first] = strings.TrimSpace(blocks[a].Text)
			notOver[a] = true
		}
	}
	return under, notOver
}

// numbered reports a caption numbered n: "Table 2: ..." for n 2.
func numbered(caption string, n int) bool {
	m := captionTableRe.FindStringSubmatch(caption)
	return m != nil && m[1] == strconv.Itoa(n)
}
