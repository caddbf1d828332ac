package library

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// yearPages builds a cover whose lines are given, then numbered pages
// whose footer sets the page number flush right ("Westmoor Health
// Observatory   2"), as a word processor's page field is.
func yearPages(cover []*frag, numbered bool) []*pdfPage {
	body := func(y float64, s string) *frag {
		return &frag{x0: 57, x1: 540, y0: y, y1: y + 12, size: 11, family: "Sans", text: s}
	}
	pages := []*pdfPage{{index: 1, w: 595, h: 842, frags: slices.Clone(cover)}}
	for n := 2; n <= 3; n++ {
		fs := []*frag{
			body(100, "Health visitors in the borough saw 212 families in the first quarter."),
			body(120, "School nurses saw 87 pupils at drop-in sessions over the same weeks."),
			body(140, "Nine in ten parents said they knew how to reach the service."),
		}
		if numbered {
			fs = append(fs, &frag{x0: 400, x1: 530, y0: 800, y1: 809, size: 9, family: "Sans", text: "Westmoor Health Observatory"},
				&frag{x0: 533, x1: 538, y0: 800, y1: 809, size: 9, family: "Sans", text: strconv.Itoa(n)})
		}
		pages = append(pages, &pdfPage{index: n, w: 595, h: 842, frags: fs})
	}
	return pages
}

// TestALoneYearIsNoPageNumber: a year alone on a line (1900–2099) is
// not read as the page's printed number (nor where another page's
// number steps with it: TestPagesNumberedAsYearsThatStepAreNotPages): a
// cover's "2023/24" or "2023–24" (a span of years), a
// cover's "2023" alone in its foot margin, a title that wraps onto its
// year set large at the top of a cover or of a paper of one page, and a
// running header wrapped onto its year in the top margin. The pages keep
// their numbers as printed (2, 3), else their place in the file. Before,
// the cover's "2023/24", its "2023" in the foot margin, the one page's
// title year and the wrapped header's year numbered the page 2023, and
// items on it cited page 2023.
func TestALoneYearIsNoPageNumber(t *testing.T) {
	small := func(y float64, s string) *frag {
		return &frag{x0: 270, x1: 320, y0: y, y1: y + 9, size: 9, family: "Sans", text: s}
	}
	title := func(y float64, s string) *frag {
		return &frag{x0: 100, x1: 495, y0: y, y1: y + 30, size: 28, bold: true, family: "Sans", text: s}
	}
	line := func(y float64, s string) *frag {
		return &frag{x0: 57, x1: 540, y0: y, y1: y + 12, size: 11, family: "Sans", text: s}
	}
	for _, span := range []string{"2023/24", "2023–24", "2023"} {
		cover := []*frag{title(300, "Children's community health"), title(335, "services in Westmoor"), line(400, "Westmoor Health Observatory"), small(800, span)}
		for _, numbered := range []bool{true, false} {
			want := []int{0, 2, 3}
			if !numbered {
				want = []int{0, 0, 0}
			}
			if printed, _ := pageFurniture(yearPages(cover, numbered)); !slices.Equal(printed, want) {
				t.Errorf("cover's foot %q, numbered pages %v: printed numbers %v, want %v", span, numbered, printed, want)
			}
		}
	}
	// A title wrapped onto its year at the top of the cover.
	cover := []*frag{title(60, "Children's community health services in Westmoor"), title(95, "2023"), line(400, "Westmoor Health Observatory")}
	pages := yearPages(cover, true)
	if printed, _ := pageFurniture(pages); !slices.Equal(printed, []int{0, 2, 3}) {
		t.Errorf("title wrapped onto its year: printed numbers %v, want [0 2 3]", printed)
	}
	if !slices.ContainsFunc(pages[0].frags, func(f *frag) bool { return f.text == "2023" }) {
		t.Errorf("the title's year line was dropped as a page number: %v", pages[0].frags)
	}
	// A paper of one page whose title wraps onto its year.
	one := []*pdfPage{{index: 1, w: 595, h: 842, frags: []*frag{
		title(60, "Children's community health services in Westmoor"), title(95, "2023"),
		line(200, "Health visitors in the borough saw 212 families in the first quarter."),
		line(220, "School nurses saw 87 pupils at drop-in sessions over the same weeks."),
		line(240, "Nine in ten parents said they knew how to reach the service."),
	}}}
	if printed, _ := pageFurniture(one); !slices.Equal(printed, []int{0}) {
		t.Errorf("one page, title wrapped onto its year: printed numbers %v, want [0]", printed)
	}
	// A running header wrapped onto its year in the top margin of every
	// page, with no page numbers.
	var hdr []*pdfPage
	for n := 1; n <= 3; n++ {
		hdr = append(hdr, &pdfPage{index: n, w: 595, h: 842, frags: []*frag{
			{x0: 300, x1: 540, y0: 20, y1: 29, size: 9, family: "Sans", text: "Children's community health services in Westmoor"},
			small(31, "2023"),
			line(100, "Health visitors in the borough saw 212 families in the first quarter."),
			line(120, "School nurses saw 87 pupils at drop-in sessions over the same weeks."),
			line(140, "Nine in ten parents said they knew how to reach the service."),
		}})
	}
	if printed, _ := pageFurniture(hdr); !slices.Equal(printed, []int{0, 0, 0}) {
		t.Errorf("running header wrapped onto its year: printed numbers %v, want [0 0 0]", printed)
	}
}

// TestPagesNumberedAsYearsThatStepAreNotPages: pages that print 2022,
// 2023 and 2024 at their foot, stepping with the pages as an annual
// series' years do, are numbered by no year: a year is never a page
// number (hostile check 55; before, they were kept as pages 2022-2024 and
// every item was cited at a year).
func TestPagesNumberedAsYearsThatStepAreNotPages(t *testing.T) {
	var pages []*pdfPage
	for n := 2022; n <= 2024; n++ {
		pages = append(pages, &pdfPage{index: n - 2021, w: 595, h: 842, frags: []*frag{
			{x0: 57, x1: 540, y0: 100, y1: 112, size: 11, family: "Sans", text: "Health visitors in the borough saw 212 families in the first quarter."},
			{x0: 57, x1: 540, y0: 120, y1: 132, size: 11, family: "Sans", text: "School nurses saw 87 pupils at drop-in sessions over the same weeks."},
			{x0: 280, x1: 300, y0: 800, y1: 809, size: 9, family: "Sans", text: strconv.Itoa(n)},
		}})
	}
	if printed, _ := pageFurniture(pages); !slices.Equal(printed, []int{0, 0, 0}) {
		t.Errorf("printed numbers %v, want [0 0 0]", printed)
	}
	for _, p := range pages {
		if slices.ContainsFunc(p.frags, func(f *frag) bool { return strings.HasPrefix(f.text, "202") }) {
			t.Errorf("page %d keeps its footer's year in the text", p.index)
		}
	}
}
