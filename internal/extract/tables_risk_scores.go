package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// riskScoreHeaderRe heads a column of a risk register's scores:
	// "Current score", "Target score", "Residual risk score", "Initial
	// rating", "Score (L x C)".
	riskScoreHeaderRe = lazyre.New(`(?i)^(?:(?:current|target|initial|inherent|residual|gross|net|original|risk)\s+)*(?:risk\s+)?(?:score|rating)(?:\s*\((?:l\s*[x×]\s*c|likelihood\s*[x×]\s*(?:consequence|impact))\))?$`)
	// riskColumnRe heads the column naming a register's risk: "Risk ID",
	// "Risk", "Risk description", "Ref".
	// riskTextColumnRe heads a register's columns of words: what the
	// risk is and what is done about it, whose numbers describe the risk.
	riskTextColumnRe = lazyre.New(`(?i)^(?:risk\s+)?(?:description|risk|title|cause|causes|consequences?|(?:key\s+)?controls?|mitigations?|(?:mitigating\s+)?actions?)$`)
	riskColumnRe     = lazyre.New(`(?i)^(?:risk(?:\s+(?:id|ref|reference|no\.?|number|description|title))?)$`)
)

// riskScoresOnly reports a risk register's row whose every figure stands
// under a score column (riskScoreHeaderRe) and is a whole number a
// likelihood-by-consequence matrix gives (1 to 25), any other figure
// standing in a column describing the risk or its controls, in a table with a
// column naming the risk: "| CR-9 | Falls on the ward | 15 | 6 |". The
// scores rate a risk, no finding; the row is neither a statistic nor an
// excerpt, as a register's row says what the risk is, not what was found.
func riskScoresOnly(b corpus.Block, columns []string, figs []evidence.Figure) bool {
	if len(figs) == 0 || len(columns) != len(figs) {
		return false
	}
	scores := 0
	for k, h := range columns {
		h = strings.TrimSpace(h)
		switch {
		case riskScoreHeaderRe.MatchString(h):
			if figs[k].Value != float64(int(figs[k].Value)) || figs[k].Value < 1 || figs[k].Value > 25 {
				return false
			}
			scores++
		case riskTextColumnRe.MatchString(h):
			// "Harm to children waiting over 52 weeks": the risk's
			// description, no finding.
		default:
			return false
		}
	}
	if scores == 0 {
		return false
	}
	for _, h := range b.Header {
		if riskColumnRe.MatchString(strings.TrimSpace(h)) {
			return true
		}
	}
	return false
}

// oversightRe names a body's keeping watch on a plan, whose frequency is
// a timetable: "the board will review progress every six months",
// "monitor delivery of the plan each quarter". How often care is given
// ("reviews follow every six months") reviews no progress and stays a
// figure.
var oversightRe = lazyre.New(`(?i)\b(?:review|reviews|reviewed|reviewing|monitor|monitors|monitored|monitoring|oversee|oversees|scrutinise|scrutinises|scrutinize|scrutinizes|track|tracks)\s+(?:(?:the\s+)?(?:progress|delivery|implementation|performance)|(?:the|this|our|its|their)\s+(?:plan|strategy|action\s+plan|programme|risk\s+register))\b`)

// contractTermRe ends with the words before a contract's or an award's
// term and its extension: "for an initial term of", "a contract term of",
// "with the option to extend by up to", "an extension of up to". The
// term is what is bought, no finding.
var contractTermRe = lazyre.New(`(?i)\b(?:(?:initial|contract|fixed|minimum|maximum)\s+)?term\s+of\s+(?:up\s+to\s+)?$|\b(?:option|options|right)\s+to\s+extend\s+(?:it\s+|the\s+contract\s+)?(?:by|for)\s+(?:up\s+to\s+|a\s+further\s+|another\s+)?$|\bextensions?\s+of\s+(?:up\s+to\s+|a\s+further\s+)?$`)

// contractTerm reports a number after the words of a contract's term
// (contractTermRe): "for an initial term of five years" is what is
// bought; "£18.6 million over a term of three years" is the span a value
// is counted over, and stays.
func (r *reader) contractTerm(a int) bool {
	return contractTermRe.MatchString(tail(r.lower, a)) && !strings.Contains(before(r.lower, a, 120), "£")
}
