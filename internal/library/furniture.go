package library

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// Page furniture told by its words: the fixed phrases site templates,
// newsletters and mail clients put around the text (GOV.UK, WordPress, NHS
// trust sites, think tanks, news sites, mailing-list services). A phrase is
// matched against a whole short element or line, never inside a sentence of
// the text, so a report that quotes one is not cut.
var (
	// furnitureLineRe matches a short block that is furniture by itself.
	furnitureLineRe = lazyre.New(`(?i)^(?:` + strings.Join([]string{
		`(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation)`,
		`(?:is|was) this (?:page|article|information) (?:useful|helpful)`,
		`(?:yes|no)(?:,? this page is (?:not )?useful)?`,
		`report a problem (?:with|on) this page`,
		`share(?: this)?(?: page| article| post| story| report)?(?: on| via)?(?: \w+)?:?`,
		`share on (?:facebook|twitter|x|linkedin|whatsapp|email|bluesky|threads)`,
		`(?:sign up|subscribe|register)\b.{0,60}\b(?:newsletters?|e-?mail(?: updates| alerts)?|updates|bulletins?|alerts)\b.*`,
		`get (?:our |the )?(?:latest )?(?:news|updates|newsletter)(?: by email| in your inbox| straight to your inbox)?`,
		`print(?: this)?(?: page| article)?`,
		`back to (?:the )?(?:top|contents|table of contents)(?: of (?:the )?page)?`,
		`(?:download|print|embed|share)(?: this)?(?: interactive)? (?:chart|statistical bulletin|bulletin|article|page|table|report|image|data(?: set)?|dataset)`,
		`(?:leave this site quickly|exit (?:this )?site|quick exit|hide this page)`,
		`(?:related|more)(?: content| articles?| stories| posts| reading| links| pages| news| resources| publications| guidance| on this(?: topic| story)?)`,
		`you (?:might|may) also (?:like|be interested in)`,
		`(?:most|more) (?:read|popular|viewed|shared)`,
		`(?:accept|reject|decline|manage|customi[sz]e)(?: all| optional| additional| analytics)? (?:cookies|cookie settings|cookie preferences|preferences)`,
		`(?:we use|this site uses|this website uses|our site uses) (?:some )?(?:essential |necessary |analytics )?cookies\b.*`,
		`cookies? (?:on|settings|preferences|policy|notice)\b.{0,60}`,
		// A bulletin's strapline ending in its reading time: "For members
		// of the Network · 4 minute read", "Ann Lee · 17 November 2026 ·
		// 7 min read" (a newsletter platform's byline, author and day).
		`(?:[^.!?·|•]{1,120} [·|•] ){1,3}\d{1,3} ?min(?:ute)?s? read`,
		// A mental health site's crisis signpost, set in a top bar or a
		// box on every page: "Need help now? If you are in crisis, call
		// NHS 111 and choose option 2."
		`(?:[^.!?]{1,40}\? )?if you(?: are|'re|’re) in (?:a )?crisis,? (?:please )?(?:call|ring|phone|text|contact)\b[^.!?]{0,100}`,
		`\d{1,3} ?min(?:ute)?s?(?: read|\.)?(?: [·|•] [^.!?]{1,40})?|(?:reading time|read time|estimated reading time):? ?(?:about |around |approx\.? |approximately |roughly |under |less than )?\d{1,3} ?min(?:ute)?s?`,
		`(?:leave a (?:reply|comment)|post a comment|add a comment|\d+ (?:comments?|replies)|comments?(?: \(\d+\))?|join the (?:conversation|discussion)|show comments|view comments)`,
		`about the authors?`,
		// One dated line, or two in one element: "Page last reviewed: 3
		// October 2024 / Next review due: 3 October 2025".
		datedLine + `(?: ?[.;|·]? ` + datedLine + `)?`,
		dateExpr,
		`sent from my \w+.*`,
		`(?:tags?|topics?|themes?|categories|category|filed under|posted in|keywords)\s*:.*`,
		// A table's or chart's source line, as in the PDFs.
		`sources?\s*:.*`,
		`(?:follow us|connect with us|find us)(?: on .*)?`,
		// The same with the networks listed after a colon: "Follow us:
		// Facebook | Instagram | TikTok | LinkedIn".
		`(?:follow us|connect with us|find us)(?: on)?\s*:\s*` + socialNetwork + `(?:\s*[|,·•/]\s*` + socialNetwork + `|\s+and\s+` + socialNetwork + `)*`,
		`(?:advertisement|sponsored(?: content)?|promoted|paid content)`,
		`(?:photo(?:graph)?|image|picture|illustration|credit|source: getty|getty images|pa media|alamy|shutterstock)s?(?: credit)?\s*[:©].*`,
		`©.*|copyright\b.*`,
		`(?:cite this|how to cite)(?: page| article| report)?`,
		`(?:contents|on this page|in this section|table of contents|jump to|page contents)`,
		`(?:download|read|view)(?: the)?(?: full)?(?: report| pdf| document| publication| briefing| summary)?(?: \(|: | - ).*(?:pdf|kb|mb|pages?)\)?`,
		`(?:read|see) (?:more|next|also)\s*[:›»].*`,
		`(?:related|more on this(?: story)?|further reading)\s*:.*`,
		`listen to this (?:article|story|page)|save (?:this )?(?:article|story)|gift this article|\d{1,3} ?min(?:ute)?s? listen|e-?mail|rate this (?:page|article)`,
		`image (?:source|caption),.*`,
		`content last (?:reviewed|updated)\b.*`,
		`(?:by continuing|by using|if you continue)\b.{0,80}\bcookies\b.*`,
		// A consent banner's opening, and a statistics release's list of
		// who saw the figures before publication.
		`we and our (?:\d+ )?(?:partners|vendors|third[- ]party partners) (?:store|use|process|access|collect)\b.*`,
		`pre-release access (?:list|arrangements)\b.*`,
		`(?:unsubscribe|view (?:this )?(?:e-?mail )?in (?:(?:your|a|the) )?(?:web )?browser|update your (?:email )?preferences|manage (?:your )?(?:(?:newsletter|e-?mail|mailing|alert) )?(?:subscriptions?|preferences|settings)|forward to a friend)\b.*`,
		// A newsletter's preheader: a teaser of a sentence or two that
		// ends in the link to read it online ("Policy news and dates for
		// children's health teams. View this email in your browser").
		`(?:[^.!?]{1,160}[.!?] ){1,2}view (?:this )?(?:e-?mail )?in (?:(?:your|a|the) )?(?:web )?browser\.?`,
		`(?:you are|you're) receiving this\b.*`,
		// A newsletter platform's referral programme and a sponsor's offer
		// in the issue: "You currently have 0 referrals, only 3 away from
		// receiving the guide.", "Book a 20-minute demo and get the first
		// month free."
		`you (?:currently )?have \d+ referrals?\b.*`,
		// A list's count over its rows: "Showing 30 of 30 signatures",
		// "Showing 1 to 20 of 312 results".
		`showing (?:all )?\d[\d,]*(?:\s*(?:-|–|to)\s*\d[\d,]*)? (?:of \d[\d,]* )?(?:signatures|results|items|entries|records|comments|responses|posts|members|names)\.?`,
		`book (?:a|your) (?:free )?(?:\d{1,3}-min(?:ute)? )?demo\b.*`,
		// The platform's postal address under a newsletter, as US law has
		// every bulk mail give one: "228 Park Ave S, #29976, New York, New
		// York 10003, United States".
		`\d{1,5} [\p{L}\d .'’-]{2,40}(?:, #?[\w-]{1,10})?(?:, [\p{L} .'’-]{2,40}){1,3},? (?:[A-Z]{2} )?\d{5}(?:-\d{4})?,? (?:united states(?: of america)?|usa|us)\.?`,
		// A monitoring service's licence note under its clips: "Content is
		// provided for internal monitoring purposes only and may be
		// subject to copyright."
		`(?:this )?content is (?:provided|supplied|licensed) (?:solely )?for (?:internal|your own|personal|the recipient's)\b.*`,
		// A newsletter's call to its readers: "You can add your name to the
		// letter until 1 November: just reply to this email."
		`[^.!?]{0,160}\b(?:just|simply) (?:reply to|hit reply on) this e-?mail\b[^.!?]*[.!]?`,
		`(?:the )?full (?:report|briefing|survey results|findings) (?:is|are) (?:available )?on our website\.?`,
		`(?:home|menu|search|close|open|log ?in|sign ?in|my account|donate(?: now)?)`,
		// A post's place in a series: "This post is the second in our
		// series on prevention and the 2025 spending review."
		`this (?:post|blog(?: post)?|article|piece|briefing|explainer|episode|essay|long read) is (?:the )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|last|final|next|\d{1,2}(?:st|nd|rd|th)|one|part (?:\w+|\d{1,2}))(?: part| instalment| post| piece)? (?:in|of) (?:a|an|the|our|my) (?:new |short |occasional |ongoing |regular )?(?:blog )?(?:series|collection)\b[^!?]{0,120}`,
		// A promotion of the publisher's mailing inside a post: "Enjoying
		// this? Get our Friday briefing: the week's research, in five
		// minutes."
		`(?:[^.!?]{1,40}\? )?(?:get|receive) (?:our|the) (?:free )?(?:\w+ ){0,2}(?:newsletter|briefing|bulletin|digest|round-?up|e-?mail|update)s?\b[^.!?\d%£]{0,120}[.!]?`,
		// A press release's embargo line: "EMBARGOED UNTIL 00:01 GMT,
		// THURSDAY 6 MARCH 2025", "Embargoed: 00:01 Tuesday".
		`(?:strictly )?(?:embargoed|under embargo)\b[^.!?]{0,80}|for immediate release`,
		`thank you for your feedback.*`,
		`(?:help us improve|give feedback|feedback)(?: on)?(?: this page| gov\.uk)?`,
		`this (?:file|document) may not be suitable for users of assistive technology\b.*`,
		`request an accessible format\.?`,

		// A newsletter's masthead: its name, issue number and date in
		// one line of parts ("CYP Health Weekly · Issue 112 · 13 March
		// 2025", "Vol. 4 | No. 12 | Spring 2025").
		`(?:[^·|•!?]{1,60} [·|•] )*(?:issue|edition|vol(?:ume)?\.?|no\.) ?#?\d{1,4}(?: [·|•] [^·|•!?]{1,60})*`,
		// A link to a list of more: "See all 14 vacancies", "View all
		// events", "Browse more stories from the team".
		`(?:see|view|browse|show) (?:all|more)(?: \d[\d,]*)? (?:vacancies|jobs|roles|posts|events|webinars|courses|stories|news|articles|blogs|responses|comments|replies|recommendations|results|publications|resources|updates)(?: from .{1,60})?`,
		// A job advertisement: a post with its pay band in brackets, hours
		// or a closing date.
		`[^.!?]{0,120}\((?:nhs |afc )?band \d[a-d]?\)(?:[^.!?]|\.\d){0,80}\b(?:permanent|fixed[- ]term|secondment|full[- ]time|part[- ]time|hours|salary)\b(?:[^.!?]|\.\d){0,40}`,
		`(?:(?:[^.!?]|\.\d){0,120}[.!?] )?(?:[^.!?]|\.\d){0,120}\bclosing date:? (?:\d{1,2}(?:st|nd|rd|th)? ` + monthExpr + `|` + monthExpr + `[a-z]* \d{1,2}\b|\d{1,2}/\d{1,2})[^.!?]{0,40}`,
		// Content kept for members or subscribers: "Member-only content",
		// "Log in to read more", "The full report is available to members."
		`members?[- ]only(?: content| article| resource| area)?|(?:log ?in|sign ?in|subscribe) to (?:read|view|access|see|download) (?:more|(?:the|our) (?:full|rest)\b.{0,80}|this \w+)`,
		`[^.!?]{0,120}\b(?:is|are) (?:only )?available (?:only )?to (?:members|subscribers|registered users|logged[- ]in users)(?: only)?`,
		// A live blog's sign-off: "That's all from us today. Thanks for
		// following."
		`that['’]s (?:all|it) (?:from (?:us|me)|for (?:today|now|tonight|this (?:morning|afternoon|evening|week)))[^.!?]{0,40}(?:[.!] (?:thanks?|thank you) for (?:following|reading|joining us|being with us)[^.!?]{0,40})?`,
		// A newsletter's greeting: "Good morning, and welcome to this
		// week's round-up", "Welcome to the March edition of our bulletin".
		`(?:(?:good (?:morning|afternoon|evening)|hello|hi(?: all| everyone| everybody)?)[,!]? (?:and )?)?welcome (?:back )?to (?:this|the|our|the latest)\b[^.!?]{0,60}\b(?:issue|edition|round-?up|bulletin|newsletter|digest|update|briefing|e-?news)\b[^.!?]{0,40}`,

		// Social and reading furniture: "Posted 3 hours ago", "1.2K
		// Followers", "Responses (14)", "Published in The Clinic Notes",
		// "More from ...", "Recommended from Medium", a photo credit.
		`(?:posted|updated|published|edited)? ?(?:about )?(?:\d{1,3}|an?) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago`,
		`\d[\d,.]*k? (?:followers|subscribers|claps|likes|reactions)`,
		`responses \(\d+\)|published in (?-i:\p{Lu})[^.!?,:;%\d]{0,60}|(?:more|recommended) from (?-i:\p{Lu})[^.!?,:;%\d]{0,60}`,
		`(?:photo|image|picture|illustration) by [^.!?]{1,60}`,
		// Calls to act: report the page, give, join, book.
		`report (?:this page|an? (?:issue|problem|error|mistake)(?: (?:with|on) this page)?)`,
		`(?:is|was) this (?:page|article|information) (?:useful|helpful)\? ?(?:yes|no)(?: (?:yes|no))?`,
		`(?:make a )?donat(?:e|ion)(?: now| today| here| online)?|£\d+ (?:could|can|will|would) (?:pay for|buy|fund|provide|cover)[^.!?]{0,100}(?:[.!] ?£\d+ (?:could|can|will|would) (?:pay for|buy|fund|provide|cover)[^.!?]{0,100})*`,
		`become a member(?: today| now)?|join (?:us|today|now|the \p{L}+)(?: today| now)?`,
		`(?:book|register|reserve)(?: now| here| today| online| your (?:free )?(?:place|ticket|seat|spot)(?: now| today)?)`,
		`cpd (?:points?|hours?|credits?):? ?\d+|early[- ]bird\b[^!?]{0,80}`,
		// An online meeting's block: "Meeting ID 845 2291 0763",
		// "Passcode: x7Qk9p", "Join the meeting now", "Dial in by phone".
		`(?:meeting|conference|webinar|phone conference) id:? ?[\d #]+|pass(?:code|word):? ?\S+|join (?:the )?(?:meeting|webinar|call)(?: now| here| online)?|dial[- ]in(?: by phone| details| numbers?)?(?::.*)?|find a local number|microsoft teams(?: meeting)?(?: need help\?)?`,
		`(?:sent from|get) outlook for (?:ios|android)|please consider the environment before printing\b.*`,
		// Links between articles.
		`(?:read more|continue reading|keep reading)(?: ?[→›»>].*)?|(?:next|previous) (?:article|post|story|page)(?:\s*:.*)?|back to (?:news|blog|all \w+|the \w+ page)`,
		// A document's running matter: a version line, a protective
		// marking, a page count, a reference.
		`v(?:ersion)?\.? ?\d{1,2}(?:\.\d{1,2}){0,2}(?: (?:draft|final))?(?: [|·–-] [^.!?]{0,60})?`,
		`(?:(?:security )?classification:? )?(?:official|official[- ]sensitive|restricted|unclassified|not protectively marked|commercial in confidence)`,
		`page \d{1,4} of \d{1,4}`,
		// A listing's count of what it shows and its pager: "Showing 1
		// to 8 of 143 responses", "Results 11-20 of 96", "143 results
		// found", "Next page: 9 to 16".
		`(?:showing|displaying|viewing|results?) (?:results? )?[\d,]+ ?(?:to|-|–) ?[\d,]+ of [\d,]+(?: [a-z]+){0,2}|[\d,]+ (?:results|responses|requests|items|documents|publications|records|matches) (?:found|shown|match(?:ed)?(?: your (?:search|filters))?)`,
		`(?:next|previous|prev) page(?::? [\d,]+ (?:to|-|–) [\d,]+)?`,
		// A log entry's record lines, its labels and their values on one
		// line: "Date received: 30 January 2026 Date of response: 27
		// February 2026 Outcome: Information provided in part".
		`(?:` + recordLabel + `):\s*[^:]{1,60}?(?:\s+(?:` + recordLabel + `):\s*[^:]{1,60}?)+`,
		`(?:document |doc |our |your )?ref(?:erence)?(?: no\.?| number)?:? [\w/.-]{0,20}\d[\w/.-]{0,20}`,
		// A site's own footer: who built it, its policies, its numbers.
		`(?:powered by|website by|site by|web design by|made with|built with|designed and built by) [^.!?]{1,40}`,
		`site ?map|accessibility statement|terms (?:and|&) conditions|terms of use|all rights reserved`,
		`(?:tel|telephone|phone|mob|mobile|fax)\.?:? ?[+\d][\d ()-]{6,}`,
		`registered charity(?: in [^.!?]{1,40})?(?: number| no\.?)?:? ?\(?\d{6,8}\)?[^!?]{0,120}|(?:company )?registered in england(?: (?:and|&) wales)?[^!?]{0,80}|(?:registered )?company (?:number|no\.?):? ?\d{6,8}[^!?]{0,80}`,
		// A news page's lists and a live blog's controls.
		`trending(?: now)?|latest (?:news|stories|posts|articles)|key events|show key events(?: only)?`,
		`(?:please )?(?:turn on|enable) javascript\b.*|loading(?:\.\.\.|…)?`,
		// A mailing list's footer.
		`our mailing address is:?.*|want to change how you receive these e-?mails\?.*|you can (?:update your preferences|unsubscribe)\b.*|this e-?mail was sent to .*`,
		`comments are closed|(?:log ?in|sign ?in|register) to (?:comment|reply|post a comment)`,

		// A campaign's petition tally over its progress bar: "12,300
		// people have signed. Help us reach 20,000!", a count of the
		// campaign's own supporters, no finding.
		`[\d,]+ (?:people|supporters|signatures|others|of you)(?: have)? (?:signed|pledged|joined(?: us)?|backed (?:this|the|our) (?:campaign|petition|call))(?: (?:so far|already|the petition|this petition|our petition|up))?(?:[.!] ` + reachGoal + `)?`,
		reachGoal,

		// GOV.UK's notice on the status of statistics.
		`these (?:statistics|data) are (?:accredited )?(?:official|national) statistics\b.*`,
		`(?:official|national) statistics are produced impartially\b.*`,
	}, "|") + `)[.!?]?$`)

	// bylineRe matches a byline: "By Jane Smith", "By Jane Smith, Health
	// correspondent", "Words by Jane Smith | 5 March 2024".
	// The name is two to five capitalised words, so "By 2030" and "By
	// March 2024, ..." are sentences, not bylines.
	//
	// Its words before "by" are a byline's one list (bylineWords), as an
	// author tag's are: before, "Authored by Mira Castell" in a page's
	// byline was no byline where "Written by" was (hostile check 51).
	bylineRe = lazyre.New(`^(?:(?i:` + bylineWords + `) )?[Bb]y:? +(` + personName + `(?:,? (?:and|&) ` + personName + `)*)(?:$|[,|–—-] (?:[^,]*,?){1,8}$|\s+` + dateExpr + `.*)`)
	// fileSizeRe marks a download link: "(PDF, 2MB)", "PDF, 1.2 MB, 40
	// pages", "Data tables [xlsx] 418 kB".
	fileSizeRe = lazyre.New(`(?i)\b(?:pdf|docx?|xlsx?|odt|ods|csv|html|zip)\b[\])]?,? ?\(?[\d.]+ ?(?:kb|mb|gb)\b`)
)

