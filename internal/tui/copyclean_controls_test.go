package tui_test

import (
	"context"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/clipboard"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
)

// controlsText is a body holding what a paste into a shell must not
// carry: OSC 52, a C1 CSI, bidi overrides and isolates, tag characters
// and a byte-order mark mid-text.
const controlsText = "Waits grew \x1b]52;c;aGk=\a and \u009b31m then \u202eright\u202c and \u2066iso\u2069 tag\U000E0041\U000E0042 and mid\ufefftext 12% more."

// controlsSearcher serves one item whose body is controlsText.
type controlsSearcher struct{}

func (controlsSearcher) Search(_ context.Context, r index.Request) (index.Result, error) {
	it := evidence.Item{ID: "ctl#1", Kind: evidence.Excerpt, Text: controlsText,
		Source: evidence.Source{ID: "ctl", Publisher: "Acme\u202e Trust", Title: "Waits", Date: evidence.Date{Year: 2024}}}
	return index.Result{Total: 1, Hits: []index.Hit{{Item: it}}}, nil
}

// firstUnsafe is the first character of s a terminal would act on or
// hide (newline and tab aside), or -1.
func firstUnsafe(s string) rune {
	prev := rune(-1)
	for _, r := range s {
		if r != '\n' && r != '\t' && evidence.UnsafeAfter(prev, r) {
			return r
		}
		prev = r
	}
	return -1
}

// TestCopyCarriesNoControls: the explorer's copy (OSC 52 and the system
// clipboard alike) holds the text as the screen shows it, a control or
// an invisible character as its visible escape, in every copy format
// (check33). Before, OSC 52's payload and the tool's input carried the
// body's escape sequence, C1 control and bidi override raw, for a paste
// into a shell to run.
func TestCopyCarriesNoControls(t *testing.T) {
	var got []string
	opts := options(t, controlsSearcher{})
	opts.Clipboard = func(_ context.Context, text string) (clipboard.Result, error) {
		got = append(got, text)
		return clipboard.Result{Where: clipboard.System, Tool: "xclip"}, nil
	}
	for _, keys := range [][]string{{"c"}, {"C", "1"}, {"C", "2"}, {"C", "3"}, {"C", "4"}} {
		got = nil
		d := start(t, 120, 40, opts)
		d.keys("waits", "enter")
		d.keys(keys...)
		if len(got) != 1 || got[0] != d.Clipboard {
			t.Fatalf("%v: system clipboard %q, OSC 52 %q", keys, got, d.Clipboard)
		}
		if r := firstUnsafe(d.Clipboard); r >= 0 {
			t.Errorf("%v: copied %U raw: %q", keys, r, d.Clipboard)
		}
		if keys[0] == "c" {
			// Every printable character of the body is copied as written.
			for _, want := range []string{"Waits grew ", `\x1b]52;c;aGk=\a and \u009b31m then \u202eright\u202c`, " and mid\\ufefftext 12% more."} {
				if !strings.Contains(d.Clipboard, want) {
					t.Errorf("copy %q lacks %q", d.Clipboard, want)
				}
			}
		}
	}
}
