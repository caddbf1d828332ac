package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// Furniture of a post's author note and a mailing's footer (set 28):
//
//   - a writer's one-line note on who they are, under a blog post or an
//     opinion piece: "Priya Nair is a health visitor in Leeds";
//   - the writer's disclaimer: "She writes in a personal capacity", "The
//     views here are my own and not those of my employer";
//   - why the reader got the mail: "You are receiving this email because
//     you signed up to our newsletter".
var (
	// authorNoteRe is a person's name, "is a", and a post, with at most
	// where it is held: no finding follows.
	authorNoteRe = lazyre.New(`^(?:(?:Dr|Prof|Professor|Sir|Dame|Cllr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+is\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?i:consultant|nurse|doctor|paediatrician|gp|researcher|lecturer|professor|director|manager|officer|adviser|advisor|analyst|specialist|practitioner|psychologist|psychiatrist|dentist|health\s+visitor|midwife|editor|journalist|commissioner|fellow|trustee|campaigner|therapist|social\s+worker|headteacher|teacher|academic|economist|epidemiologist|statistician)s?(?:\s+(?:in|at|for|of|with|based\s+in|working\s+in)\s+[^,;:.!?]{1,60})?\.?$`)
	// writerCapacityRe is a writer's disclaimer of the post they hold.
	writerCapacityRe = lazyre.New(`(?i)^(?:[\p{L}.'’-]+\s+){1,4}?(?:writes|is\s+writing|am\s+writing|write|wrote\s+this(?:\s+\w+)?|blogs|is\s+blogging)\s+(?:here\s+)?in\s+(?:a|an|his|her|their|my)\s+(?:personal|individual|private|own)\s+capacity\b[^!?]{0,120}$|^(?:the\s+|these\s+|all\s+|any\s+)?(?:views|opinions)\s+(?:expressed\s+)?(?:here\s+|in\s+this\s+\w+\s+)?(?:are|is)\s+(?:my|his|her|their|the\s+(?:author|writer)['’]?s?)\s+own\b[^!?]{0,100}$`)
	// whyYouGotThisRe is a mailing's footer saying why it came.
	whyYouGotThisRe = lazyre.New(`(?i)^you\s+(?:are\s+receiving|have\s+received|received|are\s+getting|get)\s+this\s+(?:e-?mail|message|newsletter|bulletin|update|mailing)\s+(?:because|as)\b[^!?]{0,160}$`)
)

// authorNoteClasses are this file's furniture classes (see
// furnitureClasses).
var authorNoteClasses = []furnitureClass{
	{lead: []string{""}, re: authorNoteRe, maxWords: 20, and: func(t, lower string) bool {
		return noMoney(t, lower) && !quoted(t) && !strings.Contains(lower, " who ") && !strings.Contains(lower, " where ")
	}, may: func(_, lower string) bool { return strings.Contains(lower, " is a") }},
	{lead: []string{""}, re: writerCapacityRe, maxWords: 40, made: true, whole: true, and: noMoney,
		may: func(_, lower string) bool {
			return strings.Contains(lower, "capacity") || strings.Contains(lower, " own")
		}},
	{lead: []string{"you "}, re: whyYouGotThisRe, maxWords: 40, made: true, whole: true, and: noMoney},
}
