// Package extract turns a source's blocks into evidence items: statistics
// (the sentence holding a figure, with the figure parsed), recommendations
// (with the actors they address) and excerpts (the paragraphs in between).
//
// Every item's text is an exact substring of the source body: extraction
// chooses where a quote starts and ends, never what it says.
package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
)

// Version changes whenever extraction would give different items for the
// same text, so that cached indexes built by an older extractor are rebuilt.
const Version = 2

// MinExcerptWords is the shortest run of prose kept as an excerpt; shorter
// runs are captions, sign-offs and links rather than evidence.
const MinExcerptWords = 8

var leadInRe = lazyRegexp(`(?i)recommend`)

// Extract returns the items of one document in document order.
func Extract(doc corpus.Document) []evidence.Item {
	x := extractor{doc: doc, ids: map[string]int{}}
	x.run()
	return x.items
}

type extractor struct {
	doc   corpus.Document
	items []evidence.Item
	ids   map[string]int
	para  int // the block being read
}

func (x *extractor) run() {
	section := x.doc.Source.Section
	recContext := leadInRe.get().MatchString(x.doc.Source.Section)
	labelled := false // the previous block was a "Recommendation:" label
	leadIn := ""      // a paragraph introducing a list of recommendations
	for i, b := range x.doc.Blocks {
		x.para = i
		switch b.Kind {
		case corpus.Heading:
			section = b.Text
			if leadInRe.get().MatchString(b.Text) {
				recContext = true
			}
			labelled, leadIn = false, ""
			continue
		case corpus.Paragraph:
			if labelRe.get().MatchString(b.Text) && strings.TrimSpace(labelRe.get().ReplaceAllString(b.Text, "")) == "" {
				labelled = true
				continue
			}
		}
		wasLabelled := labelled
		labelled = false
		switch {
		case wasLabelled:
			x.add(b, 0, len(b.Text), evidence.Recommendation, section, "")
		case b.Kind == corpus.Paragraph && labelRe.get().MatchString(b.Text):
			// "Recommendation: Government should..." on one line.
			skip := len(labelRe.get().FindString(b.Text))
			x.add(b, skip, len(b.Text), evidence.Recommendation, section, "")
		case b.Kind == corpus.ListItem && b.Number != "" && (recContext || isRecommendationSentence(b.Text)):
			x.add(b, 0, len(b.Text), evidence.Recommendation, section, "")
		case b.Kind == corpus.ListItem && leadIn != "":
			x.add(b, 0, len(b.Text), evidence.Recommendation, section, leadIn)
		default:
			x.sentences(b, section)
		}
		if b.Kind == corpus.Paragraph {
			leadIn = ""
			if strings.HasSuffix(strings.TrimSpace(b.Text), ":") && leadInRe.get().MatchString(b.Text) &&
				i+1 < len(x.doc.Blocks) && x.doc.Blocks[i+1].Kind == corpus.ListItem {
				leadIn = b.Text
			}
		}
	}
}

// sentences classifies each sentence of a block; runs of sentences that are
// neither statistic nor recommendation become one excerpt.
func (x *extractor) sentences(b corpus.Block, section string) {
	runStart := -1
	runEnd := 0
	flush := func() {
		if runStart >= 0 && len(strings.Fields(b.Text[runStart:runEnd])) >= MinExcerptWords {
			// An excerpt is made of sentences without figures.
			x.addWith(b, runStart, runEnd, evidence.Excerpt, section, "", []evidence.Figure{})
		}
		runStart = -1
	}
	for _, sp := range Sentences(b.Text) {
		s := b.Text[sp.start:sp.end]
		if isRecommendationSentence(s) {
			flush()
			x.add(b, sp.start, sp.end, evidence.Recommendation, section, "")
			continue
		}
		switch figs := Figures(s); {
		case len(figs) > 0:
			flush()
			x.addWith(b, sp.start, sp.end, evidence.Statistic, section, "", figs)
		default:
			if runStart < 0 {
				runStart = sp.start
			}
			runEnd = sp.end
		}
	}
	flush()
}

// add makes an item from b.Text[start:end].
func (x *extractor) add(b corpus.Block, start, end int, kind evidence.Kind, section, leadIn string) {
	x.addWith(b, start, end, kind, section, leadIn, Figures(b.Text[start:end]))
}

// addWith is add with the figures already found.
func (x *extractor) addWith(b corpus.Block, start, end int, kind evidence.Kind, section, leadIn string, figs []evidence.Figure) {
	text := b.Text[start:end]
	it := evidence.Item{
		Kind:    kind,
		Source:  x.doc.Source,
		Section: section,
		Text:    text,
		Offset:  b.Offset + start,
		Line:    b.Line + strings.Count(b.Text[:start], "\n"),
		Seq:     len(x.items),
		Para:    x.para,
		Page:    b.Page,
		Figures: figs,
		Actors:  []evidence.Actor{},
		Themes:  []string{},
	}
	if it.Figures == nil {
		it.Figures = []evidence.Figure{}
	}
	if kind == evidence.Statistic {
		it.Cites = citedWork(text, x.doc.Source.Publisher)
	}
	if kind == evidence.Recommendation {
		it.Number = b.Number
		if a := recommendationActors(text, leadIn); len(a) > 0 {
			it.Actors = a
		}
	}
	it.ID = x.id(text)
	x.items = append(x.items, it)
}

// inTextCitationRe finds Harvard in-text citations: "(Health Foundation, 2024)".
var inTextCitationRe = lazyRegexp(`\(([A-Z][\p{L}&’'. -]{1,80}), (\d{4}[a-z]?)\)`)

// citedWork is the work a statistic attributes its figure to: the one
// in-text citation it holds, when that names someone other than the
// publisher. With none, or several, the figure is the publisher's own.
func citedWork(text, publisher string) string {
	m := inTextCitationRe.get().FindAllStringSubmatch(text, -1)
	if len(m) != 1 || strings.EqualFold(strings.TrimSpace(m[0][1]), publisher) {
		return ""
	}
	return strings.TrimSpace(m[0][1]) + ", " + m[0][2]
}

// id is the source id and a hash of the text, so the same text in the same
// source keeps its id across runs and edits elsewhere in the file.
func (x *extractor) id(text string) string {
	sum := sha256.Sum256([]byte(text))
	id := x.doc.Source.ID + "#" + hex.EncodeToString(sum[:4])
	x.ids[id]++
	if n := x.ids[id]; n > 1 {
		id += "-" + strconv.Itoa(n)
	}
	return id
}
