package links

import (
	"context"
	"fmt"
	"github.com/cypx/cypx/internal/lazyre"
	"slices"
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/measure"
)

// Verdict is what comparing two figures of one measure found.
type Verdict int

// The verdicts of Compare.
const (
	// NotComparable: another measure, group, place, or periods that
	// neither match nor follow one another.
	NotComparable Verdict = iota
	// SameValue: the same period and values equal within their rounding.
	SameValue
	// OtherValue: the same period and values that differ beyond it.
	OtherValue
	// OtherPeriod: periods that follow one another.
	OtherPeriod
)

// Compare decides how two figures of items in different sources stand:
// rel says whether the sources are one study (coverage of a report, a
// citation of it), which lets a figure whose text leaves its group or
// period unsaid take the other's. Precision comes first: a disagreement is
// only claimed when both measures match, no place differs, and both
// periods are known to be the same (or one study leaves one unsaid).
func Compare(f, g evidence.Figure, rel measure.Related) Verdict {
	if !mayBeOneMeasure(f, g) {
		return NotComparable
	}
	return CompareKeyed(f, g, measure.ParseKey(f.Key), measure.ParseKey(g.Key), rel)
}

// CompareKeyed is Compare with the figures' keys already read (kf is
// f's, kg g's): a comparison table compares one figure with hundreds, and
// reading its key again for each was a tenth of the table's time at
// 100,000 items (BenchmarkFigureTable).
func CompareKeyed(f, g evidence.Figure, kf, kg measure.Key, rel measure.Related) Verdict {
	if !mayBeOneMeasure(f, g) || !measure.Match(kf, kg, rel) {
		return NotComparable
	}
	return comparePeriods(f, g, measure.ParsePeriod(f.Period), measure.ParsePeriod(g.Period), rel)
}

// CompareParsed is CompareKeyed with the figures' periods read too (pf is
// f's, pg g's): a measure's table sets each of its rows against every
// other, and reading both periods again for each pair was a third of
// its time.
func CompareParsed(f, g evidence.Figure, kf, kg measure.Key, pf, pg measure.Period, rel measure.Related) Verdict {
	if !mayBeOneMeasure(f, g) || !measure.Match(kf, kg, rel) {
		return NotComparable
	}
	return comparePeriods(f, g, pf, pg, rel)
}

// FigureParts are what CompareRead reads of a figure besides its key and
// period: whether it is a rate per some number and its span, each read
// once for a figure compared with many.
type FigureParts struct {
	rate bool
	span measure.Span
}

// PartsOf reads a figure's FigureParts.
func PartsOf(f evidence.Figure) FigureParts {
	return FigureParts{measure.RateBase(f) > 0, measure.SpanOf(f)}
}

// Agrees reports two figures whose values agree (measure.Agree): of one
// time, CompareRead gives them SameValue if anything, and two that do
// not agree another value or none.
func (p FigureParts) Agrees(q FigureParts) bool { return p.span.Agrees(q.span) }

// CompareRead is CompareParsed of two figures whose keys measure.Match
// pairs for rel, as the caller found (asking it once for the many figures
// of two keys it compares), with each figure's parts read (PartsOf):
// gathering a measure's figures compares each with many of its own
// source, and reading their texts and spans again for each pair was a
// third of its time.
func CompareRead(f, g evidence.Figure, rf, rg FigureParts, pf, pg measure.Period, rel measure.Related) Verdict {
	if !mayBeOneParsed(f, g, rf.rate, rg.rate) {
		return NotComparable
	}
	return compareSpans(f, g, rf.span, rg.span, pf, pg, rel)
}

// SamePeriod reports two figures' periods (pf, pg) that Compare takes for
// one time, the only times it claims another value for: the same months,
// or within one study, a time one leaves unsaid.
func SamePeriod(pf, pg measure.Period, rel measure.Related) bool {
	return pf.Equal(pg) || rel == measure.SameStudy && (pf.IsZero() || pg.IsZero())
}

// comparePeriods is Compare of two figures of one measure, by their
// periods and values.
func comparePeriods(f, g evidence.Figure, pf, pg measure.Period, rel measure.Related) Verdict {
	return compareSpans(f, g, measure.SpanOf(f), measure.SpanOf(g), pf, pg, rel)
}

// compareSpans is comparePeriods with the figures' spans (measure.Span)
// already read, for a caller comparing each figure with many.
func compareSpans(f, g evidence.Figure, sf, sg measure.Span, pf, pg measure.Period, rel measure.Related) Verdict {
	if measure.OtherPlaces(f, g) {
		// Values of two places are never one measure's: no trend, no
		// disagreement, whatever the keys share (a council's name kept
		// in a measure's words rather than its place, hostile check 67).
		return NotComparable
	}
	samePeriod := SamePeriod(pf, pg, rel)
	agree := sf.Agrees(sg)
	if f.Aim != g.Aim && (samePeriod || pf.IsZero() && pg.IsZero() || (pf.IsZero() || pg.IsZero()) && f.Value == g.Value) {
		// An aim is never compared with a measured value of its time:
		// what a body hoped for is neither the same finding as what was
		// found nor another value of it ("58% … (Ambition: 75%)" is no
		// disagreement). A measured value of one time and an aim for a
		// later one still make a trend (hostile check 67).
		return NotComparable
	}
	switch {
	case samePeriod && agree:
		return SameValue
	case samePeriod:
		return OtherValue
	case pf.IsZero() && pg.IsZero() && agree:
		// Neither says when; the same value for one measure is the same
		// finding repeated, which is what coverage does most.
		return SameValue
	case (pf.IsZero() || pg.IsZero()) && f.Value == g.Value && f.Place != "" && f.Place == g.Place:
		// One says when and the other not, of another study: the very
		// value of one measure in one named place agrees with it (a
		// value merely within its rounding may be of another time, as
		// 16.7% and 18% are), though it never disagrees with a value of
		// any time. Before (hostile check 67) England's 71% stated by
		// two sources, one of 2023 and one undated ("…, compared with
		// 71% in England"), was no measure two sources state in `cypx
		// figures England`.
		return SameValue
	case f.Role != evidence.RoleChange && g.Role != evidence.RoleChange && (pf.Before(pg) || pg.Before(pf)):
		return OtherPeriod
	}
	return NotComparable
}

// mayBeOneParsed is mayBeOneMeasure with whether each figure is a rate
// per some number (rf, rg) already read: a pack asks it of every pair of
// statistics of a measure, and reading their texts for "per" each time
// was a sixth of its time.
func mayBeOneParsed(f, g evidence.Figure, rf, rg bool) bool {
	if f.Key == "" || g.Key == "" || !findingRole(f.Role) || !findingRole(g.Role) || rf != rg {
		return false
	}
	return f.Place == "" || g.Place == "" || f.Place == g.Place
}

// findingRole reports a role whose figure states a finding that can be
// compared: not a base, an end of a range, or a threshold (the "four
// weeks" of "72% were seen within four weeks", the limit the share is
// counted against, which two sources may set differently and never
// disagree by).
func findingRole(r evidence.Role) bool {
	return r != evidence.RoleBase && r != evidence.RoleRange && r != evidence.RoleThreshold
}

