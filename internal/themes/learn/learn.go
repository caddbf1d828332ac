// Package learn trains a linear classifier per theme from hand-labelled
// items: logistic regression over an item's stemmed words, word pairs,
// heading words and kind, learnt by stochastic gradient descent in a
// fixed order for a fixed number of passes, with no randomness, so the
// same labels always give the same weights.
//
// Package themes embeds the model trained on the whole development set
// (Compact) and lets it add a theme beside the word rules when it
// is nearly sure; internal/quality's TestThemeModelFile regenerates it
// and TestThemeModelCV measures, by document folds of the development
// set, how the two do together on documents the model was not trained on.
package learn

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/themes"
)

// Features are the features of an item the model weighs; see
// themes.Features, which tagging uses too.
func Features(it evidence.Item) []string { return themes.Features(it) }

// DocFeatures are an item's Features and its document's themes; see
// themes.DocFeatures, which TagItems uses too.
func DocFeatures(it evidence.Item, doc []string) []string { return themes.DocFeatures(it, doc) }

// Model is one logistic regression per theme over Features.
type Model struct {
	// IDs are the theme ids, in the order of Bias and of each weight row.
	IDs  []string
	Bias []float64
	// Weights maps a feature to its weight for each theme.
	Weights map[string][]float64
}

// Prob returns the probability of each theme, in IDs' order, for an item
// with the features.
func (m *Model) Prob(features []string) []float64 {
	z := slices.Clone(m.Bias)
	for _, f := range features {
		for k, w := range m.Weights[f] {
			z[k] += w
		}
	}
	for k := range z {
		z[k] = 1 / (1 + math.Exp(-z[k]))
	}
	return z
}

// Example is one labelled item: its features and the themes a careful
// reader gave it.
type Example struct {
	Features []string
	Themes   []string
}

// Options tune training.
type Options struct {
	// MinCount drops a feature seen in fewer examples: a word seen once or
	// twice names one document, not a theme.
	MinCount int
	// Epochs is the number of passes over the examples.
	Epochs int
	// Rate is the learning rate of the first pass; it falls as 1/(1+pass).
	Rate float64
	// L2 pulls each weight an example touches towards zero.
	L2 float64
}

// Defaults are the options TestThemeModelCV reports first.
var Defaults = Options{MinCount: 3, Epochs: 30, Rate: 0.2, L2: 3e-3}

// Train learns a model for the theme ids from the examples, taken in
// their order.
func Train(examples []Example, ids []string, o Options) *Model {
	count := map[string]int{}
	for _, e := range examples {
		for _, f := range e.Features {
			count[f]++
		}
	}
	var feats []string
	for f, n := range count {
		if n >= o.MinCount {
			feats = append(feats, f)
		}
	}
	slices.Sort(feats)
	index := make(map[string]int, len(feats))
	for i, f := range feats {
		index[f] = i
	}
	type row struct {
		x []int
		y []float64
	}
	rows := make([]row, len(examples))
	for i, e := range examples {
		var r row
		for _, f := range e.Features {
			if j, ok := index[f]; ok && !slices.Contains(r.x, j) {
				r.x = append(r.x, j)
			}
		}
		r.y = make([]float64, len(ids))
		for k, id := range ids {
			if slices.Contains(e.Themes, id) {
				r.y[k] = 1
			}
		}
		rows[i] = r
	}
	n := len(ids)
	w := make([]float64, len(feats)*n)
	bias := make([]float64, n)
	z := make([]float64, n)
	for epoch := 0; epoch < o.Epochs; epoch++ {
		rate := o.Rate / float64(1+epoch)
		for _, r := range rows {
			copy(z, bias)
			for _, j := range r.x {
				for k := 0; k < n; k++ {
					z[k] += w[j*n+k]
				}
			}
			for k := 0; k < n; k++ {
				// The explicit conversions forbid fused multiply-adds,
				// whose rounding differs between architectures.
				g := float64(1/(1+math.Exp(-z[k]))) - r.y[k]
				bias[k] -= float64(rate * g)
				for _, j := range r.x {
					v := w[j*n+k]
					w[j*n+k] = v - float64(rate*float64(g+float64(o.L2*v)))
				}
			}
		}
	}
	m := &Model{IDs: slices.Clone(ids), Bias: bias, Weights: map[string][]float64{}}
	for i, f := range feats {
		ws := w[i*n : (i+1)*n]
		if slices.ContainsFunc(ws, func(v float64) bool { return math.Abs(v) >= 0.005 }) {
			m.Weights[f] = slices.Clone(ws)
		}
	}
	return m
}

