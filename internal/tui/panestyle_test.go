package tui_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// paneCorpus is a report by two authors, a story by two reporters about
// it quoting a figure the report was not seen to state (30%) beside one it
// states, and a report by another trust giving another value of that
// measure; it returns the folder.
func paneCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	for name, body := range map[string]string{
		"acme-a.md": "---\ntitle: Waiting for help\npublisher: Acme Trust\nauthor: Jane Smith and John Doe\ndate: 2024-03-01\ntype: report\n---\nIn 2023, between 10 and 15 per cent of children waited more than 18 weeks for CAMHS.\n",
		"beta.md":   "---\ntitle: Second look at waiting\npublisher: Beta Trust\ndate: 2024-09-01\ntype: report\n---\nIn 2023, 45% of children waited more than 18 weeks for CAMHS assessments.\n",
		"news-a.md": "---\ntitle: Children wait too long\npublisher: News Corp\nauthor: Ann Reporter and Bo Writer\ndate: 2024-03-05\ntype: news\nabout: acme-a\n---\nSome 30% of parents said so, and the Acme Trust found that between 10 and 15 per cent of children waited more than 18 weeks for CAMHS in 2023.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, "sources", name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// flat is the screen with its runs of blanks folded, for phrases a pane
// may have set with two spaces.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestPinnedAndSelectedPanesCiteInTheStyle: with APA configured, the
// pinned pane and the "Selected" pane beside it cite the story as the
// detail pane, c and cypx show do — APA's "&", the report first — and
// their note and secondary line name the works so too. After a copy reads
// another style (cypx config set style while the explorer is open), both
// panes follow it at once. Before, both panes cited in Harvard whatever the
// style ("Smith and Doe"), and the detail pane's note did too.
func TestPinnedAndSelectedPanesCiteInTheStyle(t *testing.T) {
	opts := corpusOptions(t, paneCorpus(t))
	opts.Style = evidence.APA
	style := evidence.APA
	opts.StyleNow = func() (evidence.Style, error) { return style, nil }
	d := start(t, 360, 50, opts)
	d.keys(strings.Split("source:news-a", "")...)
	d.keys("enter")
	if it, ok := d.model().Selected(); !ok || it.Source.ID != "news-a" {
		t.Fatalf("selected %+v", it)
	}
	apa := []string{
		"Cite: (Smith & Doe, 2024; reported by Reporter & Writer, 2024)",
		"Note: the figure Some 30% is cited to Reporter & Writer, 2024 alone: Smith & Doe, 2024 was not seen",
		"Secondary: reports Smith & Doe, 2024, Waiting for help",
	}
	s := flat(d.screen())
	for _, want := range apa {
		if !strings.Contains(s, want) {
			t.Errorf("the detail pane lacks %q:\n%s", want, d.screen())
		}
	}
	d.keys("p")
	s = d.screen()
	if !strings.Contains(s, "Pinned") || !strings.Contains(s, "Selected") {
		t.Fatalf("no pinned and selected panes:\n%s", s)
	}
	for _, want := range apa {
		if n := strings.Count(flat(s), want); n != 2 {
			t.Errorf("%q is in %d of the pinned and selected panes, want 2:\n%s", want, n, s)
		}
	}
	if strings.Contains(s, "Smith and Doe") {
		t.Errorf("a pane cites in Harvard:\n%s", s)
	}

	// The style set to Harvard while the explorer is open: c reads it,
	// and both panes follow.
	style = evidence.Harvard
	d.keys("c")
	if !strings.HasSuffix(d.Clipboard, "(Smith and Doe, 2024; reported by Reporter and Writer, 2024)") {
		t.Fatalf("c copied %q", d.Clipboard)
	}
	if n := strings.Count(flat(d.screen()), "Cite: (Smith and Doe, 2024; reported by Reporter and Writer, 2024)"); n != 2 {
		t.Errorf("the panes do not follow the style read at the copy (%d):\n%s", n, d.screen())
	}
}

// TestFiguresWarningFollowsTheStyle: the warning under the comparison
// table (f) cites the sources it names in the style the explorer cites in
// now: after c reads another style (set with cypx config set style while
// the table is open), the warning follows, as the copy did. Before, the
// warning kept the style read when the table opened.
func TestFiguresWarningFollowsTheStyle(t *testing.T) {
	opts := corpusOptions(t, paneCorpus(t))
	opts.Style = evidence.Harvard
	style := evidence.Harvard
	opts.StyleNow = func() (evidence.Style, error) { return style, nil }
	d := start(t, 200, 40, opts)
	d.keys(strings.Split("source:beta", "")...)
	d.keys("enter", "f")
	// The report's own 10–15%, and the story's statement of it.
	if s := flat(d.screen()); !strings.Contains(s, "10–15% (Smith and Doe, 2024); 10–15% (Smith and Doe, 2024; reported by Reporter and Writer, 2024)") {
		t.Fatalf("the warning does not name the report in Harvard:\n%s", d.screen())
	}
	style = evidence.APA
	d.keys("c")
	if !strings.Contains(d.Clipboard, "Smith & Doe") {
		t.Fatalf("c did not copy in APA:\n%s", d.Clipboard)
	}
	s := flat(d.screen())
	if !strings.Contains(s, "10–15% (Smith & Doe, 2024); 10–15% (Smith & Doe, 2024; reported by Reporter & Writer, 2024)") || strings.Contains(s, "Smith and Doe") {
		t.Errorf("the warning does not follow the style read at the copy:\n%s", d.screen())
	}
}

// TestLinkedViewFollowsTheStyle: c in the side-by-side view (l) reads the
// style configured now, as every other copy does, and the view's panes and
// the link's reason follow it at once. Before, c copied in the style last
// read elsewhere, and the panes and reasons kept the style the view opened
// with.
func TestLinkedViewFollowsTheStyle(t *testing.T) {
	opts := corpusOptions(t, paneCorpus(t))
	opts.Style = evidence.Harvard
	style := evidence.Harvard
	opts.StyleNow = func() (evidence.Style, error) { return style, nil }
	d := start(t, 200, 50, opts)
	d.keys(strings.Split("source:acme-a", "")...)
	d.keys("enter", "l")
	if s := flat(d.screen()); !strings.Contains(s, "Cite: (Smith and Doe, 2024)") {
		t.Fatalf("the linked view does not cite in Harvard:\n%s", d.screen())
	}
	style = evidence.APA
	d.keys("c")
	if !strings.HasSuffix(d.Clipboard, "(Smith & Doe, 2024; reported by Reporter & Writer, 2024)") {
		t.Errorf("c in the linked view copied %q, not in the style configured now", d.Clipboard)
	}
	var all strings.Builder
	for range 4 {
		all.WriteString(flat(d.screen()) + "\n")
		d.keys("tab")
	}
	s := all.String()
	if !strings.Contains(s, "Cite: (Smith & Doe, 2024)") || !strings.Contains(s, "(Smith & Doe, 2024; reported by Reporter & Writer, 2024)") || strings.Contains(s, "Smith and Doe") {
		t.Errorf("the linked view does not follow the style read at the copy:\n%s", s)
	}
}

// TestBasketCopyReadsTheStyle: c on the basket screen copies in the style
// configured now, as every other copy does. Before, it copied in the style
// last read elsewhere (here, Harvard's "Smith and Doe" after APA was set).
func TestBasketCopyReadsTheStyle(t *testing.T) {
	f := newBasketFile(t)
	opts := corpusOptions(t, paneCorpus(t))
	opts.Basket = f.hooks()
	opts.Style = evidence.Harvard
	style := evidence.Harvard
	opts.StyleNow = func() (evidence.Style, error) { return style, nil }
	d := start(t, 160, 40, opts)
	d.keys(strings.Split("source:acme-a", "")...)
	d.keys("enter", "space")
	if ids := f.ids(t); len(ids) != 1 {
		t.Fatalf("the basket holds %v", ids)
	}
	style = evidence.APA
	d.keys("b", "c")
	if !strings.HasSuffix(d.Clipboard, "(Smith & Doe, 2024)") {
		t.Errorf("c on the basket screen copied %q, not in the style configured now", d.Clipboard)
	}
}
