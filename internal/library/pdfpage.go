package library

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/cypx/cypx/internal/lazyre"
)

// A row is the runs of a page that share a line, left to right; it may hold
// several columns' lines, a table's cells or a sidebar's line beside the text.
type row struct {
	y0, y1 float64
	frags  []*frag
	cut    []*piece // the row cut into pieces, once
}

// A piece is a stretch of a row with no wide gap in it: one column's line,
// one table cell's line.
type piece struct {
	x0, y0, x1, y1 float64
	frags          []*frag
	text           string
	size           float64 // the dominant font size, footnote markers aside
	family         string
	bold, italic   bool // every run (markers aside) is bold / italic
	page           int
	// hang is where the text of a numbered paragraph starts after its
	// number, when a tab sets them apart: its next lines hang there.
	hang float64
	// apart: a line the writer set out with tabs (a label line, a row of
	// a table that cannot be read as one), a unit of its own.
	apart bool
}

func (p *piece) h() float64     { return p.y1 - p.y0 }
func (p *piece) width() float64 { return p.x1 - p.x0 }

// rows groups a page's runs into lines. A run joins a row when its middle
// lies within the height of the row's first run and it does not overlap a
// run already in the row: so raised footnote markers join their line, and
// a large heading in one column does not pull two lines of the other
// column into one row.
func rows(frags []*frag) []*row {
	fs := slices.Clone(frags)
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].y0+fs[i].y1 < fs[j].y0+fs[j].y1 })
	var out []*row
	anchor := map[*row]*frag{}
	for _, f := range fs {
		mid := (f.y0 + f.y1) / 2
		var into *row
		// Look back a few rows: a small run may sort before its line.
	look:
		for k := len(out) - 1; k >= 0 && k >= len(out)-4; k-- {
			r := out[k]
			a := anchor[r]
			if mid < a.y0 || mid > a.y1 {
				continue
			}
			for _, g := range r.frags {
				if overlap(f.x0, f.x1, g.x0, g.x1) > 1 {
					continue look
				}
			}
			into = r
			break
		}
		if into == nil {
			into = &row{y0: f.y0, y1: f.y1}
			anchor[into] = f
			out = append(out, into)
		}
		into.frags = append(into.frags, f)
		into.y0, into.y1 = math.Min(into.y0, f.y0), math.Max(into.y1, f.y1)
	}
	for _, r := range out {
		sort.SliceStable(r.frags, func(i, j int) bool { return r.frags[i].x0 < r.frags[j].x0 })
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].y0 < out[j].y0 })
	return out
}

func overlap(a0, a1, b0, b1 float64) float64 {
	return math.Min(a1, b1) - math.Max(a0, b0)
}

func (r *row) text() string {
	var b strings.Builder
	for i, f := range r.frags {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.TrimSpace(f.text))
	}
	return strings.TrimSpace(b.String())
}

var (
	markerTextRe = lazyre.New(`^(?:\d{1,3}(?:,\d{1,3})*|[*†‡§])$`)
	supDigits    = strings.NewReplacer("⁰", "0", "¹", "1", "²", "2", "³", "3", "⁴", "4", "⁵", "5", "⁶", "6", "⁷", "7", "⁸", "8", "⁹", "9")
	supCharRe    = lazyre.New(`([\p{L}\p{N}%).,;:’”])([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})`)
)

// markSuperscripts flags the runs of a row that are footnote markers: a
// number (or *, †) set smaller than the text before it and raised above its
// baseline.
func markSuperscripts(r *row) {
	for i, f := range r.frags {
		t := strings.TrimSpace(f.text)
		if i == 0 || !markerTextRe.MatchString(t) && !(letterMarkerRe.MatchString(t) && endsInDigit(r.frags[i-1].text)) {
			continue
		}
		prev := r.frags[i-1]
		if prev.sup {
			continue
		}
		if f.size <= 0.8*prev.size && f.y1 < prev.y1-0.15*prev.h() && f.x0-prev.x1 < prev.size {
			f.sup = true
		}
	}
}

// endsInDigit: a raised letter after a number or a year ("2022/23" then
// a raised "r") marks it revised, provisional or estimated; after a word
// it may be anything.
func endsInDigit(s string) bool {
	s = strings.TrimRight(s, " ")
	return s != "" && s[len(s)-1] >= '0' && s[len(s)-1] <= '9'
}

