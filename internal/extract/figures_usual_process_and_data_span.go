package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// usualProcessWithinRe ends with the time a process is normally done in,
// as a plan or a policy describes its kinds of work: "a case review,
// normally completed within", "a debrief usually held within", "reviews
// are typically signed off within". How a process runs, not a
// finding; "children were usually seen within 18 weeks" (a wait, no
// process verb) and "94% were completed within 14 days" (counted against
// the time) stay figures.
var usualProcessWithinRe = lazyre.New(`\b(?:normally|usually|typically|generally|ordinarily|routinely)\s+(?:be\s+)?(?:completed|held|finished|concluded|convened|carried\s+out|undertaken|arranged|signed\s+off|started|begun|done)\s+within\s+$`)

// usualProcessWithin reports a duration after usualProcessWithinRe (t
// is the lower-cased text before it) in a sentence that counts nothing
// against it: no percentage is given in it.
func (r *reader) usualProcessWithin(t string) bool {
	return usualProcessWithinRe.MatchString(t) && !strings.ContainsAny(r.lower, "%")
}

// dataSpanAfterRe follows a duration that is how much of a record a
// writer looked at: "four years of complaints data", "two years of
// referral records", "five years of returns". The reach of a method, as
// a method's counts are, not a finding; "waited three years" measures.
var dataSpanAfterRe = lazyre.New(`^\s+of\s+(?:[a-z'’-]+\s+){0,2}(?:data|records|returns|figures|statistics|audit\s+data|complaints|incident\s+reports)\b`)

// dataCoverBeforeRe ends with a data note's verb of coverage before the
// span its figures cover: "Figures for the two practices cover", "the
// data for Leeds covered only". What a note's figures cover is their
// reach, no finding, as dataSpanAfterRe's is.
var dataCoverBeforeRe = lazyre.New(`^(?:the\s+)?(?:[\w'’-]+\s+){0,4}(?:figures|data|statistics|returns)\s+(?:(?:on|for|from|about)\s+[^.!?;,]{1,60}?\s+)?(?:cover|covers|covered|relate\s+to|related\s+to)\s+(?:only\s+|just\s+)?(?:the\s+(?:first|last)\s+)?$`)

// dataSpan reports a duration at r.lower[a:b] followed by dataSpanAfterRe,
// or the span a note's figures cover (dataCoverBeforeRe).
func (r *reader) dataSpan(a, b int) bool {
	return dataSpanAfterRe.MatchString(r.lower[b:min(len(r.lower), b+48)]) || dataCoverBeforeRe.MatchString(r.lower[:a])
}
