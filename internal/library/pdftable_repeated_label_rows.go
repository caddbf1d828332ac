package library

import (
	"slices"
	"strings"
)

// joinRepeatedLabels joins a line holding only a label, under a row of
// figures, to that row's label, where the table's labels repeat without
// it: "Westmere" over "North", then "Westmere" over "South and
// Riverside", each first line a whole word in its own right, so the
// line after it was read as a row of its own. Read so, North's and
// South's figures were both Westmere's and keyed as the total under them
// (hostile check 64). It joins only where the first row under the header
// holds figures (a label over the rows, "Boys", is a section's, not a
// wrapped label's line) and where every row of figures then has a label
// of its own; else the table is left as it was read.
func joinRepeatedLabels(table [][][]*piece) [][][]*piece {
	figures := func(tr [][]*piece) bool {
		for _, c := range tr[1:] {
			if len(c) > 0 {
				return true
			}
		}
		return false
	}
	label := func(tr [][]*piece) string {
		var ws []string
		for _, p := range tr[0] {
			ws = append(ws, strings.Fields(p.text)...)
		}
		return strings.ToLower(strings.Join(ws, " "))
	}
	body := 0
	if len(table) > 0 && !figuresRow(table[0]) {
		body = 1 // the header
	}
	if body >= len(table) || !figures(table[body]) {
		return table
	}
	seen := map[string]int{}
	for _, tr := range table[body:] {
		if figures(tr) {
			seen[label(tr)]++
		}
	}
	repeated := false
	for _, n := range seen {
		repeated = repeated || n > 1
	}
	if !repeated {
		return table
	}
	var out [][][]*piece
	for i, tr := range table {
		if i > body && len(tr[0]) > 0 && !figures(tr) && figures(out[len(out)-1]) && seen[label(out[len(out)-1])] > 1 {
			joined := slices.Clone(out[len(out)-1])
			joined[0] = append(slices.Clone(joined[0]), tr[0]...)
			out[len(out)-1] = joined
			continue
		}
		out = append(out, tr)
	}
	labels := map[string]bool{}
	for _, tr := range out[body:] {
		if !figures(tr) {
			continue
		}
		l := label(tr)
		if labels[l] {
			return table // still alike: not labels wrapped after all
		}
		labels[l] = true
	}
	return out
}

// figuresRow reports a row with a figure in a cell right of its label.
func figuresRow(tr [][]*piece) bool {
	for _, c := range tr[1:] {
		for _, p := range c {
			if numericCellRe.MatchString(strings.TrimSpace(p.text)) {
				return true
			}
		}
	}
	return false
}
