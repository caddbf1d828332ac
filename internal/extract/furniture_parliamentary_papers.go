package extract

import (
	"github.com/cypx/cypx/internal/lazyre"
)

// Furniture of the forms held-out set 25 showed, by class:
//
//   - a parliamentary paper's imprint and formal minutes: "Ordered by the
//     House of Commons to be printed ...", its paper number ("HC 412"),
//     "Published on ... by authority of the House of ...", "Members
//     present: ..." and the motion that the draft be the committee's
//     report;
//   - a written question's header and footer: "Question for Department
//     of ...", "Asked by ...", "Answered by ...", "The answer was correct
//     at the time of publication", an attached statement's reference and
//     the parliamentary licence line; the site's lines under an answer
//     ("This answer was submitted on 10 April 2025.", "This question was
//     grouped with the following question(s) for answer:", glued to its
//     date line and the grouped questions in a copy as text, held-out
//     set 97);
//   - a board paper's cover sheet: the meeting it is for ("Meeting of the
//     ICB Board held in public, ..."), its sponsor, author, classification
//     and date of paper;
//   - a report's disclaimer that it gives its authors' views, not its
//     funder's;
//   - a campaign page's petition counter ("Already signed by ...
//     supporters").
var (
	orderedPrintedRe  = lazyre.New(`(?i)^ordered\s+by\s+the\s+house\s+of\s+(?:commons|lords)\s+to\s+be\s+printed\b[^!?]{0,40}$`)
	paperNumberRe     = lazyre.New(`^(?:HC|HL)\s+(?:Paper\s+)?\d{1,4}(?:-[IVX]+)?\.?$`)
	byAuthorityRe     = lazyre.New(`(?i)^(?:H[CL]\s+\d{1,4}\s+)?published\s+(?:on\s+)?[^!?]{0,40}?\bby\s+(?:the\s+)?authority\s+of\s+the\s+house\s+of\s+(?:commons|lords)\b[^!?]{0,20}$`)
	membersPresentRe  = lazyre.New(`(?i)^members\s+present\s*:\s*\S`)
	reportMotionRe    = lazyre.New(`(?i)^(?:question\s+put,?\s+)?that\s+the\s+(?:draft\s+)?report\s+be\s+the\s+[\w-]+\s+report\s+of\s+the\s+committee\b[^!?]{0,40}$`)
	draftReadRe       = lazyre.New(`(?i)^draft\s+report\b[^!?]{0,160}?\bbrought\s+up\s+and\s+read\b`)
	questionForRe     = lazyre.New(`(?i)^question\s+for\s+(?:the\s+)?(?:department|ministry|cabinet\s+office|home\s+office|treasury|hm\s+treasury)\b[^.!?]{0,60}$`)
	askedAnsweredByRe = lazyre.New(`^(?:Asked|Answered|Tabled)\s+by\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Lord|Baroness|Professor)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}\s*(?:\([^)]{2,120}\))?\.?$`)
	answerCorrectRe   = lazyre.New(`(?i)^the\s+(?:answer|information)\s+(?:was|is)\s+correct\s+(?:at|as\s+at)\s+the\s+(?:time|date)\s+of\s+(?:publication|answer|answering)\b`)
	statementAttachRe = lazyre.New(`(?i)^(?:statement|attachment|document)s?\s+attached\s*:\s*\S[^!?]{0,80}$`)
	parliamentLicRe   = lazyre.New(`(?i)^(?:contains\s+parliamentary\s+information\s+)?(?:licensed\s+under\s+(?:the\s+)?)?open\s+parliament\s+licen[cs]e\b`)
	boardMeetingRe    = lazyre.New(`(?i)^(?:a\s+)?meeting\s+of\s+(?:the\s+)?[^.!?]{0,60}?\b(?:board|committee|governing\s+body|council|cabinet)\s+(?:held\s+)?in\s+(?:public|private)\b[^!?]{0,160}$`)
	coverFieldRe      = lazyre.New(`(?i)^(?:executive|clinical|senior|lead|report|paper)\s+(?:sponsor|author|lead|owner|classification|presenter)s?\s*:\s*\S[^!?]{0,100}$|^(?:report|paper)\s+classification\s*:|^date\s+of\s+(?:the\s+)?(?:paper|report)\s*:\s*\S[^!?]{0,40}$`)
	authorsViewsRe    = lazyre.New(`(?i)^(?:this|the)\s+(?:summary|report|briefing|paper|publication|document|research)\s+(?:reflects|represents|presents|contains|gives)\s+the\s+views\s+of\s+(?:the\s+|its\s+)?authors?\b`)
	answerSubmittedRe = lazyre.New(`(?i)^this\s+(?:answer|question)\s+was\s+(?:submitted|tabled|answered|withdrawn|transferred)\s+on\s+\d{1,2}\s+[a-z]+\s+\d{4}\.?$`)
	// A written answer copied as text glues the site's date line before
	// it ("Tabled on: 2 April 2025") and the grouped questions' numbers
	// and titles after it ("UIN 48214, Children: Hearing Impairment").
	groupedQuestionRe = lazyre.New(`(?i)^(?:(?:tabled|asked|answered)\s+on\s*:?\s*\d{1,2}\s+[a-z]+\s+\d{4}\.?\s+)?this\s+question\s+was\s+grouped\s+with\s+the\s+following\s+questions?(?:\(s\))?\s+for\s+answer\s*:?(?:\s+UIN\s+\d{3,7}\s*,\s*[^.!?|]{2,80}?)*\s*$`)
	petitionCounterRe = lazyre.New(`(?i)^(?:already\s+|so\s+far\s+)?signed\s+by\s+(?:over\s+|more\s+than\s+)?[\d,]+\s+(?:supporters|people|campaigners|parents|members|signatories)\b[^.!?]{0,20}\.?$`)
)

