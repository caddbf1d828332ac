package corpus_test

import (
	"testing"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
)

// TestBlockquoteReadWithoutItsMarkers: a Markdown blockquote's block starts
// after its markers, nested ones too, and its later lines' markers are left
// out wherever it is read on one line, as a list item's indent is; its
// text stays an exact substring of the body (hostile check 52). Before,
// the block was "> In 2024, 9% of families told us they > gave up ...".
func TestBlockquoteReadWithoutItsMarkers(t *testing.T) {
	body := "What families said:\n\n> In 2024, 9% of families told us they\n> gave up waiting for a referral.\n>\n> > In 2023, 7% of families\n> > gave up.\n\n> - A quoted item that\n>   goes on.\n\nA > B is no quote.\n"
	want := []struct {
		kind corpus.BlockKind
		text string
	}{
		{corpus.Paragraph, "What families said:"},
		{corpus.Paragraph, "In 2024, 9% of families told us they gave up waiting for a referral."},
		{corpus.Paragraph, "In 2023, 7% of families gave up."},
		{corpus.ListItem, "A quoted item that goes on."},
		{corpus.Paragraph, "A > B is no quote."},
	}
	blocks := corpus.Blocks(body, 1)
	if len(blocks) != len(want) {
		t.Fatalf("%d blocks, want %d: %+v", len(blocks), len(want), blocks)
	}
	for i, b := range blocks {
		if body[b.Offset:b.Offset+len(b.Text)] != b.Text {
			t.Errorf("block %d is no substring of the body at its offset", i)
		}
		if got := evidence.OneLine(b.Text); b.Kind != want[i].kind || got != want[i].text {
			t.Errorf("block %d: %v %q, want %v %q", i, b.Kind, got, want[i].kind, want[i].text)
		}
	}
}
