package library

import (
	"bufio"
	"bytes"
	"html"
	"strconv"
	"strings"
	"unicode"

	"github.com/cypx/cypx/internal/lazyre"
)

// pdftohtml's XML output (-xml) lists, for each page, its fonts and its text
// as runs: one <text> element per stretch of a line set in one font, with its
// box in pixels at the default zoom of 1.5. It is read line by line rather
// than as XML because poppler writes one element per line and does not
// always write well-formed XML (stray text between pages, control
// characters from broken fonts).

// pdfZoom is pdftohtml's default zoom: its coordinates and font sizes are
// points times 1.5. Font sizes are rounded to whole pixels, so sizes are
// known to a third of a point; other zooms round sizes oddly.
const pdfZoom = 1.5

// frag is one run of text in one font, with its box in points (y grows
// downwards, as on the page).
type frag struct {
	x0, y0, x1, y1 float64
	size           float64 // font size in points
	family         string  // font name without its subset prefix
	bold, italic   bool
	text           string // cleaned: ligatures unfolded, white space collapsed
	sup            bool   // a raised, smaller footnote marker
}

func (f *frag) h() float64 { return f.y1 - f.y0 }

// pdfPage is one page of the PDF.
type pdfPage struct {
	index int // 1-based PDF page index
	w, h  float64
	frags []*frag
}

// outlineItem is an entry of the PDF's bookmarks: usually a heading.
type outlineItem struct {
	page  int
	title string
}

type fontSpec struct {
	size         float64
	family       string
	bold, italic bool
}

var (
	xmlPageRe  = lazyre.New(`<page number="(\d+)"[^>]*?height="([\d.]+)" width="([\d.]+)"`)
	xmlFontRe  = lazyre.New(`<fontspec id="(\d+)" size="(-?[\d.]+)" family="([^"]*)"`)
	xmlTextRe  = lazyre.New(`^<text top="(-?[\d.]+)" left="(-?[\d.]+)" width="(-?[\d.]+)" height="(-?[\d.]+)" font="(\d+)"[^>]*>(.*)</text>$`)
	xmlItemRe  = lazyre.New(`<item page="(\d+)">(.*?)</item>`)
	xmlTagRe   = lazyre.New(`<[^>]*>`)
	boldNameRe = lazyre.New(`(?i)bold|black|heavy|semibold|demibold|extrabold`)
	italNameRe = lazyre.New(`(?i)italic|oblique`)
	spaceRe    = lazyre.New(`[\s\x{00a0}\x{2000}-\x{200b}\x{202f}\x{3000}]+`)
)

// ligatures are unfolded so that quotes match what a reader types.
var ligatures = strings.NewReplacer("ﬀ", "ff", "ﬁ", "fi", "ﬂ", "fl", "ﬃ", "ffi", "ﬄ", "ffl", "ﬅ", "st", "ﬆ", "st", "\u00ad", "")

// parsePDFXML reads pdftohtml -xml output into pages and the outline.
func parsePDFXML(out []byte) ([]*pdfPage, []outlineItem) {
	var pages []*pdfPage
	var outline []outlineItem
	fonts := map[string]fontSpec{}
	var cur *pdfPage
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	pending := ""
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if pending != "" {
			// A text element broken over lines (rare): join it back.
			line = pending + " " + line
			pending = ""
		}
		if m := xmlPageRe.FindStringSubmatch(line); m != nil {
			n, _ := strconv.Atoi(m[1])
			cur = &pdfPage{index: n, h: num(m[2]) / pdfZoom, w: num(m[3]) / pdfZoom}
			pages = append(pages, cur)
			continue
		}
		if strings.HasPrefix(line, "<fontspec") {
			if m := xmlFontRe.FindStringSubmatch(line); m != nil {
				fam := m[3]
				if i := strings.IndexByte(fam, '+'); i == 6 {
					fam = fam[i+1:]
				}
				fonts[m[1]] = fontSpec{size: num(m[2]) / pdfZoom, family: fam,
					bold: boldNameRe.MatchString(fam), italic: italNameRe.MatchString(fam)}
			}
			continue
		}
		if strings.HasPrefix(line, "<text ") {
			if !strings.HasSuffix(line, "</text>") {
				if len(line) < 1<<16 {
					pending = line
				}
				continue
			}
			m := xmlTextRe.FindStringSubmatch(line)
			if m == nil || cur == nil {
				continue
			}
			fs := fonts[m[5]]
			inner := m[6]
			text := cleanText(xmlTagRe.ReplaceAllString(inner, ""))
			if strings.TrimSpace(text) == "" {
				continue
			}
			top, left, w, h := num(m[1])/pdfZoom, num(m[2])/pdfZoom, num(m[3])/pdfZoom, num(m[4])/pdfZoom
			size := fs.size
			if size <= 0 {
				size = h / 1.2
			}
			cur.frags = append(cur.frags, &frag{
				x0: left, y0: top, x1: left + w, y1: top + h,
				size: size, family: fs.family,
				bold:   fs.bold || strings.Contains(inner, "<b>"),
				italic: fs.italic || strings.Contains(inner, "<i>"),
				text:   text,
			})
			continue
		}
		for _, m := range xmlItemRe.FindAllStringSubmatch(line, -1) {
			n, _ := strconv.Atoi(m[1])
			if t := strings.TrimSpace(cleanText(xmlTagRe.ReplaceAllString(m[2], ""))); t != "" {
				outline = append(outline, outlineItem{page: n, title: t})
			}
		}
	}
	return pages, outline
}

func num(s string) float64 {
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

// cleanText unescapes a run's text, unfolds ligatures, drops soft hyphens
// and control characters and collapses white space, keeping one leading or
// trailing space where the run had one (it tells a word gap).
func cleanText(s string) string {
	s = ligatures.Replace(html.UnescapeString(s))
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return ' '
		case unicode.IsControl(r), r == '\ufeff', r == '\ufffe', r == '\u200e', r == '\u200f',
			r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
			// Bidirectional overrides and controls would let a PDF hide
			// or reorder text in the terminal: they are never kept.
			return -1
		}
		return r
	}, s)
	return spaceRe.ReplaceAllString(s, " ")
}
