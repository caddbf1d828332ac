package evidence_test

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestMarksEscapedReadsBackAsWritten: a title holding Markdown's marks or
// character references, from an e-mail's subject, a page's title or a
// PDF's document info, is written so that its reading without marks is
// the title itself; a title holding none is written as it is ("A & B",
// "snake_case", "5 * 3", "C:\data").
func TestMarksEscapedReadsBackAsWritten(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Waits *urgent* update &amp; more", `Waits \*urgent\* update \&amp; more`},
		{"Scores &lt; 5: a review", `Scores \&lt; 5: a review`},
		{"_Draft_ plan for 2026", `\_Draft\_ plan for 2026`},
		{"Waits `now` and [the plan](https://x.example) <em>too</em>", "Waits \\`now\\` and \\[the plan](https://x.example) \\<em>too\\</em>"},
		{`50\% of C:\data *x*`, `50\\% of C:\\data \*x\*`},
		// No mark: as written.
		{"Children & young people's waits", "Children & young people's waits"},
		{"snake_case_name and 5 * 3", "snake_case_name and 5 * 3"},
		{`C:\data`, `C:\data`},
		{"", ""},
	} {
		got := evidence.MarksEscaped(tc.in)
		if got != tc.want {
			t.Errorf("MarksEscaped(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if read, _ := evidence.WithoutInlineMarks(got); read != tc.in {
			t.Errorf("%q reads %q, want %q", got, read, tc.in)
		}
	}
	// Any one-line text of what marks are made of reads back.
	rnd := rand.New(rand.NewSource(1))
	parts := []string{"a", "b1", " ", "*", "**", "_", "[", "]", "(", ")", "<", ">", "&", ";", "&amp;", "&#38;", "&lt;",
		"`", "\\", "!", "^", "~~", "<em>", "</em>", "<br>", "<https://x.example>", "[^1]", "<!--", "-->", "<sup>3</sup>", "](u)", "][1]"}
	for range 20000 {
		var b strings.Builder
		for range 1 + rnd.Intn(10) {
			b.WriteString(parts[rnd.Intn(len(parts))])
		}
		s := b.String()
		if read, _ := evidence.WithoutInlineMarks(evidence.MarksEscaped(s)); read != s {
			t.Fatalf("%q written %q reads %q", s, evidence.MarksEscaped(s), read)
		}
	}
}