const (
	// datedLine is a page's line of when it was published, updated or
	// reviewed: "Page last reviewed: 3 October 2024", "Published 5 March
	// 2024 by the Department".
	datedLine = `(?:page |content )?(?:last (?:reviewed|updated|update|modified|edited|revised)|next review due|next review date|next review|review date|reviewed|first published|published|updated|posted|date|date published|publication date|release date|released)(?: on)?:? ` + dateExpr + `(?:,? (?:at )?\d{1,2}[.:]\d{2}(?: ?[ap]m)?(?: \w{2,4})?)?(?:,? (?:by|from|in) [^.]{1,60}?)?`
	// dateExpr is a date as pages print it: "5 March 2024", "March 2024",
	// "Thu 11 Jul 2024", "Apr 9, 2024", "05/03/2024", "2024-03-05".
	dateExpr = `(?i:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? )?(?:(?:\d{1,2}(?:st|nd|rd|th)? )?` + monthExpr + `[a-z]*\.?,? \d{4}|` +
		monthExpr + `[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}[-/]\d{2}[-/]\d{2})`
	// reachGoal is a campaign's target for its tally: "Help us reach
	// 20,000 signatures".
	reachGoal = `(?:help us|can you help us|let's|let us) (?:reach|get to|hit) [\d,]+(?: signatures| supporters| names)?`
	monthExpr = `(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`
	// personName is two to five capitalised words (particles allowed).
	personName = `\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|di|le|la|bin|al)){1,4}`
)

