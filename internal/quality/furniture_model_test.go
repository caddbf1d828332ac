package quality_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
	"github.com/cypx/cypx/internal/themes"
	"github.com/cypx/cypx/internal/themes/learn"
)

// furnitureLabel is what the gold says of one sentence of an imported
// development document.
type furnitureLabel int

const (
	unlabelled furnitureLabel = iota
	isFurniture
	isEvidence
)

// sentenceCase is one sentence the extractor would read: the sentence,
// its document's index (documents sorted by name), the model's
// features, the gold's label, and whether it is a gold statistic with
// figures (whose loss is the costliest).
type sentenceCase struct {
	doc      int
	text     string
	feats    []string
	label    furnitureLabel
	statFigs bool
	// figure is set when the extractor reads a figure in the sentence,
	// which the model may never drop.
	figure bool
}

// sentenceCases imports every development document as TestDevset does
// and labels each sentence of its text: furniture when it holds, or is
// held by, a gold furniture phrase, evidence when a gold statistic's or
// recommendation's key.
func sentenceCases(t *testing.T) []sentenceCase {
	t.Helper()
	tax, err := themes.Load(bundled.FS, corpus.ThemesFile)
	if err != nil {
		t.Fatal(err)
	}
	var out []sentenceCase
	eachDevDoc(t, tax, func(d int, g gold, doc corpus.Document, _ []evidence.Item) {
		var furn, evid, stats []string
		for _, f := range g.Furniture {
			furn = append(furn, fold(f))
		}
		for _, s := range g.Statistics {
			evid = append(evid, fold(s.Key))
			if len(s.Figures) > 0 {
				stats = append(stats, fold(s.Key))
			}
		}
		for _, r := range g.Recommendations {
			evid = append(evid, fold(r.Key))
		}
		for _, e := range g.Themes {
			evid = append(evid, fold(e.Key))
		}
		matches := func(s string, keys []string) bool {
			return slices.ContainsFunc(keys, func(k string) bool {
				return k != "" && (strings.Contains(s, k) || len(s) >= 20 && strings.Contains(k, s))
			})
		}
		label := func(c *sentenceCase) {
			c.figure = len(extract.Figures(c.text)) > 0
			fs := fold(c.text)
			switch {
			case matches(fs, evid):
				c.label = isEvidence
				c.statFigs = matches(fs, stats)
			case matches(fs, furn):
				c.label = isFurniture
			}
		}
		section := ""
		for at, b := range doc.Blocks {
			if b.Kind == corpus.Heading {
				section = b.Text
				continue
			}
			for _, s := range extract.SentenceTexts(b.Text) {
				c := sentenceCase{doc: d, text: s, feats: extract.FurnitureFeatures(s, section, b.Kind, at, len(doc.Blocks))}
				label(&c)
				out = append(out, c)
			}
		}
	})
	return out
}

// TestFurnitureModelCV measures whether a learnt "is this sentence page
// furniture" model (package learn, one label) could drop furniture the
// rules miss without dropping findings: trained on the furniture and
// evidence sentences of four fifths of the development set's documents,
// it scores every sentence of the fifth left out, five times, and for a
// grid of thresholds prints how many sentences it would drop, how many
// of them the gold calls furniture (right), evidence (wrong), a
// statistic with figures (the costliest wrong), or nothing. It runs only
// when CYPX_FURNITURE_MODEL is set.
func TestFurnitureModelCV(t *testing.T) {
	if os.Getenv("CYPX_FURNITURE_MODEL") == "" {
		t.Skip("set CYPX_FURNITURE_MODEL=1 to measure the learnt furniture model")
	}
	data := sentenceCases(t)
	counts := map[furnitureLabel]int{}
	for _, c := range data {
		counts[c.label]++
	}
	options := []learn.Options{learn.Defaults, {MinCount: 2, Epochs: 30, Rate: 0.2, L2: 1e-3}, {MinCount: 3, Epochs: 30, Rate: 0.2, L2: 1e-2}}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%d sentences: %d furniture, %d evidence, %d unlabelled, in %d document folds\n",
		len(data), counts[isFurniture], counts[isEvidence], counts[unlabelled], folds)
	for _, o := range options {
		probs := make([]float64, len(data))
		for fold := range folds {
			m, err := learn.Decode(furnitureModel(data, func(c sentenceCase) bool { return c.doc%folds != fold }, o).Encode())
			if err != nil {
				t.Fatal(err)
			}
			for i, c := range data {
				if c.doc%folds == fold {
					probs[i] = m.Prob(c.feats)[0]
				}
			}
		}
		fmt.Fprintf(&b, "\noptions %+v\n", o)
		table(&b, t, "sentences", data, probs, o == learn.Defaults)
	}
	t.Log(b.String())
}

