package library

import (
	"slices"
	"strconv"
	"testing"
)

// TestYearHeadingsAlikeAreNoRunningLine: headings at the top of pages
// that differ only in a year stepping with the pages ("Waiting times
// 2022", "Waiting times 2023", "Waiting times 2024") are no running
// header, for a year is no page number: each stays in its page's text,
// while the footer "Westmoor briefing N" stepping with the pages is
// running and numbers them. Before (hostile check 55), the year was read
// as a page number and every heading dropped.
func TestYearHeadingsAlikeAreNoRunningLine(t *testing.T) {
	var pages []*pdfPage
	for i := 0; i < 3; i++ {
		pages = append(pages, &pdfPage{index: i + 1, w: 595, h: 842, frags: []*frag{
			{x0: 57, x1: 300, y0: 60, y1: 76, size: 16, bold: true, family: "Sans", text: "Waiting times " + strconv.Itoa(2022+i)},
			{x0: 57, x1: 540, y0: 100, y1: 112, size: 11, family: "Sans", text: "Health visitors in the borough saw " + strconv.Itoa(212+i*31) + " families over the year."},
			{x0: 57, x1: 540, y0: 120, y1: 132, size: 11, family: "Sans", text: "Nine in ten parents said they knew how to reach the service."},
			{x0: 400, x1: 530, y0: 800, y1: 809, size: 9, family: "Sans", text: "Westmoor briefing"},
			{x0: 533, x1: 538, y0: 800, y1: 809, size: 9, family: "Sans", text: strconv.Itoa(i + 5)},
		}})
	}
	if printed, _ := pageFurniture(pages); !slices.Equal(printed, []int{5, 6, 7}) {
		t.Errorf("printed numbers %v, want [5 6 7]", printed)
	}
	for i, p := range pages {
		if !slices.ContainsFunc(p.frags, func(f *frag) bool { return f.text == "Waiting times "+strconv.Itoa(2022+i) }) {
			t.Errorf("page %d lost its heading: %v", p.index, p.frags)
		}
		if slices.ContainsFunc(p.frags, func(f *frag) bool { return f.text == "Westmoor briefing" }) {
			t.Errorf("page %d keeps the running footer", p.index)
		}
	}
}

// TestBoldYearAtTopOfPageIsNoPageNumber: a year alone in bold at the
// text's size near the top of each page, below the margin, heads its
// section: it stays in the text and numbers no page, while a small year
// alone in the foot margin is still furniture, dropped.
func TestBoldYearAtTopOfPageIsNoPageNumber(t *testing.T) {
	var pages []*pdfPage
	for i := 0; i < 3; i++ {
		pages = append(pages, &pdfPage{index: i + 1, w: 595, h: 842, frags: []*frag{
			{x0: 57, x1: 90, y0: 80, y1: 92, size: 11, bold: true, family: "Sans", text: strconv.Itoa(2021 + i)},
			{x0: 57, x1: 540, y0: 100, y1: 112, size: 11, family: "Sans", text: "Health visitors in the borough saw 212 families over the year."},
			{x0: 57, x1: 540, y0: 120, y1: 132, size: 11, family: "Sans", text: "Nine in ten parents said they knew how to reach the service."},
			{x0: 280, x1: 300, y0: 800, y1: 809, size: 9, family: "Sans", text: strconv.Itoa(2021 + i)},
		}})
	}
	if printed, _ := pageFurniture(pages); !slices.Equal(printed, []int{0, 0, 0}) {
		t.Errorf("printed numbers %v, want [0 0 0]", printed)
	}
	for i, p := range pages {
		n := 0
		for _, f := range p.frags {
			if f.text == strconv.Itoa(2021+i) {
				n++
				if !f.bold {
					t.Errorf("page %d keeps its footer's year", p.index)
				}
			}
		}
		if n != 1 {
			t.Errorf("page %d: %d lines of its year, want the bold heading alone", p.index, n)
		}
	}
}

// TestRunningFooterPrintingItsPageNumberTwice: a footer whose page
// number is also printed inside it, earlier ("J Child Health Policy
// 2026;14(2):112-119 | 112"), or after a number alike ("Version 1.2 ·
// June 2025 · Page 1"), is still one running line numbering its pages:
// the page number is read at the line's end, not at its first match.
func TestRunningFooterPrintingItsPageNumberTwice(t *testing.T) {
	for _, c := range []struct {
		foot  func(n int) string
		first int
	}{
		{func(n int) string { return "J Westmoor Child Health 2026;14(2):112-119 | " + strconv.Itoa(n) }, 112},
		{func(n int) string { return "Version 1.2 · June 2025 · OFFICIAL   Page " + strconv.Itoa(n) }, 1},
	} {
		var pages []*pdfPage
		for i := 0; i < 3; i++ {
			pages = append(pages, &pdfPage{index: i + 1, w: 595, h: 842, frags: []*frag{
				{x0: 57, x1: 540, y0: 100, y1: 112, size: 11, family: "Sans", text: []string{"Health visitors saw", "School nurses met", "Therapists assessed"}[i] + " 212 families over the year."},
				{x0: 57, x1: 540, y0: 120, y1: 132, size: 11, family: "Sans", text: []string{"Nine in ten parents", "Most carers", "Few young people"}[i] + " said they knew how to reach the service."},
				{x0: 200, x1: 540, y0: 800, y1: 809, size: 9, family: "Sans", text: c.foot(c.first + i)},
			}})
		}
		want := []int{c.first, c.first + 1, c.first + 2}
		if printed, _ := pageFurniture(pages); !slices.Equal(printed, want) {
			t.Errorf("%q: printed numbers %v, want %v", c.foot(c.first), printed, want)
		}
		for _, p := range pages {
			if len(p.frags) != 2 {
				t.Errorf("%q: page %d keeps %d lines, want its 2 lines of text", c.foot(c.first), p.index, len(p.frags))
			}
		}
	}
}
