package library

import (
	"fmt"
	"strings"
	"testing"
)

// viewerSpan is one span of a PDF viewer's text layer.
func viewerSpan(left, top, size float64, text string) string {
	return fmt.Sprintf(`<span style="left: %.2f%%; top: %.2f%%; font-size: calc(var(--scale-factor)*%.2fpx); font-family: sans-serif;" role="presentation" dir="ltr">%s</span><br role="presentation">`, left, top, size, text)
}

// viewerWords sets a line a word a span, as the viewer does where a run
// is broken at each word.
func viewerWords(left, top, size float64, line string) string {
	var b strings.Builder
	x := left
	for _, w := range strings.Fields(line) {
		b.WriteString(viewerSpan(x, top, size, w))
		x += 0.52 * size * float64(len([]rune(w))+1) / 612 * 100
	}
	return b.String()
}

func TestPDFViewerPageReadAsItsPDF(t *testing.T) {
	page := func(n int, spans ...string) string {
		return fmt.Sprintf(`<div class="page" data-page-number="%d" role="region" style="width: 816px; height: 1056px;"><div class="canvasWrapper"></div><div class="textLayer" style="--scale-factor: 1.333;">%s<div class="endOfContent"></div></div></div>`, n, strings.Join(spans, "\n"))
	}
	doc := `<!DOCTYPE html><html><head><title>Brookfield-small-voices.pdf</title></head><body>
<div id="toolbarViewer"><button id="previous"><span>Previous</span></button><button id="next"><span>Next</span></button><span id="numPages">of 12</span><select id="scaleSelect"><option>Automatic Zoom</option><option>150%</option></select></div>
<div id="viewerContainer"><div id="viewer" class="pdfViewer">` +
		page(1,
			viewerSpan(12, 6, 40, "Brookfield"),
			viewerSpan(12, 13.3, 30, "Small voices"),
			viewerSpan(12, 19.7, 20, "Listening to young children in"),
			viewerSpan(12, 22.9, 20, "family hubs"),
			viewerSpan(12, 30.36, 11, "May 2026"),
			viewerSpan(12, 33.02, 9, "Brookfield is a registered charity in England and Wales (1099999)."),
		) +
		page(2,
			viewerSpan(12, 3.2, 8, "Small voices | Brookfield"),
			viewerSpan(12, 6, 20, "What families told us"),
			viewerSpan(12, 10.8, 11, "Parents in the hubs we visited said the play sessions were the first place where"),
			viewerWords(12, 12.56, 11, "anyone asked how their child was talking, and that a nursery place cost about"),
			viewerSpan(12, 14.32, 11, "£310 a month in most of the towns we visited that spring and summer."),
			viewerSpan(48.2, 95, 9, "2"),
		) +
		page(3,
			viewerSpan(12, 3.2, 8, "Small voices | Brookfield"),
			viewerSpan(12, 6, 20, "Recommendations"),
			viewerSpan(12, 10.8, 11, "Councils should fund a speech and language therapist in every family hub."),
			viewerSpan(48.2, 95, 9, "3"),
		) +
		`<div class="page" data-page-number="4" role="region" style="width: 816px; height: 1056px;"><div class="loadingIcon"></div></div>
</div></div></body></html>`
	im, err := importHTML([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"## What families told us",
		"and that a nursery place cost about £310 a month",
		"## Recommendations",
		"Councils should fund a speech and language therapist in every family hub.",
	} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, im.Body)
		}
	}
	for _, no := range []string{"Automatic Zoom", "of 12", "Small voices | Brookfield", "Previous"} {
		if strings.Contains(im.Body, no) {
			t.Errorf("body keeps the viewer's or the page's furniture %q:\n%s", no, im.Body)
		}
	}
	if got, want := im.Source.Title, "Small voices: listening to young children in family hubs"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
	if im.Source.Publisher != "Brookfield" {
		t.Errorf("publisher %q, want Brookfield", im.Source.Publisher)
	}
	if im.Source.Date.String() != "2026-05" {
		t.Errorf("date %q, want 2026-05", im.Source.Date)
	}
}

func TestPageWithoutTextLayerIsNoViewer(t *testing.T) {
	doc := `<html><body><div class="page" data-page-number="1"><p>Page one of our story.</p></div></body></html>`
	n, err := parseHTML(doc)
	if err != nil {
		t.Fatal(err)
	}
	if pages := pdfViewerPages(n); pages != nil {
		t.Errorf("a page with no text layer read as a PDF viewer's: %d pages", len(pages))
	}
}
