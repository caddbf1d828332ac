package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// Numbers that say how a report's own work was done or what a group asked
// for should be made of, not what was found. Three shapes, each told by
// the verb that governs the number, never by the number alone:
//
//   - a method's counts: documents read ("The review team read 27 local
//     documents", "We looked at 16 local strategies") and groups held
//     ("held four focus groups", "ran six workshops"). "Only 3 of the 16
//     strategies mentioned ..." and "We reviewed 58 policies and 40%
//     lacked ..." count what was found, and stay figures.
//   - the span of the work itself: "The network has been working on it
//     for over a year", "We spent over a year visiting schools", "Over a
//     year of conversations went into this plan". A wait ("waited over a
//     year") stays a figure.
//   - a make-up asked for or planned: "should include at least two young
//     people", "to nominate two clinical advisers", "make sure each rota
//     includes at least two staff". "The team includes 4 consultants"
//     states what is, and stays a figure.

const (
	workNum      = `(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)`
	workSmallNum = `(?:[1-9]|10|one|two|three|four|five|six|seven|eight|nine|ten)`
	// Nouns of documents a review reads (not case notes, records or care
	// plans, which are an audit's sample and its base).
	workDocNoun = `(?:documents?|polic(?:y|ies)|strateg(?:y|ies)|specifications?|protocols?|(?:strategic\s+)?needs\s+assessments|papers)`
	// Nouns of the groups a review holds (not sessions or events on their
	// own, which a service runs for families and counts as output).
	workGroupNoun = `(?:focus\s+groups?|workshops?|(?:listening|engagement|consultation|co-production|stakeholder)\s+(?:events?|sessions?)|round\s?tables?)`
	// Who sits on a group.
	workPersonNoun = `(?:people|parents?|carers?|pupils?|students?|members?|representatives?|reps|advis[eo]rs?|clinicians?|staff|councillors?|governors?|children|families|users|volunteers|nurses?|doctors?|gps|patients|experts)`
	workDur        = `(?:(?:(?:well|just)\s+)?over\s+|more\s+than\s+|almost\s+|nearly\s+|about\s+|around\s+|just\s+under\s+)?(?:a|one|two|three|four|five|six|\d{1,2})\s+(?:years?|months?)`
	workFill       = `(?:\s+[a-z'’-]+){0,3}?\s+`
)

var (
	// methodCountRe: a count after a verb of reading documents or of
	// holding groups; group 1 or 2 is the count and its noun.
	methodCountRe = lazyre.New(`\b(?:(?:read|re-read|reviewed|looked\s+at|analysed|analyzed|examined|studied|drew\s+on|mapped|scanned)\s+(?:(?:a\s+further|another|over|more\s+than|some|around|about|nearly|almost)\s+)?(` + workNum + workFill + workDocNoun + `)|(?:held|hold|ran|run|conducted|carried\s+out|facilitated|hosted|organised|organized|convened)\s+(?:(?:a\s+further|another|over|more\s+than|some|around|about|nearly|almost)\s+)?(` + workNum + workFill + workGroupNoun + `))\b`)
	// methodChainRe continues a list of a method's counts: "... and 9
	// joint strategic needs assessments", "..., and held three events".
	methodChainRe = lazyre.New(`^(?:\s*,)?\s+(?:and\s+)?(?:also\s+)?(?:(?:held|ran|read|reviewed|looked\s+at)\s+)?(` + workNum + workFill + `(?:` + workDocNoun + `|` + workGroupNoun + `))\b`)
	// methodFindsRe: the sentence reports what the method found, so its
	// count is a base ("reviewed 58 policies and 40% lacked ..."), or
	// describes a sample with the groups that hold it ("a survey of 412
	// young people and six focus groups with 47 pupils"), which the set
	// labels as figures throughout.
	methodFindsRe = lazyre.New(`%|\bsurvey|\binterview|\bwith\s+\d|\bper\s?cent\b|\bfound\b|\bshow(?:s|ed)?\b|\brevealed\b|\bof\s+(?:them|these|those)\b|\b(?:half|third|quarter|fifth)\b|\bonly\b`)

	// makeupRe: a small count of people that a group is asked or planned
	// to include; group 1 is the qualifier, group 2 the count and noun.
	makeupRe = lazyre.New(`\b(?:(?:should|must|to|will|would|could|shall|please|can|may)\s+(?:also\s+|always\s+)?(?:include|involve|invite|appoint|nominate|co-opt|have)|(?:make\s+sure|ensure|ensuring)\s+(?:that\s+)?(?:each|every|the|all|its|their|our)(?:\s+[a-z'’-]+){1,4}?\s+(?:includes?|has|have|involves?))\s+(?:(at\s+least|a\s+minimum\s+of|no\s+fewer\s+than)\s+)?(` + workSmallNum + workFill + workPersonNoun + `)\b`)
	// makeupChainRe continues a make-up: "... with asthma and two parents",
	// "... and one parent carer".
	makeupChainRe = lazyre.New(`^(?:\s+(?:with|from|who|in|of)(?:\s+[a-z'’-]+){1,4}?)?(?:\s*,)?\s+(?:and|or)\s+(?:(?:at\s+least|a\s+minimum\s+of)\s+)?(` + workSmallNum + workFill + workPersonNoun + `)\b`)
	// grownToRe ends with a change that a group's size underwent: "the
	// team expanded to include 12 nurses" is a finding.
	grownToRe = lazyre.New(`\b(?:expanded|extended|grown|grew|increased|widened|rose|risen)\s+(?:[a-z]+\s+)?$`)

	// workSpanRe: how long a group has worked, met, run or helped, a
	// span of effort rather than a measured wait; group 1, 2 or 3 is the
	// duration.
	workSpanRe = lazyre.New(`\b(?:ha(?:s|ve|d)|['’]ve)\s+(?:also\s+|now\s+)?(?:been\s+)?(?:work(?:ing|ed)?|met|meeting|run(?:ning)?|help(?:ing|ed)|develop(?:ing|ed)|plann(?:ing|ed)|campaign(?:ing|ed)|co-produc(?:ing|ed)|partner(?:ing|ed)|engag(?:ing|ed)|pilot(?:ing|ed)|test(?:ing|ed)|building|built|(?:re)?design(?:ing|ed)|leading|led|deliver(?:ing|ed)|talk(?:ing|ed)|listen(?:ing|ed))\b[^.;:!?]{0,80}?\bfor\s+(` + workDur + `)\b` +
		`|\b(?:we|i|the\s+team|our\s+team|the\s+group|the\s+network)\s+(?:have\s+|had\s+|has\s+)?spent\s+(` + workDur + `)\b` +
		`|^(` + workDur + `)\s+of\s+(?:work|conversations?|talks|planning|engagement|listening|co-production|research|visits|meetings|discussions?|consultation)\b`)
)