// noticeRe is a notice about the page itself: an offer of it in other
// formats, or where to read how the publisher uses what readers send it
// ("We will only use your details for this campaign.").
// Such a notice often stands alone under a heading over furniture (the
// papers to download); it is told in the blocks written from the article,
// not in the page before readability reads it, which would find the
// heading with nothing under it and drop it too.
var noticeRe = lazyre.New(`(?i)^(?:(?:if you (?:need|would like|require|want)|to (?:ask for|request|get))\b.{0,60}\b(?:in|as) (?:an?other|an alternative|a different|other|alternative|accessible|large print|easy read|braille)\b.{0,80}|(?:please )?(?:read|see|view)\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}privacy (?:notice|policy|statement)\b.{0,80}|(?:how we (?:will )?use your (?:information|data|personal data)|privacy notice)\s*:.{0,80}|we (?:will )?(?:only|never) (?:use|share) your (?:details|data|information|e-?mail(?: address)?|personal (?:details|data|information))\b.{0,120})$`)

// isNoticeText reports a short block that is a notice about the page.
func isNoticeText(s string) bool {
	s = strings.Join(strings.Fields(s), " ")
	return len(strings.Fields(s)) <= 40 && !strings.ContainsAny(s, "%£") && noticeRe.MatchString(s)
}

