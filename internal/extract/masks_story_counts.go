package extract

import "github.com/cypx/cypx/internal/lazyre"

var (
	// correspondenceRe is a few letters, reminders or messages someone
	// got or sent, counted in words: "Three letters saying he's on the
	// list", "two further letters". The account's detail, no finding; a
	// service's mail counted in digits ("sent 4,200 letters") stays a
	// figure. Group 1.
	correspondenceRe = lazyre.New(`\b(two|three|four|five|six|several)\s+(?:more\s+|further\s+|separate\s+|chasing\s+)?(?:letters|reminders|e-?mails|texts|text\s+messages|voicemails|phone\s+calls)\b`)
	// replacedCountRe is what a new arrangement replaces: "Instead of
	// five referral routes". Group 1.
	replacedCountRe = lazyre.New(`\binstead\s+of\s+(?:the\s+|its\s+|their\s+)?(` + workSmallNum + `)\s`)
	// plannedNewRe is the new teams or services a plan will start:
	// "Two new mental health support teams will start in September"; "are
	// due to", "are expected to" and "are planned to start" are the same
	// plan (hostile check 60: "are expected to start" was a count). The
	// present, "two new teams start work in September", stays a figure:
	// the development set labels it a count of the teams.
	// A plan, no finding (as planned hires are). Group 1.
	// "will be in place", "will be set up" and "are planned" are the same
	// plan, of posts and roles too (hostile check 60: "Two new teams will
	// be in place by September" and "Three new posts are planned for
	// 2025" were counts where "will start" was none).
	plannedNewRe = lazyre.New(`\b(` + workSmallNum + `)\s+new\s+(?:[a-z-]+\s+){0,4}?(?:teams?|services?|hubs?|clinics?|sites?|centres?|posts|roles)\s+(?:(?:will|are\s+(?:due|set|going|expected|planned|scheduled)\s+to)\s+(?:start|open|launch|begin|go\s+live)\b|will\s+be\s+(?:in\s+place|set\s+up|created|established|up\s+and\s+running|running)\b|are\s+(?:planned|proposed)\b)`)
	// plannedHireRe is the people a body will recruit: "We will recruit
	// 12 new health visitors by March 2025", "The plan is to recruit 12
	// ...". A plan, no finding, as the development set labels "We will
	// recruit 12 young quality champions" and "we will recruit four more
	// children's nurses" (hostile check 60: counts of 12). Group 1. A plan
	// with its money, "will recruit four additional coordinators, funded
	// from a £310,000 investment", "an extra £680 million ..., and we will
	// recruit 8,500 more", is a decision the set counts (plannedHireFunded).
	// "are planning to", "are looking to", "aim to" and "appoint" are the
	// same plan, and "staff" its people (hostile check 62: "We are
	// planning to recruit 20 staff next year" was a count of 20 staff).
	// Money "will be used to recruit" people (a plan for the money, its
	// sum not named) and "plan to recruit 10 more" (its people named
	// before) are the same plan (hostile check 63: counts of 8 and 10).
	// People a body "hopes to have" or "plans to have" in post, and
	// those its money "will pay for", are the same plan; those it "paid
	// for" stay counts (hostile check 64: "hopes to have 30 staff in post
	// by March 2025" and "Funding will pay for 8 mental health
	// practitioners" were counts). "We will fund two further teams" stays
	// a count, as the development set labels it: a body's own decision;
	// "40% of trusts expect to recruit 2,000 staff" a finding of a survey.
	// "Plans are in place to recruit 25 nurses", "there are plans to" and
	// "it is planned to" are the same plan (hostile check 65: a count).
	plannedHireRe = lazyre.New(`\b(?:(?:will|we['’]ll|shall|(?:plans?|planning|aims?|aiming|intends?|intending|looking|hop(?:es?|ing)|going)\s+to|(?:plan|aim|intention)\s+is\s+to|plans?\s+(?:are|is)\s+(?:now\s+|already\s+)?(?:in\s+place|being\s+(?:made|drawn\s+up)|under\s*way|agreed)\s+to|there\s+(?:are|is)\s+(?:a\s+)?plans?\s+to|it\s+is\s+(?:planned|intended|proposed)\s+to|(?:will|would|is\s+to|are\s+to)\s+(?:also\s+)?be\s+used\s+to)\s+(?:also\s+|now\s+)?(?:recruit|hire|employ|appoint|pay\s+for)|(?:plans?|planning|aims?|aiming|intends?|intending|hop(?:es?|ing)|wants?)\s+to\s+have)\s+(?:(?:at\s+least|up\s+to|a\s+further|another)\s+)?(\d{1,3}(?:,\d{3})?|` + workNum + `)\s+(?:more\b|(?:new\s+|more\s+|additional\s+|extra\s+|further\s+)?(?:[a-z'’-]+\s+){0,4}?(?:[a-z'’-]+s|staff)\b)`)
	// plannedHiredRe is plannedHireRe told in the passive: "A further 10
	// staff will be recruited in 2025", "20 nurses are to be appointed".
	// The same plan, no finding (hostile check 64: a count of 10 staff,
	// 2025, as if they were in post). Group 1.
	plannedHiredRe = lazyre.New(`\b(\d{1,3}(?:,\d{3})?|` + workNum + `)\s+(?:new\s+|more\s+|additional\s+|extra\s+|further\s+)?(?:[a-z'’-]+\s+){0,4}?(?:[a-z'’-]+s|staff)\s+(?:will|shall|are\s+to|are\s+(?:due|expected|planned|set|going)\s+to)\s+(?:also\s+|now\s+)?be\s+(?:recruited|hired|employed|appointed)\b`)
	// plannedHireFunded says a plan names its money.
	plannedHireFunded = lazyre.New(`£|\bfunded\s+(?:from|by)\b|\bat\s+a\s+cost\s+of\b`)
	// businessCasePostsRe is the posts a business case asks for: "support
	// a business case for four additional posts". A plan, as planned
	// hires are. Group 1. A case approved is a decision, its posts a
	// figure (businessCaseDecidedRe).
	businessCasePostsRe = lazyre.New(`\bbusiness\s+case\s+for\s+(?:a\s+further\s+|another\s+)?(` + workSmallNum + `)\s+(?:additional\s+|new\s+|extra\s+|more\s+)?(?:[a-z-]+\s+){0,2}?(?:posts|roles|staff|nurses|practitioners|therapists)\b`)
	// businessCaseDecidedRe follows a business case's posts that were
	// granted: "... for four additional posts was approved in March"
	// (hostile check 60: no figure, though the posts were decided).
	businessCaseDecidedRe = lazyre.New(`^\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:formally\s+|finally\s+)?(?:approved|agreed|signed\s+off|granted|accepted|funded)\b`)
)

