package extract

import (
	_ "embed"
	"maps"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/themes/learn"
)

// The learned furniture model: a logistic regression, trained by package
// learn on the development set's sentences the gold calls page furniture
// against those it calls a statistic, recommendation or excerpt. The
// furniture rules (furniture*.go) know furniture by the forms their
// documents used; a writer they never read words a sign-up line, a
// byline or a helpline otherwise, and the rules catch all of the set's
// furniture but much less of other documents'. The model weighs every
// word, word pair and heading word of a sentence and its shape and place
// (FurnitureFeatures), so it has a say where no rule's words are. It has
// it only when nearly sure (FurnitureAbove: of the thresholds tried by
// cross-validating over the set's documents, the lowest at which no
// finding was dropped), never over a recommendation and never over a
// sentence with a figure, whose loss costs more than a furniture line
// kept. furniture.model is generated from the development set (go
// generate, below) and internal/quality's TestFurnitureModelFile fails
// when it is not what the set trains.
//
//go:generate env CYPX_FURNITURE_MODEL=write go test ../quality -run TestFurnitureModelFile
//go:embed furniture.model
var furnitureModelData []byte

// FurnitureAbove is the probability above which the furniture model
// drops a sentence as page furniture.
const FurnitureAbove = 0.97

// FurnitureLabel is the one label the furniture model learns.
const FurnitureLabel = "furniture"

// furnitureWeights is the decoded model: each feature's index into
// weights, so that a feature met twice in a sentence counts once, as in
// training.
type furnitureWeights struct {
	bias    float64
	index   map[string]int32
	weights []float64
}

var furnitureModel = sync.OnceValue(func() *furnitureWeights {
	m, err := learn.Decode(furnitureModelData)
	if err != nil || len(m.IDs) != 1 || m.IDs[0] != FurnitureLabel {
		// A model cut short is no model: the rules decide alone.
		return nil
	}
	w := &furnitureWeights{bias: m.Bias[0], index: make(map[string]int32, len(m.Weights))}
	for _, f := range slices.Sorted(maps.Keys(m.Weights)) {
		w.index[f] = int32(len(w.weights))
		w.weights = append(w.weights, m.Weights[f][0])
	}
	return w
})

// prob is the model's probability that the sentence is furniture.
func (m *furnitureWeights) prob(sentence, section string, kind corpus.BlockKind, at, blocks int) float64 {
	var seenArr [512]int32
	seen := seenArr[:0]
	var buf [128]byte
	eachFurnitureFeature(buf[:0], sentence, section, kind, at, blocks, func(f []byte) {
		if j, ok := m.index[string(f)]; ok {
			seen = append(seen, j)
		}
	})
	slices.Sort(seen)
	z := m.bias
	for i, j := range seen {
		if i == 0 || seen[i-1] != j {
			z += m.weights[j]
		}
	}
	return 1 / (1 + math.Exp(-z))
}

// FurnitureFeatures are the features the furniture model weighs for a
// sentence of a block, each once, in the order first met: its words
// lowered ("w:thank"), a run of digits "<n>", and adjacent pairs of them
// ("b:thank you"); its section heading's words ("h:contact"); its length
// ("x:len<=12"); whether it has digits, a phone number, an e-mail or web
// address, speaks to the reader ("you") or as "we"; whether its block is
// among the document's first or last three (at is the block's index of
// blocks); and its block's kind.
func FurnitureFeatures(sentence, section string, kind corpus.BlockKind, at, blocks int) []string {
	var out []string
	eachFurnitureFeature(nil, sentence, section, kind, at, blocks, func(f []byte) {
		if s := string(f); !slices.Contains(out, s) {
			out = append(out, s)
		}
	})
	return out
}

// eachFurnitureFeature calls emit with each feature of FurnitureFeatures,
// perhaps more than once, built in buf, which emit must not keep.
func eachFurnitureFeature(buf []byte, sentence, section string, kind corpus.BlockKind, at, blocks int, emit func([]byte)) {
	var prevArr [64]byte
	prev := prevArr[:0]
	words, you, we := 0, false, false
	eachLowerWord(sentence, func(w []byte) {
		words++
		switch string(w) {
		case "you", "your", "yours":
			you = true
		case "we", "our", "us":
			we = true
		}
		buf = append(append(buf[:0], "w:"...), w...)
		emit(buf)
		if len(prev) > 0 {
			buf = append(append(append(append(buf[:0], "b:"...), prev...), ' '), w...)
			emit(buf)
		}
		prev = append(prev[:0], w...)
	})
	eachLowerWord(section, func(w []byte) {
		buf = append(append(buf[:0], "h:"...), w...)
		emit(buf)
	})
	x := func(name string) {
		buf = append(append(buf[:0], "x:"...), name...)
		emit(buf)
	}
	switch {
	case words <= 5:
		x("len<=5")
	case words <= 12:
		x("len<=12")
	case words <= 30:
		x("len<=30")
	default:
		x("len>30")
	}
	if strings.ContainsAny(sentence, "0123456789") {
		x("digit")
		if hasPhone(sentence) {
			x("phone")
		}
	}
	if i := strings.IndexByte(sentence, '@'); i > 0 && strings.IndexByte(sentence[i:], '.') > 0 {
		x("email")
	}
	if strings.Contains(sentence, "http") || strings.Contains(sentence, "www.") ||
		strings.Contains(sentence, ".org") || strings.Contains(sentence, ".uk") || strings.Contains(sentence, ".com") {
		x("url")
	}
	if you {
		x("you")
	}
	if we {
		x("we")
	}
	if at < 3 {
		x("first")
	}
	if at >= blocks-3 {
		x("last")
	}
	x("block " + kind.String())
}

// eachLowerWord calls f with each run of letters and digits of text,
// lowered, a run without letters as "<n>"; f must not keep the word.
func eachLowerWord(text string, f func([]byte)) {
	var wordArr [64]byte
	w := wordArr[:0]
	letters := false
	end := func() {
		if len(w) > 0 {
			if !letters {
				w = append(w[:0], "<n>"...)
			}
			f(w)
		}
		w, letters = w[:0], false
	}
	for _, r := range text {
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
			letters = letters || r >= 'a'
			w = append(w, byte(r))
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			letters = true
			w = append(w, byte(r+'a'-'A'))
		case r >= utf8.RuneSelf && unicode.IsLetter(r):
			letters = true
			w = utf8.AppendRune(w, unicode.ToLower(r))
		case r >= utf8.RuneSelf && unicode.IsDigit(r):
			w = utf8.AppendRune(w, r)
		default:
			end()
		}
	}
	end()
}

// hasPhone reports a phone number as the masks read one (eachPhone), so
// the model and the figure rules agree on what a number to ring is.
func hasPhone(s string) bool {
	found := false
	eachPhone(s, func(int, int) bool {
		found = true
		return false
	})
	return found
}

// SentenceTexts is text cut into the sentences extraction reads.
func SentenceTexts(text string) []string {
	var out []string
	for _, sp := range Sentences(text) {
		out = append(out, text[sp.start:sp.end])
	}
	return out
}

// learnedFurniture reports whether the furniture model is nearly sure
// sentence s of block b is page furniture. The caller asks it only of a
// sentence that is no recommendation and has no figure.
func (x *extractor) learnedFurniture(s string, b corpus.Block, section string) bool {
	m := furnitureModel()
	return m != nil && countFields(s) <= 60 && m.prob(s, section, b.Kind, x.para, len(x.doc.Blocks)) > FurnitureAbove
}
