package library

import (
	"strings"
	"testing"
)

// TestRunningHeaderWrappedOnPortraitOneLineOnLandscape: a running header
// wrapped in two lines on portrait pages and set on one line on a wider
// landscape page (a table's) is running there too, and dropped. Before,
// the landscape page's header line was read as text and kept in an item.
func TestRunningHeaderWrappedOnPortraitOneLineOnLandscape(t *testing.T) {
	run := func(y float64, s string) *frag {
		return &frag{x0: 57, x1: 540, y0: y, y1: y + 11, size: 8.5, family: "Sans", text: s}
	}
	body := func(y float64, s string) *frag {
		return &frag{x0: 57, x1: 540, y0: y, y1: y + 12, size: 10.5, family: "Sans", text: s}
	}
	head1, head2 := "Ashby Care Partnership | Children's therapy workforce review", "2026 to 2030"
	portrait := func(n int) *pdfPage {
		return &pdfPage{index: n, w: 595, h: 842, frags: []*frag{
			run(42, head1), run(52, head2),
			body(100, "Some text of the body that runs across the page."),
			body(120, "More text of the body that runs across the page."),
		}}
	}
	landscape := &pdfPage{index: 3, w: 842, h: 595, frags: []*frag{
		run(42, head1+" "+head2),
		body(100, "Table 1: therapists in post by service, 2025 and 2030"),
		body(120, "Speech and language therapy 41 52"),
	}}
	pages := []*pdfPage{portrait(1), portrait(2), landscape, portrait(4)}
	pageFurniture(pages)
	for _, f := range pages[2].frags {
		if strings.Contains(f.text, "Ashby Care Partnership") {
			t.Errorf("the landscape page keeps its header %q", f.text)
		}
	}
	if len(pages[2].frags) != 2 {
		t.Errorf("the landscape page keeps %d runs, want its 2 lines of text", len(pages[2].frags))
	}
}
