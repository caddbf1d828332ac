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
//     lacked ..." count what was found, and stay figures. The meetings at
//     which people were asked are a method's too ("We asked families ...
//     through our survey and at two coffee mornings", "spoke to carers at
//     four drop-in sessions"); "spoke to 45 parents" keeps its count.
//   - the span of the work itself: "The network has been working on it
//     for over a year", "We spent over a year visiting schools", "Over a
//     year of conversations went into this plan". A wait ("waited over a
//     year") stays a figure.
//   - a make-up asked for or planned: "should include at least two young
//     people", "to nominate two clinical advisers", "make sure each rota
//     includes at least two staff", "we will recruit four more children's
//     nurses", "we would welcome two parent representatives on the
//     group". "The team includes 4 consultants", "recruited four nurses"
//     and "the hub welcomes 40 families a week" state what is, and stay
//     figures.

const (
	workNum      = `(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)`
	workSmallNum = `(?:[1-9]|10|one|two|three|four|five|six|seven|eight|nine|ten)`
	// Nouns of documents a review reads (not case notes, records or care
	// plans, which are an audit's sample and its base).
	workDocNoun = `(?:documents?|polic(?:y|ies)|strateg(?:y|ies)|specifications?|protocols?|(?:strategic\s+)?needs\s+assessments|papers)`
	// Nouns of the groups a review holds (not sessions or events on their
	// own, which a service runs for families and counts as output); a
	// scrutiny review's evidence sessions are its own.
	workGroupNoun = `(?:focus\s+groups?|workshops?|(?:listening|engagement|consultation|co-production|stakeholder|(?:oral\s+)?evidence(?:-gathering)?)\s+(?:events?|sessions?)|round\s?tables?)`
	// Meetings at which a method asks people: its groups, and the
	// gatherings a forum or a service hosts.
	workMeetingNoun = `(?:` + workGroupNoun + `|coffee\s+mornings?|drop-in(?:\s+sessions?)?s?|(?:parent|family|carer)\s+(?:forums?|meetings?|events?)|(?:listening|engagement)\s+visits?)`
	// Who sits on a group.
	workPersonNoun = `(?:posts|roles|people|parents?|carers?|pupils?|students?|members?|representatives?|reps|advis[eo]rs?|clinicians?|staff|councillors?|governors?|children|families|users|volunteers|nurses?|doctors?|gps|patients|experts)`
	workDur        = `(?:(?:(?:well|just)\s+)?over\s+|more\s+than\s+|almost\s+|nearly\s+|about\s+|around\s+|just\s+under\s+)?(?:a|one|two|three|four|five|six|\d{1,2})\s+(?:years?|months?)`
	workFill       = `(?:\s+[a-z'’-]+){0,3}?\s+`
)

