package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// s48Num is a number in digits or small words, as these phrases write it.
const s48Num = `(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)`

var (
	// selectedGroupRe is a count that picks out a group by rank: "our
	// three most deprived wards", "the five least affluent schools". Like
	// "the 10% most deprived areas" it defines who is measured; the
	// figure is what is measured of them.
	selectedGroupRe = lazyre.New(`\b(?:our|the|its|their|your)\s+(` + s48Num + `)\s+(?:most|least)\s+(?:deprived|affluent|disadvantaged)\b`)
	// ownYearsRe is a body's own age told as its years: "anything we
	// have seen in our 14 years", "over its 30 years".
	ownYearsRe = lazyre.New(`\b(?:in|over|across|during|throughout)\s+(?:all\s+)?(?:our|its|their)\s+(` + s48Num + `)\s+years\b`)
	// ownEstateRe is the writer's own schools or sites as the place a
	// figure beside it is measured: "attendance across our nine schools
	// was 93.1%". The number of a trust's schools is what it is, not a
	// finding; only with another figure in the sentence.
	ownEstateRe = lazyre.New(`\b(?:across|in|at|for)\s+(?:all\s+|each\s+of\s+)?(?:our|its|the\s+trust['’]s)\s+(` + s48Num + `)\s+(?:schools|academies|sites|hubs|centres|nurseries|settings|colleges|campuses|branches|practices|surgeries)\b`)
	// agreedTermRe is how long something is agreed, approved or extended
	// for: "Agreed in principle for six months", "approved for two
	// years". The term of an agreement, as a funded thing's term is.
	agreedTermRe = lazyre.New(`\b(?:agreed|approved|extended|renewed|granted|signed\s+off|sanctioned)\b[^.;:]{0,40}?\bfor\s+(?:(?:a\s+)?(?:further|another|an\s+initial|a\s+trial\s+of)\s+)?(` + s48Num + `)\s+(?:months|years|weeks)\b`)
	// storyCourseRe is a case story's course told as its sessions: "Over
	// ten sessions she and her counsellor worked on ...", or a method's
	// meetings told before who met in them: "Over five sessions, people
	// who had never met ...", "Across six workshops, parents ...".
	storyCourseRe = lazyre.New(`\b(?:over|across|in|after|during)\s+(` + s48Num + `)\s+(?:sessions|workshops|meetings|evenings|weekends|days),?\s+(?:she|he|they|i|we|people|participants|parents|carers|families|jurors|members|residents|volunteers|young\s+people|the\s+(?:group|panel|jury|jurors|members|participants))\b`)
	// missingReturnsRe counts the bodies whose data were incomplete or
	// late in a note on data quality: "Two providers submitted incomplete
	// data for July". A caveat on the figures, not a figure.
	missingReturnsRe = lazyre.New(`\b(` + s48Num + `)\s+(?:of\s+the\s+\w+\s+)?(?:providers?|trusts?|practices|services|organisations|sites|teams|schools)\s+(?:submitted|sent|returned|supplied|provided|made)\s+(?:incomplete|partial|late|no|missing|invalid)\s+(?:data|returns?|submissions?|figures)\b`)
	// measureDefinitionRe describes what a dashboard or measure shows
	// ("For each month the dashboard shows the share of closed referrals
	// with a second contact within 4 weeks and within 18 weeks"): the
	// limits it counts against, no value of them.
	measureDefinitionRe = lazyre.New(`\b(?:dashboard|measure|indicator|metric|report|table|chart)\s+(?:shows|reports|counts|gives|displays|measures|presents)\s+the\s+(?:share|proportion|percentage|number)\s+of\b`)
	// withinLimitRe is a limit a share is counted against: "within 4
	// weeks", "within 18 weeks".
	withinLimitRe = lazyre.New(`\bwithin\s+(` + s48Num + `)\s+(?:days|weeks|months)\b`)
)

// maskS48Counts marks the counts above, from set 48: a group picked out
// by rank, a body's own years and estate, an agreement's term, a story's
// sessions, a data-quality note's count of late returns and the limits a
// measure's definition counts against. Read as figures they made
// statistics of what frames a finding.
func maskS48Counts(lower string, taken []bool) {
	mark := func(re *lazyre.Regexp) {
		for _, m := range re.FindAllStringSubmatchIndex(lower, -1) {
			for i := m[2]; i < m[3]; i++ {
				taken[i] = true
			}
		}
	}
	if strings.Contains(lower, " most ") || strings.Contains(lower, " least ") {
		mark(selectedGroupRe)
	}
	if strings.Contains(lower, " years") && (strings.Contains(lower, "our ") || strings.Contains(lower, "its ") || strings.Contains(lower, "their ")) {
		mark(ownYearsRe)
	}
	if strings.Contains(lower, "our ") || strings.Contains(lower, "its ") || strings.Contains(lower, "trust") {
		for _, m := range ownEstateRe.FindAllStringSubmatchIndex(lower, -1) {
			if otherFigureOutside(lower, m[0], m[1]) {
				for i := m[2]; i < m[3]; i++ {
					taken[i] = true
				}
			}
		}
	}
	if strings.Contains(lower, " for ") {
		mark(agreedTermRe)
	}
	if strings.Contains(lower, "sessions") || strings.Contains(lower, "workshops") || strings.Contains(lower, "meetings") ||
		strings.Contains(lower, "evenings") || strings.Contains(lower, "weekends") || strings.Contains(lower, "days") {
		mark(storyCourseRe)
	}
	if strings.Contains(lower, "data") || strings.Contains(lower, "return") || strings.Contains(lower, "submission") || strings.Contains(lower, "figures") {
		mark(missingReturnsRe)
	}
	if strings.Contains(lower, "within ") {
		if m := measureDefinitionRe.FindStringIndex(lower); m != nil {
			for _, w := range withinLimitRe.FindAllStringSubmatchIndex(lower[m[1]:], -1) {
				for i := m[1] + w[2]; i < m[1]+w[3]; i++ {
					taken[i] = true
				}
			}
		}
	}
}

// otherFigureOutside reports a digit in lower outside [a, b): another
// figure the phrase there frames.
func otherFigureOutside(lower string, a, b int) bool {
	for i := 0; i < len(lower); i++ {
		if i == a {
			i = b - 1
			continue
		}
		if lower[i] >= '0' && lower[i] <= '9' {
			return true
		}
	}
	return false
}