// mayBeOneMeasure is what Compare asks before the keys are read: both
// have one, neither is a base, part of a range or a threshold, and no
// place differs.
func mayBeOneMeasure(f, g evidence.Figure) bool {
	if f.Key == "" || g.Key == "" || !findingRole(f.Role) || !findingRole(g.Role) {
		return false
	}
	// A rate per some number and a figure per none ("3.5 per 1,000" and
	// "3.5") cannot be told the same or other: measure.Agree compares
	// rates as shares of one.
	if (measure.RateBase(f) > 0) != (measure.RateBase(g) > 0) {
		return false
	}
	return f.Place == "" || g.Place == "" || f.Place == g.Place
}

// Relation says whether two items' sources are one study for Compare:
// parts of one report, coverage of the other, or a citation of its body.
func (e *Engine) Relation(it, c evidence.Item) measure.Related {
	return e.relation(&it, &c)
}

// relation is Relation of items not copied: a pack's disagreements ask it
// of every pair of statistics of a measure.
func (e *Engine) relation(it, c *evidence.Item) measure.Related {
	about, isCoverage := e.sources[it.Source.About]
	switch {
	case sameReport(it.Source, c.Source),
		isCoverage && sameReport(about, c.Source),
		c.Source.About != "" && sameReport(e.sources[c.Source.About], it.Source),
		citesSource(it.Cites, c.Source), citesSource(c.Cites, it.Source):
		return measure.SameStudy
	}
	return measure.Unrelated
}

// figureLinks compares each figure of it with each of c's and makes a
// link for each pair of one measure: same-finding, disagrees or trend.
// Items of one report are not compared: its figures are parts of one
// account, not sources checking one another.
func (e *Engine) figureLinks(it, c evidence.Item) []Link {
	return e.figureLinksKeyed(nil, it, figureKeys(it), c)
}

// figureKeys reads the keys of an item's figures, in order.
func figureKeys(it evidence.Item) []measure.Key {
	keys := make([]measure.Key, len(it.Figures))
	for i, f := range it.Figures {
		keys[i] = measure.ParseKey(f.Key)
	}
	return keys
}

// figureLinksKeyed is figureLinks with it's keys read once (figureKeys),
// for the hundreds of items a comparison table compares it with, its
// links appended to out (which the caller may reuse: a link holds an item
// whole, and one new slice a candidate was garbage).
func (e *Engine) figureLinksKeyed(out []Link, it evidence.Item, keys []measure.Key, c evidence.Item) []Link {
	if it.Kind != evidence.Statistic || c.Kind != evidence.Statistic || sameReport(it.Source, c.Source) {
		return out
	}
	rel := e.Relation(it, c)
	coveredBy := c.Source.About != "" && sameReport(e.sources[c.Source.About], it.Source)
	var small [8]bool
	used := small[:0] // each of c's figures is compared once, with the first that matches
	if len(c.Figures) > len(small) {
		used = make([]bool, 0, len(c.Figures))
	}
	used = used[:len(c.Figures)]
	var cKeys []measure.Key // c's keys, read when a pair first gets that far
	for i, f := range it.Figures {
		for j, g := range c.Figures {
			if used[j] || !mayBeOneMeasure(f, g) {
				continue
			}
			if cKeys == nil {
				cKeys = figureKeys(c)
			}
			v := CompareKeyed(f, g, keys[i], cKeys[j], rel)
			if v == NotComparable {
				continue
			}
			if v == OtherValue {
				// A figure that leaves its time unsaid may be of any of
				// c's times: the one it agrees with is its match, not the
				// first other value (a story's 35.8% and its report's
				// 31.2% of 2022/23, beside 35.8% of 2023/24).
				for k := j + 1; k < len(c.Figures); k++ {
					if !used[k] && mayBeOneMeasure(f, c.Figures[k]) && CompareKeyed(f, c.Figures[k], keys[i], cKeys[k], rel) == SameValue {
						j, g, v = k, c.Figures[k], SameValue
						break
					}
				}
			}
			used[j] = true
			l := Link{Item: c, Score: 1, Compared: &Comparison{Figure: f, Other: g}}
			switch v {
			case SameValue:
				l.Type = SameFinding
				l.Reason = "same figure for this measure (" + f.Badge() + " here, " + g.Badge() + ") " + e.reportedBy(c, coveredBy, false)
			case OtherValue:
				l.Type = Disagrees
				l.Reason = DisagreeReason(it, f, c, g)
			case OtherPeriod:
				l.Type = Trend
				l.Reason = trendReason(it, f, c, g, sourceName)
			}
			out = append(out, l)
			break
		}
	}
	return out
}

// DisagreeReason names both values and both sources:
// "46% (Tes, 2024) against 44% (DHSC, 2024) for the same measure, group and period (April 2024)".
// Sources are named by their Harvard author and year until the items are
// resolved and cited: see Link.ReasonNamed.
func DisagreeReason(it evidence.Item, f evidence.Figure, c evidence.Item, g evidence.Figure) string {
	return disagreeReason(it, f, c, g, sourceName)
}

// sourceName names an item by its own source, as the engine knows it
// before the item is resolved.
func sourceName(it evidence.Item) string { return evidence.CitationLabel(it.Source) }

func disagreeReason(it evidence.Item, f evidence.Figure, c evidence.Item, g evidence.Figure, name func(evidence.Item) string) string {
	when := f.Period
	if when == "" {
		when = g.Period
	}
	r := fmt.Sprintf("another value: %s (%s) against %s (%s) for the same measure", g.Badge(), name(c), f.Badge(), name(it))
	if when != "" {
		r += ", " + when
	}
	return r
}

// trendReason gives the direction and both values in time order:
// "trend: up from 35% (April 2023, DHSC, 2023) to 44% (April 2024, DHSC, 2024)".
func trendReason(it evidence.Item, f evidence.Figure, c evidence.Item, g evidence.Figure, name func(evidence.Item) string) string {
	first, firstIt, then, thenIt := f, it, g, c
	if measure.ParsePeriod(g.Period).Before(measure.ParsePeriod(f.Period)) {
		first, firstIt, then, thenIt = g, c, f, it
	}
	return fmt.Sprintf("trend: %s from %s (%s, %s) to %s (%s, %s)", Direction(first, then),
		first.Badge(), first.Period, name(firstIt), then.Badge(), then.Period, name(thenIt))
}

// ReasonNamed is the link's reason with the items it names — it, the
// item whose link it is, and the linked item — named by name: the words
// that cite them where they are shown (evidence.ItemLabel). The
// engine builds a reason before the linked item's primary is known, from
// the sources alone, so a news story was "(Reporter, 2024)" in its reason
// where every citation of it said "(Smith and Doe, 2024; reported by
// Reporter, 2024)". Reasons that name no
// item by its citation are returned as they are.
func (l Link) ReasonNamed(it evidence.Item, name func(evidence.Item) string) string {
	if l.Compared == nil {
		return l.Reason
	}
	switch l.Type {
	case Disagrees:
		return disagreeReason(it, l.Compared.Figure, l.Item, l.Compared.Other, name)
	case Trend:
		return trendReason(it, l.Compared.Figure, l.Item, l.Compared.Other, name)
	}
	return l.Reason
}

