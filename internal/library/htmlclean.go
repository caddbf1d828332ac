package library

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cypx/cypx/internal/lazyre"
)

// Page furniture is removed from the page before readability looks for the
// article, by what an element is rather than by what one page says: its
// tag, its ARIA role, whether it is hidden, and the words of its class and
// id (cookie, consent, newsletter, share, related, comments, breadcrumbs,
// byline, ...), which site templates use the same way everywhere. A short
// element whose whole text is a template phrase ("Is this page useful?")
// goes too, and so does a section led by a furniture heading ("Related
// articles", "Comments", "About the author"). Nothing that holds the
// article (main, article, or most of the page's text) is ever removed.

// furnitureTags never hold a report's text. Struck-out text (del, s,
// strike) is text the page no longer says: a correction's withdrawn
// figure ("<del>45%</del> <ins>54%</ins>") read beside the new one was
// the statistic's figure.
var furnitureTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Video: true,
	atom.Audio: true, atom.Nav: true, atom.Dialog: true, atom.Form: true, atom.Button: true,
	atom.Input: true, atom.Select: true, atom.Textarea: true, atom.Label: true, atom.Menu: true,
	atom.Del: true, atom.S: true, atom.Strike: true,
}

// furnitureRoles are landmark and widget roles that are not the article.
var furnitureRoles = map[string]bool{
	"dialog": true, "alertdialog": true, "banner": true, "navigation": true, "contentinfo": true,
	"search": true, "complementary": true, "menu": true, "menubar": true, "toolbar": true,
	"tablist": true, "form": true, "alert": true, "status": true, "tooltip": true, "doc-pagebreak": true,
}

// furnitureWords are class and id words of furniture. Class names are split
// into words at hyphens, underscores and case changes ("gem-c-cookie-banner",
// "CybotCookiebotDialog", "jp-relatedposts"). Words that content wrappers
// also use (widget, print, pull, discussion) are left out, or kept only in
// compounds.
var furnitureWords = wordSet(
	// cookie and consent banners
	"cookie cookies cookiebot consent gdpr ccpa onetrust cmp dialog",
	// sign-ups
	"newsletter newsletters signup subscribe subscription mailchimp mc4wp",
	// share bars
	"share shares sharing sharedaddy addtoany a2a social sharethis ssba",
	// related content and recirculation
	"related relatedposts recommended recirculation mostread popular trending readnext promo teaser teasers outbrain taboola",
	// comment threads
	"comment comments disqus replies respond",
	// a mailing's preview text, hidden by its style sheet
	"preheader",
	// navigation and page chrome
	"breadcrumb breadcrumbs skip skiplink pagination pager toc sidebar toolbar masthead navbar menu nav navigation footer",
	// feedback ("Is this page useful?")
	"feedback helpful useful",
	// authors, bylines, dates and reading times
	"byline bylines author authors bio bios contributor dateline readtime metadata meta timestamp",
	// calls to action (sign, donate, take part); a news site's appeal
	// to its readers for money under the story (an "epic")
	"cta donate donation epic",
	// legal notices and embedded social media posts
	"disclaimer tweet socialbar",
	// image credits, downloads and attachments, tags, ads, overlays
	"credit credits copyright attachment attachments download downloads tags topics advert advertisement ad ads adslot sponsor sponsored modal popup overlay lightbox visuallyhidden",
	// pull quotes repeat the article's own sentences
	"pullquote pullout",
	// a wiki's "[edit]" links beside its headings, its "From <wiki>"
	// line and the hatnote over an article pointing to other pages
	"editsection sitesub hatnote",
	// a federated server's banner beside a thread (its blurb, its
	// description, its user counts) and the prompt to sign in to it:
	// the host's words, read as the thread's own
	"server-banner sign-in-banner",
	// a data portal's list of a dataset's files (each file's name,
	// format, one-line description and download menu): a catalogue of
	// downloads, as a report's attachments are
	"resource-list resource-item",
)

// teaserWords name a teaser, a box that sends the reader to another
// page; one with no link in it is a callout of the page's own (a
// parent's quote under "Families told us"), not a teaser.
var teaserWords = wordSet("promo teaser teasers")

// ownCallout reports a teaser that is the page's own callout: it has no
// link, and on a page that marks its article (an <article> element) it
// is inside it; a box after the article ("Follow us on ...") is the
// site's.
func ownCallout(n *html.Node) bool {
	if holdsLink(n) {
		return false
	}
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Article {
			return true
		}
	}
	root := n
	for root.Parent != nil {
		root = root.Parent
	}
	return findFirst(root, func(c *html.Node) bool { return c.DataAtom == atom.Article }) == nil
}

// holdsLink reports a link to somewhere in n.
func holdsLink(n *html.Node) bool {
	return findFirst(n, func(c *html.Node) bool {
		return c.DataAtom == atom.A && strings.TrimSpace(attr(c, "href")) != ""
	}) != nil
}

