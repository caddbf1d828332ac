package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// responsesHeaderRe is a column counting the responses a row's shares are
// of: "Responses", "Number of responses", "Responses received", and those
// who answered a poll's question, "Answered", "Number answering". A column
// of the children examined beside the share found is no base: the
// development set labels it the row's count and headline. A column
// headed with a sample's "(n)" ("Families (n)", "Children (n)") counts
// whom the shares beside it are of, as a survey's or a study's table
// writes its base, and the set labels it the base.
var responsesHeaderRe = lazyre.New(`(?i)^(?:(?:number\s+of\s+|no\.?\s+of\s+|total\s+)?(?:responses(?:\s+received)?|answers|answered|answering|responded)(?:\s*\((?:n|number)\))?|[a-z][a-z'’ -]{1,40}\s\(n\))$`)

// responsesBase makes the count under a column of responses the base of
// its row when the row also holds a share ("| Children's wards | 612 |
// 91.8% | 3.6% |" under "Responses", "Very good or good", "Poor"): the
// responses are whom the shares are of, as a column of respondents is
// (baseHeaderRe). A row of responses with no share keeps its count.
func responsesBase(columns []string, figs []evidence.Figure) {
	share := false
	for _, f := range figs {
		if f.Unit == evidence.UnitPercent {
			share = true
		}
	}
	if !share {
		return
	}
	for i := range figs {
		if i < len(columns) && figs[i].Unit == evidence.UnitCount && figs[i].Role == "" && responsesHeaderRe.MatchString(columns[i]) {
			figs[i].Role = evidence.RoleBase
		}
	}
}

// shareChangePoints reads a change under a header with no unit of its
// own, right after the row's share, in percentage points: "| Northside |
// 415 | 36.2 | +3.1 |" under "N", "%", "Change since 2022" moved the
// share by 3.1 points, no count of 3.1 (set 75). A change after a count
// or under a header naming its unit keeps it.
func shareChangePoints(columns []string, figs []evidence.Figure) {
	for i := 1; i < len(figs); i++ {
		if figs[i].Role != evidence.RoleChange || figs[i].Unit != evidence.UnitCount || figs[i-1].Unit != evidence.UnitPercent || figs[i-1].Role == evidence.RoleChange {
			continue
		}
		if i < len(columns) && (strings.ContainsAny(columns[i], "%£") || numberHeaderRe.MatchString(columns[i])) {
			continue
		}
		figs[i].Unit = evidence.UnitOther
	}
}

// numberHeaderRe is a header naming a count: "Change in number".
var numberHeaderRe = lazyre.New(`(?i)\b(?:numbers?|count|children|pupils|people|referrals|cases)\b`)