// Direction is a trend's direction read from its figures: "up", "down"
// or "unchanged", earlier period first; "" when the periods are not ordered.
func Direction(f, g evidence.Figure) string {
	pf, pg := measure.ParsePeriod(f.Period), measure.ParsePeriod(g.Period)
	if pg.Before(pf) {
		f, g = g, f
	} else if !pf.Before(pg) {
		return ""
	}
	switch {
	case measure.Agree(f, g):
		return "unchanged"
	case g.Value < f.Value:
		return "down"
	}
	return "up"
}

// maxMeasureItems bounds the items one measure search returns. The
// search finds only items sharing most of a figure's measure terms with
// its unit and age band; a bound reached would leave comparisons out, so
// it is set far above what a measure gathers (see BenchmarkFigureTable).
const maxMeasureItems = 5000

// Figures are the links that compare the figures of it with other
// items' — primary-source, same-finding, disagrees and trend — strongest
// first, without For's searches for similar items: what a comparison
// table (f in the explorer) and a pack's note on a disagreement need.
// Which figures compare is decided by Compare over every item the index
// holds a possibly matching measure for (measureCandidates), where For
// compares only the items most like it: in the bundled corpus and the
// figures set the two give the same links, and in a large library
// Figures gives every comparison. Same findings told by shared words are
// judged among the items sharing a figure value that are most like it,
// as For judges them.
func (e *Engine) Figures(ctx context.Context, it evidence.Item) ([]Link, error) {
	fl, err := e.figures(ctx, it)
	if err != nil {
		return nil, err
	}
	if err := e.measureLinks(ctx, it, fl, nil); err != nil {
		return nil, err
	}
	if it.Kind == evidence.Statistic && len(it.Figures) > 0 {
		weights, err := e.ix.TermWeights(ctx, it.Text)
		if err != nil {
			return nil, err
		}
		res, err := e.ix.Search(ctx, sameValues(it, topTerms(weights, likeTerms)))
		if err != nil {
			return nil, err
		}
		about, isCoverage := e.sources[it.Source.About]
		for _, h := range res.Hits {
			if isCoverage && sameReport(about, h.Item.Source) {
				continue // compared whole by figures, as For leaves it
			}
			if l, ok := e.judge(it, h.Item, 0, 0); ok && l.Type == SameFinding && l.Compared != nil {
				fl.add([]Link{l})
			}
		}
	}
	sortLinks(fl.out)
	return fl.out, nil
}

// measureLinks adds to fl the comparisons Compare makes between the
// figures of a statistic and those of every item the index holds a
// possibly matching measure for (measureCandidates). Figures and For both
// make them, so the linked findings (l, cypx links) never leave out a
// disagreement the comparison table and a pack's note give: For compared
// only the items a similarity search ranked most like it, and a report
// giving 45% for a measure lost its link to one giving 10–15% as soon as
// the second report held a few other statistics.
func (e *Engine) measureLinks(ctx context.Context, it evidence.Item, fl *figureLinker, pool *measurePool) error {
	if it.Kind != evidence.Statistic {
		return nil
	}
	if keys := statKeys(it); pool == nil && !e.asBefore && len(keys) > 0 {
		s, err := e.measureSet(ctx, keys)
		if err != nil {
			return err
		}
		if s != nil {
			e.measureSetLinks(&it, s, fl)
			return nil
		}
	}
	cands, capped, err := e.measureCandidates(ctx, it, pool)
	if err != nil {
		return err
	}
	fl.capped = capped
	about, isCoverage := e.sources[it.Source.About]
	keys := figureKeys(it)
	fl.out = slices.Grow(fl.out, len(cands)) // most candidates link once
	var buf []Link
	for i := range cands {
		h := &cands[i] // a hit holds its item whole: not copied
		if h.Item.ID == it.ID || isCoverage && sameReport(about, h.Item.Source) {
			continue // compared with the rest of its report, in its order
		}
		buf = e.figureLinksKeyed(buf[:0], it, keys, h.Item)
		fl.add(buf)
	}
	return nil
}

// figureLinker gathers links, each pair of figures once, the first way
// found: the primary source's, then the records' comparison, then shared
// words.
type figureLinker struct {
	out    []Link
	linked map[comparedPair]bool
	// capped says the measure search found more than it keeps
	// (maxMeasureItems): the links compare the first page alone.
	capped bool
}

func (fl *figureLinker) add(ls []Link) {
	for _, l := range ls {
		if k := comparedKey(l); !fl.linked[k] {
			fl.linked[k] = true
			fl.out = append(fl.out, l)
		}
	}
}

// figures starts the links of it with what For and Figures share: its
// primary-source links, then, for coverage, the comparisons Compare makes
// with every statistic of the report it covers.
func (e *Engine) figures(ctx context.Context, it evidence.Item) (*figureLinker, error) {
	primary, report, err := e.primaryLinks(ctx, it)
	if err != nil {
		return nil, err
	}
	fl := &figureLinker{linked: map[comparedPair]bool{}}
	fl.add(primary)
	if it.Kind != evidence.Statistic {
		return fl, nil
	}
	about, isCoverage := e.sources[it.Source.About]
	if isCoverage {
		// The figures of the report it covers, compared whole as
		// PrimaryLinks judges it: agreement, another value, another time.
		// PrimaryLinks read them all, in the order a search for the
		// report's statistics gives them, unless the report was too long.
		if report == nil {
			res, err := e.ix.Search(ctx, index.Request{Sources: e.reportSources(about), Kinds: []evidence.Kind{evidence.Statistic},
				Limit: maxReportItems})
			if err != nil {
				return nil, err
			}
			report = res.Hits
		}
		for _, h := range report {
			fl.add(e.figureLinks(it, h.Item)) // a statistic only: figureLinks compares no other kind
		}
	}
	return fl, nil
}

// measureCandidates are the statistics with a figure that may be of one
// of the measures of it's figures: every item with a figure Compare could
// find comparable with one of them (index.Request.Measures), best first.
// For compares only the items most like it, which in a small library is
// every item that compares (TestFiguresIsForsComparisons) and keeps the
// linked view's cost flat in a large one, where a measure repeated across
// thousands of generated sources would add a hundred links an item.
func (e *Engine) measureCandidates(ctx context.Context, it evidence.Item, pool *measurePool) (hits []index.Hit, capped bool, err error) {
	keys := statKeys(it)
	if len(keys) == 0 {
		return nil, false, nil
	}
	req := index.Request{Measures: keys, Kinds: []evidence.Kind{evidence.Statistic}, Limit: maxMeasureItems}
	if hits, ok, err := pool.get(ctx, e.ix, req); err != nil || ok {
		// The search's page before Admit, read whole once for every
		// statistic of the pack with these measure keys. Admit is not
		// asked: an item it refuses is one measureLinks makes no link
		// with (figureLinksKeyed compares the same pairs), so asking it
		// compared each pair twice. The pool is shared, not copied:
		// measureLinks passes over it itself, leaving it out.
		return hits, false, err
	}
	if pool.unpooled(keys) {
		// The statistic searches alone, and Admit would read up to
		// maxMeasureItems outlines to refuse them one by one. When every
		// match is of its own source, Admit refuses them all (sameReport):
		// two counts say so without the page. One source's table of 6,000
		// statistics of one measure exported 200 of them in 55 s.
		if pool.ownOnly(keys, it.Source.ID) {
			return nil, false, nil
		}
		if own, err := e.onlyOwnSource(ctx, it, req); err != nil || own {
			return nil, false, err
		}
	}
	req.Admit = e.mayLink(it)
	res, err := e.ix.Search(ctx, req)
	if err != nil {
		return nil, false, err
	}
	capped = res.Total > len(res.Hits)
	out := res.Hits[:0] // in place: a hit holds its item whole
	for _, h := range res.Hits {
		if h.Item.ID != it.ID {
			out = append(out, h)
		}
	}
	return out, capped, nil
}