// header opens an encoded model.
const header = "# cypx theme model 1"

// Encode writes the model as text: a header, the ids, the biases, then
// one line per feature, features sorted, with its weight for each theme
// in hundredths. Decode(Encode(m)) is m with its weights so rounded.
func (m *Model) Encode() []byte {
	var b bytes.Buffer
	fmt.Fprintln(&b, header)
	fmt.Fprintf(&b, "ids %s\n", strings.Join(m.IDs, " "))
	b.WriteString("bias")
	for _, w := range m.Bias {
		b.WriteString(" " + hundredths(w))
	}
	b.WriteByte('\n')
	feats := make([]string, 0, len(m.Weights))
	for f := range m.Weights {
		feats = append(feats, f)
	}
	slices.Sort(feats)
	for _, f := range feats {
		b.WriteString(f)
		for _, w := range m.Weights[f] {
			b.WriteString("\t" + hundredths(w))
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

func hundredths(w float64) string {
	return strconv.FormatFloat(math.Round(w*100)+0, 'f', 0, 64)
}

// Compact writes the model in the form package themes embeds and
// reads: themes.ModelHeader, the number of themes and each id (its length
// and bytes), each bias, the number of features, then for each feature,
// sorted, the length of the prefix it shares with the one before, the
// length and bytes of the rest, and its weight for each theme; counts are
// unsigned varints, biases and weights signed varints in hundredths, as
// Encode rounds them.
func (m *Model) Compact() []byte {
	b := []byte(themes.ModelHeader)
	b = binary.AppendUvarint(b, uint64(len(m.IDs)))
	for _, id := range m.IDs {
		b = binary.AppendUvarint(b, uint64(len(id)))
		b = append(b, id...)
	}
	for _, w := range m.Bias {
		b = binary.AppendVarint(b, int64(math.Round(w*100)))
	}
	feats := slices.Sorted(maps.Keys(m.Weights))
	b = binary.AppendUvarint(b, uint64(len(feats)))
	prev := ""
	for _, f := range feats {
		shared := 0
		for shared < len(prev) && shared < len(f) && prev[shared] == f[shared] {
			shared++
		}
		b = binary.AppendUvarint(b, uint64(shared))
		b = binary.AppendUvarint(b, uint64(len(f)-shared))
		b = append(b, f[shared:]...)
		for _, w := range m.Weights[f] {
			b = binary.AppendVarint(b, int64(math.Round(w*100)))
		}
		prev = f
	}
	return b
}

// Decode reads a model written by Encode.
func Decode(data []byte) (*Model, error) {
	m := &Model{Weights: map[string][]float64{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		s := sc.Text()
		var err error
		switch {
		case line == 1:
			if s != header {
				return nil, fmt.Errorf("line 1: not a theme model")
			}
		case line == 2:
			m.IDs = strings.Fields(strings.TrimPrefix(s, "ids "))
		case line == 3:
			m.Bias, err = parseWeights(strings.Fields(strings.TrimPrefix(s, "bias ")), len(m.IDs))
		default:
			f, rest, _ := strings.Cut(s, "\t")
			m.Weights[f], err = parseWeights(strings.Split(rest, "\t"), len(m.IDs))
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: %v", line, err)
		}
	}
	if len(m.IDs) == 0 || len(m.Bias) != len(m.IDs) {
		return nil, fmt.Errorf("no ids or biases")
	}
	return m, sc.Err()
}

func parseWeights(fields []string, n int) ([]float64, error) {
	if len(fields) != n {
		return nil, fmt.Errorf("%d weights for %d themes", len(fields), n)
	}
	out := make([]float64, n)
	for i, f := range fields {
		v, err := strconv.Atoi(f)
		if err != nil {
			return nil, err
		}
		out[i] = float64(v) / 100
	}
	return out, nil
}
