package quality_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/themes"
	"github.com/cypx/cypx/internal/themes/learn"
)

// askLabel is the one label of the asks model.
const askLabel = "ask"

// askItem is one item the extractor gives a development document, with
// whether the gold holds it as a recommendation.
type askItem struct {
	doc  int
	item evidence.Item
	ask  bool
}

// askItems imports every development document and marks each item the
// gold labels a recommendation: a gold key is matched first to an item
// the rules made a recommendation, as scoreDoc matches it, else to an
// excerpt or statistic holding it (one the rules missed).
func askItems(t *testing.T, tax *themes.Taxonomy) []askItem {
	t.Helper()
	var out []askItem
	eachDevDoc(t, tax, func(d int, g gold, _ corpus.Document, items []evidence.Item) {
		folded := make([]string, len(items))
		for i, it := range items {
			folded[i] = fold(it.Text)
		}
		ask := make([]bool, len(items))
		find := func(kind evidence.Kind, k string) int {
			for i, it := range items {
				if it.Kind == kind && !ask[i] && strings.Contains(folded[i], k) {
					return i
				}
			}
			return -1
		}
		for _, gr := range g.Recommendations {
			k := fold(gr.Key)
			i := find(evidence.Recommendation, k)
			if i < 0 {
				i = find(evidence.Excerpt, k)
			}
			if i < 0 {
				i = find(evidence.Statistic, k)
			}
			if i >= 0 {
				ask[i] = true
			}
		}
		for i, it := range items {
			out = append(out, askItem{doc: d, item: it, ask: ask[i]})
		}
	})
	return out
}

// askFeatures are the features the asks model weighs: the themes model's
// features of the item's words and headings, without its kind, which the
// rules decided and the model is to second-guess.
func askFeatures(it evidence.Item) []string {
	var out []string
	for _, f := range learn.Features(it) {
		if !strings.HasPrefix(f, "k:") {
			out = append(out, f)
		}
	}
	return out
}

