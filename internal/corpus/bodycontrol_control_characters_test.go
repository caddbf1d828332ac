package corpus

import (
	"strings"
	"testing"
)

// TestBodyControlsAreAProblem: a source whose text holds control
// characters is told at the first line holding one, with how many, and is
// still read; a body with tabs and line breaks only is no problem. Before
// (hostile check 56), `cypx check` said nothing of an ESC, a BEL or a
// backspace in a hand-written body.
func TestBodyControlsAreAProblem(t *testing.T) {
	src := "---\ntitle: Speech therapy waits\npublisher: Hollin Parents Forum\ndate: 2024\ntype: report\n---\n\n" +
		"In 2024, 310 children were waiting.\n\nIn Hollin,\t42% waited \x1b]0;owned\x07 more than 18 weeks.\x08\n"
	doc, problems := Parse("sources/hollin.md", []byte(src))
	if len(problems) != 1 {
		t.Fatalf("problems = %v, want one", problems)
	}
	p := problems[0]
	if p.Skipped || p.Line != 10 || !strings.Contains(p.Message, "3 control characters, the first (U+001B) on this line") {
		t.Errorf("problem = %+v, want line 10, three controls, the source read", p)
	}
	if len(doc.Blocks) != 2 {
		t.Errorf("blocks = %d, want the source read (2)", len(doc.Blocks))
	}
	clean := strings.NewReplacer("\x1b]0;owned\x07 ", "", "\x08", "").Replace(src)
	if _, problems := Parse("sources/hollin.md", []byte(clean)); len(problems) != 0 {
		t.Errorf("a clean body's problems: %v", problems)
	}
}
