package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// A bare number opening a later clause, its verb straight after it, is
// a count of the people the sentence is about where its verb is the
// verb of an earlier share's clause ("Two thirds (66%) now use a
// monitor, and 118 use a closed loop system", "More than four in ten
// (43%) had waited longer than 18 weeks, and 265 had waited over a
// year", "A third of the children were open to social care, and 19 were
// looked after"), where the people before waited a time ("They waited a
// median of 11 hours, and 64 were admitted to adult wards"), or after a
// finding's "found that" beside a count ("an audit of 40 cases found
// that 13 had no chronology"). Before, only a count read before it, or
// the same two words after an earlier figure (groupSubjectUncounted),
// made it one. A clause of another verb after a share ("Nearly a quarter
// (24%) were boys, and 31 had missed a review") stays no figure: the
// 31 may count anyone.

var (
	// subjectVerbAfterRe opens what follows such a number: the verb of
	// its clause, "had", "were", "use", "had been", "did not". A
	// singular verb is left out: "and 16 was the median age".
	subjectVerbAfterRe = lazyre.New(`^(?:had|have|were|are|used|use|received|needed|went|came|waited|remained|remain|did|could|said|reported|attended|missed|left|died|got|stayed|moved|started)\b`)
	// openingSubjectLeadRe is all that may come before a number opening
	// its sentence as the subject of its verb: nothing, a joining word,
	// "only", "a further".
	openingSubjectLeadRe = lazyre.New(`^(?:(?:but|and|yet|although|though|while|whereas|so)\s+)?(?:(?:only|just|a\s+further|another|all)\s+)?$`)
	// foundThatLeadRe ends with a finding's "found that" before the
	// number: "an audit of 40 cases found that".
	foundThatLeadRe = newEndRe(lazyre.New(`\b(?:found|showed|shows|show|revealed|reveals)\s+that\s*$`))
	// waitedBeforeRe ends with the wait of the people a time measures,
	// before the time: "waited a median of ", "wait an average of ".
	waitedBeforeRe = lazyre.New(`\bwait(?:s|ed|ing)?\s+(?:an?\s+(?:median|average|mean)\s+of\s+|on\s+average\s+|(?:around|about)\s+)?$`)
)

// clauseSubjectCount reports the bare number whose qualifier starts at
// start, the word after it at next, the subject of a later clause with
// its verb after it, counting the people an earlier figure's clause is
// about (see above).
func (r *reader) clauseSubjectCount(start, next int) bool {
	if next >= len(r.s) || !isLower(r.s[next]) || !subjectVerbAfterRe.MatchString(r.lower[next:]) {
		return false
	}
	if openingSubjectLeadRe.MatchString(r.lower[:start]) {
		// "412 said their child's care got worse.", "But only 24 had
		// been seen.", "A further 97 were discharged": a number opening
		// its sentence, its plural verb straight after it, counts the
		// people the sentence before named.
		return true
	}
	if start == 0 {
		return false
	}
	lead := tail(r.lower, start)
	if foundThatLeadRe.MatchString(lead) {
		return r.countedBefore(start)
	}
	if !clauseLeadRe.MatchString(lead) {
		return false
	}
	verb, _ := wordAt(r.lower, next)
	for _, f := range r.figs {
		if f.Offset >= start {
			continue
		}
		switch f.Unit {
		case evidence.UnitPercent:
			if strings.Contains(r.lower[f.Offset:start], " "+verb+" ") {
				return true
			}
		case evidence.UnitWeeks, evidence.UnitMonths, evidence.UnitYears, evidence.UnitOther:
			if waitedBeforeRe.MatchString(before(r.lower, f.Offset, 40)) {
				return true
			}
		}
	}
	return false
}

// skipPossessive skips a body's possessive word at s[k:] and the space
// after it, "team's ", "service’s ", so "two of the team's eleven posts"
// and "three of the service's 28 posts" draw their count from the group
// the number after it counts, as "two of the eleven posts" does. Before,
// the "two" was no figure.
func skipPossessive(s string, k int) int {
	_, e := wordAt(s, k)
	if e == k {
		return k
	}
	switch {
	case strings.HasPrefix(s[e:], "'s "):
		return skipSpace(s, e+len("'s"))
	case strings.HasPrefix(s[e:], "’s "):
		return skipSpace(s, e+len("’s"))
	}
	return k
}

// outOfLeadRe ends with the "out of" that sets a bare number after a
// count as the whole it is counted out of: "5 vacant posts out of 38",
// "6.4 vacancies out of a funded team of 27". Group 1 is what stands
// between the count and "out of".
var outOfLeadRe = lazyre.New(`(?:^|[^\d.,])\d[\d,.]*((?:\s+[a-z’'-]+){0,5})\s+out\s+of\s+(?:(?:a|an|the|its|their|our)\s+(?:[a-z-]+\s+){0,2}?(?:team|establishment|total|complement|workforce)\s+of\s+)?$`)

// outOfBase reports the bare number whose qualifier starts at start
// the whole a count just before it is out of ("5 vacant therapist posts
// out of 38", "9.6 posts vacant out of 27 at the time"): a count, the
// base of that count. A score ("rated 7 out of 10") is no count before
// it. Before, the whole was no figure unless a time followed it.
func (r *reader) outOfBase(start int) bool {
	lead := before(r.lower, start, 90)
	if !strings.HasSuffix(strings.TrimRight(lead, " "), " of") || !strings.Contains(lead, "out of") {
		return false
	}
	m := outOfLeadRe.FindStringSubmatchIndex(lead)
	if m == nil {
		return false
	}
	at := start - len(lead) + m[0]
	for _, f := range r.figs {
		if f.Unit == evidence.UnitCount && f.Offset >= at && f.Offset <= at+1 {
			return true
		}
	}
	return false
}

// openingNumberWord reports a number in words opening s, after at most
// the words openingSubjectLeadRe allows: "Eleven said …", "But only
// three had …".
func openingNumberWord(s string) bool {
	i := 0
	for words := 0; words < 4 && i < len(s); words++ {
		if _, _, _, ok := wordNumberAt(s, i); ok {
			return true
		}
		w, end := wordAt(s, i)
		switch strings.ToLower(w) {
		case "but", "and", "yet", "although", "though", "while", "whereas", "so", "only", "just", "a", "further", "another", "all":
		default:
			return false
		}
		i = skipSpace(s, end)
	}
	return false
}
