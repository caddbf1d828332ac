package measure

import (
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// earlierListedRe is what stands between an earlier value dated by its
// own time and a further value listed after it: " last year and ", " in
// 2022, and ", " the previous year, ", or a compared place's between, " in
// Medway in 2022 and " (hostile check 68: "compared with 1,200 in Medway
// in 2022 and 1,100 the year before" left the 1,100 undated).
var earlierListedRe = lazyre.New(`(?i)^(?:\s+(?:in|for|across)\s+(?:the\s+)?(?-i:\p{Lu})[\p{L}'’-]*(?:\s+(?-i:\p{Lu})[\p{L}'’-]*){0,3})?\s+(?:(?:in|during|for)\s+)?(?:(?:19|20)\d\d(?:/\d\d)?|last\s+year|(?:the\s+)?(?:previous|preceding|prior)\s+year|the\s+year\s+before|a\s+year\s+(?:earlier|before))\s*(?:,\s*(?:and\s+)?|and\s+)$`)

// earlierListedBefore is the value listed right before figure i, of its
// unit, whose own time follows it ("58% last year and 52% the year
// before": the 58% for the 52%), or -1. A time relative to the one
// before ("the year before") counts back from that value's, never from
// the level's: before (hostile check 67) the 52% was of 2022, as the 58%
// was, a second value of Kent's 2022 that disagreed with the first.
func (s *sentence) earlierListedBefore(i int) int {
	if i == 0 {
		return -1
	}
	f, g := s.in.Figures[i], s.in.Figures[i-1]
	end := g.Offset + len(g.Text)
	if g.Unit != f.Unit || g.Role != "" && g.Role != evidence.RoleHeadline || end > f.Offset || !earlierListedRe.MatchString(s.text[end:f.Offset]) {
		return -1
	}
	return i - 1
}
