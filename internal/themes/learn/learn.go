// Package learn trains a linear classifier per theme from hand-labelled
// items: logistic regression over an item's stemmed words, word pairs,
// heading words and kind, learnt by stochastic gradient descent in a
// fixed order for a fixed number of passes, with no randomness, so the
// same labels always give the same weights.
//
// It measures whether such a model, combined with the word rules of
// package themes, files findings better than the rules alone on
// documents it was not trained on (internal/quality's TestThemeModelCV,
// by document folds of the development set). On that measure it did not
// pay, and cypx tags with the rules alone; the package stays so the
// measurement can be repeated as the set grows.
package learn

import (
	"bufio"
	"bytes"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/themes"
)

// Features are the features of an item the model weighs: its stemmed
// words ("w:wait") and adjacent pairs of them ("b:wait list"), the words
// of its section heading and table header ("h:camh"), and its kind
// ("k:statistic"). Numbers are one word, "<n>"; acronyms keep their
// capitals. Each feature is listed once, in the order first seen.
func Features(it evidence.Item) []string {
	seen := map[string]bool{}
	var out []string
	add := func(f string) {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	prev := ""
	for _, w := range words(it.Text) {
		add("w:" + w)
		if prev != "" {
			add("b:" + prev + " " + w)
		}
		prev = w
	}
	for _, w := range words(it.Section + " " + it.Header) {
		add("h:" + w)
	}
	add("k:" + string(it.Kind))
	return out
}

// words splits text into runs of letters and digits, dropping the lone
// "s" of a possessive, and stems each the way themes matches terms.
func words(text string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		switch {
		case w == "s" || w == "S":
			continue
		case strings.IndexFunc(w, unicode.IsLetter) < 0:
			w = "<n>"
		case isAcronym(w):
		default:
			w = themes.Stem(strings.ToLower(w))
		}
		out = append(out, w)
	}
	return out
}

// isAcronym reports a word of two or more capitals (digits allowed).
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r):
		default:
			return false
		}
	}
	return letters >= 2
}

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
