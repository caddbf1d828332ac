package extract

import (
	"github.com/cypx/cypx/internal/lazyre"
)

// Numbers that describe who a writer is, what a rule names or who a
// group is, rather than what was found (leftovers round 13f). As the
// rules of service.go, each is written narrowly, a named noun or verb
// beside the number, because a lost figure costs more than a false one.

// wordCount is a count in words, as a writer counts its own make-up.
const wordCount = `(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`

var (
	// A body's own make-up in its description of itself: "a small charity
	// run by local parents and two retired dental nurses", "a network
	// founded by three paediatricians". Who the body is, as a charity's
	// description under notes to editors is; "the clinic is run by two
	// nurses" (a service, not a body describing itself) is not matched.
	bodyRunByRe = lazyre.New(`(?i)\b(?:charity|charities|organisation|organization|network|collective|social\s+enterprise|community\s+interest\s+company|cic|campaign\s+group|support\s+group|parent\s+group|forum)\s+(?:(?:that\s+is|which\s+is|that\s+was|which\s+was)\s+)?(?:run|led|founded|set\s+up|started|staffed)\s+(?:entirely\s+|mostly\s+|jointly\s+)?by\s+(?:[a-z'’-]+\s+){0,4}?(?:and\s+)?(` + wordCount + `)\s+(?:[a-z'’-]+\s+){0,2}?(?:nurses|doctors|parents|mums|mothers|dads|fathers|carers|teachers|volunteers|friends|founders|paediatricians|psychologists|therapists|clinicians|dentists|professionals|practitioners|people|women|men|young\s+people|families|grandparents)\b`)
	// The number of reviews, checks or visits a regulation or a statute
	// names: "required by regulations to commission five mandated health
	// visiting reviews". What the rule is, as a named check ("the six-week
	// check") is; "only two of the five mandated reviews were done" counts
	// against it, and is not matched ("of the" before the number).
	mandatedCountRe = lazyre.New(`(?i)\b(?:required|requires|require|obliged|duty|regulations?|statutory\s+guidance|by\s+law)\b[^.;:]{0,60}?\b(?:commission|deliver|offer|provide|carry\s+out|conduct|complete|hold|make)\s+(?:the\s+|all\s+)?(` + wordCount + `)\s+(?:mandated|mandatory|statutory|universal)\s+`)
	// The national cohort of children in care: "children who have been
	// in care for a year or more", "looked after continuously for at
	// least 12 months". The definition of the group a share is of, not a
	// length found; "had been in care for 14 months on average" is not
	// matched.
	careCohortRe = lazyre.New(`(?i)\b(?:in\s+care|looked\s+after|in\s+the\s+care\s+system)\s+(?:continuously\s+)?for\s+((?:at\s+least\s+|more\s+than\s+|over\s+)?(?:a|one|12|twelve)\s+(?:year|months)(?:\s+or\s+(?:more|longer))?)\b`)
	// A span told with a modal as what can happen, not what was found: "a
	// language delay can go unnoticed for two years", "problems may remain
	// undiagnosed for months". "The delay went unnoticed for two years"
	// (no modal) tells a case and is not matched.
	canGoUnnoticedRe = lazyre.New(`(?i)\b(?:can|could|may|might|often|sometimes)\s+(?:go|remain|stay|be\s+left)\s+(?:un[a-z]+|undetected|hidden)\s+for\s+((?:` + serviceNumber + `|a|one|many|several)\s+(?:years?|months?|weeks?))\b`)
	// A span as the subject of a general remark, opening its sentence:
	// "Two years is a very long time in the life of a nine-year-old", "Six
	// months feels like forever to a child". A comment on any wait, as
	// "A year on a waiting list can mean" is; "Two years was the longest
	// wait" names a wait and is not matched.
	spanLongTimeRe = lazyre.New(`(?i)\b((?:a|one|two|three|four|five|six|eighteen|\d{1,2})\s+(?:years?|months?|weeks?))\s+(?:is|was|feels?|felt|seems?|seemed|can\s+feel|can\s+seem)\s+(?:like\s+)?(?:a\s+|an\s+)?(?:very\s+|really\s+|incredibly\s+|such\s+a\s+)?(?:long\s+time|lifetime|eternity|forever|age)\b`)
	// A person's own family in an account: "A grandparent raising two
	// boys wrote", "a mother of three told us". Who is speaking, not a
	// count found; "kinship carers are raising 1,200 children" counts in
	// digits and is not matched.
	familyMakeupRe = lazyre.New(`(?i)\b(?:raising|bringing\s+up|(?:mum|mother|dad|father|parent|grandmother|grandfather|grandparent)\s+of)\s+(` + wordCount + `)(?:\s+(?:young|little|small|teenage|adopted|foster))?(?:\s+(?:boys|girls|children|kids|sons|daughters|grandchildren|siblings))?\b`)
	// A journey told in a story, one person's: "Her mum drove four hours
	// each way", "I travelled two hours each way". An account's detail; "
	// families travelled 70 minutes each way on average" measures, and an
	// averaging word keeps it (journeyAverageRe).
	storyJourneyRe   = lazyre.New(`(?i)\b(?:(?:her|his|my|our|their)\s+(?:mum|mother|dad|father|parents?|family|grandparents?|gran|nan|carer|foster\s+carer)|she|he|I|we)\s+(?:drove|drives|travelled|traveled|travels|walked|had\s+to\s+drive|had\s+to\s+travel)\s+((?:` + serviceNumber + `|an|a|half\s+an)\s+(?:hours?|minutes?))\s+each\s+way\b`)
	journeyAverageRe = lazyre.New(`(?i)\b(?:average|median|mean|typically|up\s+to|more\s+than|over)\b`)
	// A document saying what it holds: "This booklet describes how three
	// councils have joined their hubs", "The guide sets out four case
	// studies". Its own contents counted, as a paper's own decisions are;
	// "This report shows that three trusts had no clinic" finds.
	ownContentsRe = lazyre.New(`(?i)(?:^|[.!?]\s+)(?:this|the|our)\s+(?:booklet|report|briefing|paper|guide|document|resource|toolkit|collection|publication|chapter|section|pack)\s+(?:describes|sets\s+out|brings\s+together|presents|shares|explores|profiles|gathers|collects)\s+(?:how\s+|the\s+work\s+of\s+)?(` + wordCount + `)\s+`)
	// The places a study's data were taken from, in its method: "looked at
	// hospital records for children aged 0 to 10 across seven local
	// authority areas", "We used Hospital Episode Statistics for the 28
	// trusts". Where it looked, as where a sample was drawn from is; "the
	// study found three trusts had no clinic" finds.
	// A distance that defines a group no figure counts: "many young people
	// being treated more than 50 miles from home". Who the group is, as a
	// share that defines a group is; "412 children were placed more than
	// 50 miles from home" counts them, and the count makes the distance
	// its threshold (a digit in the clause before keeps it).
	uncountedDistanceRe = lazyre.New(`(?i)\b(?:many|some|several|too\s+many|a\s+lot\s+of|numerous)\s+(?:[a-z'’-]+\s+){1,6}?(?:more\s+than|over|at\s+least|further\s+than)\s+(\d{1,3}\s+(?:miles|kilometres|km))\s+(?:away\s+)?from\s+(?:home|their\s+(?:home|family|families))\b`)
	// The providers a body buys extra work from, told in its statement:
	// "to bring in additional assessment capacity from two independent
	// providers". The make-up of a purchase, as a writer's own bodies
	// are; "assessments bought from private providers rose to 1,200"
	// counts in digits and is not matched.
	boughtFromRe = lazyre.New(`(?i)\b(?:bring\s+in|brought\s+in|bringing\s+in|buy|bought|buying|commission(?:ed|ing)?|purchas(?:e|ed|ing)|spot-purchas(?:e|ed|ing))\b[^.;:]{0,60}?\bfrom\s+(` + wordCount + `)\s+(?:(?:independent|private|external|other|local|voluntary|specialist|new)\s+){0,2}(?:providers|suppliers|companies|organisations|organizations|firms)\b`)
	studyScopeRe = lazyre.New(`(?i)\b(?:study|analysis|audit|review|we|researchers|the\s+team|the\s+authors)\b[^.;:]{0,80}?\b(?:looked\s+at|examined|analysed|analyzed|used|drew\s+on|linked)\s+[^.;:]{0,100}?\b(?:across|in|from|for)\s+(?:the\s+|all\s+)?(` + serviceNumber + `|\d{2,3})\s+(?:[a-z]+\s+){0,2}?(?:trusts|hospitals|local\s+authority\s+areas|local\s+authorities|areas|councils|icbs|integrated\s+care\s+boards|regions|sites|schools|practices|boroughs)\b`)
)

