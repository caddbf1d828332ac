package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// comparedClauseRe opens a phrase setting another value beside the
	// one before it: "compared with", "against", "higher than", "well
	// above".
	comparedClauseRe = lazyre.New(`(?i)\b(?:compared\s+(?:with|to)|against|(?:higher|lower|greater|worse|better)\s+than|(?:well\s+|far\s+|just\s+|slightly\s+)?(?:above|below)|versus|vs\.?)\s`)
	// otherScopeRe names the place a compared value is of when it is not
	// the first clause's: "nationally", "across England", "the national
	// average", "in Canterbury" (group 1, a capitalised name after "in",
	// "across" or "throughout").
	otherScopeRe = lazyre.New(`\b(?:[Nn]ational(?:ly)?|[Rr]egional(?:ly)?|England|UK|Britain|Wales|Scotland)\b|\b(?:in|across|throughout)\s+(?:the\s+)?([A-Z][\p{L}’'-]+)`)
)

// laterClause reads where a body (or an in-text citation) named at `at`
// stands against the sentence's first measured figure, the headline a
// briefing quotes (hostile check 69: "Some 1,200 children in Whitstable
// are waiting, the trust said, while figures from the Nuffield Trust put
// the national total at 300,000" cited the 1,200 to the Nuffield Trust).
//
// A body named in a later clause opened by rivalClauseRe (", while", ",
// but", "; ") sources that clause, not the headline: other is true, and
// the item cites no one, unless the body closes the sentence after a
// comma with no figure after it, and no semicolon opened its clause
// ("..., although they are 6% of ..., according to the Youth Justice
// Board"): it tells the whole sentence's source.
//
// A body in a compared value's phrase ("compared with 38% across England
// according to NHS England", "against 45% nationally (NHS England,
// 2024)") that runs to it with no comma, whose value is of another place
// than the first clause's, sources that value: from is where the phrase
// starts, and the headline before it is cited without the body
// (evidence.Item.CitesFrom). A body after a comma ("..., compared with
// 38% in England, according to NHS England") or for a value of another
// time alone ("compared with 38% in 2023 (NHS England, 2024)") is the
// whole sentence's: from is 0.
func laterClause(text string, figs []evidence.Figure, at int) (other bool, from int) {
	first := -1
	for _, f := range figs {
		if f.Role.Measured() {
			first = f.Offset + len(f.Text)
			break
		}
	}
	if first < 0 {
		return false, 0
	}
	if first > at {
		return normClauseOnly(text, figs, at), 0
	}
	gap := text[first:at]
	if r := rivalClauseRe.FindAllStringIndex(gap, -1); r != nil {
		last := r[len(r)-1]
		if gap[last[0]] == ';' || !strings.Contains(gap[last[1]:], ",") {
			return true, 0
		}
		for _, f := range figs {
			if f.Offset > at {
				return true, 0
			}
		}
		return false, 0
	}
	m := comparedClauseRe.FindAllStringIndex(gap, -1)
	if m == nil {
		return false, 0
	}
	open, clause := first+m[len(m)-1][0], gap[m[len(m)-1][1]:]
	if clauseBreak(clause) {
		return false, 0
	}
	valued := false
	for _, f := range figs {
		if f.Offset >= first+m[len(m)-1][1] && f.Offset < at {
			valued = true
		}
	}
	if normSetByRe.MatchString(clause) {
		// A norm's body sources the norm alone: with no figure read in
		// its phrase ("above the 250 set by"), it sources nothing the
		// item holds.
		return !valued, open
	}
	if !valued || !otherScope(clause, text[:open]) {
		return false, 0
	}
	return false, open
}

// clauseBreak reports a semicolon or a comma in s that is no thousands
// separator: "the 1,500 recommended by" runs on to its body as "the 250
// recommended by" does.
func clauseBreak(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ';':
			return true
		case ',':
			if i == 0 || i+1 == len(s) || !isDigit(s[i-1]) || !isDigit(s[i+1]) {
				return true
			}
		}
	}
	return false
}

// normSetByRe ends a compared value's phrase whose value is a norm the
// body set: "against the 1,500 recommended by the", "above the 95% set
// by". The norm is the body's, the measured value before it is not.
// Before (held-out set 94), "Health visitors held an average caseload of
// 487 children, against the 250 recommended by the Institute of Health
// Visiting." cited the 487 to the Institute, cited in the regulator's
// report.
var normSetByRe = lazyre.New(`(?i)\b(?:recommended|set|set\s+out|defined|advised|specified|expected|required)\s+by\s+(?:the\s+)?$`)

// otherScope reports a compared value's phrase naming a place (or the
// nation) that lead, the clause before it, does not: "across England",
// "nationally", "in Canterbury". A first clause of the same place
// compares with another time ("In England, 45% ..., against 38% in
// England in 2023").
func otherScope(clause, lead string) bool {
	scope := otherScopeRe.FindStringSubmatch(clause)
	if scope == nil || scope[1] != "" && monthNames.MatchString(scope[1]) {
		return false
	}
	if scope[1] != "" {
		return !strings.Contains(lead, scope[1])
	}
	for _, l := range otherScopeRe.FindAllStringSubmatch(lead, -1) {
		if l[1] == "" {
			return false
		}
	}
	return true
}

// normClauseOnly reports a body named before the sentence's first
// measured figure whose clause, closed by a semicolon before that figure,
// holds a figure of its own: the body's norm, as in "NICE guidance says
// an autism assessment should begin within three months of referral;
// locally, fewer than one in ten children are seen in that time". The
// norm's body sources the norm alone (as normSetByRe's does), and the
// measured value after the semicolon is the publisher's. Before, the
// local one in ten was cited to NICE. A clause with no figure of its own
// ("NHS England data show waits rose; 45% waited ...") is left alone.
func normClauseOnly(text string, figs []evidence.Figure, at int) bool {
	first := -1
	for _, f := range figs {
		if f.Role.Measured() {
			first = f.Offset
			break
		}
	}
	if first <= at {
		return false
	}
	semi := strings.LastIndexByte(text[at:first], ';')
	if semi < 0 {
		return false
	}
	for _, f := range figs {
		if f.Offset > at && f.Offset < at+semi {
			return true
		}
	}
	return false
}
