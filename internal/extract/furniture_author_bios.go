package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// An author's bio under a briefing, a report's web page or a news story,
// pasted in with the text: who the writer is and what they did before,
// in the shapes authorNoteRe ("Priya Nair is a health visitor in Leeds")
// does not reach:
//   - a post with no article or with the publication's name ("Dr Sam
//     Okoro is head of policy at the Northfold Children's Policy Centre",
//     "Megan Ashdown is the Advertiser's health reporter"), with what the
//     writer works on (", where she works on children's health") or did
//     before ("and previously led the children's team at a think tank for
//     12 years": a career, no finding);
//   - a reporter's beat after it ("She has covered the Vale's hospitals
//     since 2019", "He has reported on the NHS for the Chronicle for ten
//     years").
//
// A sentence with any other figure stays ("Dr Sam Okoro is head of policy
// at the centre, which has trained 400 school staff"), and so does a body
// named like a person ("Harlow Fen Council is the lead commissioner ...").
var (
	// authorBioRe is a person's name, "is", a post with what it is of and
	// where it is held, and at most what the writer works on or did before.
	authorBioRe = lazyre.New(`^(?:(?:Dr|Prof|Professor|Sir|Dame|Cllr|Councillor)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+is\s+(?:(?:a|an|the|our)\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?i:head|director|chief\s+executive|reporter|correspondent|editor|journalist|researcher|fellow|lead|manager|officer|adviser|advisor|analyst|economist|chair|founder|co-founder|lecturer|professor)s?(?:\s+(?:of|for)\s+[^,;:.!?]{1,60}?)?(?:\s+(?:at|in|for|with)\s+[^,;:.!?]{1,80}?)?(?:,\s+where\s+(?:she|he|they)\s+(?:works|leads|writes|specialises|focuses)\b[^.!?]{0,120}?|\s+and\s+(?:previously|formerly|before\s+that)\s+[^.!?]{1,160}?)?\.?$`)
	// reporterBeatRe is a reporter's beat after the bio: what they have
	// covered or reported on, since when or for how long.
	reporterBeatRe = lazyre.New(`^(?:She|He|They)\s+(?:has|have)\s+(?:covered|reported\s+on|written\s+about)\s+[^.!?]{1,100}?\s+(?:since\s+\d{4}|for\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|over\s+a|more\s+than\s+a)\s+(?:years?|decades?))\.?$`)
	// careerSpanRe is the span of a writer's career in a bio: "for 12
	// years", "since 2019".
	careerSpanRe = lazyre.New(`(?i)\b(?:for|over)\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|twenty)\s+(?:years?|decades?)\b|\bsince\s+\d{4}\b`)
	// bodyNameRe is a word that makes a capitalised name a body's, not a
	// person's.
	bodyNameRe = lazyre.New(`\b(?:Council|Trust|Board|Centre|Center|Service|Services|Team|Partnership|Network|Foundation|Alliance|Institute|College|Committee|Group|NHS|ICB|Authority|Department|Ministry|Office|School|University|Hospital|Commission|Society|Charity)\b`)
)

// onlyCareerFigures reports a bio whose numbers are all its writer's
// career ("for 12 years", "since 2019") and no money or share: any other
// figure is a finding that keeps the sentence.
func onlyCareerFigures(t, lower string) bool {
	return noMoney(t, lower) && !quoted(t) && len(Figures(careerSpanRe.ReplaceAllString(t, ""))) == 0
}

// personNamed reports a bio whose subject, the words before " is ", is
// no body's name.
func personNamed(t, _ string) bool {
	name, _, ok := strings.Cut(t, " is ")
	return ok && !bodyNameRe.MatchString(name)
}

// paidFor reports a sentence about what someone paid ("She has covered
// the cost of his therapy since 2024"): a parent's story, no beat.
func paidFor(lower string) bool {
	for _, w := range []string{"cost", "bill", "fee", "price", "rent", "paid", "pay "} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// authorBioClasses are this file's furniture classes (see
// furnitureClasses).
var authorBioClasses = []furnitureClass{
	{lead: []string{""}, re: authorBioRe, maxWords: 45, made: true, whole: true,
		and: func(t, lower string) bool { return personNamed(t, lower) && onlyCareerFigures(t, lower) },
		may: func(_, lower string) bool { return strings.Contains(lower, " is ") }},
	{lead: []string{"she has", "he has", "they have"}, re: reporterBeatRe, maxWords: 30, made: true, whole: true,
		and: func(t, lower string) bool { return onlyCareerFigures(t, lower) && !paidFor(lower) }},
}
