package index

import (
	"context"
	"time"

	"github.com/blevesearch/bleve/v2/analysis/analyzer/standard"
)

// FacetTableFile is the facet table's file name, for tests.
const FacetTableFile = facetTableFile

// BleveOnly makes ix answer every search through bleve alone, without its
// facet table, so tests can compare the two on one index.
func BleveOnly(ix *Index) { ix.bleveOnly = true }

// TrustFiles turns off the check of the segment files before each read,
// so tests can meet a fault itself and see it recovered.
func TrustFiles(ix *Index) { ix.dmg.trust = true }

// Token is one term an analyser made, at its position.
type Token struct {
	Term string
	Pos  int
}

// Analysers names the index's analysers, for the query evaluator.
var Analysers = struct{ Text, Words, Starts, Publisher string }{textAnalyzer, wordsAnalyzer, startsAnalyzer, standard.Name}

// Tokens is what an analyser of the index makes of text, with positions.
func Tokens(ix *Index, analyzer, text string) []Token {
	var out []Token
	for _, tok := range ix.bi.Mapping().AnalyzerNamed(analyzer).Analyze([]byte(text)) {
		out = append(out, Token{string(tok.Term), tok.Position})
	}
	return out
}

// EditDistance is the Levenshtein distance suggestions rank by.
var EditDistance = editDistance

// ChecksumsRead is how many segment files have been read whole to verify
// their checksums.
func ChecksumsRead() int64 { return checksumsRead.Load() }

// SplitDocs is the index size from which a table search scans in two
// parts, for tests to force the split on a small index.
var SplitDocs = &splitDocs

// SearchTexts are the values an item's text fields index, for the query
// evaluator.
var SearchTexts = searchTexts

// TopDocs is how many documents of highest impact a term's bound keeps,
// for tests to shrink so that a small library's common terms have more.
var TopDocs = &topDocs

// BoundSlack widens the bounds of pruned searches, for tests to shrink
// them and see the pruned page change.
var BoundSlack = &boundSlack

// TypedScanOnly turns the pruned search of a typed word off (or on
// again), for tests to compare its answers with the scan of every match.
func TypedScanOnly(off bool) { typedScanOnly.Store(off) }

// TopPageProofs is how many typed pages were proven with every match a
// candidate, by the bound, and by ties.
func TopPageProofs() (whole, bound, ties int64) {
	return topPageProofs[proofWhole].Load(), topPageProofs[proofBound].Load(), topPageProofs[proofTies].Load()
}

// JointPages is how many typed pages were proven by the levels their
// terms are held at together.
func JointPages() int64 { return topPageProofs[proofLevels].Load() }

// JointUnused turns off (or back on) the proof of a typed page by the
// levels its terms are held at together.
func JointUnused(off bool) { jointUnused.Store(off) }

// JointScale scales the bounds read from levels held together, for tests
// to shrink them and see pages change.
var JointScale = &jointScale

// TieRuleUnchecked leaves out (or puts back) the checks of the tie rule's
// witness and of the documents numbered before the page's last, for tests
// to see wrong pages when they are left out.
func TieRuleUnchecked(off bool) { tieRuleUnchecked.Store(off) }

// PairsUnread makes (or no longer makes) every two open terms of a typed
// search cliques apart, as if no document left out of the candidates held
// both, for tests to see wrong pages when the pairs are not read.
func PairsUnread(on bool) { pairsUnread.Store(on) }

// TypedScanShare is how many matches a candidate of a typed page must
// stand for, for tests to set to 0 and try every page.
var TypedScanShare = &typedScanShare

// TypedPrunedPages is how many typed searches' pages were found pruned.
func TypedPrunedPages() int64 { return typedPrunedPages.Load() }

// TypedTotals is, for text typed with the request's filters, the total
// counted from the postings' bitmaps and the total of the one-pass scan
// over the facet table; ok is false where the query is not one word's
// disjunction of terms or keeps a filter the table does not check.
func TypedTotals(ctx context.Context, ix *Index, text string, r Request) (bitmap, scanned int, ok bool, err error) {
	t := ix.facetTable()
	if t == nil {
		return 0, 0, false, nil
	}
	c, err := ix.compile(text, true)
	if err != nil {
		return 0, 0, false, err
	}
	tree, terms, ok, err := typedTree(t.snap, c.q)
	if err != nil || !ok {
		return 0, 0, false, err
	}
	filters, rest := tableFilters(ctx, t, r)
	if withFilters(c.q, rest) != c.q {
		return 0, 0, false, nil
	}
	bitmap, _, _, ok, err = bitmapTotal(ctx, t, tree, terms, filters)
	if err != nil || !ok {
		return 0, 0, ok, err
	}
	var page []scored
	err = ix.scanAll(ctx, t, c.q, filters, nil, 0, &page, &scanned)
	return bitmap, scanned, true, err
}

// LevelsUnused turns off (or back on) the search of a conjunction's page
// among each term's documents of highest impact within its matches.
func LevelsUnused(off bool) { levelsUnused.Store(off) }

// WithinScale scales the bounds a term's impact levels give within a
// conjunction's matches, for tests to shrink them and see pages change.
var WithinScale = &withinScale

// WithinPages is how many conjunctions' pages were proven within their
// matches.
func WithinPages() int64 { return withinPages.Load() }

// LookMappedEvery sets how often BoundMapped looks, for a test that
// builds in less than its usual interval; it returns the way back.
func LookMappedEvery(d time.Duration) (restore func()) {
	old := mappedEvery
	mappedEvery = d
	return func() { mappedEvery = old }
}

// TableSpansUnused turns off (or back on) reading a table search's
// matched spans by document number, for tests to compare them with the
// spans found by the hits' ids.
func TableSpansUnused(off bool) { tableSpansUnused.Store(off) }

// TableSpanned is how many hits had their matched spans read by
// document number.
func TableSpanned() int64 { return tableSpanned.Load() }

// ImpactsUnused turns off (or back on) scoring a typed page's candidates
// from their terms' impacts: they are scored by bleve's searcher advanced
// over the postings.
func ImpactsUnused(off bool) { impactsUnused.Store(off) }

// ImpactScored is how many candidates were scored from their impacts.
func ImpactScored() int64 { return impactScored.Load() }

// AnalysedSpanned is how many hits had their spans read from their
// stored text (termSpans).
func AnalysedSpanned() int64 { return analysedSpanned.Load() }

// ImpactScale scales the impacts candidates are scored from.
var ImpactScale = &impactScale

// TextWalkShare is how many postings a walk for a page's spans may step
// through a byte of its hits' texts before they are read from the texts.
var TextWalkShare = &textWalkShare
