package export_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
)

// TestOthersNoteIsBounded: a finding that 40 other sources contradict
// cites the first five of their values in its note and counts the rest,
// and only those five works join the references (red-team round 20).
// Before, the note cited every one: a pack of 4,000 findings of one
// measure, each contradicted by the others, grew with the square of its
// findings.
func TestOthersNoteIsBounded(t *testing.T) {
	items, themes := threeFindings(t)
	var others []export.Other
	for i := range 40 {
		src := evidence.Source{ID: fmt.Sprintf("trust-%02d", i), Title: "Waiting times", Publisher: fmt.Sprintf("Trust %02d", i),
			Date: evidence.Date{Year: 2024}, Type: evidence.Report}
		others = append(others, export.Other{Figure: evidence.Figure{Text: fmt.Sprintf("%d%%", 10+i), Value: float64(10 + i), Unit: evidence.UnitPercent},
			Item: evidence.Item{ID: src.ID + "#1", Kind: evidence.Statistic, Source: src, Text: "Children waited."}})
	}
	p := export.Pack{Items: items, Themes: themes, Accessed: accessed, Others: map[string][]export.Other{items[0].ID: others}}
	var md bytes.Buffer
	if err := p.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	out := md.String()
	for _, want := range []string{"14% (Trust 04, 2024); and 35 more", "- Trust 04 (2024)"} {
		if !strings.Contains(out, want) {
			t.Errorf("the pack lacks %q:\n%s", want, out)
		}
	}
	for _, gone := range []string{"15% (Trust 05", "Trust 39"} {
		if strings.Contains(out, gone) {
			t.Errorf("the pack cites %q, past the note's five:\n%s", gone, out)
		}
	}
	var doc bytes.Buffer
	if err := p.WriteDOCX(&doc); err != nil {
		t.Fatal(err)
	}
}

// TestOthersMoreCountsLikeOthers: a pack given a finding's first five
// other values and the count of the rest (Pack.OthersMore) is the pack
// given all of them, in Markdown and Word: a pack's notes no longer need
// every value of a measure 1,000 statistics share gathered for each.
func TestOthersMoreCountsLikeOthers(t *testing.T) {
	items, themes := threeFindings(t)
	var others []export.Other
	for i := range 12 {
		src := evidence.Source{ID: fmt.Sprintf("trust-%02d", i), Title: "Waiting times", Publisher: fmt.Sprintf("Trust %02d", i),
			Date: evidence.Date{Year: 2024}, Type: evidence.Report}
		others = append(others, export.Other{Figure: evidence.Figure{Text: fmt.Sprintf("%d%%", 10+i), Value: float64(10 + i), Unit: evidence.UnitPercent},
			Item: evidence.Item{ID: src.ID + "#1", Kind: evidence.Statistic, Source: src, Text: "Children waited."}})
	}
	all := export.Pack{Items: items, Themes: themes, Accessed: accessed, Others: map[string][]export.Other{items[0].ID: others, items[1].ID: others[:3]}}
	cut := all
	cut.Others = map[string][]export.Other{items[0].ID: others[:export.MaxNoteOthers], items[1].ID: others[:3]}
	cut.OthersMore = map[string]int{items[0].ID: len(others) - export.MaxNoteOthers}
	for _, write := range []func(export.Pack) (string, error){
		func(p export.Pack) (string, error) {
			var b bytes.Buffer
			err := p.WriteMarkdown(&b)
			return b.String(), err
		},
		func(p export.Pack) (string, error) {
			var b bytes.Buffer
			err := p.WriteDOCX(&b)
			return b.String(), err
		},
	} {
		want, err := write(all)
		if err != nil {
			t.Fatal(err)
		}
		got, err := write(cut)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("the pack given five values and a count differs from the pack given all:\n%.2000s\nwant\n%.2000s", got, want)
		}
	}
}
