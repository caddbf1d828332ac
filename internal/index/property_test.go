package index_test

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/gen"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/pipeline"
	"github.com/cypx/cypx/internal/query"
)

// TestQueriesMeanWhatTheEvaluatorSays generates random queries from the
// grammar — words, stop words, prefixes, phrases (some left open),
// thesaurus terms, every field with valid values, comparisons and ranges,
// OR, NOT, -x and brackets — and holds the index's answer (total and the
// set of ids) to the evaluator's, over the bundled corpus and a generated
// one.
func TestQueriesMeanWhatTheEvaluatorSays(t *testing.T) {
	genDir := t.TempDir()
	if err := gen.Write(genDir, 400, 3); err != nil {
		t.Fatal(err)
	}
	for _, corpus := range []struct {
		name string
		dir  string
	}{{"bundled", ""}, {"generated", genDir}} {
		t.Run(corpus.name, func(t *testing.T) {
			var fsys fs.FS = bundled.FS
			if corpus.dir != "" {
				fsys = os.DirFS(corpus.dir)
			}
			c, err := pipeline.Load(fsys, bundled.FS)
			if err != nil {
				t.Fatal(err)
			}
			c.Items = append(c.Items, tableItems()...)
			ix, err := index.Build(context.Background(), t.TempDir(), c.Items, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer ix.Close()
			ix.SetVocabulary(index.Vocabulary{Themes: c.Taxonomy.IDs(), Thesaurus: c.Thesaurus})
			ev := evaluator{ix: ix, themes: c.Taxonomy.IDs(), th: c.Thesaurus}
			terms := make([]itemTerms, len(c.Items))
			for i, it := range c.Items {
				terms[i] = ev.terms(it)
			}
			g := newQueryGen(c.Items, c.Taxonomy.IDs(), rand.New(rand.NewPCG(7, uint64(len(c.Items)))))
			n := 400
			if testing.Short() {
				n = 60
			}
			for range n {
				q, typing := g.query(), g.r.IntN(3) == 0
				node, err := query.Parse(q, query.Options{Typing: typing})
				if err != nil {
					t.Fatalf("the generator wrote %q, which does not parse: %v", q, err)
				}
				var want []string
				for i, it := range c.Items {
					m, constrains := true, false
					if node != nil {
						m, constrains = ev.match(node, it, terms[i])
					}
					if m || !constrains {
						want = append(want, it.ID)
					}
				}
				res, err := ix.Search(context.Background(), index.Request{Query: q, Typing: typing, Limit: len(c.Items) + 1})
				if !typing && node != nil && (!ev.anyLeafConstrains(node) || ev.stopAlternative(node)) {
					// Only stop words: the CLI says so rather than list everything.
					var qe *index.QueryError
					if !errors.As(err, &qe) || !strings.Contains(qe.Msg, "nothing to search for") {
						t.Errorf("%q: %v, want it refused as having nothing to search for", q, err)
					}
					continue
				}
				if err != nil {
					t.Errorf("%q (typing %v): %v", q, typing, err)
					continue
				}
				got := make([]string, len(res.Hits))
				for i, h := range res.Hits {
					got[i] = h.Item.ID
				}
				slices.Sort(got)
				slices.Sort(want)
				if res.Total != len(want) || !slices.Equal(got, want) {
					t.Errorf("%q (typing %v, read as %v): the index found %d, the evaluator %d; only the index: %v; only the evaluator: %v",
						q, typing, node, res.Total, len(want), short3(minus(got, want)), short3(minus(want, got)))
				}
			}
		})
	}
}

func minus(a, b []string) []string {
	var out []string
	for _, x := range a {
		if !slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	return out
}

func short3(s []string) []string {
	if len(s) > 3 {
		return append(s[:3:3], fmt.Sprintf("… %d more", len(s)-3))
	}
	return s
}

// queryGen writes random queries from the grammar, drawing words and
// values from a corpus so that many queries find something.
type queryGen struct {
	r          *rand.Rand
	words      []string
	phrases    []string
	themes     []string
	sources    []string
	publishers []string
	values     []float64
	years      []int
}

func newQueryGen(items []evidence.Item, themes []string, r *rand.Rand) *queryGen {
	g := &queryGen{r: r, themes: themes}
	seen := map[string]bool{}
	for _, it := range items {
		var f []string
		for _, text := range index.SearchTexts(it) {
			f = append(f, strings.FieldsFunc(text, func(r rune) bool {
				return r == ' ' || r == ',' || r == '.' || r == '(' || r == ')' || r == '"' || r == '“' || r == '”' || r == ':'
			})...)
		}
		for i, w := range f {
			if !seen[w] && !strings.ContainsAny(w, "*?~\\-+|") && w != "OR" && w != "AND" && w != "NOT" {
				seen[w] = true
				g.words = append(g.words, w)
			}
			if i+2 < len(f) && r.IntN(20) == 0 {
				g.phrases = append(g.phrases, strings.Join(f[i:i+2+r.IntN(2)], " "))
			}
		}
		if !seen["src:"+it.Source.ID] {
			seen["src:"+it.Source.ID] = true
			g.sources = append(g.sources, it.Source.ID)
			g.publishers = append(g.publishers, it.Source.Publisher)
			g.years = append(g.years, it.Source.Date.Year)
		}
		for _, f := range it.Figures {
			g.values = append(g.values, f.Value)
		}
	}
	return g
}

func (g *queryGen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

// query is one to four clauses, joined as the grammar allows.
func (g *queryGen) query() string {
	n := 1 + g.r.IntN(4)
	parts := make([]string, n)
	for i := range parts {
		parts[i] = g.clause(0)
	}
	if n > 1 && g.r.IntN(4) == 0 {
		return strings.Join(parts, " OR ")
	}
	return strings.Join(parts, " ")
}

func (g *queryGen) clause(depth int) string {
	switch k := g.r.IntN(20); {
	case k < 7:
		return g.pick(g.words)
	case k == 7:
		return g.pick([]string{"the", "and", "of", "for"})
	case k == 8:
		return g.pick([]string{"CAMHS", "ASD", "SEND", "EHCP", "A&E", "ED", "CCG", "NHSE", "LA", "looked after children", "clinical commissioning groups"})
	case k == 9 && len(g.phrases) > 0:
		return `"` + g.pick(g.phrases) + `"`
	case k == 10:
		return "-" + g.pick(g.words)
	case k == 11:
		return "NOT " + g.pick(g.words)
	case k == 12 && depth < 2:
		return "(" + g.clause(depth+1) + " OR " + g.clause(depth+1) + ")"
	case k == 13:
		return "theme:" + g.pick(g.themes)
	case k == 14:
		return "kind:" + g.pick([]string{"statistic", "recommendations", "Excerpt"})
	case k == 15:
		w := g.pick(g.publishers)
		switch g.r.IntN(3) {
		case 0:
			return `publisher:"` + w + `"`
		case 1:
			return "publisher:" + strings.ToLower(strings.Fields(w)[0])
		}
		return "publisher:" + g.pick([]string{"CQC", "NHSE", "NCB"})
	case k == 16:
		y := g.years[g.r.IntN(len(g.years))]
		return g.pick([]string{fmt.Sprintf("year:%d", y), fmt.Sprintf("year:%d..%d", y-1, y+1), fmt.Sprintf("year:>=%d", y), fmt.Sprintf("year:<%d", y)})
	case k == 17 && len(g.values) > 0:
		v := g.values[g.r.IntN(len(g.values))]
		return g.pick([]string{fmt.Sprintf("value:%g", v), fmt.Sprintf("value:>%g", v), fmt.Sprintf("value:<=%g", v)})
	case k == 18:
		return "actor:" + g.pick([]string{"NHSE", "government", "ICSs", `"Local authorities"`})
	case k == 19:
		return "source:" + g.pick(g.sources)
	}
	w := g.pick(g.words)
	if len(w) > 4 && g.r.IntN(2) == 0 {
		return strings.ToLower(w[:4]) + "*"
	}
	return strings.ToLower(w) + "~1"
}
