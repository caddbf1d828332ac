package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// platformRe is a service a document was hosted on or sent through,
	// which names itself where a page or a message names its site: a
	// mailing service (Mailchimp, its campaign archive), a publishing or
	// social platform, a host of uploaded documents; a web archive
	// (archive.today, the Wayback Machine) whose snapshot of a page puts
	// its own name after the site's in the <title>: "Story | Harrowfield
	// Gazette • archive.today" is the Gazette's story.
	platformRe = lazyre.New(`(?i)^(?:intuit\s+)?mailchimp(?:\.com)?$|^mailchi\.mp$|^(?:mailchimp\s+)?campaign[- ]archive(?:\.com)?$|^(?:constant\s+contact|campaign\s+monitor|brevo|sendinblue|mailerlite|dotdigital|govdelivery|granicus|substack|medium|issuu|eventbrite|(?:microsoft\s+)?sway|(?:microsoft\s+)?forms|linkedin|facebook|twitter|instagram|youtube|tiktok|threads|bluesky|wordpress(?:\.com)?|blogger|blogspot|wix|squarespace|google\s+(?:sites|docs|drive)|sharepoint|padlet|canva|flourish|datawrapper|flipsnack|yumpu|scribd|calam[eé]o|surveymonkey|justgiving|smore|anyflip|flipsnack|notion|weebly|jimdo|civicengage|civicplus|confluence|atlassian\s+confluence|jira|slack|microsoft\s+teams|google\s+groups|tableau(?:\s+public)?|salesforce(?:,?\s+inc\.?)?|archive\.(?:today|ph|is|li|md|vn)|(?:internet\s+archive\s*:?\s*)?wayback\s+machine|ghostarchive(?:\.org)?)$`)
	// hostNameRe is a bare web address ("mailchi.mp", "hollinsfordpcf.org.uk",
	// "https://example.org/"): where a document was, not who published it.
	hostNameRe = lazyre.New(`^(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?$`)
	// accountRe is a user account a file was saved under, as an
	// authoring tool fills a PDF's Author field: an office, admin or
	// reception account, bare or with a body's initials ("Office KHA",
	// "KHA Admin", "School Office"), or a person's initials alone ("J.
	// S.", "J S"). It names no body: before (hostile check 64), a school
	// newsletter with no school name on its pages was published by
	// "Office KHA". A body's office named in words ("Home Office",
	// "Office for National Statistics") is none.
	accountRe = lazyre.New(`^(?:(?i:the\s+)?(?:\p{Lu}{2,5}|(?i:school|main|general|front))\s+)?(?i:office|admin|administrator|administration|reception|user)(?:\s+\p{Lu}{2,5})?$|^(?:\p{Lu}\.\s*){1,4}$|^(?:\p{Lu}\s+){1,3}\p{Lu}$`)
	// departmentRe is a part of an organisation that a page or a message
	// signs with ("Communications Team", "Policy and Research",
	// "Children's Services"): the organisation it is part of publishes.
	departmentRe = lazyre.New(`(?i)^(?:the\s+|our\s+)?(?:(?:communications?|comms|engagement|policy|research|press|media|marketing|digital|data|insight|intelligence|strategy|finance|hr|people|commissioning|public\s+affairs|external\s+affairs|corporate\s+affairs|editorial|events|campaigns|membership|fundraising|governance|web|website|content|newsletter|information|enquiries|customer\s+services?)(?:\s*(?:,|and|&)\s*(?:communications?|comms|engagement|policy|research|press|media|marketing|digital|data|insight|intelligence|strategy|public\s+affairs|campaigns|events|content|partnerships?|performance|governance))*(?:\s+(?:team|office|unit|directorate|department|division|function|hub|desk))?|(?:children'?s|adults?'?|education|social\s+care|public\s+health|early\s+help|family)\s+(?:services|directorate|department|division)(?:\s+(?:team|department))?|public\s+health|adult\s+social\s+care|social\s+care|safeguarding|early\s+help|early\s+years|commissioning)$`)
	// bodyWordRe is a word only a body's name has: a name holding one
	// is a body's even with a post's word in it ("Association of
	// Directors of Children's Services", "Office of the Chief Social
	// Worker").
	bodyWordRe = lazyre.New(`(?i)^(?:the\s+)?office\s+of\b|\b(?:association|society|college|institute|council|trust|nhs|board|confederation|federation|network|alliance|foundation|department|ministry|agency|commission|partnership|charity|coalition|forum|university|committee|service|company|ltd|limited|cic|group|centre|school|academy)\b`)
	// honorificRe opens a person's name, unless a body's word follows: the
	// "Sir Halley Stewart Trust" is a charity.
	honorificRe = lazyre.New(`^(?:Dr|Prof|Professor|Sir|Dame|Mr|Mrs|Ms|Miss|Mx|Cllr|Councillor|Rev|Revd)\.?\s+\p{Lu}`)
)

// notPublisher says a name an importer found is no publisher to cite: a
// mailing service or platform the document went through (Mailchimp,
// Medium, Issuu), a bare web address, a department of an organisation
// ("Communications Team"), a person named with an honorific ("Dr Jane
// Okafor"), a post ("Public Health Commissioner") or a user account
// ("Office KHA"). Citing any of
// them attributes the evidence to no body at all; asking for --publisher,
// or the next clue, is better.
func notPublisher(name string) bool {
	n := strings.TrimSpace(name)
	if n == "" {
		return false
	}
	if m := personalSiteRe.FindStringSubmatch(n); m != nil && isPersonName(m[1]) {
		return true // "Jane Okafor's blog"
	}
	if platformRe.MatchString(n) || hostNameRe.MatchString(n) || accountRe.MatchString(n) || departmentRe.MatchString(n) || honorificRe.MatchString(n) && !orgWordRe.MatchString(n) {
		return true
	}
	if teamSuffixRe.MatchString(n) && genericTeamRe.MatchString(strings.TrimSpace(teamSuffixRe.ReplaceAllString(n, ""))) {
		return true // "The Research Team", "Press Office"
	}
	return isJobTitle(n) && !bodyWordRe.MatchString(n)
}

// notPerson is a copyright line's holder unless it is a person's name ("©
// 2025 Jane Okafor"): a blogger owns the words, but a citation's publisher
// is a body, and with none the import asks.
func notPerson(holder string) string {
	if isPersonName(holder) {
		return ""
	}
	return holder
}

// personalSiteRe is a site named for a person: "Jane Okafor's blog".
var personalSiteRe = lazyre.New(`^(.+?)['’]s\s+(?:blog|website|site|page|newsletter|substack|notes)$`)

// siteSectionRe is a part of a body's site set after the body's name:
// "Hollinsford City Council Newsroom", "Hollinsford Youth Trust Blog".
var siteSectionRe = lazyre.New(`(?i)\s+[-–|:]?\s*(?:newsroom|news\s*room|news|blog|media\s+centre|press\s+centre|news\s+centre|news\s+and\s+media|news\s+and\s+blogs|press\s+releases|insights)$`)

// withoutSiteSection is a publisher without the section of its site its
// name was taken with, when what is left names a body.
func withoutSiteSection(name string) string {
	if rest := strings.TrimSpace(siteSectionRe.ReplaceAllString(name, "")); rest != name && strongOrgWordRe.MatchString(rest) {
		return rest
	}
	return name
}
