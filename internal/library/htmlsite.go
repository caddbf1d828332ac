package library

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cypx/cypx/internal/lazyre"
)

// What a page shows about who published it, for pages whose metadata does
// not say: a "Published by" line, the copyright line of the footer, the
// site's name after the page's title, and the name on the site's logo.
// Council, royal college, Parliament and intranet templates often carry
// nothing else.

// titleSepRe separates the parts of a page title: "Article | Section | Site".
var titleSepRe = lazyre.New(`\s+(?:\||-|–|—|»|::|·|•)\s+`)

// pageHeadline is the article's h1: the first inside main, article or
// role=main, else the first of the page outside its header and navigation.
func pageHeadline(doc *html.Node) string {
	var inMain, anywhere string
	var inMainNode, anywhereNode *html.Node
	var walk func(n *html.Node, main, chrome bool)
	walk = func(n *html.Node, main, chrome bool) {
		for c := n.FirstChild; c != nil && inMain == ""; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.H1 {
				t := textOf(c)
				if main && inMain == "" {
					inMain, inMainNode = t, c
				}
				if !chrome && anywhere == "" {
					anywhere, anywhereNode = t, c
				}
				continue
			}
			walk(c, main || isArticle(c), chrome || c.DataAtom == atom.Nav || c.DataAtom == atom.Header && !main ||
				attr(c, "role") == "banner" || attr(c, "role") == "navigation")
		}
	}
	walk(doc, false, false)
	h, node := inMain, inMainNode
	if h == "" {
		h, node = anywhere, anywhereNode
	}
	if node != nil && sectionLabel(h) {
		if story := storyHeading(doc, node); story != "" {
			return story
		}
	}
	return h
}

// sectionLabelRe is a site section's label, which heads every page of the
// section and names no one of them: "News Flash" (CivicPlus), "Latest
// news", "News & Updates", "Press releases", "Blog"; and a committee
// system's page kinds, over the item's own title ("Agenda item",
// "Issue details", "Decision details": ModernGov).
var sectionLabelRe = lazyre.New(`(?i)^(?:(?:latest|recent|council|local|our)\s+)?(?:` + moderngovKinds + `|news(?:\s+flash)?|news\s*(?:&|and|\+)\s*(?:updates|events|views|stories|media|press(?:\s+releases)?)|updates|press\s+releases?|media\s+releases?|announcements|blog(?:\s+posts)?|stories|news\s*room|press\s+(?:office|centre|center)|media\s+(?:centre|center)|what[’']?s\s+new|news\s+(?:articles?|stories|items|and\s+blogs?))$`)

// committeePageKindRe is a committee system's page kind before the item's
// own title, in its page's headline: "Issue - items at meetings - School
// Nursing Recommissioning", "Issue details - ...", "Agenda item - ..."
// (ModernGov). Group 1 is the item's title. Before (hostile check 68),
// every citation of such a page kept the page kind.
var committeePageKindRe = lazyre.New(`(?i)^(?:` + moderngovKinds + `)\s*[-–—:]\s+(\S.*)$`)

// moderngovKinds is a committee system's page kinds (ModernGov): a page
// section's label alone (sectionLabelRe), and before the item's own title
// in its page's headline (committeePageKindRe). One list, so a kind is
// added once for both.
const moderngovKinds = `issue\s*[-–—]\s*items\s+at\s+meetings|issue\s+(?:details|history)|decision\s+details|agenda\s+item|meeting\s+details`

// standingItemRe is a committee's standing item, which opens every
// meeting's agenda and names none of its business: "Declarations of
// interest", "Apologies for absence", "Minutes of the previous meeting".
// Before (hostile check 68), an agenda item page whose first heading was
// one was titled "Declarations of interest".
var standingItemRe = lazyre.New(`(?i)^(?:\d{1,3}[.)]?\s+)?(?:(?:declarations?|disclosures?)\s+of\s+(?:(?:disclosable\s+)?(?:pecuniary\s+|personal\s+|other\s+)?interests?)|apologies(?:\s+for\s+absence)?(?:\s+and\s+substitut(?:es|ions))?|substitut(?:es|ions)|minutes(?:\s+of\s+(?:the\s+)?(?:previous|last)\s+meeting)?|urgent\s+(?:business|items?)|any\s+other\s+(?:urgent\s+)?business|(?:public|members[’']?)\s+questions|exclusion\s+of\s+(?:the\s+)?(?:press\s+and\s+)?public|welcome\s+and\s+introductions|chair[’']?s\s+announcements)$`)

