package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// serviceSenderName is the display name of a service's bulk mail whose
// first word spells its address's domain: "Lobbyco Monitoring
// <alerts@lobbyco.co.uk>", "Policyhub Daily <news@policyhub.org>". A
// monitoring or alert service signs with its own name and the name of
// its product, in no organisation's words; the domain its mail comes
// from is the same name, so the name is the publisher, as a name that
// spells the whole domain is ("YoungMinds"). A person's given name
// rarely spells a domain, and bulk mail is a service's; empty otherwise.
func serviceSenderName(from string, bulk bool) string {
	if !bulk {
		return ""
	}
	name := strings.TrimSpace(viaRe.ReplaceAllString(displayName(from), ""))
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 4 || strings.ContainsAny(name, "@()|,") {
		return ""
	}
	for _, w := range words {
		if r := []rune(w)[0]; !('A' <= r && r <= 'Z') {
			return ""
		}
	}
	first := slugForm(words[0])
	if len(first) < 4 || !namesDomain(words[0], from) {
		return ""
	}
	return name
}

var (
	// alertEntryHeadRe is a monitoring alert's entry header: its number,
	// the kind of item in capitals and the item's title, "1. WRITTEN
	// QUESTION | School Nurses", or already made a heading by the short
	// line rule. Group 1 is the title.
	alertEntryHeadRe = lazyre.New(`^(?:\d{1,2}\.|#{2,3})\s+[A-Z][A-Z/&-]+(?:\s+[A-Z/&-]+){0,4}\s+\|\s+(\S.{1,160})$`)
	// alertEntryMetaRe is the line under it: when and who, "9 December
	// 2025 | Lord Penhallow (Crossbench) to the Department of ...".
	alertEntryMetaRe = lazyre.New(`^\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\s+\|\s+\S.{2,240}$`)
	// alertServiceLineRe is an alert's own line about the service: "Log
	// in to view: URL", "Log in to view the briefing pack", "5 new items
	// matched your keywords (...)".
	alertServiceLineRe = lazyre.New(`(?i)^(?:(?:log|sign)\s+in\s+to\s+(?:view|read|see)\b.{0,120}|\d{1,4}\s+new\s+(?:items?|results?|mentions?|matches)\s+(?:matched|match|found)\b.{0,200})$`)
)

// monitoringAlertEntries reads a parliamentary monitoring alert's plain
// body: each entry's header gives its title as a heading (its kind in
// capitals left out), and the entry's when-and-who line and the
// service's log-in and match-count lines are dropped. Before, the
// headers and the lines under them were excerpts and the entries had no
// headings. A body with fewer than two entry headers is returned as it is.
func monitoringAlertEntries(body string) string {
	lines := strings.Split(body, "\n")
	if linesMatching(lines, alertEntryHeadRe) < 2 {
		return body
	}
	var out []string
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if m := alertEntryHeadRe.FindStringSubmatch(t); m != nil {
			out = append(out, "## "+strings.TrimSpace(m[1]))
			j := i + 1
			for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
				j++
			}
			if j < len(lines) && alertEntryMetaRe.MatchString(strings.TrimSpace(lines[j])) {
				i = j
			}
			out = append(out, "")
			continue
		}
		if alertServiceLineRe.MatchString(t) {
			continue
		}
		out = append(out, lines[i])
	}
	return blankRunRe.ReplaceAllString(strings.Join(out, "\n"), "\n\n")
}

// blankRunRe is a run of blank lines a dropped line leaves.
var blankRunRe = lazyre.New(`\n(?:[ \t]*\n){2,}`)
