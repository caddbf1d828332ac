package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// tabTable reads the table that opens lines when its cells are parted by
// tabs, as a mail client writes an HTML table into the message's plain
// part: a header line and at least two rows, up to the first line with
// no tab or a blank line, every line parting into as many cells as the
// header (at least three). It returns the header's cells and each row's,
// or nil when the block is not clearly such a table (the same checks as
// a spaced table's rows: at least two rows holding a number after their
// label, no "Label: value" header).
// Before, the rows ran into one paragraph, each row's label words and
// all the rows' figures read as one sentence's.
func tabTable(lines []string) [][]string {
	var block [][]rune
	n := -1
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || !strings.Contains(t, "\t") || len(block) == maxSpacedRows {
			break
		}
		cells := strings.Split(t, "\t")
		if n >= 0 && len(cells) != n || isListLine(l) {
			return nil
		}
		n = len(cells)
		block = append(block, []rune(t))
	}
	if len(block) < 3 || n < 3 {
		return nil
	}
	return spacedRows(block, func(l []rune) []string {
		cells := strings.Split(string(l), "\t")
		for c := range cells {
			cells[c] = strings.TrimSpace(cells[c])
		}
		return cells
	})
}

// plainTable reads the table that opens lines, its cells parted by tabs
// (tabTable) or by runs of spaces (spacedTable); nil when none opens them.
func plainTable(lines []string) [][]string {
	if rows := tabTable(lines); rows != nil {
		return rows
	}
	return spacedTable(lines)
}

// plainTableLines is how many lines the table plainTable read from lines
// holds: a spaced table's rows and the lines its cells' words wrapped
// onto (spacedRows), up to the blank line under it; a tabbed table's
// rows.
func plainTableLines(lines []string, rows [][]string) int {
	if tabTable(lines) != nil {
		return len(rows)
	}
	n := 0
	for n < len(lines) && strings.TrimSpace(lines[n]) != "" && n < maxSpacedRows {
		n++
	}
	return n
}

// tableHeading reports the line at i as the heading of the table set
// under it after a blank line ("Monthly position, July to September 2025"
// over its rows): a short line with no closing stop, its period's figures
// allowed, which standingHeading refuses over prose.
func tableHeading(lines []string, i int) bool {
	t := strings.TrimSpace(lines[i])
	words := len(strings.Fields(t))
	if words < 2 || words > 10 || len(t) > 70 || !startsUpper(t) || isListLine(t) || strings.ContainsRune(".,;:!?)\"'’”", []rune(t)[len([]rune(t))-1]) {
		return false
	}
	for j := i + 1; j < len(lines); j++ {
		if strings.TrimSpace(lines[j]) != "" {
			return j > i+1 && plainTable(lines[j:]) != nil
		}
	}
	return false
}

// tableCaptionRe is a table's numbered caption: "Table 1: Key measures by
// place".
var tableCaptionRe = lazyre.New(`^(?:Table|Figure|Chart)\s+\d{1,3}[a-z]?\s*[:.–-]\s+\S`)

// tableCaption reports the line at i as the numbered caption set right over
// a table's header with no blank line between: the table's heading, not a
// sentence (before, the caption and every row ran into one paragraph).
func tableCaption(lines []string, i int) bool {
	t := strings.TrimSpace(lines[i])
	return len(t) <= 120 && tableCaptionRe.MatchString(t) && i+1 < len(lines) && plainTable(lines[i+1:]) != nil
}