// sectionLabel reports a heading or title that is a section's label (see
// sectionLabelRe).
func sectionLabel(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && len(s) < 40 && sectionLabelRe.MatchString(s)
}

// storyHeading is the heading of the story under a section's label: the
// first heading after label in the page's order that the story's text
// follows before another heading does. A category heading right above
// the story's ("Health and Wellbeing" over the story's own) has no text
// of its own under it and is passed over; headings in the page's header,
// navigation, footer and asides are never the story's.
func storyHeading(doc, label *html.Node) string {
	var candidate, standing string
	seen, done := false, false
	var walk func(n *html.Node, chrome bool)
	walk = func(n *html.Node, chrome bool) {
		for c := n.FirstChild; c != nil && !done; c = c.NextSibling {
			switch {
			case c == label:
				seen = true
				continue
			case c.Type == html.TextNode:
				if seen && candidate != "" && !chrome && len(strings.Fields(c.Data)) >= 3 {
					done = true
				}
				continue
			case c.Type != html.ElementNode:
				continue
			}
			switch c.DataAtom {
			case atom.H1, atom.H2, atom.H3, atom.H4:
				if seen && !chrome {
					t := strings.TrimSpace(textOf(c))
					if t != "" && !sectionLabel(t) && !standingItemRe.MatchString(t) {
						candidate = t
					} else {
						// A standing item ("Declarations of interest")
						// opening the page's items is every meeting's,
						// no title of this one while another item
						// follows (standingItemRe).
						if standing == "" && t != "" && !sectionLabel(t) {
							standing = t
						}
						candidate = ""
					}
				}
				continue
			case atom.Script, atom.Style, atom.Template:
				continue
			}
			walk(c, chrome || c.DataAtom == atom.Nav || c.DataAtom == atom.Header || c.DataAtom == atom.Footer ||
				c.DataAtom == atom.Aside || attr(c, "role") == "navigation" || attr(c, "role") == "banner")
		}
	}
	walk(doc, false)
	if !done {
		// The page's one item is a standing item: its title.
		return standing
	}
	return candidate
}

// alignedHeadline is the headline when title is it with the site's or
// section's name around it ("Headline | Site", "Section » Headline").
func alignedHeadline(title, headline string) string {
	if headline == "" || title == "" {
		return ""
	}
	h := compareForm(headline)
	for _, part := range titleRuns(title) {
		if compareForm(part) == h || qualifiedPart(compareForm(part), h) {
			return headline
		}
	}
	return ""
}

// maxQualifierWords bounds the qualifier a headline adds to a title's
// part: a period or edition ("2023/24", "April to March"), not a clause.
const maxQualifierWords = 4

// qualifiedPart reports whether the headline h is the title's part with a
// short qualifier after a comma or colon ("our year in numbers, 2024/25"
// of the part "our year in numbers"): a site's <title> often drops the
// period its <h1> names. Both in compareForm; a one-word part is too
// little to tell a headline by.
func qualifiedPart(part, h string) bool {
	if len(strings.Fields(part)) < 2 || !strings.HasPrefix(h, part) {
		return false
	}
	rest := h[len(part):]
	if !strings.HasPrefix(rest, ", ") && !strings.HasPrefix(rest, ": ") {
		return false
	}
	n := len(strings.Fields(rest[2:]))
	return n > 0 && n <= maxQualifierWords
}

// maxTitleParts bounds the parts of a title compared: real titles have a
// few ("Article | Section | Site"), and a title of hundreds of separators
// would otherwise cost a comparison for every run of them.
const maxTitleParts = 8

// titleRuns are the runs of consecutive parts of a title, the whole title
// first; a title of more than maxTitleParts parts is one run.
func titleRuns(title string) []string {
	seps := titleSepRe.FindAllStringIndex(title, maxTitleParts)
	if len(seps) >= maxTitleParts {
		return []string{title}
	}
	bounds := []int{0}
	for _, s := range seps {
		bounds = append(bounds, s[0], s[1])
	}
	bounds = append(bounds, len(title))
	// Part i runs from bounds[2i] to bounds[2i+1].
	n := len(bounds) / 2
	var runs []string
	for i := 0; i < n; i++ {
		for j := n - 1; j >= i; j-- {
			runs = append(runs, title[bounds[2*i]:bounds[2*j+1]])
		}
	}
	return runs
}

