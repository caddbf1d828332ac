package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// s56Small is a small count in words, as a set already named is split.
const s56Small = `(?:two|three|four|five|six|seven|eight|nine)`

var (
	// ownEstateKindRe is ownEstateRe with the kind of school or site
	// before the noun: "across our 38 secondary schools, 69% of ...". The
	// writer's own estate, where the share beside it is measured; beside
	// a count ("4,600 pupils across our seven primary schools") it is
	// the reach the count is of, and a figure.
	ownEstateKindRe = lazyre.New(`\b(?:across|in|at|for)\s+(?:all\s+|each\s+of\s+)?(?:our|its)\s+(` + s48Num + `|\d{2,3})\s+(?:primary|secondary|special|infant|junior|maintained|partner|member|community|local|mainstream)\s+(?:schools|academies|practices|sites|settings|surgeries|nurseries|colleges)\b`)
	// partOfNamedSetRe picks some out of a set the sentence or the one
	// before has counted, the set's noun left out: "and two of the three
	// had relied on locums". Who the rest of the sentence is about, not a
	// finding in itself.
	partOfNamedSetRe = lazyre.New(`\b(` + s56Small + `)\s+of\s+the\s+(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:had|have|has|were|was|did|said|reported|described|told|are|is|could|would|also|still|now|,)`)
	// ownShareOfSetRe is the writer's own part of a set of services:
	// "where we run two of the teams", "we fund three of the hubs".
	ownShareOfSetRe = lazyre.New(`\bwe\s+(?:run|manage|fund|host|lead|operate|deliver|provide)\s+(` + s56Small + `)\s+of\s+the\s+[a-z]+s\b`)
	// askedWithinRe is the time an ask reported in the subjunctive sets
	// (askedBeDoneRe): "has asked that families be told within five
	// working days". A term asked for, not a finding.
	// overAYearRe is a wait or a span told only as longer than a year:
	// "tens of thousands wait more than a year", "two of the three had
	// relied on locums for more than a year".
	overAYearRe = lazyre.New(`\b(?:more\s+than|over|longer\s+than)\s+a\s+year\b`)
	// quantityWordRe is a number or a share in words that a span can be
	// counted against: "one in eight had waited more than a year".
	quantityWordRe = lazyre.New(`\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|half|third|thirds|quarter|quarters|fifth|fifths|tenth|twice|double|times|per\s*cent|percent|majority|most)\b`)
	// evaluatedAreasRe is the areas a study was run in, after the
	// writers' own verb of studying: "We evaluated an offer introduced in
	// two integrated care board areas". Where the study was, as
	// studyAreasRe's, not a finding.
	evaluatedAreasRe = lazyre.New(`\bwe\s+(?:evaluated|piloted|trialled|tested|studied|compared|assessed)\b[^.;:!?]{0,100}?\b(?:across|in|from)\s+(?:the\s+)?(` + s56Small + `)\s+(?:(?:integrated\s+care\s+(?:board|system)|icb|local\s+authority|council|nhs\s+trust|trust|pilot|study)\s+)?(?:areas|sites|local\s+authorities|councils|trusts|icbs|integrated\s+care\s+boards|systems)\b`)
	// dataDrawnFromRe is where a study's data came from, as its
	// limitations say: "The data come from three services in one region
	// and may not represent England as a whole". Its scope, no finding.
	dataDrawnFromRe = lazyre.New(`\b(?:data|findings|sample|results|evidence)\s+(?:come|came|comes|are\s+drawn|were\s+drawn|is\s+drawn|was\s+drawn)\s+(?:only\s+)?from\s+(?:just\s+|only\s+)?(` + s56Small + `|\d{1,2})\s+(?:[a-z]+\s+)?(?:services|sites|areas|trusts|schools|practices|hospitals|councils|local\s+authorities|icbs|regions)\b`)
	askedWithinRe   = lazyre.New(`\b(?:asked|requested|urged|proposed|insisted|recommended)\s+that\s+[^.;:]{0,80}?\s+be\s+[^.;:]{0,60}?\bwithin\s+(` + s48Num + `)\s+(?:working\s+|school\s+)?(?:days|weeks|months|hours)\b`)
)

