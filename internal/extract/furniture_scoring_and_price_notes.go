package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// Two notes whose numbers are no findings:
//   - a risk register's note on how it scores: "Risk scores are impact
//     times likelihood on a 5 x 5 matrix.";
//   - an event's prices: "Adults £5, children free.", "Tickets: adults
//     £12, under-18s £6."
//
// The numbers are the note itself, so the classes take the whole
// sentence; anything after the note (a count of risks, a sum raised) keeps
// it, the patterns ending there.
const (
	riskFactor = `(?:likelihood|impact|consequence|severity|probability)`
	pricedWho  = `(?:adults?|children|kids|under-?\s?\d{1,2}s|over-?\s?\d{1,2}s|concessions?|families|family\s+tickets?|students?|members|seniors)`
	price      = `(?:£\d{1,3}(?:\.\d\d)?|free)`
)

var (
	riskScoringNoteRe = lazyre.New(`(?i)^(?:(?:the\s+)?risk\s+)?scores?\s+(?:are|is)\s+(?:calculated\s+as\s+|the\s+product\s+of\s+)?` + riskFactor + `\s+(?:multiplied\s+by|x|×|times|and)\s+` + riskFactor +
		`(?:\s*,?\s*(?:on|using|from)\s+(?:a|the)\s+\d\s*(?:by|x|×)\s*\d\s+(?:matrix|grid|scale))?\.?$`)
	eventPricesRe = lazyre.New(`(?i)^(?:(?:tickets?|entry|admission|prices?)\s*(?::|,|-|–|are|is)\s*)?` + pricedWho + `\s*(?::\s*)?` + price +
		`(?:\s*(?:,|;|and|/)\s*` + pricedWho + `\s*(?::\s*)?` + price + `)+\.?$`)
)

// scoringPriceClasses are this file's furniture classes (see furnitureClasses).
var scoringPriceClasses = []furnitureClass{
	{lead: []string{"risk", "the risk", "score"}, re: riskScoringNoteRe, maxWords: 25, made: true, whole: true},
	{lead: []string{""}, re: eventPricesRe, maxWords: 16, made: true, whole: true,
		may: func(t, lower string) bool { return strings.Contains(t, "£") || strings.Contains(lower, "free") }},
}
