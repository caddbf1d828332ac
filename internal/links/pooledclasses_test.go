package links_test

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/pipeline"
)

// TestPooledNotesByClassAreAsPerHit: a pack's notes over a measure that
// several sources share, the same values stated again and again, of
// several years, undated, two figures a statement, statements citing
// another source's report, and a story covering one report, count and cite
// the same others, in the same order, when each class of the measure's
// statistics is compared once and only those of the item's period are
// looked at, as when every statistic of the measure is compared with each
// (links.PerHit, the pass as it was): the first 5 of each note, and every
// other value.
func TestPooledNotesByClassAreAsPerHit(t *testing.T) {
	fsys := fstest.MapFS{}
	years := []string{"In 2022, ", "In 2023, ", "In 2023, ", "In 2023/24, ", ""}
	trusts := []string{"North", "South", "East", "West"}
	for s := 0; s < 4; s++ {
		var b strings.Builder
		fmt.Fprintf(&b, "---\ntitle: \"Assessment waits %d\"\npublisher: %s Trust\ndate: 2024-0%d-01\ntype: report\n---\n## Findings\n\n", s, trusts[s], 3+s)
		for i := 0; i < 300; i++ {
			v := 30 + (i*7+s*3)%6
			switch {
			case i%23 == 0:
				fmt.Fprintf(&b, "In 2022, %d%% and in 2023, %d%% of children in the district waited more than 18 weeks for an assessment.\n\n", v, v+1)
			case i%17 == 0:
				fmt.Fprintf(&b, "In 2023, %d%% of children in the district waited more than 18 weeks for an assessment (%s Trust, 2024).\n\n", v, trusts[(s+1)%4])
			default:
				fmt.Fprintf(&b, "%s%d%% of children in the district waited more than 18 weeks for an assessment.\n\n", years[(i+s)%len(years)], v)
			}
		}
		fsys[fmt.Sprintf("sources/waits%d.md", s)] = &fstest.MapFile{Data: []byte(b.String())}
	}
	var b strings.Builder
	b.WriteString("---\ntitle: Children wait too long\npublisher: Weekly Health\ndate: 2024-07-01\ntype: news\nabout: waits1\n---\n")
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&b, "In 2023, %d%% of children in the district waited more than 18 weeks for an assessment.\n\n", 30+i%6)
	}
	fsys["sources/news.md"] = &fstest.MapFile{Data: []byte(b.String())}
	c, err := pipeline.Load(fsys, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.Build(context.Background(), filepath.Join(t.TempDir(), "index"), c.Items, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	var pack []evidence.Item
	for i, it := range c.Items {
		if it.Kind == evidence.Statistic && i%3 == 0 {
			pack = append(pack, it)
		}
	}
	ctx := context.Background()
	byClass, err := links.New(ix, c.Sources, nil).DisagreementsCounted(ctx, pack)
	if err != nil {
		t.Fatal(err)
	}
	perHit, err := links.PerHit(links.New(ix, c.Sources, nil)).DisagreementsCounted(ctx, pack)
	if err != nil {
		t.Fatal(err)
	}
	noted, cited := 0, 0
	for _, max := range []int{5, links.AllOthers} {
		for _, it := range pack {
			got, err := byClass(ctx, it, max)
			if err != nil {
				t.Fatal(err)
			}
			want, err := perHit(ctx, it, max)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s (%q), max %d: %d others, first %v; per hit %d, first %v", it.ID, it.Text, max, got.Count, ids(got.Links), want.Count, ids(want.Links))
			}
			if got.Count > 0 {
				noted++
			}
			if it.Cites != "" || it.Source.ID == "news" {
				cited++
			}
		}
	}
	if noted < len(pack) || cited < 10 {
		t.Errorf("%d notes of %d statistics twice, %d citing or covering: the test compares too little", noted, len(pack), cited)
	}
}

func ids(ls []links.Link) []string {
	var out []string
	for _, l := range ls {
		out = append(out, l.Item.ID)
	}
	return out
}
