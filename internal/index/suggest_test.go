package index_test

import (
	"context"
	"testing"

	"github.com/cypx/cypx/internal/index"
)

// TestSuggestionsForWordsNoItemHolds: a misspelt word gets the near words
// the index holds, whether typed whole or still being typed (the last word
// of a query typed in the explorer is a prefix); a prefix that starts
// indexed words is incomplete, not misspelt, and gets nothing.
func TestSuggestionsForWordsNoItemHolds(t *testing.T) {
	ix, _ := bundledIndex(t)
	ctx := context.Background()
	for _, c := range []struct {
		query  string
		typing bool
		want   string // the first word offered, or "" for none
	}{
		{"autisim", false, "autism"},
		{"autisim", true, "autism"},
		{"autisim ", true, "autism"},
		{"waitng", true, "waiting"},
		{"autis", true, ""},            // it starts "autism": no suggestion, and it finds items
		{"autism zzzqx", true, ""},     // nothing near zzzqx
		{"autism kind:nope", true, ""}, // an error, not a misspelling
	} {
		res, err := ix.Search(ctx, index.Request{Query: c.query, Typing: c.typing})
		if c.query == "autism kind:nope" {
			if err == nil {
				t.Errorf("%q: no error", c.query)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%q: %v", c.query, err)
		}
		got := ""
		if len(res.Suggestions) > 0 && len(res.Suggestions[0].Terms) > 0 {
			got = res.Suggestions[0].Terms[0].Term
			if res.Suggestions[0].Terms[0].Count < 1 {
				t.Errorf("%q: %s offered with count %d", c.query, got, res.Suggestions[0].Terms[0].Count)
			}
		}
		if got != c.want {
			t.Errorf("%q (typing %v): offered %q, want %q (total %d, %+v)", c.query, c.typing, got, c.want, res.Total, res.Suggestions)
		}
		if c.want == "" && c.query == "autis" && res.Total == 0 {
			t.Errorf("%q found nothing", c.query)
		}
	}
}
