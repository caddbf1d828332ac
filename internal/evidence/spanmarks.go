package evidence

import "strings"

// RowSpanMark is the text of a table cell that continues the figure of
// the cell above it, merged over rows, as MultiMarkdown 6 writes it: the
// stored row keeps it, so the reader knows the figure spans rows.
const RowSpanMark = "^^"

// SpanMarksBlanked is a table row's text as a reader is shown or copies
// it: each cell that only continues the cell above (RowSpanMark) blank,
// byte for byte, so a quote's offsets (its figures, its matches) still
// hold. The stored quote keeps the mark, as it is the source's bytes; in
// a quote shown or pasted alone "| North | 2024 | ^^ | 53% |" is a symbol
// of nothing. A cell spanning columns, written as nothing between two
// pipes ("| 450 ||"), is left as it is: blanked, it would be a cell
// emptied, a value not given.
func SpanMarksBlanked(s string) string {
	if !strings.Contains(s, RowSpanMark) {
		return s
	}
	b := []byte(s)
	for i := 0; i+len(RowSpanMark) <= len(b); i++ {
		if string(b[i:i+len(RowSpanMark)]) != RowSpanMark {
			continue
		}
		l, r := i, i+len(RowSpanMark)
		for l > 0 && b[l-1] == ' ' {
			l--
		}
		for r < len(b) && b[r] == ' ' {
			r++
		}
		if l > 0 && b[l-1] == '|' && r < len(b) && b[r] == '|' {
			b[i], b[i+1] = ' ', ' '
		}
		i += len(RowSpanMark) - 1
	}
	return string(b)
}
