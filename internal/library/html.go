package library

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// importHTML keeps a page's main article as headings, paragraphs, list
// items, pipe tables and footnotes, and takes its metadata from the page.
//
// The page's furniture is removed first, by what each element is (see
// cleanPage); readability (the algorithm of browsers' reader view) then
// finds the article in what is left; short furniture lines that slipped
// through and blocks that repeat the article's own sentences (pull quotes)
// are dropped last. GOV.UK pages name their department, not GOV.UK, as
// publisher, and their first publication date.
func importHTML(data []byte) (Imported, error) {
	im := Imported{Format: "html"}
	if n, elems, line := blockTags(data, corpus.MaxBlocks); n > corpus.MaxBlocks {
		return im, fmt.Errorf("line %d: more than %d paragraphs, list items, headings and table rows (the limit for a source): split it into parts", line, corpus.MaxBlocks)
	} else if elems > MaxPageElements {
		return im, fmt.Errorf("line %d: more than %d elements (table cells, links, paragraphs and the rest): more than cypx reads of a page; split it into parts", line, MaxPageElements)
	}
	text, warn := htmlUTF8(data, "")
	if warn != "" {
		im.Warnings = append(im.Warnings, warn)
	}
	doc, err := parseHTML(string(text))
	if errors.As(err, new(tooDeepError)) {
		return im, err
	} else if err != nil {
		return im, fmt.Errorf("cannot read the page: %v", err)
	}
	if pages := pdfViewerPages(doc); pages != nil {
		// A PDF in the browser's viewer: read as the PDF it shows.
		return importPDFViewer(im, pages), nil
	}
	info := readPageInfo(doc)
	all := textOf(doc) // before pageBody takes the furniture out
	im.Warnings = append(im.Warnings, info.warnings...)
	body, art, err := pageBody(doc, true, info.publisher.value)
	if err != nil {
		return im, err
	}
	im.Body = body

	// Readability's own reading of the page is the last resort.
	title := firstFact(info.title, fact{art.Title, "the page"})
	if t := trimTaggedTitle(trimSiteSuffix(title.value, info.publisher.value, art.SiteName), title.from); t != "" {
		im.Source.Title = t
		im.Guessed = append(im.Guessed, "title ("+title.from+")")
	}
	publisher := info.publisher
	if !info.govuk {
		// GOV.UK is where a department publishes, not who: never its name.
		publisher = publisherFact(publisher, fact{art.SiteName, "the site's name"})
	}
	if publisher.value != "" {
		// A header's logotype "Kestrel Vale ICB" is the "Kestrel Vale
		// Integrated Care Board" the page's title or footer spells out,
		// though neither stays in the body.
		im.Source.Publisher = fullPublisher(publisher.value, all)
		im.Guessed = append(im.Guessed, "publisher ("+publisher.from+")")
	}
	author := info.author
	if author.value == "" {
		if m := bylineRe.FindStringSubmatch(art.Byline); m != nil && isPersonName(m[1]) {
			author = fact{m[1], "the byline"}
		} else if isPersonName(art.Byline) {
			author = fact{strings.TrimSpace(art.Byline), "the byline"}
		}
	}
	if author.value != "" && author.value != im.Source.Publisher {
		im.Source.Author = author.value
		im.Guessed = append(im.Guessed, "author ("+author.from+")")
	}
	if v := info.authorLeftOut; im.Source.Author == "" && v != "" && !strings.EqualFold(asRead(v), asRead(im.Source.Publisher)) {
		// Dropped on purpose, and said: before, an author tag that was
		// not one person's name was dropped without a word (hostile
		// check 47).
		im.Warnings = append(im.Warnings, fmt.Sprintf("author: the page's author meta tag (%s) names no person: left out", shownValue(v)))
	}
	if im.Source.Author != "" && author.from == authorTagFrom {
		for _, t := range info.authorTitlesLeftOut {
			im.Warnings = append(im.Warnings, fmt.Sprintf("author: \"%s\" in the page's author meta tag (%s) names no person: left out", shownValue(t), shownValue(info.meta["author"])))
		}
	}
	date := info.date
	if date.date.IsZero() && art.PublishedTime != nil {
		date = dateFact{evidence.DateOf(*art.PublishedTime), "the page's publication time"}
	}
	if !date.date.IsZero() {
		im.Source.Date = date.date
		im.Guessed = append(im.Guessed, "date ("+date.from+")")
	}
	return im, nil
}

