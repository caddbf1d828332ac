package library

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// A note published from a notes app (Obsidian Publish) shows its front
// matter as a block of properties under its title, each an element
// carrying its key (data-property-key="created") over its value: the
// note's own record of when it was written, which the page states
// nowhere else. Before (set 83), such a page was refused, "could not
// tell the date".

// notePropertyDateRe is a property key naming the day a note was
// written or published. "updated" and "modified" date a later edit.
var notePropertyDateRe = lazyre.New(`(?i)^(?:date|created|date[ _-]?created|created[ _-]?(?:at|on|date)|published|publish[ _-]?date|date[ _-]?published|pub[ _-]?date)$`)

// propertiesDate is the date of the first property whose key names the
// day the note was written or published (notePropertyDateRe), its value a
// whole day, month or year as ISO or as text; else none.
func propertiesDate(doc *html.Node) dateFact {
	var d evidence.Date
	var key string
	walkElements(doc, func(n *html.Node) bool {
		if !d.IsZero() {
			return false
		}
		k := strings.TrimSpace(attr(n, "data-property-key"))
		if k == "" || !notePropertyDateRe.MatchString(k) {
			return true
		}
		v, short := shortText(n, 120)
		if !short {
			return false
		}
		// The key is shown before its value: "created 2026-02-03".
		v = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(v), k))
		d, key = firstDate(isoDate(v), textDate(v)), k
		return false
	})
	if d.IsZero() {
		return dateFact{}
	}
	return dateFact{d, "the note's \"" + key + "\" property"}
}
