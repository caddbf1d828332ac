package extract

import (
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// scoringCaptionRe is the caption of a table of scores: "Table 2:
// Weighted scoring matrix", "Scores by option", "Options scored against
// the criteria".
var scoringCaptionRe = lazyre.New(`(?i)\b(?:scoring|scores|scored)\b`)

// scoringCaption gives the unit of a table of scores: an appraisal's
// marks (1 to 5 against each criterion) and their weighted totals are
// scores, not counts of anything. Before, each mark was read as a count.
func scoringCaption(caption string) (column, bool) {
	if !scoringCaptionRe.MatchString(caption) {
		return column{}, false
	}
	return column{unit: evidence.UnitOther, scale: 1}, true
}