// separateStyledNeighbours puts a space between two inline elements side by
// side with nothing between them whose classes differ and whose text
// would run together ("<span class=num>£25m</span><span class=label>a
// year</span>"): a page styles them apart (a figure over its label in a
// grid of figures), and read as one run of text the figure took the
// label's first letters ("£25ma year"). An element with no class (a drop
// capital's span is classed, its word's rest is text) is left as it is.
func separateStyledNeighbours(root *html.Node) {
	var at []*html.Node
	walkElements(root, func(n *html.Node) bool {
		next := n.NextSibling
		if next == nil || next.Type != html.ElementNode || isBlockElement(n) || isBlockElement(next) || n.DataAtom == atom.Sup || next.DataAtom == atom.Sup || n.DataAtom == atom.Sub || next.DataAtom == atom.Sub {
			return true
		}
		a, b := strings.TrimSpace(attr(n, "class")), strings.TrimSpace(attr(next, "class"))
		if a == "" || b == "" || a == b {
			return true
		}
		left, okLeft := shortText(n, 2000)
		right, okRight := shortText(next, 2000)
		if !okLeft || !okRight || left == "" || right == "" {
			return true
		}
		last, _ := utf8.DecodeLastRuneInString(left)
		first, _ := utf8.DecodeRuneInString(right)
		if (unicode.IsLetter(last) || unicode.IsDigit(last) || last == '%') && (unicode.IsLetter(first) || unicode.IsDigit(first)) {
			at = append(at, next)
		}
		return true
	})
	for _, n := range at {
		n.Parent.InsertBefore(&html.Node{Type: html.TextNode, Data: " "}, n)
	}
}

// clearTeaserNames removes the class and id of a teaser kept as the
// page's own (it has no link): readability weighs "promo" down as page
// chrome and drops the box whole.
func clearTeaserNames(root *html.Node) {
	walkElements(root, func(n *html.Node) bool {
		for _, name := range strings.Fields(nameAttrs(n)) {
			for _, w := range nameWords(name) {
				if teaserWords[w] {
					n.Attr = dropAttrs(n.Attr, "class", "id")
					return true
				}
			}
		}
		return true
	})
}

// furnitureCompounds are furniture names made of words that are not
// furniture alone; they match a class or id that contains them between
// hyphens ("c-pull-quote", "govuk-visually-hidden").
var furnitureCompounds = []string{
	"privacy-banner", "most-read", "more-stories", "read-next", "skip-link", "contents-list",
	"table-of-contents", "site-header", "site-footer", "back-to-top", "page-feedback", "author-bio",
	"about-author", "author-box", "reading-time", "read-time", "posted-on", "entry-meta", "post-meta",
	// Joomla's block of an article's details over its body: "Details",
	// "Written by", "Category", "Published" and a hit counter ("Hits:
	// 318", read as a statistic before: held-out set 91).
	"article-info",
	"article-meta", "tag-list", "tags-links", "cat-links", "visually-hidden", "sr-only",
	"screen-reader-text", "pull-quote", "print-link", "widget-area", "related-posts", "phase-banner",
	"quick-exit", "instagram-media", "tiktok-embed", "fb-post", "announcement-bar",
	// Ghost's alternative quote style, which its themes set large as a
	// pull quote.
	"blockquote-alt",
	// A social post's preview of the page it links to (the site's host,
	// the linked story's headline and its standfirst): the linked page's
	// words, not the post's, and its headline read as a finding.
	"link-card", "link-preview", "preview-card",
}

// wordSet is the set of the space-separated words of groups.
func wordSet(groups ...string) map[string]bool {
	m := map[string]bool{}
	for _, g := range groups {
		for _, w := range strings.Fields(g) {
			m[w] = true
		}
	}
	return m
}

// furnitureHeadingRe is a heading that leads a furniture section: the
// section (the heading and what follows it up to the next heading of its
// level) is removed.
var furnitureHeadingRe = lazyre.New(`(?i)^(?:related(?: \w+){0,2}|more (?:on|from|in|like) .*|more (?:news|stories|articles|reading)|most (?:read|popular|viewed|shared)|you (?:might|may) also (?:like|be interested in)|read (?:more|next)|further reading|see also|explore (?:more|the topics?|topics)|comments?(?: \(\d+\))?|\d+ (?:comments?|responses?|replies)|leave a (?:reply|comment)|join the (?:conversation|discussion)|(?:one|two|three|four|\d+) (?:thoughts|responses|replies) (?:on|to) .*|about (?:the )?authors?|about (?:this|our) (?:blog|site|organisation)|(?:the )?authors?|share(?: this)?(?: page| article| post| story)?|(?:sign up|subscribe)(?: to| for)? .*|(?:get|stay) (?:in touch|updated|connected)|newsletter|follow us|contents|on this page|in this section|table of contents|tags|topics|is this page useful\??|was this page helpful\??|help us improve .*|contact us|(?:useful|quick|external) links|downloads?|documents|cookies?(?: on .*)?|cite this(?: \w+)?|how to cite.*|(?:suggested |recommended |preferred )?citation|contacts?(?: us| details| information)?(?: for this .*)?|media enquiries|press (?:office|enquiries)|more (?:reports|posts|resources|publications|blogs|content)|latest (?:news|blogs?|posts|articles)|key events|documents to download|page contents|in this (?:article|report|chapter|briefing)|explore more on these topics|updates to this (?:page|publication)|page history|print this page|stay (?:up to date|informed|in touch|connected)|keep (?:up to date|in touch)|recent (?:posts|articles|news)|popular (?:posts|articles)|post navigation|glossary(?: of (?:key )?terms)?|(?:list of )?abbreviations|(?:terms|words) we use|terms used in this (?:guideline|guidance|quality standard)|jargon buster|what (?:these|the) words mean|keep reading|continue reading|what to read next|up next|(?:list of )?background (?:papers|documents))[.:?!]?$`)

