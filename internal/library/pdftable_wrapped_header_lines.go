package library

import (
	"slices"
	"strings"
	"unicode"

	"github.com/cypx/cypx/internal/lazyre"
)

// headerGoesOn: line ps is the next line of the header cells of head, the
// table's first row, wrapped in their narrow columns ("2022/" over "23",
// "Year to" over "March" over "2024", "Referrals" over "2023"), not a row
// of its own. Head holds words, no figure but a year; ps stands under its
// cells, none in the labels' column but a label's lower-case end, and
// holds no figure but a year, a year's end after "2022/" or "2022-", or a
// number after "per"; a row with a label of its own is still to come
// (later). Read as rows, each wrapped line was a row of no label, "23" a
// count, and every figure of the table lost its column's year, or took
// another's (hostile check 65).
func headerGoesOn(head [][]*piece, ps []*piece, later [][]*piece, cols [][2]float64) bool {
	filled := 0
	for k, c := range head {
		for _, p := range c {
			if isFigureCell(p) {
				return false
			}
		}
		if k > 0 && len(c) > 0 {
			filled++
		}
	}
	if filled < 2 {
		return false
	}
	if allBold(ps) != slices.ContainsFunc(head, func(c []*piece) bool { return len(c) > 0 && allBold(c) }) {
		// A line in the body's weight under a bold header is a row's: a
		// label going on from the last page (hostile check 67).
		return false
	}
	for _, p := range ps {
		k := column(p, cols)
		if k < 0 || len(head[k]) == 0 && k > 0 {
			return false
		}
		if k == 0 && !unicode.IsLower(firstRune(p.text)) {
			return false
		}
		t := strings.TrimSpace(p.text)
		if numericCellRe.MatchString(t) && !yearCellRe.MatchString(strings.Trim(t, "()")) && !headerEndRe.MatchString(head[k][len(head[k])-1].text) {
			return false
		}
	}
	// The rows under the header are labelled: a line under it opens with
	// a label in the first column.
	return slices.ContainsFunc(later, func(qs []*piece) bool {
		return len(qs) >= 2 && column(qs[0], cols) == 0 && !unicode.IsLower(firstRune(qs[0].text)) && !isFigureCell(qs[0])
	})
}

// headerEndRe is a header cell's line that breaks off before a number:
// a year cut after its stroke or hyphen ("2022/", "2022-") or a rate's
// "per" ("Rate per" over "100,000").
var headerEndRe = lazyre.New(`(?i)(?:(?:19|20)\d\d\s?[/–-]|\bper)\s*$`)

// hasFigureCell reports a line holding a figure that is no year.
func hasFigureCell(ps []*piece) bool {
	return slices.ContainsFunc(ps, isFigureCell)
}

// headWrappedLine: p, a line of one run, is the next line of a header
// cell of the lines above (head, no figure among them but a year): it
// starts within one of cols, the header's columns, and runs into no
// column right of it, as "within 18" under "Referrals Seen" (two cells
// poppler joined) does. Lying past the end of the joined run, it was no
// line of the table, which then began at its first row of figures with
// no header (hostile check 65).
func headWrappedLine(p *piece, head []*row, cols [][2]float64, page int) bool {
	if len(cols) < 2 || slices.ContainsFunc(head, func(r *row) bool { return hasFigureCell(pieces(r, page)) }) {
		return false
	}
	for k, c := range cols {
		if p.x0 >= c[0]-2 && p.x0 < c[1] {
			return k == len(cols)-1 || p.x1 < cols[k+1][0]
		}
	}
	return false
}
