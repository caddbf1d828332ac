package library

import "strings"

// joinTabbedCells rewrites a table a plain part sets one cell a line
// (Outlook for Mac's plain text of an HTML table) as one line a row, its
// cells parted by " | ", as a plain-text table is read: each row's first
// cell on a line of its own, its other cells under it each after a tab,
// rows parted by blank lines ("Place" over "\tChildren waiting" and
// "\tMedian wait (weeks)", then "Northbrook place" over "\t1,284" and
// "\t61"). Read as it was, a row's figures were lines apart from its
// label and its header, and the header's "52 weeks" a statistic. Only a
// run of three rows at least (the header and two), each with the same
// number of cells, is rewritten; other text is left as it is.
func joinTabbedCells(plain string) string {
	lines := strings.Split(plain, "\n")
	type row struct{ start, end int }
	var out []string
	flush := func(rows []row) {
		for _, r := range rows {
			cells := []string{}
			for _, l := range lines[r.start:r.end] {
				cells = append(cells, strings.TrimSpace(l))
			}
			out = append(out, strings.Join(cells, " | "))
		}
	}
	var run []row
	cells := 0
	emit := func() {
		if len(run) >= 3 {
			flush(run)
		} else {
			for k, r := range run {
				if k > 0 {
					out = append(out, "")
				}
				out = append(out, lines[r.start:r.end]...)
			}
		}
		run = nil
	}
	for i := 0; i < len(lines); {
		l := strings.TrimRight(lines[i], "\r")
		if strings.TrimSpace(l) == "" && len(run) > 0 && i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" && !strings.HasPrefix(lines[i+1], "\t") {
			// The blank line between two rows.
			i++
			continue
		}
		if strings.TrimSpace(l) != "" && !strings.HasPrefix(l, "\t") && !strings.HasPrefix(l, " ") {
			j := i + 1
			for j < len(lines) && strings.HasPrefix(lines[j], "\t") && strings.TrimSpace(lines[j]) != "" {
				j++
			}
			if n := j - i - 1; n >= 2 {
				if len(run) > 0 && n != cells {
					emit()
				}
				cells = n
				run = append(run, row{i, j})
				i = j
				continue
			}
		}
		if len(run) > 0 {
			emit()
			out = append(out, "")
		}
		out = append(out, lines[i])
		i++
	}
	if len(run) > 0 {
		emit()
	}
	return strings.Join(out, "\n")
}
