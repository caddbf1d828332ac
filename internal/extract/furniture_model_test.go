package extract

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
)

// TestLearnedFurniture: the furniture model drops lines no furniture
// rule knows the words of (offers to answer questions, a way off a
// mailing list) and keeps the findings beside them, a
// statistic with its figures and a sentence with no figure alike.
func TestLearnedFurniture(t *testing.T) {
	furniture := []string{
		"Do get in touch if you have any questions about the figures.",
		"You can reply to this email if you would like to be taken off the list.",
		"If you would like to ask a question at the next meeting, please email governance.office@example.nhs.uk.",
	}
	findings := []string{
		"In 2024, 38% of children waited more than 18 weeks for a first appointment.",
		"Waiting lists for speech and language therapy grew in every quarter of the year.",
	}
	for _, s := range furniture {
		if skip, _, _ := furnitureSentence(s); skip {
			t.Fatalf("a rule already drops %q: the model is not what is tested", s)
		}
	}
	// The findings open the page, the furniture closes it, as on most.
	body := "## Waits\n\n" + findings[0] + "\n\n" + findings[1] + "\n\n" + strings.Join(furniture, "\n\n") + "\n"
	doc, probs := corpus.Parse("sources/waits.md", []byte("---\ntitle: Waits\npublisher: P\ndate: 2024\ntype: report\n---\n"+body))
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	items := Extract(doc)
	has := func(s string) *evidence.Item {
		for i := range items {
			if strings.Contains(items[i].Text, s) {
				return &items[i]
			}
		}
		return nil
	}
	for _, s := range furniture {
		if it := has(s); it != nil {
			t.Errorf("furniture became a %s: %q", it.Kind, s)
		}
	}
	if it := has(findings[0]); it == nil || it.Kind != evidence.Statistic || len(it.Figures) != 2 {
		t.Errorf("the statistic is not kept with its two figures: %+v", it)
	}
	if has(findings[1]) == nil {
		t.Errorf("the finding without a figure is dropped: %q", findings[1])
	}
}