// inspectionBoilerplateRe is the paragraph an inspectorate prints on
// every report to say what the report is ("This report describes our
// judgement of the quality of care at this service. It is based on ..."),
// longer than a template's phrase but as fixed; with no figure in it.
var inspectionBoilerplateRe = lazyre.New(`(?i)^this report describes our judgements? of the quality of (?:care|services?)\b[^%£\d]*$`)

// advertBoilerplateRe is the fixed wording a jobs board prints on every
// advert: that it may close early, that the post needs a criminal record
// check, that applicants needing a visa may apply. Terms of applying,
// not evidence; with no figure in it but an Act's year.
var advertBoilerplateRe = lazyre.New(`(?i)^(?:this (?:job|vacancy|post|advert) (?:may|might|will|can) close early\b|this (?:post|role|job|position) is subject to the rehabilitation of offenders act\b|applications from job seekers who require (?:current )?(?:skilled worker |tier 2 )?sponsorship\b)[^%£]*$`)

// isBoilerplateParagraph reports a paragraph of fixed words a publisher
// prints in every report of a series, too long for a template's phrase.
func isBoilerplateParagraph(s string) bool {
	s = strings.Join(strings.Fields(s), " ")
	return len(strings.Fields(s)) <= 80 && (inspectionBoilerplateRe.MatchString(s) || advertBoilerplateRe.MatchString(s))
}

