package tui_test

import (
	"strings"
	"testing"
)

// TestQueryBeingTypedShowsItsProblemQuietly: typing "theme:men|" key by
// key (a field's value then a bar, as "autism|" is typed on the way to
// "autism|adhd"), "autism -", "value:>|" or `publisher:"`, no key flashes
// an error: the list keeps the last results it could read and the
// status line's quiet note says why the query does not read yet. Enter
// (the user settles) shows it as an error. Before: "! theme:men: no such
// theme (…)" at the bar and at each key after it, a lone '-' error at the
// dash.
func TestQueryBeingTypedShowsItsProblemQuietly(t *testing.T) {
	for _, q := range []string{"theme:men|", "autism -", "value:>|", `publisher:"`, "theme:men OR"} {
		d := start(t, 120, 40, options(t, thesaurusIndex(t)))
		last := countLine(d.screen())
		for i, r := range q {
			d.keys(string(r))
			screen := d.screen()
			if d.model().StatusIsError() || strings.Contains(statusLine(screen), "! ") {
				t.Errorf("typing %q, at %q: an error flashed: %q", q, q[:i+len(string(r))], d.model().Status())
				break
			}
			if strings.HasPrefix(d.model().StatusNote(), "Last results kept: ") && countLine(screen) != last {
				t.Errorf("typing %q, at %q: the list changed from %q though the query does not read:\n%s", q, q[:i+len(string(r))], last, screen)
				break
			}
			last = countLine(screen)
		}
	}
	d := start(t, 120, 40, options(t, thesaurusIndex(t)))
	d.keys("theme:men")
	before := d.screen()
	d.keys("|")
	if note := d.model().StatusNote(); !strings.Contains(note, "theme:men: no such theme") {
		t.Errorf("no quiet note of the problem: %q", note)
	}
	if got, want := countLine(d.screen()), countLine(before); got != want {
		t.Errorf("the list changed: %q, was %q", got, want)
	}
	d.keys("enter")
	if st := d.model().Status(); !d.model().StatusIsError() || !strings.Contains(st, "theme:men: no such theme") {
		t.Errorf("enter on a query that does not read: status %q (error %v)", st, d.model().StatusIsError())
	}
}
