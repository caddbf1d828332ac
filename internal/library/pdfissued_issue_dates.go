package library

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// issuedRe is a leaflet's issue line: "Issued February 2026", "Date of
// issue: 3 March 2025", "Issue date: May 2024". A review date beside it
// ("Review date February 2028") is when it is due to be replaced, not when
// it was published.
var issuedRe = lazyre.New(`(?i)\b(?:issued(?:\s+(?:in|on))?|date\s+of\s+issue|issue\s+date)\s*:?\s*((?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:19|20)\d\d)\b`)

// issuedDate dates a patient leaflet by its issue line, on the first or
// the last pages, read across the break of a line ("... · Issued February"
// over "2026 · Review date ..."): the date the leaflet gives for itself.
// Before, a leaflet with no "Published" line was dated by the day its file
// was made.
func (l *layout) issuedDate(pageRows [][]*row) (evidence.Date, string) {
	for i := range l.pages {
		if i >= 3 && i < len(l.pages)-3 {
			continue
		}
		rs := pageRows[i]
		for k, r := range rs {
			t := r.text()
			if !strings.Contains(strings.ToLower(t), "issue") {
				continue
			}
			if k+1 < len(rs) {
				t += " " + rs[k+1].text()
			}
			if m := issuedRe.FindStringSubmatch(t); m != nil {
				if d, ok := findDate(m[1]); ok {
					return d, `the "Issued" line: ` + m[1]
				}
			}
		}
	}
	return evidence.Date{}, ""
}

var (
	// yearEndedRe is a title naming the period its accounts close on:
	// "... for the year ended 31 March 2025".
	yearEndedRe = lazyre.New(`(?i)\b(?:year|period)\s+end(?:ed|ing)\s+\d{1,2}\s+[a-z]+\s+(?:19|20)\d\d\b`)
	// approvedOnDateRe is the line a set of accounts is approved by:
	// "Approved by the trustees on 11 September 2025".
	approvedOnDateRe = lazyre.New(`(?i)\bapproved\s+by\s+the\s+(?:trustees|board(?:\s+of\s+(?:trustees|directors))?|directors|governors|governing\s+body)\s+on\s+(\d{1,2}\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:19|20)\d\d)\b`)
)

// approvedDate dates a report and accounts titled by the year they close
// on by the day its trustees approved it ("Approved by the trustees on 11
// September 2025"): the report is published after it, and the year's end
// on its cover is the period it covers, not when it was published.
// Before, the year's end was the date.
func (l *layout) approvedDate(title string, pageRows [][]*row) (evidence.Date, string) {
	if !yearEndedRe.MatchString(title) {
		return evidence.Date{}, ""
	}
	for i := range l.pages {
		for _, r := range pageRows[i] {
			t := r.text()
			if !strings.Contains(strings.ToLower(t), "approved") {
				continue
			}
			if m := approvedOnDateRe.FindStringSubmatch(t); m != nil {
				if d, ok := findDate(m[1]); ok {
					return d, "the accounts' approval line: " + m[1]
				}
			}
		}
	}
	return evidence.Date{}, ""
}
