package extract

import "github.com/cypx/cypx/internal/lazyre"

// Sections whose blocks are no evidence, whatever they say (leftovers
// round 13h):
//   - a meeting's roster, under "Attendees", "Present" or "Apologies":
//     names and roles ("Cllr Jo Dean, Cabinet Member for Children");
//   - a bulletin's listing of events, under "Dates for your diary" or
//     "Upcoming events": each item is a date and a place;
//   - a GOV.UK page's change history, the numbered notes after "Last
//     updated 2 May 2026 hide all updates" ("1. Added figures for 2025").
var (
	rosterHeadingRe   = lazyre.New(`(?i)^\s*(?:attendees|attendance|present|members\s+present|also\s+present|in\s+attendance|(?:those\s+)?attending|apologies(?:\s+(?:for\s+absence|received))?|absent)\s*:?\s*$`)
	listingsHeadingRe = lazyre.New(`(?i)^\s*(?:dates\s+for\s+(?:your|the)\s+diar(?:y|ies)|diary\s+dates|(?:upcoming|forthcoming|future)\s+events|events(?:\s+and\s+(?:webinars|training|courses))?|what['’]s\s+on)\s*:?\s*$`)
	changeHistoryRe   = lazyre.New(`(?i)\blast\s+updated\b[^.!?]{0,60}?\b(?:show|hide)\s+all\s+updates\s*$`)
)
