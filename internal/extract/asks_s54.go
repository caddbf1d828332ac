package extract

import "github.com/cypx/cypx/internal/lazyre"

// ownPrioritiesHeadingRe is a heading over a body's own priorities for a
// coming period: "Our priorities for 2025-26", "Our priorities for the
// year ahead", "Priorities for next year". Its items told as imperatives
// ("Recruit to every vacancy", "Share records between midwives and
// health visitors") are what the body sets itself to do, numbered as a
// report's recommendations are; a priority told as a fact ("Neglect
// remains our first priority") asks nothing, as under any heading of
// asks. "Priorities for ICBs" names a body and is read by
// nextStepsHeadingRe.
var ownPrioritiesHeadingRe = lazyre.New(`(?i)^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:our|(?:the\s+)?(?:council|trust|board|partnership|icb|service)['’]s)\s+(?:key\s+|main\s+|top\s+)?priorities\s+for\s+(?:(?:19|20)\d\d(?:\s*[-–/]\s*(?:\d\d){1,2})?|the\s+(?:year|years|months)\s+ahead|the\s+(?:coming|next)\s+(?:year|two\s+years|three\s+years)|next\s+year)\s*:?$`)
