package index_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
)

// TestWordsAreReadThroughFormatCharacters: an invisible format character
// inside a word (a soft hyphen a PDF or page left as a break, a zero-width
// space or joiner, a bidi control or mark, a byte-order mark, a combining
// grapheme joiner, a variation selector) leaves the
// word as a reader sees it: a search for it, typed or not, finds the item
// and highlights the word whole, and the item's text keeps the characters
// (a quote is the source's bytes). Before: "wait\u00ading" was indexed as
// itself, and "refer\u200brals" as "refer" and "rals", so a search for
// waiting or referrals never found them (hostile check 46).
func TestWordsAreReadThroughFormatCharacters(t *testing.T) {
	src := evidence.Source{ID: "s", Title: "S", Publisher: "P", Date: evidence.Date{Year: 2024}, Type: evidence.Report}
	texts := map[string]string{
		"1": "Children were wait\u00ading over 18 weeks in the North.",
		"2": "Refer\u200brals rose by a fifth in the year.",
		"3": "Assess\u200dments were slower than planned.",
		"4": "The \u202aautism\u202c pathway was redesigned.",
		"5": "The \u2066neuro\u00addevelopmental\u2069 pathway grew.",
		"6": "Trans\u200eitions to adult services were \ufeffdelayed.",
		"7": "Nothing here but a bus timetable.",
		"8": "Dental\u034f check-ups and thera\ufe0fpies, counsel\U000e0100ling and pae\u180bdiatrics.",
	}
	var items []evidence.Item
	for _, k := range slices.Sorted(func(yield func(string) bool) {
		for k := range texts {
			if !yield(k) {
				return
			}
		}
	}) {
		items = append(items, evidence.Item{ID: "s#000000" + k, Kind: evidence.Excerpt, Text: texts[k], Source: src})
	}
	ix, err := index.Build(context.Background(), t.TempDir(), items, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for q, want := range map[string]string{
		"waiting": "1", "referrals": "2", "assessments": "3", "autism": "4",
		"neurodevelopmental": "5", "transitions": "6", "delayed": "6",
		"dental": "8", "therapies": "8", "counselling": "8", "paediatrics": "8",
	} {
		for _, typing := range []bool{false, true} {
			res, err := ix.Search(context.Background(), index.Request{Query: q, Typing: typing, Matches: true, Limit: 10})
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, h := range res.Hits {
				ids = append(ids, strings.TrimPrefix(h.Item.ID, "s#000000"))
				for _, m := range h.Matches {
					got := strings.Map(func(r rune) rune {
						if evidence.Ignorable(r) {
							return -1
						}
						return r
					}, h.Item.Text[m.Start:m.End])
					if !strings.EqualFold(got, q) && !strings.EqualFold(got, q[:len(q)-1]) {
						t.Errorf("%q (typing %v): %s highlights %q", q, typing, h.Item.ID, h.Item.Text[m.Start:m.End])
					}
				}
			}
			if !slices.Equal(ids, []string{want}) {
				t.Errorf("%q (typing %v): items %v, want [%s]", q, typing, ids, want)
			}
		}
	}
}