// isFurnitureText reports a short block or line that is page furniture by
// its words alone: a phrase of the templates, a byline, a download link.
func isFurnitureText(s string) bool {
	s = strings.TrimSpace(strings.Join(strings.Fields(s), " "))
	if s == "" {
		return false
	}
	words := len(strings.Fields(s))
	if isBoilerplateParagraph(s) {
		return true
	}
	if words > 30 {
		return false
	}
	if furnitureLineRe.MatchString(s) {
		return true
	}
	if words <= 16 && !strings.ContainsAny(s, "%£") && bylineRe.MatchString(s) {
		return true
	}
	return words <= 20 && fileSizeRe.MatchString(s) || words <= 25 && isAuthorBio(s)
}

// authorBioRe opens an author's note: a person's name, then "is" or "was"
// ("Amira Haddad is Policy and Research Lead at...").
var authorBioRe = lazyre.New(`^(?:(?:Dr|Prof|Professor|Sir|Dame)\.? )?` + personName + ` (?:is|was) `)

// isAuthorBio: one sentence saying who the author is and what post they
// hold, with no number in it: an author's note, not evidence. "Dr Jane
// Smith is a consultant at X, where waits doubled" says more and has a
// clause; a figure makes it a finding.
func isAuthorBio(s string) bool {
	m := authorBioRe.FindStringIndex(s)
	if m == nil || strings.ContainsAny(s, "0123456789%£;") || strings.Count(strings.TrimSuffix(s, "."), ". ") > 0 {
		return false
	}
	rest := s[m[1]:]
	return evidence.NamesAPost(rest) && !strings.Contains(rest, ", where") && !strings.Contains(rest, " who ")
}

