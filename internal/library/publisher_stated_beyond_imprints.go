package library

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// Where a document states who published it, beyond the "Published by"
// and © lines: rules read from documents that were refused for want of a
// publisher though they named one.

// charityLineRe is a charity's registration line, set on a report's
// cover or last page: "Brightwater Carers is a registered charity in
// England and Wales, number 1234567". The charity names itself as the
// body whose paper this is; a printer or a platform never states it.
var charityLineRe = lazyre.New(`^(?:The\s+)?([A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|the|in|&))*?)\s+is\s+(?:a\s+)?(?:registered\s+charity|charity\s+registered)(?:\s+(?:in|no|number|with)\b|\s*[,.(:]|\s*$)`)

// charityAddressLineRe is a back page's line that opens with the charity's
// name and its address and goes on to its registration: "Brightwater
// Carers, 12 Mill Lane, York YO1 7HH. Helpline 0800 123 4567. Registered
// charity in England and Wales no. 1234567". The name is what comes before
// the first comma; the registration opens a sentence of the same line
// (its number may wrap onto the next), so a sentence that mentions a
// registered charity in passing is none.
var charityAddressLineRe = lazyre.New(`^(?:The\s+)?(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|for|and|the|in|&)){0,6}),\s+[^!?]{0,160}?[.|·]\s+(?:Registered\s+charity|Charity\s+(?:no\.?|number)\s*\d)`)

// charityLineOrg is the body a charity registration line names, or "".
func charityLineOrg(line string) string {
	m := charityLineRe.FindStringSubmatch(strings.TrimSpace(line))
	if m == nil {
		m = charityAddressLineRe.FindStringSubmatch(strings.TrimSpace(line))
	}
	if m == nil {
		return ""
	}
	org := cleanOrg(m[1])
	// A person is no registered charity: a name that reads like one
	// ("Lakeside Young Carers") is the charity's here.
	if org == "" || notPublisher(org) || strings.EqualFold(org, "It") || strings.EqualFold(org, "This") {
		return ""
	}
	return org
}

// presentedByRe is a Command paper's imprint: "Presented to Parliament by
// the Secretary of State for Health and Social Care by Command of His
// Majesty". The paper is its department's; the name of the office may wrap
// onto the next line, so the imprint is read over the page's joined text.
var presentedByRe = lazyre.New(`(?i)presented\s+to\s+parliament\s+by\s+(?:the\s+)?secretary\s+of\s+state\s+for\s+(.{3,80}?)\s+(?:by\s+command|pursuant)\b`)

// secretaryDepartments names the department of each Secretary of State by
// the words after "Secretary of State for". Only offices listed here are
// read: a Command paper from an office not listed stays unnamed rather
// than be given a department the imprint does not spell.
var secretaryDepartments = map[string]string{
	"health and social care":                    "Department of Health and Social Care",
	"education":                                 "Department for Education",
	"work and pensions":                         "Department for Work and Pensions",
	"transport":                                 "Department for Transport",
	"justice":                                   "Ministry of Justice",
	"defence":                                   "Ministry of Defence",
	"the home department":                       "Home Office",
	"culture, media and sport":                  "Department for Culture, Media and Sport",
	"environment, food and rural affairs":       "Department for Environment, Food and Rural Affairs",
	"business and trade":                        "Department for Business and Trade",
	"energy security and net zero":              "Department for Energy Security and Net Zero",
	"science, innovation and technology":        "Department for Science, Innovation and Technology",
	"housing, communities and local government": "Ministry of Housing, Communities and Local Government",
	"levelling up, housing and communities":     "Department for Levelling Up, Housing and Communities",
	"digital, culture, media and sport":         "Department for Digital, Culture, Media and Sport",
}