// onlyOwnSource reports whether every statistic req's measure search
// finds is of its own source: candidates mayLink refuses, each of them.
// One pass counts the matches by source.
func (e *Engine) onlyOwnSource(ctx context.Context, it evidence.Item, req index.Request) (bool, error) {
	req.Facets, req.FacetsOnly, req.FacetFields = true, true, []string{index.FieldSource}
	res, err := e.ix.Search(ctx, req)
	if err != nil {
		return false, err
	}
	for _, c := range res.Facets[index.FieldSource] {
		if c.Value != it.Source.ID && c.Count > 0 {
			return false, nil
		}
	}
	return true, nil
}

// statKeys are the measure keys of a statistic's figures, in order.
func statKeys(it evidence.Item) []string {
	var keys []string
	for _, f := range it.Figures {
		if f.Key != "" {
			keys = append(keys, f.Key)
		}
	}
	return keys
}

// maxPooledHits bounds the hits a pack's measure pool holds, each a
// few hundred bytes (their items' text is shared: see measurePool.get).
const maxPooledHits = 100_000

// measurePool keeps, for the statistics of a pack whose measure keys
// differ only in their numbers (a trust's area 3 and area 4, a value in
// the measure's words), one measure search for all their keys, read whole
// once for them all (Engine.DisagreementsOf). The search finds every
// figure Compare may pair with any of them, so each statistic's own
// search finds none that it does not; any more it finds make no link.
type measurePool struct {
	group map[string]string      // a statistic's key set: its group, when two or more statistics share it
	keys  map[string][]string    // a group's keys, the search's
	hits  map[string][]index.Hit // a group's search, once made (nil: searched alone)
	// only is, for a group searched alone, the one source every item its
	// search finds is of, when there is one: each statistic of that
	// source then has no candidate (onlyOwnSource), without a search.
	only  map[string]string
	items map[string]evidence.Item // each item read, held once
	held  int
	// rest are the key sets of the pack's statistics that no other
	// statistic shares a group with: a wide pool's groups (widePool).
	rest []string
	// anyWord asks the pool's searches with index.Request.MeasuresAnyWord
	// (a wide pool's).
	anyWord bool
}

// keyNumbersRe is a measure key's numbers ("#45", "#0"), left out when
// statistics are grouped for one search.
var keyNumbersRe = lazyre.New(`#[^\s|]*`)

// get returns the kept hits of the search of req's group; ok is false for
// measure keys no other statistic of the pack groups with, for a search
// that finds more than it keeps, and past the pool's bound: those search
// on their own.
func (p *measurePool) get(ctx context.Context, ix Searcher, req index.Request) ([]index.Hit, bool, error) {
	if p == nil {
		return nil, false, nil
	}
	g, ok := p.groupOf(req.Measures)
	if !ok {
		return nil, false, nil
	}
	if hits, ok := p.hits[g]; ok {
		return hits, hits != nil, nil
	}
	// One set of terms for the group's keys, whatever their numbers: a
	// search for each key's own sets, thousands of them for a measure of
	// thousands of statistics, read each of the measure's items once for
	// each statistic (BenchmarkExportSharedMeasure). It finds more, which
	// make no link.
	req.Measures, req.MeasuresAnyNumber, req.MeasuresAnyWord = p.keys[g], true, p.anyWord
	res, err := ix.Search(ctx, req)
	if err != nil {
		return nil, false, err
	}
	if res.Total > len(res.Hits) {
		// More than a measure search keeps. Every item found of one
		// source: a statistic of it has none but its own source's
		// (onlyOwnSource), which the group's one count says for them
		// all, without reading them.
		count := req
		count.Facets, count.FacetsOnly, count.FacetFields = true, true, []string{index.FieldSource}
		cres, err := ix.Search(ctx, count)
		if err != nil {
			return nil, false, err
		}
		var sources []string
		for _, c := range cres.Facets[index.FieldSource] {
			if c.Count > 0 {
				sources = append(sources, c.Value)
			}
		}
		if len(sources) == 1 {
			p.hits[g], p.only[g] = nil, sources[0]
			return nil, false, nil
		}
		// Of two or more sources, the group's search is read whole, once,
		// within the pool's bound: each statistic searching on its own
		// read and compared a page of the measure (maxMeasureItems), 60
		// to 75 ms of CPU a statistic of a measure two sources state
		// 15,000 times each. Every match is compared, where each
		// statistic's own page left out what ranked past its bound.
		if p.held+res.Total <= maxPooledHits {
			req.Limit = res.Total
			if res, err = ix.Search(ctx, req); err != nil {
				return nil, false, err
			}
		}
	}
	if res.Total > len(res.Hits) || p.held+len(res.Hits) > maxPooledHits {
		p.hits[g] = nil // each statistic searches on its own
		return nil, false, nil
	}
	for i, h := range res.Hits {
		if it, ok := p.items[h.Item.ID]; ok {
			res.Hits[i].Item = it
		} else {
			p.items[h.Item.ID] = h.Item
		}
	}
	p.hits[g] = res.Hits
	p.held += len(res.Hits)
	return res.Hits, true, nil
}

// pool makes a statistic a group of its own, searched and read whole as
// a group of many is (Engine.Others).
func (p *measurePool) pool(it evidence.Item) {
	keys := statKeys(it)
	if len(keys) == 0 {
		return
	}
	set := strings.Join(keys, "\x00")
	g := keyNumbersRe.ReplaceAllString(set, "")
	p.group[set] = g
	p.keys[g] = slices.Compact(slices.Sorted(slices.Values(keys)))
}

// wideGroup is the one group of a wide pool; no key set strips to it.
const wideGroup = "\x01wide"

// widePool is one pool of all the pack's statistics no other shares a
// group with (rest), their keys searched together, once: the search is
// the union of each statistic's own (measuresQuery is a disjunction of
// its keys' sets), so it finds every figure Compare may pair with any of
// them, as a group's does; its search leaves out the words of one
// statistic alone (index.Request.MeasuresAnyWord), or it would ask as many
// sets as statistics. A statistic whose own measure search finds
// more than it keeps was counted over every match by a pool of its own
// (soloCounted): a pack of 50 such statistics, each stating the measure
// in a word of its own, read a measure of 36,000 statistics 50 times,
// 1.7 s and 130 MB each (TestCappedStatisticsOfAPackReadTheMeasureOnce).
func (p *measurePool) widePool() *measurePool {
	w := newMeasurePool(nil)
	w.anyWord = true
	var keys []string
	for _, set := range p.rest {
		w.group[set] = wideGroup
		keys = append(keys, strings.Split(set, "\x00")...)
	}
	slices.Sort(keys)
	w.keys[wideGroup] = slices.Compact(keys)
	return w
}

