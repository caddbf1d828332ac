package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// coverFindingRe opens the finding a cover row's value reports after the
// part placing the paper: what the meeting it went to noted ("Quality
// Committee (4 November), which noted that 64% of children were seen
// within 18 weeks") or the risk its code names ("BAF 2.1: 1,240 children
// in Kingsmere have waited more than 52 weeks").
var coverFindingRe = lazyre.New(`^(?:(?i:[^.!?]{1,120}?,\s+(?:which|who|where\s+(?:it|members))\s+(?:noted|found|heard|reported|was\s+told|were\s+told|agreed)\s+that\s+)|(?:(?:BAF|SO|SA|SP|PR|Risk)\s*\d+(?:\.\d+)?\w?|[A-Z]{2,5}\s*\d+(?:\.\d+)?)\s*[:–—-]\s+)`)

// coverRowFinding makes a statistic of the finding a front sheet's row
// reports in its value ("| Previously considered by | Quality Committee
// (4 November), which noted that 64% of children were seen within 18
// weeks |"): the finding alone, from its first word, with its figures;
// the placing part before it stays furniture, as the rest of the row.
// Before, the whole row was dropped with the cover's labels (hostile
// check 68). A value with no verb of a finding after its placing part
// ("Quality Committee, 4 November") is none.
func (x *extractor) coverRowFinding(b corpus.Block, section string) {
	c := b.Cells[1]
	t := strings.TrimRight(c.Text, " \n")
	if !strings.ContainsAny(t, "0123456789") {
		return
	}
	m := coverFindingRe.FindStringIndex(t)
	if m == nil {
		return
	}
	rest := t[m[1]:]
	if !findingVerbRe.MatchString(rest) || len(Figures(rest)) == 0 {
		return
	}
	x.add(b, c.Offset+m[1], c.Offset+len(t), evidence.Statistic, section, "")
}