// htmlUTF8 decodes a page that is not UTF-8 by its declared charset (the
// Content-Type's, else the page's meta tag), else as Windows-1252. A
// charset that makes letters private-use characters (x-user-defined maps
// every byte over 127 to one) is no charset a report is written in: the
// page is read as Windows-1252 and the warning says so.
func htmlUTF8(data []byte, contentType string) ([]byte, string) {
	if utf8.Valid(data) {
		return data, ""
	}
	enc, name, certain := charset.DetermineEncoding(data, firstNonEmpty(contentType, "text/html"))
	if name == "windows-1252" && !certain && declaresWindows1252(data) {
		// The page's meta tag says so (Word's "Save as Web Page" does):
		// as declared, with nothing to warn of. DetermineEncoding calls
		// a meta tag's charset uncertain.
		if dec, err := enc.NewDecoder().Bytes(data); err == nil {
			return dec, ""
		}
	}
	if name == "utf-8" || !certain && name == "windows-1252" {
		// Declared UTF-8, or declared nothing (Windows-1252 is the
		// guess for bytes that are not UTF-8).
		return misdeclaredUTF8(data, certain)
	}
	if dec, err := enc.NewDecoder().Bytes(data); err == nil {
		if !bytes.ContainsFunc(dec, isPrivateUse) {
			return dec, ""
		}
		if dec, err := charmap.Windows1252.NewDecoder().Bytes(data); err == nil {
			return dec, fmt.Sprintf("the page declares the charset %s, which reads its letters as private-use characters: read as Windows-1252", evidence.PrintableLine(name))
		}
	}
	return bytes.ToValidUTF8(data, []byte("\uFFFD")), ""
}

// latin1MetaRe is a meta tag declaring a charset that WHATWG reads as
// Windows-1252.
var latin1MetaRe = lazyre.New(`(?i)<meta[^>]+charset\s*=\s*["']?(?:windows-1252|cp1252|iso-8859-1|iso8859-1|latin-?1|us-ascii)\b`)

// declaresWindows1252 reports a meta tag in the page's first 1024 bytes,
// where a browser looks for it, declaring Windows-1252 or Latin-1.
func declaresWindows1252(data []byte) bool {
	return latin1MetaRe.Get().Match(data[:min(len(data), 1024)])
}

// misdeclaredUTF8 reads a page declared UTF-8 (or declaring nothing)
// whose bytes are not all UTF-8 (an old editor's curly quotes and dashes,
// or a whole page saved in Windows-1252) as a text file is read, with a
// warning. Before, a page declaring UTF-8 had every such byte made U+FFFD
// silently, so a quote copied from it held one for each quotation mark;
// one declaring nothing had its UTF-8 letters made two or three each.
func misdeclaredUTF8(data []byte, declared bool) ([]byte, string) {
	if !declared {
		return strayBytesAsWindows1252(data), "the page is not all UTF-8 and declares no charset: read as Windows-1252 where it is not"
	}
	return strayBytesAsWindows1252(data), "the page declares the charset utf-8 but is not all in it: read as Windows-1252 where it is not"
}

// isPrivateUse says r is in Unicode's private-use area, which no text of a
// report uses.
func isPrivateUse(r rune) bool { return unicode.Is(unicode.Co, r) }

