package extract

import "github.com/cypx/cypx/internal/lazyre"

// A tender's housekeeping, furniture in any procurement document:
//   - where questions or bids go: "All clarification queries must be
//     raised via the procurement portal.";
//   - the buyer's right to move its dates: "Tenderers should note that the
//     Authority may amend this timetable."
//
// A figure, a share or a sum keeps the sentence (the class is no "made"
// one), as does a clause after the notice.
var (
	tenderRouteRe     = lazyre.New(`(?i)^(?:all\s+)?(?:clarification\s+(?:questions|queries|requests)|clarifications|questions|queries|bids|tenders|responses|submissions)\s+(?:must|should|shall|are\s+to)\s+(?:only\s+)?be\s+(?:submitted|sent|raised|made|returned|uploaded|asked)\s+(?:only\s+)?(?:via|through|using|on|to)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?(?:e-?tendering\s+)?(?:portal|system|platform|messaging\s+facility)(?:\s+only)?\.?$`)
	tenderTimetableRe = lazyre.New(`(?i)^(?:bidders|tenderers|suppliers|providers|applicants|potential\s+providers)\s+(?:should|must|are\s+asked\s+to|are\s+reminded\s+to)\s+(?:note|be\s+aware)\s+that\s+(?:the\s+)?(?:commissioners?|authority|contracting\s+authority|council|icb|buyer|trust)\s+(?:may|reserves\s+the\s+right\s+to)\s+(?:vary|change|amend|alter|extend|revise)\s+(?:this|the)\s+(?:procurement\s+)?(?:timetable|timeline|dates|deadlines?)(?:\s+(?:at\s+any\s+time|if\s+needed|if\s+necessary|where\s+necessary))?\.?$`)
)

// tenderClasses are this file's furniture classes (see furnitureClasses).
var tenderClasses = []furnitureClass{
	{lead: []string{"all ", "clarification", "questions", "queries", "bids", "tenders", "responses", "submissions"}, re: tenderRouteRe, maxWords: 25},
	{lead: []string{"bidders", "tenderers", "suppliers", "providers", "applicants", "potential providers"}, re: tenderTimetableRe, maxWords: 25},
}
