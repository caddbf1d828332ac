package links

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/measure"
)

// A measure search's page is read once an engine, with its figures' keys,
// periods and rates, for every later statistic of the same measure keys:
// the index keeps the page's outlines (index.Request.Measures), but read
// each one again, and asked Admit (mayLink) of it, for each item, parsing
// each figure's key and period again for every pair. At 1,000,000 items
// that was most of the linked findings' measure links, about a third of
// their CPU (BenchmarkLinks). The links made are the same, in the same
// order: Admit's test is asked of the same outlines, with the same keys
// and periods, and the same pairs are compared (TestMeasureSetsLinkAsBefore).

// maxCachedMeasureHits bounds the hits an engine's measure sets hold, each
// about a kilobyte (an item is its outline's strings): when one more set
// would pass it, the cache starts again.
const maxCachedMeasureHits = 20_000

// measureSets holds an engine's measure sets by their keys.
type measureSets struct {
	mu   sync.Mutex
	sets map[string]*measureSet
	held int
}

// measureSet is a measure search's page (before Admit), its items shared
// by every link made with them, which callers only read (as the report
// cache's).
type measureSet struct {
	hits []index.Hit
	// total is how many the search found, of which hits are the first.
	total int
	// outlines are what Admit was given for each hit: the item itself,
	// but for the rare item whose outline is not the item whole (see
	// index.Request.Admit).
	outlines []evidence.Item
	// po and ph are the parsed figures of each outline and each hit's
	// item (one and the same when their figures are).
	po, ph []parsedFigures
	// same says the outline is the hit's item, field for field: what
	// Admit's test compared is then what the links compare.
	same []bool
}

// parseOwn reads an item's figures' keys, periods, spans and whether each
// is a rate, as mayBeOneMeasure and CompareKeyed read them for each pair.
func parseOwn(it *evidence.Item) parsedFigures {
	p := parsedFigures{keys: figureKeys(*it), periods: make([]measure.Period, len(it.Figures)), rates: make([]bool, len(it.Figures)),
		spans: make([]measure.Span, len(it.Figures)), undated: true}
	for i, f := range it.Figures {
		p.periods[i] = measure.ParsePeriod(f.Period)
		p.rates[i] = measure.RateBase(f) > 0
		p.spans[i] = measure.SpanOf(f)
		p.undated = p.undated && p.periods[i].IsZero()
	}
	return p
}