// covers reports whether a wide pool answers for a statistic of keys as
// its own pool would: its search was read whole, within the pool's bound,
// or found the items of one source alone (measurePool.get).
func (p *measurePool) covers(ctx context.Context, ix Searcher, keys []string) (bool, error) {
	if _, ok := p.groupOf(keys); !ok {
		return false, nil
	}
	req := index.Request{Measures: keys, Kinds: []evidence.Kind{evidence.Statistic}, Limit: maxMeasureItems}
	_, pooled, err := p.get(ctx, ix, req)
	return pooled || p.only[wideGroup] != "", err
}

// groupOf is the group of a statistic's measure keys, when another
// statistic of the pack shares it.
func (p *measurePool) groupOf(keys []string) (string, bool) {
	g, ok := p.group[strings.Join(keys, "\x00")]
	return g, ok
}

// unpooled reports whether keys' group was searched and is not pooled
// (its search found more than it keeps, or the pool was full): each of
// its statistics searches alone.
func (p *measurePool) unpooled(keys []string) bool {
	if p == nil {
		return false
	}
	g, ok := p.groupOf(keys)
	if !ok {
		return false
	}
	hits, searched := p.hits[g]
	return searched && hits == nil
}

// ownOnly reports whether every item the search of keys' group found is
// of source: a statistic of it then has no candidate.
func (p *measurePool) ownOnly(keys []string, source string) bool {
	if p == nil {
		return false
	}
	g, ok := p.groupOf(keys)
	return ok && p.only[g] == source && source != ""
}

// DisagreementsOf returns what finds the links of Figures of type
// disagrees that name the other figure (Link.Compared), in Figures'
// order, for each of items, one item at a time: what a pack's note under
// a contradicted finding cites. The statistics whose figures may be of
// the measures of the items are searched for and read once for each
// group of items whose measure keys differ only in their numbers
// (measurePool), where Figures searches and reads them for each: an
// export of 1,000 statistics of one measure read the same 1,000 items a
// thousand times, 20 s (BenchmarkExportSharedMeasure). The similar items
// Figures judges by shared words give only same findings, so they are
// not searched. It makes every link, each pair of statistics compared:
// a pack's notes take DisagreementsCounted, which gives the same first
// links and their count.
func (e *Engine) DisagreementsOf(ctx context.Context, items []evidence.Item) (func(context.Context, evidence.Item) ([]Link, error), error) {
	of := e.disagreementsOf(newMeasurePool(items))
	return func(ctx context.Context, it evidence.Item) ([]Link, error) {
		ls, _, err := of(ctx, it)
		return ls, err
	}, nil
}

// newMeasurePool groups the statistics of items whose measure keys differ
// only in their numbers for one measure search (measurePool).
func newMeasurePool(items []evidence.Item) *measurePool {
	pool := &measurePool{group: map[string]string{}, keys: map[string][]string{}, hits: map[string][]index.Hit{}, items: map[string]evidence.Item{}, only: map[string]string{}}
	size := map[string]int{}
	for _, it := range items {
		keys := statKeys(it)
		if it.Kind != evidence.Statistic || len(keys) == 0 {
			continue
		}
		set := strings.Join(keys, "\x00")
		if _, ok := pool.group[set]; ok {
			size[pool.group[set]]++
			continue
		}
		g := keyNumbersRe.ReplaceAllString(set, "")
		pool.group[set] = g
		size[g]++
		pool.keys[g] = append(pool.keys[g], keys...)
	}
	for set, g := range pool.group {
		if size[g] < 2 {
			delete(pool.group, set)
			pool.rest = append(pool.rest, set)
		}
	}
	slices.Sort(pool.rest)
	for g, keys := range pool.keys {
		slices.Sort(keys)
		pool.keys[g] = slices.Compact(keys)
	}
	return pool
}

// disagreementsOf is DisagreementsOf with the pack's pool made.
// Its links compare the first page of a measure search alone where the
// search found more than it keeps: capped says so.
func (e *Engine) disagreementsOf(pool *measurePool) func(context.Context, evidence.Item) (ls []Link, capped bool, err error) {
	return func(ctx context.Context, it evidence.Item) ([]Link, bool, error) {
		if it.Kind != evidence.Statistic {
			return nil, false, nil
		}
		fl, err := e.figures(ctx, it)
		if err != nil {
			return nil, false, err
		}
		if err := e.measureLinks(ctx, it, fl, pool); err != nil {
			return nil, false, err
		}
		out := OthersOf(fl.out, AllOthers).Links
		sortLinks(out) // stable: the order they keep among Figures' links
		return out, fl.capped, nil
	}
}

// mayLink says, from an item's outline (index.Request.Admit), whether
// Figures links it with it: figureLinks would compare them, and Compare
// finds some pair of their figures comparable under the relation of their
// sources. An outline holds all that Relation and Compare read, so the
// items it refuses are those that make no link. In BenchmarkFigureTable's
// sample at 100,000 items it admits one in five of a measure's items, and
// only those are read whole.
func (e *Engine) mayLink(it evidence.Item) func(evidence.Item) bool {
	about, isCoverage := e.sources[it.Source.About]
	keys := figureKeys(it) // read once: most pairs stop at Match
	return func(c evidence.Item) bool {
		if c.ID == it.ID || c.Kind != evidence.Statistic || sameReport(it.Source, c.Source) ||
			isCoverage && sameReport(about, c.Source) {
			return false
		}
		rel := e.Relation(it, c)
		for _, g := range c.Figures {
			var kg measure.Key
			read := false
			for i, f := range it.Figures {
				if !mayBeOneMeasure(f, g) {
					continue
				}
				if !read {
					kg, read = measure.ParseKey(g.Key), true
				}
				if CompareKeyed(f, g, keys[i], kg, rel) != NotComparable {
					return true
				}
			}
		}
		return false
	}
}

// sameValues asks for the items sharing a figure value with it that are
// most like it (terms are its most distinctive terms), which For also
// judges among: the candidates of a same finding told by shared words.
func sameValues(it evidence.Item, terms []string) index.Request {
	values := make([]float64, 0, len(it.Figures))
	for _, f := range it.Figures {
		values = append(values, f.Value)
	}
	return index.Request{Like: it.Text, LikeTerms: terms, Values: values, Limit: candidates}
}

// parsedFigures are an item's figures' measure keys and periods, read
// once for a pack's pooled measure search (measurePool.parsed).
type parsedFigures struct {
	keys    []measure.Key
	ids     []int // each key's number in its keyMatcher
	periods []measure.Period
	rates   []bool // a rate per some number (measure.RateBase), read from its text once
	spans   []measure.Span
	// undated says no figure has a period: with an item of another
	// study, none can give another value (SamePeriod).
	undated bool
}

// parseFigures reads the keys and periods of an item's figures, in order,
// numbering the keys in m.
func parseFigures(it evidence.Item, m *keyMatcher) parsedFigures {
	p := parsedFigures{keys: figureKeys(it), ids: make([]int, len(it.Figures)), periods: make([]measure.Period, len(it.Figures)),
		rates: make([]bool, len(it.Figures)), spans: make([]measure.Span, len(it.Figures)), undated: true}
	for i, f := range it.Figures {
		p.periods[i] = measure.ParsePeriod(f.Period)
		p.spans[i] = measure.SpanOf(f)
		p.undated = p.undated && p.periods[i].IsZero()
		p.rates[i] = measure.RateBase(f) > 0
		p.ids[i] = m.id(f.Key, p.keys[i])
	}
	return p
}

