package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// Furniture of set 62:
//
//   - an audit report's or a paper's control lines: who it went to,
//     "Distribution: Director of Public Health; ...", and who wrote,
//     reviewed and approved it, "Prepared by: A Name, Senior Auditor.";
//   - the report's limits for others who read it: "This report is prepared
//     for the council's use only", "No responsibility is accepted to any
//     third party who may rely on it";
//   - a preprint server's notices and its authors' set declarations:
//     "It reports new medical research that has yet to be evaluated ...",
//     "I confirm all relevant ethical guidelines have been followed ...",
//     "The copyright holder for this preprint is the author/funder ...";
//   - a board portal's note on its readers' own annotations: "Your
//     annotations are private to you unless you choose to share them";
//   - a mail program's recall notice: "A Name would like to recall the
//     message, "Subject"";
//   - a slide story's instruction for moving between its slides: "Use
//     the arrows or the numbered dots to move between slides";
//   - an event's or a membership's price lines: "The early-bird member
//     rate of £95 is available until 31 January", "Members earning under
//     £25,000 can apply for the reduced rate".
var (
	// controlLineRe is a label line of who a paper went to or who wrote,
	// reviewed or approved it, with the colon that makes it a label:
	// "Prepared by the council, the plan ..." is prose.
	controlLineRe = lazyre.New(`(?i)^(?:distribution(?:\s+list)?|circulation|copied\s+to|prepared\s+by|written\s+by|reviewed\s+by|approved\s+by|authorised\s+by|authorized\s+by|report\s+author|lead\s+auditor|auditors?)\s*:\s*[^!?%£]{2,300}$`)
	// ownUseOnlyRe is a report's note that it is for its client's use only
	// and answers to no one else who relies on it.
	ownUseOnlyRe = lazyre.New(`(?i)^(?:this\s+(?:report|document|review|paper)\s+(?:is|has\s+been)\s+(?:prepared|produced|written)\s+(?:solely\s+|only\s+)?for\s+(?:the\s+)?[^.!?]{2,60}?\s+(?:use|information)\s+only|no\s+(?:responsibility|liability)\s+(?:is|will\s+be|can\s+be)\s+(?:accepted|taken|assumed)\s+(?:to|by\s+[^.!?]{2,40}?\s+to|towards|in\s+respect\s+of)\s+(?:any\s+)?(?:third\s+part(?:y|ies)|other\s+part(?:y|ies)|anyone\s+else)\b[^!?%£]{0,80})\.?$`)
	// preprintServerRe is a preprint server's notices: what a preprint is,
	// its licence and who holds its copyright.
	preprintServerRe = lazyre.New(`(?i)^(?:it\s+reports\s+new\s+(?:medical\s+|scientific\s+)?research\s+that\s+has\s+yet\s+to\s+be\s+evaluated\b[^!?%£]{0,120}|this\s+article\s+is\s+a\s+preprint\s+and\s+has\s+not\s+been\s+(?:peer[- ]reviewed|certified\s+by\s+peer\s+review)\b[^!?%£]{0,80}|the\s+copyright\s+holder\s+for\s+this\s+preprint\b[^!?%£]{0,160}|it\s+is\s+made\s+available\s+under\s+a\s+cc[- ][^!?%£]{0,80}licen[cs]e)\.?$`)
	// authorDeclarationRe is an author's set declaration on a preprint server:
	// "I confirm all relevant ethical guidelines have been followed",
	// "I confirm that all necessary patient/participant consent has been
	// obtained", "I have followed all appropriate research reporting
	// guidelines".
	authorDeclarationRe = lazyre.New(`(?i)^i\s+(?:confirm|understand|have\s+followed)\s+(?:that\s+)?(?:all\s+|the\s+|any\s+)?(?:relevant\s+|necessary\s+|appropriate\s+)?(?:ethical\s+guidelines|patient(?:/participant)?\s+consent|participant\s+consent|research\s+reporting\s+guidelines|clinical\s+trials?|data\s+referred\s+to|irb|ethics)\b[^!?%£]{0,200}\.?$`)
	// privateNotesRe is a document portal's note that its reader's own
	// annotations are theirs alone.
	privateNotesRe = lazyre.New(`(?i)^your\s+(?:annotations|notes|comments|highlights|bookmarks|markings)\s+(?:are|stay|remain|will\s+(?:stay|remain|be))\s+(?:private|visible\s+only|only\s+visible)\b[^!?%£]{0,80}$`)
	// recallNoticeRe is a mail program's notice that a sender recalled a
	// message.
	recallNoticeRe = lazyre.New(`(?i)^[^.!?:]{2,80}?\s+would\s+like\s+to\s+recall\s+the\s+message,?\s*(?:["“'‘][^"”]{0,200}["”'’])?\.?$`)
	// slideNavRe is a slide story's or a carousel's instruction to its
	// reader on moving between its slides.
	slideNavRe = lazyre.New(`(?i)^(?:(?:swipe|scroll)\s+or\s+)?(?:use|click|tap|press|swipe)\s+(?:on\s+)?(?:the\s+)?(?:arrows?|arrow\s+keys|buttons?|numbered\s+dots|dots|left\s+and\s+right)\b[^.!?]{0,60}?\bto\s+(?:move|go|navigate|step|scroll)\s+(?:between|through)\s+(?:the\s+)?(?:slides|pages|steps|sections)\.?$`)
	// priceLineRe is an event's or a membership's rate on offer until a
	// date.
	priceLineRe = lazyre.New(`(?i)^(?:the\s+)?(?:(?:early[- ]bird|members?['’]?|non-members?|delegates?|standard|reduced|concession(?:ary)?|student|group|conference)\s+)+(?:rates?|prices?|fees?|tickets?|places?)\b[^!?%]{0,60}?\s+(?:is|are)\s+(?:available|open|valid|on\s+sale)\s+(?:until|till|up\s+to|before|by)\b[^!?%£]{0,40}$`)
	// reducedRateRe is who may pay a reduced rate, by their earnings.
	reducedRateRe = lazyre.New(`(?i)^(?:members|delegates|students|applicants|those|anyone)\s+(?:earning|paid|on\s+(?:a\s+)?salar(?:y|ies)\s+of)\s+(?:under|below|less\s+than|up\s+to)\s+£\s?\d[\d,]*(?:\s+a\s+year)?\s+(?:can|may|are\s+able\s+to|are\s+eligible\s+to)\s+(?:apply|claim|ask)\s+for\s+(?:the\s+|a\s+)?(?:reduced|concession(?:ary)?|discounted|lower)\s+(?:rate|fee|price|subscription)\.?$`)
)

