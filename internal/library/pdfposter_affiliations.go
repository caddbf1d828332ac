package library

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// affMarkRe is a superscript mark opening an affiliation ("¹", "²"),
	// or the digits of one set raised (poppler keeps them as the
	// characters the font draws).
	affMarkRe = lazyre.New(`[¹²³⁴⁵⁶⁷⁸⁹⁰]+`)
	// conferenceRe names the event a poster or talk was given at.
	conferenceRe = lazyre.New(`(?i)\b(?:conference|congress|symposium|summit|annual meeting|scientific meeting)\b`)
)

// posterAffiliationOrg is the body of the first affiliation a poster's
// title band lists after a superscript mark ("¹ Department of Child
// Health, University of Keldon ² Keldon NHS Trust"): the last
// comma-separated part of it that names a body (a department belongs to
// it), "" when no line opens with a mark or the first affiliation names
// no body. A poster names no publisher otherwise; its first authors'
// institution is the one a citation gives.
func posterAffiliationOrg(lines []string) string {
	for _, l := range lines {
		l = strings.TrimSpace(l)
		loc := affMarkRe.FindStringIndex(l)
		if loc == nil || loc[0] != 0 {
			continue
		}
		first := l[loc[1]:]
		if next := affMarkRe.FindStringIndex(first); next != nil {
			first = first[:next[0]]
		}
		parts := strings.Split(strings.Trim(strings.TrimSpace(first), ";,."), ",")
		for i := len(parts) - 1; i >= 0; i-- {
			if org := strings.TrimSpace(parts[i]); bodyNameRe.MatchString(org) && !strings.HasPrefix(strings.ToLower(org), "department of") {
				return org
			}
		}
		return ""
	}
	return ""
}

// conferenceLineDate is the day a line of a poster's title band names
// the conference it was given at ("Child Health Research Conference,
// York, 4 June 2025 · Poster 12"): the poster is dated by it. Only a full
// date counts (a year alone names the conference's edition), and the
// line is returned with it.
func conferenceLineDate(lines []string) (evidence.Date, string) {
	for _, l := range lines {
		if !conferenceRe.MatchString(l) {
			continue
		}
		if d, ok := findDate(l); ok && d.Day != 0 {
			return d, l
		}
	}
	return evidence.Date{}, ""
}

// bandLines are the lines right under the first page's title (its
// authors, affiliations and event), where a poster names who made it
// and where it was shown.
func (l *layout) bandLines(rs []*row) []string {
	var lines []string
	for _, r := range rs[l.titleTo:min(l.titleTo+4, len(rs))] {
		lines = append(lines, r.text())
	}
	return lines
}
