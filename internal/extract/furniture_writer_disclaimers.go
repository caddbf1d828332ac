package extract

import "github.com/cypx/cypx/internal/lazyre"

// Furniture of set 58:
//
//   - a writer's note on the post they hold, as "head of" or "director
//     of" something: "Dr Amal Reyes is head of children's policy at the
//     Northgate Trust";
//   - a writer's disclaimer put the other way round: "As ever, these are
//     my views and not my employer's";
//   - a picture's note that its people are models: "Posed by model.";
//   - a monitoring service's note on its summaries: "Summaries are
//     prepared by X and are not an official record."
var (
	// headOfNoteRe is a person's name, "is head of" (or director, lead,
	// chair of) and where: no finding follows.
	headOfNoteRe = lazyre.New(`^(?:(?:Dr|Prof|Professor|Sir|Dame|Cllr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+is\s+(?:the\s+)?(?:(?:deputy|associate|assistant|interim)\s+)?(?:head|director|lead|chair|co-chair|chief\s+executive)\s+(?:of|for)\s+[^,;:!?]{2,80}?(?:\s+(?:at|in|with)\s+[^,;:!?]{2,60})?\.?$`)
	// theseMyViewsRe is a writer's disclaimer that the views are theirs,
	// not their employer's.
	theseMyViewsRe = lazyre.New(`(?i)^(?:as\s+(?:ever|always),\s+)?(?:these|the\s+views\s+here)\s+are\s+my\s+(?:own\s+)?(?:views|opinions)\s+(?:and\s+)?not\s+(?:those\s+of\s+)?my\s+employer(?:['’]s|s['’])?\.?$`)
	// posedByModelRe is a picture's note that its people are models.
	posedByModelRe = lazyre.New(`(?i)^(?:(?:picture|image|photo(?:graph)?)\s*:?\s*)?posed\s+by\s+models?\.?$`)
	// notOfficialRecordRe is a monitoring service's note on its own
	// summaries of parliamentary business.
	notOfficialRecordRe = lazyre.New(`(?i)^(?:these\s+|the\s+|our\s+)?(?:summaries|summary|abstracts|digests?)\s+(?:are|is)\s+(?:prepared|written|produced)\s+by\s+[^.;:]{2,60}?\s+and\s+(?:are|is)\s+not\s+(?:an?\s+)?official\s+record\.?$`)
)

// s58Classes are this file's furniture classes (see furnitureClasses).
var s58Classes = []furnitureClass{
	{lead: []string{""}, re: headOfNoteRe, maxWords: 20, and: func(t, lower string) bool {
		return noMoney(t, lower) && !quoted(t)
	}, may: func(_, lower string) bool {
		return hasAnyFold(lower, " is head ", " is the head ", " is director ", " is the director ", " is lead ", " is chair ", " is the chair ", " is chief ", " is the chief ", " is deputy ", " is associate ", " is assistant ", " is interim ", " is the deputy ", " is co-chair ")
	}},
	{lead: []string{"as ", "these ", "the "}, re: theseMyViewsRe, maxWords: 20, made: true, whole: true, and: noMoney},
	{lead: []string{"posed ", "picture", "image", "photo"}, re: posedByModelRe, maxWords: 6, made: true, whole: true},
	{lead: []string{"summar", "these ", "the ", "our ", "abstracts", "digest"}, re: notOfficialRecordRe, maxWords: 30, made: true, whole: true},
}
