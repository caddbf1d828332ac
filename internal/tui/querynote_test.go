package tui_test

import (
	"context"
	"strings"
	"sync"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/pipeline"
)

var (
	thesaurusOnce sync.Once
	withThesaurus *index.Index
)

// thesaurusIndex is the bundled corpus indexed with its thesaurus, as the
// explorer searches it.
func thesaurusIndex(t testing.TB) *index.Index {
	thesaurusOnce.Do(func() {
		c, err := pipeline.Load(bundled.FS, bundled.FS)
		if err != nil {
			panic(err)
		}
		ix, err := index.Build(context.Background(), "", c.Items, nil)
		if err != nil {
			panic(err)
		}
		th, problems := pipeline.LoadThesaurus(bundled.FS, bundled.FS)
		if len(problems) > 0 {
			panic(problems[0].Error())
		}
		ix.SetVocabulary(index.Vocabulary{Themes: c.Taxonomy.IDs(), Thesaurus: th})
		withThesaurus = ix
	})
	return withThesaurus
}

// TestStatusNamesWhatTheThesaurusAdded: CAMHS finds the CQC review's
// "child and adolescent mental health services", and the status line
// says what was added, for as long as the query stands.
func TestStatusNamesWhatTheThesaurusAdded(t *testing.T) {
	d := start(t, 120, 40, options(t, thesaurusIndex(t)))
	d.keys("CAMHS")
	screen := d.screen()
	for _, want := range []string{"2 of 82 items", "Care Quality Commission", "CAMHS: also CYPMHS, child and adolescent mental health services"} {
		if !strings.Contains(screen, want) {
			t.Errorf("screen lacks %q:\n%s", want, screen)
		}
	}
	// A message goes over the note; the note stays under it.
	d.keys("enter", "c")
	if st := d.model().Status(); !strings.HasPrefix(st, "Copied") && !strings.HasPrefix(st, "Sent to the terminal (OSC 52)") {
		t.Fatalf("status %q", st)
	}
	if note := d.model().StatusNote(); !strings.HasPrefix(note, "CAMHS: also CYPMHS") {
		t.Errorf("note under the message: %q", note)
	}
	// Narrow, the forms are left out whole from the end.
	narrow := start(t, 60, 20, options(t, thesaurusIndex(t)))
	narrow.keys("CAMHS")
	if line := strings.TrimRight(statusLine(narrow.screen()), " "); line != "CAMHS: also CYPMHS, …" {
		t.Errorf("status line at 60 columns: %q", line)
	}
	d.keys("/", "backspace", "backspace", "backspace", "backspace", "backspace", "grant")
	if note := d.model().StatusNote(); note != "" {
		t.Errorf("a query the thesaurus does not widen kept the note %q", note)
	}
}

// TestMisspeltWordOffersASpellingOneKeyAccepts: "autisim" finds nothing,
// the status line offers autism with its count, and ctrl+y puts it in the
// search box and searches, from the box or from the list.
func TestMisspeltWordOffersASpellingOneKeyAccepts(t *testing.T) {
	for _, leave := range []bool{false, true} {
		d := start(t, 120, 40, options(t, thesaurusIndex(t)))
		d.keys("review autisim")
		screen := d.screen()
		for _, want := range []string{"0 of 82 items", "autisim: did you mean autism (1)? ctrl+y accepts", "ctrl+y accept"} {
			if !strings.Contains(screen, want) {
				t.Errorf("screen lacks %q:\n%s", want, screen)
			}
		}
		if leave {
			d.keys("enter")
		}
		d.keys("ctrl+y")
		if q := d.model().Query(); q != "review autism" {
			t.Errorf("query after accepting: %q", q)
		}
		if d.model().SearchFocused() == leave {
			t.Errorf("accepting moved the focus (search box focused: %v)", d.model().SearchFocused())
		}
		screen = d.screen()
		if strings.Contains(screen, "0 of 82 items") || !strings.Contains(screen, "1 of 82 items") || strings.Contains(screen, "did you mean") {
			t.Errorf("after accepting:\n%s", screen)
		}
		// With nothing offered, the key says so and changes nothing.
		d.keys("ctrl+y")
		if q := d.model().Query(); q != "review autism" || !strings.Contains(d.model().Status(), "No spelling to accept") {
			t.Errorf("ctrl+y with nothing offered: query %q, status %q", q, d.model().Status())
		}
	}
}

// statusLine is the screen's last line but one.
func statusLine(screen string) string {
	lines := strings.Split(screen, "\n")
	return lines[len(lines)-2]
}