// maskAccountNumbers marks numbers of a body's make-up, a regulation's
// count, the cohort of children in care, spans told as what can happen or
// as a remark, a person's family and journey, a document's contents and a
// study's places (the patterns above).
func maskAccountNumbers(s, lower string, mark func(a, b int)) {
	has := func(subs ...string) bool { return containsAny(lower, subs) }
	markGroup := func(re *lazyre.Regexp, test bool, keep func(m []int) bool) {
		if !test {
			return
		}
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			if keep == nil || keep(m) {
				mark(m[2], m[3])
			}
		}
	}
	markGroup(bodyRunByRe, has(" by "), nil)
	markGroup(mandatedCountRe, has("mandated", "mandatory", "statutory", "universal"), nil)
	markGroup(careCohortRe, has("care", "looked after"), nil)
	markGroup(canGoUnnoticedRe, has(" for "), nil)
	markGroup(spanLongTimeRe, has("long time", "lifetime", "eternity", "forever", " age"), func(m []int) bool { return opensSentence(s, m[0]) })
	markGroup(familyMakeupRe, has("raising", "bringing up", " of "), nil)
	markGroup(storyJourneyRe, has("each way") && !journeyAverageRe.MatchString(s), nil)
	markGroup(ownContentsRe, has("this ", "the ", "our "), nil)
	markGroup(uncountedDistanceRe, has("miles", "kilometres", "km"), nil)
	markGroup(boughtFromRe, has("providers", "suppliers", "companies", "organisations", "organizations", "firms"), nil)
	markGroup(studyScopeRe, has("looked at", "examined", "analys", "analyz", "used", "drew on", "linked"), nil)
}

// accountTerm reports a duration of one unit at [a, b) ("a year") that
// careCohortRe, canGoUnnoticedRe or spanLongTimeRe holds: maskNonFigures
// does not run on a sentence with no number, so readOneUnit asks here.
func accountTerm(s string, a, b int) bool {
	for _, re := range []*lazyre.Regexp{careCohortRe, canGoUnnoticedRe, spanLongTimeRe} {
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			if re == spanLongTimeRe && !opensSentence(s, m[0]) {
				continue
			}
			if m[2] <= a && b <= m[3] {
				return true
			}
		}
	}
	return false
}
