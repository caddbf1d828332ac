package extract

import "github.com/cypx/cypx/internal/lazyre"

// Set 51's furniture sentences:
//   - a webinar follow-up's recording block, glued into one sentence
//     where its lines carry no stops: "Watch the recording https://...
//     Passcode: ab12 The recording is 1 hour 5 minutes long and will be
//     available until 30 June 2026.";
//   - a workplace network's digest opening: "We picked these conversations
//     for you from the last 7 days.";
//   - a wiki page's note on its comments: "Please leave comments below
//     rather than editing the page.";
//   - a statutory form's instruction: "NOTE: This form is to be used after
//     an inquest.";
//   - an abstract book's disclaimer: "Abstracts are reproduced as
//     submitted and have not been edited.";
//   - a speaker's tag under a quotation that says who the speaker is by
//     their circumstance: "Parent, placed in a hostel for 11 months",
//     "Young person, waiting two years for an assessment".
var (
	watchRecordingRe = lazyre.New(`(?i)^(?:watch|view|catch\s+up\s+on|replay)\s+(?:the\s+)?(?:recording|webinar|video|session|replay)\b(?:\s+(?:here|now|again|online)){0,2}(?:\s*:?\s*(?:https?://\S+|\S+\.\S+/\S*))?(?:\s+pass(?:code|word):?\s*\S+)?(?:\s+(?:the\s+)?(?:recording|video|webinar)\s+(?:is|runs|lasts)\s+[^.!?]{0,40}?(?:long|minutes?|hours?)\b[^!?]{0,80})?\.?$|^(?:the\s+)?(?:recording|video)\s+(?:is|runs|lasts)\s+(?:about\s+|around\s+|just\s+(?:over|under)\s+)?\d[^.!?]{0,40}?(?:minutes?|hours?|mins?|hrs?)(?:\s+long)?(?:,?\s+and\s+(?:will\s+be|is|stays|remains)\s+(?:available|online|up|live)\b[^!?]{0,60})?\.?$`)
	digestPicksRe    = lazyre.New(`(?i)^(?:we['’]ve\s+|we\s+have\s+|we\s+)?(?:picked|chosen|selected|gathered|rounded\s+up)\s+(?:these|the\s+following|some)\s+(?:conversations|posts|stories|messages|updates|discussions|highlights|threads)\s+(?:for\s+you|you\s+(?:might|may)\s+(?:like|have\s+missed))\b[^!?%£]{0,60}$`)
	commentsNoteRe   = lazyre.New(`(?i)^please\s+(?:leave|add|post|put)\s+(?:your\s+|any\s+)?(?:comments?|feedback|questions?)\s+(?:below|at\s+the\s+(?:bottom|foot)(?:\s+of\s+(?:the|this)\s+page)?|on\s+this\s+page)\b[^!?%£]{0,80}$`)
	formUseNoteRe    = lazyre.New(`(?i)^(?:note:?\s+)?this\s+form\s+(?:is\s+to\s+be|should\s+be|must\s+be|is)\s+(?:used|completed|filled\s+in)\s+(?:after|before|when|where|by|for|only)\b[^!?%£]{0,80}$`)
	asSubmittedRe    = lazyre.New(`(?i)^(?:the\s+|all\s+)?(?:abstracts|papers|posters|submissions|contributions|summaries)\s+(?:are|have\s+been|were)\s+(?:reproduced|printed|published|included|presented)\s+as\s+(?:submitted|received|written)\b[^!?%£]{0,80}$`)
	speakerStateRe   = lazyre.New(`(?i)^(?:[–—-]\s*)?(?:a\s+)?(?:parent|mum|mother|dad|father|carer|foster\s+carer|grandparent|young\s+person|pupil|student|teenager|service\s+user|patient),\s+(?:placed|living|waiting|staying|housed|moved|caring|looking\s+after|aged|with|whose|who\s+(?:has|had|was|is))\b[^.!?%£]{0,60}$`)
)

// s51Classes are this file's furniture classes (see furnitureClasses).
var s51Classes = []furnitureClass{
	{lead: []string{"watch", "view", "catch", "replay", "the recording", "recording", "the video", "video"}, re: watchRecordingRe, maxWords: 40, made: true, whole: true},
	{lead: []string{"we", "picked", "chosen", "selected", "gathered", "rounded"}, re: digestPicksRe, maxWords: 25, made: true, whole: true},
	{lead: []string{"please"}, re: commentsNoteRe, maxWords: 25},
	{lead: []string{"note", "this form"}, re: formUseNoteRe, maxWords: 25},
	{lead: []string{"the ", "all ", "abstracts", "papers", "posters", "submissions", "contributions", "summaries"}, re: asSubmittedRe, maxWords: 30},
	{lead: []string{""}, re: speakerStateRe, maxWords: 14, made: true, whole: true},
}