// presentedByDepartment is the department whose Secretary of State
// presented a Command paper, read from the paper's joined text; "" when
// the text has no such imprint or names an office not known.
func presentedByDepartment(text string) string {
	m := presentedByRe.FindStringSubmatch(strings.Join(strings.Fields(text), " "))
	if m == nil {
		return ""
	}
	return secretaryDepartments[strings.ToLower(strings.TrimSpace(m[1]))]
}

// imprintBody is the publisher a PDF's first and last pages state in a
// charity registration line or a Command paper's imprint, with where it
// was read; empty when they state none.
func imprintBody(l *layout, pageRows [][]*row) (string, string) {
	for i := range l.pages {
		if i >= 3 && i < len(l.pages)-3 {
			continue
		}
		var lines []string
		for _, r := range pageRows[i] {
			t := r.text()
			lines = append(lines, t)
			if org := charityLineOrg(t); org != "" {
				return org, "the charity registration line"
			}
		}
		if dept := presentedByDepartment(strings.Join(lines, " ")); dept != "" {
			return dept, `the "Presented to Parliament by" imprint`
		}
	}
	return "", ""
}

// bulkMail reports a message sent to a list rather than to a person: it
// carries a List-Unsubscribe or List-Id header, or Precedence: bulk (or
// list).
func bulkMail(unsubscribe, listID, precedence string) bool {
	p := strings.ToLower(strings.TrimSpace(precedence))
	return strings.TrimSpace(unsubscribe) != "" || strings.TrimSpace(listID) != "" || p == "bulk" || p == "list"
}

// officeHolderRe is a sender's display name that carries an elected
// office: "Priya Nair MP", "Cllr Tom Reed", "Councillor Ann Bell", "Sam
// Lowe MSP". A representative's newsletter is published by the
// representative, under the name as they send it.
var officeHolderRe = lazyre.New(`^(?:(?:Cllr\.?|Councillor)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}\s+(?:MP|MSP|MS|MLA|AM))$`)

// officeHolderSender is the display name of a From line naming an elected
// office-holder, or "". A name with no office is left to the other rules:
// a person who only forwards or writes publishes nothing.
func officeHolderSender(from string) string {
	name := strings.Trim(strings.TrimSpace(viaRe.ReplaceAllString(displayName(from), "")), `"'`)
	if name == "" || strings.Contains(name, "@") || !officeHolderRe.MatchString(name) {
		return ""
	}
	return name
}

// wholeDateRe is an element's text that is a date and nothing else.
var wholeDateRe = lazyre.New(`^\s*(` + dateExpr + `)\.?\s*$`)

// classDate is the date of an element its class marks as the page's date
// ("thread-date", "post-date", "timestamp") and that holds a date alone:
// a thread unrolled onto a page, or a post on a forum, is dated by its
// first post's stamp, which comes first in the page. Dates of comments
// and related posts are not the page's, nor is a stamp of an update.
func classDate(doc *html.Node) dateFact {
	var d evidence.Date
	walkElements(doc, func(n *html.Node) bool {
		if !d.IsZero() || inFurnitureThread(n) {
			return false
		}
		if hasWord(n, "updated", "modified", "edited", "comment", "comments", "reply", "related") {
			return false
		}
		if !hasWord(n, "date", "timestamp", "posted", "published", "pubdate") {
			return true
		}
		if t, short := shortText(n, 60); short {
			if m := wholeDateRe.FindStringSubmatch(t); m != nil {
				d = textDate(m[1])
			}
		}
		return d.IsZero()
	})
	if d.IsZero() {
		return dateFact{}
	}
	return dateFact{d, "the date an element of the page is marked as"}
}

// unrolledPost reports an element that is one post of a run of posts that
// is the page's text: a thread unrolled onto a page sets each of its posts
// in a box of one class ("content-tweet"), which as one embedded post in
// an article would be furniture. Three or more sibling boxes of the same
// class holding half the page's text or more are the page, not embeds.
func unrolledPost(n *html.Node, total int) bool {
	class := strings.TrimSpace(attr(n, "class"))
	if class == "" || n.Parent == nil || total == 0 {
		return false
	}
	count, text := 0, 0
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == n.DataAtom && strings.TrimSpace(attr(c, "class")) == class {
			count++
			text += len(textOf(c))
		}
	}
	return count >= 3 && text*2 >= total
}