// maskWorkNumbers marks the numbers of a method and of a make-up asked
// for (see above).
func maskWorkNumbers(s, lower string, taken []bool) {
	mark := func(a, b int) {
		for i := a; i < b; i++ {
			taken[i] = true
		}
	}
	if containsAny(lower, workMethodCues) && !methodFindsRe.Get().MatchString(lower) {
		for _, m := range methodCountRe.Get().FindAllStringSubmatchIndex(lower, -1) {
			g := 2
			if m[g] < 0 {
				g = 4
			}
			mark(m[g], m[g+1])
			for end := m[g+1]; ; {
				c := methodChainRe.Get().FindStringSubmatchIndex(lower[end:])
				if c == nil {
					break
				}
				mark(end+c[2], end+c[3])
				end += c[3]
			}
		}
	}
	if containsAny(lower, workMakeupCues) {
		for _, m := range makeupRe.Get().FindAllStringSubmatchIndex(lower, -1) {
			if m[2] < 0 && strings.Contains(lower[m[0]:m[4]], "have") || grownToRe.Get().MatchString(before(lower, m[0], 40)) {
				continue // "should have two ...": a count of what is had
			}
			if m[2] >= 0 {
				mark(m[2], m[5])
			} else {
				mark(m[4], m[5])
			}
			for end := m[5]; ; {
				c := makeupChainRe.Get().FindStringSubmatchIndex(lower[end:])
				if c == nil {
					break
				}
				mark(end+c[2], end+c[3])
				end += c[3]
			}
		}
	}
}

// maskWorkSpans marks the span of the work itself ("has been working on
// it for over a year"). It runs before the test for digits and number
// words, for "over a year" holds neither.
func maskWorkSpans(lower string, taken []bool) {
	if (strings.Contains(lower, "year") || strings.Contains(lower, "month")) &&
		(strings.Contains(lower, " for ") || strings.Contains(lower, "spent") || strings.Contains(lower, " of ")) {
		for _, m := range workSpanRe.Get().FindAllStringSubmatchIndex(lower, -1) {
			if strings.Contains(lower[m[0]:m[1]], "wait") {
				continue
			}
			for g := 2; g+1 < len(m); g += 2 {
				if m[g] >= 0 {
					for i := m[g]; i < m[g+1]; i++ {
						taken[i] = true
					}
				}
			}
		}
	}
}

var (
	workMethodCues = []string{"document", "polic", "strateg", "specification", "protocol", "needs assess", "papers", "focus group", "workshop", " events", " sessions", "round"}
	workMakeupCues = []string{"include", "involve", "invite", "appoint", "nominate", "co-opt", "at least", "minimum of", "no fewer"}
)
