package extract

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
	"github.com/cypx/cypx/internal/themes"
	"github.com/cypx/cypx/internal/themes/learn"
)

// The learned furniture model: a logistic regression, trained by package
// learn on the development set's sentences the gold calls page furniture
// against those it calls a statistic, recommendation or excerpt. The
// rules above know furniture by the forms their documents used; a
// document of another writer words its sign-up line, byline or helpline
// otherwise, and the rules, written against the set, catch all of its
// furniture and on documents they never saw much less. The model weighs
// every word, word pair, heading word and the sentence's shape, so it
// has a say where no rule's words are; it has it only when nearly sure
// (FurnitureAbove, chosen by cross-validating over the set's documents:
// the lowest threshold at which no finding was dropped), never over a
// recommendation and never over a sentence with a figure, whose loss
// costs more than a furniture line kept. furniture.model is generated
// from the development set (go generate, below) and internal/quality's
// TestFurnitureModelFile fails when it is not what the set trains.
//
//go:generate env CYPX_FURNITURE_MODEL=write go test ../quality -run TestFurnitureModelFile
//go:embed furniture.model
var furnitureModelData []byte

// FurnitureAbove is the probability above which the furniture model
// drops a sentence as page furniture.
const FurnitureAbove = 0.95

// FurnitureLabel is the one label the furniture model learns.
const FurnitureLabel = "furniture"

var furnitureModel = sync.OnceValue(func() *learn.Model {
	m, err := learn.Decode(furnitureModelData)
	if err != nil || len(m.IDs) != 1 || m.IDs[0] != FurnitureLabel {
		// A model cut short is no model: the rules decide alone.
		return nil
	}
	return m
})

var (
	phoneShapeRe = lazyre.New(`\b0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}\b|\+44`)
	emailShapeRe = lazyre.New(`\S@\S+\.\S`)
	urlShapeRe   = lazyre.New(`(?i)https?://|www\.|\.(?:org|com|uk|gov|nhs)\b`)
	youShapeRe   = lazyre.New(`(?i)\b(?:you|your|yours)\b`)
	weShapeRe    = lazyre.New(`(?i)\b(?:we|our|us)\b`)
)

// FurnitureFeatures are the features the furniture model weighs for a
// sentence of a block: the themes model's words, word pairs and section
// heading words, the sentence's length, whether it has digits, a phone
// number, an e-mail or web address, speaks to the reader ("you") or as
// "we", its block's kind, and whether its block is among the document's
// first or last three (at is the block's index of blocks).
func FurnitureFeatures(sentence, section string, kind corpus.BlockKind, at, blocks int) []string {
	f := themes.Features(evidence.Item{Text: sentence, Section: section})
	if n := len(f); n > 0 && strings.HasPrefix(f[n-1], "k:") {
		f = f[:n-1]
	}
	switch words := countFields(sentence); {
	case words <= 5:
		f = append(f, "x:len<=5")
	case words <= 12:
		f = append(f, "x:len<=12")
	case words <= 30:
		f = append(f, "x:len<=30")
	default:
		f = append(f, "x:len>30")
	}
	if strings.ContainsAny(sentence, "0123456789") {
		f = append(f, "x:digit")
	}
	for _, c := range []struct {
		re   *lazyre.Regexp
		name string
	}{{phoneShapeRe, "x:phone"}, {emailShapeRe, "x:email"}, {urlShapeRe, "x:url"}, {youShapeRe, "x:you"}, {weShapeRe, "x:we"}} {
		if c.re.Get().MatchString(sentence) {
			f = append(f, c.name)
		}
	}
	if at < 3 {
		f = append(f, "x:first")
	}
	if at >= blocks-3 {
		f = append(f, "x:last")
	}
	return append(f, "x:block "+kind.String())
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
// sentence s of block b is page furniture. The caller keeps a
// recommendation whatever the model says; a sentence with a figure is
// kept here.
func (x *extractor) learnedFurniture(s string, b corpus.Block, section string) bool {
	m := furnitureModel()
	if m == nil || countFields(s) > 60 {
		return false
	}
	if m.Prob(FurnitureFeatures(s, section, b.Kind, x.para, len(x.doc.Blocks)))[0] <= FurnitureAbove {
		return false
	}
	return len(Figures(s)) == 0
}
