package library

import "strings"

// sectionLabelRow reports a table's row that is only a label in its
// first cell, bold or ending with a colon: a statement of accounts' "Income
// from:" or "Expenditure on:" over the rows it groups. Before, such a row
// among rows set apart by space was read as prose in columns, the table
// was refused from its first row down to the label, and the figures of
// the rows above it were lost.
func sectionLabelRow(tr [][]*piece) bool {
	if len(tr) < 2 || len(tr[0]) == 0 {
		return false
	}
	for _, c := range tr[1:] {
		if len(c) > 0 {
			return false
		}
	}
	t := strings.TrimSpace(tr[0][len(tr[0])-1].text)
	return len(strings.Fields(t)) <= 6 && (strings.HasSuffix(t, ":") || allBold(tr[0]))
}
