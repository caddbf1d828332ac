// Package index is the bleve search index of evidence items: an explicit,
// versioned mapping; building in memory or on disk with scorch; and a
// Search API that takes a Request of free text and filters and returns
// evidence.Items with facet counts and the byte spans of matched words.
//
// bleve stays inside this package: hits are turned back into domain types
// before they leave it.
package index

import (
	"bytes"
	"strconv"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/standard"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/edgengram"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	unicodetok "github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
	cypxquery "github.com/cypx/cypx/internal/query"
	"github.com/cypx/cypx/internal/themes"
)

// MappingVersion changes whenever the mapping or the stored document
// changes; an index built under another version is rebuilt.
const MappingVersion = 23 // 13: a table row's text fields also hold its header row; 14: "A&E" is one term; 15: terms without format characters; 16: nor other invisible characters; 17: an outline's figure keeps its Aim; 18: an outline keeps the item's CitesFrom; 19: and its primary's page; 20: text read without Markdown's inline marks; 21: and with character references, a break between words and nested emphasis read as shown; 22: and a Markdown hard line break (two spaces or a backslash) read as a blank; 23: a backslash escape honoured before ASCII punctuation only, and an inline HTML comment read as nothing

// startsAnalyzer keeps the first one and two letters of each word.
const startsAnalyzer = "cypx_starts"

// textAnalyzer is bleve's English analyzer (possessives, lower case, stop
// words, Porter stems) reading "A&E" and "A+E" as one term (see
// joinedFilter); wordsAnalyzer is its unstemmed kin (bleve's standard
// analyzer, so joined).
const (
	textAnalyzer  = "cypx_en"
	wordsAnalyzer = "cypx_words"
)

// joinedCharFilter names joinedFilter in bleve's registry.
const joinedCharFilter = "cypx_joined"

// joinedFilter makes the '&' or '+' between two letters ("A&E", "R&D",
// "A+E") an underscore, which the tokenizer keeps inside a word: the term
// is one word where it was "a", a stop word dropped, and "e", so a search
// for A&E found every item holding a lone E (Plan E, e-learning). The
// rule is the query's (query.Joined), so either spelling finds both.
type joinedFilter struct{}

func (joinedFilter) Filter(b []byte) []byte { return cypxquery.Joined(b) }

// formatCharFilter and unformatTokenFilter name in bleve's registry the
// two halves of reading a word through the invisible characters a page or
// PDF leaves inside it (evidence.Ignorable): a soft hyphen, a zero-width
// space or joiner, a bidi control, a combining grapheme joiner, a
// variation selector. "wait\u00ading" was the
// term "wait\u00ading", so a search for waiting missed the item; with a
// zero-width space it was "wait" and "ing". The stored text keeps them
// (a quote is the source's bytes): the terms leave them out.
const (
	formatCharFilter    = "cypx_format"
	unformatTokenFilter = "cypx_unformat"
)

// formatFilter makes each zero-width space (U+200B), which the
// tokenizer reads as a break between words, a word joiner (U+2060), the
// same three bytes long, which it reads inside a word as Unicode's word
// rules read every other format character: so offsets stay the text's.
type formatFilter struct{}

func (formatFilter) Filter(b []byte) []byte {
	if !bytes.Contains(b, zeroWidthSpace) {
		return b
	}
	return bytes.ReplaceAll(b, zeroWidthSpace, []byte("\u2060"))
}

var zeroWidthSpace = []byte("\u200b")

// unformatFilter leaves the invisible characters out of each term, and a
// term of nothing else out of the stream; a token's offsets still cover
// the word as written, so a match is highlighted whole.
type unformatFilter struct{}

