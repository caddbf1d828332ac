// Package links finds the linked findings of an evidence item: the same
// figure and claim in another source, the primary source a news item
// reports on, the same recommendation elsewhere, the finding a
// recommendation responds to, and related items; each with a score and a
// reason a person can read.
//
// Candidates come from the index (items sharing the item's rarer words, and
// items with the same figure values); the type of each link is decided
// from figures, shared words and themes, and the sources' about: relation.
// Everything is deterministic.
package links

import (
	"cmp"
	"context"
	"fmt"
	"hash/maphash"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/measure"
)

// Type is the kind of a link.
type Type string

// The link types, as the README's `cypx links` section names them.
const (
	SameFinding        Type = "same-finding"
	PrimarySource      Type = "primary-source"
	SameRecommendation Type = "same-recommendation"
	RespondsTo         Type = "responds-to"
	Related            Type = "related"
	// Disagrees joins figures of one measure, group and period whose
	// values differ beyond the rounding their texts show.
	Disagrees Type = "disagrees"
	// Trend joins figures of one measure and group in different periods.
	Trend Type = "trend"
)

// rank orders types in a list of links: the strongest claims first.
var rank = map[Type]int{PrimarySource: 0, SameFinding: 1, Disagrees: 2, Trend: 3, SameRecommendation: 4, RespondsTo: 5, Related: 6}

// Link is one linked finding.
type Link struct {
	Type   Type          `json:"type"`
	Score  float64       `json:"score"`
	Reason string        `json:"reason"`
	Item   evidence.Item `json:"item"`
	// Compared names the two figures a link between figures compares (a
	// same finding, a disagreement, a trend): one of the item's and one
	// of the linked item's.
	Compared *Comparison `json:"compared,omitempty"`
}

// Comparison is a figure of an item and the figure of another item it is
// compared with.
type Comparison struct {
	Figure evidence.Figure `json:"figure"`
	Other  evidence.Figure `json:"other"`
}

// Searcher is the part of the index the engine needs.
type Searcher interface {
	Search(ctx context.Context, r index.Request) (index.Result, error)
	TermWeights(ctx context.Context, text string) (map[string]float64, error)
}

// Engine finds links.
type Engine struct {
	ix      Searcher
	sources map[string]evidence.Source
	labels  map[string]string
	// byReport is every source's id by the hash of its report, sorted
	// by hash: a report is a publisher, title and date (see
	// sameReport). Looking a report's parts up by walking every source
	// took a millisecond a comparison table at 100,000 items (2,000
	// sources); a map of reports to ids took a one-shot search 20 ms to
	// make at 20,000 sources, this slice a tenth of that. It is made when
	// first asked for.
	byReport     []reportID
	reportSeed   maphash.Seed
	byReportOnce sync.Once
	// reports keeps the items of the reports coverage was judged against
	// (reportItems): every story about a report, and each of its items,
	// read the whole report again, and an export of 4,000 items spent
	// half its time decoding the same reports.
	reports reportCache
	// measures keeps the measure searches' pages, read, for the next
	// statistic of the same measure keys (measureset.go).
	measures measureSets
	// asBefore reads each measure search for each item and every
	// candidate's terms, as the engine did before it kept the searches
	// and read only the terms it weighs: what tests compare with.
	asBefore bool
	// perHit, set by tests, passes over a pooled measure's statistics one
	// by one for each statistic's note, as DisagreementsCounted did
	// before it read them by class (pooledOthers): what tests compare with.
	perHit pooledPass
}

// reportCache holds the search results for whole reports, by their
// sources, up to maxCachedReportItems items in all. An engine belongs to
// one state of the index (a new index gets a new engine), so what it
// holds never goes stale.
type reportCache struct {
	mu   sync.Mutex
	res  map[string]index.Result
	held int
}

// maxCachedReportItems bounds the items the report cache holds, some
// 20 MB: when one more report would pass it, the cache starts again.
const maxCachedReportItems = 20_000

// reportID is a source's id and the hash of its report.
type reportID struct {
	hash uint64
	id   string
}

// report is what sources filed as parts of one report share.
type report struct {
	publisher, title string
	date             evidence.Date
}

