package extract

import (
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// responsesHeaderRe is a column counting the responses a row's shares are
// of: "Responses", "Number of responses", "Responses received".
var responsesHeaderRe = lazyre.New(`(?i)^(?:number\s+of\s+|no\.?\s+of\s+|total\s+)?responses(?:\s+received)?(?:\s*\((?:n|number)\))?$`)

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
