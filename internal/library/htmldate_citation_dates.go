package library

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// nlmDateRe is a date in the order a medical journal's citation writes it
// (the NLM style PubMed and its tags use): year, abbreviated month, then
// perhaps the day, "2026 Mar", "2025 Feb 9". A season ("2026 Spring") or a
// span of months ("2026 Mar-Apr") is no single month and is not read.
var nlmDateRe = lazyre.New(`(?i)^(\d{4}) (` + monthExpr + `)[a-z]*\.?(?: (\d{1,2}))?(?:[^-\w]|$)`)

// nlmDate reads a date written in a journal citation's order ("2026 Mar",
// "2026 Feb 9"); citation_date tags of such journals hold it so.
func nlmDate(s string) evidence.Date {
	m := nlmDateRe.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return evidence.Date{}
	}
	v := m[1] + "-" + monthNumbers[strings.ToLower(m[2][:3])]
	if m[3] != "" {
		v += "-" + pad2(m[3])
	}
	d, err := evidence.ParseDate(v)
	if err != nil {
		return evidence.Date{}
	}
	return d
}

// citationTagDate reads a citation_* tag's date, ISO as Highwire writes it
// or in a citation's order as journals indexed by PubMed write it.
func citationTagDate(s string) evidence.Date {
	return firstDate(isoDate(s), nlmDate(s))
}

// epubRe is a journal citation line's online publication date: "doi:
// 10.1016/j.x.2026.100412. Epub 2026 Feb 9." The article was published
// that day; the issue it is printed in ("2026 Mar;11(2)") comes later.
var epubRe = lazyre.New(`(?i)\bepub(?: ahead of print)?:?\s+(\d{4} ` + monthExpr + `[a-z]*\.? \d{1,2})\b`)

// epubDate is the first "Epub" date of the page's citation line, which an
// abstract page is dated by before its issue's month: the first
// publication. Lists of similar and citing articles come after the
// article's own citation line and are not looked into. Only a journal's
// page (one with citation tags) is read so: a blog's reference list
// citing another article's Epub date does not date the blog.
func epubDate(doc *html.Node, meta map[string]string) dateFact {
	if meta["citation_title"] == "" && meta["citation_journal_title"] == "" {
		return dateFact{}
	}
	var d evidence.Date
	walkElements(doc, func(n *html.Node) bool {
		if !d.IsZero() || inFurnitureThread(n) {
			return false
		}
		t, short := shortText(n, 300)
		if !short {
			return true
		}
		if m := epubRe.FindStringSubmatch(t); m != nil {
			d = nlmDate(m[1])
		}
		return false
	})
	if d.IsZero() {
		return dateFact{}
	}
	return dateFact{d, `the "Epub" date of the page's citation line`}
}

// indexedJournal is the journal a citation_journal_title tag names, the
// publisher of an article whose page tags no publisher; empty when the
// tag names no publisher (notPublisher).
func indexedJournal(journal string) string {
	journal = strings.TrimSpace(journal)
	if journal == "" || notPublisher(journal) {
		return ""
	}
	return notURL(journal)
}

// maxTaggedTitleRunes is the longest title kept whole when a journal's
// citation_title tag gives it: a research article's title with its
// design ("...: a retrospective linked cohort study in four English
// integrated care systems") runs past a page title's length, and a
// citation gives it whole.
const maxTaggedTitleRunes = 300

// trimTaggedTitle keeps a title from citation_title whole up to
// maxTaggedTitleRunes; any other is cut as trimTitle cuts it.
func trimTaggedTitle(t, from string) string {
	if from == "citation_title" && utf8.RuneCountInString(t) <= maxTaggedTitleRunes {
		return t
	}
	return trimTitle(t)
}
