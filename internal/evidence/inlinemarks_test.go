package evidence

import (
	"strings"
	"testing"
)

// A quote is shown and copied as the published page reads: Markdown's
// emphasis, links, images and footnote references left out, everything
// else as written.
func TestQuoteLineLeavesOutInlineMarks(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"In 2024, **41%** of children in Offham waited more than *18 weeks*.", "In 2024, 41% of children in Offham waited more than 18 weeks."},
		{"Waits rose (__by 12%__), according to [Offham Council](https://example.org/a_(b)).[^1]", "Waits rose (by 12%), according to Offham Council."},
		{"Some 41%[^note-2] of families said so ![chart](c.png) last year.", "Some 41% of families said so last year."},
		{"It is _very_ long; **bold**, *italic*!", "It is very long; bold, italic!"},
		// Not emphasis: arithmetic, a bullet, names with underscores, a
		// lone star after a figure, a footnote's own definition.
		{"5 * 3 * 2 is 30.", "5 * 3 * 2 is 30."},
		{"* item one", "* item one"},
		{"See snake_case_name and __init__.py files.", "See snake_case_name and __init__.py files."},
		{"Some 41%* of pupils.", "Some 41%* of pupils."},
		{"[^1]: Offham Council, waits, 2024.", "[^1]: Offham Council, waits, 2024."},
		{"References [12] and [3, 4] stay.", "References [12] and [3, 4] stay."},
		{"| North | ^^ | **53%** |", "| North |    | 53% |"},
		// A backslash escape is the character it escapes.
		{`In 2024, 33% of the \_team\_ said so.`, "In 2024, 33% of the _team_ said so."},
		{`Both \*flagged\* and 3 \* 4 and \[^2\] stay.`, "Both *flagged* and 3 * 4 and [^2] stay."},
		{`A path C:\Users\notes and **41%** here.`, `A path C:\Users\notes and 41% here.`},
		// Other inline syntax a page shows as style, a break or a note
		// mark (hostile check 70, G18).
		{"Around 61%<sup>3</sup> of parents said waits were too long &amp; rising.", "Around 61% of parents said waits were too long & rising."},
		{"See [the report][12] and [the plan][] for details.", "See the report and the plan for details."},
		{"52% of pupils <br> reported anxiety, per <https://example.org/x>.", "52% of pupils reported anxiety, per https://example.org/x."},
		{"52% of pupils<br/>reported it.", "52% of pupils reported it."}, // read as a space: left out, two words would be one
		{"Nested ***bold _and italic_*** and ****deep**** marks.", "Nested bold and italic and deep marks."},
		{"A `MHST` team and ~~two~~ three nurses, <em>not</em> four.", "A MHST team and ~~two~~ three nurses, not four."},
		{"Keep 3 < 4 and x > y, AT&T and &lt;b&gt; as the page shows them.", "Keep 3 < 4 and x > y, AT&T and <b> as the page shows them."},
		{"Some 1&#44;500 and 20&nbsp;%, but `1&#44;5` in code and &bogus; kept.", "Some 1,500 and 20\u00a0%, but 1&#44;5 in code and &bogus; kept."},
	} {
		if got := QuoteLine(c.in); got != c.want {
			t.Errorf("QuoteLine(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// QuoteLineFrom says where each byte of the line came from, so a figure's
// or a match's span styles the right bytes.
func TestQuoteLineFromMapsBytesBack(t *testing.T) {
	s := "In 2024, **41%** of children\n waited.[^1]"
	line, from := QuoteLineFrom(s)
	if line != "In 2024, 41% of children waited." || len(from) != len(line) {
		t.Fatalf("got %q (%d offsets)", line, len(from))
	}
	for k := range line {
		if line[k] != ' ' && s[from[k]] != line[k] {
			t.Errorf("byte %d %q came from %d %q", k, line[k], from[k], s[from[k]])
		}
	}
}

// TestReferencesToUnsafeCharactersAreNotRead: a character reference to a
// control character, a bidirectional control or a line break is never
// read as its character, so no reading of a quote (shown, searched,
// measured) hands the terminal a byte the source's escaping did not see;
// it stays as written and Printable leaves it alone. Before (hostile check
// 85, H1 and M1), "41&#x1b;[31m%" coloured the explorer's line red.
func TestReferencesToUnsafeCharactersAreNotRead(t *testing.T) {
	for _, in := range []string{
		"About 41&#x1b;[31m% of parents said so.",
		"About 42&#27;[2J% of parents said so.",
		"About 46&#x7f;% of parents said so.",
		"About 47&#x202E;% of parents said so.",
		"About 48&#10;% of parents said so.",
		"About 49&#x200B;% of parents said so.",
	} {
		plain, _ := WithoutInlineMarks(in)
		for name, got := range map[string]string{"QuoteLine": QuoteLine(in), "WithoutInlineMarks": plain, "BlankInlineMarks": BlankInlineMarks(in)} {
			if Printable(got) != got || strings.ContainsAny(got, "\n\x1b\x7f") {
				t.Errorf("%s(%q) = %q: an unsafe character read from its reference", name, in, got)
			}
		}
	}
	if got := QuoteLine("Some 1&#44;500 pupils"); got != "Some 1,500 pupils" {
		t.Errorf("a safe reference is still read: %q", got)
	}
}