var (
	// contactInstructionRe opens a line that tells the reader how to get in
	// touch: "Call Smokefree Wyvern free on ...", "For media enquiries,
	// contact the press office on ...".
	contactInstructionRe = lazyre.New(`(?i)^(?:[^?.!]{1,60}\?\s+)?(?:for (?:more|further) information|for (?:media|press|general)? ?enquiries|for (?:help|advice|support)(?: [^,]{1,40})?|if you (?:have|need) [^,]{1,60})?,? ?(?:please )?(?:call|ring|phone|telephone|text|email|e-mail|contact|write to|speak to|get in touch with)\b`)
	// selfDescriptionRe is a sentence saying what an organisation is: "The
	// Faculty of Dental Surgery is part of ...", "X is a registered
	// charity", not what it does ("X is calling on ...").
	selfDescriptionRe = lazyre.New(`^((?:The )?\p{Lu}[\p{L}'’&.-]*(?: (?:of|and|for|the|in|&|\p{Lu}[\p{L}'’&.-]*)){0,10}),? (?:is|are) ((?:a|an|the|part of|one of|England's|the UK's) .*)$`)
	// missionRe is a sentence saying what an organisation is for, as a
	// press release's notes to editors open: "The College works to ensure
	// high-quality care by ...", "X exists to ...", "X represents ...".
	missionRe = lazyre.New(`^((?:The )?\p{Lu}[\p{L}'’&.-]*(?: (?:of|and|for|the|in|&|\p{Lu}[\p{L}'’&.-]*)){0,10}),? (?:works|exists|aims|seeks|strives|was (?:founded|established|set up|formed)) (?:to|in|by)\b|^((?:The )?\p{Lu}[\p{L}'’&.-]*(?: (?:of|and|for|the|in|&|\p{Lu}[\p{L}'’&.-]*)){0,10}),? (?:represents|brings together|champions) `)
)