// pageBody converts a parsed page to a body: furniture removed, the article
// found by readability (when findArticle is set and it finds one), blocks
// written, furniture lines, the publisher's description of itself and
// repeated blocks dropped, footnotes last; footnote markers are written
// "[^3]", whether they link to a note or are superscripts alone.
func pageBody(doc *html.Node, findArticle bool, publisher string) (string, readability.Article, error) {
	openPanels(doc)
	svgBarTables(doc)
	notes, notesHeading := takeFootnotes(doc)
	markSupMarkers(doc)
	var replies []*html.Node
	if findArticle {
		replies = threadReplies(doc)
	}
	descs := pageDescriptions(doc)
	cleanPage(doc)
	dropHeadingPermalinks(doc)
	var replyBlocks []string
	for _, r := range replies {
		b, err := htmlBlocks(r, false)
		if err != nil {
			return "", readability.Article{}, err
		}
		replyBlocks = append(replyBlocks, b...)
	}
	leads := leadParagraphs(doc)
	var grids []figureGrid
	if findArticle {
		grids = figureGrids(doc)
	}
	var art readability.Article
	var blocks []string
	if findArticle {
		base, _ := url.Parse("https://example.invalid/")
		p := readability.NewParser()
		demoteSubheadings(doc)
		clearHeadingNames(doc)
		renameCommentaryClasses(doc)
		if a, err := p.ParseDocument(doc, base); err == nil {
			art = a
			if root := art.Node; root != nil {
				if root.Parent != nil {
					root = root.Parent
				}
				setAtoms(root)
				var err error
				if blocks, err = htmlBlocks(root, false); err != nil {
					return "", art, err
				}
			}
		}
		blocks = wholeArticle(doc, blocks)
		if keptInDisclosure(doc, blocks) {
			blocks = wholeMain(doc, blocks)
		} else if keptTableCells(doc, blocks) {
			blocks = tableArticle(doc, blocks)
		}
	}
	if !hasProse(blocks) {
		// Readability found no article (a short page, a newsletter laid out
		// in tables): the whole page, without its furniture, is the text.
		if body := findFirst(doc, func(n *html.Node) bool { return n.Data == "body" }); body != nil {
			var err error
			if blocks, err = htmlBlocks(body, !findArticle); err != nil {
				return "", art, err
			}
		}
	}
	if findArticle {
		blocks = withReplies(withLeads(withFigureGrids(doc, blocks, grids), leads, descs), replyBlocks)
	}
	blocks = dropRepeats(dropFurnitureBlocks(blocks, publisher))
	// A block written from the page's nodes apart from htmlBlocks (a
	// lead, a figure grid) holds the references' stand-in still.
	body := strings.ReplaceAll(joinBlocks(blocks), noteMark, "")
	var defs []string
	for _, n := range notes {
		if n.text != "" && strings.Contains(body, "[^"+n.label+"]") {
			defs = append(defs, "[^"+n.label+"]: "+asMarkdown(n.text))
		}
	}
	if len(defs) > 0 {
		if notesHeading != "" {
			body += "\n\n## " + notesHeading
		}
		body += "\n\n" + strings.Join(defs, "\n\n")
	}
	return strings.TrimSpace(body) + "\n", art, nil
}

// demoteSubheadings turns h2 into h3 before readability, which drops an h2
// whose words all occur in the page title ("What young people told us"
// under "... what young people told us about waits") as a repeat of it. The
// h1 is left for readability to recognise; every heading is written "## ".
func demoteSubheadings(doc *html.Node) {
	walkElements(doc, func(n *html.Node) bool {
		if n.DataAtom == atom.H2 {
			n.DataAtom, n.Data = atom.H3, "h3"
		}
		return true
	})
}

// leadWords are the class words of a standfirst: the summary under the
// headline, which readability leaves out with the article's header; and
// of an inspection's or review's verdict box set beside it ("outcome-box",
// "judgement", "highlights"), which states its finding and what it asks.
var leadWords = wordSet("standfirst lede lead intro introduction summary dek strapline subtitle subheading description excerpt outcome judgement judgment verdict highlights")

