package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// ratingScoreHeaderRe heads a column of the points a self-assessment
	// or an inspection gives a grade: "Score", "Rating score", "Points".
	ratingScoreHeaderRe = lazyre.New(`(?i)^(?:(?:grade|rating|self-assessment|assessment)\s+)?(?:score|points|rating)(?:\s*\(\d\s*[-–to]+\s*\d\))?$`)
	// ratingWordRe is a grade a framework rates against: EDS's
	// "Undeveloped" to "Excelling", inspection grades, RAG ratings and
	// "Met" or "Partially met".
	ratingWordRe = lazyre.New(`(?i)^(?:undeveloped|developing|achieving|excelling|outstanding|good|requires\s+improvement|inadequate|red|amber|green|met|partially\s+met|not\s+met|emerging|established|embedded|limited|reasonable|substantial|full)$`)
)

// ratingScoresOnly reports a table row whose every figure stands under a
// score column (ratingScoreHeaderRe) and is a small whole number, beside a
// cell holding the grade it scores ("| 1A Access | Developing | 1 |"): the
// points a framework gives a grade, which say what the grade says, no
// finding. A score column with no grade beside it ("| Reading | 104 |")
// stays a figure.
func ratingScoresOnly(b corpus.Block, columns []string, figs []evidence.Figure) bool {
	if len(figs) == 0 || len(columns) != len(figs) {
		return false
	}
	for k, h := range columns {
		if !ratingScoreHeaderRe.MatchString(strings.TrimSpace(h)) || figs[k].Value != float64(int(figs[k].Value)) || figs[k].Value < 0 || figs[k].Value > 5 {
			return false
		}
	}
	for _, c := range b.Cells {
		if ratingWordRe.MatchString(strings.Trim(strings.TrimSpace(c.Text), "*_")) {
			return true
		}
	}
	return false
}