// cleanPage removes the furniture of a parsed page in place.
func cleanPage(doc *html.Node) {
	body := findFirst(doc, func(n *html.Node) bool { return n.DataAtom == atom.Body })
	if body == nil {
		body = doc
	}
	unwrapDisclosureTriggers(body)
	tabLabelsAsHeadings(body)
	admonitionTitlesAsHeadings(body)
	joinParagraphNumbers(body)
	// Found before drawings go with the furniture tags: their figures'
	// captions name a picture.
	drawn := drawingFigures(body)
	total := len(textOf(body))
	dropHeadingSlugIDs(body)
	// Sections first: their headings are furniture text too, and a section
	// whose heading went first would leave its list behind.
	removeFurnitureSections(body, total)
	dropDonationLists(body)
	dropOrderTables(body)
	dropRecordFields(body)
	keepAskingPullQuotes(body)
	keepBookTextboxes(body)
	dropCardsRepeatingArticle(body)
	dropServiceCards(body)
	dropPortalCallouts(body)
	prefixes := componentPrefixes(body)
	var remove []*html.Node
	var walk func(n *html.Node, inArticle, inTable, byName bool)
	walk = func(n *html.Node, inArticle, inTable, byName bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if isFurnitureElement(c, inArticle, inTable, byName, prefixes) && !holdsArticle(c, total) && !unrolledPost(c, total) {
				remove = append(remove, c)
				continue
			}
			walk(c, inArticle || isArticle(c), inTable || c.DataAtom == atom.Table, byName)
		}
	}
	walk(body, false, false, true)
	if holdsProseBeside(body, nil) && !holdsProseBeside(body, remove) {
		// Class names took every paragraph, each in a wrapper of its own
		// (a template whose component prefix is a furniture word, as AEM's
		// "cmp-text" was on a page marking no article): a content page is
		// never empty, so the whole body is read, its furniture told by
		// its tags, roles and words alone (set 79's page was refused).
		remove = nil
		walk(body, false, false, false)
	}
	for _, n := range remove {
		detach(n)
	}
	removeImageCaptions(body, drawn)
	clearTeaserNames(body)
	separateStyledNeighbours(body)
	dropEmptySections(body)
	keepContentAsides(body)
	dropSlugIDs(body)
}

// unwrapDisclosureTriggers replaces each disclosure trigger (see
// disclosureTrigger) by its text, before buttons go as furniture and
// before readability, which drops every button.
func unwrapDisclosureTriggers(root *html.Node) {
	var triggers []*html.Node
	walkElements(root, func(n *html.Node) bool {
		if n.DataAtom == atom.Button && disclosureTrigger(n) {
			triggers = append(triggers, n)
			return false
		}
		return true
	})
	for _, n := range triggers {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			n.RemoveChild(c)
			n.Parent.InsertBefore(c, n)
			c = next
		}
		n.Parent.RemoveChild(n)
	}
}

// disclosureTrigger reports the button that opens an accordion's panel
// inside the panel's heading or summary ("<h3><button
// aria-expanded=false>Recommendation 1 – Speech and language
// therapy</button></h3>"): its text is the heading's, and often the only
// place the section's number or title is given.
func disclosureTrigger(n *html.Node) bool {
	p := n.Parent
	if p == nil {
		return false
	}
	switch p.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Summary:
		return true
	}
	return false
}

// disclosurePanel reports the panel of an accordion or a set of tabs,
// which a page hides until its reader opens it ("accordion__panel",
// "collapse", role tabpanel): part of the text, whatever its state when
// the page was saved.
func disclosurePanel(n *html.Node) bool {
	if attr(n, "role") == "tabpanel" {
		return true
	}
	return hasWord(n, "accordion", "collapse", "collapsible", "expander", "disclosure", "toggle-content", "tabpanel")
}

// openPanels shows the panels of accordions and tabs that the page was
// saved with closed (see disclosurePanel), so that neither the cleaning
// nor readability takes them for hidden furniture.
func openPanels(doc *html.Node) {
	walkElements(doc, func(n *html.Node) bool {
		if (hasAttr(n, "hidden") || attr(n, "aria-hidden") == "true") && disclosurePanel(n) {
			n.Attr = slices.DeleteFunc(n.Attr, func(a html.Attribute) bool { return a.Key == "hidden" || a.Key == "aria-hidden" })
		}
		return true
	})
}

