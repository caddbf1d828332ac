package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// The furniture of board papers, web pages and reports that an importer
// leaves in the text: a paper's front-sheet labels ("Executive sponsor:
// Name, Role", "Report author:", "Document control: version 1.2 ..."),
// freedom-of-information, privacy and confidentiality notices, notices of
// other formats ("This document is available in other formats on
// request"), thanks ("Thanks to the families who ..."), a covering line
// ("As promised at Thursday's meeting, here is ..."), a board asked only
// to note the paper, a contact cell of names and an address, and a
// meeting's running line ("Trust Board, 3 September 2025 – Children's
// therapies"). Each is told by how it opens or by being made of nothing
// else, so a finding that mentions privacy or a board stays.

var (
	// frontSheetRe is a front-sheet or notice label and its value. A
	// label before a colon only: "Freedom of information requests show"
	// is a finding's opening.
	frontSheetRe = lazyre.New(`(?i)^(?:executive\s+(?:sponsor|lead|owner)|senior\s+responsible\s+owner|clinical\s+(?:sponsor|lead)|sponsors?|(?:report|paper)\s+authors?|presented\s+by|document\s+(?:control|history|owner)|version\s+(?:control|history)|freedom\s+of\s+information(?:\s+(?:status|act))?|foi(?:\s+status)?|privacy(?:\s+(?:notice|statement|policy))?|data\s+protection|confidentiality(?:\s+notice)?|disclaimer)\s*[:–—]\s*\S|` + consideredBy)
	// consideredBy is a cover sheet's row naming where the paper went
	// before: "Previously considered by Children and Young People's
	// Programme Board, 8 December 2025; Quality Committee, 15 December".
	// A label and the meetings, with no verb of a finding after them.
	consideredBy = `(?i)^(?:previously\s+(?:considered|presented|submitted)\s+(?:by|to|at)|(?:considered|presented)\s+(?:by|to)\s*:)\s*[^.!?]{0,200}?(?:board|committee|group|panel|forum|cabinet|council|executive|meeting|partnership|team)\b[^.!?]*?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{4}|none|n/a|not\s+applicable)?[^.!?]*$|` +
		// With no colon, the label and a body's name alone, its words
		// capitalised, and at most the day: "Considered by Children and
		// Young People's Scrutiny Committee" (a committee system's
		// decision page); "Considered by the committee in March, the
		// report found ..." is a sentence.
		`^(?i:considered|presented)\s+(?i:by|to)\s+(?:(?:[A-Z][\w'’&-]*|and|of|for|the|on)\s+){0,8}(?:Board|Committee|Sub-Committee|Cabinet|Council|Panel|Forum|Partnership|Executive)(?:,?\s+(?:on\s+)?\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)?\.?$`
	// privacyExplainsRe points to a privacy notice: "Our privacy notice
	// explains how we use ...".
	privacyExplainsRe = lazyre.New(`(?i)^(?:our|the)\s+privacy\s+(?:notice|policy|statement)\s+(?:explains|sets\s+out|tells\s+you|describes|says)\b`)
	// otherFormatsRe offers the text in other formats: "This document is
	// available in other formats on request", "If you need this page in
	// another format, such as large print, ...".
	otherFormatsRe = lazyre.New(`(?i)^(?:(?:accessibility|alternative\s+formats?)\s*[:–—-]\s*)?(?:(?:this|the)\s+(?:document|report|page|paper|leaflet|publication|information|briefing|summary|plan|strategy|guide|booklet|newsletter|agenda|minutes|website)\s+(?:is\s+(?:also\s+)?available|can\s+be\s+(?:made\s+)?(?:available|provided|produced|requested))\b[^.!?]{0,100}?\b(?:formats?|large\s+print|easy\s+read|braille|audio|languages?)\b|if\s+you\s+(?:need|require|would\s+like|want)\s+(?:a\s+copy\s+of\s+)?(?:this|the)\b[^.!?]{0,60}?\b(?:formats?|large\s+print|easy\s+read|braille|audio|another\s+language)\b)`)
	// bareThanksRe thanks those who helped with the work: "Thanks to the
	// school nurses and families who shared ...", "Thanks to the Wellfield
	// Trust for supporting this work".
	bareThanksRe = lazyre.New(`(?i)^thanks\s+(?:also\s+)?(?:go(?:es)?\s+)?to\s+[^.!?;]{1,120}?\s(?:who|that|for)\s`)
	// promisedLineRe opens a covering line: "As promised at Thursday's
	// meeting, here is a short note on ...".
	promisedLineRe = lazyre.New(`(?i)^as\s+(?:promised|discussed|agreed|requested|mentioned)\b[^.!?]{0,80}?,\s+(?:here\s+is|here['’]s|please\s+find|i\s+attach|attached\s+is|below\s+is|this\s+is|i['’]ve\s+(?:put|pulled|set)\s+(?:together|down))\b`)
	// noteOnlyRe is a board asked only to note the paper.
	noteOnlyRe = lazyre.New(`(?i)^(?:the\s+)?[\w'’ -]{2,60}?\s+(?:is|are)\s+(?:asked|invited|requested|recommended)\s+to\s+note\s+(?:this|the)\s+(?:report|paper|update|contents?(?:\s+of\s+(?:this|the)\s+(?:report|paper))?|briefing|information|position|progress)\.?$`)
	// emailAddressRe is an e-mail address in a contact cell.
	emailAddressRe = lazyre.New(`[\w.+-]+@[\w-]+\.[\w.-]+`)
	// meetingLineRe is a paper's running line naming its meeting and date:
	// "Trust Board, 3 September 2025 – Children's therapies".
	meetingLineRe = lazyre.New(`^(?:(?:[A-Z][\w'’&]*|and|of|for|the)\s+){0,6}(?:Board|Committee|Cabinet|Council|Panel|Forum|Partnership|Meeting)(?:\s+\([^)]{1,20}\))?,?\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}(?:\s*[–—|-]\s*[^.!?]{1,80})?$`)
)

