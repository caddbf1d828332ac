package gen_test

import (
	"os"
	"path/filepath"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/gen"
	"github.com/cypx/cypx/internal/pipeline"
)

func TestGeneratedCorpusHasNItemsOfEveryKind(t *testing.T) {
	for _, n := range []int{1, 37, 1000} {
		dir := t.TempDir()
		if err := gen.Write(dir, n, 7); err != nil {
			t.Fatal(err)
		}
		c, err := pipeline.Load(os.DirFS(dir), bundled.FS)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range c.Problems {
			t.Errorf("generated corpus: %v", p)
		}
		if len(c.Items) != n {
			t.Errorf("n=%d: %d items", n, len(c.Items))
		}
		if n == 1000 {
			kinds := c.CountByKind()
			units := map[evidence.Unit]int{}
			themed := 0
			for _, it := range c.Items {
				for _, f := range it.Figures {
					units[f.Unit]++
				}
				if len(it.Themes) > 0 {
					themed++
				}
			}
			if kinds[evidence.Statistic] < 400 || kinds[evidence.Recommendation] < 150 || kinds[evidence.Excerpt] < 150 {
				t.Errorf("kinds %v", kinds)
			}
			for _, u := range []evidence.Unit{evidence.UnitPercent, evidence.UnitCount, evidence.UnitGBP, evidence.UnitWeeks} {
				if units[u] == 0 {
					t.Errorf("no %s figures", u)
				}
			}
			if themed < 900 {
				t.Errorf("only %d of 1000 items have a theme", themed)
			}
		}
	}
}

func TestSameSeedSameFiles(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	gen.Write(a, 120, 3)
	gen.Write(b, 120, 3)
	files, _ := filepath.Glob(filepath.Join(a, "sources", "*.md"))
	if len(files) != 3 {
		t.Fatalf("%d files for 120 items", len(files))
	}
	for _, f := range files {
		x, _ := os.ReadFile(f)
		y, _ := os.ReadFile(filepath.Join(b, "sources", filepath.Base(f)))
		if string(x) != string(y) {
			t.Errorf("%s differs between runs with one seed", filepath.Base(f))
		}
	}
}
