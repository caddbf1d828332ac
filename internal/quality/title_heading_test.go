package quality_test

import (
	"testing"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
)

// TestATitleIsNoHeadingNotKept: a document's own title is its title, not a
// heading of its body, so a gold heading equal to it is not counted as a
// heading not kept when the import has it only as the title; a body heading
// the import dropped still is.
func TestATitleIsNoHeadingNotKept(t *testing.T) {
	var g gold
	g.Meta.Title = "Waiting for speech therapy in Orlham"
	g.Headings = []string{"Waiting for speech therapy in Orlham", "What parents told us"}
	doc := corpus.Document{Body: "Most families waited a long time."}
	src := evidence.Source{Title: "Waiting for speech therapy in Orlham"}
	r := scoreDoc(t, "orlham", g, doc, nil, src)
	if r.lostHeads != [2]int{1, 1} {
		t.Errorf("headings not kept = %v, want [1 1]: only the body heading counts", r.lostHeads)
	}
	// The title the import took counts as the title when the gold gives none.
	g.Meta.Title = ""
	r = scoreDoc(t, "orlham", g, doc, nil, src)
	if r.lostHeads != [2]int{1, 1} {
		t.Errorf("without a gold title: headings not kept = %v, want [1 1]", r.lostHeads)
	}
	// A heading the import neither keeps nor takes as the title counts.
	src.Title = "Speech therapy"
	r = scoreDoc(t, "orlham", g, doc, nil, src)
	if r.lostHeads != [2]int{2, 2} {
		t.Errorf("with another title: headings not kept = %v, want [2 2]", r.lostHeads)
	}
}
