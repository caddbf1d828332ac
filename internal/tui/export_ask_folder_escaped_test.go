package tui_test

import (
	"strings"
	"testing"
)

// TestExportQuestionShowsTheFolderEscaped: the export question names the
// folder the pack goes to as the status line does, escaped: a folder
// holding a right-to-left override, an OSC 52 sequence or a byte that is
// no UTF-8 reached the terminal raw in the question's box (hostile check
// 89, X1), reordering the path on the screen.
func TestExportQuestionShowsTheFolderEscaped(t *testing.T) {
	_, c := bundledIndex(t)
	f := newBasketFile(t, c.Items[0].ID)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	opts.Basket.Where = func() string { return "/tmp/cw\x1b]52;c;eA==\a\u202ex\xff/briefing.md and .docx" }
	d := start(t, 160, 40, opts)
	d.keys("esc", "e")
	s := d.screen()
	if !strings.Contains(s, `/tmp/cw\x1b]52;c;eA==\a\u202ex\xff/briefing.md`) {
		t.Fatalf("the question should name the folder escaped:\n%s", s)
	}
	for _, raw := range []string{"\x1b]", "\a", "\u202e", "\xff"} {
		if strings.Contains(s, raw) {
			t.Errorf("the question holds %q raw", raw)
		}
	}
}
