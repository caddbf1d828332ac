package extract_test

import "testing"

// TestOmbudsmanAgreedActionsAsk: under an ombudsman's "Agreed action", a
// numbered paragraph saying what named bodies will do ("20. Within three
// months ..., the Council will write to ...") asks them, numbered as the
// paragraph, and a numbered lead-in ("19. Within one month ..., the
// Council and the ICB will:") asks them each bullet under it with its
// number; a sum paid to the family is part of the ask, no statistic.
// Written for this test. Before, the bullets were excerpts or statistics and paragraph 20
// a statistic.
func TestOmbudsmanAgreedActionsAsk(t *testing.T) {
	doc := parsePublished(t, "Local Government and Social Care Ombudsman",
		"## Decision\n\n"+
			"The Ombudsman found fault by the Council and the ICB, which caused injustice to Mrs B.\n\n"+
			"## Agreed action\n\n"+
			"19. Within one month of the final decision, the Council and the ICB will:\n\n"+
			"- • each apologise in writing to Mrs B for the missed therapy;\n"+
			"- • together pay Mrs B £1,200 to recognise the lost provision;\n\n"+
			"20. Within three months of the final decision, the Council will write to the families of 96 children whose therapy it cannot confirm.\n")
	checkLines(t, recLines(itemLines(doc)), []string{
		"recommendation|19|ICBs,Local authorities|each apologise in writing to Mrs B for the missed therapy;",
		"recommendation|19|ICBs,Local authorities|together pay Mrs B £1,200 to recognise the lost provision;",
		"recommendation|20|Local authorities|Within three months of the final decision, the Council will write to the families of 96 children whose therapy it cannot confirm.",
	})
}