var (
	// methodDocTailRe follows a verb of reading: the count of documents
	// read, group 1.
	methodDocTailRe = lazyre.New(`^\s+(?:(?:a\s+further|another|over|more\s+than|some|around|about|nearly|almost)\s+)?(` + workNum + workFill + workDocNoun + `)\b`)
	// methodGroupTailRe follows a verb of holding: the count of groups
	// held, group 1.
	methodGroupTailRe = lazyre.New(`^\s+(?:(?:a\s+further|another|over|more\s+than|some|around|about|nearly|almost)\s+)?(` + workNum + workFill + workGroupNoun + `)\b`)
	// methodByTeamRe follows a verb of holding: the writer's own people
	// who held the groups, group 1: "Sessions were run by two members of
	// our engagement team". Who did the work, not what was found.
	methodByTeamRe = lazyre.New(`^\s+by\s+(` + workSmallNum + `\s+(?:members?\s+of|of|staff\s+from|colleagues\s+from|people\s+from)\s+(?:our|the\s+council['’]s|the\s+icb['’]s|the\s+trust['’]s)(?:\s+[a-z'’-]+){0,3}?\s+(?:team|teams|staff|service|workforce))\b`)
	// methodAskedAtRe finds, in the clause after a verb of asking, the
	// meetings the asking was done at, group 1: "... at two coffee
	// mornings", "... through four focus groups".
	methodAskedAtRe = lazyre.New(`^[^.;:!?]{0,120}?\b(?:at|through|in|during)\s+(` + workNum + workFill + workMeetingNoun + `)\b`)
	// methodChainRe continues a list of a method's counts: "... and 9
	// joint strategic needs assessments", "..., and held three events".
	methodChainRe = lazyre.New(`^(?:\s*,)?\s+(?:and\s+)?(?:also\s+)?(?:(?:held|ran|read|reviewed|looked\s+at)\s+)?(` + workNum + workFill + `(?:` + workDocNoun + `|` + workGroupNoun + `))\b`)
	// methodFindsRe: the sentence reports what the method found, so its
	// count is a base ("reviewed 58 policies and 40% lacked ..."), or
	// describes a sample with the groups that hold it ("a survey of 412
	// young people and six focus groups with 47 pupils"), which the set
	// labels as figures throughout. A survey named with no count ("designed
	// a survey and ran three focus groups") describes no sample.
	methodFindsRe = lazyre.New(`%|\bsurvey(?:ed)?\s+(?:of\s+)?(?:\d|more\s+than|over|around|about|nearly|almost|some)|\binterview|\bwith\s+\d|\bper\s?cent\b|\bfound\b|\bshow(?:s|ed)?\b|\brevealed\b|\bof\s+(?:them|these|those)\b|\b(?:half|third|quarter|fifth)\b|\bonly\b`)

	// makeupTailRe follows a verb of including (group 1 the qualifier,
	// group 2 the count and its noun): "include at least two young people".
	makeupTailRe = lazyre.New(`^\s+(?:(at\s+least|a\s+minimum\s+of|no\s+fewer\s+than)\s+)?(` + workSmallNum + workFill + workPersonNoun + `)\b`)
	// makeupEnsureRe ends with what a group is made sure to be: "make sure
	// each crisis rota".
	makeupEnsureRe = lazyre.New(`\b(?:make\s+sure|ensure|ensuring)\s+(?:that\s+)?(?:each|every|the|all|its|their|our)(?:\s+[a-z'’-]+){1,4}\s+$`)
	// makeupChainRe continues a make-up: "... with asthma and two parents",
	// "... and one parent carer".
	makeupChainRe = lazyre.New(`^(?:\s+(?:with|from|who|in|of)(?:\s+[a-z'’-]+){1,4}?)?(?:\s*,)?\s+(?:and|or)\s+(?:(?:at\s+least|a\s+minimum\s+of)\s+)?(` + workSmallNum + workFill + workPersonNoun + `)\b`)
	// grownToRe ends with a change that a group's size underwent: "the
	// team expanded to include 12 nurses" is a finding.
	grownToRe = lazyre.New(`\b(?:expanded|extended|grown|grew|increased|widened|rose|risen)\s+(?:[a-z]+\s+)?$`)

	// workForTailRe follows "for" or "spent": a duration, group 1.
	workForTailRe = lazyre.New(`^\s+(` + workDur + `)\b`)
	// workEffortRe ends with a perfect of working, meeting, running or
	// helping, then anything short of a clause's end: how long a group has
	// been at it.
	workEffortRe = lazyre.New(`\b(?:ha(?:s|ve|d)|['’]ve)\s+(?:also\s+|now\s+)?(?:been\s+)?(?:work(?:ing|ed)?|met|meeting|run(?:ning)?|help(?:ing|ed)|develop(?:ing|ed)|plann(?:ing|ed)|campaign(?:ing|ed)|co-produc(?:ing|ed)|partner(?:ing|ed)|engag(?:ing|ed)|pilot(?:ing|ed)|test(?:ing|ed)|building|built|(?:re)?design(?:ing|ed)|leading|led|deliver(?:ing|ed)|talk(?:ing|ed)|listen(?:ing|ed))\b[^.;:!?]{0,80}$`)
	// workSpentRe ends with the team that spent the span: "We spent".
	// spentWaitingRe follows a span spent waiting, which stays a figure.
	spentWaitingRe = lazyre.New(`^\s+(?:on\s+(?:a|the)\s+)?(?:waiting|wait)\b`)
	// workSpentTailRe follows a team's "spent": a duration, group 1, a
	// visit's days and weeks too ("The team spent three days onsite").
	workSpentTailRe = lazyre.New(`^\s+(` + workDur + `|(?:a|one|two|three|four|five|six|\d{1,2})\s+(?:weeks?|days?))\b`)
	workSpentRe     = lazyre.New(`\b(?:we|i|the\s+(?:review\s+|peer\s+|visiting\s+|inspection\s+)?team|our\s+team|the\s+group|the\s+network|the\s+(?:reviewers|inspectors|peers|panel))\s+(?:have\s+|had\s+|has\s+)?$`)
	// workSpanOpenRe opens a sentence with a span of effort: "Over a year
	// of conversations ...".
	workSpanOpenRe = lazyre.New(`^(` + workDur + `)\s+of\s+(?:work|conversations?|talks|planning|engagement|listening|co-production|research|visits|meetings|discussions?|consultation)\b`)
)

