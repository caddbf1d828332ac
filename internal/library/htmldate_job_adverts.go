package library

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// postedRe is a job advert's line stating the day it went up: "Date
	// posted 14 December 2026" (NHS Jobs' summary list, the label and the
	// day in cells of their own), "Posted date:". An advert is published
	// when it is posted; its "Closing date" is when applications end and
	// dates nothing, and opens with another word, so it is not read.
	postedRe = lazyre.New(`(?i)^(?:date (?:first )?posted|posted date|advert posted|job posted)(?: on)?:?\s*(` + dateExpr + `)`)
	// tabledRe is a parliamentary motion's line stating the day it was
	// tabled, which is the day it was published: "EDM (Early Day Motion)
	// 412: tabled on 14 October 2025" under its title, or "Tabled" and the
	// day in a details list. Only a line that is the tabling alone counts:
	// an amendment's line ("Amendment 1 (A1), tabled on 21 October 2025
	// by NAME. Signatures: 5") says more and dates the amendment.
	tabledRe = lazyre.New(`(?i)^(?:(?:early day motion|edm)\b[^:]{0,40}:\s*)?(?:date )?tabled(?: on)?:?\s*(` + dateExpr + `)\.?\s*$`)
)

// advertLabelRe is a label of a job advert's details, beside its
// employer: when it closes, when it went up, what it pays.
var advertLabelRe = lazyre.New(`(?i)^(?:closing date|date posted|posted date|salary|pay scheme|contract type|contract|working pattern|job reference)\s*:?$`)

// advertEmployer is the employer a job advert's details name ("Employer"
// and the name in cells of their own, NHS Jobs' summary list): an advert
// on a jobs board is the employer's notice, which the board only hosts,
// so the employer published it. Only a page that also labels at least
// two more of an advert's details (closing date, salary, contract) is an
// advert; a directory's "Employer" column is not.
func advertEmployer(doc *html.Node) string {
	var employer string
	details := 0
	walkElements(doc, func(n *html.Node) bool {
		if inFurnitureThread(n) {
			return false
		}
		label, short := shortText(n, 40)
		if !short {
			return true
		}
		label = strings.TrimSpace(label)
		val := nextElementText(n)
		switch {
		case strings.EqualFold(strings.TrimRight(label, ": "), "employer") && employer == "":
			if v, ok := shortText(val, 120); ok && val != nil {
				employer = strings.TrimSpace(v)
			}
		case advertLabelRe.MatchString(label) && val != nil:
			details++
		}
		return true
	})
	if details < 2 || notPublisher(employer) {
		return ""
	}
	return employer
}

// nextElementText is the element after n among its siblings, the value
// cell of a label cell; nil when there is none.
func nextElementText(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			return s
		}
	}
	return nil
}

// aboutWithFindings reports an "About us" section (the blocks up to the
// next heading) in which the publisher reports a rate that changed: "Our
// vacancy rate fell from 22% to 9%" under a job advert's "About us". A
// press release's notes on the publisher describe it and keep no such
// finding; a section that does is the publisher's evidence about its
// own service.
func aboutWithFindings(blocks []string) bool {
	for _, b := range blocks {
		if strings.HasPrefix(b, "## ") {
			return false
		}
		if aboutFindingRe.MatchString(b) {
			return true
		}
	}
	return false
}

// aboutFindingRe is a rate that changed, in the words of its change.
var aboutFindingRe = lazyre.New(`(?i)\b(?:fell|rose|dropped|increased|decreased|went\s+up|went\s+down|reduced|improved)\s+(?:from|by|to)\s+(?:around\s+|about\s+)?\d+(?:\.\d+)?%`)

// advertDetails reports a job advert's list of its terms (a <dl> whose
// labels are an advert's: "Salary", "Contract", "Working pattern",
// "Closing date"): the pay band, hours and contract of a post are its
// terms, not findings, and read as text they make statistics of a
// salary range. Three such labels make the list an advert's.
func advertDetails(n *html.Node) bool {
	if n.DataAtom != atom.Dl {
		return false
	}
	labels := 0
	walkElements(n, func(c *html.Node) bool {
		if c.DataAtom == atom.Dt && advertLabelRe.MatchString(strings.TrimSpace(textOf(c))) {
			labels++
		}
		return true
	})
	return labels >= 3
}
