package extract

import "github.com/cypx/cypx/internal/lazyre"

// guidelineWordsNoteRe is a guideline's standing note, over its
// recommendations, on the page that explains its wording: "Making
// decisions using NICE guidelines explains how we use words to show the
// strength (or certainty) of our recommendations, and has information
// about prescribing medicines ...". Every guideline of a body prints the
// same note; it says nothing of the guideline's subject.
var guidelineWordsNoteRe = lazyre.New(`(?i)^making\s+decisions\s+using\s+(?:the\s+)?[\p{L}'’\s-]{2,40}?guidelines?\s+(?:explains|sets\s+out|describes|tells\s+you)\s+how\s+we\s+use\s+words\b`)

// guidelineBoilerplateClasses are appended to furnitureClasses.
var guidelineBoilerplateClasses = []furnitureClass{
	{lead: []string{"making decisions using"}, re: guidelineWordsNoteRe, maxWords: 70, made: true, whole: true},
}