// isFurnitureElement tells furniture by what the element is; byName
// false leaves its class and id names out of it (see cleanPage).
func isFurnitureElement(n *html.Node, inArticle, inTable, byName bool, prefixes map[string]bool) bool {
	if furnitureTags[n.DataAtom] && !proseForm(n) {
		// JSON-LD scripts carry the page's metadata for readability; they
		// hold no text of the article.
		return !(n.DataAtom == atom.Script && strings.Contains(attr(n, "type"), "ld+json"))
	}
	if advertDetails(n) {
		return true
	}
	switch n.DataAtom {
	case atom.Header:
		// The site's header; an article's own header holds its title and
		// standfirst.
		if !inArticle {
			return true
		}
	case atom.Footer:
		return true
	}
	if (hasAttr(n, "hidden") || attr(n, "aria-hidden") == "true") && !disclosurePanel(n) || attr(n, "aria-modal") == "true" {
		return true
	}
	style := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	if strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden") {
		return true
	}
	for _, role := range strings.Fields(strings.ToLower(attr(n, "role"))) {
		if furnitureRoles[role] {
			return true
		}
	}
	if strings.Contains(strings.ToLower(attr(n, "aria-label")+" "+attr(n, "aria-labelledby")), "cookie") {
		return true
	}
	if n.DataAtom == atom.A && strings.HasPrefix(attr(n, "href"), "#") && isFurnitureText(textOf(n)) {
		// Skip links and "Back to top".
		return true
	}
	if byName && hasFurnitureClass(n, prefixes) {
		return true
	}
	if inTable || n.DataAtom == atom.Table {
		// A cell's date or label is data, not furniture.
		return false
	}
	if isLinkList(n) {
		return true
	}
	t, short := shortText(n, 300)
	return short && t != "" && isFurnitureText(t)
}

// holdsProseBeside tells whether root holds a paragraph or list item of
// eight words or more outside the elements of left (those about to be
// removed).
func holdsProseBeside(root *html.Node, left []*html.Node) bool {
	out := map[*html.Node]bool{}
	for _, n := range left {
		out[n] = true
	}
	found := false
	walkElements(root, func(n *html.Node) bool {
		if found || out[n] {
			return false
		}
		if n.DataAtom == atom.P || n.DataAtom == atom.Li {
			if len(strings.Fields(textOf(n))) >= 8 {
				found = true
			}
			return false
		}
		return true
	})
	return found
}

// shortText is n's text when its raw text is under limit bytes: most
// elements hold more, and are not read whole for every ancestor.
func shortText(n *html.Node, limit int) (string, bool) {
	size := 0
	var over func(*html.Node) bool
	over = func(n *html.Node) bool {
		if n.Type == html.TextNode {
			size += len(n.Data)
		}
		for c := n.FirstChild; c != nil && size < limit; c = c.NextSibling {
			over(c)
		}
		return size >= limit
	}
	if over(n) {
		return "", false
	}
	return textOf(n), true
}

// hasFurnitureClass tells furniture by the words of its class and id. A
// name led by one of the page's component prefixes (see componentPrefixes)
// is told by its other words.
func hasFurnitureClass(n *html.Node, prefixes map[string]bool) bool {
	for _, name := range strings.Fields(nameAttrs(n)) {
		prefix := namePrefix(name)
		for _, w := range nameWords(name) {
			if w == "with" {
				// "anchorWithStickyNavbar": what the element is set
				// beside (Docusaurus's headings, offset under a
				// sticky navbar), not what it is.
				break
			}
			if furnitureWords[w] && !(prefixes[prefix] && strings.TrimRight(w, "0123456789") == prefix) && !(teaserWords[w] && ownCallout(n)) {
				return true
			}
		}
	}
	for _, name := range strings.Fields(nameAttrs(n)) {
		name = "-" + strings.ToLower(strings.ReplaceAll(name, "_", "-")) + "-"
		for _, c := range furnitureCompounds {
			if strings.Contains(name, "-"+c+"-") {
				return true
			}
		}
	}
	return false
}

// componentPrefixes are the furniture words that the page's article uses
// as the prefix of its own components' names: Adobe Experience Manager
// names every component "cmp-" ("cmp-container", "cmp-title",
// "cmp-text"), and "cmp" is also a consent manager's word. Three names in
// the article led by the word, one of them on an element that holds half
// the article's text or more, make it the template's namespace; a share
// bar's "share-link", "share-count" and "share-email" wrap none of it, and
// a consent banner's parts sit outside the article. A page that marks no
// article (AEM's own templates often set none: a "cmp-container" in
// layout grids) is read whole for them: a banner's parts hold no half of
// the page's text, and without the prefix every "cmp-text" of the article
// went as a consent manager's, and the page with them (set 79).
func componentPrefixes(root *html.Node) map[string]bool {
	names := map[string]map[string]bool{}
	wraps := map[string]bool{}
	var scopes []*html.Node
	walkElements(root, func(n *html.Node) bool {
		if isArticle(n) {
			scopes = append(scopes, n)
			return false
		}
		return true
	})
	if len(scopes) == 0 {
		scopes = []*html.Node{root}
	}
	for _, n := range scopes {
		total := len(textOf(n))
		walkElements(n, func(c *html.Node) bool {
			for _, name := range strings.Fields(attr(c, "class")) {
				name = strings.ToLower(name)
				p := namePrefix(name)
				if p == name || !furnitureWords[p] {
					continue
				}
				if names[p] == nil {
					names[p] = map[string]bool{}
				}
				names[p][name] = true
				if !wraps[p] && len(textOf(c))*2 >= total {
					wraps[p] = true
				}
			}
			return true
		})
	}
	prefixes := map[string]bool{}
	for p, set := range names {
		if len(set) >= 3 && wraps[p] {
			prefixes[p] = true
		}
	}
	return prefixes
}