// govEmailRe is an address at a UK government domain:
// "statistics@education.gov.uk" has the domain "education".
var govEmailRe = lazyre.New(`(?i)\b[\w.+-]+@([a-z0-9-]+)\.gov\.uk\b`)

// govDomainDepartments names the department each government e-mail domain
// belongs to. Only domains listed here are read: a page whose contacts are
// at another domain (a council's, an agency's not listed) is left to the
// other rules.
var govDomainDepartments = map[string]string{
	"education":     "Department for Education",
	"dhsc":          "Department of Health and Social Care",
	"dwp":           "Department for Work and Pensions",
	"dft":           "Department for Transport",
	"justice":       "Ministry of Justice",
	"homeoffice":    "Home Office",
	"communities":   "Ministry of Housing, Communities and Local Government",
	"ons":           "Office for National Statistics",
	"ukhsa":         "UK Health Security Agency",
	"dcms":          "Department for Culture, Media and Sport",
	"defra":         "Department for Environment, Food and Rural Affairs",
	"hmrc":          "HM Revenue and Customs",
	"hmtreasury":    "HM Treasury",
	"cabinetoffice": "Cabinet Office",
}

// crownPageRe marks a page of a government service: its footer's Crown
// copyright, or the GOV.UK header.
var crownPageRe = lazyre.New(`(?i)©\s*crown copyright|\bcrown copyright\b`)

// govContactDepartment is the department whose contact addresses a
// government service's page gives ("Contact us ... Email:
// statistics@education.gov.uk"), when the page, under Crown copyright,
// names no publisher in its tags: a statistics service run for several
// departments puts each release's producer in its contact block. Empty
// unless every government address on the page is one listed department's.
func govContactDepartment(doc *html.Node) string {
	text := textOf(doc)
	if !crownPageRe.MatchString(text) {
		return ""
	}
	dept := ""
	for _, m := range govEmailRe.FindAllStringSubmatch(text, -1) {
		d := govDomainDepartments[strings.ToLower(m[1])]
		if d == "" || dept != "" && d != dept {
			return ""
		}
		dept = d
	}
	return dept
}

// contentsHeadingRe is a heading over a page's contents: "Contents",
// "Release contents", "Page contents", "On this page".
var contentsHeadingRe = lazyre.New(`(?i)^(?:(?:release |page |table of )?contents|on this page)[.:]?$`)

// contentsOverProse reports a contents heading over sections of prose: a
// statistics release sets its accordion of sections, each with its
// findings, under "Contents", where a table of contents is a list of
// links. A paragraph of eight words or more, not in a link or a list,
// before the next heading of the same level or higher, is the page's text.
func contentsOverProse(head *html.Node, level int) bool {
	if !contentsHeadingRe.MatchString(strings.TrimSpace(textOf(head))) {
		return false
	}
	for n := head.NextSibling; n != nil; n = n.NextSibling {
		if n.Type != html.ElementNode {
			continue
		}
		if l := headingLevel(n); l > 0 && l <= level {
			return false
		}
		prose := findFirst(n, func(c *html.Node) bool {
			if c.DataAtom != atom.P || findFirst(c, func(a *html.Node) bool { return a.DataAtom == atom.A }) != nil {
				return false
			}
			for p := c.Parent; p != nil && p != n.Parent; p = p.Parent {
				if p.DataAtom == atom.Li || p.DataAtom == atom.A || p.DataAtom == atom.Nav {
					return false
				}
			}
			return isEvidenceProse(textOf(c))
		})
		if prose != nil {
			return true
		}
		if findFirst(n, func(c *html.Node) bool { l := headingLevel(c); return l > 0 && l <= level }) != nil {
			return false
		}
	}
	return false
}