// keyMatcher answers measure.Match for keys numbered by their text, each
// pair of texts and relation once: the statistics of a measure a pack
// shares carry a few dozen key texts between a thousand of them, and
// matching each pair of statistics' keys was most of an export's time
// (BenchmarkExportSharedMeasure).
type keyMatcher struct {
	ids map[string]int
	// terms are each key's terms (measure.AllTerms), by its number:
	// measure.MayMatch rules most pairs out from them alone. tids are
	// the same terms numbered (by termIDs), sorted, for mayMatch.
	terms   [][]string
	tids    [][]int32
	termIDs map[string]int32
	// kind is each key's unit and age band, numbered: keys of two never
	// match.
	kind  []int32
	kinds map[[2]string]int32
	// known is, by relation and the keys' numbers, 0 for a pair not yet
	// matched, 1 for keys that do not match, 2 for keys that do. A map
	// of pairs was a fifth of the export's time.
	known [2][][]int8
}

func (m *keyMatcher) id(key string, k measure.Key) int {
	n, ok := m.ids[key]
	if !ok {
		n = len(m.ids)
		m.ids[key] = n
		terms := measure.AllTerms(k)
		m.terms = append(m.terms, terms)
		if m.termIDs == nil {
			m.termIDs, m.kinds = map[string]int32{}, map[[2]string]int32{}
		}
		kind, ok := m.kinds[[2]string{k.Unit, k.Age}]
		if !ok {
			kind = int32(len(m.kinds))
			m.kinds[[2]string{k.Unit, k.Age}] = kind
		}
		m.kind = append(m.kind, kind)
		tids := make([]int32, len(terms))
		for i, t := range terms {
			id, ok := m.termIDs[t]
			if !ok {
				id = int32(len(m.termIDs))
				m.termIDs[t] = id
			}
			tids[i] = id
		}
		slices.Sort(tids)
		m.tids = append(m.tids, tids)
	}
	return n
}

// mayMatch is measure.MayMatch of the keys numbered a and b, their terms
// compared by number: a statistic's pass over the thousands of a measure
// asks it of each, and only the few it passes are read.
func (m *keyMatcher) mayMatch(a, b int) bool {
	if m.kind[a] != m.kind[b] {
		return false
	}
	ta, tb := m.tids[a], m.tids[b]
	return measure.MaySimilar(len(ta), len(tb), measure.SharedSorted(ta, tb))
}

// mayDisagree reports whether figureDisagreements may find a disagreement
// between figures read as pi and pc: some pair of their keys may match
// (mayMatch), which every comparison it makes asks first.
func (m *keyMatcher) mayDisagree(pi, pc *parsedFigures) bool {
	for _, a := range pi.ids {
		for _, b := range pc.ids {
			if m.mayMatch(a, b) {
				return true
			}
		}
	}
	return false
}

// maxKnownKeys bounds the keys whose pairs a keyMatcher keeps (a byte a
// pair and relation, some eight megabytes): past it a pair is matched
// again each time. A measure of 30,000 statistics, each naming its own
// district, has as many key texts, and a byte for each pair of them was
// gigabytes.
const maxKnownKeys = 2048

// match is measure.Match(ka, kb, rel) of the keys numbered a and b.
func (m *keyMatcher) match(a, b int, ka, kb measure.Key, rel measure.Related) bool {
	if rel < 0 || int(rel) >= len(m.known) || a >= maxKnownKeys || b >= maxKnownKeys {
		return measure.MayMatch(ka, kb, m.terms[a], m.terms[b]) && measure.Match(ka, kb, rel)
	}
	rows := m.known[rel]
	for len(rows) <= a {
		rows = append(rows, nil)
	}
	m.known[rel] = rows
	for len(rows[a]) <= b {
		rows[a] = append(rows[a], 0)
	}
	if rows[a][b] == 0 {
		rows[a][b] = 1
		if measure.MayMatch(ka, kb, m.terms[a], m.terms[b]) && measure.Match(ka, kb, rel) {
			rows[a][b] = 2
		}
	}
	return rows[a][b] == 2
}

// compare is CompareParsed of it's figure i and c's figure j, the keys
// matched through m.
func (m *keyMatcher) compare(f, g evidence.Figure, pi, pc *parsedFigures, i, j int, rel measure.Related) Verdict {
	if !mayBeOneParsed(f, g, pi.rates[i], pc.rates[j]) || !m.match(pi.ids[i], pc.ids[j], pi.keys[i], pc.keys[j], rel) {
		return NotComparable
	}
	return compareSpans(f, g, pi.spans[i], pc.spans[j], pi.periods[i], pc.periods[j], rel)
}

// figureDisagreements calls found with the figures (i of it's, j of c's)
// of each link of type disagrees figureLinksKeyed makes between it and
// c, in its order, from figures already read (pi is it's, pc c's). It
// builds no link: a statistic of a measure a pack shares with a thousand
// others made a thousand links, each with its reason written and its
// item copied, to cite five (BenchmarkExportSharedMeasure).
func (e *Engine) figureDisagreements(m *keyMatcher, it *evidence.Item, pi *parsedFigures, c *evidence.Item, pc *parsedFigures, found func(i, j int)) {
	if it.Kind != evidence.Statistic || c.Kind != evidence.Statistic || sameReport(it.Source, c.Source) {
		return
	}
	rel := e.relation(it, c)
	if rel != measure.SameStudy && pi.undated {
		// A figure that says no time gives another value only beside one
		// of its own study (SamePeriod): no pair of these can disagree.
		// Statistics of a huge shared measure that date nothing were
		// each compared with every other for no note (hostile check 48).
		return
	}
	var small [8]bool
	used := small[:0]
	if len(c.Figures) > len(small) {
		used = make([]bool, 0, len(c.Figures))
	}
	used = used[:len(c.Figures)]
	for i, f := range it.Figures {
		for j, g := range c.Figures {
			if used[j] || !mayBeOneParsed(f, g, pi.rates[i], pc.rates[j]) {
				continue
			}
			v := m.compare(f, g, pi, pc, i, j, rel)
			if v == NotComparable {
				continue
			}
			if v == OtherValue {
				// As figureLinksKeyed: a later figure of c it agrees with
				// is its match.
				for k := j + 1; k < len(c.Figures); k++ {
					if !used[k] && mayBeOneParsed(f, c.Figures[k], pi.rates[i], pc.rates[k]) &&
						m.compare(f, c.Figures[k], pi, pc, i, k, rel) == SameValue {
						j, v = k, SameValue
						break
					}
				}
			}
			used[j] = true
			if v == OtherValue {
				found(i, j)
			}
			break
		}
	}
}

