package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// scoreThresholdRe is the score a bid or an application must reach,
	// on the scale it is marked out of: "A score below 2 out of 5 on any
	// question will exclude the bid", "a score of at least 3 out of 5".
	// A rule of marking, not a finding.
	scoreThresholdRe = lazyre.New(`\bscores?\s+(?:of\s+)?(?:below|under|above|over|less\s+than|lower\s+than|more\s+than|higher\s+than|at\s+least|at\s+most|of)\s+(\d{1,3}\s+out\s+of\s+\d{1,3})\b`)
	// consecutiveTriggerRe is how long a failure must last before a
	// contract's remedy starts: "Failure to meet a threshold for three
	// consecutive months will trigger ...", "if a provider misses the
	// standard for two consecutive quarters". A term, not a finding.
	consecutiveTriggerRe = lazyre.New(`\b(?:failure\s+to|fails?\s+to|failing\s+to|if\b|where\b|misses|missed|breach(?:es)?)\b[^.;:!?]{0,80}?\bfor\s+(` + s48Num + `)\s+consecutive\s+(?:months|quarters|weeks|days|years|reporting\s+periods)\b`)
	// contractsReplacedRe is the count of contracts or services a new
	// service brings together: "The service will replace three separate
	// contracts", "brings together four existing services". How it is
	// commissioned, not a finding.
	contractsReplacedRe = lazyre.New(`\b(?:replace|replaces|replacing|will\s+replace|bring\s+together|brings\s+together|bringing\s+together|merge|merges|merging|combine|combines|combining|consolidate|consolidates|consolidating)\s+(?:the\s+)?(` + s48Num + `)\s+(?:separate\s+|existing\s+|current\s+|previous\s+|different\s+)*(?:contracts|services|providers|lots|teams|pathways|specifications)\b`)
	// programmeMadeOfRe is the count of parts a programme or framework
	// is made of: "The Healthy Child Programme sets out five mandated
	// contacts", "the framework has four core standards". Its design, not
	// a finding.
	programmeMadeOfRe = lazyre.New(`\b(?:sets\s+out|set\s+out|specifies|specify|defines|define|comprises|comprise|is\s+made\s+up\s+of|consists\s+of|includes|include|has|have|mandates)\s+(` + s48Num + `)\s+(?:mandated|mandatory|universal|core|key|statutory|required|minimum)\s+(?:contacts|reviews|checks|visits|elements|standards|principles|components|domains|pillars|outcomes|stages|assessments)\b`)
)

// maskS58Counts marks the counts above, from set 58: a tender's score
// threshold, the months a failure lasts before a remedy, the contracts a
// service replaces and the parts a programme is made of.
func maskS58Counts(lower string, taken []bool) {
	var res []*lazyre.Regexp
	if strings.Contains(lower, "score") && strings.Contains(lower, " out of ") {
		res = append(res, scoreThresholdRe)
	}
	if strings.Contains(lower, "consecutive") {
		res = append(res, consecutiveTriggerRe)
	}
	if hasAnyFold(lower, "replac", "together", "merg", "combin", "consolidat") {
		res = append(res, contractsReplacedRe)
	}
	if hasAnyFold(lower, "mandated", "mandatory", "universal", "core", "key", "statutory", "required", "minimum") {
		res = append(res, programmeMadeOfRe)
	}
	for _, re := range res {
		for _, m := range re.FindAllStringSubmatchIndex(lower, -1) {
			for i := m[2]; i < m[3]; i++ {
				taken[i] = true
			}
		}
	}
}

// reportedNumbersQuestionRe is a written question for numbers as an
// alert or a digest reports it, in the past: "Asked what estimate the
// Secretary of State has made of the number of children waiting more
// than 12 weeks for ...", "Asked His Majesty's Government how many ...".
// As in its set form ("To ask ..., how many"), the time in it bounds what
// is asked; the answer states the finding.
var reportedNumbersQuestionRe = lazyre.New(`^Asked\s+(?:(?:the\s+|His\s+Majesty's\s+|Her\s+Majesty's\s+)?(?:Secretary\s+of\s+State|Minister|Government)\b[^,]{0,80}?,?\s+)?(?:how\s+(?:many|much|long|often)|what\s+(?:estimate|assessment|analysis)\b[^.;?]{0,120}?\b(?:number|proportion|percentage|share|total)\s+of\b|what\s+(?:(?:was|were|is|are)\s+(?:the\s+)?)?(?:number|proportion|percentage|share|total|median|average))`)

// reportedQuestionForNumbers reports a sentence of reportedNumbersQuestionRe.
func reportedQuestionForNumbers(s string) bool {
	return strings.HasPrefix(s, "Asked ") && reportedNumbersQuestionRe.MatchString(s)
}