// leadParagraphs are the texts of the page's standfirsts, in page order.
func leadParagraphs(doc *html.Node) []string {
	var out []string
	walkElements(doc, func(n *html.Node) bool {
		if n.DataAtom == atom.H1 || n.DataAtom == atom.Summary {
			return false // the headline or a toggle's title, whatever its class says
		}
		if n.DataAtom == atom.A && attr(n, "href") != "" {
			// A card linking to another page ("Read more": its title and
			// its excerpt inside the link) summarises that page, not
			// this one.
			return false
		}
		for _, w := range classWords(n) {
			if leadWords[w] && hasBlockChild(n) {
				if bs := summaryBlocks(n); bs != nil {
					// A summary section before the article: its heading,
					// paragraphs and bullets.
					out = append(out, bs...)
					return false
				}
			}
			if leadWords[w] && !hasBlockChild(n) {
				if t := textOf(n); len(strings.Fields(t)) >= 8 && len(strings.Fields(t)) <= 120 {
					out = append(out, t)
				}
				return false
			}
		}
		return true
	})
	return out
}

// withLeads puts before the article the standfirsts it does not hold,
// but not one that only repeats the page's description (descs), which
// leaves the article too.
func withLeads(blocks, leads, descs []string) []string {
	var add []string
	for _, l := range leads {
		if repeatsDescription(l, descs) {
			// Kept by readability with the article's header, it goes too.
			blocks = withoutBlock(blocks, l)
			continue
		}
		c := compareForm(l)
		found := false
		for _, b := range blocks {
			if strings.Contains(compareForm(b), c) {
				found = true
				break
			}
		}
		if !found && !isFurnitureText(l) {
			add = append(add, l)
		}
	}
	if len(add) == 0 {
		return blocks
	}
	return append(add, blocks...)
}

// setAtoms sets each element's atom from its tag name: readability renames
// elements (a div with only text becomes a p) by their name alone.
func setAtoms(n *html.Node) {
	if n.Type == html.ElementNode {
		n.DataAtom = atom.Lookup([]byte(n.Data))
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		setAtoms(c)
	}
}

// joinBlocks separates blocks by blank lines, but keeps a list's items on
// consecutive lines, as Markdown writes them.
func joinBlocks(blocks []string) string {
	var b strings.Builder
	for i, blk := range blocks {
		if i > 0 {
			if listMarkerRe.MatchString(blk) && listMarkerRe.MatchString(blocks[i-1]) {
				b.WriteString("\n")
			} else {
				b.WriteString("\n\n")
			}
		}
		b.WriteString(blk)
	}
	return b.String()
}

// hasProse: some block is a sentence-length paragraph or item.
func hasProse(blocks []string) bool {
	return proseWords(blocks) > 0
}

// proseWords counts the words of blocks that are no heading and hold a
// sentence's worth of words (eight or more).
func proseWords(blocks []string) int {
	n := 0
	for _, b := range blocks {
		if w := len(strings.Fields(b)); !strings.HasPrefix(b, "#") && w >= 8 {
			n += w
		}
	}
	return n
}

// wholeArticle is the blocks of the page builder's layout that holds what
// readability kept, when readability kept only one of its blocks. Page
// builders (Squarespace, Wix, Elementor) set each stretch of an article
// in a content block of its own, siblings sharing a class, and
// readability keeps the best-scoring block and drops the rest: the asks
// under their own heading after a pull quote, the introduction before a
// picture. The layout is the innermost element whose children all share
// a class, that holds every sentence readability kept and a paragraph's
// worth (30 words) more; a page whose article is one block is left as
// readability read it, without its related links and appeals.
func wholeArticle(doc *html.Node, blocks []string) []string {
	kept := proseWords(blocks)
	if kept == 0 {
		return blocks
	}
	var best []string
	// The last layout in document order that holds the article wins (an
	// inner layout over the outer one): walked backwards, the first found
	// ends the walk, and no outer layout is read whole. Read forwards,
	// each of a page's nested layouts was read whole in turn.
	lastElement(doc, func(n *html.Node) bool {
		if !builderLayout(n) {
			return false
		}
		whole, err := htmlBlocks(n, false)
		if err != nil || proseWords(whole) < kept+30 || !holdsProse(whole, blocks) {
			return false
		}
		best = whole
		return true
	})
	if best == nil {
		return blocks
	}
	return best
}

