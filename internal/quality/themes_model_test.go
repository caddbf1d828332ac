package quality_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/themes"
	"github.com/cypx/cypx/internal/themes/learn"
)

// labelled is one item the development set's themes score counts: the
// item as the pipeline extracts and tags it with the rules, the index of
// its document (documents sorted by name), its gold themes and the themes
// the rules gave much of its document (themes.DocThemes).
type labelled struct {
	doc       int
	item      evidence.Item
	want      []string
	docThemes []string
}

// labelledItems imports every development document and pairs each item
// whose themes TestDevset scores with its gold themes, matching keys the
// way scoreDoc does.
func labelledItems(t *testing.T, tax *themes.Taxonomy) []labelled {
	t.Helper()
	var out []labelled
	eachDevDoc(t, tax, func(d int, g gold, _ corpus.Document, items []evidence.Item) {
		folded := make([]string, len(items))
		for i, it := range items {
			folded[i] = fold(it.Text)
		}
		docThemes := themes.DocThemes(items)
		used := map[int]bool{}
		find := func(kind evidence.Kind, key string) int {
			k := fold(key)
			for i, it := range items {
				if it.Kind == kind && !used[i] && strings.Contains(folded[i], k) {
					used[i] = true
					return i
				}
			}
			return -1
		}
		add := func(i int, want []string) {
			if i >= 0 && want != nil {
				out = append(out, labelled{doc: d, item: items[i], want: want, docThemes: docThemes})
			}
		}
		for _, gs := range g.Statistics {
			add(find(evidence.Statistic, gs.Key), gs.Themes)
		}
		for _, gr := range g.Recommendations {
			add(find(evidence.Recommendation, gr.Key), gr.Themes)
		}
		for _, ge := range g.Themes {
			k := fold(ge.Key)
			add(slices.IndexFunc(folded, func(f string) bool { return strings.Contains(f, k) }), ge.Themes)
		}
	})
	return out
}

// folds is the number of document folds of the cross-validation.
const folds = 5

// crossProbs gives each item the theme probabilities of a model trained
// on the other folds' documents (document i is in fold i mod 5), with
// its weights rounded as Encode writes them.
func crossProbs(t *testing.T, data []labelled, feats [][]string, ids []string, o learn.Options) [][]float64 {
	t.Helper()
	probs := make([][]float64, len(data))
	for fold := range folds {
		var train []learn.Example
		for i, l := range data {
			if l.doc%folds != fold {
				train = append(train, learn.Example{Features: feats[i], Themes: l.want})
			}
		}
		m, err := learn.Decode(learn.Train(train, ids, o).Encode())
		if err != nil {
			t.Fatal(err)
		}
		for i, l := range data {
			if l.doc%folds == fold {
				probs[i] = m.Prob(feats[i])
			}
		}
	}
	return probs
}

// combined is an item's themes with the model's say: a theme the rules
// missed is added when its probability exceeds add(theme), and one they gave is
// dropped when its probability is below drop and the item is short
// enough (themes.ShortForDrop), as package themes does.
func combined(it evidence.Item, ids []string, probs []float64, add func(string) float64, drop float64) []string {
	rules := it.Themes
	if !themes.ShortForDrop(it.Text) {
		drop = 0
	}
	var out []string
	for k, id := range ids {
		rule := slices.Contains(rules, id)
		if rule && probs[k] >= drop || !rule && probs[k] > add(id) {
			out = append(out, id)
		}
	}
	return out
}

// everyTheme is an add threshold the same for every theme, for combined.
func everyTheme(add float64) func(string) float64 {
	return func(string) float64 { return add }
}

// grid prints rules and model together for a grid of thresholds, with
// how many of the themes the model adds are right.
func grid(b *strings.Builder, data []labelled, ids []string, probs [][]float64) {
	drops := []float64{0, themes.DropBelow, 0.01}
	fmt.Fprintf(b, "%-5s %-16s %-16s %-16s %s\n", "add", "drop 0", fmt.Sprintf("drop %g", drops[1]), "drop 0.01", "added right (drop 0)")
	for _, add := range []float64{0.5, 0.7, 0.8, 0.88, 0.9, themes.AddAbove, 0.95, 0.99} {
		fmt.Fprintf(b, "%-5.2f", add)
		var added score
		for _, drop := range drops {
			var s score
			for i, l := range data {
				got := combined(l.item, ids, probs[i], everyTheme(add), drop)
				s.add(setScore(got, l.want))
				if drop == 0 {
					added.add(setScore(slices.DeleteFunc(got, func(id string) bool { return slices.Contains(l.item.Themes, id) }), l.want))
				}
			}
			fmt.Fprintf(b, " %.4f / %.4f ", s.precision(), s.recall())
		}
		fmt.Fprintf(b, " %d of %d\n", added.tp, added.tp+added.fp)
	}
}

