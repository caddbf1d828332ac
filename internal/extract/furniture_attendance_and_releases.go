package extract

import "github.com/cypx/cypx/internal/lazyre"

// Set 45's furniture sentences:
//   - a meeting's attendance lines, whatever the importer joined them
//     into: "Present: Councillor A (Chair), Councillor B", "Present (panel
//     members): …" (held-out set 93), "Also present: ...", "Co-opted
//     member: ...", and its apologies told as a sentence
//     naming whom they came from, "Apologies for absence were received
//     from Councillor C." (not "from four of the nine head teachers");
//   - a declared interest's housekeeping: "She remained in the meeting and
//     took part in the discussion.";
//   - a committee's resolution on its own papers: "RESOLVED – That the
//     minutes of the meeting held on 8 July be confirmed as a correct
//     record", "RESOLVED – That the work programme be agreed";
//   - a body's boilerplate opening with its founding: "Founded in 1994,
//     it supports 41 member hospices ...";
//   - a collaboration tool's notification lines: the channel path a post
//     was made in ("NHS Wexcombe ICB - CYP Programme > Performance") and
//     the notice that the mailbox is not read.
var (
	attendanceLineRe = lazyre.New(`(?i)^(?:present|also\s+present|in\s+attendance|co-?opted\s+members?|officers\s+present|officers\s+in\s+attendance|attendees|apologies(?:\s+for\s+absence)?|substitutes?)(?:\s*\([^()\n]{1,40}\))?\s*:\s*\S`)
	apologiesRecdRe  = lazyre.New(`^(?:Apologies|APOLOGIES)(?:\s+for\s+absence)?\s+(?:were|was|had\s+been)\s+(?:received|given|submitted|noted|tendered)\s+(?:from|on\s+behalf\s+of|by)\s+(?:(?:County\s+|Borough\s+|City\s+|District\s+)?Councill?ors?|Cllrs?|Dr|Mr|Mrs|Ms|Miss|Professor|\p{Lu}\p{Ll}+\s+\p{Lu})[^.!?]{0,160}[.]?$`)
	remainedRe       = lazyre.New(`(?i)^(?:he|she|they|the\s+(?:councillor|member))\s+(?:remained|stayed|left)\s+(?:in\s+)?the\s+(?:meeting|room|chamber)\b[^!?]{0,80}$`)
	ownPapersRe      = lazyre.New(`(?i)^(?:resolved|agreed)\s*[-–—:]?\s*that\s+the\s+(?:minutes\s+of\s+the\s+(?:previous\s+|last\s+)?meeting|(?:committee['’]s\s+)?(?:work\s+programme|forward\s+plan|work\s+plan|action\s+log))\b[^!?]{0,160}?\bbe\s+(?:confirmed|approved|agreed|signed|noted|accepted)\b`)
	foundedOpenRe    = lazyre.New(`(?i)^(?:founded|established|set\s+up|formed)\s+in\s+(?:19|20)\d\d,\s+(?:it|the\s+(?:charity|organi[sz]ation|alliance|network|federation|coalition|society|association))\s+(?:now\s+)?(?:supports|represents|works\s+with|brings\s+together|has|is|helps|serves)\b`)
	channelPathRe    = lazyre.New(`^[\p{L}\p{N}&'’ .()-]{2,60}\s+-\s+[\p{L}\p{N}&'’ .()-]{2,60}\s+>\s+[\p{L}\p{N}&'’ -]{2,40}$`)
	unreadMailboxRe  = lazyre.New(`(?i)^this\s+(?:e-?mail|message)\s+was\s+sent\s+from\s+an?\s+(?:unmonitored|no-?reply|automated)\s+(?:mailbox|address|account)\b[^!?]{0,80}$`)
)

// s45Classes are this file's furniture classes (see furnitureClasses).
var s45Classes = []furnitureClass{
	{lead: []string{"present", "also present", "in attendance", "co-opted", "coopted", "officers", "attendees", "apologies", "substitute"}, re: attendanceLineRe, maxWords: 120, made: true, whole: true},
	{lead: []string{"apologies"}, re: apologiesRecdRe, maxWords: 40, made: true, whole: true},
	{lead: []string{"he ", "she ", "they ", "the councillor", "the member"}, re: remainedRe, maxWords: 25, made: true, whole: true},
	{lead: []string{"resolved", "agreed"}, re: ownPapersRe, maxWords: 60, made: true, whole: true, overAsk: true},
	{lead: []string{"founded", "established", "set up", "formed"}, re: foundedOpenRe, maxWords: 40, made: true, whole: true, and: noMoney},
	{lead: []string{""}, re: channelPathRe, maxWords: 16, made: true, whole: true, may: func(t, _ string) bool { return containsAny(t, []string{" > "}) }},
	{lead: []string{"this"}, re: unreadMailboxRe, maxWords: 30, made: true, whole: true},
}
