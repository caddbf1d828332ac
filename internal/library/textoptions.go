package library

import "strings"

// optionRows reads the rows that open lines when they are a question's
// options in a response summary: set under the question with no blank
// line and no header, each indented, its label then its figures parted
// by runs of two or more spaces ("  Not sure      6     6.3%"), every row
// with as many cells, at least two rows, up to a blank line or the end.
// It returns each row's cells, or nil. Before, the rows ran into the
// question's paragraph, every option's count and share read as figures
// of one sentence, its first share the headline.
func optionRows(lines []string) [][]string {
	var rows [][]string
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			break
		}
		if !strings.HasPrefix(l, "  ") && !strings.HasPrefix(l, "\t") || isListLine(l) || strings.ContainsAny(l, "|") {
			return nil
		}
		cells := gapCellsRe.Split(strings.TrimSpace(l), -1)
		if len(cells) < 2 || len(rows) > 0 && len(cells) != len(rows[0]) || len(rows) == maxSpacedRows {
			return nil
		}
		if bareNumberRe.MatchString(cells[0]) {
			return nil
		}
		for _, c := range cells[1:] {
			if !bareNumberRe.MatchString(c) {
				return nil
			}
		}
		rows = append(rows, cells)
	}
	if len(rows) < 2 {
		return nil
	}
	return rows
}
