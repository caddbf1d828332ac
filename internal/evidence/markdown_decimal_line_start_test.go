package evidence_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestMarkdownDecimalAtALinesStartIsNoList: a number opening a line of
// Markdown is escaped only where CommonMark reads it as an ordered list's
// marker, its "." or ")" before a blank or the line's end: "35.8%" and
// "1.5m" stay as written, "1. one pub", "3) three", "2024." are escaped;
// bullets and underlines as before. Before: "35\.8%", "22\.1%" in a
// table of figures, correct once rendered but wrong to read raw (hostile
// check 64 L8).
func TestMarkdownDecimalAtALinesStartIsNoList(t *testing.T) {
	for in, want := range map[string]string{
		"35.8%":            "35.8%",
		"22.1% of pupils":  "22.1% of pupils",
		"1.5m":             "1.5m",
		"3.0":              "3.0",
		"12)x":             "12)x",
		"1. one pub":       `1\. one pub`,
		"3) three":         `3\) three`,
		"2024.":            `2024\.`,
		"  7. seven":       `  7\. seven`,
		"- item pub":       `\- item pub`,
		"+ plus":           `\+ plus`,
		"== heading":       `\== heading`,
		"1234567890. long": "1234567890. long",
	} {
		if got := evidence.MarkdownEscape(in); got != want {
			t.Errorf("%q escaped %q, want %q", in, got, want)
		}
	}
}