// pieces cuts a row at its wide gaps. A lone list marker ("•", "1.") stays
// with the text after it, however far the tab puts it.
func pieces(r *row, page int) []*piece {
	if r.cut != nil {
		return r.cut
	}
	r.cut = cutRow(r, page)
	return r.cut
}

func cutRow(r *row, page int) []*piece {
	var out []*piece
	var cur []*frag
	flush := func() {
		if len(cur) > 0 {
			out = append(out, newPiece(cur, page))
			cur = nil
		}
	}
	for i, f := range r.frags {
		if i > 0 {
			prev := r.frags[i-1]
			gap := f.x0 - prev.x1
			size := math.Max(prev.size, f.size)
			lone := len(cur) == 1 && isListMarker(strings.TrimSpace(cur[0].text))
			if gap > 1.2*size && !(lone && gap < 4*size) && !f.sup {
				flush()
			}
		}
		cur = append(cur, f)
	}
	flush()
	return out
}

func newPiece(fs []*frag, page int) *piece {
	p := &piece{x0: fs[0].x0, y0: fs[0].y0, x1: fs[0].x1, y1: fs[0].y1, frags: fs, page: page, bold: true, italic: true}
	chars := map[fontKey]int{}
	var b strings.Builder
	any := false
	for i, f := range fs {
		p.x0, p.x1 = math.Min(p.x0, f.x0), math.Max(p.x1, f.x1)
		if !f.sup {
			p.y0, p.y1 = math.Min(p.y0, f.y0), math.Max(p.y1, f.y1)
		}
		t := f.text
		if f.sup {
			for _, n := range strings.Split(strings.TrimSpace(t), ",") {
				b.WriteString("[^" + n + "]")
			}
			continue
		}
		if i > 0 {
			prev := fs[i-1]
			cur := b.String()
			gap := f.x0 - prev.x1
			if !strings.HasSuffix(cur, " ") && !strings.HasPrefix(t, " ") && cur != "" &&
				(gap > 0.15*f.size || prev.sup && gap > 0.05*f.size) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(t)
		n := len([]rune(strings.TrimSpace(t)))
		chars[fontKey{round(f.size), f.family, f.bold, f.italic}] += n
		if n > 0 {
			any = true
			p.bold = p.bold && f.bold
			p.italic = p.italic && f.italic
		}
	}
	if !any {
		p.bold, p.italic = false, false
	}
	p.text = strings.TrimSpace(b.String())
	if strings.ContainsAny(p.text, "⁰¹²³⁴⁵⁶⁷⁸⁹") {
		p.text = supCharRe.ReplaceAllStringFunc(p.text, func(m string) string {
			r := []rune(m)
			return string(r[0]) + "[^" + supDigits.Replace(string(r[1:])) + "]"
		})
	}
	best := -1
	for k, n := range chars {
		if n > best || n == best && k.size > p.size {
			best, p.size, p.family = n, k.size, k.family
		}
	}
	if best < 0 {
		p.size, p.family = fs[0].size, fs[0].family
	}
	return p
}

// fontKey is a font as the layout sees it: size to the nearest half point.
type fontKey struct {
	size   float64
	family string
	bold   bool
	italic bool
}

func round(s float64) float64 { return math.Round(s*2) / 2 }

var (
	bulletRunes    = "•▪◦●■□◆◇○➢➤►▶✓✔❖⁃‣∙·\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf06e\uf0a8\uf071"
	dashBullets    = "–—-"
	numberMarkerRe = lazyre.New(`^(?:\d{1,3}[.)]|\d{1,2}\.\d{1,2}\.?|\(\d{1,3}\)|\([a-z]\)|[a-z][.)]|\(?[ivx]{1,4}[.)]|R\d{1,3}[.:]?|[A-Z]\d{1,2}[.:]?)$`)
)

// isListMarker tells a lone bullet or list number.
func isListMarker(s string) bool {
	if s == "" {
		return false
	}
	r := []rune(s)
	if len(r) == 1 && (strings.ContainsRune(bulletRunes, r[0]) || strings.ContainsRune(dashBullets, r[0]) || r[0] >= '\uf000' && r[0] <= '\uf0ff') {
		return true
	}
	return numberMarkerRe.MatchString(s)
}

// Page furniture: running headers and footers, page numbers.

var (
	// A page number may be set between dashes or bars ("– 12 –", "| 12"),
	// alone or beside a running line ("example.org.uk   – 12 –").
	pageNumRe  = lazyre.New(`(?i)^(?:[-–—|•·]\s*)?(?:page\s+|p\.\s*)?(\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*[-–—|•·])?$`)
	romanRe    = lazyre.New(`(?i)^(?:page\s+)?[ivxlc]{1,7}$`)
	edgeDateRe = lazyre.New(`(?i)(?:^|[\s|•·–—-])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d$`)
	edgeNumRe  = lazyre.New(`(?i)^(?:[-–—|•·]\s*)?(?:page\s+)?(\d{1,4})\b|(?:^|[\s|•·–—(])(\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*[-–—|•·])?$`)
	// edgeYearRangeRe is a span of years ending a running line: "2026–2029",
	// "2024 to 2027", "2025-28".
	edgeYearRangeRe = lazyre.New(`(?i)(?:^|[\s|•·])(?:19|20)\d\d\s*(?:[-–—/]|\bto\b)\s*(?:(?:19|20)\d\d|\d\d)$`)
	digitsRe        = lazyre.New(`\d+`)
	runningNorm     = lazyre.New(`[^\p{L}]+`)
)

// pageFurniture finds each page's running headers and footers (lines at the
// top or bottom of pages that recur) and page numbers, removes them, and
// returns the number printed on each page (0 where none is printed).
func pageFurniture(pages []*pdfPage) (printed []int, running []string) {
	type cand struct {
		r      *row
		keys   []string // runKeys of the whole row
		margin bool     // alone in the page's top or bottom margin, small
		big    bool     // set larger than the document's text: a title's line
		// heading: in bold at the text's size or larger, out of the margins:
		// a year alone so set heads its section, no page number.
		heading bool
	}
	cands := make([][]cand, len(pages))
	count := map[string]int{}
	firstText := slices.IndexFunc(pages, func(p *pdfPage) bool { return len(p.frags) > 0 })
	// Small print is judged against the document's text as well as the
	// page's: on a page of notes set small, the running header is no
	// smaller than the notes, but it is smaller than the body.
	var allFrags []*frag
	for _, p := range pages {
		allFrags = append(allFrags, p.frags...)
	}
	docSize := dominantSize(allFrags)
	for i, p := range pages {
		rs := rows(p.frags)
		seen := map[string]bool{}
		// A contents page repeats the headings of the pages it lists.
		contents := slices.ContainsFunc(rs, func(r *row) bool { return contentsHeadRe.MatchString(r.text()) })
		size := math.Max(dominantSize(p.frags), docSize)
		for k, r := range rs {
			edge := k < 2 || k >= len(rs)-2 || r.y1 < 0.08*p.h || r.y0 > 0.92*p.h
			if !edge {
				continue
			}
			keys := runKeys(r.text(), r.frags, i, rowPageNumbers(r))
			// A line in small print alone in the top or bottom margin is a
			// running header or footer even where no other page repeats it
			// (a two-page extract with mirrored headers).
			h := r.y1 - r.y0
			small := maxSize(r.frags) <= 0.9*size && len(strings.Fields(r.text())) <= 12
			// A footer that opens with its chapter's number ("2. Findings
			// – 5 –") reads like a footnote; its page number, set apart at
			// its edge, says it is not one.
			_, _, note := noteStart(r.text())
			note = note && !pageNumberAtEdge(r)
			// Not on the first page with text: its top line is a masthead.
			margin := small && len(rs) > 1 && i != firstText && (k == 0 && r.y1 < 0.08*p.h && rs[1].y0-r.y1 > 1.5*h ||
				k == len(rs)-1 && r.y0 > 0.92*p.h && r.y0-rs[k-1].y1 > 1.5*h && !note)
			// A letter's continuation header: the top line of a later
			// page naming the addressee and the letter's date ("Minister
			// for Children – 3 March 2025"), printed once in a two-page
			// letter and set close above the text; in the body's size, it
			// is set well apart. Its words are counted without the
			// marks that part them: "Rachel Penhaligon MP · Letter to
			// NHS Harrowfield and Tamsey ICB · 8 April 2026" is 13 words
			// (set 82: its 15 fields kept it in the text, between the
			// letter's "I would ask the ICB to:" and its numbered asks).
			if gap := rs[min(1, len(rs)-1)].y0 - r.y1; !margin && k == 0 && len(rs) > 1 && i != firstText &&
				wordsOf(r.text()) <= 14 && dayDateRe.MatchString(r.text()) &&
				(maxSize(r.frags) <= 0.9*size && gap > 0.5*h || maxSize(r.frags) <= 1.05*size && gap > 1.5*h) {
				margin = true
			}
			heading := !small && r.y1 >= 0.08*p.h && r.y0 <= 0.92*p.h && !slices.ContainsFunc(r.frags, func(f *frag) bool { return !f.bold })
			cands[i] = append(cands[i], cand{r, keys, margin, minSize(r.frags) > 1.2*docSize, heading})
			// A contents page's own lines name the headings of other
			// pages, but a line in small print in its top or bottom
			// margin is its running header or footer, and counts: the
			// footer of a three-page paper whose second page is its
			// contents was seen on one page only, and no page was
			// numbered as printed.
			inMargin := small && (r.y1 < 0.08*p.h || r.y0 > 0.92*p.h)
			if contents && !inMargin || leaderRe.MatchString(r.text()) {
				continue
			}
			// Each run of the row counts too: a header may set the
			// title at the left and the page number at the right. A
			// running line keeps its place on the page, which a
			// heading at the top of two pages does not.
			if len(r.frags) > 1 {
				for _, f := range r.frags {
					keys = append(keys, runKeys(f.text, []*frag{f}, i, edgeNumbers(f.text))...)
				}
			}
			// A footer keeps its place from the page's foot: on a
			// landscape page of a table, shorter than the portrait pages
			// around it, it is set higher from the top, and was read
			// there as the page's text, its number lost (the page cited
			// by its place in the file). A line in the page's lower half
			// counts by its height over the foot too ("@b").
			for _, k := range keys {
				for _, at := range edgePlaces(r.y0, p.h) {
					for _, y := range []float64{math.Floor(at.y / 6), math.Floor(at.y/6) + 0.5} {
						k := k + at.mark + strconv.FormatFloat(y, 'f', 1, 64)
						if !strings.HasPrefix(k, "@") && !seen[k] {
							seen[k] = true
							count[k]++
						}
					}
				}
			}
		}
	}
	isRunning := func(keys []string, y float64, page int) bool {
		for _, key := range keys {
			for _, at := range edgePlaces(y, pages[page].h) {
				for _, b := range []float64{math.Floor(at.y/6) - 0.5, math.Floor(at.y / 6), math.Floor(at.y/6) + 0.5} {
					n := count[key+at.mark+strconv.FormatFloat(b, 'f', 1, 64)]
					if n >= 2 && (n*4 >= len(pages) || n >= 3) {
						return true
					}
				}
			}
		}
		return false
	}
	// A running line that wraps in two on most pages may be set on one
	// line where the page is wider (a landscape page of a table): the
	// two lines' words, read as one, are running too.
	wrappedRunning := map[string]int{}
	for i, cs := range cands {
		seen := map[string]bool{}
		for k := 0; k+1 < len(cs); k++ {
			a, b := cs[k].r, cs[k+1].r
			if b.y0 <= a.y0 || !isRunning(cs[k].keys, a.y0, i) || !isRunning(cs[k+1].keys, b.y0, i) {
				continue
			}
			if key := runningKey(a.text() + " " + b.text()); key != "" && !seen[key] {
				seen[key] = true
				wrappedRunning[key]++
			}
		}
	}
	numbers := make([][]int, len(pages))
	strong := make([][]int, len(pages))
	drop := map[*frag]bool{}
	for i, cs := range cands {
		for _, c := range cs {
			t := c.r.text()
			switch {
			case pageNumRe.MatchString(t) && !yearLine(t, c.big || c.heading):
				n, _ := strconv.Atoi(pageNumRe.FindStringSubmatch(t)[1])
				numbers[i] = append(numbers[i], n)
				// "Page 3", "3 of 12", or a number alone in the page's
				// margin: a page number even where no other page agrees.
				if hasLetter(t) || strings.Contains(t, "/") || c.r.y1 < 0.08*pages[i].h || c.r.y0 > 0.92*pages[i].h {
					strong[i] = append(strong[i], n)
				}
				dropRow(drop, c.r)
			case romanRe.MatchString(t) && len(t) <= 12:
				dropRow(drop, c.r)
			case c.heading && hasLetter(t) && len(c.keys) > 0 && len(rowPageNumbers(c.r)) > 0 && !isRunning(c.keys[:1], c.r.y0, i):
				// "Quarter 1" over "Quarter 2" a page on, in bold out of
				// the margins: headings numbered as the pages step, kept,
				// no page's number. Only their step made them one running
				// line (c.keys[0] is the line's words and numbers as
				// printed). Before (hostile check 57), they were dropped
				// and the pages cited 1-4 over the footers' 2-5.
			case isRunning(c.keys, c.r.y0, i) || c.margin:
				if ns := edgeNumbers(t); len(ns) > 0 {
					numbers[i] = append(numbers[i], ns...)
					// "example.org.uk   1   Briefing paper 14": the run of
					// its own between the words may be the page where the
					// edge's number is the paper's; printedNumbers keeps
					// whichever steps with the pages.
					if n, ok := runNumber(c.r); ok && !slices.Contains(ns, n) {
						numbers[i] = append(numbers[i], n)
					}
					last := strings.TrimSpace(c.r.frags[len(c.r.frags)-1].text)
					if n, ok := labelledEdgeNumber(c.r); ok {
						// "Forum   Page 1": a number the footer calls a
						// page is one even on the only numbered page
						// (a briefing of a cover and one page).
						strong[i] = append(strong[i], n)
					} else if m := pageLabelRe.FindStringSubmatch(t); m != nil {
						// "© 2024 Westmoor Trust | Page 3" in one run.
						n, _ := strconv.Atoi(m[1])
						strong[i] = append(strong[i], n)
					} else if len(ns) == 1 && c.r.y0 > 0.92*pages[i].h && c.r.frags[len(c.r.frags)-1].x1 > 0.8*pages[i].w && !hasLetter(last) {
						// "Briefing for MPs   1": a footer's line in the
						// foot margin whose number is set flush right, as
						// a word processor's page field is: a run of its
						// own, not the end of words ("Briefing paper 14"
						// names the paper on every page).
						strong[i] = append(strong[i], ns[0])
					}
				} else if n, ok := runNumber(c.r); ok {
					// "Network review   –1–   Not for commercial use":
					// the number set as a run of its own between the
					// footer's words.
					numbers[i] = append(numbers[i], n)
				}
				dropRow(drop, c.r)
				for _, f := range c.r.frags {
					if ft := strings.TrimSpace(f.text); !pageNumRe.MatchString(ft) {
						running = append(running, ft)
					}
				}
			case wrappedRunning[runningKey(t)] >= 2:
				dropRow(drop, c.r)
				running = append(running, strings.TrimSpace(t))
			default:
				for _, f := range c.r.frags {
					ft := strings.TrimSpace(f.text)
					if isRunning(runKeys(ft, []*frag{f}, i, edgeNumbers(ft)), c.r.y0, i) {
						drop[f] = true
						running = append(running, ft)
					} else if pageNumRe.MatchString(ft) && len(c.r.frags) > 1 && (f == c.r.frags[0] || f == c.r.frags[len(c.r.frags)-1]) && f.size <= maxSize(c.r.frags) {
						n, _ := strconv.Atoi(pageNumRe.FindStringSubmatch(ft)[1])
						if hasRunningNeighbour(c.r, f, i, isRunning) {
							numbers[i] = append(numbers[i], n)
							drop[f] = true
						}
					}
				}
			}
		}
	}
	for _, p := range pages {
		p.frags = slices.DeleteFunc(p.frags, func(f *frag) bool { return drop[f] })
	}
	return printedNumbers(numbers, strong), running
}

// edgePlace is where a line is set on its page, for counting it as
// running: its height from the top ("@"), or over the foot ("@b").
type edgePlace struct {
	mark string
	y    float64
}

// edgePlaces are the places a line at y on a page of height h counts at:
// from the top, and, in the page's lower half, over the foot, where a
// footer keeps its place whatever the page's height.
func edgePlaces(y, h float64) []edgePlace {
	if h > 0 && y > h/2 {
		return []edgePlace{{"@", y}, {"@b", h - y}}
	}
	return []edgePlace{{"@", y}}
}

// dayDateRe is a date to the day: "3 March 2025", "3rd Mar 2025".
var dayDateRe = lazyre.New(`(?i)\b\d{1,2}(?:st|nd|rd|th)?\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?,?\s+(?:19|20)\d\d\b`)

// dominantSize is the font size that sets the most characters.
func dominantSize(fs []*frag) float64 {
	chars := map[float64]int{}
	best, size := 0, 0.0
	for _, f := range fs {
		k := round(f.size)
		chars[k] += len(f.text)
		if chars[k] > best {
			best, size = chars[k], k
		}
	}
	return size
}

func dropRow(drop map[*frag]bool, r *row) {
	for _, f := range r.frags {
		drop[f] = true
	}
}

// minSize is the smallest font size of the runs.
func minSize(fs []*frag) float64 {
	m := math.Inf(1)
	for _, f := range fs {
		m = math.Min(m, f.size)
	}
	return m
}

func maxSize(fs []*frag) float64 {
	m := 0.0
	for _, f := range fs {
		m = math.Max(m, f.size)
	}
	return m
}

// hasRunningNeighbour: a number beside a running title in a header row.
func hasRunningNeighbour(r *row, f *frag, page int, running func([]string, float64, int) bool) bool {
	for _, g := range r.frags {
		if g != f && running(runKeys(g.text, []*frag{g}, page, edgeNumbers(g.text)), r.y0, page) {
			return true
		}
	}
	return false
}

// runningKey makes "Annual report 2024 | 3" and "... | 4" one key; a line of
// only digits has no key (it is judged as a page number).
func runningKey(s string) string {
	return strings.ToLower(strings.TrimSpace(runningNorm.ReplaceAllString(s, " ")))
}

// runKeys are the keys a line on page i counts under as a running header or
// footer: its words, font and numbers, so that lines alike in words but
// not in numbers are not one running line ("Table 3: waits in 2023 were
// 450" and "... 2024 were 520", "Children waiting: 450" and "...: 520",
// which were dropped from every page, hostile check 55); and, for each
// number that may be the page's (pageNumbers), its words and other
// numbers with the page number read as its step from the page's place, so
// "Annual report 2024 | 3" and "... | 4" on the next page are one line. A
// year is no page's number (isYear), so headings "Waiting times 2022" and
// "Waiting times 2023" a page apart are two lines.
func runKeys(s string, fs []*frag, i int, pageNumbers []int) []string {
	k := rkey(s, fs)
	if k == "" {
		return nil
	}
	nums := digitsRe.FindAllString(s, -1)
	if len(nums) == 0 {
		return []string{k}
	}
	keys := []string{k + "#" + strings.Join(nums, " ")}
	for _, n := range pageNumbers {
		if isYear(n) {
			continue // "Waiting times 2022" over "Waiting times 2023": headings, no page
		}
		// The page's number is at the line's start or its end, and may be
		// printed in it twice ("... 2026;14(2):112-119 | 112", "Version
		// 1.2 ... Page 1"): each of the first and the last is tried.
		is := func(d string) bool { v, err := strconv.Atoi(d); return err == nil && v == n }
		for _, at := range []int{slices.IndexFunc(nums, is), lastIndexFunc(nums, is)} {
			if at >= 0 {
				rest := slices.Delete(slices.Clone(nums), at, at+1)
				keys = append(keys, k+"#"+strings.Join(rest, " ")+"#step"+strconv.Itoa(n-i))
			}
		}
	}
	return keys
}

// lastIndexFunc is the index of the last element of s that f holds
// for, or -1.
func lastIndexFunc(s []string, f func(string) bool) int {
	for i := len(s) - 1; i >= 0; i-- {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

// rowPageNumbers are the numbers a row may print as its page's: those at
// its edges, and one set as a run of its own between its words.
func rowPageNumbers(r *row) []int {
	ns := edgeNumbers(r.text())
	if n, ok := runNumber(r); ok && !slices.Contains(ns, n) {
		ns = append(ns, n)
	}
	return ns
}

// rkey is a line's running key with its font, which tells apart lines that
// read alike in different fonts: a contents entry and the heading it points
// to. A line of digits alone has no key.
func rkey(s string, fs []*frag) string {
	k := runningKey(s)
	if k == "" || len(fs) == 0 {
		return ""
	}
	return k + "|" + strconv.FormatFloat(round(fs[0].size), 'f', 1, 64) + "|" + strconv.FormatBool(fs[0].bold)
}

// edgeNumber is the page number at either edge of a running line. A
// chapter's number before its name ("1. Introduction", "2.3 Staff") is no
// page number: a header that carries the chapter's name would otherwise
// number its pages by chapter.
func edgeNumber(t string) (int, bool) {
	t = strings.TrimSpace(t)
	if loc := sectionNumberRe.FindStringIndex(t); loc != nil {
		t = t[loc[1]:]
	}
	// A month and year at the edge are the footer's date, not its page:
	// "rcsn.org.uk 1 May 2025" is page 1, not page 2025 (which numbered no
	// page, and every item of the report was cited by its PDF page). A day
	// before the month is left: it may be the page, and a footer's own day
	// ("Published 14 March 2025") is the same on every page, which no
	// page numbering is (printedNumbers).
	t = strings.TrimSpace(edgeDateRe.ReplaceAllString(t, ""))
	if edgeYearRangeRe.MatchString(t) {
		// "… joint strategy 2026–2029": the years a running title
		// covers, not its page; the last year stepped with a title
		// page's "2026" as pages do, and every item on the page after
		// was cited at page 2029.
		return 0, false
	}
	m := edgeNumRe.FindStringSubmatchIndex(t)
	if m == nil {
		return 0, false
	}
	s := ""
	if m[2] >= 0 {
		s = t[m[2]:m[3]]
	} else {
		s = t[m[4]:m[5]]
		// "Schools inspected: 12", "Number of schools visited: 7": a
		// label's figure, the page's own text, never its number. Before
		// (hostile check 57), such a line at the foot or top of each page,
		// stepping with them, numbered the pages 12-14 over the footer's
		// "Page 3" and was dropped with its figure.
		if labelFigureRe.MatchString(t) { // no page number holds a colon
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// pageLabelRe ends a running line whose number the line calls its page:
// "© 2024 Westmoor Trust | Page 3", "… p. 3 of 12".
var pageLabelRe = lazyre.New(`(?i)(?:^|[\s|•·–—-])(?:page|p\.)\s*(\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?$`)

// edgeNumbers are the page numbers a running line may print at its edges:
// edgeNumber's, and, where the line ends with a whole date ("… | 2 | 14
// March 2025"), the number before that date. Which is the page is left to
// printedNumbers, which keeps only numbers that step with the pages: the
// day of a footer's date is the same on every page.
func edgeNumbers(t string) []int {
	var ns []int
	if n, ok := edgeNumber(t); ok {
		ns = append(ns, n)
	}
	if loc := edgeDayDateRe.FindStringIndex(t); loc != nil {
		if n, ok := edgeNumber(t[:loc[0]]); ok && !slices.Contains(ns, n) {
			ns = append(ns, n)
		}
	}
	return ns
}

// edgeDayDateRe is a whole date at the end of a running line.
var edgeDayDateRe = lazyre.New(`(?i)(?:^|[\s|•·–—-])\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d$`)

// sectionNumberRe is a chapter's or section's number, with its point,
// opening a line before the name: "1. ", "2.3 ". A page number before a
// running title has no point ("4   Annual report").
var sectionNumberRe = lazyre.New(`^(?:\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\.?|\d{1,2}\.)\s*\p{L}`)

// pageNumberAtEdge: the row's first or last run is a page number alone
// ("– 5 –", "Page 5", "5"), set apart from the rest of the row.
func pageNumberAtEdge(r *row) bool {
	if len(r.frags) < 2 {
		return false
	}
	for _, f := range []*frag{r.frags[0], r.frags[len(r.frags)-1]} {
		if pageNumRe.MatchString(strings.TrimSpace(f.text)) {
			return true
		}
	}
	return false
}

// yearLine: a line that reads as a page number alone ("2023", "2023/24")
// but is a year's: a span of years ("2023/24" is no page 2023 of 24), or
// a year set larger than the document's text or as a heading, the last
// line of a title that wraps onto its year ("Children's community health
// services in Westmoor" / "2023") or a year heading its section. It stays
// in the text, a line of its title or a heading.
func yearLine(t string, big bool) bool {
	if edgeYearRangeRe.MatchString(strings.TrimSpace(t)) {
		return true
	}
	m := pageNumRe.FindStringSubmatch(t)
	if m == nil || hasLetter(t) {
		return false
	}
	n, _ := strconv.Atoi(m[1])
	return big && isYear(n)
}

// isYear: a number that reads as a year of this century or the last,
// which never numbers a page (printedNumbers).
func isYear(n int) bool {
	return n >= 1900 && n <= 2099
}

// printedNumbers keeps a page's printed number where it agrees with another
// page's (the numbers printed on pages i and j differ by j-i), else its
// strong candidate ("Page 3", a number alone in the margin): a stray number
// near the foot of one page (a chart's axis) is not a page number. A year
// (1900–2099) is never a page number, even where the pages' years step with
// them: an annual series footed "2022", "2023", "2024" page by page dates
// each page's figures, and its items were cited at pages 2022-2024 (hostile
// check 55); alone, in a cover's foot or a running header's wrapped line, or
// on the only page, it is the date the paper is of. Such a page is cited by
// its place in the file, as a page with no number printed is.
func printedNumbers(numbers, strong [][]int) []int {
	out := make([]int, len(numbers))
	offsets := map[int]int{}
	for i, ns := range numbers {
		seen := map[int]bool{}
		for _, n := range ns {
			if !isYear(n) && !seen[n-i] {
				seen[n-i] = true
				offsets[n-i]++
			}
		}
	}
	for i, ns := range numbers {
		// A strong number that steps wins over another that steps too
		// ("Page 3" in the footer over a count at the foot of the body).
		if i < len(strong) {
			ns = append(slices.Clone(strong[i]), ns...)
		}
		for _, n := range ns {
			if !isYear(n) && (offsets[n-i] >= 2 || len(numbers) == 1) {
				out[i] = n
				break
			}
		}
		if out[i] == 0 && i < len(strong) {
			if k := slices.IndexFunc(strong[i], func(n int) bool { return !isYear(n) }); k >= 0 {
				out[i] = strong[i][k]
			}
		}
	}
	return out
}

// labelledEdgeNumber is the number of a run at a running line's edge
// that says it is a page ("Page 3", "p. 3"), as against a bare number
// that may be a date's or a count's.
func labelledEdgeNumber(r *row) (int, bool) {
	if len(r.frags) < 2 {
		return 0, false
	}
	for _, f := range []*frag{r.frags[0], r.frags[len(r.frags)-1]} {
		ft := strings.TrimSpace(f.text)
		if m := pageNumRe.FindStringSubmatch(ft); m != nil && hasLetter(ft) {
			n, err := strconv.Atoi(m[1])
			return n, err == nil
		}
	}
	return 0, false
}

// textWords counts the words of runs.
func textWords(fs []*frag) int {
	n := 0
	for _, f := range fs {
		n += len(strings.Fields(f.text))
	}
	return n
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// digitsOnly reports a string of digits and separators only.
func digitsOnly(s string) bool {
	return s != "" && strings.Trim(s, "0123456789,. %-–") == "" && digitsRe.MatchString(s)
}

// runNumber is the page number set as a run of its own anywhere in a
// running line ("Network review   –1–   Not for commercial use"), or false
// when no run, or more than one, is a number alone.
func runNumber(r *row) (int, bool) {
	found, n := 0, 0
	for _, f := range r.frags {
		if m := pageNumRe.FindStringSubmatch(strings.TrimSpace(f.text)); m != nil && !hasLetter(f.text) {
			n, _ = strconv.Atoi(m[1])
			found++
		}
	}
	return n, found == 1
}

// wordsOf counts the words of a line, not the marks that part its
// fields ("·", "|", "–").
func wordsOf(t string) int {
	n := 0
	for _, f := range strings.Fields(t) {
		if strings.ContainsFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			n++
		}
	}
	return n
}
