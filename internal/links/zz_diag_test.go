package links

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/cache"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
)

func TestZZDiag(t *testing.T) {
	dir := filepath.Join(os.TempDir(), "cypx-bench-corpus-100000")
	if _, err := os.Stat(dir); err != nil {
		t.Skip()
	}
	ctx := context.Background()
	ix, cat, err := cache.Open(ctx, cache.Options{Root: filepath.Join(os.TempDir(), "cypx-bench-cache"), Name: dir, FS: os.DirFS(dir), Fallback: bundled.FS})
	if err != nil {
		t.Fatal(err)
	}
	e := New(ix, cat.Sources, nil)
	res, err := ix.Search(ctx, index.Request{Query: "services ", Kinds: []evidence.Kind{evidence.Statistic}, Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		id           string
		cands, links, same int
		ph           [8]time.Duration
		keys         []string
	}
	var rows []row
	const reps = 20
	for _, h := range res.Hits {
		it := h.Item
		var r row
		r.id = it.ID
		for _, f := range it.Figures {
			if f.Key != "" {
				r.keys = append(r.keys, f.Key)
			}
		}
		for i := 0; i < reps; i++ {
			s0 := time.Now()
			fl, _ := e.figures(ctx, it)
			s1 := time.Now()
			cands, _ := e.measureCandidates(ctx, it)
			s2 := time.Now()
			for _, c := range cands {
				fl.add(e.figureLinks(it, c.Item))
			}
			s3 := time.Now()
			weights, _ := e.ix.TermWeights(ctx, it.Text)
			s4 := time.Now()
			res, _ := e.ix.Search(ctx, sameValues(it, topTerms(weights, likeTerms)))
			s5 := time.Now()
			for _, h := range res.Hits {
				if l, ok := e.judge(it, h.Item, 0, 0); ok && l.Type == SameFinding && l.Compared != nil {
					fl.add([]Link{l})
				}
			}
			s6 := time.Now()
			sortLinks(fl.out)
			s7 := time.Now()
			r.cands, r.links, r.same = len(cands), len(fl.out), len(res.Hits)
			for k, d := range []time.Duration{s1.Sub(s0), s2.Sub(s1), s3.Sub(s2), s4.Sub(s3), s5.Sub(s4), s6.Sub(s5), s7.Sub(s6), s7.Sub(s0)} {
				r.ph[k] += d
			}
		}
		rows = append(rows, r)
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].ph[7] > rows[j].ph[7] })
	for _, r := range rows[:12] {
		fmt.Printf("%-14s cands=%d links=%d same=%d |", r.id[:14], r.cands, r.links, r.same)
		for _, x := range r.ph {
			fmt.Printf(" %6.2f", float64(x)/reps/1e6)
		}
		fmt.Printf(" %v\n", r.keys)
	}
}
