package extract

import "github.com/cypx/cypx/internal/lazyre"

// worryFindingWords turn a signpost into a finding about it: "..., you
// can call the crisis line, but families told us nobody answered."
var worryFindingWords = []string{" but ", " however", " told us", " found ", " said ", " says "}

// worrySignpostRe is a page's signpost for a reader with a worry, who to
// turn to and nothing found: "If you have a concern about your child,
// please speak to the school's mental health lead in the first
// instance.", "If you are worried that your child may have an eating
// disorder, speak to your GP.", "If you are worried about a teenager,
// you can talk to the school nursing team in confidence." A report's
// line for a reader with a question about it is one too: "If you have a
// question about this inspection, or want to tell us about your care,
// please get in touch."
var worrySignpostRe = lazyre.New(`(?i)^if\s+you\s+(?:have\s+(?:(?:a|any)\s+)?(?:concerns?|worries|questions?|comments?|feedback)|are\s+(?:worried|concerned))\b[^.;:!?]{0,140}?,\s+(?:please\s+)?(?:(?:you\s+can|you\s+should|do)\s+)?(?:speak|talk|contact|call|ring|text|e-?mail|tell|write\s+to|get\s+in\s+touch|let\s+us\s+know)\b[^;!?]*\.?$`)

// worrySignpostClasses are appended to furnitureClasses.
var worrySignpostClasses = []furnitureClass{
	{lead: []string{"if you have a", "if you have any", "if you have questions", "if you have comments", "if you have feedback", "if you are worried", "if you are concerned"}, re: worrySignpostRe, maxWords: 45, and: func(_, lower string) bool {
		return !containsAny(lower, worryFindingWords)
	}},
}
