package index_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
)

// TestBatchesAreBoundedByWords: one sentence of megabytes with no full
// stop is cut into excerpts of some 3.6 KB, and a thousand of them fit
// the bytes a batch may hold (4 MB); bleve's analysis of a batch holds
// every word three times (some 250 to 330 bytes a word), so such batches
// held 217 MB at once where 2,000 items of a report's sentences (85,000
// words) hold an eighth of that. Every batch now analyses at most
// index.MaxBatchWords words (and the item that passed the bound). Before:
// the 700 items below were one batch of 403,000 words.
func TestBatchesAreBoundedByWords(t *testing.T) {
	unit := "waiting list children were seen late "
	text := strings.TrimSpace(strings.Repeat(unit, 3588/len(unit)))
	words := index.AnalysedWords(text)
	items := make([]evidence.Item, 700)
	for i := range items {
		items[i] = evidence.Item{ID: fmt.Sprintf("nostop#%08x", i), Kind: evidence.Excerpt, Text: text, Seq: i,
			Source: evidence.Source{ID: "nostop", Title: "No stop", Publisher: "P", Date: evidence.Date{Year: 2024}, Type: evidence.Report}}
	}
	var batches []int
	last := 0
	ix, err := index.Build(context.Background(), "", items, func(done, total int) {
		if done > last {
			batches = append(batches, done-last)
			last = done
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if last != len(items) {
		t.Fatalf("%d of %d items indexed", last, len(items))
	}
	for i, n := range batches {
		if n*words > index.MaxBatchWords+words {
			t.Errorf("batch %d: %d items of %d words, %d words analysed at once (at most %d)", i, n, words, n*words, index.MaxBatchWords)
		}
	}
	t.Logf("%d batches of %v items, %d words each", len(batches), batches, words)
	res, err := ix.Search(context.Background(), index.Request{Query: "seen late"})
	if err != nil || res.Total != len(items) {
		t.Fatalf("search: %v, %d hits", err, res.Total)
	}
}

// TestAnalysedWordsCountsWhatIsAnalysed: the count a batch is bounded by
// is never below the words bleve's tokenizer finds (each word's place in
// the starts field, which drops no stop word): ASCII words, numbers with
// their commas and points, accented words, hyphens and apostrophes,
// Chinese and Japanese (a word a character), emoji and controls.
func TestAnalysedWordsCountsWhatIsAnalysed(t *testing.T) {
	ix, err := index.Build(context.Background(), "", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, text := range []string{
		"",
		"waiting list children 45 percent waiting list",
		"a b c d e f g h i j k 1 2 3",
		"1,204 referrals (12.5%) in 2023/24, up 3.4% on 2022–23",
		"Café naïve résumé Ærø Straße façade Ångström",
		"children's long-term, well-being; self-referral — and: co-ordinated",
		"儿童心理健康服务等待时间 子どもの精神保健 아동 정신 건강",
		"Привет мир γειά σου κόσμε مرحبا بالعالم שלום",
		"🙂 waits 🙂🙂 ❤️ 1️⃣ x\u200by \tz\n\nq",
		"NHS_England x_y a.b.c e.g. i.e. www.example.org/path?q=1",
	} {
		positions := map[int]bool{}
		for _, tok := range index.Tokens(ix, index.Analysers.Starts, text) {
			positions[tok.Pos] = true
		}
		t.Logf("%q %d %d", text, index.AnalysedWords(text), len(positions))
		if got := index.AnalysedWords(text); got < len(positions) {
			t.Errorf("AnalysedWords(%q) = %d, below the %d words analysed", text, got, len(positions))
		}
	}
}