// titleSuffix is the site's name after the article's title in the page's
// <title>: the last part of "Title - Committee - House of Commons", or of
// "News Flash • Site • Platform" after a section's label, the platform
// passed over. A part that is a byline ("by Jane Smith") or one generic
// word is no name.
func titleSuffix(docTitle, title string) string {
	if title == "" {
		return ""
	}
	want := compareForm(title)
	seps := titleSepRe.FindAllStringIndex(docTitle, maxTitleParts)
	if len(seps) >= maxTitleParts {
		return ""
	}
	for i, s := range seps {
		if titledAs(compareForm(docTitle[:s[0]]), want) || i == 0 && sectionLabel(docTitle[:s[0]]) {
			// The last part names the site, unless it names the platform
			// the site is built on ("News Flash • Tarnside Borough
			// Council • CivicEngage"): then the part before it does.
			for k := len(seps) - 1; k >= i; k-- {
				end := len(docTitle)
				if k+1 < len(seps) {
					end = seps[k+1][0]
				}
				name := strings.TrimSpace(docTitle[seps[k][1]:end])
				if (platformRe.MatchString(name) || datedTitlePartRe.MatchString(name)) && k > i {
					// A date between the site and the platform ("| Small
					// Print Health | Sep, 2026 | Medium") names no one:
					// the part before it does. Before, "Sep, 2026" was
					// the publisher (held-out set 90).
					continue
				}
				if looksLikeName(name) {
					return name
				}
				return ""
			}
			return ""
		}
	}
	return ""
}

// datedTitlePartRe is a <title> part that is only a date: "Sep, 2026",
// "14 September 2026", "September 14, 2026", "2026".
var datedTitlePartRe = lazyre.New(`(?i)^(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}$`)

// kindLabelRe is a page's kind put before its headline in the <title>:
// "Position statement: ", "Consultation response: ".
var kindLabelRe = lazyre.New(`^[a-z][a-z'’ -]{1,40}: $`)

// titledAs: the <title>'s part is the headline, alone or after a short
// label naming the page's kind ("position statement: school nursing").
func titledAs(part, headline string) bool {
	if part == headline {
		return true
	}
	label, ok := strings.CutSuffix(part, headline)
	return ok && len(strings.Fields(label)) <= 4 && kindLabelRe.MatchString(label)
}

var genericWords = wordSet("home homepage news blog blogs article articles page pages post posts latest statistics report reports publications resources")

// looksLikeName: a short capitalised name, not a byline or a generic word.
func looksLikeName(s string) bool {
	words := strings.Fields(s)
	// Ten words: a body's full name may be long ("National Society for
	// the Prevention of Cruelty to Children").
	if len(words) == 0 || len(words) > 10 || len(s) > 90 {
		return false
	}
	first := []rune(words[0])
	if !unicode.IsUpper(first[0]) && !unicode.IsDigit(first[0]) {
		return false
	}
	if strings.EqualFold(words[0], "by") || len(words) == 1 && genericWords[strings.ToLower(s)] {
		return false
	}
	return !strings.ContainsAny(s, "©@") && !strings.Contains(strings.ToLower(s), "copyright")
}

// publishedByLine is the organisation a short "Published by" line names
// (see imprintOrg).
func publishedByLine(doc *html.Node) string {
	var found string
	boxed := othersContactsBoxes(doc)
	walkElements(doc, func(n *html.Node) bool {
		if found != "" || inFurnitureThread(n) || boxed[n] {
			return false
		}
		t, short := shortText(n, 160)
		if !short {
			return true
		}
		if name, kind := imprintOrg(t, false); kind == publishedImprint {
			found = name
		}
		return found == ""
	})
	return found
}

// copyrightHolder is the organisation of the footer's copyright line:
// "© 2024 Royal College of Psychiatrists. A charity..." gives "Royal
// College of Psychiatrists". Crown and Parliamentary copyright name no
// publisher. Only the page's footer outside the article is read: a
// photograph's credit is also marked ©.
func copyrightHolder(doc *html.Node) string {
	return footerHolder(doc, false)
}

