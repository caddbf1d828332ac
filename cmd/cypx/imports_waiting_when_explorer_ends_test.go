package main

import "testing"

// TestWaitingImportsAreNamedWhenTheExplorerEnds: the imports asked for in
// the explorer that still waited their turn when it ended are each named,
// with what became of them (nothing added). Before (hostile check 54),
// only the running import was named, the files queued behind it left out.
func TestWaitingImportsAreNamedWhenTheExplorerEnds(t *testing.T) {
	for _, c := range []struct {
		paths []string
		want  string
	}{
		{nil, ""},
		{[]string{"/tmp/x/kale.md"}, "the explorer ended while an import was waiting its turn: nothing was added from kale.md; import it again"},
		{[]string{"/tmp/x/dogwood.md", "elm.md"}, "the explorer ended while 2 imports were waiting their turn: nothing was added from dogwood.md, elm.md; import them again"},
		// A name is shown as printable, on one line.
		{[]string{"a\x1b[31mb.md"}, "the explorer ended while an import was waiting its turn: nothing was added from a\\x1b[31mb.md; import it again"},
	} {
		if got := waitingNotStarted(c.paths); got != c.want {
			t.Errorf("waitingNotStarted(%q)\n got %q\nwant %q", c.paths, got, c.want)
		}
	}
}
