package library

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cypx/cypx/internal/evidence"
)

// pageInfo is what a page says about itself, read before its furniture
// goes (the byline and the GOV.UK "From:" line are furniture).
type pageInfo struct {
	meta      map[string]string // meta tags by lower-case name, property or itemprop
	govuk     bool
	publisher string // the GOV.UK department, or a publisher meta tag
	author    string // one person, from the byline or the author meta tag
	date      evidence.Date
	title     string // <title>, for its " | Site" suffix
}

// readPageInfo reads the page's meta tags, its GOV.UK organisation and
// dates, and its byline.
func readPageInfo(doc *html.Node) pageInfo {
	info := pageInfo{meta: map[string]string{}}
	walkElements(doc, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Meta:
			key := strings.ToLower(firstNonEmpty(attr(n, "name"), attr(n, "property"), attr(n, "itemprop")))
			if v := strings.TrimSpace(attr(n, "content")); key != "" && v != "" && info.meta[key] == "" {
				info.meta[key] = v
			}
		case atom.Title:
			if info.title == "" {
				info.title = textOf(n)
			}
		}
		return true
	})
	m := info.meta
	info.govuk = m["govuk:format"] != "" || m["govuk:primary-publishing-organisation"] != "" ||
		m["govuk:organisations"] != "" || strings.HasSuffix(info.title, " - GOV.UK") || m["og:site_name"] == "GOV.UK"
	if info.govuk {
		info.publisher = firstNonEmpty(m["govuk:primary-publishing-organisation"], govukOrganisations(m["govuk:organisations"]), govukFrom(doc))
		info.date = isoDate(m["govuk:first-published-at"])
	} else {
		info.publisher = firstNonEmpty(m["dc.publisher"], m["dcterms.publisher"], m["citation_publisher"], m["publisher"])
		if strings.Contains(info.publisher, "://") {
			info.publisher = ""
		}
		info.author = pageAuthor(doc, m)
	}
	if info.date.IsZero() {
		info.date = firstDate(isoDate(m["article:published_time"]), isoDate(m["datepublished"]),
			isoDate(m["dc.date.issued"]), isoDate(m["dcterms.issued"]), isoDate(m["dc.date"]),
			isoDate(m["citation_publication_date"]), isoDate(m["date"]))
	}
	return info
}

// pageDate finds a date the page prints when its metadata has none: the
// first <time datetime> of the article, else a "Published 5 March 2024"
// line (or, last, "Page last reviewed: ...", as NHS sites print).
func pageDate(doc *html.Node) evidence.Date {
	var d evidence.Date
	walkElements(doc, func(n *html.Node) bool {
		if !d.IsZero() || inFurnitureThread(n) {
			return false
		}
		if n.DataAtom == atom.Time {
			d = isoDate(attr(n, "datetime"))
			if d.IsZero() {
				d = textDate(textOf(n))
			}
		}
		return true
	})
	if !d.IsZero() {
		return d
	}
	for _, re := range []*regexp.Regexp{publishedRe, reviewedRe} {
		walkElements(doc, func(n *html.Node) bool {
			if !d.IsZero() {
				return false
			}
			if t := textOf(n); len(t) < 120 {
				if m := re.FindStringSubmatch(t); m != nil {
					d = textDate(m[1])
				}
				return false
			}
			return true
		})
		if !d.IsZero() {
			return d
		}
	}
	return d
}

var (
	publishedRe = regexp.MustCompile(`(?i)^(?:date )?(?:first )?(?:published|posted|issued)(?: on)?:? (` + dateExpr + `)`)
	reviewedRe  = regexp.MustCompile(`(?i)^(?:page )?(?:last (?:reviewed|updated)|updated)(?: on)?:? (` + dateExpr + `)`)
	angleCodeRe = regexp.MustCompile(`<[^>]*>`)
	isoDateRe   = regexp.MustCompile(`^(\d{4})-(\d{2})(?:-(\d{2}))?`)
	textDateRe  = regexp.MustCompile(`(?i)(?:(\d{1,2})(?:st|nd|rd|th)? )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,? (\d{4})|(\d{1,2})[/.](\d{1,2})[/.](\d{4})|(\d{4}-\d{2}-\d{2})`)
)

var monthNumbers = map[string]string{"jan": "01", "feb": "02", "mar": "03", "apr": "04", "may": "05", "jun": "06",
	"jul": "07", "aug": "08", "sep": "09", "oct": "10", "nov": "11", "dec": "12"}

// isoDate reads the date part of an ISO 8601 time as written: the page's
// own day, not the day in UTC.
func isoDate(s string) evidence.Date {
	m := isoDateRe.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return evidence.Date{}
	}
	v := m[1] + "-" + m[2]
	if m[3] != "" {
		v += "-" + m[3]
	}
	d, _ := evidence.ParseDate(v)
	return d
}

