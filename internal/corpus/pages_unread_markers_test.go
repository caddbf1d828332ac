package corpus_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
)

// TestUnreadPageMarkerIsACheckProblemAndNoPage: a page marker cypx cannot
// read ("v", "12a", a number past any page) is a problem at its line, and
// the blocks after it are on no page, never the page of the marker before
// it (hostile check 52). Before, they were ignored silently, so items
// after "<!-- page v -->" were cited "p. 4", and "<!-- page
// 99999999999999999999 -->" was cited "p. 9223372036854775807".
func TestUnreadPageMarkerIsACheckProblemAndNoPage(t *testing.T) {
	src := "---\ntitle: Pages\npublisher: Brightmind Trust\ndate: 2024-05-01\ntype: report\n---\n\n" +
		"<!-- page 4 -->\n\nOn page four.\n\n" + // lines 8, 10
		"<!-- page v -->\n\nOn page v.\n\n" + // 12, 14
		"<!-- page 12a -->\n\nOn page 12a.\n\n" + // 16, 18
		"<!-- page 99999999999999999999 -->\n\nOn a page past any.\n\n" + // 20, 22
		"<!-- page 6 -->\n\nOn page six.\n\n<!-- page break -->\n\nStill on page six.\n"
	doc, problems := corpus.Parse("p.md", []byte(src))
	want := map[string]int{"On page four.": 4, "On page v.": 0, "On page 12a.": 0, "On a page past any.": 0, "On page six.": 6, "Still on page six.": 6}
	for _, b := range doc.Blocks {
		if p, ok := want[b.Text]; !ok || b.Page != p {
			t.Errorf("%q on page %d, want %d", b.Text, b.Page, p)
		}
	}
	lines := map[int]bool{}
	for _, p := range problems {
		if strings.Contains(p.Message, "page marker") {
			lines[p.Line] = true
			if p.Skipped {
				t.Errorf("line %d: an unread page keeps the source out", p.Line)
			}
		}
	}
	for _, l := range []int{12, 16, 20} {
		if !lines[l] {
			t.Errorf("no problem at line %d: %+v", l, problems)
		}
	}
	if len(lines) != 3 {
		t.Errorf("page problems at lines %v, want 12, 16 and 20", lines)
	}
}

// TestPageMarkerInCapitalsIsReadAsItsPage: the marker's word in any case
// ("<!-- PAGE 5 -->", "<!-- Page 7 -->") with its page in digits is read
// as that page, as every page marker is found in any case. Before, a
// marker so written was found as a marker but its page not read: the
// items after it cited no page, and 'cypx check' asked for the page in
// digits, which it was.
func TestPageMarkerInCapitalsIsReadAsItsPage(t *testing.T) {
	src := "---\ntitle: Pages\npublisher: Brightmind Trust\ndate: 2024-05-01\ntype: report\n---\n\n" +
		"<!-- PAGE 5 -->\n\nOn page five.\n\n<!-- Page 7 -->\n\nOn page seven.\n"
	doc, problems := corpus.Parse("p.md", []byte(src))
	want := map[string]int{"On page five.": 5, "On page seven.": 7}
	for _, b := range doc.Blocks {
		if p, ok := want[b.Text]; !ok || b.Page != p {
			t.Errorf("%q on page %d, want %d", b.Text, b.Page, p)
		}
	}
	for _, p := range problems {
		if strings.Contains(p.Message, "page marker") {
			t.Errorf("line %d: %s", p.Line, p.Message)
		}
	}
}