// namePrefix is a class name's first word, before a hyphen or an
// underscore, without a version number ("qc-cmp2" is led by "qc").
func namePrefix(name string) string {
	name = strings.ToLower(name)
	if i := strings.IndexAny(name, "-_"); i > 0 {
		name = name[:i]
	}
	return strings.TrimRight(name, "0123456789")
}

// holdsArticle guards the removal of an element that wraps the article: a
// page may wrap everything in a form (ASP.NET), or give its wrapper a class
// naming a sidebar or a banner.
func holdsArticle(n *html.Node, total int) bool {
	if n.DataAtom == atom.Body || n.DataAtom == atom.Html {
		return true
	}
	if n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Template {
		return false
	}
	// A teaser card of another post ("Read more": a few <article> cards of
	// a line each) is no article: one holds a fair share of the page.
	mainArticle := func(c *html.Node) bool { return isArticle(c) && len(textOf(c))*8 >= total }
	if mainArticle(n) || findFirst(n, mainArticle) != nil {
		return true
	}
	l := len(textOf(n))
	if l*2 <= total {
		return false
	}
	// Most of the page's text: the article's wrapper, if it is long, holds
	// the headline, or holds paragraphs of prose.
	prose := 0
	walkElements(n, func(c *html.Node) bool {
		if c.DataAtom == atom.P && len(strings.Fields(textOf(c))) >= 8 {
			prose++
		}
		return c.DataAtom != atom.P
	})
	return l >= 1500 || prose >= 2 || findFirst(n, func(c *html.Node) bool { return c.DataAtom == atom.H1 }) != nil
}

// isArticle is the element holding the page's main text by its markup.
func isArticle(n *html.Node) bool {
	return n.Type == html.ElementNode && (n.DataAtom == atom.Main || n.DataAtom == atom.Article ||
		attr(n, "role") == "main" || attr(n, "itemprop") == "articleBody")
}

// removeFurnitureSections removes each section led by a furniture heading.
// When the heading opens its container (an aside, a section, a div), the
// container goes; otherwise the heading and its following siblings up to the
// next heading of the same or a higher level.
func removeFurnitureSections(root *html.Node, total int) {
	var heads []*html.Node
	walkElements(root, func(n *html.Node) bool {
		if level := headingLevel(n); level > 0 && furnitureHeadingRe.MatchString(textOf(n)) {
			heads = append(heads, n)
			return false
		}
		return true
	})
	for _, h := range heads {
		if h.Parent == nil {
			continue // already removed with an earlier section
		}
		// A heading set in wrappers of its own ("TopicListHeading")
		// opens the wrapper's parent.
		head, text := h, textOf(h)
		for p := head.Parent; p != nil && p.DataAtom != atom.Body && !isArticle(p) && firstElement(p) == head && textOf(p) == text; p = p.Parent {
			head = p
		}
		level := headingLevel(h)
		if contactHeadingRe.MatchString(text) && sectionHoldsEvidence(head, level) {
			continue // the sentences give way one by one (extract's contact class)
		}
		if contentsOverProse(head, level) {
			detach(head) // the heading only: its sections are the text
			continue
		}
		if p := head.Parent; firstElement(p) == head && p.DataAtom != atom.Body && !holdsArticle(p, total) && !isArticle(p) {
			detach(p)
			continue
		}
		next := head.NextSibling
		detach(head)
		for n := next; n != nil; {
			if n.Type == html.ElementNode && findFirst(n, func(c *html.Node) bool { l := headingLevel(c); return l > 0 && l <= level }) != nil {
				break
			}
			following := n.NextSibling
			if n.Type == html.ElementNode && holdsArticle(n, total) {
				break
			}
			detach(n)
			n = following
		}
	}
}

// dropSlugIDs removes ids made from an element's own words
// ("background-and-contact", "social-media-and-young-people"): readability
// weighs ids as template names, and removes a heading or section whose id
// happens to hold "contact", "media" or "social". Template ids are short.
// Furniture has been removed by now, and footnote links resolved.
func dropSlugIDs(root *html.Node) {
	walkElements(root, func(n *html.Node) bool {
		for i, a := range n.Attr {
			if a.Key == "id" && strings.Count(a.Val, "-")+strings.Count(a.Val, "_") >= 2 {
				n.Attr = append(n.Attr[:i], n.Attr[i+1:]...)
				break
			}
		}
		return true
	})
}

// dropHeadingSlugIDs removes an id made from the element's own heading
// ("statisticians-comment" on a section headed "2. Statistician's
// comment"): it names the section's subject, not a part of the template,
// and a subject can hold a furniture word (comment, share, related). An
// id made from a heading that is furniture itself ("Share this release")
// stays. A heading's one-word id ("respond" on "How to respond", the
// page's contents linking to it) is one of its own words too, where a
// template's id on a wrapper ("respond" around a comment form) is not.
func dropHeadingSlugIDs(root *html.Node) {
	walkElements(root, func(n *html.Node) bool {
		id := attr(n, "id")
		if strings.Count(id, "-")+strings.Count(id, "_") == 0 && (headingLevel(n) == 0 || len(id) < 4) {
			return true
		}
		h := n
		for depth := 0; h != nil && headingLevel(h) == 0 && depth < 3; depth++ {
			h = firstElement(h)
		}
		if h == nil || headingLevel(h) == 0 {
			return true
		}
		if t := textOf(h); strings.Contains(slugForm(t), slugForm(id)) && !furnitureHeadingRe.MatchString(t) && !isFurnitureText(t) {
			n.Attr = dropAttrs(n.Attr, "id")
		}
		return true
	})
}