// maskStoryCounts marks the counts of correspondenceRe, replacedCountRe,
// plannedNewRe, plannedHireRe, plannedHiredRe and businessCasePostsRe in lower: no figures.
func maskStoryCounts(lower string, taken []bool) {
	mark := func(re *lazyre.Regexp) {
		for _, m := range re.FindAllStringSubmatchIndex(lower, -1) {
			for i := m[2]; i < m[3]; i++ {
				taken[i] = true
			}
		}
	}
	if hasAnyFold(lower, "letter", "reminder", "mail", "text", "voicemail", "call") {
		mark(correspondenceRe)
	}
	if hasAnyFold(lower, "instead of") {
		mark(replacedCountRe)
	}
	if hasAnyFold(lower, " new ") {
		mark(plannedNewRe)
	}
	if hasAnyFold(lower, "recruit", "hire", "employ", "appoint", "pay for", "to have") && !plannedHireFunded.MatchString(lower) {
		mark(plannedHireRe)
		mark(plannedHiredRe)
	}
	if hasAnyFold(lower, "business case") {
		for _, m := range businessCasePostsRe.FindAllStringSubmatchIndex(lower, -1) {
			if businessCaseDecidedRe.MatchString(lower[m[1]:]) {
				continue // approved: posts decided, a figure
			}
			for i := m[2]; i < m[3]; i++ {
				taken[i] = true
			}
		}
	}
}