// TestAskModelCV measures whether a learnt "is this item an ask" model
// (package learn, one label) would find recommendations the rules miss,
// by cross-validation over the development set's documents: trained on
// four fifths, it scores the fifth left out, five times. For each
// threshold it prints how many excerpts and statistics it would turn into
// recommendations, how many of those the gold holds as recommendations,
// and the recommendations' precision and recall with it. It runs only
// when CYPX_ASK_MODEL is set.
func TestAskModelCV(t *testing.T) {
	if os.Getenv("CYPX_ASK_MODEL") == "" {
		t.Skip("set CYPX_ASK_MODEL=1 to measure the learnt asks model")
	}
	tax, err := themes.Load(bundled.FS, corpus.ThemesFile)
	if err != nil {
		t.Fatal(err)
	}
	data := askItems(t, tax)
	feats := make([][]string, len(data))
	for i, a := range data {
		feats[i] = askFeatures(a.item)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%d document folds; ", folds)
	rules := askRules(&b, data)
	for _, o := range []learn.Options{learn.Defaults, {MinCount: 3, Epochs: 30, Rate: 0.2, L2: 1e-3}} {
		probs := make([]float64, len(data))
		for fold := range folds {
			m := trainAsks(t, data, feats, func(a askItem) bool { return a.doc%folds != fold }, o)
			for i, a := range data {
				if a.doc%folds == fold {
					probs[i] = m.Prob(feats[i])[0]
				}
			}
		}
		fmt.Fprintf(&b, "\noptions %+v\n", o)
		askTable(&b, data, probs, rules)
	}
	t.Log(b.String())
}

// askTable prints, for each threshold, the excerpts and statistics the
// model would turn into recommendations, right and wrong by the gold,
// and the recommendations' precision and recall were the excerpts turned
// (rules is the rules' own score); with CYPX_ASK_MODEL=list, each excerpt
// above 0.9.
func askTable(b *strings.Builder, data []askItem, probs []float64, rules score) {
	fmt.Fprintf(b, "%-5s %-22s %-22s %s\n", "p >", "excerpts right/wrong", "statistics right/wrong", "recommendations with excerpts turned")
	for _, th := range []float64{0.9, 0.92, 0.94, 0.95, 0.96, 0.97, 0.98, 0.99} {
		var ex, st [2]int
		s := rules
		for i, a := range data {
			if probs[i] <= th {
				continue
			}
			switch a.item.Kind {
			case evidence.Excerpt:
				if a.ask {
					ex[0]++
					s.tp++
					s.fn--
				} else {
					ex[1]++
					s.fp++
				}
			case evidence.Statistic:
				if a.ask {
					st[0]++
				} else {
					st[1]++
				}
			}
		}
		fmt.Fprintf(b, "%-5.2f %-22s %-22s %.4f / %.4f\n", th, fmt.Sprintf("%d / %d", ex[0], ex[1]), fmt.Sprintf("%d / %d", st[0], st[1]), s.precision(), s.recall())
	}
	fmt.Fprintf(b, "the gold asks the rules missed score:")
	for i, a := range data {
		if a.ask && a.item.Kind != evidence.Recommendation {
			fmt.Fprintf(b, " %.3f", probs[i])
		}
	}
	b.WriteString("\n")
	if testing.Verbose() && os.Getenv("CYPX_ASK_MODEL") == "list" {
		for i, a := range data {
			if probs[i] > 0.9 && a.item.Kind == evidence.Excerpt {
				fmt.Fprintf(b, "  %.3f %v %q\n", probs[i], a.ask, short(a.item.Text))
			}
		}
	}
}

// askRules prints how many items of each kind the gold holds as asks and
// how the rules alone score recommendations, and returns that score.
func askRules(b *strings.Builder, data []askItem) score {
	var rules score
	kinds := map[evidence.Kind][2]int{}
	for _, a := range data {
		k := kinds[a.item.Kind]
		k[1]++
		if a.ask {
			k[0]++
		}
		kinds[a.item.Kind] = k
		switch {
		case a.item.Kind == evidence.Recommendation && a.ask:
			rules.tp++
		case a.item.Kind == evidence.Recommendation:
			rules.fp++
		case a.ask:
			rules.fn++
		}
	}
	fmt.Fprintf(b, "%d items; gold asks by kind (asks/items): statistic %v, recommendation %v, excerpt %v\n",
		len(data), kinds[evidence.Statistic], kinds[evidence.Recommendation], kinds[evidence.Excerpt])
	fmt.Fprintf(b, "rules alone: recommendations %.4f / %.4f (%d right, %d wrong, %d missed)\n",
		rules.precision(), rules.recall(), rules.tp, rules.fp, rules.fn)
	return rules
}

// trainAsks trains the asks model on the items in, with its weights
// rounded as Encode writes them.
func trainAsks(t *testing.T, data []askItem, feats [][]string, in func(askItem) bool, o learn.Options) *learn.Model {
	t.Helper()
	var train []learn.Example
	for i, a := range data {
		if in(a) {
			e := learn.Example{Features: feats[i]}
			if a.ask {
				e.Themes = []string{askLabel}
			}
			train = append(train, e)
		}
	}
	m, err := learn.Decode(learn.Train(train, []string{askLabel}, o).Encode())
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestAskModelHeldOut trains the asks model on the whole development set
// and prints the same table for the set CYPX_DEVSET names, so a set the
// rules were not written against can say whether the model finds asks
// they miss. It runs only when CYPX_ASK_MODEL is set and CYPX_DEVSET
// names another set.
func TestAskModelHeldOut(t *testing.T) {
	other := os.Getenv("CYPX_DEVSET")
	if os.Getenv("CYPX_ASK_MODEL") == "" || other == "" {
		t.Skip("set CYPX_ASK_MODEL=1 and CYPX_DEVSET=DIR to score the learnt asks model on DIR")
	}
	tax, err := themes.Load(bundled.FS, corpus.ThemesFile)
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("CYPX_DEVSET", filepath.Join("testdata", "devset"))
	dev := askItems(t, tax)
	devFeats := make([][]string, len(dev))
	for i, a := range dev {
		devFeats[i] = askFeatures(a.item)
	}
	t.Setenv("CYPX_DEVSET", other)
	data := askItems(t, tax)
	var b strings.Builder
	fmt.Fprintf(&b, "\n%s, model trained on %d development items: ", other, len(dev))
	rules := askRules(&b, data)
	for _, o := range []learn.Options{learn.Defaults, {MinCount: 3, Epochs: 30, Rate: 0.2, L2: 1e-3}} {
		m := trainAsks(t, dev, devFeats, func(askItem) bool { return true }, o)
		probs := make([]float64, len(data))
		for i, a := range data {
			probs[i] = m.Prob(askFeatures(a.item))[0]
		}
		fmt.Fprintf(&b, "\noptions %+v\n", o)
		askTable(&b, data, probs, rules)
	}
	t.Log(b.String())
}
