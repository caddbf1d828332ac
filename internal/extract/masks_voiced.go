package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// voicedSmallRe is a small number written in words: group 1, with the
	// word after it (group 2) to tell a share or a fraction ("two in
	// three", "three quarters") from a count.
	voicedSmallRe = lazyre.New(`\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?:[\s-]+([a-z%]+))?`)
)

// durationWords are the units of a span of time.
var durationWords = map[string]bool{"minutes": true, "hours": true, "days": true, "nights": true, "weeks": true, "months": true, "years": true}

// shareWords follow a number in words that counts no things but makes a
// share or a multiple: "two in three", "two out of five", "two of the three", "three
// quarters", "four times", "two per cent".
var shareWords = map[string]bool{"in": true, "out": true, "of": true, "per": true, "percent": true, "%": true,
	"third": true, "thirds": true, "quarter": true, "quarters": true, "fifth": true, "fifths": true,
	"tenth": true, "tenths": true, "times": true, "fold": true}

// maskVoicedCounts marks the small numbers in words of a story told in the
// first person (firstPersonRe) or inside a quotation ("My daughter was three when she had
// four teeth out", "I have worked here for eleven years", said: "...the
// calmest ten minutes of our morning"): a person's account, ages, spans
// and things in it, not a finding. A wait the teller tells ("I waited for
// two years") stays a figure, as waits are what the evidence is about. Shares in words ("two in three") and
// numbers in digits stay figures, as a speaker's "42% of parents" does.
func maskVoicedCounts(s, lower string, taken []bool) {
	quoted := strings.ContainsAny(s, "“”\"")
	first := firstPerson(s)
	if !quoted && !first {
		return
	}
	for _, m := range voicedSmallRe.FindAllStringSubmatchIndex(lower, -1) {
		if m[4] >= 0 && shareWords[lower[m[4]:m[5]]] || shareBaseBefore(lower[:m[2]]) || waitBefore(lower[:m[2]]) {
			continue
		}
		if !first && (!insideQuote(s, m[2]) || m[4] >= 0 && durationWords[lower[m[4]:m[5]]] && !spanNotBorne(lower[:m[2]])) {
			// A span inside another's quotation may be what they bore
			// ("on a trolley for three days", "we drove six hours"):
			// only the teller's own story drops it, and a span nobody
			// bore (spanNotBorne).
			continue
		}
		for i := m[2]; i < m[3]; i++ {
			taken[i] = true
		}
	}
}

// insideQuote reports whether byte i of s stands inside a quotation: more
// opening curly quotes than closing ones before it, or an odd number of
// straight ones.
func insideQuote(s string, i int) bool {
	b := s[:i]
	return strings.Count(b, "“") > strings.Count(b, "”") || strings.Count(b, `"`)%2 == 1 || quoteRunsOn(s, i)
}

// quoteRunsOn reports byte i of s inside a quotation opened in an earlier
// sentence: no quote opens before it, and one closes after it ("We have
// had three sessions in a year,” one parent told us.", after “The plan
// says weekly therapy.).
func quoteRunsOn(s string, i int) bool {
	b, a := s[:i], s[i:]
	return !strings.ContainsAny(b, "“”") && strings.Count(a, "”") > strings.Count(a, "“")
}

// shareBaseBefore reports a number in words that is a share's base: the
// "three" of "two in three", "two out of three", "two of the three".
func shareBaseBefore(before string) bool {
	return strings.HasSuffix(before, " in ") || strings.HasSuffix(before, " out of ") || strings.HasSuffix(before, " of the ")
}

// waitBefore reports a number told as a wait: "wait" or "list" in the
// few words before it ("I waited for two years", "on the list for six
// months").
func waitBefore(before string) bool {
	b := before[max(0, len(before)-24):]
	return strings.Contains(b, "wait") || strings.Contains(b, "list")
}

// spanNotBornRe ends the words before a span in a quotation that no one
// bore: one denied ("a child who does not spend six hours in A&E", "never
// two days") or a moment described ("the calmest ten minutes of our
// morning", "the best two hours of the week").
var spanNotBornRe = lazyre.New(`(?:\b(?:not|never|no\s+longer)|n['’]t)\s+(?:(?:have|has|had|need|needs|to|be|been|spend|spends|spent|wait|waits|waited|sit|sits|stay|stays|lose|loses|lost)\s+){1,2}(?:(?:for|another|up\s+to|over|more\s+than)\s+)?$|\bthe\s+(?:[a-z]+est|best|worst|most\s+[a-z]+|least\s+[a-z]+|happiest|busiest)\s+$`)

// spanNotBorne reports a span in another's quotation, at the end of
// before, that no one bore (spanNotBornRe).
func spanNotBorne(before string) bool {
	return spanNotBornRe.MatchString(before[max(0, len(before)-60):])
}
