package library

import (
	"slices"
	"strconv"
	"testing"
)

// TestAContentsPagesFooterNumbersItsPage: a paper of a title page, a
// contents page numbered 1 and one more page numbered 2, whose footer
// ("Version 2.0 – May 2026   1") sits in the foot margin just under a
// footnote, is numbered as printed: the contents page's footer counts as
// running, though its contents lines do not. Before: the footer was seen
// on one page only and every item was cited by its index in the file.
func TestAContentsPagesFooterNumbersItsPage(t *testing.T) {
	run := func(x0, x1, y float64, s string) *frag {
		return &frag{x0: x0, x1: x1, y0: y, y1: y + 9, size: 8, family: "Sans", text: s}
	}
	body := func(y float64, s string) *frag {
		return &frag{x0: 57, x1: 540, y0: y, y1: y + 12, size: 10.5, family: "Sans", text: s}
	}
	pages := []*pdfPage{
		{index: 1, w: 595, h: 842, frags: []*frag{body(300, "Children's eye health needs assessment"), body(340, "Public Health Team")}},
		{index: 2, w: 595, h: 842, frags: []*frag{
			body(100, "Contents"), body(120, "1 Key messages"), body(140, "2 Sight tests"),
			body(200, "Some text of the body that runs across the page."),
			body(220, "More text of the body that runs across the page."),
			run(57, 530, 770, "1Survey of sight tests, 2025."),
			run(206, 315, 790, "Version 2.0 – May 2026"), run(384, 389, 790, "1"),
		}},
		{index: 3, w: 595, h: 842, frags: []*frag{
			body(100, "Some text of the body that runs across the page."),
			body(120, "More text of the body that runs across the page."),
			run(57, 530, 770, "2Local estimate."),
			run(206, 315, 790, "Version 2.0 – May 2026"), run(384, 389, 790, strconv.Itoa(2)),
		}},
	}
	printed, _ := pageFurniture(pages)
	if want := []int{0, 1, 2}; !slices.Equal(printed, want) {
		t.Errorf("printed numbers %v, want %v", printed, want)
	}
}