// textDate reads "5 March 2024", "March 2024", "05/03/2024" (day first, as
// in the UK) or "2024-03-05".
func textDate(s string) evidence.Date {
	m := textDateRe.FindStringSubmatch(s)
	var v string
	switch {
	case m == nil:
		return evidence.Date{}
	case m[7] != "":
		return isoDate(m[7])
	case m[6] != "":
		v = m[6] + "-" + pad2(m[5]) + "-" + pad2(m[4])
	default:
		v = m[3] + "-" + monthNumbers[strings.ToLower(m[2])]
		if m[1] != "" {
			v += "-" + pad2(m[1])
		}
	}
	d, err := evidence.ParseDate(v)
	if err != nil {
		return evidence.Date{}
	}
	return d
}

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

func firstDate(ds ...evidence.Date) evidence.Date {
	for _, d := range ds {
		if !d.IsZero() {
			return d
		}
	}
	return evidence.Date{}
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// govukOrganisations reads govuk:organisations, which holds names or, on
// most pages, only codes in angle brackets ("<D6><EA74>").
func govukOrganisations(s string) string {
	s = angleCodeRe.ReplaceAllString(s, "")
	name, _, _ := strings.Cut(s, ",")
	return strings.TrimSpace(name)
}

// govukFrom is the first organisation of a GOV.UK page's "From:" line: a
// link into /government/organisations/.
func govukFrom(doc *html.Node) string {
	a := findFirst(doc, func(n *html.Node) bool {
		return n.DataAtom == atom.A && strings.Contains(attr(n, "href"), "/government/organisations/")
	})
	if a == nil {
		return ""
	}
	return textOf(a)
}

// pageAuthor is the article's one author, from its byline (marked by rel,
// itemprop or class) or the author meta tag; several authors, an
// organisation or a comment's author give none.
func pageAuthor(doc *html.Node, meta map[string]string) string {
	var found string
	walkElements(doc, func(n *html.Node) bool {
		if found != "" || inFurnitureThread(n) {
			return false
		}
		if attr(n, "rel") == "author" || strings.Contains(attr(n, "itemprop"), "author") || hasWord(n, "byline", "author", "author-name", "authors") {
			if nameEl := findFirst(n, func(c *html.Node) bool {
				return attr(c, "itemprop") == "name" || attr(c, "rel") == "author" || hasWord(c, "author-name", "name", "fn")
			}); nameEl != nil && nameEl != n {
				found = textOf(nameEl)
			} else {
				found = textOf(n)
			}
			if m := bylineRe.FindStringSubmatch(found); m != nil {
				found = m[1]
			}
			if !isPersonName(found) {
				found = ""
			}
			return false
		}
		return true
	})
	if found == "" {
		if a := meta["author"]; isPersonName(a) {
			found = a
		}
	}
	return found
}

// hasWord: one of the element's class or id words is one of words.
func hasWord(n *html.Node, words ...string) bool {
	for _, w := range classWords(n) {
		for _, x := range words {
			if w == x {
				return true
			}
		}
	}
	return false
}

// inFurnitureThread: n is (inside) a comment thread or a related-content
// list, whose bylines and dates are not the article's.
func inFurnitureThread(n *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && hasWord(p, "comment", "comments", "respond", "disqus", "related", "relatedposts",
			"teaser", "teasers", "promo", "popular", "mostread", "most-read", "recirculation", "sidebar") {
			return true
		}
	}
	return false
}

var (
	personNameRe = regexp.MustCompile(`^(?:(?:Dr|Prof|Professor|Sir|Dame|Mr|Mrs|Ms|Miss|Mx|Lord|Lady|Baroness)\.? )?` + `\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|di|le|la|bin|al)){1,3}$`)
	orgWordRe    = regexp.MustCompile(`(?i)\b(?:nhs|trust|council|department|ministry|office|foundation|institute|commission|commissioner|confederation|providers|alliance|society|college|association|partnership|board|icb|network|charity|centre|center|agency|ltd|limited|plc|group|services?|health|university|fund|federation|coalition|team|news|press|media|editor|staff|admin|government|gov\.uk|bureau|unit|club|trust's|hospital|hospitals|care|england|uk)\b`)
)

// isPersonName: two to four capitalised words, not an organisation's name.
func isPersonName(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) <= 60 && personNameRe.MatchString(s) && !orgWordRe.MatchString(s)
}

// trimSiteSuffix cuts the " - GOV.UK" and " | Site" ends of page titles.
func trimSiteSuffix(title string, sites ...string) string {
	title = strings.TrimSpace(title)
	for _, site := range append(sites, "GOV.UK") {
		site = strings.TrimSpace(site)
		if site == "" {
			continue
		}
		for _, sep := range []string{" | ", " - ", " – ", " — ", " : ", " :: ", " » "} {
			title = strings.TrimSpace(strings.TrimSuffix(title, sep+site))
		}
	}
	return title
}
