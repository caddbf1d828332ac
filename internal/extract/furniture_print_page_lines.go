package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// Lines a printed page or leaflet sets round its text, each furniture only
// when it is made of nothing else:
//
//   - a leaflet's credit line naming the team or service that wrote it and
//     its body: "Community Paediatrics Service, Eastbury Health NHS Trust",
//     "Children's Therapy Team, Millmoor Council";
//   - a small advert's event line: the event's day, time and place, after
//     its name or alone, "Harbour Charity Bike Ride. Saturday 4 July, 9am,
//     West Quay.", "Saturday 4 July, 9am, West Quay.";
//   - a letters page's or a consultation's invitation to have your say,
//     after the section label a newspaper sets before it: "Comment | Have
//     your say on the stories that matter in Dunmere", "Have your say.".
//
// The near miss stays evidence: the same names doing something ("The
// Community Paediatrics Service, Eastbury Health NHS Trust, saw 2,100
// children"), an event line that reports the event ("Saturday 4 July, 9am:
// 300 families came"), an invitation with a finding or a deadline's ask
// after it.
var (
	creditUnitWords = `(?:Service|Services|Team|Department|Unit|Directorate|Division|Programme|Clinic|Hub|Centre|Office|Pathway)`
	creditBodyWords = `(?:NHS\s+(?:Foundation\s+)?Trust|Foundation\s+Trust|Trust|Council|ICB|Integrated\s+Care\s+Board|Health\s+Board|University|Hospital|Partnership|Authority)`
	creditTitleWord = `(?:\p{Lu}[\p{L}'’&-]*|of|and|for|the|&)`
	unitBodyRe      = lazyre.New(`^(?:The\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+` + creditTitleWord + `){0,5}\s+` + creditUnitWords + `,\s+(?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+` + creditTitleWord + `){0,7}\s+` + creditBodyWords + `$`)
	eventAdvertRe   = lazyre.New(`^(?:\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){1,6}[.:]\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?,\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)(?:\s*(?:-|–|to)\s*\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm))?(?:,\s+\p{Lu}[^.!?;:]{1,50})?\.?$`)
	haveYourSayRe   = lazyre.New(`(?i)^(?:[a-z'’]+(?:\s+[a-z'’]+)?\s*[|·]\s*)?have\s+your\s+say(?:\s+(?:on|about)\s+[^.!?;:]{1,80})?\s*[.!]?$`)
)

// printPageLineClasses are this file's furniture classes (see
// furnitureClasses).
var printPageLineClasses = []furnitureClass{
	{lead: []string{""}, re: unitBodyRe, maxWords: 20, may: func(t, _ string) bool { return strings.Contains(t, ", ") && countFields(t) >= 4 }},
	{lead: []string{""}, re: eventAdvertRe, maxWords: 25, made: true, whole: true, may: func(t, lower string) bool { return containsAny(lower, []string{"day "}) }},
	{lead: []string{""}, re: haveYourSayRe, maxWords: 25, may: func(_, lower string) bool { return containsAny(lower, []string{"have your say"}) }},
}
