package links_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/pipeline"
)

// BenchmarkNotesOfADatedSharedMeasure is the notes of a pack of 500
// statistics of one dated measure three sources state 2,000 times each
// ("In 2023, N% of children in the district waited more than 18 weeks
// for an assessment."), each statistic's first 5 others and their count,
// by class as the notes are made ("by class") and every statistic of the
// measure compared with each, as they were ("per hit", links.PerHit).
func BenchmarkNotesOfADatedSharedMeasure(b *testing.B) {
	fsys := fstest.MapFS{}
	for s := 0; s < 3; s++ {
		var body strings.Builder
		fmt.Fprintf(&body, "---\ntitle: \"Assessment waits %d\"\npublisher: Waits Trust %d\ndate: 2024-0%d-01\ntype: report\n---\n## Findings\n\n", s, s, 3+s)
		for i := 0; i < 2000; i++ {
			fmt.Fprintf(&body, "In 2023, %d%% of children in the district waited more than 18 weeks for an assessment.\n\n", 5+(i*37+s*11)%90)
		}
		fsys[fmt.Sprintf("sources/waits%d.md", s)] = &fstest.MapFile{Data: []byte(body.String())}
	}
	c, err := pipeline.Load(fsys, bundled.FS)
	if err != nil {
		b.Fatal(err)
	}
	ix, err := index.Build(context.Background(), filepath.Join(b.TempDir(), "index"), c.Items, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	var pack []evidence.Item
	for i, it := range c.Items {
		if it.Kind == evidence.Statistic && i%12 == 0 {
			pack = append(pack, it)
		}
	}
	for _, way := range []string{"by class", "per hit"} {
		b.Run(way, func(b *testing.B) {
			ctx := context.Background()
			others := 0
			b.ReportAllocs()
			for b.Loop() {
				e := links.New(ix, c.Sources, nil)
				if way == "per hit" {
					e = links.PerHit(e)
				}
				count, err := e.DisagreementsCounted(ctx, pack)
				if err != nil {
					b.Fatal(err)
				}
				others = 0
				for _, it := range pack {
					o, err := count(ctx, it, 5)
					if err != nil {
						b.Fatal(err)
					}
					others += o.Count
				}
			}
			b.ReportMetric(float64(len(pack)), "statistics")
			b.ReportMetric(float64(others), "others")
		})
	}
}