func reportOf(s evidence.Source) report { return report{s.Publisher, s.Title, s.Date} }

// New makes an engine over an index, the corpus's sources (for about:
// relations) and the theme labels (for reasons).
func New(ix Searcher, sources []evidence.Source, themeLabels map[string]string) *Engine {
	e := &Engine{ix: ix, sources: make(map[string]evidence.Source, len(sources)), labels: themeLabels}
	for _, s := range sources {
		e.sources[s.ID] = s
	}
	return e
}

// reportIDs lists the ids of the report's sources, sorted.
func (e *Engine) reportIDs(r report) []string {
	e.byReportOnce.Do(func() {
		e.reportSeed = maphash.MakeSeed()
		e.byReport = make([]reportID, 0, len(e.sources))
		for id, s := range e.sources {
			e.byReport = append(e.byReport, reportID{maphash.Comparable(e.reportSeed, reportOf(s)), id})
		}
		slices.SortFunc(e.byReport, func(a, b reportID) int { return cmp.Compare(a.hash, b.hash) })
	})
	h := maphash.Comparable(e.reportSeed, r)
	i, _ := slices.BinarySearchFunc(e.byReport, h, func(x reportID, h uint64) int { return cmp.Compare(x.hash, h) })
	var ids []string
	for ; i < len(e.byReport) && e.byReport[i].hash == h; i++ {
		if id := e.byReport[i].id; reportOf(e.sources[id]) == r {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return ids
}

// Thresholds, chosen on the bundled corpus's gold links
// (testdata/gold.yaml) and kept general: they speak of shared figures and
// shared words, never of particular reports.
const (
	candidates         = 30   // items fetched per similarity query
	likeTerms          = 15   // the item's most distinctive terms, queried for similar items
	sameFindingOverlap = 0.30 // share of words two statements of one finding have in common
	sameRecOverlap     = 0.50 // the same for two statements of one recommendation
	respondsSpecific   = 4.3  // summed IDF of shared distinctive terms for responds-to
	relatedSimilarity  = 0.30 // index score relative to the item's own
	maxRelated         = 5
)

// For returns the links of an item, strongest first.
func (e *Engine) For(ctx context.Context, it evidence.Item) ([]Link, error) {
	weights, err := e.ix.TermWeights(ctx, it.Text)
	if err != nil {
		return nil, err
	}
	cands, self, err := e.candidates(ctx, it, topTerms(weights, likeTerms))
	if err != nil {
		return nil, err
	}
	// The primary-source links and the records' comparisons come first,
	// as Figures finds them; then the similar items are judged.
	fl, err := e.figures(ctx, it)
	if err != nil {
		return nil, err
	}
	if err := e.measureLinks(ctx, it, fl, nil); err != nil {
		return nil, err
	}
	addFigures := fl.add
	about, isCoverage := e.sources[it.Source.About]
	related := 0
	for _, c := range cands {
		if isCoverage && sameReport(about, c.hit.Item.Source) {
			continue // judged, with the rest of its report, by compareFigures
		}
		// The shared terms' weight counts only between a recommendation
		// and a statistic (judge): reading the candidate's terms for the
		// others was a twentieth of the links' CPU at 1,000,000 items.
		specific := 0.0
		if isPair(it.Kind, c.hit.Item.Kind) || e.asBefore {
			cw, err := e.ix.TermWeights(ctx, c.hit.Item.Text)
			if err != nil {
				return nil, err
			}
			specific = specificWeight(weights, cw)
		}
		figs := e.figureLinks(it, c.hit.Item)
		addFigures(figs)
		l, ok := e.judge(it, c.hit.Item, c.score/self, specific)
		if !ok || l.Type == PrimarySource || l.Type == Related && len(figs) > 0 {
			continue
		}
		if l.Compared != nil {
			addFigures([]Link{l})
			continue
		}
		if l.Type == Related {
			if related == maxRelated {
				continue
			}
			related++
		}
		fl.out = append(fl.out, l)
	}
	sortLinks(fl.out)
	return fl.out, nil
}

// sortLinks orders links strongest first: by type, then score, then id.
func sortLinks(out []Link) {
	sortStable(out, func(a, b *Link) int {
		return cmp.Or(cmp.Compare(rank[a.Type], rank[b.Type]), byScoreThenID(a, b))
	})
}

// byScoreThenID orders links by score, highest first, then by the linked
// item's id.
func byScoreThenID(a, b *Link) int {
	if a.Score != b.Score {
		if a.Score > b.Score {
			return -1
		}
		return 1
	}
	return strings.Compare(a.Item.ID, b.Item.ID)
}

// sortStable sorts links stably by order. A link holds its item whole
// (over half a kilobyte), and a comparison table's hundreds of links moved
// in place by a merge sort's rotations took a quarter of its time at
// 100,000 items (BenchmarkFigureTable); so their positions are sorted and
// each link is moved once. Positions are sorted by order and then by
// position, which is the stable order, in fewer comparisons than a stable
// sort makes (pdqsort's against an insertion sort and merges).
func sortStable(ls []Link, order func(a, b *Link) int) {
	if len(ls) < 2 {
		return
	}
	at := make([]int, len(ls))
	for i := range at {
		at[i] = i
	}
	slices.SortFunc(at, func(i, j int) int { return cmp.Or(order(&ls[i], &ls[j]), cmp.Compare(i, j)) })
	sorted := make([]Link, len(ls))
	for i, j := range at {
		sorted[i] = ls[j]
	}
	copy(ls, sorted)
}

// maxReportItems bounds the items judged for primary-source links: a
// report runs to tens or hundreds of items.
const maxReportItems = 5000

// NeedsPrimary reports whether an item may have a primary source: it is
// coverage (its source has about:), or a statistic that cites a body.
func NeedsPrimary(it evidence.Item) bool { return it.Source.About != "" || it.Cites != "" }

// PrimaryLinks are an item's primary-source links, strongest first (then
// by id): for coverage, the items of the report it covers that state the
// same figure and claim or the same recommendation; for a statistic that
// cites a body, that body's own statements of the same figure. Every item
// of those reports is judged, so which source a citation names never
// depends on which items a similarity search ranked first; and it is a
// search or two, so resolving many items (cypx items --format json) stays
// cheap. For includes these links as they are.
func (e *Engine) PrimaryLinks(ctx context.Context, it evidence.Item) ([]Link, error) {
	out, _, err := e.primaryLinks(ctx, it)
	return out, err
}

// primaryLinks is PrimaryLinks, with the items of the report a coverage
// item covers when the search for them found them all (nil otherwise), for
// figures to compare without reading them again.
func (e *Engine) primaryLinks(ctx context.Context, it evidence.Item) ([]Link, []index.Hit, error) {
	var reqs []index.Request
	if about, ok := e.sources[it.Source.About]; ok {
		reqs = append(reqs, index.Request{Sources: e.reportSources(about)})
	}
	var values []float64
	for _, f := range it.Figures {
		values = append(values, f.Value)
	}
	if ids := e.citedSources(it); len(ids) > 0 && len(values) > 0 {
		reqs = append(reqs, index.Request{Sources: ids, Values: values})
	}
	seen := map[string]bool{}
	var out []Link
	disputed := map[report]bool{} // reports that give another value for one of it's measures
	var reportHits []index.Hit
	for i, r := range reqs {
		r.Limit = maxReportItems
		var res index.Result
		var err error
		if r.Values == nil {
			res, err = e.reportItems(ctx, r)
		} else {
			res, err = e.ix.Search(ctx, r)
		}
		if err != nil {
			return nil, nil, err
		}
		if i == 0 && r.Values == nil && len(res.Hits) == res.Total {
			reportHits = res.Hits
		}
		for _, h := range res.Hits {
			if seen[h.Item.ID] {
				continue
			}
			seen[h.Item.ID] = true
			if e.contradicts(it, h.Item) {
				disputed[reportOf(h.Item.Source)] = true
			}
			if l, ok := e.judge(it, h.Item, 0, 0); ok && l.Type == PrimarySource {
				out = append(out, l)
			}
		}
	}
	// A report that gives another value for one of the item's measures,
	// in the same period, is where its finding is disputed, not where it
	// was found: whatever figure they share ("waited more than 18 weeks"
	// in both), none of its items is the primary, so the quote is not
	// cited to it first (it was: "50% … (Children's Trust, 2024; reported
	// by Bloggs, 2024)" where the Trust says 45%). The disagreement is a
	// link of its own (figureLinks).
	out = slices.DeleteFunc(out, func(l Link) bool { return disputed[reportOf(l.Item.Source)] })
	sortStable(out, byScoreThenID)
	return out, reportHits, nil
}

// reportItems is the search for every item of a report (r names its
// sources and nothing else), kept for the next item that covers the same
// report. The hits are shared: callers only read them.
func (e *Engine) reportItems(ctx context.Context, r index.Request) (index.Result, error) {
	key := strings.Join(r.Sources, "\x00")
	c := &e.reports
	c.mu.Lock()
	res, ok := c.res[key]
	c.mu.Unlock()
	if ok {
		return res, nil
	}
	res, err := e.ix.Search(ctx, r)
	if err != nil {
		return res, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.res == nil || c.held+len(res.Hits) > maxCachedReportItems {
		c.res, c.held = map[string]index.Result{}, 0
	}
	if len(res.Hits) <= maxCachedReportItems {
		c.res[key] = res
		c.held += len(res.Hits)
	}
	return res, nil
}

// contradicts says c gives another value than it for one of it's
// measures, in the same period (Compare's OtherValue), as the rest of the
// engine judges a disagreement.
func (e *Engine) contradicts(it, c evidence.Item) bool {
	if it.Kind != evidence.Statistic || c.Kind != evidence.Statistic || sameReport(it.Source, c.Source) {
		return false
	}
	rel := e.Relation(it, c)
	for _, f := range it.Figures {
		for _, g := range c.Figures {
			if Compare(f, g, rel) == OtherValue {
				return true
			}
		}
	}
	return false
}

// WithPrimary returns the item with Primary set from its links: coverage
// whose finding has a primary-source link, and a statistic that cites a
// body ("according to the Health Foundation") whose source in the library
// states the same figure, cite that source first.
//
// A primary that is itself coverage whose finding was found in its own
// primary (a story about a story about a report, the link's item resolved
// as the resolver resolves it) gives way to that report for the figures
// the report was seen to state: the primary source is the report, not the
// paper the second story repeated. An attribution to the story passed
// over ("News Corp reported that …") is dropped with it, as "reported by"
// says the same. Before, such a story was cited "(Reporter, 2024; reported
// by Daily Echo, 2024)" and listed no report.
func WithPrimary(it evidence.Item, ls []Link) evidence.Item {
	if !NeedsPrimary(it) {
		return it
	}
	for _, l := range ls {
		if l.Type != PrimarySource {
			continue
		}
		src, page := l.Item.Source, l.Item.Page
		values := statedValues(it, l.Item)
		if p := l.Item.Primary; p != nil && p.ID != it.Source.ID {
			var further []float64
			for _, v := range values {
				if slices.Contains(l.Item.PrimaryValues, v) {
					further = append(further, v)
				}
			}
			if len(further) > 0 {
				if it.Cites != "" && evidence.NamesWork(it.Cites, src) {
					it.Cites = ""
				}
				src, values, page = *p, further, l.Item.PrimaryPage
			}
		}
		if src.ID == l.Item.Source.ID && l.Item.Cites != "" && l.Item.CitesFrom == 0 && (it.Cites == "" || evidence.NamesWork(it.Cites, src)) && statesAll(it, values) {
			// The report gives the figure as another body's ("the Health
			// Foundation reports that the grant has been cut by 24%"):
			// the story repeating it repeats that body's figure, cited
			// "(Health Foundation, cited in NHS Providers, 2024; reported
			// by …)". Before (hostile check 70, G23), the report was its
			// origin.
			it.Cites, it.CitesFrom = l.Item.Cites, 0
		}
		it.Primary, it.PrimaryPage = &src, page
		it.PrimaryValues = append(it.PrimaryValues, values...)
		return it
	}
	return it
}

// statesAll reports whether values hold every figure value of it but its
// bases: an attribution carried from the primary is the whole quote's.
func statesAll(it evidence.Item, values []float64) bool {
	for _, f := range it.Figures {
		if f.Role != evidence.RoleBase && !slices.Contains(values, f.Value) {
			return false
		}
	}
	return len(values) > 0
}

// statedValues are the values of it's figures that c states
// (statesFigure). A value the item gives for another record too, which
// c does not state, is left out: PrimaryValues holds values, and "64% in
// Kent, 64% in Medway" cited to a report of Kent's 64% alone would cite
// Medway's to it as well (hostile check 69).
func statedValues(it, c evidence.Item) []float64 {
	var values, unstated []float64
	for _, f := range it.Figures {
		if slices.ContainsFunc(c.Figures, func(g evidence.Figure) bool { return statesFigure(f, g) }) {
			values = append(values, f.Value)
		} else {
			unstated = append(unstated, f.Value)
		}
	}
	return slices.DeleteFunc(values, func(v float64) bool { return slices.Contains(unstated, v) })
}

type candidate struct {
	hit   index.Hit
	score float64
}

// candidates gathers items like it: across the index, within its own
// report, and those sharing its figure values. (The report it covers and
// the body it cites are PrimaryLinks', judged whole.)
func (e *Engine) candidates(ctx context.Context, it evidence.Item, terms []string) ([]candidate, float64, error) {
	byID := map[string]*candidate{}
	var order []string
	add := func(r index.Request) error {
		r.Like, r.LikeTerms = it.Text, terms
		r.NoTotal = true // only the hits are read: the search may skip what cannot reach them
		if r.Limit == 0 {
			r.Limit = candidates
		}
		res, err := e.ix.Search(ctx, r)
		if err != nil {
			return err
		}
		for _, h := range res.Hits {
			if c, ok := byID[h.Item.ID]; ok {
				c.score = max(c.score, h.Score)
				continue
			}
			byID[h.Item.ID] = &candidate{hit: h, score: h.Score}
			order = append(order, h.Item.ID)
		}
		return nil
	}
	if err := add(index.Request{}); err != nil {
		return nil, 0, err
	}
	if ids := e.reportSources(it.Source); len(ids) > 0 {
		if err := add(index.Request{Sources: ids}); err != nil {
			return nil, 0, err
		}
	}
	// The report a coverage item covers, and the body a statistic cites,
	// are searched whole by PrimaryLinks.
	if len(it.Figures) > 0 {
		if err := add(sameValues(it, terms)); err != nil {
			return nil, 0, err
		}
	}
	self := 0.0
	if c, ok := byID[it.ID]; ok {
		self = c.score
	} else if res, err := e.ix.Search(ctx, index.Request{Like: it.Text, LikeTerms: terms, IDs: []string{it.ID}, Limit: 1}); err == nil && len(res.Hits) == 1 {
		self = res.Hits[0].Score
	}
	if self == 0 {
		self = 1
	}
	out := make([]candidate, 0, len(order))
	for _, id := range order {
		out = append(out, *byID[id])
	}
	return out, self, nil
}

// citedSources lists the ids of the sources whose publisher is the body
// the item cites.
func (e *Engine) citedSources(it evidence.Item) []string {
	if it.Cites == "" {
		return nil
	}
	var ids []string
	for id, s := range e.sources {
		if citesSource(it.Cites, s) && !sameReport(s, it.Source) {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids
}

// citesSource reports whether a Cites label ("Health Foundation", "Health
// Foundation, 2024", "ONS") names the publisher of src, and its year when
// it gives one. Case, a leading "the" and an acronym of the publisher's
// name ("ONS" for "Office for National Statistics") are allowed for.
func citesSource(cites string, src evidence.Source) bool {
	if cites == "" || src.Publisher == "" {
		return false
	}
	name, year := cites, 0
	if i := strings.LastIndex(cites, ", "); i > 0 {
		if y, err := strconv.Atoi(strings.TrimRight(cites[i+2:], "abcdefghijklmnopqrstuvwxyz")); err == nil && y >= 1800 && y <= 2200 {
			name, year = cites[:i], y
		}
	}
	if year != 0 && year != src.Date.Year {
		return false
	}
	a, b := bodyName(name), bodyName(src.Publisher)
	return a == b || a == initials(src.Publisher) || b == initials(name)
}

// bodyName is a body's name in lower case, without a leading "the".
func bodyName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.Trim(strings.TrimPrefix(s, "the "), " .,")
}

// initials are the lower-case initials of a name's capitalised words
// (evidence.Initials): "ons" for "Office for National Statistics"; "" for
// a one-word name.
func initials(s string) string { return strings.ToLower(evidence.Initials(s)) }

// reportSources lists the ids of the sources that are parts of the same
// report as s: the same publisher, title and date (chapters or sections
// filed as separate sources).
func (e *Engine) reportSources(s evidence.Source) []string {
	ids := slices.Clone(e.reportIDs(reportOf(s)))
	if o, ok := e.sources[s.ID]; ok && reportOf(o) != reportOf(s) {
		// s under its own id, though the engine's copy names another report.
		ids = append(ids, s.ID)
		sort.Strings(ids)
	}
	return ids
}

func sameReport(a, b evidence.Source) bool {
	return a.ID == b.ID || (a.Publisher == b.Publisher && a.Title == b.Title && a.Date == b.Date)
}

// judge decides whether c is linked to it, and how.
//
// sim is the candidate's index score relative to the item's own; specific
// is the summed IDF of the distinctive terms the two share.
func (e *Engine) judge(it, c evidence.Item, sim, specific float64) (Link, bool) {
	if c.ID == it.ID || (c.Source.ID == it.Source.ID && c.Para == it.Para) {
		return Link{}, false
	}
	overlap := wordOverlap(it.Text, c.Text)
	about, isCoverage := e.sources[it.Source.About]
	coversC := isCoverage && sameReport(about, c.Source)
	coveredBy := c.Source.About != "" && sameReport(e.sources[c.Source.About], it.Source)
	report := sameReport(it.Source, c.Source)
	link := Link{Item: c, Score: round2(max(overlap, min(1, sim)))}
	if isPair(it.Kind, c.Kind) {
		link.Score = round2(min(1, specific/10))
	}

	fig, pair, shared, stated := sharedFigure(it, c)
	if shared {
		link.Compared = pair
	}
	// The same number for what the records say are two measures ("half
	// of respondents", "half of local authorities") is not the same
	// finding, however many words the sentences share. A report is the
	// primary of what its coverage or a citation repeats only where it
	// states the same figure record (statesFigure): the same number of
	// another place, period or measure is not where the figure was found.
	otherMeasure := shared && pair.Figure.Key != "" && pair.Other.Key != "" &&
		!measure.Match(measure.ParseKey(pair.Figure.Key), measure.ParseKey(pair.Other.Key), e.Relation(it, c))
	switch {
	case stated && it.Kind == evidence.Statistic && c.Kind == evidence.Statistic && !report && citesSource(it.Cites, c.Source):
		// "According to the Health Foundation, ... 24%": the Health
		// Foundation's own statement of the figure is the primary source.
		link.Type = PrimarySource
		link.Reason = fmt.Sprintf("same figure (%s) in %s, which this statistic cites", fig, e.where(c))
		link.Score = round2(max(overlap, min(1, sim), 0.5))
		return link, true
	case shared && overlap >= sameFindingOverlap && it.Kind == evidence.Statistic && c.Kind == evidence.Statistic && (coversC && stated || !coversC && !otherMeasure):
		switch {
		case coversC:
			link.Type = PrimarySource
			link.Reason = fmt.Sprintf("same figure (%s) and claim in %s, which this %s reports on", fig, e.where(c), it.Source.Type)
		default:
			link.Type = SameFinding
			link.Reason = fmt.Sprintf("same figure (%s) and claim %s", fig, e.reportedBy(c, coveredBy, report))
		}
		return link, true
	case it.Kind == evidence.Recommendation && c.Kind == evidence.Recommendation && overlap >= sameRecOverlap:
		what := "nearly the same recommendation"
		if evidence.OneLine(it.Text) == evidence.OneLine(c.Text) {
			what = "the same recommendation, word for word,"
		}
		if coversC {
			link.Type = PrimarySource
			link.Reason = fmt.Sprintf("%s in %s, which this %s reports on", what, e.where(c), it.Source.Type)
		} else {
			link.Type = SameRecommendation
			link.Reason = fmt.Sprintf("%s %s", what, e.reportedBy(c, coveredBy, report))
		}
		return link, true
	case report && isPair(it.Kind, c.Kind) && specific >= respondsSpecific && len(sharedThemes(it, c)) > 0 && answerable(it, c):
		link.Type = RespondsTo
		topic := e.themeList(sharedThemes(it, c))
		if it.Kind == evidence.Recommendation {
			link.Reason = fmt.Sprintf("the finding this recommendation responds to (%s), in %s", topic, e.where(c))
		} else {
			link.Reason = fmt.Sprintf("a recommendation responding to this finding (%s), in %s", topic, e.where(c))
		}
		return link, true
	case !report && !coversC && !coveredBy && sim >= relatedSimilarity && len(sharedThemes(it, c)) > 0:
		link.Type = Related
		link.Score = round2(min(1, sim))
		link.Reason = fmt.Sprintf("related: also on %s, in %s", e.themeList(sharedThemes(it, c)), e.where(c))
		return link, true
	}
	return Link{}, false
}

func isPair(a, b evidence.Kind) bool {
	return (a == evidence.Recommendation && b == evidence.Statistic) || (a == evidence.Statistic && b == evidence.Recommendation)
}

// where names an item's place for a reason: "NHS Providers' report".
func (e *Engine) where(c evidence.Item) string {
	return possessive(c.Source.Publisher) + " " + string(c.Source.Type)
}

// reportedBy says where else a finding appears.
func (e *Engine) reportedBy(c evidence.Item, coveredBy, sameReport bool) string {
	switch {
	case coveredBy:
		return fmt.Sprintf("reported by %s, %s", c.Source.Publisher, c.Source.Date.Long())
	case sameReport && c.Section != "":
		return fmt.Sprintf("elsewhere in the same %s (%s)", c.Source.Type, c.Section)
	case sameReport:
		return fmt.Sprintf("elsewhere in the same %s", c.Source.Type)
	}
	return "in " + e.where(c) + ", " + c.Source.Date.Long()
}

func (e *Engine) themeList(ids []string) string {
	var out []string
	for _, id := range ids {
		if l, ok := e.labels[id]; ok {
			out = append(out, strings.ToLower(l[:1])+l[1:])
		} else {
			out = append(out, id)
		}
	}
	if len(out) > 2 {
		out = out[:2]
	}
	return strings.Join(out, "; ")
}

func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "’"
	}
	return name + "’s"
}

func round2(v float64) float64 { return float64(int(v*100+0.5)) / 100 }

// sharedRole reports a role whose figure may be the same figure two
// items state: not a threshold ("within four weeks", the limit a share is
// counted against) nor a base (the 60 young people a survey asked), which
// two findings share without being one.
func sharedRole(r evidence.Role) bool { return r.Measured() }

// sharedFigure finds a figure of it with the same value and unit as one
// of c's, neither a threshold nor a base: its badge and the pair. A pair
// whose records agree too is found first, and stated says the pair is
// one: c states that figure of it (statesFigure), as a primary source
// must.
func sharedFigure(it, c evidence.Item) (badge string, pair *Comparison, shared, stated bool) {
	for _, f := range it.Figures {
		if !sharedRole(f.Role) {
			continue
		}
		for _, g := range c.Figures {
			if f.Value != g.Value || f.Unit != g.Unit || !sharedRole(g.Role) {
				continue
			}
			if statesFigure(f, g) {
				return f.Badge(), &Comparison{Figure: f, Other: g}, true, true
			}
			if pair == nil {
				badge, pair = f.Badge(), &Comparison{Figure: f, Other: g}
			}
		}
	}
	return badge, pair, pair != nil, false
}

// statesFigure reports whether g, a figure of a report or of a cited
// body's source, states f, a figure of coverage of it or of a statistic
// citing the body: the same value and unit, and records that do not
// conflict — no other place (measure.OtherPlaces), no other period, and
// no measure key that is another measure's (otherMeasures). A record
// that leaves its place, period or key unsaid conflicts with none. It is
// the one rule of "the primary states this figure": the primary-source
// links (judge) and the values a primary is cited for (WithPrimary, so
// evidence.Item.ForFigure and resolve's note) both ask it. Before
// (hostile check 69) the same value sufficed: "47% of children in Medway
// … in 2023/24" was cited to Kent County Council's report of Kent's 47%
// in 2022/23, and a Kent-wide 64% to a dataset's table row of Dartford's
// 64 (measure "dartford").
func statesFigure(f, g evidence.Figure) bool {
	if f.Value != g.Value || f.Unit != g.Unit || measure.OtherPlaces(f, g) || otherPeriods(f.Period, g.Period) {
		return false
	}
	if f.Key == "" || g.Key == "" {
		return true
	}
	return !otherMeasures(measure.ParseKey(f.Key), measure.ParseKey(g.Key))
}

// otherMeasures reports two keys of one study (coverage of a report, a
// citation of a body) that are of two measures: neither is zero, they do
// not match as one study's figures of one value (measure.MatchStated),
// and neither is the other with words left unsaid. A measure whose
// terms are all the other's, the other adding no number and no negation,
// says less of the same measure ("cut by 28% per person" of a report's
// "cut by 28% per person in real terms"): it is the other's measure if
// the two match on the terms the lesser says. A number is part of what
// is measured (a wait's threshold, a dose) and is never left unsaid:
// "waited more than 18 weeks for a wheelchair" is no "waited more than
// 12 weeks for speech and language therapy".
func otherMeasures(kf, kg measure.Key) bool {
	if kf.IsZero() || kg.IsZero() || measure.MatchStated(kf, kg) {
		return false
	}
	less, more := kf, kg
	if len(less.Terms) > len(more.Terms) {
		less, more = more, less
	}
	for _, t := range more.Terms {
		if !slices.Contains(less.Terms, t) && (strings.HasPrefix(t, "#") || t == "not") {
			return true
		}
	}
	for _, t := range less.Terms {
		if !slices.Contains(more.Terms, t) {
			return true
		}
	}
	more.Terms = less.Terms
	return !measure.MatchStated(less, more)
}

// otherPeriods reports two records' periods that are two times: both
// said, and not the same months (a period unread is compared as written).
func otherPeriods(a, b string) bool {
	if a == "" || b == "" || strings.EqualFold(a, b) {
		return false
	}
	return !measure.ParsePeriod(a).Equal(measure.ParsePeriod(b))
}

// comparedPair names the pair of figures a link compares: the linked
// item and the offsets of both figures (the zero pair for a link that
// compares none).
type comparedPair struct {
	id            string
	figure, other int
}

// comparedKey names the pair of figures a link compares. A struct, not a
// formatted string: a comparison table names hundreds of pairs.
func comparedKey(l Link) comparedPair {
	if l.Compared == nil {
		return comparedPair{}
	}
	return comparedPair{l.Item.ID, l.Compared.Figure.Offset, l.Compared.Other.Offset}
}

func sharedThemes(a, b evidence.Item) []string {
	var out []string
	for _, t := range a.Themes {
		if b.HasTheme(t) {
			out = append(out, t)
		}
	}
	return out
}

// topTerms are the k terms of greatest weight, heaviest first (ties by name,
// so the choice is deterministic). Terms too common to be distinctive are
// left out unless nothing else is left: they match a large share of the
// library and cost the most to walk.
func topTerms(weights map[string]float64, k int) []string {
	terms := make([]string, 0, len(weights))
	for t, w := range weights {
		if w >= distinctive {
			terms = append(terms, t)
		}
	}
	if len(terms) == 0 {
		for t := range weights {
			terms = append(terms, t)
		}
	}
	sort.Slice(terms, func(i, j int) bool {
		if weights[terms[i]] != weights[terms[j]] {
			return weights[terms[i]] > weights[terms[j]]
		}
		return terms[i] < terms[j]
	})
	if len(terms) > k {
		terms = terms[:k]
	}
	return terms
}