// slugForm is s's letters and digits, lower case.
func slugForm(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// removeImageCaptions removes the captions of photographs and drawn
// charts: a caption describes a picture (and often credits it), or titles a
// chart whose figures the text states; it is not a finding. A figure
// without an image or a drawing (a chart drawn as a table) keeps its
// caption. drawn are the figures that held a drawing before the furniture
// tags went.
func removeImageCaptions(root *html.Node, drawn map[*html.Node]bool) {
	var caps []*html.Node
	walkElements(root, func(n *html.Node) bool {
		if n.DataAtom != atom.Figure && imageCaption(n) {
			// A caption set in a paragraph or a div beside its picture
			// ("<p class="image-caption">"), as templates without a
			// figure element do.
			caps = append(caps, n)
			return false
		}
		if n.DataAtom != atom.Figure {
			if c := unlabelledCaption(n); c != nil {
				caps = append(caps, c)
			}
			return true
		}
		img := findFirst(n, func(c *html.Node) bool { return c.DataAtom == atom.Img || c.DataAtom == atom.Picture })
		table := findFirst(n, func(c *html.Node) bool { return c.DataAtom == atom.Table })
		if (img != nil || drawn[n]) && table == nil {
			walkElements(n, func(c *html.Node) bool {
				if c.DataAtom == atom.Figcaption {
					caps = append(caps, c)
					return false
				}
				return true
			})
		}
		return true
	})
	for _, c := range caps {
		detach(c)
	}
}

// drawingFigures are the <figure> elements holding a drawing: an SVG, a
// canvas, an embedded object or an element whose role is "img", as
// charting libraries draw a chart.
func drawingFigures(root *html.Node) map[*html.Node]bool {
	drawn := map[*html.Node]bool{}
	walkElements(root, func(n *html.Node) bool {
		if n.DataAtom != atom.Figure {
			return true
		}
		if findFirst(n, func(c *html.Node) bool {
			switch c.DataAtom {
			case atom.Svg, atom.Canvas, atom.Object, atom.Embed, atom.Iframe:
				return true
			}
			return attr(c, "role") == "img"
		}) != nil {
			drawn[n] = true
		}
		return true
	})
	return drawn
}

// captionEndRe ends a sentence or a label: a caption has no such end.
var captionEndRe = lazyre.New(`[.!?:;]["'’”)]*$`)

// unlabelledCaption is the caption a site builder sets in its own text
// block straight after a block holding only a picture, with no class to
// say so (Wix's rich-text element under its image element): a short block
// with no sentence's end and no number but a year ("Young carers at our
// summer trip to Hollin Bay, August 2024"). Nil when the element after n
// is no such block.
func unlabelledCaption(n *html.Node) *html.Node {
	if n.DataAtom == atom.Table || n.DataAtom == atom.A || textOf(n) != "" ||
		findFirst(n, func(c *html.Node) bool { return c.DataAtom == atom.Img || c.DataAtom == atom.Picture }) == nil {
		return nil
	}
	next := n.NextSibling
	for next != nil && (next.Type != html.ElementNode) {
		if next.Type == html.TextNode && strings.TrimSpace(next.Data) != "" {
			return nil
		}
		next = next.NextSibling
	}
	if next == nil || isHeadingElement(next) || findFirst(next, func(c *html.Node) bool {
		return isHeadingElement(c) || c.DataAtom == atom.Img || c.DataAtom == atom.Table || c.DataAtom == atom.Ul || c.DataAtom == atom.Ol || c.DataAtom == atom.Form
	}) != nil {
		return nil
	}
	t := textOf(next)
	if words := len(strings.Fields(t)); words < 3 || words > 16 || !isBlockElement(next) || captionEndRe.MatchString(t) ||
		strings.ContainsAny(t, "%£") || strings.ContainsAny(captionYearRe.ReplaceAllString(t, ""), "0123456789") {
		// A key fact beside its icon ("1,148 families supported") is
		// the page's: a caption's only number is the year it was taken.
		return nil
	}
	return next
}

// captionYearRe is a year in a caption ("August 2024").
var captionYearRe = lazyre.New(`\b(?:19|20)\d\d\b`)

func isHeadingElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// keepContentAsides turns an aside inside the article that holds prose (a
// "key facts" box) into a div: readability drops every aside, and such a
// box states the report's findings. Furniture asides are gone by now.
func keepContentAsides(root *html.Node) {
	walkElements(root, func(n *html.Node) bool {
		if n.DataAtom == atom.Aside && insideArticle(n) && len(strings.Fields(textOf(n))) >= 8 {
			n.DataAtom, n.Data = atom.Div, "div"
		}
		return true
	})
}

func insideArticle(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if isArticle(p) {
			return true
		}
	}
	return false
}