// isContactInstruction: a short line telling the reader to call, e-mail or
// contact someone at a number or address: a service's or a press office's
// contact line, not a finding.
func isContactInstruction(s string) bool {
	s = strings.TrimSpace(s)
	return len(strings.Fields(s)) <= 40 && !strings.ContainsAny(s, "%£") &&
		contactInstructionRe.MatchString(s) && contactOnlyRe.MatchString(s)
}

// aboutPublisher: a short paragraph in which the publisher describes itself
// or a part of itself ("The Faculty of Dental Surgery is part of the Royal
// College of Surgeons of England and ..."): the boilerplate of a press
// release's notes, not evidence.
func aboutPublisher(s, publisher string) bool {
	publisher = strings.TrimPrefix(strings.TrimSpace(publisher), "The ")
	if publisher == "" || len(strings.Fields(s)) > 45 || strings.ContainsAny(s, "%£") {
		return false
	}
	if m := missionRe.FindStringSubmatch(strings.TrimSpace(s)); m != nil && !strings.ContainsAny(s, "0123456789") {
		subject := strings.TrimPrefix(firstNonEmpty(m[1], m[2]), "The ")
		return strings.EqualFold(subject, publisher) || subject == evidence.Initials(publisher) || evidence.Initials(subject) == publisher
	}
	m := selfDescriptionRe.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return false
	}
	subject := strings.TrimPrefix(m[1], "The ")
	rest := strings.TrimPrefix(strings.TrimPrefix(m[2], "part of "), "the ")
	return strings.EqualFold(subject, publisher) ||
		strings.HasPrefix(m[2], "part of ") && strings.HasPrefix(strings.ToLower(rest), strings.ToLower(publisher))
}