func (unformatFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	out := in[:0]
	for _, t := range in {
		if bytes.IndexFunc(t.Term, isFormat) >= 0 {
			t.Term = bytes.Map(func(r rune) rune {
				if isFormat(r) {
					return -1
				}
				return r
			}, t.Term)
			if len(t.Term) == 0 {
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

func isFormat(r rune) bool { return evidence.Ignorable(r) }

func init() {
	err := registry.RegisterCharFilter(joinedCharFilter, func(map[string]interface{}, *registry.Cache) (analysis.CharFilter, error) {
		return joinedFilter{}, nil
	})
	if err == nil {
		err = registry.RegisterCharFilter(formatCharFilter, func(map[string]interface{}, *registry.Cache) (analysis.CharFilter, error) {
			return formatFilter{}, nil
		})
	}
	if err == nil {
		err = registry.RegisterTokenFilter(unformatTokenFilter, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
			return unformatFilter{}, nil
		})
	}
	if err != nil {
		panic(err)
	}
}

// Version identifies what an index was built by: the mapping, and the
// extractor and tagger that produced its items.
var Version = strconv.Itoa(MappingVersion) + "." + strconv.Itoa(extract.Version) + "." + strconv.Itoa(themes.Version)

// Field names, which are also the names users type in field:value queries.
const (
	FieldText      = "text"   // stemmed English text, for relevance
	FieldWords     = "words"  // the same text unstemmed, for prefixes of half-typed words
	FieldStarts    = "starts" // the first one and two letters of every word, for the shortest prefixes
	FieldKind      = "kind"
	FieldSource    = "source"
	FieldTheme     = "theme"
	FieldActor     = "actor"
	FieldPublisher = "publisher"
	// FieldPublisherWords holds the publisher's words in lower case, so
	// publisher:cqc and publisher:"nhs providers" find theirs.
	FieldPublisherWords = "publisher_words"
	FieldType           = "type"
	FieldYear           = "year"
	FieldValue          = "value" // the figures' values
	FieldDate           = "date"  // YYYY-MM-DD, for newest-first order
	FieldSeq            = "seq"   // position in the source, for document order
	FieldHash           = "hash"  // the part of the id after "#", so ids can be given short
	// FieldMeasure holds the terms of the figures' measure keys, each
	// with its unit and age band (measure.Key.IndexTerms), for
	// Request.Measures.
	FieldMeasure = "measure"
	fieldDoc     = "doc" // the item as JSON, stored and not indexed
	// fieldOutline is what Request.Admit reads of an item with figures
	// (see outline.go), stored and not indexed.
	fieldOutline = "outline"
)

// fieldHeader, fieldHeaderWords and fieldHeaderStarts hold a table row's
// header row as FieldText, FieldWords and FieldStarts hold its text: a
// query of the text asks them too, weighted down (see orHeader), so a row
// of figures is found by the words that say what its cells are.
const (
	fieldHeader       = "header"
	fieldHeaderWords  = "header_words"
	fieldHeaderStarts = "header_starts"
)

func newMapping() mapping.IndexMapping {
	text := bleve.NewTextFieldMapping()
	text.Analyzer = textAnalyzer
	text.Store = true // highlighting reads the stored text
	text.IncludeTermVectors = true
	text.IncludeInAll = false
	text.DocValues = false

	words := bleve.NewTextFieldMapping()
	words.Analyzer = wordsAnalyzer
	words.Store = false
	words.IncludeTermVectors = true
	words.IncludeInAll = false
	words.DocValues = false

	// A prefix query of one or two letters expands to thousands of terms;
	// indexing each word's first one and two letters makes it one term.
	starts := bleve.NewTextFieldMapping()
	starts.Analyzer = startsAnalyzer
	starts.Store = false
	starts.IncludeTermVectors = false
	starts.IncludeInAll = false
	starts.DocValues = false

	keywordField := func() *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = false
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		return f
	}
	number := func() *mapping.FieldMapping {
		f := bleve.NewNumericFieldMapping()
		f.Store = false
		f.IncludeInAll = false
		return f
	}
	stored := bleve.NewTextFieldMapping()
	stored.Index = false
	stored.Store = true
	stored.IncludeInAll = false
	stored.IncludeTermVectors = false
	stored.DocValues = false

	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(FieldText, text)
	doc.AddFieldMappingsAt(FieldWords, words)
	doc.AddFieldMappingsAt(FieldStarts, starts)
	// A header's words are never highlighted, so it is not stored; its
	// stemmed words keep positions for phrases, and its plain words are
	// only looked up by prefix, pattern and spelling.
	header := *text
	header.Store = false
	headerWords := *words
	headerWords.IncludeTermVectors = false
	headerStarts := *starts
	doc.AddFieldMappingsAt(fieldHeader, &header)
	doc.AddFieldMappingsAt(fieldHeaderWords, &headerWords)
	doc.AddFieldMappingsAt(fieldHeaderStarts, &headerStarts)
	publisherWords := bleve.NewTextFieldMapping()
	publisherWords.Analyzer = standard.Name
	publisherWords.Store = false
	publisherWords.IncludeTermVectors = true // phrases need positions
	publisherWords.IncludeInAll = false
	publisherWords.DocValues = false
	doc.AddFieldMappingsAt(FieldPublisherWords, publisherWords)
	for _, f := range []string{FieldKind, FieldSource, FieldTheme, FieldActor, FieldPublisher, FieldType, FieldDate, FieldHash} {
		doc.AddFieldMappingsAt(f, keywordField())
	}
	// Measure terms are only looked up, never counted or sorted on.
	measureField := keywordField()
	measureField.DocValues = false
	doc.AddFieldMappingsAt(FieldMeasure, measureField)
	for _, f := range []string{FieldYear, FieldValue, FieldSeq} {
		doc.AddFieldMappingsAt(f, number())
	}
	doc.AddFieldMappingsAt(fieldDoc, stored)
	doc.AddFieldMappingsAt(fieldOutline, stored)

	im := bleve.NewIndexMapping()
	if err := im.AddCustomTokenFilter("edge12", map[string]interface{}{"type": edgengram.Name, "min": 1.0, "max": 2.0}); err != nil {
		panic(err)
	}
	for name, filters := range map[string][]string{
		startsAnalyzer: {unformatTokenFilter, lowercase.Name, "edge12"},
		textAnalyzer:   {unformatTokenFilter, en.PossessiveName, lowercase.Name, en.StopName, porter.Name},
		wordsAnalyzer:  {unformatTokenFilter, lowercase.Name, en.StopName},
	} {
		if err := im.AddCustomAnalyzer(name, map[string]interface{}{
			"type": custom.Name, "char_filters": []string{joinedCharFilter, formatCharFilter}, "tokenizer": unicodetok.Name, "token_filters": filters,
		}); err != nil {
			panic(err) // the definitions above are constant
		}
	}
	im.DefaultMapping = doc
	im.DefaultAnalyzer = textAnalyzer
	im.DefaultField = FieldText
	im.IndexDynamic = false
	im.StoreDynamic = false
	im.DocValuesDynamic = false
	return im
}
