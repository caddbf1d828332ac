package extract

import "github.com/cypx/cypx/internal/lazyre"

// Set 53's furniture sentences:
//   - a report's citation line told in a sentence, "This report should be
//     cited as: Lee A (2026) Title. Place: Publisher." (the citation
//     class, which reads what follows in its block as the citation);
//   - a briefing pack's note on what it is, "This pack is a compilation of
//     relevant information and resources, and is not intended to be
//     comprehensive.";
//   - a note that a publisher answers not for the sites it links to,
//     "Note: the Library is not responsible for the content of external
//     websites.";
//   - a fact checker's call for claims to check, "Tell us about it and we
//     will take a look." and its link, "Report a claim".
var (
	citedAsRe      = lazyre.New(`(?i)^(?:this|the)\s+(?:report|paper|briefing|document|publication|evaluation|review|study|guide|toolkit|pack)\s+(?:should|may|can|must)\s+be\s+cited\s+as\b`)
	compilationRe  = lazyre.New(`(?i)^(?:this|the)\s+(?:debate\s+)?(?:pack|briefing|collection|reading\s+list|digest|bulletin|page)\s+is\s+a\s+(?:compilation|collection|selection)\s+of\s+(?:relevant\s+)?(?:information|resources|material|articles|links|sources)\b[^!?%£]{0,120}$`)
	externalSiteRe = lazyre.New(`(?i)^(?:please\s+)?(?:note:?\s+)?(?:the\s+|we\s+|[\w’'-]+\s+){0,4}(?:is|are)\s+not\s+responsible\s+for\s+the\s+content(?:s)?\s+of\s+(?:any\s+)?(?:external|third[- ]party|other|linked)\s+(?:websites?|sites?|links?|pages?|internet\s+sites)\b[^!?%£]{0,60}$`)
	claimCallRe    = lazyre.New(`(?i)^(?:tell\s+us\s+about\s+it\s+and\s+we\s+(?:will|['’]ll)\s+(?:take\s+a\s+look|look\s+into\s+it|check\s+it)\b[^!?%£]{0,60}|(?:report|submit|suggest|send\s+us)\s+(?:a|the|your)\s+claim(?:\s+(?:to\s+us|to\s+check|here|now))?)[.!]?$`)
)

// s53Classes are this file's furniture classes (see furnitureClasses).
var s53Classes = []furnitureClass{
	{lead: []string{"this ", "the "}, re: citedAsRe, maxWords: 60, made: true, overAsk: true, rest: true},
	{lead: []string{"this ", "the "}, re: compilationRe, maxWords: 40},
	{lead: []string{"note", "the ", "we ", "please", "this "}, re: externalSiteRe, maxWords: 30},
	{lead: []string{"tell us", "report", "submit", "suggest", "send us"}, re: claimCallRe, maxWords: 20},
}