// endsRe is the line that closes a press release's text ("ENDS", "-ENDS-",
// "– ends –", "###"). The notes to editors after it are not all
// furniture: a note giving a survey's base is a finding's, so they are
// judged one by one.
var endsRe = lazyre.New(`^(?:#{1,6} )?[\s*_~=.#–—-]*(?:(?i:ends)|END)[\s*_~=.#–—-]*$|^#{3}$`)

// isEndsLine reports the closing line of a press release.
func isEndsLine(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && len(s) <= 20 && endsRe.MatchString(s)
}

// versionTableRe is the header row of a document's version history: a
// "Version" column beside its date, author, approver or changes.
var versionTableRe = lazyre.New(`(?i)^\|\s*(?:version|version no\.?|revision)\s*\|.*\b(?:date|author|approved|changes?|amendments?|status|summary)\b`)

// versionTable reports a pipe table that is a document's version history
// (document control), not data.
func versionTable(t string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(t), "\n")
	return versionTableRe.MatchString(first)
}

// recordLabel is a label of a log entry's record line (furnitureLineRe):
// when a request came and was answered, its reference, outcome and status.
const recordLabel = `date (?:received|requested|logged|closed|of (?:request|response|decision|reply))|(?:response|request|decision) date|reference(?: number)?|outcome|status|decision`

// socialNetwork is a social network's name, as a "Follow us:" line lists
// them.
const socialNetwork = `(?:facebook|instagram|tiktok|linkedin|twitter|x|youtube|threads|bluesky|whatsapp|snapchat|mastodon|pinterest)`
