package library

import (
	"golang.org/x/net/html"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// editedByRe is a wiki's line naming who made the page and who changed it
// last, then the day of that change: "Created by Ann Lee, last updated by
// Tom Hart on 14 Oct 2026 • 5 minute read" (Confluence). The page is
// dated by its last change, as a wiki's "last edited on" footer dates it;
// the names between the label and the day are no part of the date.
var editedByRe = lazyre.New(`(?i)^(?:created by [^,]{2,80}, )?last (?:updated|edited|modified|changed) by [^,:]{2,80}? on:?\s*(` + dateExpr + `)`)

// htmlBylineDateRe is a byline that ends on a date after a separator: "Easthope
// Council Public Health · March 2026", "Ann Lee | 5 May 2025".
var htmlBylineDateRe = lazyre.New(`(?i)^.{2,120}?\s*[·|•–—-]\s*(` + dateExpr + `)\.?\s*$`)

// bylineDate is the date at the end of the article's byline, an element
// marked as the byline by its class, which names who wrote the page and
// when ("Lynford Council Public Health · March 2026" under a story's
// title): a page with no date tag and no labelled date line is dated by
// it. Bylines of comments and related stories are not the page's.
func bylineDate(doc *html.Node) dateFact {
	var d evidence.Date
	walkElements(doc, func(n *html.Node) bool {
		if !d.IsZero() || inFurnitureThread(n) {
			return false
		}
		if !hasWord(n, "byline") {
			return true
		}
		if t, short := shortText(n, 200); short {
			if m := htmlBylineDateRe.FindStringSubmatch(t); m != nil {
				d = textDate(m[1])
			}
		}
		return false
	})
	if d.IsZero() {
		return dateFact{}
	}
	return dateFact{d, "the date ending the page's byline"}
}
