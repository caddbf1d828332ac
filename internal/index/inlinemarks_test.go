package index_test

import (
	"context"
	"strings"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/pipeline"
)

// TestSearchReadsTheQuoteAsShown: an item's words are searched as the
// quote shows them, without Markdown's marks: "init" and "Westby_Trust"
// find the item whose source writes "__init__" and "_Westby_Trust_", a
// link's address and an image's file name find nothing, and a match is
// a span of the stored text over the word (hostile check 70, G14).
func TestSearchReadsTheQuoteAsShown(t *testing.T) {
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	it := c.Items[0]
	it.ID = it.Source.ID + "#marks"
	it.Text = "In 2024, **41%** of children saw the __init__ team run by the _Westby_Trust_, according to [Gazette Health](https://cqcmirror.example/x) ![chart](zebrafile.png).[^1]"
	ix, err := index.Build(context.Background(), t.TempDir(), []evidence.Item{it}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for query, want := range map[string]string{
		"init":           "init",
		"Westby_Trust":   "Westby_Trust",
		"Gazette Health": "Gazette",
		"41%":            "41",
		"cqcmirror":      "",
		"zebrafile":      "",
		"chart":          "",
	} {
		r, err := ix.Search(context.Background(), index.Request{Query: query, Matches: true})
		if err != nil {
			t.Fatal(err)
		}
		if want == "" {
			if len(r.Hits) != 0 {
				t.Errorf("%q found %d items: a word the quote does not show", query, len(r.Hits))
			}
			continue
		}
		if len(r.Hits) != 1 {
			t.Errorf("%q found %d items, want the marked item", query, len(r.Hits))
			continue
		}
		var spans []string
		for _, m := range r.Hits[0].Matches {
			spans = append(spans, it.Text[m.Start:m.End])
		}
		if len(spans) == 0 || !strings.HasPrefix(spans[0], want) {
			t.Errorf("%q matched spans %q, want one opening %q", query, spans, want)
		}
	}
}

// TestSearchFindsWordsMarkedInside: a number or words the quote shows
// whole are found whole, whatever marks the source writes inside or
// between them: "1,500" over "**1**,**500**", "1,5[^2]00" and
// "1&#44;500", "carers described" over "carers<br>described", "slanted"
// inside nested emphasis (hostile check 84b, F8: each was shown and not
// found).
func TestSearchFindsWordsMarkedInside(t *testing.T) {
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"Around **1**,**500** pupils missed school in 2024.",
		"Around 1,5[^2]00 pupils missed school in 2024.",
		"Around 1&#44;500 pupils missed school in 2024.",
		"In 2024, 64% of carers<br>described strain.",
		"Nested ***heavy _and slanted_*** marks showed 27% in 2023.",
	}
	var items []evidence.Item
	for i, s := range texts {
		it := c.Items[0]
		it.ID = it.Source.ID + "#inword" + string(rune('a'+i))
		it.Text = s
		items = append(items, it)
	}
	ix, err := index.Build(context.Background(), t.TempDir(), items, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for query, want := range map[string]int{`"1,500 pupils"`: 3, `"carers described"`: 1, "slanted": 1, `"and slanted"`: 1} {
		r, err := ix.Search(context.Background(), index.Request{Query: query, Matches: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Hits) != want {
			t.Errorf("%s found %d items, want %d", query, len(r.Hits), want)
		}
		for _, h := range r.Hits {
			if len(h.Matches) == 0 {
				t.Errorf("%s: no span in %q", query, h.Item.Text)
			}
		}
	}
}
