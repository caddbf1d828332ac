package library_test

import "testing"

// TestPlainTableOneCellALineIsReadAsATable: a plain part that sets an
// HTML table one cell a line (Outlook for Mac: each row's first cell on
// a line of its own, its other cells under it after a tab, rows parted
// by blank lines) is read as a table, one row a line, so each row's
// figures keep its label and its header. Before, the header's "over 18
// weeks" was a statistic and the rows' counts were lines apart from
// their labels. Two such rows alone, and a paragraph's indented lines,
// are left as they are.
func TestPlainTableOneCellALineIsReadAsATable(t *testing.T) {
	head := "From: Lee Grant <lee.grant@ashby.nhs.uk>\nTo: Team <team@ashby.nhs.uk>\nSubject: Therapy waits by area\nDate: Tue, 3 Feb 2026 09:00:00 +0000\nContent-Type: text/plain; charset=\"UTF-8\"\n\n"
	body := "Hi all,\n\nHere are the waits by area for the board paper.\n\n" +
		"Area\n\tChildren waiting\n\tMedian wait (weeks)\n\tWaiting over 18 weeks\n\n" +
		"North Ashby\n\t642\n\t23\n\t57%\n\n" +
		"South Ashby\n\t518\n\t19\n\t44%\n\n" +
		"Ashby town\n\t903\n\t31\n\t68%\n\n" +
		"The town's waits are the longest, and 68% of its children have waited over 18 weeks.\n\nLee\n"
	im := importMailAs(t, head+body)
	checkBody(t, im.Body,
		[]string{"North Ashby | 642 | 23 | 57%", "Ashby town | 903 | 31 | 68%", "the longest, and 68%"},
		[]string{"\tChildren waiting", "North Ashby\n"})
}
