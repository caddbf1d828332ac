package measure

import (
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// aimed reports figure i as aimed at, not measured
// (evidence.Record.Aim): its own words (evidence.OwnWords, a comparison
// after it cut off) state an aim, a pledge, a plan, an expectation, a
// target or a recommendation: "The trust aims to see 2,000 children by
// 2026", "The council will spend £4.5m in 2026", "The ICB expects to
// commission 300 places", "…, against a target of 92%". The extractor
// gives an aim's, a pledge's or a recommendation's ratio no figure; an
// aim's count or sum is a figure, and this says so. Before (hostile check
// 65), a copy judged it from the sentence, and the record, exports and
// `cypx figures` read the aim as a level of now.
//
// Both the words a copy reads as the figure's own and its clause here
// (ownClause, which ends at a plan joined to it) must say so: "Medway
// employs 45 health visitors and plans to recruit more" measures the 45.
func (s *sentence) aimed(i int) bool {
	words, ok := evidence.OwnWords(s.in.Text, s.in.Figures[i])
	cl := s.clauses[i]
	return ok && unmeasuredRe.MatchString(words) && unmeasuredRe.MatchString(s.text[cl.start:cl.end])
}

// unmeasuredRe is a clause whose figure is an aim, a pledge, a plan, a
// forecast ("is forecast to need 120 more places") or a recommendation,
// not a measured fact.
var unmeasuredRe = lazyre.New(`(?i)\b(?:aims?|aimed|aiming|targets?|targeted|plans?|planned|planning|pledged?|pledges|promised?|promises|recommend(?:s|ed|ation|ations)?|will|would|should|commit(?:s|ted|ment)?|goal|ambition|intends?|intended|propose[sd]?|expects?|expected|standard|maximum|minimum|(?:forecasts?|forecasted|projected|predicted)\s+to)\b`)