// pooledGroup is a pooled measure search's hits as DisagreementsCounted
// reads them, once for every statistic of the group: each hit's figures,
// and the hits by source, in their order, and by class.
type pooledGroup struct {
	figures  []parsedFigures
	sources  []evidence.Source
	bySource [][]int // for each of sources, its hits' places in the search
	// classes are the hits told apart as a statistic's note compares them
	// (by all figureDisagreements reads: source, citation, figures but
	// for their offsets), each class's hits by id; class is each hit's.
	classes []hitClass
	class   []int
	at      map[string]int // each hit's place, by its id
	// ofSource are each source's classes; dated, each source's classes
	// by the periods their figures give; cited, each source's classes
	// whose statistics cite a work (Item.Cites).
	ofSource [][]int
	dated    []map[periodKey][]int
	cited    [][]int
	// mark and stamp tell the classes a pass has met (pooledOthers).
	mark  []int
	stamp int
	// picked holds the classes a pass picks of a source (pooledOthers).
	picked []int
}

// hitKey tells a pooled group's hits apart by class: their source,
// citation, kind and figures but for their offsets, the first two as
// they are (most statistics have one or two) and the rest written out.
type hitKey struct {
	source, cites string
	kind          evidence.Kind
	n             int
	f0, f1        evidence.Figure
	rest          string
}

// hitClass is a class of a pooled group's hits: their places, by id.
type hitClass struct{ hits []int }

// periodKey is a period as measure.Period.Equal reads it: its months.
type periodKey struct {
	from, to int
	open     bool
}

func newPooledGroup(hits []index.Hit, m *keyMatcher) *pooledGroup {
	pg := &pooledGroup{figures: make([]parsedFigures, len(hits)), class: make([]int, len(hits)), at: make(map[string]int, len(hits))}
	at := map[string]int{}
	classes := map[hitKey]int{}
	for k := range hits {
		it := &hits[k].Item
		pg.figures[k] = parseFigures(*it, m)
		pg.at[it.ID] = k
		src := it.Source
		s, ok := at[src.ID]
		if !ok {
			s = len(pg.sources)
			at[src.ID] = s
			pg.sources = append(pg.sources, src)
			pg.bySource = append(pg.bySource, nil)
			pg.ofSource = append(pg.ofSource, nil)
			pg.dated = append(pg.dated, map[periodKey][]int{})
			pg.cited = append(pg.cited, nil)
		}
		pg.bySource[s] = append(pg.bySource[s], k)
		key := hitKey{source: src.ID, cites: it.Cites, kind: it.Kind, n: len(it.Figures)}
		for i, f := range it.Figures {
			f.Offset = 0
			switch i {
			case 0:
				key.f0 = f
			case 1:
				key.f1 = f
			default:
				key.rest += fmt.Sprintf("%#v\x00", f)
			}
		}
		cl, ok := classes[key]
		if !ok {
			cl = len(pg.classes)
			classes[key] = cl
			pg.classes = append(pg.classes, hitClass{})
			pg.ofSource[s] = append(pg.ofSource[s], cl)
			if it.Cites != "" {
				pg.cited[s] = append(pg.cited[s], cl)
			}
			for _, p := range pg.figures[k].periods {
				if w := (periodKey{p.From, p.To, p.Open}); !p.IsZero() && !slices.Contains(pg.dated[s][w], cl) {
					pg.dated[s][w] = append(pg.dated[s][w], cl)
				}
			}
		}
		pg.class[k] = cl
		pg.classes[cl].hits = append(pg.classes[cl].hits, k)
	}
	for _, c := range pg.classes {
		slices.SortFunc(c.hits, func(a, b int) int { return strings.Compare(hits[a].Item.ID, hits[b].Item.ID) })
	}
	pg.mark = make([]int, len(pg.classes))
	return pg
}

// pooledPass is the pass over a pooled group's hits for a statistic's
// note (pooledOthers): it gives offer each disagreement of it with them
// the note may cite, numbered from after pos in the order of its hits'
// ids, and returns how many there are. linked are the pairs of figures
// the statistic's own links compare, which the pass leaves out.
type pooledPass func(e *Engine, m *keyMatcher, it *evidence.Item, pi *parsedFigures, pg *pooledGroup, hits []index.Hit,
	linked map[comparedPair]bool, max, pos int, offer func(id string, pos int, d disagreement)) int

// pooledOthers is the pass over a pooled group's hits for it's note. Hits
// of one class give it the same disagreements (figureDisagreements reads
// nothing else of them), so each class is compared once, its count is
// its disagreements times its hits (less it itself and the pairs linked),
// and of its hits only the first max by id are offered: no later one
// can be among the first max the note cites. And of a source not of its
// study (Engine.relation), only the classes dated as one of it's figures
// are compared, and those citing a work (which may be of its study): a
// figure gives another value only for the same time (SamePeriod). Before,
// each statistic compared every hit: the notes on 2,000 statistics of a
// dated measure 36,000 share took minutes of CPU (hostile check 49).
func (e *Engine) pooledOthers(m *keyMatcher, it *evidence.Item, pi *parsedFigures, pg *pooledGroup, hits []index.Hit,
	linked map[comparedPair]bool, max, pos int, offer func(id string, pos int, d disagreement)) int {
	about, isCoverage := e.sources[it.Source.About]
	var periods []periodKey
	for _, p := range pi.periods {
		if w := (periodKey{p.From, p.To, p.Open}); !p.IsZero() && !slices.Contains(periods, w) {
			periods = append(periods, w)
		}
	}
	n := 0
	var found [][2]int
	// counted are the pairs of the classes compared that disagree, of
	// those whose counts are taken from below: its own class and those
	// of the statistics its links compare. Kept for every class that
	// disagreed, they were a map of thousands of entries for each note of
	// a pack of thousands of statistics of one measure, and most of what
	// the pack's notes allocated (1.2 GB for 3,000).
	var needed map[int]bool
	if k, ok := pg.at[it.ID]; ok {
		needed = map[int]bool{pg.class[k]: true}
	}
	for p := range linked {
		if k, ok := pg.at[p.id]; ok && p.id != it.ID {
			if needed == nil {
				needed = map[int]bool{}
			}
			needed[pg.class[k]] = true
		}
	}
	counted := map[int][][2]int{}
	var cls []int
	for s, src := range pg.sources {
		// A source's statistics are passed over together: its own
		// report's (figureDisagreements compares none) and, for
		// coverage, the report's it covers (compared with the rest of
		// that report).
		if sameReport(it.Source, src) || isCoverage && sameReport(about, src) {
			continue
		}
		cls = pg.ofSource[s]
		if e.relation(it, &evidence.Item{Source: src}) != measure.SameStudy {
			pg.stamp++
			cls = pg.picked[:0] // the group's buffer: a new list for each source of each note was a sixth of their allocations
			for _, w := range periods {
				for _, cl := range pg.dated[s][w] {
					if pg.mark[cl] != pg.stamp {
						pg.mark[cl] = pg.stamp
						cls = append(cls, cl)
					}
				}
			}
			for _, cl := range pg.cited[s] {
				if pg.mark[cl] != pg.stamp {
					pg.mark[cl] = pg.stamp
					cls = append(cls, cl)
				}
			}
			pg.picked = cls
		}
		for _, cl := range cls {
			ks := pg.classes[cl].hits
			r := ks[0]
			if !m.mayDisagree(pi, &pg.figures[r]) {
				continue // no key of it may match one of the class's: none is read
			}
			found = found[:0]
			e.figureDisagreements(m, it, pi, &hits[r].Item, &pg.figures[r], func(i, j int) { found = append(found, [2]int{i, j}) })
			if len(found) == 0 {
				continue
			}
			if needed[cl] {
				counted[cl] = slices.Clone(found)
			}
			n += len(found) * len(ks)
			offered := 0
			for _, k := range ks {
				if offered >= max {
					break
				}
				c := &hits[k].Item
				if c.ID == it.ID {
					continue
				}
				for _, f := range found {
					if !linked[comparedPair{c.ID, it.Figures[f[0]].Offset, c.Figures[f[1]].Offset}] {
						offered++
						offer(c.ID, pos+offered, disagreement{k, f[0], f[1]})
					}
				}
			}
			pos += offered
		}
	}
	// it itself, and the pairs its own links compare, are counted above
	// with their classes: taken away.
	if k, ok := pg.at[it.ID]; ok {
		n -= len(counted[pg.class[k]])
	}
	for p := range linked {
		k, ok := pg.at[p.id]
		if !ok || p.id == it.ID {
			continue
		}
		for _, f := range counted[pg.class[k]] {
			if it.Figures[f[0]].Offset == p.figure && hits[k].Item.Figures[f[1]].Offset == p.other {
				n--
			}
		}
	}
	return n
}

