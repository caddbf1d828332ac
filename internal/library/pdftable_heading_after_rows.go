package library

// Tables end at a heading set straight under their last row.

// headingUnderRows: the line starting with ps[0], under the table's lines
// rows, opens with a heading: a run set larger than the body text and
// larger than every line of the table so far. A table's rows are set in
// one size, its header at most as large as them or bold; a line set
// larger is the next section's heading. Where the heading opens a band of
// two columns, its row holds the right column's first line too, and read
// on, the two were cut at the table's columns into a last row ("In their
// own words | my son's | eyesight") whose cells ran across two columns
// and joined them ("31 12"), and the columns' lines under it became more
// rows or undid the table.
func (l *layout) headingUnderRows(ps []*piece, rows []*row, page int) bool {
	if len(ps) == 0 || ps[0].size < 1.15*l.body.size {
		return false
	}
	for _, r := range rows {
		for _, p := range pieces(r, page) {
			if ps[0].size < 1.15*p.size {
				return false
			}
		}
	}
	return true
}