// maskWorkNumbers marks the numbers of a method and of a make-up asked
// for (see above). Each shape is found by its verb in one pass over the
// words, and only then read by a pattern anchored after it.
func maskWorkNumbers(lower string, taken []bool) {
	mark := func(a, b int) {
		for i := a; i < b; i++ {
			taken[i] = true
		}
	}
	finds := -1 // methodFindsRe not tried yet
	reportsFinding := func() bool {
		if finds < 0 {
			finds = 0
			if methodFindsRe.MatchString(lower) {
				finds = 1
			}
		}
		return finds == 1
	}
	for at := 0; at < len(lower); {
		if !isLetter(lower[at]) {
			at++
			continue
		}
		end := at
		for end < len(lower) && (isLetter(lower[end]) || lower[end] == '-') {
			end++
		}
		word := lower[at:end]
		start := at
		at = end
		kind := workVerbKind(word)
		switch {
		case kind == 0:
			continue
		case kind == workTwoWord:
			// "looked at", "drew on", "carried out": the verb's particle.
			rest := lower[end:]
			switch {
			case word == "looked" && strings.HasPrefix(rest, " at "), word == "drew" && strings.HasPrefix(rest, " on "):
				kind, end = workDocVerb, end+3
			case word == "carried" && strings.HasPrefix(rest, " out "):
				kind, end = workGroupVerb, end+4
			default:
				continue
			}
		}
		if kind == workMakeupVerb {
			maskMakeup(lower, start, end, mark)
			continue
		}
		if kind == workAskVerb {
			m := methodAskedAtRe.FindStringSubmatchIndex(lower[end:])
			if m == nil {
				continue
			}
			if !reportsFinding() {
				mark(end+m[2], end+m[3])
			}
			continue
		}
		if kind == workGroupVerb {
			if m := methodByTeamRe.FindStringSubmatchIndex(lower[end:]); m != nil {
				mark(end+m[2], end+m[3])
				continue
			}
		}
		tail := methodGroupTailRe
		if kind == workDocVerb {
			tail = methodDocTailRe
		}
		m := tail.FindStringSubmatchIndex(lower[end:])
		if m == nil {
			continue
		}
		if reportsFinding() {
			continue
		}
		mark(end+m[2], end+m[3])
		for end += m[3]; ; {
			c := methodChainRe.FindStringSubmatchIndex(lower[end:])
			if c == nil {
				break
			}
			mark(end+c[2], end+c[3])
			end += c[3]
		}
	}
}