// footerHolder is copyrightHolder's walk; inMain reads the footers inside
// the page's <main> or <article> too, where a documentation site
// (Starlight) sets the site's own footer, for callers that take only a
// body's name from it (holderOverSiteName).
func footerHolder(doc *html.Node, inMain bool) string {
	var found string
	walkElements(doc, func(n *html.Node) bool {
		if found != "" || !inMain && isArticle(n) {
			return false // an article's own footer credits its pictures
		}
		if !isFooterRegion(n) {
			return true
		}
		found = holderUnder(n)
		return false
	})
	return found
}

// holderUnder is the first copyright holder named in n: its own text when
// short, else its children's. A short footer's block children are read
// one by one first: its text runs them together with no stop between, so
// "© 2026 Fernhollow Hospitals NHS Foundation Trust" over a "Follow us:"
// line read as one named "… Trust Follow us" (held-out set 88). Their
// joined text still names a holder split over two blocks.
func holderUnder(n *html.Node) string {
	if t, short := shortText(n, 300); short {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && isBlockElement(c) {
				if h := holderUnder(c); h != "" {
					return h
				}
			}
		}
		return holderIn(t)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if h := holderUnder(c); h != "" {
				return h
			}
		}
	}
	return ""
}

// isFooterRegion: the page's footer, by tag, role or name.
func isFooterRegion(n *html.Node) bool {
	return n.DataAtom == atom.Footer || attr(n, "role") == "contentinfo" ||
		hasWord(n, "footer", "copyright", "colophon", "legal")
}

// holderIn is the holder a copyright notice in t names (see imprintOrg).
func holderIn(t string) string {
	if reproducedRe.MatchString(t) || thirdPartyNoticeRe.MatchString(t) {
		// "© Lowdale Community Health Trust 2021. Page content
		// reproduced with permission.": the holder of what the page
		// reproduces, not the page's (hostile check 66). So is "©
		// NHS England 2023" after "Contains public sector information
		// licensed under the Open Government Licence" (hostile check 67).
		return ""
	}
	// "Photo © Lowdale Community Health Trust 2021.": a picture's
	// credit names whose picture it is, not whose page; the site's own
	// line beside it ("© Brightstart Families 2022") still does. Before
	// (hostile check 67), the picture's holder published the page.
	if creditedMaterialRe.MatchString(t) {
		var kept []string
		for _, part := range strings.SplitAfter(t, ". ") {
			if !creditedMaterialRe.MatchString(part) {
				kept = append(kept, part)
			}
		}
		t = strings.Join(kept, "")
	}
	// "Copyright Policy" is a footer link's name, no notice: a list of
	// links ("Cookie Policy Copyright Policy Brand Policy") ran together
	// read as held by "Policy Brand Policy", the page's publisher.
	t = copyrightLinkRe.ReplaceAllString(t, " ")
	if name, kind := imprintOrg(t, true); kind == copyrightImprint {
		return name
	}
	return ""
}

// copyrightLinkRe is a link to a site's copyright page named in its
// footer: "Copyright Policy", "Copyright notice", "Copyright statement".
var copyrightLinkRe = lazyre.New(`(?i)\bcopyright\s+(?:policy|notice|statement|information|and\s+disclaimer)\b`)

var (
	// reproducedRe is a copyright line's note that the page reproduces
	// another's material: "reproduced with permission", "used by kind
	// permission of", "content supplied by".
	// "reproduced with the trust's permission" too.
	reproducedRe = lazyre.New(`(?i)\b(?:reproduced|reprinted|republished|used)\s+(?:with|by|under)\s+(?:the\s+)?(?:[\p{L}-]+['’]s?\s+)?(?:kind\s+)?(?:permission|licen[cs]e)\b|\bcontent\s+(?:supplied|provided)\s+by\b`)
	// thirdPartyNoticeRe is the Open Government Licence's attribution of
	// another body's material: "Contains public sector information
	// licensed under the Open Government Licence v3.0.", "Contains
	// Ordnance Survey data".
	thirdPartyNoticeRe = lazyre.New(`(?i)\bcontains\s+(?:public\s+sector\s+information|(?:[\p{L}-]+\s+){0,4}data)\b`)
	// creditedMaterialRe opens a credit of a picture, a map or other
	// material on the page: "Photo © X", "Images: © X", "Cover
	// photograph (c) X", "Map copyright X".
	creditedMaterialRe = lazyre.New(`(?i)^\s*(?:(?:cover|header|hero|banner|main|featured?|all)\s+)?(?:photo(?:graph)?s?|images?|pictures?|illustrations?|maps?|artwork|graphics?|videos?|icons?|logos?)\s*(?:credits?)?\s*:?\s*(?:©|\(c\)|copyright\b)`)
	// logoNoiseRe are the words around a site's name in its logo's text.
	logoNoiseRe = lazyre.New(`(?i)\s*[-–|:]?\s*\b(?:logo|homepage|home page|(?:go|link|back|return) to (?:the )?home(?: ?page)?|home)\b\s*[-–|:]?\s*`)
	logoLeadRe  = lazyre.New(`(?i)^(?:(?:go|link|back|return) to (?:the )?|visit (?:the )?)`)
)

