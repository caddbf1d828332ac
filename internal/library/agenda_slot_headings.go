package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// agendaSlotRe is an agenda item's slot after its title: who leads it and
// how long it has, in brackets ("(Jo, 25 mins)", "(all – 15 minutes)",
// "(20 mins)"). Initials alone ("(RB)") are no slot: a presenter's
// initials stay with the title, as minutes print them.
var agendaSlotRe = lazyre.New(`\s+\((?:\p{L}[\p{L}'’.&/ -]{0,40}?\s*[,–—:-]\s*)?\d{1,3}\s?(?:mins?|minutes|min)\.?\)$`)

// withoutAgendaSlot is a heading without its agenda slot: "Health advice
// for EHC needs assessments (Jo, 25 mins)" is the item "Health advice for
// EHC needs assessments". The heading names the item; the slot is the
// meeting's timing, and glued to the title it kept the heading from
// matching the item anywhere else it is named.
func withoutAgendaSlot(h string) string {
	if !strings.HasSuffix(h, ")") {
		return h
	}
	if t := agendaSlotRe.ReplaceAllString(h, ""); strings.TrimSpace(t) != "" {
		return t
	}
	return h
}

// agendaSlotHeadings takes the agenda slot off every heading of a body.
func agendaSlotHeadings(body string) string {
	if !strings.Contains(body, "min") {
		return body
	}
	lines := strings.Split(body, "\n")
	for i, l := range lines {
		if h, ok := strings.CutPrefix(l, "## "); ok {
			lines[i] = "## " + withoutAgendaSlot(h)
		}
	}
	return strings.Join(lines, "\n")
}
