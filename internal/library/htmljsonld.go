package library

import (
	"encoding/json"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Pages that want search engines to show a headline, a date and a
// publisher describe themselves in schema.org JSON-LD: news sites, Yoast
// and other WordPress plugins, Drupal's metatag module, Substack, the BBC
// and the Guardian all do. It is the most deliberate metadata a page
// carries, so it is read first.

// ldNode is one schema.org object of a page's JSON-LD.
type ldNode map[string]any

// ldFacts is what a page's JSON-LD says about its main work.
type ldFacts struct {
	headline, published, modified string
	publisher                     string
	// authors are the persons named as authors; organisations are left
	// out (they are the publisher, not a byline).
	authors []string
}

// articleTypes are the schema.org types of a written work, in the order a
// page's main work is looked for: an article or report first, then the
// web page that holds it.
var articleTypes = wordSet("Article NewsArticle ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle BackgroundNewsArticle " +
	"ReviewNewsArticle AskPublicNewsArticle BlogPosting LiveBlogPosting SocialMediaPosting DiscussionForumPosting " +
	"ScholarlyArticle MedicalScholarlyArticle TechArticle Report Thesis Chapter Book PublicationIssue Dataset")

var pageTypes = wordSet("WebPage ItemPage AboutPage CollectionPage MedicalWebPage FAQPage QAPage SearchResultsPage ProfilePage")

// readJSONLD reads every JSON-LD script of the page, then its microdata
// items. A script that does not parse is skipped: a page's broken metadata
// is no reason to refuse it.
func readJSONLD(doc *html.Node) ldFacts {
	var nodes []ldNode
	walkElements(doc, func(n *html.Node) bool {
		if n.DataAtom == atom.Script && strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
			nodes = append(nodes, parseLD(textContent(n))...)
			return false
		}
		return true
	})
	nodes = append(nodes, microdataNodes(doc)...)
	byID := map[string]ldNode{}
	for _, n := range nodes {
		if id, ok := n["@id"].(string); ok && id != "" && len(n) > 1 {
			byID[id] = n
		}
	}
	main := firstOfType(nodes, articleTypes)
	if main == nil {
		main = firstOfType(nodes, pageTypes)
	}
	if main == nil {
		return eventFacts(nodes, byID)
	}
	f := ldFacts{
		headline:  ldString(main["headline"]),
		published: firstNonEmpty(ldString(main["datePublished"]), ldString(main["dateCreated"])),
		modified:  ldString(main["dateModified"]),
	}
	if f.headline == "" && hasType(main, articleTypes) {
		f.headline = ldString(main["name"])
	}
	// The publisher of the work, else of the site the page is part of
	// (Yoast's graph names it on the WebSite node).
	for _, holder := range []ldNode{main, resolve(main["isPartOf"], byID), firstOfType(nodes, wordSet("WebSite"))} {
		if holder == nil {
			continue
		}
		// sourceOrganization is the body the work speaks for: a release
		// on a newswire's page names the wire as its publisher.
		if p := ldNames(firstNonNil(holder["sourceOrganization"], holder["publisher"]), byID); p != "" {
			f.publisher = p
			break
		}
	}
	if f.publisher == "" {
		// A dataset or report made by an organisation names it as its
		// creator: "creator": {"@type": "Organization", "name": "NHS England"};
		// a report a body writes as a whole (a council's annual report on a
		// flipbook host, whose page has no publisher of its own) names it
		// as its author. An organisation that writes a work publishes it.
		for _, c := range append(ldList(main["creator"]), ldList(main["author"])...) {
			if n := resolve(c, byID); n != nil && hasType(n, orgTypes) {
				f.publisher = ldString(n["name"])
				break
			}
		}
	}
	for _, a := range ldList(main["author"]) {
		n := resolve(a, byID)
		if n == nil {
			// A plain string is read by the author tag's rule, as a
			// person's name is (pageAuthor): "By Jane Smith | 4 May
			// 2024" is Jane Smith. A string naming no person (a body)
			// is left out, as an organisation is. Before, only a
			// string that was a bare person's name was read (hostile
			// check 50).
			if s, ok := a.(string); ok {
				if s = ldString(s); tagAuthorsOf(s) != "" {
					f.authors = append(f.authors, s)
				}
			}
			continue
		}
		if hasType(n, orgTypes) {
			continue
		}
		f.authors = append(f.authors, personNames(n)...)
	}
	return f
}