// logoName is the organisation the site's logo names, by its image's alt
// text or its link's label: the logo is an image or link in the page's
// header or banner, or one named logo or brand.
func logoName(doc *html.Node) string {
	return firstInBanner(doc, func(c *html.Node, header bool) (string, bool) {
		if isLogo(c, header) {
			if name := cleanLogoText(firstNonEmpty(attr(c, "alt"), attr(c, "aria-label"), attr(c, "title"))); name != "" {
				return name, false
			}
		}
		return "", true
	})
}

// firstInBanner walks the page outside its article in document order and
// returns the first name pick gives an element; pick is told whether the
// element lies in the page's header or banner (the one rule for where a
// site names itself), and its second result says whether to look inside
// the element.
func firstInBanner(doc *html.Node, pick func(n *html.Node, inHeader bool) (name string, descend bool)) string {
	var found string
	var walk func(n *html.Node, inHeader bool)
	walk = func(n *html.Node, inHeader bool) {
		for c := n.FirstChild; c != nil && found == ""; c = c.NextSibling {
			if c.Type != html.ElementNode || isArticle(c) {
				continue
			}
			header := inHeader || c.DataAtom == atom.Header || attr(c, "role") == "banner" || hasWord(c, "header", "masthead", "branding")
			name, descend := pick(c, header)
			if name != "" {
				found = name
				return
			}
			if descend {
				walk(c, header)
			}
		}
	}
	walk(doc, false)
	return found
}

// isLogo: an image or link that is the site's logo.
func isLogo(n *html.Node, inHeader bool) bool {
	if n.DataAtom != atom.Img && n.DataAtom != atom.A {
		return false
	}
	if n.DataAtom == atom.A && attr(n, "aria-label") == "" {
		return false
	}
	named := func(x *html.Node) bool {
		return x != nil && x.Type == html.ElementNode && (hasWord(x, "logo", "brand", "branding", "custom-logo", "site-logo") ||
			attr(x, "rel") == "home" || strings.Contains(strings.ToLower(attr(x, "src")), "logo"))
	}
	if named(n) || named(n.Parent) || n.Parent != nil && named(n.Parent.Parent) {
		return true
	}
	alt := strings.ToLower(attr(n, "alt") + " " + attr(n, "aria-label"))
	return inHeader && strings.Contains(alt, "logo")
}

// cleanLogoText is a logo's text without "logo", "homepage" and "Go to".
func cleanLogoText(s string) string {
	s = logoLeadRe.ReplaceAllString(strings.TrimSpace(s), "")
	s = strings.TrimSpace(logoNoiseRe.ReplaceAllString(s, " "))
	s = strings.Trim(strings.Join(strings.Fields(s), " "), "-–|: ")
	if !looksLikeName(s) || len(strings.Fields(s)) > 8 {
		return ""
	}
	return s
}

// feedSuffixRe is what a feed link's title adds to the site's name:
// "Our Life With Tom - Atom" (Blogger), "Site » Feed" (WordPress).
var feedSuffixRe = lazyre.New(`(?i)\s*[-–—|»:]?\s*(?:atom|rss(?: 2\.0)?|(?:rss |atom )?feed)$`)