// table prints, for a grid of thresholds, what a model with the given
// probabilities would drop of the cases, logging (when show) the
// evidence and unlabelled cases dropped above 0.9.
func table(b *strings.Builder, t *testing.T, what string, data []sentenceCase, probs []float64, show bool) {
	counts := map[furnitureLabel]int{}
	for _, c := range data {
		counts[c.label]++
	}
	fmt.Fprintf(b, "%s: %d furniture, %d evidence, %d unlabelled\n", what, counts[isFurniture], counts[isEvidence], counts[unlabelled])
	fmt.Fprintf(b, "%-6s %-8s %-10s %-9s %-15s %s\n", "p >", "dropped", "furniture", "evidence", "stat w/ figure", "unlabelled")
	{
		for _, th := range []float64{0.5, 0.8, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99} {
			var drop, furn, evid, stat, none int
			for i, c := range data {
				if probs[i] <= th || c.figure {
					continue
				}
				drop++
				switch c.label {
				case isFurniture:
					furn++
				case isEvidence:
					evid++
					if c.statFigs {
						stat++
					}
					if show && th == 0.9 {
						t.Logf("%s: evidence dropped at p %.3f: %q", what, probs[i], short(c.text))
					}
				default:
					none++
					if show && th == 0.9 {
						t.Logf("%s: unlabelled dropped at p %.3f: %q", what, probs[i], short(c.text))
					}
				}
			}
			fmt.Fprintf(b, "%-6.2f %-8d %-10d %-9d %-15d %d\n", th, drop, furn, evid, stat, none)
		}
	}
}

// furnitureModel trains the furniture model on the furniture and
// evidence sentences of the cases in.
func furnitureModel(data []sentenceCase, in func(sentenceCase) bool, o learn.Options) *learn.Model {
	var train []learn.Example
	for _, c := range data {
		if in(c) && c.label != unlabelled {
			e := learn.Example{Features: c.feats}
			if c.label == isFurniture {
				e.Themes = []string{extract.FurnitureLabel}
			}
			train = append(train, e)
		}
	}
	return learn.Train(train, []string{extract.FurnitureLabel}, o)
}

// furnitureOptions are the training options of the embedded furniture
// model.
var furnitureOptions = learn.Defaults

// furnitureModelFile is the learned furniture model package extract
// embeds.
var furnitureModelFile = filepath.Join("..", "extract", "furniture.model")

// TestFurnitureModelFile trains the furniture model on the whole
// development set and checks it is, byte for byte, the one package
// extract embeds. With CYPX_FURNITURE_MODEL=write it writes the file
// instead (go generate ./internal/extract runs that).
func TestFurnitureModelFile(t *testing.T) {
	t.Setenv("CYPX_DEVSET", filepath.Join("testdata", "devset"))
	if _, err := os.Stat(setDir()); err != nil {
		t.Skipf("no development set to train on: %v", err)
	}
	got := furnitureModel(sentenceCases(t), func(sentenceCase) bool { return true }, furnitureOptions).Encode()
	if os.Getenv("CYPX_FURNITURE_MODEL") == "write" {
		if err := os.WriteFile(furnitureModelFile, got, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s: %d bytes", furnitureModelFile, len(got))
		return
	}
	want, err := os.ReadFile(furnitureModelFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s (%d bytes) is not the model the development set trains (%d bytes): run CYPX_FURNITURE_MODEL=write go test ./internal/quality -run TestFurnitureModelFile", furnitureModelFile, len(want), len(got))
	}
}
