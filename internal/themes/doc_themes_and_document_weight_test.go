package themes_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/themes"
)

// TestDocThemes holds that a document's themes are those the rules gave
// at least DocShare of its items, not every theme one item names.
func TestDocThemes(t *testing.T) {
	var items []evidence.Item
	for _, ids := range [][]string{
		{"mental-health", "waiting-lists"}, {"mental-health"}, {"mental-health", "funding"},
		{"waiting-lists"}, {}, {}, {}, {"voice"},
	} {
		items = append(items, evidence.Item{Themes: ids})
	}
	if got, want := themes.DocThemes(items), []string{"mental-health"}; !slices.Equal(got, want) {
		t.Errorf("DocThemes = %v, want %v (3 of 8 items, where waiting-lists has 2)", got, want)
	}
	if got := themes.DocThemes(nil); len(got) != 0 {
		t.Errorf("DocThemes of no items = %v", got)
	}
}

// TestTagItemsWeighsTheDocument holds that the learned model, in TagItems,
// knows what much of the item's document is about: "Only 61% of eligible
// families had taken up the scheme" says nothing of its subject alone,
// but among findings on dental health, new birth visits and the MMR
// vaccine the scheme is a public health one; among findings on CAMHS it
// is not.
func TestTagItemsWeighsTheDocument(t *testing.T) {
	tax := taxonomy(t)
	finding := "Only 61% of eligible families had taken up the scheme by March 2024."
	tag := func(context ...string) []string {
		src := evidence.Source{ID: "s", Title: "Annual report"}
		var items []evidence.Item
		for _, c := range append(context, finding) {
			items = append(items, evidence.Item{Text: c, Source: src, Kind: evidence.Statistic})
		}
		tax.TagItems(items)
		return items[len(items)-1].Themes
	}
	alone := tax.TagItem(evidence.Item{Text: finding, Kind: evidence.Statistic})
	if slices.Contains(alone, "prevention") {
		t.Fatalf("TagItem alone gives %v: the test needs a finding the model is unsure of", alone)
	}
	if got := tag("Only 38% of children had seen a dentist in the past year.",
		"Health visitors completed 5,870 new birth visits.",
		"Uptake of the MMR vaccine fell to 84%."); !slices.Contains(got, "prevention") {
		t.Errorf("in a public health report %q is %v, want prevention", finding, got)
	}
	if got := tag("CAMHS saw 4,000 young people with anxiety or depression.",
		"Self-harm admissions among girls doubled.",
		"Referrals to children's eating disorder services rose by 20%."); slices.Contains(got, "prevention") {
		t.Errorf("in a mental health report %q is %v, want no prevention", finding, got)
	}
}