// lastElement is the last element under root, in document order (each
// before what it holds), for which ok holds, or nil: walked from the
// end, ok is asked of each element after all it holds, and the walk
// stops at the first yes.
func lastElement(root *html.Node, ok func(*html.Node) bool) *html.Node {
	for c := root.LastChild; c != nil; c = c.PrevSibling {
		if n := lastElement(c, ok); n != nil {
			return n
		}
		if c.Type == html.ElementNode && ok(c) {
			return c
		}
	}
	return nil
}

// builderLayout: n has two or more element children, every one of which
// carries one class token all of them share ("sqs-block"); a first or
// last child holding no sentence and no heading may stand apart, as a site builder
// (GoDaddy's) sets its header widget in a wrapper of its own beside the
// content widgets.
func builderLayout(n *html.Node) bool {
	var kids []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			kids = append(kids, c)
		}
	}
	if len(kids) < 2 {
		return false
	}
	if sharedClass(kids) {
		return true
	}
	for _, cut := range [][2]int{{1, 0}, {0, 1}, {1, 1}} {
		inner := kids[cut[0] : len(kids)-cut[1]]
		if len(inner) < 2 || !sharedClass(inner) {
			continue
		}
		if (cut[0] == 0 || !holdsSentence(kids[0])) && (cut[1] == 0 || !holdsSentence(kids[len(kids)-1])) {
			return true
		}
	}
	return false
}

// sharedClass: every node carries one class token all of them share.
func sharedClass(nodes []*html.Node) bool {
	shared := strings.Fields(attr(nodes[0], "class"))
	for _, c := range nodes[1:] {
		classes := strings.Fields(attr(c, "class"))
		shared = slices.DeleteFunc(shared, func(s string) bool { return !slices.Contains(classes, s) })
		if len(shared) == 0 {
			return false
		}
	}
	return len(shared) > 0
}

// holdsSentence: n's blocks hold a sentence's worth of words (proseWords)
// or a heading: a hero section's title is the page's, no header's.
func holdsSentence(n *html.Node) bool {
	if findFirst(n, func(c *html.Node) bool {
		switch c.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return true
		}
		return attr(c, "role") == "heading"
	}) != nil {
		return true
	}
	blocks, err := htmlBlocks(n, false)
	return err != nil || proseWords(blocks) > 0
}

// holdsProse says whole holds every prose block of part.
func holdsProse(whole, part []string) bool {
	have := make(map[string]bool, len(whole))
	for _, b := range whole {
		have[b] = true
	}
	for _, b := range part {
		if !strings.HasPrefix(b, "#") && len(strings.Fields(b)) >= 8 && !have[b] {
			return false
		}
	}
	return true
}

var listMarkerRe = lazyre.New(`^(?:- |\d{1,3}\. )`)

// dropFurnitureBlocks drops blocks that are furniture by their words (and
// the publisher's description of itself), and headings left with nothing
// under them.
func dropFurnitureBlocks(blocks []string, publisher string) []string {
	var out []string
	blocks = dropAboutPublisher(blocks, publisher)
	for i, b := range blocks {
		if isEndsLine(b) {
			continue
		}
		if isTableBlock(b) {
			if !versionTable(b) {
				out = append(out, b)
			}
			continue
		}
		if h, ok := strings.CutPrefix(b, "## "); ok {
			if (furnitureHeadingRe.MatchString(h) || isFurnitureText(h)) && !(contactHeadingRe.MatchString(h) && blocksHoldEvidence(blocks[i+1:])) {
				continue
			}
			out = append(out, b)
			continue
		}
		if t := listMarkerRe.ReplaceAllString(b, ""); isFurnitureText(t) || isNoticeText(t) || isContactInstruction(t) || aboutPublisher(t, publisher) {
			continue
		}
		out = append(out, b)
	}
	for len(out) > 0 && strings.HasPrefix(out[len(out)-1], "## ") {
		out = out[:len(out)-1]
	}
	return out
}

