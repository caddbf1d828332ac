package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// Two classes of furniture held-out set 97 showed as excerpts:
//
//   - a site's strip of footer links copied as a line of text, its labels
//     set apart by bars: "Contact us | Accessibility statement | Cookie
//     policy | Privacy notice". A page read as HTML loses it with its
//     footer; a page copied as text (a written answer saved from a
//     parliament's site, a council page pasted into a .txt) kept it. Each
//     part is a short label with no number, and two or more are the links
//     every site has;
//   - the statement a chief executive signs in a trust's quality account:
//     "To the best of my knowledge, the information in this chapter is
//     accurate."
var siteLinkStripClasses = []furnitureClass{
	{re: anyTextRe, maxWords: 40, whole: true, may: func(t, _ string) bool { return strings.Count(t, "|") >= 2 }, and: siteLinkStrip},
	{lead: []string{"to the best of"}, re: accuracyStatementRe, maxWords: 30, made: true, whole: true, and: noMoney},
}

// accuracyStatementRe is a signed statement that a document's information
// is accurate, as a quality account's chief executive gives it.
var accuracyStatementRe = lazyre.New(`(?i)^to\s+the\s+best\s+of\s+(?:my|our)\s+(?:knowledge|knowledge\s+and\s+belief),?\s+the\s+information\s+(?:in|contained\s+in|set\s+out\s+in)\s+(?:this|the)\s+(?:document|report|chapter|quality\s+account|account|section|statement)\s+is\s+accurate\b[^!?]{0,60}$`)

// anyTextRe matches any sentence: siteLinkStrip judges it.
var anyTextRe = lazyre.New(`\S`)

// siteLinkLabelRe is a label of a link every site carries.
var siteLinkLabelRe = lazyre.New(`(?i)^(?:contact(?:\s+us)?|accessibility(?:\s+statement)?|cookies?(?:\s+(?:policy|settings|notice|preferences))?|privacy(?:\s+(?:policy|notice|statement))?|terms(?:\s+(?:and|&)\s+conditions|\s+of\s+use)?|sitemap|site\s+map|help|feedback|faqs?|about(?:\s+us)?|careers|jobs|newsletter|modern\s+slavery(?:\s+statement)?|freedom\s+of\s+information|complaints|copyright|disclaimer|rss|home)$`)

// siteLinkStrip: every part between the bars is a short label without a
// digit, and at least two are labels of links every site has.
func siteLinkStrip(t, _ string) bool {
	known := 0
	for _, part := range strings.Split(t, "|") {
		p := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(part), "."))
		if p == "" || countFields(p) > 4 || strings.ContainsAny(p, "0123456789%£") {
			return false
		}
		if siteLinkLabelRe.MatchString(p) {
			known++
		}
	}
	return known >= 2
}