// maskS56Counts marks the counts above, from set 56: the writer's own
// schools of a kind beside a figure measured there, a part of a set
// named before, the writer's own part of a set of services and the time
// a reported ask sets.
func maskS56Counts(lower string, taken []bool) {
	if (strings.Contains(lower, "our ") || strings.Contains(lower, "its ")) && (strings.Contains(lower, "%") || strings.Contains(lower, "per cent")) {
		for _, m := range ownEstateKindRe.FindAllStringSubmatchIndex(lower, -1) {
			if otherFigureOutside(lower, m[0], m[1]) {
				for i := m[2]; i < m[3]; i++ {
					taken[i] = true
				}
			}
		}
	}
	if strings.Contains(lower, " that ") && strings.Contains(lower, "within ") {
		for _, m := range askedWithinRe.FindAllStringSubmatchIndex(lower, -1) {
			for i := m[2]; i < m[3]; i++ {
				taken[i] = true
			}
		}
	}
	if strings.Contains(lower, " of the ") || strings.Contains(lower, "we ") || strings.Contains(lower, " from ") {
		for _, re := range []*lazyre.Regexp{partOfNamedSetRe, ownShareOfSetRe, evaluatedAreasRe, dataDrawnFromRe} {
			for _, m := range re.FindAllStringSubmatchIndex(lower, -1) {
				for i := m[2]; i < m[3]; i++ {
					taken[i] = true
				}
			}
		}
	}
}

// maskVagueOverAYear marks "more than a year" where nothing in the
// sentence is counted against it: no number or share left unmarked in
// digits or words (a set named whole, "all three services", counts
// nothing), only "tens of thousands" or "many", and no one said to have
// waited it. Such a span is
// the time a vague many waited, no figure; with "one in eight" or "412
// children" beside it, it is the threshold they are counted against.
func maskVagueOverAYear(lower string, taken []bool) {
	if !strings.Contains(lower, " a year") {
		return
	}
	ms := overAYearRe.FindAllStringIndex(lower, -1)
	if ms == nil {
		return
	}
	for i := 0; i < len(lower); i++ {
		if !taken[i] && lower[i] >= '0' && lower[i] <= '9' {
			return
		}
	}
	for _, q := range quantityWordRe.FindAllStringIndex(lower, -1) {
		// "all three services", "the three services": a set named whole,
		// nothing counted.
		before := strings.TrimRight(lower[:q[0]], " ")
		if !taken[q[0]] && !strings.HasSuffix(before, " all") && !strings.HasSuffix(before, " the") {
			return
		}
	}
	for _, m := range ms {
		// "Families told us they had waited over a year": a wait that
		// was borne is the finding itself; "pupils waiting more than a
		// year" names the group the threshold sets.
		if waitBorne(strings.TrimRight(lower[:m[0]], " ")) {
			continue
		}
		for i := m[0]; i < m[1]; i++ {
			taken[i] = true
		}
	}
}

// waitBorne reports text before a span that ends on a wait borne ("had
// waited") or a group waiting ("pupils waiting"), not a wait foreseen ("I'd
// be waiting", "should wait").
func waitBorne(before string) bool {
	if strings.HasSuffix(before, " waited") {
		return true
	}
	rest, ok := strings.CutSuffix(before, " waiting")
	if !ok {
		return false
	}
	w := rest[strings.LastIndexByte(rest, ' ')+1:]
	switch w {
	case "be", "been", "is", "are", "was", "were", "am", "i'm", "we're", "they're", "you're", "keep", "kept", "still":
		return false
	}
	return !strings.HasSuffix(w, "’d") && !strings.HasSuffix(w, "'d")
}