// headingLevel is 1-6 for h1-h6, 0 otherwise.
func headingLevel(n *html.Node) int {
	if n.Type != html.ElementNode {
		return 0
	}
	switch n.DataAtom {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// classWords splits an element's class, id and component names
// (data-component, data-testid, data-module) into lower-case words, each
// whole compound too ("skip-link" gives skip-link, skip and link).
func classWords(n *html.Node) []string {
	var words []string
	for _, name := range strings.Fields(nameAttrs(n)) {
		words = append(words, nameWords(name)...)
	}
	return words
}

// nameWords splits one class, id or component name into lower-case words,
// the whole name first (see classWords).
func nameWords(name string) []string {
	var words []string
	words = append(words, strings.ToLower(name))
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	prevLower := false
	for _, r := range name {
		switch {
		case r == '-' || r == '_' || r == ':' || r == '.':
			flush()
			prevLower = false
			continue
		case r >= 'A' && r <= 'Z' && prevLower:
			flush()
		}
		cur = append(cur, r)
		prevLower = r >= 'a' && r <= 'z'
	}
	flush()
	for i, w := range words {
		// BEM modifiers and elements: "gem-c-cookie-banner__message".
		words[i] = strings.Trim(w, "_-")
	}
	for _, w := range words {
		// A version number after a word: "qc-cmp2-container" (a
		// consent manager's second version) is a "cmp".
		if t := strings.TrimRight(w, "0123456789"); t != w && len(t) > 1 {
			words = append(words, t)
		}
	}
	return words
}

// nameAttrs are the attributes templates name their parts with
// (data-automation-id: SharePoint; data-gu-name: the Guardian;
// data-component-name: Substack).
func nameAttrs(n *html.Node) string {
	return attr(n, "class") + " " + attr(n, "id") + " " + attr(n, "data-component") + " " +
		attr(n, "data-testid") + " " + attr(n, "data-module") + " " + attr(n, "data-automation-id") + " " +
		attr(n, "data-gu-name") + " " + attr(n, "data-component-name")
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func detach(n *html.Node) {
	if n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
}

func firstElement(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return nil
		}
	}
	return nil
}

// findFirst is the first element under n (n included) that ok accepts.
func findFirst(n *html.Node, ok func(*html.Node) bool) *html.Node {
	if n.Type == html.ElementNode && ok(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findFirst(c, ok); f != nil {
			return f
		}
	}
	return nil
}

// walkElements visits the elements under root in document order; visit
// returns false to skip an element's children.
func walkElements(root *html.Node, visit func(*html.Node) bool) {
	for c := root.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if !visit(c) {
				continue
			}
		}
		walkElements(c, visit)
	}
}

// textOf is the visible text under n, white space folded.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Template):
			return
		case n.Type == html.ElementNode && n.DataAtom == atom.Br:
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && isBlockElement(n) {
			b.WriteByte(' ')
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

var blockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Table: true,
	atom.Tr: true, atom.Td: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Th: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Section: true, atom.Article: true,
	atom.Aside: true, atom.Blockquote: true, atom.Figure: true, atom.Figcaption: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Header: true, atom.Footer: true,
	atom.Main: true, atom.Caption: true, atom.Pre: true, atom.Address: true, atom.Details: true,
	atom.Summary: true,
	// A newsletter's layout centres its whole body in a <center> (Mailchimp's
	// template): read as inline, every paragraph under it ran into one.
	atom.Center: true,
}

func isBlockElement(n *html.Node) bool { return blockAtoms[n.DataAtom] }

// pullQuoteAskRe is a pull quote's words of asking: "should", "must",
// "need to", "We are asking the Government to", "call on".
var pullQuoteAskRe = lazyre.New(`(?i)\b(?:should|must|needs?\s+to|asking|calls?\s+on|calling\s+on|urge|urging)\b`)

// pullQuoteNumberRe is a number in words, as a pull quote restating a
// finding gives it: "one child in three", "half of all families".
var pullQuoteNumberRe = lazyre.New(`(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|half|third|quarter|twice|double|treble|per\s*cent)\b`)

// keepAskingPullQuotes keeps the pull quotes that ask something the
// article says nowhere else: a pull quote is furniture when it repeats
// the article (most do, often in other words), but a quoted ask of its
// own ("We are asking the Government to fund a workforce plan", signed)
// is the page's ask. Such a quote has no figure, and no paragraph of the
// article holds most of its words; its signature goes, and its class
// no longer marks it as furniture.
func keepAskingPullQuotes(body *html.Node) {
	var quotes []*html.Node
	walkElements(body, func(n *html.Node) bool {
		if isPullQuote(n) {
			quotes = append(quotes, n)
			return false
		}
		return true
	})
	for _, q := range quotes {
		t := strings.TrimSpace(textOf(withoutCites(q)))
		if t == "" || strings.ContainsAny(t, "0123456789%") || pullQuoteNumberRe.MatchString(t) || !pullQuoteAskRe.MatchString(t) || repeatsArticle(body, q, t) {
			continue
		}
		if c := findFirst(q, func(n *html.Node) bool { return n.DataAtom == atom.Cite }); c != nil {
			detach(c)
		}
		for i, a := range q.Attr {
			if a.Key == "class" || a.Key == "id" {
				q.Attr[i].Val = ""
			}
		}
		if q.DataAtom == atom.Aside {
			q.DataAtom, q.Data = atom.Div, "div" // readability drops every aside
		}
	}
}

