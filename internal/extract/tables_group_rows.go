package extract

import (
	"strings"
	"unicode"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/measure"
)

// A table's rows may be grouped under rows that hold only a label, the
// group or place of the rows under them ("Boys" over "Aged 5 to 10" and
// "Aged 11 to 15", then "Girls" over the same; "Kent" over "Referrals"
// and "Waiting over 18 weeks", then "Medway"), the rows indented or not.
// Each row under such a label is read with it, as a label of the row
// before its own; the label's row holds no figure and gives no item. Read
// alone, the rows of every group were keyed alike, boys' and girls' counts
// of one age one measure, and Kent's referrals were of place "Referrals"
// (hostile check 65).

// groupLabelRow reports a row holding only a label: its first cell has
// a few words, one a word of letters, or is only a year ("2022/23", the
// year of the rows under it: hostile check 66, where such rows dated
// nothing and two years' values shared a key), in bold or not, every
// other cell is empty.
func groupLabelRow(b corpus.Block) bool {
	if len(b.Cells) < 2 {
		return false
	}
	// A label set in bold, "| **2023/24** | |", as a word processor's
	// or pandoc's Markdown writes a group row, is the label (hostile
	// check 68: the year dated none of the rows under it).
	label := unemphasised(b.Cells[0].Text)
	if label == "" || label == rowSpanMark || len(strings.Fields(label)) > 8 || !strings.ContainsFunc(label, unicode.IsLetter) && !isPeriodLabel(label) {
		return false
	}
	for _, c := range b.Cells[1:] {
		if strings.TrimSpace(c.Text) != "" {
			return false
		}
	}
	return true
}

// tableGroups are the group labels of the rows of the table whose first
// row is block i, by block, and every group's label: the label-only row
// above each row, where the
// table's rows are grouped so, two groups or more whose rows share labels
// (what is told apart is the group, not the row). A row between two
// group labels is the first's; a row under the last label is its group's
// only while its label is one an earlier group's rows had, so a total row
// under the groups ("All children") is of none. Nil where the rows are
// not grouped so, and each is read alone.
func (x *extractor) tableGroups(i int) (map[int]string, []string) {
	blocks := x.doc.Blocks
	header := blocks[i].HeaderLine
	var groups []rowGroup
	for j := i; j < len(blocks) && blocks[j].Kind == corpus.TableRow && blocks[j].HeaderLine == header; j++ {
		switch {
		case groupLabelRow(blocks[j]):
			groups = append(groups, rowGroup{label: unemphasised(blocks[j].Cells[0].Text)})
		case len(groups) > 0 && len(blocks[j].Cells) > 0:
			g := &groups[len(groups)-1]
			g.rows = append(g.rows, j)
		}
	}
	if len(groups) == 1 && isPeriodLabel(groups[0].label) && len(groups[0].rows) > 0 {
		// One year's row over the rows under it, "| 2023/24 | |": they
		// are that year's. A column with a year of
		// its own ("Hastings 2022 (%)") then says two years of one value,
		// and dates it neither. Before (hostile check 68), the lone
		// year's row was passed over and the column's year dated it.
		out := map[int]string{}
		for _, j := range groups[0].rows {
			out[j] = groups[0].label
		}
		return out, []string{groups[0].label}
	}
	if len(groups) < 2 {
		return nil, nil
	}
	rowLabel := func(j int) string {
		return strings.ToLower(strings.Join(strings.Fields(blocks[j].Cells[0].Text), " "))
	}
	seen := map[string]int{} // a row label: the groups it stands in
	for _, g := range groups[:len(groups)-1] {
		if len(g.rows) == 0 {
			return nil, nil // a label over no rows: no group's
		}
		own := map[string]bool{}
		for _, j := range g.rows {
			own[rowLabel(j)] = true
		}
		for l := range own {
			seen[l]++
		}
	}
	shared := false
	last := groups[len(groups)-1]
	for _, j := range last.rows {
		shared = shared || seen[rowLabel(j)] > 0
	}
	for _, n := range seen {
		shared = shared || n > 1
	}
	if !shared {
		return groupTotals(blocks, groups, rowLabel)
	}
	out := map[int]string{}
	var labels []string
	for k, g := range groups {
		labels = append(labels, g.label)
		for _, j := range g.rows {
			if k == len(groups)-1 && seen[rowLabel(j)] == 0 {
				break // under the groups: a total of them all
			}
			out[j] = g.label
		}
	}
	return out, labels
}

// rowGroup is a group label's row and the rows under it.
type rowGroup struct {
	label string
	rows  []int
}

// groupTotals are, for groups whose rows share no labels, the rows
// naming the whole of their group ("All", "Total") right under its label:
// "England" over "All" is England's, where "Kent" over "Dartford" and
// "Thanet" names the rows' own places. Before (hostile check 67),
// England's "All" row had no place, of "All (Area)". Nil where there
// is none.
func groupTotals(blocks []corpus.Block, groups []rowGroup, rowLabel func(int) string) (map[int]string, []string) {
	out := map[int]string{}
	var labels []string
	for _, g := range groups {
		labels = append(labels, g.label)
		if len(g.rows) > 0 && measure.TotalLabel(rowLabel(g.rows[0])) {
			out[g.rows[0]] = g.label
		}
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, labels
}