// measureSet returns the set of the measure search for keys, searching the
// first time; nil, with no error, when the search gave its hits otherwise
// than one Admit call each, in order (then the caller searches as before).
func (e *Engine) measureSet(ctx context.Context, keys []string) (*measureSet, error) {
	key := strings.Join(keys, "\x00")
	c := &e.measures
	c.mu.Lock()
	s, ok := c.sets[key]
	c.mu.Unlock()
	if ok {
		return s, nil
	}
	outlines := map[string]evidence.Item{}
	asked := 0
	req := index.Request{Measures: keys, Kinds: []evidence.Kind{evidence.Statistic}, Limit: maxMeasureItems,
		Admit: func(o evidence.Item) bool {
			outlines[o.ID] = o
			asked++
			return true
		}}
	res, err := e.ix.Search(ctx, req)
	if err != nil {
		return nil, err
	}
	if len(res.Hits) != asked || len(outlines) != asked {
		return nil, nil
	}
	// The search orders its page's ties after Admit: each hit's outline
	// is found by its id. A subset of the page is ordered as the whole,
	// so the hits Admit would have admitted keep their order.
	s = &measureSet{hits: res.Hits, total: res.Total, outlines: make([]evidence.Item, len(res.Hits))}
	for i, h := range res.Hits {
		o, ok := outlines[h.Item.ID]
		if !ok {
			return nil, nil
		}
		s.outlines[i] = o
	}
	s.po = make([]parsedFigures, len(s.hits))
	s.ph = make([]parsedFigures, len(s.hits))
	s.same = make([]bool, len(s.hits))
	for i := range s.hits {
		s.same[i] = reflect.DeepEqual(s.outlines[i], s.hits[i].Item)
		s.po[i] = parseOwn(&s.outlines[i])
		if slices.Equal(s.outlines[i].Figures, s.hits[i].Item.Figures) {
			s.ph[i] = s.po[i]
		} else {
			s.ph[i] = parseOwn(&s.hits[i].Item)
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.sets == nil || c.held+len(s.hits) > maxCachedMeasureHits {
		c.sets, c.held = map[string]*measureSet{}, 0
	}
	if len(s.hits) <= maxCachedMeasureHits {
		c.sets[key] = s
		c.held += len(s.hits)
	}
	return s, nil
}

// measureSetLinks is measureLinks' passes over a measure set: the hits
// mayLink admits from their outlines, less it and, for coverage, the
// report it covers, each compared by figureLinksKeyed, from the figures
// already read. Where the outline is the item, each pair of figures is
// compared once, for both: mayLink's test and the links.
func (e *Engine) measureSetLinks(it *evidence.Item, s *measureSet, fl *figureLinker) {
	about, isCoverage := e.sources[it.Source.About]
	pi := parseOwn(it)
	type admit struct {
		k, at int // the hit, and where its verdicts start in vs (-1: none kept)
	}
	var admitted []admit
	var vs []Verdict
	for k := range s.hits {
		o := &s.outlines[k]
		if !s.same[k] {
			if e.mayLinkParsed(it, &pi, about, isCoverage, o, &s.po[k]) {
				admitted = append(admitted, admit{k, -1})
			}
			continue
		}
		if o.ID == it.ID || o.Kind != evidence.Statistic || sameReport(it.Source, o.Source) ||
			isCoverage && sameReport(about, o.Source) {
			continue // as mayLink refuses it
		}
		at := len(vs)
		p := pairOf(e, it, &pi, o, &s.po[k])
		any := false
		for i := range it.Figures {
			for j := range o.Figures {
				v := p.compare(i, j)
				any = any || v != NotComparable
				vs = append(vs, v)
			}
		}
		if any {
			admitted = append(admitted, admit{k, at})
		} else {
			vs = vs[:at]
		}
	}
	// Grown as measureLinks grew it for its candidates (so a statistic
	// with any has links, if none, and not none: JSON's [] and null), and
	// its set of pairs with it: most candidates link once, and growing
	// both link by link was a fifth of the links' allocation.
	fl.out = slices.Grow(fl.out, len(admitted))
	if len(admitted) > 0 {
		linked := make(map[comparedPair]bool, len(fl.linked)+len(admitted))
		for k, v := range fl.linked {
			linked[k] = v
		}
		fl.linked = linked
	}
	var buf []Link
	for _, a := range admitted {
		c := &s.hits[a.k].Item
		if isCoverage && sameReport(about, c.Source) {
			continue // compared with the rest of its report, in its order
		}
		if a.at < 0 {
			buf = e.figureLinksParsed(buf[:0], it, &pi, c, &s.ph[a.k])
		} else {
			v := vs[a.at : a.at+len(it.Figures)*len(c.Figures)]
			buf = e.figureLinksJudged(buf[:0], it, c, func(i, j int) Verdict { return v[i*len(c.Figures)+j] })
		}
		fl.add(buf)
	}
}

// mayLinkParsed is mayLink(it)(c), from figures already read (pi is it's,
// pc c's).
func (e *Engine) mayLinkParsed(it *evidence.Item, pi *parsedFigures, about evidence.Source, isCoverage bool, c *evidence.Item, pc *parsedFigures) bool {
	if c.ID == it.ID || c.Kind != evidence.Statistic || sameReport(it.Source, c.Source) ||
		isCoverage && sameReport(about, c.Source) {
		return false
	}
	p := pairOf(e, it, pi, c, pc)
	for j := range c.Figures {
		for i := range it.Figures {
			if p.compare(i, j) != NotComparable {
				return true
			}
		}
	}
	return false
}

// figurePair compares the figures of two items already read, their
// sources' relation read only when a pair of figures gets that far: most
// pairs of a measure search's items differ in their keys' units or age
// bands, which Match reads first.
type figurePair struct {
	e      *Engine
	it, c  *evidence.Item
	pi, pc *parsedFigures
	rel    measure.Related
	known  bool // rel is read
}

func pairOf(e *Engine, it *evidence.Item, pi *parsedFigures, c *evidence.Item, pc *parsedFigures) figurePair {
	return figurePair{e: e, it: it, c: c, pi: pi, pc: pc}
}

// relation is Relation(it, c), read once.
func (p *figurePair) relation() measure.Related {
	if !p.known {
		p.rel, p.known = p.e.relation(p.it, p.c), true
	}
	return p.rel
}

// compare is CompareKeyed of it's figure i and c's figure j.
func (p *figurePair) compare(i, j int) Verdict {
	f, g := &p.it.Figures[i], &p.c.Figures[j]
	kf, kg := &p.pi.keys[i], &p.pc.keys[j]
	// Match refuses keys of other units or age bands first.
	if kf.Unit != kg.Unit || kf.Age != kg.Age || !mayBeOneParsed(*f, *g, p.pi.rates[i], p.pc.rates[j]) {
		return NotComparable
	}
	rel := p.relation()
	if !measure.Match(*kf, *kg, rel) {
		return NotComparable
	}
	return compareSpans(*f, *g, p.pi.spans[i], p.pc.spans[j], p.pi.periods[i], p.pc.periods[j], rel)
}

// figureLinksParsed is figureLinksKeyed, from figures already read (pi is
// it's, pc c's).
func (e *Engine) figureLinksParsed(out []Link, it *evidence.Item, pi *parsedFigures, c *evidence.Item, pc *parsedFigures) []Link {
	p := pairOf(e, it, pi, c, pc)
	return e.figureLinksJudged(out, it, c, p.compare)
}

// figureLinksJudged is figureLinksKeyed, given the verdict of each pair
// of figures (i of it's, j of c's).
func (e *Engine) figureLinksJudged(out []Link, it, c *evidence.Item, verdict func(i, j int) Verdict) []Link {
	if it.Kind != evidence.Statistic || c.Kind != evidence.Statistic || sameReport(it.Source, c.Source) {
		return out
	}
	var small [8]bool
	used := small[:0]
	if len(c.Figures) > len(small) {
		used = make([]bool, 0, len(c.Figures))
	}
	used = used[:len(c.Figures)]
	for i := range it.Figures {
		for j := range c.Figures {
			if used[j] {
				continue
			}
			v := verdict(i, j)
			if v == NotComparable {
				continue
			}
			if v == OtherValue {
				// As figureLinksKeyed: a later figure of c it agrees with
				// is its match.
				for k := j + 1; k < len(c.Figures); k++ {
					if !used[k] && verdict(i, k) == SameValue {
						j, v = k, SameValue
						break
					}
				}
			}
			f, g := it.Figures[i], c.Figures[j]
			used[j] = true
			l := Link{Item: *c, Score: 1, Compared: &Comparison{Figure: f, Other: g}}
			switch v {
			case SameValue:
				l.Type = SameFinding
				coveredBy := c.Source.About != "" && sameReport(e.sources[c.Source.About], it.Source)
				l.Reason = "same figure for this measure (" + f.Badge() + " here, " + g.Badge() + ") " + e.reportedBy(*c, coveredBy, false)
			case OtherValue:
				l.Type = Disagrees
				l.Reason = DisagreeReason(*it, f, *c, g)
			case OtherPeriod:
				l.Type = Trend
				l.Reason = trendReason(*it, f, *c, g, sourceName)
			}
			out = append(out, l)
			break
		}
	}
	return out
}
