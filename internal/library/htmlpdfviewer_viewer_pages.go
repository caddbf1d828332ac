package library

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/cypx/cypx/internal/lazyre"
)

// A PDF opened in the browser's PDF viewer (PDF.js, Firefox's and many
// sites' own) and saved as a complete web page. The page holds no article:
// the viewer's toolbar, its find bar and its thumbnails around one
// <div class="page"> per page of the PDF, and in each page the viewer had
// drawn a text layer of absolutely placed spans (a line a span, sometimes
// a word a span), each at a left and top in per cent of the page and a
// font size in the PDF's points times the layer's scale factor. Read as a
// web page, readability found the toolbar, the words ran together in one
// block and nothing named the document: the page was refused for want of a
// publisher and a date. The spans are the PDF's own text runs, so they are
// read as poppler's are, by the PDF reader (analyse), which finds the
// headings by their size, the running header and the page numbers, the
// title page's title, organisation and date. Pages the viewer never drew
// have no text layer and add nothing.

// pdfViewerPages reads the text layers of a saved PDF viewer page as the
// PDF's pages, nil when the page is no PDF viewer's or no page has text.
func pdfViewerPages(doc *html.Node) []*pdfPage {
	var pages []*pdfPage
	letters := false
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "div" && hasClass(n, "page") && attr(n, "data-page-number") != "" {
			if p := viewerPage(n); p != nil {
				pages = append(pages, p)
				for _, f := range p.frags {
					letters = letters || hasLetter(f.text)
				}
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if !letters {
		return nil
	}
	return pages
}

var (
	// viewerPxRe is a length in CSS pixels ("816px").
	viewerPxRe = lazyre.New(`^\s*(-?[\d.]+)px\s*$`)
	// viewerPctRe is a length in per cent of the page ("12.00%").
	viewerPctRe = lazyre.New(`^\s*(-?[\d.]+)%\s*$`)
	// viewerFontRe is a span's font size: "calc(var(--scale-factor)*11.00px)"
	// (the PDF's points), or pixels at the layer's scale.
	viewerFontRe = lazyre.New(`^\s*(?:calc\(\s*var\(--scale-factor\)\s*\*\s*(-?[\d.]+)px\s*\)|(-?[\d.]+)px)\s*$`)
	// viewerScaleRe is the text layer's scale factor.
	viewerScaleRe = lazyre.New(`--scale-factor:\s*([\d.]+)`)
	// viewerScaleXRe is the stretch the viewer gave a span to make the
	// browser's font as wide as the PDF's run.
	viewerScaleXRe = lazyre.New(`scaleX\(\s*([\d.]+)\s*\)`)
)

// styleProps reads an element's inline style as property and value.
func styleProps(n *html.Node) map[string]string {
	props := map[string]string{}
	for _, decl := range strings.Split(attr(n, "style"), ";") {
		k, v, ok := strings.Cut(decl, ":")
		if ok {
			props[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(v)
		}
	}
	return props
}

// viewerPage reads one <div class="page"> of the viewer: its size in
// points and its text layer's spans as runs, nil when it has no text layer.
func viewerPage(n *html.Node) *pdfPage {
	index, err := strconv.Atoi(attr(n, "data-page-number"))
	if err != nil || index < 1 {
		return nil
	}
	var layer *html.Node
	var find func(c *html.Node)
	find = func(c *html.Node) {
		for ; c != nil && layer == nil; c = c.NextSibling {
			if c.Type == html.ElementNode && hasClass(c, "textLayer") {
				layer = c
				return
			}
			find(c.FirstChild)
		}
	}
	find(n.FirstChild)
	if layer == nil {
		return nil
	}
	scale := 1.0
	if m := viewerScaleRe.FindStringSubmatch(attr(layer, "style")); m != nil {
		if s, err := strconv.ParseFloat(m[1], 64); err == nil && s > 0 {
			scale = s
		}
	}
	props := styleProps(n)
	wpx, hpx := viewerPx(props["width"]), viewerPx(props["height"])
	if wpx <= 0 || hpx <= 0 {
		return nil
	}
	p := &pdfPage{index: index, w: wpx / scale, h: hpx / scale}
	var spans []*html.Node
	var collect func(c *html.Node)
	collect = func(c *html.Node) {
		for ; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.Data == "span" && attr(c, "style") != "" {
				spans = append(spans, c)
				continue
			}
			collect(c.FirstChild)
		}
	}
	collect(layer.FirstChild)
	for _, s := range spans {
		if f := viewerFrag(s, p, scale); f != nil {
			p.frags = append(p.frags, f)
		}
	}
	// A span's width is not written: it is guessed from its letters, and
	// cut short of the next span on its line so that words set a span
	// apart stay words apart.
	for i, f := range p.frags {
		for j, g := range p.frags {
			if i != j && g.x0 > f.x0 && g.x0 < f.x1+f.size/4 && overlap(f.y0, f.y1, g.y0, g.y1) > 0.5*f.h() {
				f.x1 = max(f.x0+f.size/4, g.x0-f.size/4)
			}
		}
	}
	return p
}

// viewerPx is a length in pixels, 0 when it is none.
func viewerPx(v string) float64 {
	if m := viewerPxRe.FindStringSubmatch(v); m != nil {
		x, _ := strconv.ParseFloat(m[1], 64)
		return x
	}
	return 0
}

// viewerPos is a span's left or top in points: a share of the page's side
// (whole, in points) or pixels at the layer's scale.
func viewerPos(v string, side, scale float64) (float64, bool) {
	if m := viewerPctRe.FindStringSubmatch(v); m != nil {
		x, err := strconv.ParseFloat(m[1], 64)
		return x / 100 * side, err == nil
	}
	if m := viewerPxRe.FindStringSubmatch(v); m != nil {
		x, err := strconv.ParseFloat(m[1], 64)
		return x / scale, err == nil
	}
	return 0, false
}

// viewerFrag is one span of a text layer as a run of text.
func viewerFrag(s *html.Node, p *pdfPage, scale float64) *frag {
	text := cleanText(strings.ReplaceAll(nodeText(s), "&", "&amp;"))
	if strings.TrimSpace(text) == "" {
		return nil
	}
	props := styleProps(s)
	x, okx := viewerPos(props["left"], p.w, scale)
	y, oky := viewerPos(props["top"], p.h, scale)
	m := viewerFontRe.FindStringSubmatch(props["font-size"])
	if !okx || !oky || m == nil {
		return nil
	}
	var size float64
	if m[1] != "" {
		size, _ = strconv.ParseFloat(m[1], 64)
	} else {
		size, _ = strconv.ParseFloat(m[2], 64)
		size /= scale
	}
	if size <= 0 {
		return nil
	}
	text = strings.TrimSpace(text)
	fam := strings.Trim(props["font-family"], `"' `)
	return &frag{
		x0: x, y0: y, x1: x + viewerWidth(text, size, props["transform"]), y1: y + 1.15*size,
		size: size, family: fam,
		bold:   boldNameRe.MatchString(fam),
		italic: italNameRe.MatchString(fam),
		text:   text,
	}
}

// nodeText is the text under n, as written.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(c *html.Node)
	walk = func(c *html.Node) {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
	}
	walk(n)
	return b.String()
}

// importPDFViewer reads a saved PDF viewer page as the PDF it shows: its
// body, and the title, publisher and date the PDF's pages give.
func importPDFViewer(im Imported, pages []*pdfPage) Imported {
	im.Pages = len(pages)
	l, texts := analyse(pages, nil)
	im.Body = l.markdown(texts)
	m := l.metadata(l.rows)
	im.Source.Title, im.Source.Publisher, im.Source.Date = pickMeta(&im, map[string]string{}, m)
	return im
}

// charityOnCover reports a cover's largest text that the cover's own
// charity registration line names ("Talkwise is a registered charity in
// England and Wales"): the charity's name set as a logotype over the
// paper's title, no title itself, though it has no word for a kind of
// body (orgTitle). The title is the text under it.
func charityOnCover(rs []*row, t string) bool {
	t = strings.Join(strings.Fields(t), " ")
	if t == "" || len(strings.Fields(t)) > 6 {
		return false
	}
	for _, r := range rs {
		if org := charityLineOrg(r.text()); org != "" && strings.EqualFold(org, t) {
			return true
		}
	}
	return false
}

// subtitleUnder is the subtitle set under a title that is itself set under
// a charity's name on its cover (charityOnCover): the lines in the next
// size down under the title's rows, read as a title page's subtitle is.
func (l *layout) subtitleUnder(rs []*row, title string) string {
	want := strings.Join(strings.Fields(title), " ")
	from := l.titleTo
	defer func() { l.titleTo = from }()
	var got []string
	size := 0.0
	for k := from; k < len(rs); k++ {
		got = append(got, strings.TrimSpace(rs[k].text()))
		size = max(size, maxSize(rs[k].frags))
		if strings.Join(strings.Fields(strings.Join(got, " ")), " ") == want {
			l.titleTo = k + 1
			return l.subtitle(rs, size)
		}
	}
	return ""
}

// helveticaWidths are Helvetica's advance widths, in thousandths of the
// font size, for the printable ASCII characters from the space on.
var helveticaWidths = [...]int{
	278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
	556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
	1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
	667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
	333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
	556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p to ~
}

// viewerWidth is a span's width in points, which the page does not write:
// its letters in a sans-serif's widths (the viewer's own font, whose
// widths Helvetica's stand for), stretched as the viewer stretched them
// to cover the PDF's run (transform: scaleX).
func viewerWidth(text string, size float64, transform string) float64 {
	w := 0
	for _, r := range text {
		switch {
		case r >= ' ' && r <= '~':
			w += helveticaWidths[r-' ']
		case r == '’' || r == '‘':
			w += 222
		case r == '—':
			w += 1000
		default:
			w += 556
		}
	}
	stretch := 1.0
	if m := viewerScaleXRe.FindStringSubmatch(transform); m != nil {
		if x, err := strconv.ParseFloat(m[1], 64); err == nil && x > 0.2 && x < 5 {
			stretch = x
		}
	}
	// Never less than half the size a letter: a font with wider letters
	// than Helvetica's, set without the stretch written, is not cut short
	// of the line's end, and so read as a line its writer broke.
	return max(float64(w)/1000*size*stretch, 0.5*size*float64(utf8.RuneCountInString(text)))
}
