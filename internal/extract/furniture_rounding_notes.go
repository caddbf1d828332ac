package extract

// roundedAnd and roundedNoteRe widen the note that shares do not sum to
// 100 (sumTo100Re) to the note that says why: "Figures are rounded and
// may not add up." The clause that they are rounded is what makes a bare
// "may not add up" (no 100 named) the table's note rather than a finding
// that a body's numbers did not add up, so roundedNoteRe requires it.
const (
	// noteLabel is the label a table's note opens with: "Note: ".
	noteLabel     = `notes?\s*:\s*`
	roundedAnd    = `(?:are|have\s+been)\s+rounded\s+(?:and|so\s+they|so)\s+`
	roundedNoteRe = `^(?:` + noteLabel + `)?(?:the\s+)?(?:percentages|figures|totals|shares|proportions|numbers)\s+` + roundedAnd +
		`(?:may|might|will|can)\s*(?:not|n['’]t)\s+(?:add\s+up|sum)\.?$`
)