func isTableBlock(b string) bool { return strings.HasPrefix(b, "| ") && strings.Contains(b, "\n|---|") }

// dropRepeats drops a block whose text is contained in another block of
// the article: a pull quote or a "key facts" box repeating a sentence would
// otherwise make a second statistic. Headings, tables and short blocks
// (fewer than five words) are kept.
//
// Each block was once compared with every other: a page of 20,000
// paragraphs took 30 s, and one of 200,000 (19 MB, within the limits of
// a source) over ten minutes. A text of five words or more contained in
// another holds the three words after its first whole in that one, so
// each block is compared only with the texts whose three words it holds
// (repeatCandidates), and at most maxRepeatChecks comparisons are made a
// page: past them (a page built to share three words between thousands
// of blocks) a block is kept.
func dropRepeats(blocks []string) []string {
	norm := make([]string, len(blocks))
	for i, b := range blocks {
		if !strings.HasPrefix(b, "#") && !isTableBlock(b) {
			norm[i] = compareForm(listMarkerRe.ReplaceAllString(b, ""))
		}
	}
	drop := make([]bool, len(blocks))
	firstOf := map[string]int{}
	// byKey holds, by their three words after the first, the texts that
	// drop their block when a longer block holds them, shortest first.
	byKey := map[string][]repeatCandidate{}
	for i := range norm {
		cands := repeatCandidates(norm[i])
		if len(cands) == 0 {
			continue
		}
		// The same text as an earlier block's is a repeat of it.
		if k, ok := firstOf[norm[i]]; ok && k < i {
			drop[i] = true
		} else if !ok {
			firstOf[norm[i]] = i
		}
		for _, c := range cands {
			key := strings.Join(strings.SplitN(c, " ", 5)[1:4], " ")
			byKey[key] = append(byKey[key], repeatCandidate{block: i, text: c})
		}
	}
	for _, list := range byKey {
		slices.SortStableFunc(list, func(a, b repeatCandidate) int { return len(norm[a.block]) - len(norm[b.block]) })
	}
	checks := 0
	for j, other := range norm {
		words := strings.Split(other, " ")
		for k := 0; k+3 <= len(words) && checks < maxRepeatChecks; k++ {
			for _, c := range byKey[strings.Join(words[k:k+3], " ")] {
				if len(norm[c.block]) >= len(other) || checks >= maxRepeatChecks {
					break
				}
				if c.block == j || drop[c.block] {
					continue
				}
				checks++
				if strings.Contains(other, c.text) {
					drop[c.block] = true
				}
			}
		}
	}
	var out []string
	for i, b := range blocks {
		if !drop[i] {
			out = append(out, b)
		}
	}
	return out
}

// maxRepeatChecks bounds the texts dropRepeats compares a page: about a
// second on a page built to defeat its index (200,000 blocks sharing
// their three words), far fewer on a real one.
const maxRepeatChecks = 20_000_000

// repeatCandidate is a text whose presence in a longer block drops the
// block it is of.
type repeatCandidate struct {
	block int
	text  string
}

// repeatCandidates are the texts of a block (in compare form) that drop
// it when found in a longer block: the whole, and the part before a
// dash, as a pull quote is signed ("“...” — Dr Jane Smith"), each of
// five words or more once the quotes and stops around it are trimmed.
func repeatCandidates(norm string) []string {
	if norm == "" {
		return nil
	}
	candidates := []string{norm}
	for _, sep := range []string{" — ", " – ", " - "} {
		if k := strings.LastIndex(norm, sep); k > 0 {
			candidates = append(candidates, strings.TrimSpace(norm[:k]))
		}
	}
	var out []string
	for _, c := range candidates {
		c = strings.Trim(c, `"'.,;: `)
		if len(strings.Fields(c)) >= 5 {
			out = append(out, c)
		}
	}
	return out
}

