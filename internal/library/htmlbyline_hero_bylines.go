package library

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// heroBylineRe is the line under an article's headline that names its
// writer, then the day, then its reading time, parted by bullets or bars:
// "By Ann Lee, Policy Manager · 12 March 2026 · 7 min read". A site built
// with generated class names (CSS modules: "ArticleHero_meta__4") marks
// it as no byline, so its words say what it is: "By" first, a date in a
// part of its own. Group 1 is the date. A news site puts the hour before
// the day and the last update after it: "By Ann Lee, Health Reporter ·
// 06:00, 3 MAR 2026 · Updated 09:41, 3 MAR 2026"; the story was
// published on the first day, the update is no part of it.
var heroBylineRe = lazyre.New(`(?i)^by\s+[^·•|]{2,120}?\s*[·•|]\s*(?:\d{1,2}[:.]\d{2}\s*(?:am|pm)?,?\s*)?(` + dateExpr + `)\s*(?:[·•|]\s*\d{1,3}\s*min(?:ute)?s?(?:\s+read)?\s*)?(?:[·•|]\s*(?:last\s+)?updated\s*:?\s*(?:\d{1,2}[:.]\d{2}\s*(?:am|pm)?,?\s*)?(?:` + dateExpr + `)\s*)?\.?$`)

// heroKindFromRe is the line under a one-page briefing's headline that
// names the paper's kind, whose it is and its month: "A briefing from
// Harrowfield Young Minds · March 2026", "Report by the Tamsey Parent
// Carer Forum | 4 May 2026". Group 1 is the date. A page builder's site
// (Canva's) has no date tag and no byline: the line is the page's only
// date, and it is the paper's own.
var heroKindFromRe = lazyre.New(`^(?:[Aa]n?\s+)?(?:[\p{L}-]+\s+){0,3}?(?i:report|briefing|paper|review|study|evaluation|survey|publication|update|statement)\s+(?:by|from)\s+[^·•|]{2,80}?\s*[·•|]\s*(` + dateExpr + `)\.?$`)

// heroBylineDate is the date of the first short line of the page, outside
// its header, navigation, footer and comment threads, that is an author's
// byline ending in the day and a reading time (heroBylineRe); a page with
// no date tag and no labelled date line is dated by it, as by a byline
// marked by its class (bylineDate). Before, such a page was refused, "could
// not tell the date" (set 69).
func heroBylineDate(doc *html.Node) dateFact {
	var d evidence.Date
	from := "the date in the article's byline"
	firstBodyLine(doc, []atom.Atom{atom.P, atom.Div, atom.Span, atom.Li}, func(t string) bool {
		if m := heroBylineRe.FindStringSubmatch(t); m != nil {
			d = textDate(m[1])
		} else if m := heroKindFromRe.FindStringSubmatch(t); m != nil {
			d, from = textDate(m[1]), "the date in the line naming whose paper it is"
		}
		return !d.IsZero()
	})
	if d.IsZero() {
		return dateFact{}
	}
	return dateFact{d, from}
}

// footerRegisteredOrg is the organisation a page's footer says is
// registered: "Brightlane is a registered charity in England and Wales
// (1187340)", "The Hearth Trust is a company limited by guarantee"
// (registeredOrgRe). The site is the organisation's own, so it publishes
// the page, where no tag, title or copyright line names a body: before, a
// charity's article whose <title> ends in "Brightlane Insight" (a
// section's name, read as a person's) had no publisher and was refused
// (set 69). "" when the footer names none or a name no body is cited by.
func footerRegisteredOrg(doc *html.Node) string {
	found := ""
	walkElements(doc, func(n *html.Node) bool {
		if found != "" {
			return false
		}
		if n.DataAtom != atom.Footer {
			return true
		}
		walkElements(n, func(p *html.Node) bool {
			if found != "" {
				return false
			}
			if p.DataAtom != atom.P && p.DataAtom != atom.Div && p.DataAtom != atom.Li && p.DataAtom != atom.Span {
				return true
			}
			t := oneLine(textOf(p))
			if len(t) > 300 {
				return true
			}
			if m := registeredOrgRe.FindStringSubmatch(t); m != nil {
				name := strings.TrimSpace(m[1])
				if name != "" && !notPublisher(name) && !isPersonName(name) {
					found = name
				}
				return false
			}
			return true
		})
		return false
	})
	return found
}

