package index_test

import (
	"context"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/pipeline"
	"github.com/cypx/cypx/internal/query"
)

// tableItems are a table of referrals by region, as the extractor writes
// its rows (each row's text alone, its header beside it), and prose.
func tableItems() []evidence.Item {
	src := evidence.Source{ID: "rep-2024-referrals", Title: "Referrals", Publisher: "Example Trust", Type: "report", Date: evidence.Date{Year: 2024, Month: 3, Day: 1}}
	header := "| Region | Referrals 2023 | Referrals 2024 |"
	row := func(seq int, text string, a, b float64) evidence.Item {
		return evidence.Item{ID: src.ID + "#r" + string(rune('0'+seq)), Kind: evidence.Statistic, Text: text, Header: header, Seq: seq, Source: src,
			Figures: []evidence.Figure{{Text: "a", Value: a, Unit: evidence.UnitCount}, {Text: "b", Value: b, Unit: evidence.UnitCount}}}
	}
	return []evidence.Item{
		{ID: src.ID + "#p1", Kind: evidence.Excerpt, Text: "Referrals to children's mental health services rose again in the North.", Seq: 1, Source: src},
		row(2, "| North | 1,200 | 1,300 |", 1200, 1300),
		row(3, "| South East | 900 | 1,010 |", 900, 1010),
		{ID: src.ID + "#p4", Kind: evidence.Excerpt, Text: "Region by region, waits grew.", Seq: 4, Source: src},
	}
}

// TestTableRowFoundByItsHeader: a row of a table is found by the words of
// its header, which the row itself never holds; a match in the header
// marks nothing in the row, and every span is a span of the row's own
// text; a phrase never runs from the header into the row; and the index
// answers every query as the evaluator does.
func TestTableRowFoundByItsHeader(t *testing.T) {
	items := tableItems()
	ix, err := index.Build(context.Background(), "", items, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	search := func(q string) index.Result {
		t.Helper()
		res, err := ix.Search(ctx, index.Request{Query: q, Limit: 20, Matches: true})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	hit := func(res index.Result, id string) *index.Hit {
		for i := range res.Hits {
			if res.Hits[i].Item.ID == id {
				return &res.Hits[i]
			}
		}
		return nil
	}
	north := items[1].ID

	for _, q := range []string{"referrals", "referral", "referr", `"referrals 2024"`, "Referrals region"} {
		h := hit(search(q), north)
		if h == nil {
			t.Errorf("%q does not find the row %q under %q", q, items[1].Text, items[1].Header)
			continue
		}
		if len(h.Matches) != 0 {
			t.Errorf("%q matched only the header, yet marks %v in the row", q, h.Matches)
		}
	}
	// The prose says "referrals" itself and stays first.
	if res := search("referrals"); len(res.Hits) == 0 || res.Hits[0].Item.ID != items[0].ID {
		t.Errorf("referrals: %v, want the prose that says it first", texts(res))
	}
	// A word of the row and one of the header: only the row's is marked.
	if h := hit(search("north referrals"), north); h == nil {
		t.Errorf("north referrals does not find the row")
	} else {
		for _, m := range h.Matches {
			if m.End > len(h.Item.Text) || h.Item.Text[m.Start:m.End] != "North" {
				t.Errorf("north referrals marks %v (%q) in %q", m, h.Item.Text[m.Start:min(m.End, len(h.Item.Text))], h.Item.Text)
			}
		}
		if len(h.Matches) != 1 {
			t.Errorf("north referrals marks %v, want North alone", h.Matches)
		}
	}
	// The header's last word and the row's first are not a phrase.
	if h := hit(search(`"region north"`), north); h != nil {
		t.Errorf(`"region north" runs from the header into the row`)
	}

	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	ix.SetVocabulary(index.Vocabulary{Themes: c.Taxonomy.IDs(), Thesaurus: c.Thesaurus})
	ev := evaluator{ix: ix, themes: c.Taxonomy.IDs(), th: c.Thesaurus}
	terms := make([]itemTerms, len(items))
	for i, it := range items {
		terms[i] = ev.terms(it)
	}
	queries := []string{"referrals", "referrals north", `"referrals 2023"`, `"2024 north"`, `"region north"`, `"region 1,200"`,
		"region", "-referrals", "south referr", `"referrals 2023 referrals"`, "reg", "re"}
	g := newQueryGen(items, c.Taxonomy.IDs(), rand.New(rand.NewPCG(3, 4)))
	for _, it := range items {
		g.words = append(g.words, strings.Fields(strings.NewReplacer("|", " ").Replace(it.Header))...)
	}
	for range 200 {
		queries = append(queries, g.query())
	}
	for _, q := range queries {
		for _, typing := range []bool{false, true} {
			node, err := query.Parse(q, query.Options{Typing: typing})
			if err != nil || node == nil || !ev.anyLeafConstrains(node) || !typing && ev.stopAlternative(node) {
				continue
			}
			var want []string
			for i, it := range items {
				if m, c := ev.match(node, it, terms[i]); m || !c {
					want = append(want, it.ID)
				}
			}
			res, err := ix.Search(ctx, index.Request{Query: q, Typing: typing, Limit: len(items) + 1, Matches: true})
			if err != nil {
				t.Errorf("%q: %v", q, err)
				continue
			}
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.Item.ID)
				for _, m := range h.Matches {
					if m.Start < 0 || m.End > len(h.Item.Text) || m.Start >= m.End {
						t.Errorf("%q: span %v outside %q", q, m, h.Item.Text)
					}
				}
			}
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("%q (typing %v): the index found %v, the evaluator %v", q, typing, got, want)
			}
		}
	}
}