var (
	quoteFolder = strings.NewReplacer("“", `"`, "”", `"`, "‘", "'", "’", "'", "\u00a0", " ")
	noteRefRe   = lazyre.New(`\[\^[^\]]{1,8}\]`)
)

// compareForm is a block's text as compared for repeats: lower case,
// quotes straightened, footnote references and outer quotes gone.
func compareForm(s string) string {
	s = noteRefRe.ReplaceAllString(quoteFolder.Replace(strings.ToLower(s)), "")
	s = strings.Join(strings.Fields(s), " ")
	return strings.Trim(s, `"' `)
}

// blockTags counts the tags of a page that open a block of its own (a
// paragraph, a list item, a heading, a table row), stopping once past
// limit, with the line it stopped on. A page past corpus.MaxBlocks would
// be refused once converted; counted first, with the tokenizer alone, it
// is refused before the page is parsed into a tree and cleaned, which
// for 1.4 million one-word paragraphs (16.8 MB) took 208 s and 1.8 GB.
//
// It counts every element too, stopping past MaxPageElements: a table's
// cells are no blocks of their own, yet each costs its nodes in the tree
// and in readability's copy of it.
func blockTags(data []byte, limit int) (n, elems, line int) {
	z := html.NewTokenizer(bytes.NewReader(data))
	line = 1
	for n <= limit && elems <= MaxPageElements {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		line += bytes.Count(z.Raw(), []byte("\n"))
		if tt == html.StartTagToken || tt == html.SelfClosingTagToken {
			elems++
		}
		if tt != html.StartTagToken {
			continue
		}
		name, _ := z.TagName()
		if ownBlockAtoms[atom.Lookup(name)] {
			n++
		}
	}
	return n, elems, line
}

// MaxPageElements bounds the elements of a page imported. A page of a
// million table cells (12 MB: 20,000 rows of 50) took 34 s and a peak heap
// of 1.45 GB to import, a 100 MB one would have taken some 12 GB; a
// report's page of 10,000 table rows of 10 columns has some 110,000.
const MaxPageElements = 400_000

// ownBlockAtoms are the elements that become one block each when a page
// is converted; wrappers (div, ul, table, td) hold blocks, and are not
// counted.
var ownBlockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.Tr: true, atom.Dt: true, atom.Dd: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Pre: true, atom.Blockquote: true, atom.Figcaption: true, atom.Caption: true,
	atom.Address: true, atom.Summary: true,
}

// parseHTML parses a page or an e-mail's HTML part. The parser gives up on
// elements nested more than 512 deep, in words of its own ("open stack of
// elements exceeds 512 nodes") and with no position: that is said as a
// reader would, with the line where the nesting passes 512 (tooDeepError).
func parseHTML(text string) (*html.Node, error) {
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil && tooDeep(err) {
		return nil, tooDeepError{line: tooDeepLine(text)}
	}
	return doc, err
}

// tooDeep reports whether err is the parser's refusal of deep nesting,
// which x/net/html gives only as words.
func tooDeep(err error) bool {
	return err != nil && strings.Contains(err.Error(), "open stack of elements exceeds")
}

// tooDeepError is a page nested deeper than the parser follows; line is
// the line of the text (counted from 1) where the nesting passes 512.
type tooDeepError struct{ line int }

func (e tooDeepError) Error() string {
	return fmt.Sprintf("line %d: its elements are nested more than 512 deep, deeper than cypx reads", e.line)
}

