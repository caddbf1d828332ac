package extract

import "github.com/cypx/cypx/internal/lazyre"

// Furniture of mails, papers and leaflets that stood as excerpts in sets
// 77 and 78, each class told by how its sentence opens:
//
//   - how to reply: "Please reply to the list, not to me directly",
//     "Please reply to the invitation so that I can book the room";
//   - a paper's note on who may see it: "Slides are for discussion and are
//     not for onward circulation", "These notes are published for
//     transparency";
//   - how to hand in a form: "Scan the QR code to fill in the form
//     online", "Tear off and hand in at the school office";
//   - a committee's stamp on written evidence: "This submission has been
//     accepted by the Committee as written evidence".
var (
	replyHowRe        = lazyre.New(`(?i)^(?:(?:and|but|so)\s+)?(?:please\s+)?(?:reply|respond)\s+(?:to\s+(?:the\s+)?(?:list|group|invitation|invite|meeting\s+request|calendar\s+(?:invitation|invite|item)|sender|all)|all)\b[^!?]{0,100}$`)
	circulationNoteRe = lazyre.New(`(?i)^(?:these|the|this|our)?\s*(?:slides?|notes|minutes|papers?|pack|deck|presentation|document|briefing)\s+(?:is|are|have\s+been|has\s+been)\s+(?:(?:for\s+discussion(?:\s+only)?|draft|confidential)(?:\s+and\s+(?:is|are)\s+)?\s*)?(?:not\s+for\s+(?:onward\s+|wider\s+|further\s+|external\s+)?(?:circulation|distribution|publication|sharing)|published\s+(?:here\s+)?(?:for\s+transparency|in\s+the\s+interests?\s+of\s+(?:openness|transparency))|for\s+discussion(?:\s+only)?)\b[^!?]{0,40}$`)
	formHandInRe      = lazyre.New(`(?i)^(?:please\s+)?(?:scan\s+the\s+qr\s+code|tear\s+off\s+(?:this\s+slip\s+)?and|cut\s+(?:off|out)\s+(?:this\s+slip\s+)?and|detach\s+(?:this\s+slip\s+)?and)\b[^!?]{0,100}$`)
	evidenceStampRe   = lazyre.New(`(?i)^this\s+(?:submission|written\s+evidence|evidence|memorandum)\s+(?:has\s+been|was)\s+(?:accepted|published)\s+(?:by\s+the\s+(?:[\w'’-]+\s+){0,4}?committee\s+)?as\s+written\s+evidence\b[^!?]{0,60}$`)
)

// replyNoteClasses are this file's furniture classes (see
// furnitureClasses).
var replyNoteClasses = []furnitureClass{
	{lead: []string{"please re", "reply", "respond", "and please", "but please", "so please"}, re: replyHowRe, maxWords: 30, dates: true, and: func(t, _ string) bool { return !quoted(t) }},
	{lead: []string{"these ", "the ", "this ", "our ", "slide", "notes", "minutes", "paper", "pack", "deck", "presentation", "document", "briefing"}, re: circulationNoteRe, maxWords: 25, made: true, whole: true, and: noMoney},
	{lead: []string{"please scan", "scan", "please tear", "tear", "cut", "please cut", "detach", "please detach"}, re: formHandInRe, maxWords: 30, dates: true},
	{lead: []string{"this "}, re: evidenceStampRe, maxWords: 30, made: true, whole: true, and: noMoney},
}
