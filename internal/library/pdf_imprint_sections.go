package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// ownNoteHeadingRe is a heading over a document's note about itself:
	// "About this report", "Publication details", "Copyright".
	ownNoteHeadingRe = lazyre.New(`(?i)^(?:about this (?:[\w-]+ )?(?:report|review|document|publication|briefing|paper|guide|guidance|plan|strategy|survey|summary|leaflet|booklet|bulletin|newsletter|update|profile|assessment)|(?:publication|document) (?:details|information)|copyright(?: (?:and|&) (?:licen[cs]e|licensing|disclaimer|permissions))?|imprint|colophon)[.:]?$`)
	// appendixHeadingRe is a heading over an appendix or an annex,
	// which follows the body's text: "Appendix: data sources", "Annex B".
	appendixHeadingRe = lazyre.New(`(?i)^(?:appendi(?:x|ces)|annex(?:e|es)?)\b`)
	// headingNumberRe is a heading's number: "2. ", "3 ".
	headingNumberRe = lazyre.New(`^\d{1,2}\.?\s+`)
	// othersContactsHeadingRe is a heading over a box listing other
	// bodies to turn to: "Useful contacts", "Contacts", "Who to contact",
	// "Where to get help", "Useful numbers", "Further support", and those
	// naming the bodies as others ("Partner organisations", "Other
	// organisations that can help", "Contact details for partner
	// organisations", "Local support services", "Other sources of
	// support").
	othersContactsHeadingRe = lazyre.New(`(?i)^(?:(?:other\s+)?(?:useful|other|local|key|helpful|important|further|partner|external|voluntary\s+sector)\s+(?:contacts?|numbers|telephone\s+numbers|organi[sz]ations|agencies|charities|services|links|websites|resources)(?:\s+(?:and|&)\s+(?:contacts|numbers|links|websites|resources|support|services|organi[sz]ations|agencies|charities))?(?:\s+(?:that|who|which)\s+(?:can|may|could)\s+(?:help|support|advise)(?:\s+you(?:r\s+(?:child|family))?|\s+families)?)?|(?:organi[sz]ations|agencies|charities|services|people|places)(?:\s+(?:and|&)\s+(?:organi[sz]ations|agencies|charities|services|groups))?\s+(?:that|who|which)\s+(?:can|may|could)\s+(?:help|support|advise)(?:\s+you(?:r\s+(?:child|family))?|\s+families)?|(?:contact\s+details|contacts|addresses|details)\s+(?:for|of)\s+(?:(?:the|our|other|local|partner|useful|key|external|support)\s+)*(?:organi[sz]ations|agencies|charities|services|partners)|contacts|contact\s+list|who\s+(?:to|you\s+can|can\s+I)\s+(?:contact|call|talk\s+to|ask)|where\s+(?:to|you\s+can|can\s+I)\s+(?:get|find|go\s+for)\s+(?:help|support|advice)(?:\s+and\s+(?:help|support|advice))?|(?:getting|finding|further|more|other|local)\s+(?:help|support|advice)(?:\s+and\s+(?:help|support|advice))?(?:\s+services)?|help\s+and\s+(?:support|advice)|support\s+and\s+advice|need\s+(?:more\s+|some\s+|further\s+)?(?:help|support|advice)|support\s+(?:available|services|organisations)|(?:(?:other|useful|further|local)\s+)?(?:sources|places)\s+of\s+(?:help|support|advice)|signposting)[.:?!]?$`)
)

// othersContactsSection reports a heading over a box listing other bodies
// (othersContactsHeadingRe). Such a box names and dates no document, at
// the document's foot as between its articles: an imprint-like line in
// it ("Leaflet published by Oakvale Council, January 2024", "© Oakvale
// Council 2024", "Oakvale Council, Civic Centre, ...") is the line of
// the body or the leaflet it points to. Before (hostile check 65), a
// newsletter whose last section was such a box was that body's, of its
// date.
func othersContactsSection(h string) bool {
	return othersContactsHeadingRe.MatchString(headingNumberRe.ReplaceAllString(strings.TrimSpace(h), ""))
}

// imprintSection reports a heading over the document's own imprint: its
// note about itself ("About this report", "Publication details") or how
// to reach its publisher ("Contact us"), as an inside cover or a last
// page sets them. A box pointing to other bodies ("Where to get help",
// "Useful contacts") is no such section.
func imprintSection(h string) bool {
	if othersContactsSection(h) {
		return false // "Contacts": a box of other bodies', not "Contact us"
	}
	h = headingNumberRe.ReplaceAllString(strings.TrimSpace(h), "")
	return ownNoteHeadingRe.MatchString(h) || contactHeadingRe.MatchString(h)
}

// imprintSectionEnds reports, for each row, whether it stands in a section
// of the document's own imprint (imprintSection) at the document's head
// (no section but another such, or the contents, before it) or at its
// foot (nothing after it but such sections, appendices and back matter).
// sect gives each row's section, an index into heads, or -1 for a row
// under no heading. Before (hostile check 65), a report's "Published by"
// line under an inside cover's "About this report", or in its "Contact
// us" section before the appendices, stood between two of the text's
// sentences, and the report was refused. A row under a box of other
// bodies' contacts (othersContactsSection) stands at neither end, even
// when the box is the document's last section.
func imprintSectionEnds(heads []string, sect []int) (own, others []bool) {
	head := make([]bool, len(heads)) // the section is at the head
	front := true
	for s, h := range heads {
		head[s] = front && imprintSection(h)
		front = front && (imprintSection(h) || contentsHeadingRe.MatchString(strings.TrimSpace(h)))
	}
	foot := make([]bool, len(heads)) // the section is at the foot
	back := true
	for s := len(heads) - 1; s >= 0; s-- {
		h := headingNumberRe.ReplaceAllString(strings.TrimSpace(heads[s]), "")
		foot[s] = back && imprintSection(h)
		back = back && (imprintSection(h) || appendixHeadingRe.MatchString(h) || backMatter(h))
	}
	own, others = make([]bool, len(sect)), make([]bool, len(sect))
	for i, s := range sect {
		own[i] = s >= 0 && (head[s] || foot[s])
		others[i] = s >= 0 && othersContactsSection(heads[s])
	}
	return own, others
}