// disagreement is a link of type disagrees not yet made: its candidate
// (an index in the pooled hits) and the figures it compares.
type disagreement struct {
	cand, i, j int
}

// DisagreementsCounted is DisagreementsOf giving, for each of items, its
// Others: only the first max of its links of type disagrees, in the same
// order, and how many it has in all, what a pack's note cites and counts. Where a
// pack's statistics share a measure search (measurePool), each pooled
// item's keys and periods are read once for all of them, and only the
// links cited are made; an export of 1,000 statistics of one measure made
// every statistic's links with all the others, a million, to cite five of
// each (BenchmarkExportSharedMeasure).
func (e *Engine) DisagreementsCounted(ctx context.Context, items []evidence.Item) (func(ctx context.Context, it evidence.Item, max int) (Others, error), error) {
	return e.disagreementsCounted(newMeasurePool(items), false)
}

// disagreementsCounted is DisagreementsCounted with the pack's pool made.
// A statistic no other of the pack shares a measure with, whose measure
// search finds more than it keeps, is counted over every match too, as a
// pool of its own (soloCounted): alone says the pool is one already.
func (e *Engine) disagreementsCounted(pool *measurePool, alone bool) (func(ctx context.Context, it evidence.Item, max int) (Others, error), error) {
	slow := e.disagreementsOf(pool)
	solos := map[string]func(ctx context.Context, it evidence.Item, max int) (Others, error){}
	var wide *measurePool // the pack's statistics no group holds, searched together when one is capped
	var wideCount func(ctx context.Context, it evidence.Item, max int) (Others, error)
	parsed := map[string]*pooledGroup{} // a pooled group's hits' figures, read once
	m := &keyMatcher{ids: map[string]int{}}
	return func(ctx context.Context, it evidence.Item, max int) (Others, error) {
		if it.Kind != evidence.Statistic {
			return Others{}, nil
		}
		keys := statKeys(it)
		group, pooled := pool.groupOf(keys)
		var hits []index.Hit
		if pooled && len(keys) > 0 {
			var err error
			req := index.Request{Measures: keys, Kinds: []evidence.Kind{evidence.Statistic}, Limit: maxMeasureItems}
			if hits, pooled, err = pool.get(ctx, e.ix, req); err != nil {
				return Others{}, err
			}
		}
		if !pooled && len(keys) > 0 && !alone {
			// A statistic no group holds is counted in the pack's wide
			// pool where that was read whole: its own measure search,
			// and the pass over its page, cost 20 ms a statistic, whose
			// notes over 2,000 statistics of huge measures took 42 s.
			if wide == nil {
				wide = pool.widePool()
				var err error
				if wideCount, err = e.disagreementsCounted(wide, true); err != nil {
					return Others{}, err
				}
			}
			if ok, err := wide.covers(ctx, e.ix, keys); err != nil {
				return Others{}, err
			} else if ok {
				return wideCount(ctx, it, max)
			}
		}
		if !pooled || len(keys) == 0 {
			ls, capped, err := slow(ctx, it)
			if err != nil {
				return Others{}, err
			}
			if capped && !alone {
				set := strings.Join(keys, "\x00")
				count, ok := solos[set]
				if !ok {
					count, _ = e.soloCounted(it)
					solos[set] = count
				}
				return count(ctx, it, max)
			}
			return OthersOf(ls, max), nil
		}
		pg, ok := parsed[group]
		if !ok {
			pg = newPooledGroup(hits, m)
			parsed[group] = pg
		}
		fl, err := e.figures(ctx, it)
		if err != nil {
			return Others{}, err
		}
		first := OthersOf(fl.out, AllOthers).Links // fl's disagreements, in its order
		// The first max of first and the pooled disagreements, in
		// sortLinks' order (score, highest first, then the linked item's
		// id, then their order): the pooled ones all score 1, and only
		// those kept are held, not one for every other statistic.
		type pick struct {
			score float64
			id    string
			pos   int
			d     disagreement
		}
		less := func(a, b *pick) bool {
			if a.score != b.score {
				return a.score > b.score
			}
			if a.id != b.id {
				return a.id < b.id
			}
			return a.pos < b.pos
		}
		if max < 0 {
			// AllOthers: every one, and no more can be found (a figure
			// of it is paired with at most one of each candidate's).
			max = len(first) + len(hits)*len(it.Figures)
		}
		// best gathers the picks unsorted and is cut to the first max
		// now and then, each cut's last one the bar a later pick must
		// pass: the same first max as an insertion into a sorted list,
		// which for every other value (AllOthers) over a measure of
		// 36,000 statistics compared and moved some 10^8 picks (7 s for
		// one item's links, hostile check 47).
		var best []pick
		var bar pick
		barred := false
		cut := func() {
			slices.SortFunc(best, func(a, b pick) int {
				if less(&a, &b) {
					return -1
				}
				if less(&b, &a) {
					return 1
				}
				return 0
			})
			if len(best) > max {
				best = best[:max]
			}
			if max > 0 && len(best) == max {
				bar, barred = best[max-1], true
			}
		}
		offer := func(p pick) {
			if max <= 0 || barred && !less(&p, &bar) {
				return
			}
			best = append(best, p)
			if len(best) >= 2*max+64 {
				cut()
			}
		}
		for q, l := range first {
			offer(pick{score: l.Score, id: l.Item.ID, pos: q})
		}
		pi := parseFigures(it, m)
		pass := (*Engine).pooledOthers
		if e.perHit != nil {
			pass = e.perHit
		}
		n := len(first) + pass(e, m, &it, &pi, pg, hits, fl.linked, max, len(first), func(id string, pos int, d disagreement) {
			offer(pick{score: 1, id: id, pos: pos, d: d})
		})
		cut()
		out := make([]Link, 0, len(best))
		for _, p := range best {
			if p.pos < len(first) {
				out = append(out, first[p.pos])
				continue
			}
			c := hits[p.d.cand].Item
			f, g := it.Figures[p.d.i], c.Figures[p.d.j]
			out = append(out, Link{Item: c, Score: 1, Type: Disagrees, Reason: DisagreeReason(it, f, c, g),
				Compared: &Comparison{Figure: f, Other: g}})
		}
		return Others{Links: out, Count: n}, nil
	}, nil
}
