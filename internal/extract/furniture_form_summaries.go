package extract

import "github.com/cypx/cypx/internal/lazyre"

// Furniture of a form's response summary (set 44), each a sentence
// whole: a question's type line with its count of answers ("Multiple
// choice · 214 responses", "Short answer · 96 responses") and the note
// over the latest free-text answers ("Latest responses (showing 3 of
// 187):"). Each names the form's layout, not a finding: the count of
// answers is the base of the options' rows under it, which keep their
// own counts and shares.

// latestResponses is the note over a question's latest free-text
// answers, which a plain-text summary may set on the line after its type
// line, read as one sentence with it.
const latestResponses = `(?:latest|recent|most\s+recent|newest)\s+(?:responses|answers)\s*\(\s*showing\s+[\d,]+\s+of\s+[\d,]+\s*\)`

var (
	formTypeLineRe    = lazyre.New(`(?i)^(?:checkboxes|checkbox\s+grid|multiple\s+choice(?:\s+grid)?|linear\s+scale|rating|paragraph|short\s+answer|dropdown|date|time|file\s+upload)\s*[·•|–-]\s*[\d,]+\s+(?:responses?|answers?)(?:\s+` + latestResponses + `)?\s*[:.]?$`)
	latestResponsesRe = lazyre.New(`(?i)^(?:the\s+)?` + latestResponses + `\s*[:.]?$`)
)

// nations are the UK's four nations and the pairs advice pages cover.
const nations = `(?:england|wales|scotland|northern\s+ireland)(?:(?:,\s*|\s+and\s+)(?:england|wales|scotland|northern\s+ireland)){0,3}`

var (
	// nationScopeRe is an advice page's line on where its advice holds:
	// "This advice applies to England.", "This information is for
	// Wales and England". Advice pages set it over every page.
	nationScopeRe = lazyre.New(`(?i)^this\s+(?:advice|information|guidance|page|content)\s+(?:only\s+)?(?:applies\s+to|is\s+for|covers)\s+` + nations + `(?:\s+only)?\s*\.?$`)
	// otherNationRe is its pointer to the same advice for another
	// nation: "See advice for Wales", "Read the guidance for Scotland".
	otherNationRe = lazyre.New(`(?i)^(?:see|read|get|view|go\s+to)\s+(?:the\s+|our\s+)?(?:advice|information|guidance)\s+for\s+` + nations + `\s*\.?$`)
)

// s44Classes are this file's furniture classes (see furnitureClasses).
var s44Classes = []furnitureClass{
	{lead: []string{"checkbox", "multiple", "linear", "rating", "paragraph", "short", "dropdown", "date", "time", "file"}, re: formTypeLineRe, maxWords: 14, made: true, whole: true},
	{lead: []string{"the ", "latest", "recent", "most", "newest"}, re: latestResponsesRe, maxWords: 10, made: true, whole: true},
	{lead: []string{"this"}, re: nationScopeRe, maxWords: 14, made: true, whole: true},
	{lead: []string{"see", "read", "get", "view", "go"}, re: otherNationRe, maxWords: 12, made: true, whole: true},
}