// siteFirstSepRe and siteLastSepRe end a site's name before a page's
// title ("Blog: Post", Blogger's form) and start it after one.
var (
	siteFirstSepRe = lazyre.New(`^(?::|\s+(?:\||-|–|—|»|::|·|•))\s+\S`)
	siteLastSepRe  = lazyre.New(`\S\s+(?:\||-|–|—|»|::|·|•)\s+$`)
)

// functionWordRe is a word no one's name holds: "Our Life With Tom" is
// shaped like a name, capitalised word after word, but names a blog.
var functionWordRe = lazyre.New(`(?i)\b(?:a|an|the|our|my|your|his|her|their|with|and|of|in|on|at|to|for|from|by|is|life)\b`)

// feedSiteName is the site's name as its feed link gives it, when the
// page's <title> puts the same name before or after the headline ("Our
// Life With Tom: Why our hospice matters"): a blog with no body behind it
// is published under its own name, which the two agree on. A feed of the
// comments names no site, and a blog named only for its writer ("Jane
// Okafor") names no publisher: a citation's publisher is a body.
func feedSiteName(doc *html.Node, docTitle string) string {
	var name string
	walkElements(doc, func(n *html.Node) bool {
		if name != "" {
			return false
		}
		if n.DataAtom != atom.Link || !strings.EqualFold(attr(n, "rel"), "alternate") {
			return true
		}
		typ := strings.ToLower(attr(n, "type"))
		t := strings.TrimSpace(attr(n, "title"))
		if !strings.Contains(typ, "atom+xml") && !strings.Contains(typ, "rss+xml") || strings.Contains(strings.ToLower(t), "comment") {
			return true
		}
		if s := strings.TrimSpace(feedSuffixRe.ReplaceAllString(t, "")); s != t {
			name = s
		}
		return true
	})
	if isPersonName(name) && !functionWordRe.MatchString(name) {
		return ""
	}
	if _, ok := siteTitled(docTitle, name); ok {
		return name
	}
	return ""
}

// bannerSiteName is the site's name as the banner's link to its home page
// gives it ("<header><h1><a href="/">Night Ward Notes</a></h1>", a blog's
// masthead), when the page's <title> puts the same name before or after
// the headline: the two agree, as a feed link and the <title> do (see
// feedSiteName), for a blog whose head has no feed link. A name shaped
// like a person's ("Night Ward Notes" is, word for word) is the blog's
// only when the post names its writer and the writer is someone else: a
// blog named for its writer names no body to cite.
func bannerSiteName(doc *html.Node, docTitle, author string) string {
	return firstInBanner(doc, func(c *html.Node, header bool) (string, bool) {
		if !header || c.DataAtom != atom.A || !homeLink(attr(c, "href")) {
			return "", true
		}
		name := strings.Join(strings.Fields(textOf(c)), " ")
		_, ok := siteTitled(docTitle, name)
		if ok && isPersonName(name) && !functionWordRe.MatchString(name) {
			ok = author != "" && !strings.EqualFold(compareForm(author), compareForm(name))
		}
		if !ok {
			return "", false
		}
		return name, false
	})
}

// homeLink: href is a site's home page, its root ("/",
// "https://example.org/"), with no path, query or fragment.
func homeLink(href string) bool {
	href = strings.TrimSpace(href)
	if href == "/" {
		return true
	}
	rest, ok := strings.CutPrefix(href, "https://")
	if !ok {
		rest, ok = strings.CutPrefix(href, "http://")
	}
	if !ok || rest == "" {
		return false
	}
	host, path, _ := strings.Cut(rest, "/")
	return host != "" && path == "" && !strings.ContainsAny(host, "?#")
}

// siteTitled is the rest of the page's <title> when it puts the site's
// name before the headline ("Blog: Post", Blogger's form) or after it
// ("Post | Blog"), ok false when it does not or the name is no name.
func siteTitled(docTitle, name string) (string, bool) {
	if name == "" || !looksLikeName(name) {
		return "", false
	}
	docTitle = strings.TrimSpace(docTitle)
	if rest, ok := strings.CutPrefix(docTitle, name); ok && siteFirstSepRe.MatchString(rest) {
		return strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(rest), ":|-–—»·•")), true
	}
	if rest, ok := strings.CutSuffix(docTitle, name); ok && siteLastSepRe.MatchString(rest) {
		return strings.TrimSpace(strings.TrimRight(strings.TrimSpace(rest), ":|-–—»·•")), true
	}
	return "", false
}
