package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// Furniture of the forms held-out set 24 showed, by class:
//
//   - an inspection letter's housekeeping: the letter introducing itself
//     ("This letter sets out the findings of the visit to ..."), who
//     inspected ("The inspectors for this visit were ..."), the framework
//     it followed ("The visit was carried out under the framework for
//     ..."), what the inspectorate will do with the findings ("... will
//     take the findings of this visit into account at the next
//     inspection"), where the letter will be published, and its copy list
//     ("cc: ...", "Copy to: ...");
//   - a letter's address block: short lines, none a sentence, the last
//     holding a postcode;
//   - a release's line sending journalists to the press office
//     ("Journalists should contact the media team on ...");
//   - a mail naming who will attend a meeting to take questions ("Dr Shah
//     will attend on 12 May and can answer questions on the plan");
//   - a subtitle naming a paper's kind and its readers ("Asthma and damp
//     homes: a briefing for councillors").
var (
	letterIntroRe     = lazyre.New(`(?i)^this\s+letter\s+(?:summarises|summarizes|sets\s+out|describes|reports|records|confirms|outlines|gives)\s+(?:the\s+(?:main\s+|key\s+)?(?:findings|outcome|outcomes)|what\s+(?:we|inspectors|the\s+inspectors)\s+found)\b`)
	inspectorsWereRe  = lazyre.New(`(?i)^(?:the\s+|his\s+majesty['’]s\s+|her\s+majesty['’]s\s+|lead\s+)?inspectors?\s+(?:for|on|during)\s+(?:this|the)\s+(?:[\w-]+\s+){0,2}?(?:visit|inspection|review)\s+(?:were|was)\s+(?:\p{Lu}|[\p{L}'’-]+\s+\p{Lu})`)
	visitFrameworkRe  = lazyre.New(`(?i)^(?:this|the)\s+(?:[\w-]+\s+){0,2}?(?:visit|inspection|review)\s+was\s+(?:carried\s+out|conducted|undertaken|made)\s+(?:under|in\s+line\s+with|in\s+accordance\s+with|as\s+part\s+of|using)\s+(?:the\s+)?[^.!?]{0,120}?\b(?:framework|guidance|handbook|methodology|arrangements|programme)\b`)
	findingsAccountRe = lazyre.New(`(?i)^[^.!?]{1,60}?\bwill\s+take\s+(?:the\s+)?(?:findings|evidence|outcome)s?\s+(?:of|from)\s+(?:this|the)\s+(?:[\w-]+\s+){0,2}?(?:visit|inspection|review)\s+into\s+account\b`)
	letterPublishedRe = lazyre.New(`(?i)^this\s+letter\s+will\s+be\s+(?:published|made\s+available|posted)\b[^!?]{0,60}$`)
	copyListRe        = lazyre.New(`(?i)^(?:cc|copy\s+to|copies\s+to|copied\s+to)\s*:\s*\S`)
	addressEndRe      = lazyre.New(`\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\s*$`)
	pressContactRe    = lazyre.New(`(?i)^(?:journalists|reporters|members\s+of\s+the\s+(?:media|press)|the\s+media|media)\s+(?:should|can|may|wishing\s+to\s+[\w\s]{1,30}?\s+should)\s+(?:contact|call|ring|phone|e-?mail|get\s+in\s+touch\s+with)\b`)
	attendQuestionsRe = lazyre.New(`^(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Cllr|Councillor|Professor|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}(?:,\s*[^,.!?]{2,90},)?\s+will\s+(?:attend|be\s+at|join|come\s+to)\b[^.!?]{0,60}?\b(?:and\s+)?(?:can|will|could)\s+(?:be\s+happy\s+to\s+)?(?:take|answer|respond\s+to)\s+(?:any\s+)?(?:questions|queries)\b`)
	kindForReadersRe  = lazyre.New(`(?i)^[^.!?:]{3,100}:\s+(?:a|an)\s+(?:short\s+|policy\s+|evidence\s+|practical\s+)?(?:briefing|report|guide|summary|paper|toolkit|factsheet|review|discussion\s+paper)\s+for\s+[^.!?:;]{2,80}$`)
)

// letterClasses are this file's furniture classes (see furnitureClasses).
var letterClasses = []furnitureClass{
	{lead: []string{"this letter"}, re: letterIntroRe, maxWords: 40, made: true, whole: true, and: noMoney},
	{lead: []string{"this letter"}, re: letterPublishedRe, maxWords: 25, made: true, whole: true, and: noMoney},
	{lead: []string{"the ", "his ", "her ", "lead ", "inspector"}, re: inspectorsWereRe, maxWords: 30, made: true, whole: true, and: noMoney},
	{lead: []string{"this ", "the "}, re: visitFrameworkRe, maxWords: 40, made: true, whole: true, and: noMoney},
	{lead: []string{""}, re: findingsAccountRe, maxWords: 40, made: true, whole: true, and: noMoney,
		may: func(_, lower string) bool { return strings.Contains(lower, " into account") }},
	{lead: []string{"cc", "copy to", "copies to", "copied to"}, re: copyListRe, maxWords: 60, made: true, whole: true, rest: true, and: noMoney},
	{lead: []string{""}, re: addressEndRe, maxWords: 40, made: true, whole: true, and: addressBlock,
		may: func(t, _ string) bool { return strings.Count(t, "\n") >= 2 }},
	{lead: []string{"journalists", "reporters", "members of the", "the media", "media"}, re: pressContactRe, maxWords: 40, made: true, whole: true, and: noMoney},
	{lead: []string{""}, re: attendQuestionsRe, maxWords: 40, dates: true, and: func(t, _ string) bool { return !quoted(t) },
		may: func(_, lower string) bool {
			return strings.Contains(lower, " will ") && strings.Contains(lower, "question")
		}},
	{lead: []string{""}, re: kindForReadersRe, maxWords: 25, made: true, whole: true, and: noMoney,
		may: func(t, _ string) bool { return strings.Contains(t, ": ") && !strings.ContainsAny(t, ".!?") }},
}

// addressBlock reports a letter's address block: three or more short
// lines, none ending a sentence, the last holding a postcode (see
// addressEndRe).
func addressBlock(t, _ string) bool {
	lines := strings.Split(t, "\n")
	if len(lines) < 3 {
		return false
	}
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" || len(strings.Fields(l)) > 7 || strings.HasSuffix(l, ".") || strings.ContainsAny(l, "%£") {
			return false
		}
	}
	return true
}