// tagAuthorsOf is the author an author tag holding v gives (tagAuthors).
func tagAuthorsOf(v string) string {
	a, _ := tagAuthors(v)
	return a
}

// personNames are the names a schema.org person gives: each of its
// names, where it lists several ("name": ["Jane Smith", "Bob Lee"]), or
// its given and family names where it has no name. Before, only the
// first of a list was read, and a person written by given and family
// name gave none (hostile check 50).
func personNames(n ldNode) []string {
	var names []string
	for _, v := range ldList(n["name"]) {
		if name := ldString(v); name != "" {
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		given, family := ldString(n["givenName"]), ldString(n["familyName"])
		if name := strings.TrimSpace(given + " " + family); family != "" {
			names = append(names, name)
		}
	}
	return names
}

// orgTypes are the schema.org types of an organisation.
var orgTypes = wordSet("Organization NewsMediaOrganization GovernmentOrganization NGO Corporation")

// parseLD reads one script: an object, an array of objects, or an object
// holding a @graph.
func parseLD(s string) []ldNode {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(strings.TrimPrefix(s, "<!--"), "-->")
	s = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(s), "//<![CDATA["), "//]]>")
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(s)), &v) != nil {
		return nil
	}
	var out []ldNode
	var add func(v any, depth int)
	add = func(v any, depth int) {
		if depth > 3 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				add(e, depth+1)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				add(g, depth+1)
			}
			if _, ok := x["@type"]; ok {
				out = append(out, ldNode(x))
			}
		}
	}
	add(v, 0)
	return out
}

// typeName is a schema.org type without its vocabulary prefix.
func typeName(s string) string {
	for _, p := range []string{"https://schema.org/", "http://schema.org/", "schema:"} {
		s = strings.TrimPrefix(s, p)
	}
	return s
}

func hasType(n ldNode, types map[string]bool) bool {
	for _, t := range ldList(n["@type"]) {
		if s, ok := t.(string); ok && types[typeName(s)] {
			return true
		}
	}
	return false
}

func firstOfType(nodes []ldNode, types map[string]bool) ldNode {
	for _, n := range nodes {
		if hasType(n, types) {
			return n
		}
	}
	return nil
}

// resolve is the object v names: v itself, or the graph's node with its @id.
func resolve(v any, byID map[string]ldNode) ldNode {
	if l := ldList(v); len(l) > 0 {
		v = l[0]
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil
	}
	if id, ok := m["@id"].(string); ok && m["name"] == nil {
		if full := byID[id]; full != nil {
			return full
		}
	}
	return ldNode(m)
}

// ldName is the name of the organisation or person v names; a URL is not a
// name.
// ldNames is the name of each publisher a list gives, joined as a
// citation writes them ("Ofsted and Care Quality Commission"): a joint
// report's schema.org publisher is a list of both.
func ldNames(v any, byID map[string]ldNode) string {
	l, ok := v.([]any)
	if !ok || len(l) < 2 {
		return ldName(v, byID)
	}
	var names []string
	for _, x := range l {
		if n := resolve(x, byID); n != nil && hasType(n, wordSet("Person")) {
			continue // a writer listed beside the body is no publisher
		}
		if n := ldName(x, byID); n != "" && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	return joinNames(names)
}

func ldName(v any, byID map[string]ldNode) string {
	if s, ok := v.(string); ok {
		if strings.Contains(s, "://") {
			return ""
		}
		return strings.TrimSpace(s)
	}
	if n := resolve(v, byID); n != nil {
		return ldString(n["name"])
	}
	return ""
}

// ldString is a text value: a string, or the first of a list, or an
// object's @value.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.Join(strings.Fields(html.UnescapeString(x)), " ")
	case []any:
		if len(x) > 0 {
			return ldString(x[0])
		}
	case map[string]any:
		return ldString(x["@value"])
	}
	return ""
}

func ldList(v any) []any {
	switch x := v.(type) {
	case nil:
		return nil
	case []any:
		return x
	default:
		return []any{x}
	}
}

func firstNonNil(vs ...any) any {
	for _, v := range vs {
		if v != nil {
			return v
		}
	}
	return nil
}

// textContent is the raw text of an element (a script's source).
func textContent(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}