// footerSentenceRe is the end of a sentence of a short line of facts and
// the capital opening the next: "© Copyright 2026, OpenYouth
// contributors. Last updated on 12 Oct 2026." (a documentation site's
// footer, Sphinx's).
var footerSentenceRe = lazyre.New(`[.!?]\s+\p{Lu}`)

// footerSentences are the sentences of a short line after its first: a
// date line set after a copyright line in one element ("© Copyright 2026,
// OpenYouth contributors. Content licensed under CC BY 4.0. Last updated
// on 12 Oct 2026.") dates the page as it would on a line of its own.
// Before, such a page was refused, "could not tell the date" (set 70).
func footerSentences(t string) []string {
	var out []string
	for _, m := range footerSentenceRe.FindAllStringIndex(t, -1) {
		_, size := utf8.DecodeLastRuneInString(t[m[0]:m[1]])
		out = append(out, t[m[1]-size:])
	}
	return out
}

// captionProseRe is a caption that is a sentence of prose: ten words or
// more, ending as a sentence ends.
var captionProseRe = lazyre.New(`^\S+(?:\s+\S+){9,}[.!?]["'’”)]*$`)

// captionedProse reports an element classed as a caption that is the
// text a picture stands beside, not a caption of it: a sentence of ten
// words or more, among two or more such elements of the same parent and
// class, one of them with a number in it. A data story's platform
// (Tableau Public's "story points") sets every paragraph under a chart in
// a "viz-caption": "In the 2024 survey, 27.4% of children had visible
// tooth decay, compared with 22.4% across England." A photograph's
// caption is one line, "Ama, 14, at the youth club", and goes. Before,
// every finding of such a page was dropped as a caption (set 69).
func captionedProse(n *html.Node) bool {
	if !captionProseRe.MatchString(oneLine(textOf(n))) {
		return false
	}
	classes := strings.Join(classWords(n), " ")
	count, numbered := 0, false
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != n.DataAtom || strings.Join(classWords(c), " ") != classes {
			continue
		}
		if t := oneLine(textOf(c)); captionProseRe.MatchString(t) {
			count++
			numbered = numbered || strings.ContainsAny(t, "0123456789")
		}
	}
	return count >= 2 && numbered
}

// orgBylineRe is a byline naming a body, not a person, before its dates:
// "By Harrowdale Public Health Intelligence · Published 15 July 2026".
// Group 1 is the name.
var orgBylineRe = lazyre.New(`^[Bb]y\s+([^·•|,]{2,80}?)\s*[·•|]\s*(?:(?i:published|posted|updated|last\s+updated)\b|` + dateExpr + `)`)

// bylineOrg is the body the page's byline names as its author, where
// the name is a body's ("By Harrowdale Public Health Intelligence ·
// Published 15 July 2026"), on a platform whose only copyright line is the
// platform owner's: the body publishes its own page. "" when the first
// such byline names a person or no byline is found.
func bylineOrg(doc *html.Node) string {
	found := ""
	firstBodyLine(doc, []atom.Atom{atom.P, atom.Div, atom.Span}, func(t string) bool {
		m := orgBylineRe.FindStringSubmatch(t)
		if m == nil {
			return false
		}
		if name := strings.TrimSpace(m[1]); orgWordRe.MatchString(name) && !isPersonName(name) && !notPublisher(name) {
			found = name
		}
		return true
	})
	return found
}

// firstBodyLine calls match with each short line (200 bytes at most) of
// the page's body in order, until match says it is the one it looks for:
// each element of the kinds blocks names whose text is short, outside the
// page's header, navigation, footer, asides, scripts, styles, quotations
// and comment threads, where a byline under the headline stands. A long
// element is looked into for shorter ones. The one walk of both byline
// readers (heroBylineDate, bylineOrg).
func firstBodyLine(doc *html.Node, blocks []atom.Atom, match func(t string) bool) {
	done := false
	walkElements(doc, func(n *html.Node) bool {
		if done || inFurnitureThread(n) {
			return false
		}
		switch n.DataAtom {
		case atom.Header, atom.Footer, atom.Nav, atom.Aside, atom.Script, atom.Style, atom.Blockquote:
			return false
		}
		if !slices.Contains(blocks, n.DataAtom) {
			return true
		}
		t, short := shortText(n, 200)
		if !short {
			return true
		}
		done = match(t)
		return !done
	})
}
