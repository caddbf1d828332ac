package library

import (
	"strconv"
	"strings"
)

// numberedRowGoesOn reports a table read as headed whose "header" is the
// next numbered row of the table before it, carried over a page break: the
// same columns, and a first cell numbering on from the last row's ("3"
// then "4"). A header row numbers nothing; before, the row was read as the
// carried table's header and the rows under it as figures under "4".
func numberedRowGoesOn(prev, t *block) bool {
	if prev == nil || len(prev.cols) != len(t.cols) || len(prev.cells) < 2 || len(t.cells) == 0 ||
		len(prev.cells[0]) != len(t.cells[0]) || !sameColumns(prev.cols, t.cols) {
		return false
	}
	last, err1 := strconv.Atoi(strings.TrimRight(strings.TrimSpace(prev.cells[len(prev.cells)-1][0]), ".)"))
	next, err2 := strconv.Atoi(strings.TrimRight(strings.TrimSpace(t.cells[0][0]), ".)"))
	return err1 == nil && err2 == nil && next == last+1
}
