package export_test

import (
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
)

// packOf is a pack of n statistics from n/10 sources, each contradicted by
// MaxNoteOthers values of other sources, as a large export's are.
func packOf(n int) export.Pack {
	var items []evidence.Item
	others := map[string][]export.Other{}
	for i := range n {
		src := evidence.Source{ID: fmt.Sprintf("trust-%04d", i/10), Title: "Waiting times for community paediatrics", Publisher: fmt.Sprintf("Trust %04d", i/10),
			Date: evidence.Date{Year: 2024}, Type: evidence.Report, URL: fmt.Sprintf("https://ex.org/trust-%04d/waits", i/10)}
		it := evidence.Item{ID: fmt.Sprintf("%s#%d", src.ID, i), Kind: evidence.Statistic, Source: src,
			Text:    fmt.Sprintf("In 2024, %d%% of children waited more than 18 weeks for a first appointment with community paediatrics.", 10+i%80),
			Figures: []evidence.Figure{{Text: fmt.Sprintf("%d%%", 10+i%80), Value: float64(10 + i%80), Unit: evidence.UnitPercent}}}
		items = append(items, it)
		for k := range export.MaxNoteOthers {
			o := items[(i+k+1)%len(items)]
			others[it.ID] = append(others[it.ID], export.Other{Figure: o.Figures[0], Item: o})
		}
	}
	return export.Pack{Items: items, Accessed: time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC), Others: others, Figures: true}
}

// BenchmarkWriteMarkdown measures what writing a Markdown pack allocates
// for its findings and their notes (run with -benchmem): it grows with the
// pack, about 80 KB a finding (66 MB for 800, 316 MB for 3,000), all of
// it released once the pack is written.
func BenchmarkWriteMarkdown(b *testing.B) {
	for _, n := range []int{800, 3000} {
		p := packOf(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := p.WriteMarkdown(io.Discard); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
