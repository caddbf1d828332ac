package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestAPastedPostIsReadByItsHeader: a newsletter platform's post pasted
// as text, its publication's name and tagline over "Subscribe", then its
// title, subtitle, author and "Mar 3, 2026 ∙ 5 min read", is titled,
// published and dated by that header, which is no item; a text whose
// first lines have no "Subscribe" is read as before. Before (held-out set
// 100), such a post was refused for want of a publisher and a date.
func TestAPastedPostIsReadByItsHeader(t *testing.T) {
	post := "Notes from the Ward\nA nurse's letters on children's care\n\nSubscribe\n\nWhere did the school nurses go?\n\nWhat the workforce figures say\n\nAnya Price\nMar 3, 2026 ∙ 5 min read\n\n52 likes ∙ 9 comments ∙ Share\n\nIn 2025 there were 1,940 school nurses in England, according to the workforce statistics.\n\nThat is a fall of 30% in ten years.\n"
	im, err := library.Import(write(t, "post.txt", []byte(post)), library.Meta{Type: "blog"})
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Title != "Where did the school nurses go?" || im.Source.Publisher != "Notes from the Ward" || im.Source.Date.String() != "2026-03-03" {
		t.Errorf("title %q, publisher %q, date %s", im.Source.Title, im.Source.Publisher, im.Source.Date)
	}
	for _, it := range im.Items {
		if it.Text == "Subscribe" || it.Text == "52 likes ∙ 9 comments ∙ Share" || it.Text == "Anya Price" {
			t.Errorf("the header's %q is an item", it.Text)
		}
	}
	if len(im.Items) < 2 {
		t.Errorf("items %d, want the two sentences with figures", len(im.Items))
	}
	// No "Subscribe": the first line is the title, as before, and the
	// text asks for its publisher.
	plain := "Where did the school nurses go?\n\nMar 3, 2026\n\nIn 2025 there were 1,940 school nurses in England.\n"
	if _, err := library.Import(write(t, "plain.txt", []byte(plain)), library.Meta{Type: "blog"}); err == nil {
		t.Errorf("a text with no publisher was imported")
	}
}