// frontSheetClasses are appended to furnitureClasses.
var frontSheetClasses = []furnitureClass{
	{lead: []string{"executive", "senior responsible", "clinical sponsor", "clinical lead", "sponsor", "report author", "paper author", "presented by", "document", "version", "freedom of information", "foi", "privacy", "data protection", "confidentiality", "disclaimer",
		"previously considered", "previously presented", "previously submitted", "considered by", "presented to"},
		re: frontSheetRe, maxWords: 60, made: true, and: noMoney},
	{lead: []string{"our privacy", "the privacy"}, re: privacyExplainsRe, maxWords: 40, made: true, whole: true, and: noMoney},
	{cues: []string{"format", "large print", "easy read", "braille"}, re: otherFormatsRe, maxWords: 45, and: func(t, _ string) bool { return !quoted(t) }},
	{lead: []string{"thanks"}, re: bareThanksRe, maxWords: 40, and: func(t, lower string) bool {
		// "Thanks to the new funding, the service has opened ...": the
		// clause after the comma is a finding the thanks explains.
		return !quoted(t) && !thanksWithEvidence(lower) && !containsAny(lower, clauseAfterComma)
	}},
	{lead: []string{"as promised", "as discussed", "as agreed", "as requested", "as mentioned"}, re: promisedLineRe, maxWords: 45, dates: true, and: func(t, lower string) bool {
		return !quoted(t) && !dashAsideAskRe.MatchString(lower)
	}},
	{cues: []string{"to note"}, re: noteOnlyRe, maxWords: 20},
	{cues: []string{"@"}, re: emailAddressRe, maxWords: 20, made: true, whole: true, and: contactCell},
	{cues: []string{"board", "committee", "cabinet", "council", "panel", "forum", "partnership", "meeting"}, re: meetingLineRe, maxWords: 16, made: true, whole: true, and: noMoney},
}

// clauseAfterComma opens a clause of its own after a comma.
var clauseAfterComma = []string{", the ", ", it ", ", this ", ", they ", ", we ", ", our ", ", a ", ", an ", ", its ", ", their ", ", there ", ", more ", ", fewer ", ", families ", ", children ", ", young people "}

// contactCell: names, roles and an address with no verb, as a paper's
// front sheet lays them out ("James Penrose, General Manager,
// james.penrose@nhs.net").
func contactCell(t, lower string) bool {
	return noMoney(t, lower) && !containsAny(" "+lower+" ", []string{" is ", " are ", " was ", " were ", " has ", " have ", " had ", " will ", " can ", " could ", " should ", " must ", " please ", " we ", " you ", " i ", " if ", " to "})
}

// frontSheetLabels are a front sheet's labels in a table's first cell,
// whose row is no statistic ("| Agenda item | 11 |", "| Version | 1.0 |").
var frontSheetLabels = map[string]bool{"agenda item": true, "agenda item no": true, "agenda item number": true, "item": true, "item no": true,
	"item number": true, "paper number": true, "paper no": true, "version": true, "version number": true, "version no": true,
	"date of meeting": true, "meeting date": true, "report author": true, "executive sponsor": true, "executive lead": true,
	"purpose": true, "status": true, "classification": true, "document reference": true,
	// A council committee report's cover table: who it goes to, who
	// wrote and sponsors it, what kind of decision it asks.
	"report to": true, "report title": true, "sponsor": true, "report sponsor": true, "lead officer": true,
	"responsible officer": true, "contact officer": true, "decision required": true, "key decision": true,
	"wards affected": true, "portfolio holder": true, "lead member": true,
	// A visit report's details table names its team ("| Visit team |
	// Ann Price (lead) and Joe Hale, Authorised Representatives |").
	"visit team": true, "inspection team": true, "review team": true, "authorised representatives": true,
	// A board paper's cover rows placing it: where it went before and
	// which objectives and assurance framework risks it bears on ("|
	// Previously considered by | Quality Committee, 4 November |", "| Link
	// to strategic objectives | SO1 Outstanding care |").
	"previously considered by": true, "previously considered": true, "considered by": true, "previously presented to": true,
	"strategic objective": true, "strategic objectives": true, "link to strategic objective": true, "link to strategic objectives": true,
	"link to strategic aims": true, "strategic aims": true, "strategic priorities": true, "link to strategic priorities": true,
	"board assurance framework": true, "board assurance framework risk": true, "board assurance framework risks": true,
	"link to board assurance framework": true, "baf risk": true, "baf risks": true, "baf reference": true}

// frontSheetRow reports a two-cell row whose first cell is a front-sheet
// label.
func frontSheetRow(first string) bool {
	l := strings.ToLower(strings.TrimSpace(strings.TrimRight(strings.TrimSpace(first), ":.")))
	return len(l) <= 40 && frontSheetLabels[l]
}