// s62Classes are this file's furniture classes (see furnitureClasses).
var s62Classes = []furnitureClass{
	{lead: []string{"distribution", "circulation", "copied to", "prepared by", "written by", "reviewed by", "approved by", "authorised by", "authorized by", "report author", "lead auditor", "auditor"}, re: controlLineRe, maxWords: 60, made: true, whole: true},
	{lead: []string{"this report", "this document", "this review", "this paper", "no responsibility", "no liability"}, re: ownUseOnlyRe, maxWords: 40, made: true, whole: true},
	{lead: []string{"it reports new", "this article is a preprint", "the copyright holder", "it is made available"}, re: preprintServerRe, maxWords: 50, made: true, whole: true},
	{lead: []string{"i confirm", "i understand", "i have followed"}, re: authorDeclarationRe, maxWords: 50, made: true, whole: true},
	{lead: []string{"your "}, re: privateNotesRe, maxWords: 25, made: true, whole: true},
	{lead: []string{""}, re: recallNoticeRe, maxWords: 50, made: true, whole: true, may: func(_, lower string) bool {
		return strings.Contains(lower, "would like to recall")
	}},
	{lead: []string{"use ", "click ", "tap ", "press ", "swipe "}, re: slideNavRe, maxWords: 20, made: true, whole: true},
	{lead: []string{"the ", "early", "member", "non-member", "delegate", "standard", "reduced", "concession", "student", "group", "conference"}, re: priceLineRe, maxWords: 30, made: true, whole: true, dates: true},
	{lead: []string{"members", "delegates", "students", "applicants", "those", "anyone"}, re: reducedRateRe, maxWords: 25, made: true, whole: true},
}