// addsByTheme prints, for each theme and a ladder of add thresholds, how
// many of the themes the cross-validated model would add that the rules
// missed are right and how many wrong, so each theme's threshold
// (themes.AddAboveFor) can be chosen where its additions stay as precise
// as the rules and model together.
func addsByTheme(b *strings.Builder, data []labelled, ids []string, probs [][]float64) {
	ladder := []float64{0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9}
	fmt.Fprintf(b, "\n%-16s", "adds by theme")
	for _, a := range ladder {
		fmt.Fprintf(b, " %8.2f", a)
	}
	fmt.Fprintln(b)
	for k, id := range ids {
		fmt.Fprintf(b, "%-16s", id)
		for _, a := range ladder {
			right, wrong := 0, 0
			for i, l := range data {
				if probs[i][k] <= a || slices.Contains(l.item.Themes, id) {
					continue
				}
				if slices.Contains(l.want, id) {
					right++
				} else {
					wrong++
				}
			}
			fmt.Fprintf(b, " %4d/%-3d", right, wrong)
		}
		fmt.Fprintln(b)
	}
}

// TestThemeModelCV measures whether a learnt model (package learn) would
// file the development set's findings better together with the rules
// than the rules alone, by cross-validation over documents: trained on
// four fifths of the documents, scored on the fifth left out, five
// times. It prints the rules alone, the model alone, rules and model for
// a grid of thresholds, the best thresholds that keep the rules'
// precision, and those split by theme. It takes some seconds, so it runs
// only when CYPX_THEME_MODEL is set (CYPX_THEME_MODEL=grid also tries
// other training options).
//
// The rules were written against every one of these documents, so their
// numbers here are not cross-validated and flatter them; the precision
// of the themes the model adds is the fair estimate of what it would add
// on documents nobody tuned for.
func TestThemeModelCV(t *testing.T) {
	mode := os.Getenv("CYPX_THEME_MODEL")
	if mode == "" {
		t.Skip("set CYPX_THEME_MODEL=1 to measure the learnt themes model")
	}
	tax, err := themes.Load(bundled.FS, corpus.ThemesFile)
	if err != nil {
		t.Fatal(err)
	}
	// The items carry the rules' themes alone: the model's say is what
	// is measured.
	tax.RulesOnly = true
	ids := tax.IDs()
	data := labelledItems(t, tax)
	feats := make([][]string, len(data))
	for i, l := range data {
		feats[i] = learn.DocFeatures(l.item, l.docThemes)
	}
	options := []learn.Options{learn.Defaults}
	if mode == "grid" {
		options = append(options,
			learn.Options{MinCount: 2, Epochs: 30, Rate: 0.2, L2: 1e-3},
			learn.Options{MinCount: 3, Epochs: 30, Rate: 0.2, L2: 1e-3},
			learn.Options{MinCount: 3, Epochs: 60, Rate: 0.5, L2: 1e-4},
			learn.Options{MinCount: 3, Epochs: 30, Rate: 0.2, L2: 1e-2},
			learn.Options{MinCount: 3, Epochs: 10, Rate: 0.2, L2: 1e-3},
			learn.Options{MinCount: 5, Epochs: 30, Rate: 0.2, L2: 1e-3})
	}
	var rules score
	pairs := 0
	for _, l := range data {
		rules.add(setScore(l.item.Themes, l.want))
		pairs += len(l.want)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%d items with %d gold item–theme pairs in %d document folds\n", len(data), pairs, folds)
	fmt.Fprintf(&b, "rules alone: %.4f / %.4f\n", rules.precision(), rules.recall())
	for _, o := range options {
		probs := crossProbs(t, data, feats, ids, o)
		var alone score
		for i, l := range data {
			alone.add(setScore(combined(evidence.Item{}, ids, probs[i], everyTheme(0.5), 0), l.want))
		}
		fmt.Fprintf(&b, "\noptions %+v\nmodel alone (p > 0.5): %.4f / %.4f\n", o, alone.precision(), alone.recall())
		grid(&b, data, ids, probs)
		// The thresholds that give the most recall without losing
		// precision against the rules.
		best, bestAdd, bestDrop := rules, 1.0, 0.0
		for a := 50; a < 100; a++ {
			for _, drop := range []float64{0, 0.002, 0.005, 0.01, 0.02} {
				var s score
				for i, l := range data {
					s.add(setScore(combined(l.item, ids, probs[i], everyTheme(float64(a)/100), drop), l.want))
				}
				if s.precision() >= rules.precision() && s.recall() > best.recall() {
					best, bestAdd, bestDrop = s, float64(a)/100, drop
				}
			}
		}
		fmt.Fprintf(&b, "best keeping the rules' precision: add %.2f drop %.3f: %.4f / %.4f (%+d right, %+d wrong)\n",
			bestAdd, bestDrop, best.precision(), best.recall(), best.tp-rules.tp, best.fp-rules.fp)
		if o != learn.Defaults {
			continue
		}
		fmt.Fprintf(&b, "\n%-16s %-15s %-15s\n", "by theme", "rules", "rules + model")
		for k, id := range ids {
			var r, c score
			for i, l := range data {
				want := []string{}
				if slices.Contains(l.want, id) {
					want = []string{id}
				}
				keep := func(ids []string) []string {
					return slices.DeleteFunc(slices.Clone(ids), func(x string) bool { return x != id })
				}
				r.add(setScore(keep(l.item.Themes), want))
				c.add(setScore(keep(combined(l.item, ids, probs[i], everyTheme(bestAdd), bestDrop)), want))
				_ = k
			}
			fmt.Fprintf(&b, "%-16s %.3f / %.3f  %.3f / %.3f\n", id, r.precision(), r.recall(), c.precision(), c.recall())
		}
	}
	cv := crossProbs(t, data, feats, ids, learn.Defaults)
	addsByTheme(&b, data, ids, cv)
	used(&b, tax, data, ids, cv, mode == "fp")
	var all []learn.Example
	for i, l := range data {
		all = append(all, learn.Example{Features: feats[i], Themes: l.want})
	}
	m := learn.Train(all, ids, learn.Defaults)
	enc := m.Encode()
	start := time.Now()
	for _, l := range data {
		m.Prob(learn.DocFeatures(l.item, l.docThemes))
	}
	fmt.Fprintf(&b, "\ntrained on every document: %d features, %d bytes encoded; %.0f items/s scored\n",
		len(m.Weights), len(enc), float64(len(data))/time.Since(start).Seconds())
	t.Log(b.String())
}

// TestThemeModelHeldOut trains the model on the whole development set
// and scores the set CYPX_DEVSET names, with the rules alone, the model
// alone and both for the grid of thresholds, so a held-out set can say
// whether the model generalises where the rules do not. It runs only
// when CYPX_THEME_MODEL is set and CYPX_DEVSET names another set.
func TestThemeModelHeldOut(t *testing.T) {
	other := os.Getenv("CYPX_DEVSET")
	if os.Getenv("CYPX_THEME_MODEL") == "" || other == "" {
		t.Skip("set CYPX_THEME_MODEL=1 and CYPX_DEVSET=DIR to score the learnt themes model on DIR")
	}
	tax, err := themes.Load(bundled.FS, corpus.ThemesFile)
	if err != nil {
		t.Fatal(err)
	}
	// The items carry the rules' themes alone: the model's say is what
	// is measured.
	tax.RulesOnly = true
	ids := tax.IDs()
	t.Setenv("CYPX_DEVSET", filepath.Join("testdata", "devset"))
	var train []learn.Example
	for _, l := range labelledItems(t, tax) {
		train = append(train, learn.Example{Features: learn.DocFeatures(l.item, l.docThemes), Themes: l.want})
	}
	m, err := learn.Decode(learn.Train(train, ids, learn.Defaults).Encode())
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("CYPX_DEVSET", other)
	data := labelledItems(t, tax)
	probs := make([][]float64, len(data))
	var rules, alone score
	for i, l := range data {
		probs[i] = m.Prob(learn.DocFeatures(l.item, l.docThemes))
		rules.add(setScore(l.item.Themes, l.want))
		alone.add(setScore(combined(evidence.Item{}, ids, probs[i], everyTheme(0.5), 0), l.want))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%d items of %s, model trained on %d development items\n", len(data), other, len(train))
	fmt.Fprintf(&b, "rules alone: %.4f / %.4f\nmodel alone (p > 0.5): %.4f / %.4f\n", rules.precision(), rules.recall(), alone.precision(), alone.recall())
	grid(&b, data, ids, probs)
	t.Log(b.String())
}

// used prints, theme by theme, what the rules and the model together
// give at the thresholds package themes uses (themes.AddAboveFor and
// themes.DropBelow), cross-validated: false positives, precision and recall, worst
// precision first, so a round on precision starts from the themes that
// lose most. With list set it also prints every false positive with the
// signals behind it (Explain; "model" when the model added it, "before"
// when the item took it from the one it points back to), to sort the
// errors into causes.
func used(b *strings.Builder, tax *themes.Taxonomy, data []labelled, ids []string, probs [][]float64, list bool) {
	type row struct {
		id string
		s  score
	}
	rows := make([]row, len(ids))
	var all score
	var fps []string
	for i, l := range data {
		got := combined(l.item, ids, probs[i], themes.AddAboveFor, themes.DropBelow)
		all.add(setScore(got, l.want))
		for k, id := range ids {
			rows[k].id = id
			g, w := slices.Contains(got, id), slices.Contains(l.want, id)
			switch {
			case g && w:
				rows[k].s.tp++
			case g:
				rows[k].s.fp++
				if list {
					fps = append(fps, fmt.Sprintf("FP %-15s %s | %s", id, l.item.Source.ID, why(tax, l.item, id, probs[i][k])))
				}
			case w:
				rows[k].s.fn++
			}
		}
	}
	slices.SortStableFunc(rows, func(a, b row) int {
		switch pa, pb := a.s.precision(), b.s.precision(); {
		case pa < pb:
			return -1
		case pa > pb:
			return 1
		}
		return 0
	})
	fmt.Fprintf(b, "\nused (add above %.2f or each theme's own, drop below %g from items of at most %d words), cross-validated: %.4f / %.4f, %d false positives\n",
		themes.AddAbove, themes.DropBelow, themes.DropMaxWords, all.precision(), all.recall(), all.fp)
	fmt.Fprintf(b, "%-16s %5s %5s %9s %7s\n", "theme", "fp", "tp", "precision", "recall")
	for _, r := range rows {
		fmt.Fprintf(b, "%-16s %5d %5d %9.3f %7.3f\n", r.id, r.s.fp, r.s.tp, r.s.precision(), r.s.recall())
	}
	slices.Sort(fps)
	for _, f := range fps {
		fmt.Fprintln(b, f)
	}
}

// why is one false positive to read: the item's heading, header and
// words, and the signals that gave it the theme.
func why(tax *themes.Taxonomy, it evidence.Item, id string, p float64) string {
	var sig []string
	for _, s := range tax.Explain(it) {
		if s.Theme == id {
			sig = append(sig, fmt.Sprintf("%q@%s", s.Words, s.From))
		}
	}
	switch {
	case !slices.Contains(it.Themes, id):
		sig = append(sig, "model")
	case len(sig) == 0:
		sig = append(sig, "before")
	}
	sig = append(sig, fmt.Sprintf("p=%.3f", p))
	return fmt.Sprintf("[%s] {%s} %q <%s> %s", it.Kind, it.Section, it.Header, it.Text, strings.Join(sig, " "))
}

// modelFile is the learned themes model package themes embeds.
var modelFile = filepath.Join("..", "themes", "learned.bin")

// TestThemeModelFile trains the themes model on the whole development
// set and checks it is, byte for byte, the one package themes embeds, so
// the embedded weights cannot drift from the set's labels. With
// CYPX_THEME_MODEL=write it writes the file instead (go generate
// ./internal/themes runs that).
func TestThemeModelFile(t *testing.T) {
	tax, err := themes.Load(bundled.FS, corpus.ThemesFile)
	if err != nil {
		t.Fatal(err)
	}
	// The document themes among the features are the rules' alone, as
	// TagItems gives them to the model: were the embedded model's own
	// additions among them, each file written would train the next.
	tax.RulesOnly = true
	// Always the development set: CYPX_DEVSET may name a set to score,
	// never one to train on.
	t.Setenv("CYPX_DEVSET", filepath.Join("testdata", "devset"))
	if _, err := os.Stat(setDir()); err != nil {
		t.Skipf("no development set to train on: %v", err)
	}
	var all []learn.Example
	for _, l := range labelledItems(t, tax) {
		all = append(all, learn.Example{Features: learn.DocFeatures(l.item, l.docThemes), Themes: l.want})
	}
	if len(all) == 0 {
		t.Skip("the development set has no labelled items to train on")
	}
	got := learn.Train(all, tax.IDs(), learn.Defaults).Compact()
	if os.Getenv("CYPX_THEME_MODEL") == "write" {
		if err := os.WriteFile(modelFile, got, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s: %d bytes from %d labelled items", modelFile, len(got), len(all))
		return
	}
	want, err := os.ReadFile(modelFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s (%d bytes) is not the model the development set trains (%d bytes): run CYPX_THEME_MODEL=write go test ./internal/quality -run TestThemeModelFile", modelFile, len(want), len(got))
	}
}