// parliamentClasses are this file's furniture classes (see
// furnitureClasses).
var parliamentClasses = []furnitureClass{
	{lead: []string{"ordered by"}, re: orderedPrintedRe, maxWords: 25, made: true, whole: true, and: noMoney},
	{lead: []string{"hc ", "hl "}, re: paperNumberRe, maxWords: 4, made: true, whole: true},
	{lead: []string{"published", "hc ", "hl "}, re: byAuthorityRe, maxWords: 25, made: true, whole: true, and: noMoney},
	{lead: []string{"members present"}, re: membersPresentRe, maxWords: 60, made: true, whole: true, and: noMoney},
	{lead: []string{"that the", "question put"}, re: reportMotionRe, maxWords: 30, made: true, whole: true, and: noMoney},
	{lead: []string{"draft report"}, re: draftReadRe, maxWords: 40, made: true, whole: true, and: noMoney},
	{lead: []string{"question for"}, re: questionForRe, maxWords: 15, made: true, whole: true, and: noMoney},
	{lead: []string{"asked by", "answered by", "tabled by"}, re: askedAnsweredByRe, maxWords: 30, made: true, whole: true, and: noMoney},
	{lead: []string{"the answer", "the information"}, re: answerCorrectRe, maxWords: 20, made: true, whole: true, and: noMoney},
	{lead: []string{"statement", "attachment", "document"}, re: statementAttachRe, maxWords: 15, made: true, whole: true, and: noMoney},
	{lead: []string{"contains", "licensed", "open parliament"}, re: parliamentLicRe, maxWords: 25, made: true, whole: true, and: noMoney},
	{lead: []string{"meeting of", "a meeting of"}, re: boardMeetingRe, maxWords: 30, made: true, whole: true, and: noMoney},
	{lead: []string{"executive", "clinical", "senior", "lead", "report", "paper", "date of"}, re: coverFieldRe, maxWords: 25, made: true, whole: true, and: noMoney},
	{lead: []string{"this ", "the "}, re: authorsViewsRe, maxWords: 30, made: true, whole: true, and: noMoney},
	{lead: []string{"this answer", "this question"}, re: answerSubmittedRe, maxWords: 12, made: true, whole: true, and: noMoney},
	{lead: []string{"this question", "tabled on", "asked on", "answered on"}, re: groupedQuestionRe, maxWords: 45, made: true, whole: true, and: noMoney},
	{lead: []string{"signed", "already", "so far"}, re: petitionCounterRe, maxWords: 12, made: true, whole: true, and: noMoney},
}
