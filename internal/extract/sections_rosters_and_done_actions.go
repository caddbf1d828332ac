package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/lazyre"
)

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

// rosterFindingRe is a sentence of a finding: a share, or a count, a
// value or a change stated by a verb ("Attendance this half term was
// 95.8%, up from 94.1%", "Persistent absence fell to 12% of pupils").
var rosterFindingRe = lazyre.New(`\d\s*%|\d\s+per\s+cent\b|\b(?:was|were|is|are|rose|fell|increased|decreased|improved|dropped)\b[^.]*\d`)

// rosterFinding reports a block under a roster's heading that is no name
// of the roster but a finding: a sentence of six words or more, ending in
// a full stop, that states a figure (rosterFindingRe). A school
// newsletter's or a report's "Attendance" section reports pupils'
// attendance; a meeting's "Present:" list names people, with no such
// sentence. Before (hostile check 66), "## Attendance" over "Persistent
// absence fell to 12% of pupils in Kent in 2024/25" lost its figures.
func rosterFinding(text string) bool {
	t := strings.TrimSpace(text)
	return len(strings.Fields(t)) >= 6 && strings.HasSuffix(strings.TrimRight(t, "*_\"'”’)"), ".") && rosterFindingRe.MatchString(t)
}

// statusColumnRe heads an action log's column of progress: "Status",
// "RAG status", "Progress".
var statusColumnRe = lazyre.New(`(?i)^(?:(?:rag|current)\s+)?(?:status|progress)$`)

// doneStatusRe is a status saying the action is done.
var doneStatusRe = lazyre.New(`(?i)^(?:complete|completed|closed|done|finished|delivered)\.?$`)

// doneActionRow reports a row of an action log ("Action | Owner | Due |
// Status") whose status says it is done: a paper's record of its own
// housekeeping, no evidence (leftovers round 13h). A row still open may
// ask its owner (ownedActionCell).
func doneActionRow(b corpus.Block) bool {
	action, done := false, false
	for i, c := range b.Cells {
		if i >= len(b.Header) {
			break
		}
		h := strings.TrimSpace(b.Header[i])
		action = action || actionColumnRe.MatchString(h)
		done = done || statusColumnRe.MatchString(h) && doneStatusRe.MatchString(strings.TrimSpace(c.Text))
	}
	return action && done
}
