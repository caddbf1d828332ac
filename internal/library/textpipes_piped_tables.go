package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// pipedItemRe opens a list's item or a labelled cell, which a line of
// items parted by " | " is, not a table's row: "16. Trust to write ... |
// Owner: the trust | Due: 15 Dec 2026".
var pipedItemRe = lazyre.New(`^(?:\d{1,3}[.)]|[-*•])\s|^[\p{L} ]{2,20}:\s`)

// pipedTable reads a table a plain-text part sets with its cells parted by
// " | " on each line, a header line over its rows and no rule under it, as
// a ticketing or project system writes its report's tables ("KPI | Target
// | Actual | RAG" over "Children seen | 16,300 | 14,870 | AMBER"): every
// line of the block, three at least, parts into the same number of cells,
// two or more, none empty. Read line by line, a short header was taken
// for a heading and its rows for one paragraph, their figures for one
// sentence's. Nil when the block is no such table, or a list whose lines
// " | " parts into the item and its labelled owner and date.
func pipedTable(lines []string) [][]string {
	var rows [][]string
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			break
		}
		if strings.HasPrefix(t, "|") || !strings.Contains(t, " | ") {
			return nil
		}
		cells := strings.Split(t, " | ")
		for k, c := range cells {
			cells[k] = strings.TrimSpace(c)
			if cells[k] == "" || pipedItemRe.MatchString(cells[k]) {
				return nil
			}
		}
		if len(rows) > 0 && len(cells) != len(rows[0]) {
			return nil
		}
		rows = append(rows, cells)
	}
	if len(rows) < 3 || len(rows[0]) < 2 {
		return nil
	}
	return rows
}
