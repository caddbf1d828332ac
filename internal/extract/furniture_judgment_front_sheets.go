package extract

import "github.com/cypx/cypx/internal/lazyre"

// Set 57's furniture lines, a court judgment's front sheet:
//   - the hand-down note: "This judgment was handed down remotely at
//     10.30am on 5 May 2026 by circulation to the parties ...", which says
//     how the judgment was given out, not what it decides;
//   - the lines naming counsel and who instructed them: "Ms Ann Lee KC and
//     Mr Tom Hart (instructed by Smith Solicitors) for the Claimant";
//   - a party's non-appearance: "The Second Defendant did not appear and
//     was not represented".
var (
	handedDownRe = lazyre.New(`(?i)^this (?:judgment|judgement|decision|ruling|determination) (?:was|will be|is being) (?:handed down|delivered|given)\b[^!?]{0,300}$`)
	counselRe    = lazyre.New(`^` + counselName + `(?:,? (?:and|&) ` + counselName + `)*\s*\((?:instructed by|of|solicitor for)\b[^()]{2,120}\)(?:\s+for\s+the\s+[^.!?]{2,80})?\.?$`)
	absentRe     = lazyre.New(`(?i)^the (?:(?:first|second|third|fourth|\d(?:st|nd|rd|th))\s+)?(?:defendant|claimant|respondent|appellant|applicant|interested party)s?\s+(?:did not|does not|do not)\s+(?:appear|attend)(?:\s+and\s+(?:was|were)\s+not\s+represented)?\.?$|^the (?:(?:first|second|third|fourth)\s+)?(?:defendant|claimant|respondent|appellant|applicant|interested party)s?\s+(?:was|were)\s+not\s+represented\.?$`)
)

// counselName is an advocate as a judgment's front sheet names one: title,
// names, and perhaps the rank of King's or Queen's Counsel.
const counselName = `(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}(?:\s+(?:KC|QC|SC))?`

// set57Classes are this file's furniture classes (see furnitureClasses).
var set57Classes = []furnitureClass{
	{lead: []string{"this judgment", "this judgement", "this decision", "this ruling", "this determination"}, re: handedDownRe, maxWords: 60, made: true, whole: true, overAsk: true},
	{lead: []string{"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady"}, re: counselRe, maxWords: 40, made: true, whole: true},
	{lead: []string{"the "}, re: absentRe, maxWords: 16, made: true, whole: true},
}
