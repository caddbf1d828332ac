package extract

import "github.com/cypx/cypx/internal/lazyre"

// Set 50's furniture sentences:
//   - a forwarder's note on how it forwards: "Forwarding Sam's figures as
//     an attachment so the tables come through.";
//   - an event reminder's welcome and preview: "We are looking forward to
//     seeing you on Thursday.", "Here is a taste of what we will share on
//     the night.", and its ticket line: "Order #5512093311 · 2 x Standard
//     (Free)";
//   - a consultation platform's sign-in prompt: "You need to be signed in
//     to take part.", "Register or sign in.";
//   - an inspection report's closing note on the action plan: "Ofsted will
//     consider the action plan when it is received. The local authority
//     should send this within 70 working days of receiving this report.";
//   - a newsletter's masthead line naming its practices: "For patients of
//     Elm Road Surgery and Hillside Medical Centre";
//   - a speaker's tag after a quotation, or a byline after a dash, on a
//     line of its own: "Parent, Northgate", "Volunteer caller", "– Dr Ana
//     Ruiz, Clinical Lead";
//   - staff news's farewell: "Farewell and thank you to Nurse Pat Doyle,
//     who retires after 28 years at the practice."
var (
	forwardingNoteRe = lazyre.New(`(?i)^(?:i['’]?m\s+|i\s+am\s+|just\s+)?(?:forwarding|passing\s+on|sending\s+on|sending\s+you)\s+[^.!?]{0,80}?\bas\s+an?\s+(?:attachment|attached\s+\w+)\b[^!?]{0,120}$`)
	lookingForwardRe = lazyre.New(`(?i)^(?:hello\s+\w+,?\s+)?(?:we\s+are|we['’]re|i\s+am|i['’]m|we)\s+(?:all\s+)?(?:really\s+|very\s+much\s+|so\s+)?looking\s+forward\s+to\s+(?:seeing|meeting|welcoming)\s+(?:you|everyone|all\s+of\s+you)\b[^!?%£]{0,60}$`)
	previewRe        = lazyre.New(`(?i)^here\s+(?:is|['’]s)\s+(?:a\s+|an\s+)?(?:little\s+)?(?:taste|preview|flavour|flavor|sneak\s+peek|glimpse|foretaste)\s+of\s+what\b[^!?%£]{0,80}$`)
	ticketOrderRe    = lazyre.New(`(?i)^order\s*(?:#|no\.?|number:?)\s*\d{5,}\b[^!?]{0,100}$`)
	signInPromptRe   = lazyre.New(`(?i)^(?:you\s+(?:need|must|have)\s+to\s+(?:be\s+)?(?:signed\s+in|logged\s+in|sign\s+in|log\s+in|register(?:ed)?)\b[^!?%£]{0,60}|(?:please\s+)?(?:register|sign\s+up|sign\s+in|log\s+in)(?:\s+or\s+(?:register|sign\s+up|sign\s+in|log\s+in)?)?\s*[.!]?)$`)
	actionPlanNoteRe = lazyre.New(`(?i)^(?:ofsted|the\s+cqc|cqc|inspectors|we)\s+will\s+(?:consider|review|evaluate|monitor|look\s+at)\s+the\s+(?:[\w'’]+\s+){0,3}(?:action\s+plan|written\s+statement\s+of\s+action|improvement\s+plan)\s+when\s+it\s+is\s+(?:received|submitted)\.?$|^the\s+(?:local\s+authority|council|provider|trust|school|setting)\s+should\s+(?:send|submit|return|provide)\s+(?:this|it|the\s+(?:action\s+)?plan|its\s+(?:action\s+)?plan)\s+(?:to\s+ofsted\s+)?within\s+\d+\s+(?:working\s+)?days\s+of\s+(?:receiving|receipt\s+of|the\s+publication\s+of)\s+this\s+(?:report|letter)\.?$`)
	practicesMastRe  = lazyre.New(`^For\s+(?:the\s+)?(?:patients|families|residents|members)\s+(?:of|at|registered\s+(?:with|at))\s+\p{Lu}[\p{L}'’-]*(?:[\s,]+(?:\p{Lu}[\p{L}'’-]*|and|&|the|of|on|upon))+\.?$`)
	speakerTagRe     = lazyre.New(`(?i)^(?:[–—-]\s*)?(?:a\s+)?(?:parent|mum|mother|dad|father|carer|foster\s+carer|grandparent|young\s+person|pupil|student|teenager|volunteer(?:\s+caller|\s+visitor)?|mystery\s+shopper|service\s+user|patient)(?:,\s+(?:aged\s+\d{1,2}|[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}))?\.?$`)
	dashBylineRe     = lazyre.New(`^[–—-]\s*(?:(?:Dr|Professor|Prof|Cllr|Councillor|Mr|Mrs|Ms|Miss|Mx|Sister|Rev|Revd)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}(?:,\s+[^.!?%£]{2,80})?\.?$`)
	farewellRe       = lazyre.New(`(?i)^(?:a\s+fond\s+)?(?:farewell|goodbye)\s+(?:and\s+(?:a\s+(?:big\s+|huge\s+)?)?(?:thank\s+you|thanks)\s+)?to\s+[^!?%£]{3,160}$`)
)

// s50Classes are this file's furniture classes (see furnitureClasses).
var s50Classes = []furnitureClass{
	{lead: []string{"forwarding", "passing on", "sending", "i'm ", "i’m ", "im ", "i am ", "just "}, re: forwardingNoteRe, maxWords: 40, and: func(t, _ string) bool { return !quoted(t) }},
	{lead: []string{"we ", "i ", "i'm ", "i’m ", "hello "}, re: lookingForwardRe, maxWords: 25, dates: true},
	{lead: []string{"here "}, re: previewRe, maxWords: 25},
	{lead: []string{"order"}, re: ticketOrderRe, maxWords: 25, made: true, whole: true},
	{lead: []string{"you ", "please ", "register", "sign ", "log "}, re: signInPromptRe, maxWords: 20},
	{lead: []string{"ofsted", "the ", "cqc", "inspectors", "we "}, re: actionPlanNoteRe, maxWords: 30, made: true, whole: true, overAsk: true},
	{lead: []string{"for "}, re: practicesMastRe, maxWords: 30},
	{lead: []string{""}, re: speakerTagRe, maxWords: 8, made: true, whole: true},
	{lead: []string{"–", "—", "-"}, re: dashBylineRe, maxWords: 16},
	{lead: []string{"farewell", "goodbye", "a fond"}, re: farewellRe, maxWords: 40, made: true, whole: true},
}