// keepBookTextboxes keeps a web book's text boxes (Pressbooks' "textbox",
// "textbox shaded textbox--sidebar"): the chapter's own words set in a
// box, a finding or the key points, never the site's chrome, though the
// theme names the box's place a sidebar. Before (set 73), "sidebar" in
// the class dropped the box and its figure.
func keepBookTextboxes(body *html.Node) {
	walkElements(body, func(n *html.Node) bool {
		if n.DataAtom != atom.Div && n.DataAtom != atom.Aside {
			return true
		}
		box := false
		for _, name := range strings.Fields(attr(n, "class")) {
			if l := strings.ToLower(name); l == "textbox" || strings.HasPrefix(l, "textbox--") {
				box = true
			}
		}
		if !box {
			return true
		}
		for i, a := range n.Attr {
			if a.Key == "class" {
				n.Attr[i].Val = "textbox"
			}
		}
		if n.DataAtom == atom.Aside {
			n.DataAtom, n.Data = atom.Div, "div"
		}
		textboxTitleAsHeading(n)
		return true
	})
}

// textboxTitleAsHeading makes a text box's title, set in a header at the
// box's top ("<header class="textbox__header"><p>Key points</p></header>"),
// the box's heading: a short line with no sentence's close. Before, the
// header read as the site's and the box's title was lost.
func textboxTitleAsHeading(box *html.Node) {
	c := box.FirstChild
	for c != nil && c.Type != html.ElementNode {
		c = c.NextSibling
	}
	if c == nil || c.DataAtom != atom.Header || findFirst(c, func(n *html.Node) bool { return headingLevel(n) > 0 }) != nil {
		return
	}
	t := strings.Join(strings.Fields(textOf(c)), " ")
	if t == "" || len(strings.Fields(t)) > 12 || strings.ContainsAny(t[len(t)-1:], ".,;") {
		return
	}
	for k := c.FirstChild; k != nil; k = c.FirstChild {
		c.RemoveChild(k)
	}
	c.AppendChild(&html.Node{Type: html.TextNode, Data: t})
	c.DataAtom, c.Data, c.Attr = atom.H3, "h3", nil
}

// isPullQuote tells a pull quote by its class: "pullquote",
// "wp-block-pullquote", "pull-quote", "c-pullout".
func isPullQuote(n *html.Node) bool {
	for _, w := range classWords(n) {
		if w == "pullquote" || w == "pullout" {
			return true
		}
	}
	for _, name := range strings.Fields(nameAttrs(n)) {
		name = "-" + strings.ToLower(strings.ReplaceAll(name, "_", "-")) + "-"
		if strings.Contains(name, "-pull-quote-") || strings.Contains(name, "-blockquote-alt-") {
			return true
		}
	}
	return false
}

// withoutCites is a copy of n with its <cite> elements left out.
func withoutCites(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data}
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		if k.Type == html.ElementNode && k.DataAtom == atom.Cite {
			continue
		}
		c.AppendChild(withoutCites(k))
	}
	return c
}

// repeatsArticle reports a pull quote whose words (of four letters or
// more) are mostly, two in three, in one paragraph, list item or quote of
// the page outside it.
func repeatsArticle(body, q *html.Node, t string) bool {
	return len(contentWords(t)) == 0 || paragraphRepeats(body, q, t, func(_ string, shared, total int) bool { return 3*shared >= 2*total })
}

// paragraphRepeats reports a paragraph, list item, quote or cell of the
// page outside q for which same holds, given its text and how many of
// t's words (of four letters or more) it shares, of how many; t with no
// such words repeats none.
func paragraphRepeats(body, q *html.Node, t string, same func(text string, shared, total int) bool) bool {
	words := contentWords(t)
	if len(words) == 0 {
		return false
	}
	found := false
	walkElements(body, func(n *html.Node) bool {
		if n == q || found {
			return false
		}
		if n.DataAtom != atom.P && n.DataAtom != atom.Li && n.DataAtom != atom.Blockquote && n.DataAtom != atom.Td {
			return true
		}
		text := textOf(n)
		other := contentWords(text)
		shared := 0
		for w := range words {
			if other[w] {
				shared++
			}
		}
		found = same(text, shared, len(words))
		return false
	})
	return found
}

// contentWords are the lower-case words of t of four letters or more.
func contentWords(t string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) >= 4 {
			out[w] = true
		}
	}
	return out
}

// imageCaption: an element whose class names a caption ("image-caption",
// "wp-caption-text", "caption"), or that schema.org marks as the
// picture's caption (itemprop="caption": AEM's "cmp-image__title"),
// beside a picture: its parent holds an image and no table, so a table's
// caption is never taken.
func imageCaption(n *html.Node) bool {
	if n.DataAtom == atom.Caption || n.DataAtom == atom.Table || n.Parent == nil {
		return false
	}
	caption := attr(n, "itemprop") == "caption"
	for _, w := range classWords(n) {
		if w == "caption" || w == "figcaption" {
			caption = true
		}
	}
	if !caption {
		return false
	}
	p := n.Parent
	img := findFirst(p, func(c *html.Node) bool { return c.DataAtom == atom.Img || c.DataAtom == atom.Picture })
	table := findFirst(p, func(c *html.Node) bool { return c.DataAtom == atom.Table })
	return img != nil && table == nil && !captionedProse(n)
}