// tooDeepLine finds the first line of text by which the parser has given
// up: the smallest number of whole lines whose parse fails. Only the
// parser knows its open stack (implied end tags close elements a count of
// tags would keep open), so prefixes are parsed again: doubling from the
// first line until one fails (parses costing about twice the text up to the
// line), then halving the range found (about log2 of its lines parses, each
// up to twice the text to the line): nesting early in a page costs little
// however long the page, nesting at the end of a page of a hundred
// thousand lines about twenty parses of it. It runs only on a page already
// refused.
func tooDeepLine(text string) int {
	ends := []int{} // ends[i]: the offset just past line i+1
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			ends = append(ends, i+1)
		}
	}
	if len(ends) == 0 || ends[len(ends)-1] != len(text) {
		ends = append(ends, len(text))
	}
	fails := func(i int) bool {
		_, err := html.Parse(strings.NewReader(text[:ends[i]]))
		return tooDeep(err)
	}
	lo, hi := 0, 1 // the first failing prefix is in [lo, hi)
	for hi < len(ends) && !fails(hi-1) {
		lo, hi = hi, min(2*hi, len(ends))
	}
	return lo + sort.Search(hi-lo, func(i int) bool { return fails(lo + i) }) + 1
}

// dropAboutPublisher drops the sections whose heading is the publisher on
// itself ("About Airways for Children", "ABOUT HEALTHWATCH WEXLEY", "About
// us") over its boilerplate, heading and all, up to the next heading: not
// evidence, on a web page or in a plain text. A section that measures a
// change ("our vacancy rate fell from 22% to 9%") stays (aboutWithFindings).
func dropAboutPublisher(blocks []string, publisher string) []string {
	var out []string
	about := false
	for i, b := range blocks {
		if h, ok := strings.CutPrefix(b, "## "); ok {
			about = (namesPublisher(h, publisher) || aboutPartner(h) && aboutsToEnd(blocks[i+1:])) && !aboutWithFindings(blocks[i+1:])
		}
		if !about {
			out = append(out, b)
		}
	}
	return out
}

// aboutPartner reports a heading "About X" whose X is a body's proper
// name ("About Medway Young Carers", "About Kooth", "About the Anna
// Freud Centre"): every word capitalised but the small ones joining them,
// and no word of the document's own work ("About this report", "About
// the survey"). A topic ("About autism") is no body.
func aboutPartner(h string) bool {
	h = strings.TrimSpace(h)
	m := aboutRe.FindStringSubmatch(h)
	if m == nil || ownWorkRe.MatchString(h) {
		return false
	}
	words := strings.Fields(strings.TrimPrefix(m[1], "the "))
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && (i == 0 || !smallWords[strings.ToLower(w)]) {
			return false
		}
	}
	return len(words) > 0
}

// aboutsToEnd reports that no section of the text follows: every heading
// after this one is about a body or back matter ("About us", "Notes to
// editors" aside, "Contact"), so an "About X" section stands after the
// article, as a press release's boilerplate on a partner does. Before
// (hostile check 66), "About Medway Young Carers" after a Healthwatch
// story was kept as evidence, its "Published by … 2021" an excerpt.
func aboutsToEnd(blocks []string) bool {
	for _, b := range blocks {
		if h, ok := strings.CutPrefix(b, "## "); ok && !aboutRe.MatchString(strings.TrimSpace(h)) && !backMatter(strings.TrimSpace(h)) && !notesToEditorsRe.MatchString(strings.TrimSpace(h)) {
			return false
		}
	}
	return true
}

// notesToEditorsRe heads a press release's notes after its story.
var notesToEditorsRe = lazyre.New(`(?i)^notes?\s+(?:to|for)\s+(?:editors?|journalists)[.:]?$`)

// namesPublisher reports a heading "About X" whose X is the publisher
// (its name, its initials, or "us"). "About us" needs no publisher: a page that names none (one whose
// publisher the user passes, a Jimdo page with no footer naming it) kept
// its "About us" boilerplate as evidence before (round 100).
func namesPublisher(h, publisher string) bool {
	m := aboutRe.FindStringSubmatch(strings.TrimSpace(h))
	if m == nil {
		return false
	}
	x := strings.TrimPrefix(strings.TrimPrefix(h[len(h)-len(m[1]):], "the "), "The ")
	if strings.EqualFold(x, "us") {
		return true
	}
	if publisher == "" {
		return false
	}
	p := strings.TrimPrefix(strings.TrimSpace(publisher), "The ")
	return strings.EqualFold(x, p) || x == evidence.Initials(p)
}
