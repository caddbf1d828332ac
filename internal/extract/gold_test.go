package extract_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

type goldFigure struct {
	Text      string  `yaml:"text"`
	Value     float64 `yaml:"value"`
	Unit      string  `yaml:"unit"`
	Qualifier string  `yaml:"qualifier"`
}

type goldFile struct {
	Sources map[string]struct {
		Statistics []struct {
			Key     string       `yaml:"key"`
			Figures []goldFigure `yaml:"figures"`
		} `yaml:"statistics"`
		Recommendations []struct {
			Key    string   `yaml:"key"`
			Number string   `yaml:"number"`
			Actors []string `yaml:"actors"`
		} `yaml:"recommendations"`
	} `yaml:"sources"`
	NotFigures []struct {
		Key  string `yaml:"key"`
		Text string `yaml:"text"`
	} `yaml:"not_figures"`
}

func loadGold(t *testing.T) goldFile {
	t.Helper()
	data, err := os.ReadFile("testdata/gold.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var g goldFile
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&g); err != nil {
		t.Fatalf("testdata/gold.yaml: %v", err)
	}
	return g
}

// bundledItems extracts every item of the bundled corpus, by source id.
func bundledItems(t *testing.T) map[string][]evidence.Item {
	t.Helper()
	docs, problems := corpus.Load(bundled.FS)
	if len(problems) > 0 {
		t.Fatalf("bundled corpus: %v", problems)
	}
	out := map[string][]evidence.Item{}
	for _, d := range docs {
		out[d.Source.ID] = extract.Extract(d)
	}
	return out
}

// score counts true positives, false positives and false negatives.
type score struct{ tp, fp, fn int }

func (s score) precision() float64 {
	if s.tp+s.fp == 0 {
		return 1
	}
	return float64(s.tp) / float64(s.tp+s.fp)
}

func (s score) recall() float64 {
	if s.tp+s.fn == 0 {
		return 1
	}
	return float64(s.tp) / float64(s.tp+s.fn)
}

// findByKey returns the one item of a kind whose text holds key.
func findByKey(t *testing.T, items []evidence.Item, kind evidence.Kind, key string) (evidence.Item, bool) {
	var found []evidence.Item
	for _, it := range items {
		if it.Kind == kind && strings.Contains(it.Text, key) {
			found = append(found, it)
		}
	}
	if len(found) > 1 {
		t.Errorf("gold key %q matches %d %s items; make it unique", key, len(found), kind)
	}
	if len(found) == 0 {
		return evidence.Item{}, false
	}
	return found[0], true
}

func figKey(f goldFigure) string {
	return fmt.Sprintf("%s|%g|%s|%s", f.Text, f.Value, f.Unit, f.Qualifier)
}

// TestGold measures extraction against the hand-labelled gold and holds
// precision and recall to a floor of 0.95 for each category.
func TestGold(t *testing.T) {
	gold := loadGold(t)
	items := bundledItems(t)
	var stats, figs, recs, actors score
	for id, g := range gold.Sources {
		its, ok := items[id]
		if !ok {
			t.Errorf("gold names source %q, which is not in the corpus", id)
			continue
		}
		matched := map[string]bool{}
		for _, gs := range g.Statistics {
			it, ok := findByKey(t, its, evidence.Statistic, gs.Key)
			if !ok {
				stats.fn++
				figs.fn += len(gs.Figures)
				t.Logf("missed statistic in %s: %q", id, gs.Key)
				continue
			}
			stats.tp++
			matched[it.ID] = true
			want := map[string]bool{}
			for _, f := range gs.Figures {
				want[figKey(f)] = true
			}
			for _, f := range it.Figures {
				k := figKey(goldFigure{f.Text, f.Value, string(f.Unit), f.Qualifier})
				if want[k] {
					figs.tp++
					delete(want, k)
				} else {
					figs.fp++
					t.Logf("wrong figure in %s %q: %s", id, gs.Key, k)
				}
			}
			for k := range want {
				figs.fn++
				t.Logf("missed figure in %s %q: %s", id, gs.Key, k)
			}
		}
		for _, it := range its {
			if it.Kind == evidence.Statistic && !matched[it.ID] {
				stats.fp++
				figs.fp += len(it.Figures)
				t.Logf("extra statistic in %s: %q", id, it.Text)
			}
		}
		for _, gr := range g.Recommendations {
			it, ok := findByKey(t, its, evidence.Recommendation, gr.Key)
			if !ok {
				recs.fn++
				actors.fn += len(gr.Actors)
				t.Logf("missed recommendation in %s: %q", id, gr.Key)
				continue
			}
			recs.tp++
			matched[it.ID] = true
			if it.Number != gr.Number {
				t.Errorf("%s %q: number %q, want %q", id, gr.Key, it.Number, gr.Number)
			}
			want := map[string]bool{}
			for _, a := range gr.Actors {
				want[a] = true
			}
			for _, a := range it.Actors {
				if want[string(a)] {
					actors.tp++
					delete(want, string(a))
				} else {
					actors.fp++
					t.Logf("wrong actor in %s %q: %s", id, gr.Key, a)
				}
			}
			actors.fn += len(want)
		}
		for _, it := range its {
			if it.Kind == evidence.Recommendation && !matched[it.ID] {
				recs.fp++
				actors.fp += len(it.Actors)
				t.Logf("extra recommendation in %s: %q", id, it.Text)
			}
		}
	}
	t.Logf("\n%-16s %9s %7s %4s %4s %4s", "category", "precision", "recall", "tp", "fp", "fn")
	for _, row := range []struct {
		name string
		s    score
	}{{"statistics", stats}, {"figures", figs}, {"recommendations", recs}, {"actors", actors}} {
		t.Logf("%-16s %9.3f %7.3f %4d %4d %4d", row.name, row.s.precision(), row.s.recall(), row.s.tp, row.s.fp, row.s.fn)
		if row.s.precision() < 0.95 || row.s.recall() < 0.95 {
			t.Errorf("%s: precision %.3f recall %.3f, below the 0.95 floor", row.name, row.s.precision(), row.s.recall())
		}
	}
}

// TestNotFigures checks that years, dates, act names, codes and age bands are
// never read as figures.
func TestNotFigures(t *testing.T) {
	gold := loadGold(t)
	items := bundledItems(t)
	for _, nf := range gold.NotFigures {
		found := false
		for _, its := range items {
			for _, it := range its {
				at := strings.Index(it.Text, nf.Key)
				if at < 0 {
					continue
				}
				found = true
				pos := strings.Index(it.Text, nf.Text)
				if pos < 0 {
					t.Fatalf("gold: %q is not in the item holding %q", nf.Text, nf.Key)
				}
				for _, f := range it.Figures {
					if f.Offset < pos+len(nf.Text) && pos < f.Offset+len(f.Text) {
						t.Errorf("%q read as figure %q in %q", nf.Text, f.Text, it.Text)
					}
				}
			}
		}
		if !found {
			t.Errorf("gold: no item holds %q", nf.Key)
		}
	}
}
