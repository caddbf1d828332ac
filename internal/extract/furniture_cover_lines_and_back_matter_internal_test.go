package extract

import "testing"

// TestEachCoverBackMatterAndFormToolSentenceIsFurniture: each sentence of furniture
// round 79's classes is told as furniture by the sentence rule itself,
// whatever the furniture model or the excerpt rules would make of it in
// a document; their near-misses are in
// TestCoverLinesBackMatterSignUpsAndFormToolsAreFurniture. Each sentence
// is written for this test.
func TestEachCoverBackMatterAndFormToolSentenceIsFurniture(t *testing.T) {
	for _, s := range []string{
		"Board assurance framework risk BAF 3.2 Failure to keep enough children's nurses on the wards",
		"Link to strategic objectives SO2 Safe care; SO4 Working with schools",
		"Data are available on reasonable request.",
		"Anonymised data are available from the corresponding author on request.",
		"Provenance and peer review Not commissioned; externally peer reviewed.",
		"Competing interests KL is employed by a community trust that took part in the audit.",
		"Get the Courier's daily newsletter",
		"Get the biggest stories from Ashmoor straight to your inbox.",
		"Sign up for the week's top health stories sent straight to your inbox.",
		"We use your sign-up to provide content in ways you've consented to.",
		"Total responses: 412 Completion rate: 81% Typical time spent: 7m 15s",
		"Filter your results to compare answers by school or by year group.",
		"Share your results with a link, or download a PDF summary.",
		"Get more from open-ended answers with automatic text analysis.",
		"How to use this report · Press F11 or select the full screen icon to view the report full screen · Microsoft Power BI",
		"Ashmoor Primary News · Issue 9 · Summer Term 2026",
		"Eastfold Children's Health Network · 7",
		"School Nurses' Forum c/o Eastfold Borough Council · Town Hall · Market Street · Eastfold EF2 4QT",
	} {
		if skip, _, _ := furnitureSentence(s); !skip {
			t.Errorf("not furniture: %q", s)
		}
	}
}