// maskMakeup marks the make-up after a verb of including that stands at
// lower[at:end] (see above).
func maskMakeup(lower string, at, end int, mark func(a, b int)) {
	m := makeupTailRe.FindStringSubmatchIndex(lower[end:])
	if m == nil {
		return
	}
	lead := strings.TrimRight(lower[:at], " ")
	w := lead[strings.LastIndexByte(lead, ' ')+1:]
	if w == "also" || w == "always" {
		lead = strings.TrimRight(lead[:len(lead)-len(w)], " ")
		w = lead[strings.LastIndexByte(lead, ' ')+1:]
	}
	// "should include", "to invite", "will nominate"; "make sure each
	// rota includes".
	third := lower[end-1] == 's'
	if third && !makeupEnsureRe.MatchString(before(lower, at, 80)) ||
		!third && (!makeupModals[w] || grownToRe.MatchString(before(lower, max(at-len(w)-1, 0), 40))) {
		return
	}
	if lower[at:end] == "have" && m[2] < 0 {
		return // "should have two ...": a count of what is had
	}
	from := m[4]
	if m[2] >= 0 {
		from = m[2]
	}
	mark(end+from, end+m[5])
	for end += m[5]; ; {
		c := makeupChainRe.FindStringSubmatchIndex(lower[end:])
		if c == nil {
			break
		}
		mark(end+c[2], end+c[3])
		end += c[3]
	}
}

// Kinds of the verbs maskWorkNumbers looks for.
const (
	workDocVerb = 1 + iota
	workGroupVerb
	workMakeupVerb
	workAskVerb
	workTwoWord
)

// workVerbKind is the kind of a verb of reading, holding or including,
// or 0 (a switch on constant strings, cheaper than a map for each word).
func workVerbKind(w string) int {
	switch w {
	case "read", "reviewed", "analysed", "analyzed", "examined", "studied", "mapped", "scanned":
		return workDocVerb
	case "held", "hold", "ran", "run", "conducted", "facilitated", "hosted", "organised", "organized", "convened", "led":
		return workGroupVerb
	case "include", "includes", "involve", "involves", "invite", "invites", "appoint", "appoints", "nominate", "nominates", "co-opt", "have",
		"recruit", "hire", "employ", "welcome", "fund", "create":
		return workMakeupVerb
	case "asked", "consulted", "spoke", "talked", "heard", "listened", "engaged":
		return workAskVerb
	case "looked", "drew", "carried":
		return workTwoWord
	}
	return 0
}

// maskWorkSpans marks the span of the work itself ("has been working on
// it for over a year"). It runs before the test for digits and number
// words, for "over a year" holds neither.
func maskWorkSpans(lower string, taken []bool) {
	if !strings.Contains(lower, "year") && !strings.Contains(lower, "month") && !strings.Contains(lower, "spent") {
		return
	}
	mark := func(a, b int) {
		for i := a; i < b; i++ {
			taken[i] = true
		}
	}
	for _, v := range [...]string{"for", "spent"} {
		for at := range wordsAt(lower, v) {
			end := at + len(v)
			tail := workForTailRe
			if v == "spent" {
				tail = workSpentTailRe
			}
			m := tail.FindStringSubmatchIndex(lower[end:])
			if m == nil {
				continue
			}
			lead := before(lower, at, 120)
			if v == "for" && (!workEffortRe.MatchString(lead) || strings.Contains(lead, "wait")) ||
				v == "spent" && (!workSpentRe.MatchString(lead) || spentWaitingRe.MatchString(lower[end+m[3]:])) {
				continue // "spent three days waiting" is a wait
			}
			mark(end+m[2], end+m[3])
		}
	}
	if m := workSpanOpenRe.FindStringSubmatchIndex(lower); m != nil {
		mark(m[2], m[3])
	}
}

// wordsAt yields where word stands in s as a word of its own.
func wordsAt(s, word string) func(func(int) bool) {
	return func(yield func(int) bool) {
		for from := 0; ; {
			k := strings.Index(s[from:], word)
			if k < 0 {
				return
			}
			at := from + k
			from = at + len(word)
			if at > 0 && isLetter(s[at-1]) || from < len(s) && isLetter(s[from]) {
				continue
			}
			if !yield(at) {
				return
			}
		}
	}
}

// makeupModals are the words before a verb of including that make it
// asked, wished or planned; a subject with "would" or "will" elided
// ("We'd welcome", "We'll invite") is as its modal.
var makeupModals = map[string]bool{"should": true, "must": true, "to": true, "will": true, "would": true, "could": true,
	"shall": true, "please": true, "can": true, "may": true,
	"we'd": true, "we’d": true, "i'd": true, "i’d": true, "we'll": true, "we’ll": true, "i'll": true, "i’ll": true}
