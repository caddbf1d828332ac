// Package resolve turns an item id into what every path of cypx shows of
// it: the item, the primary source its finding was found in (for coverage
// such as a news story about a report), its citation in every style, and
// whether its source has gone.
//
// The explorer (list, copy menu, linked view, chart, basket, pack, export)
// and the command line (cite, show, export, the JSON citation) all resolve
// items here, so one item is cited one way wherever it is met. Before this
// package each path decided for itself whether to look for the primary, and
// the same finding was cited two ways.
package resolve

import (
	"context"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/measure"
)

// Searcher finds items by id: the index, or the explorer's live index.
type Searcher interface {
	Search(ctx context.Context, r index.Request) (index.Result, error)
}

// Linker finds an item's linked findings: the link engine. PrimaryLinks
// are the primary-source links alone, which For includes: what a citation
// needs, at the cost of one search. Figures are the links that compare
// figures, which For includes too: what a comparison table needs.
// Relation says how two items' sources stand, which a comparison table
// groups their figures by, as `cypx figures` does.
type Linker interface {
	For(ctx context.Context, it evidence.Item) ([]links.Link, error)
	PrimaryLinks(ctx context.Context, it evidence.Item) ([]links.Link, error)
	Figures(ctx context.Context, it evidence.Item) ([]links.Link, error)
	Relation(it, c evidence.Item) measure.Related
}

// Resolved is one item as every path shows it.
type Resolved struct {
	// ID is the id asked for, as the corpus spells it (WithSources); for a
	// missing item it is all there is.
	ID string
	// Item is the item with Primary (and PrimaryValues) set when it is
	// coverage whose finding was found in the source it reports on.
	Item evidence.Item
	// Missing says the item is not in the corpus; SourceKept that its
	// source still is (the source changed since the item was met).
	Missing, SourceKept bool
	// Unread, for a missing item, is the problem that kept its source's
	// file from being read ("sources/x.md:3: front matter: …"): the
	// source is there but skipped, not removed (WithSkipped).
	Unread string
	// Absent, for a missing item whose source is not in the corpus at
	// all, says why by the corpus searched (Searched.absent).
	Absent string
	// Links are the item's linked findings when they were asked for
	// (WithLinks), strongest first; HasLinks says they were.
	Links    []links.Link
	HasLinks bool
	// others are the item's other values as the one rule gives them
	// (links.Engine.Others), where the links were found by a linker that
	// gives them; see OtherValues.
	others    links.Others
	hasOthers bool
}

// OtherValues are the item's other values (links.Others): which other
// sources give other values for its measures, with how many, as the
// explorer's warning, the comparison table's and a pack's note give them,
// by one rule (links.Engine.Others) whatever the measure's size.
func (r Resolved) OtherValues() links.Others {
	if r.hasOthers {
		return r.others
	}
	return links.OthersOf(r.Links, links.AllOthers)
}

// othersFinder is a Linker that gives an item's other values by the one
// rule (links.Engine.Others).
type othersFinder interface {
	Others(ctx context.Context, it evidence.Item, ls []links.Link, max int) (links.Others, error)
}

// withOthers sets res's other values from the links found for it, its
// others' items resolved as its links' are.
func (r *Resolver) withOthers(ctx context.Context, res Resolved, ls []links.Link) (Resolved, error) {
	f, ok := r.l.(othersFinder)
	if !ok {
		return res, nil
	}
	o, err := f.Others(ctx, res.Item, ls, links.AllOthers)
	if err != nil {
		return Resolved{}, err
	}
	if o.Links, err = r.linked(ctx, o.Links, 0); err != nil {
		return Resolved{}, err
	}
	res.others, res.hasOthers = o, true
	return res, nil
}

// Cite is the item in a citation style and copy format, cited on its own
// (numbered 1 in Vancouver, a full note in the footnote style), dated by
// accessed where the source carries no access date.
func (r Resolved) Cite(st evidence.Style, f evidence.Format, accessed time.Time) string {
	return r.CiteCopy(st, f, accessed).String()
}

// CiteCopy is Cite in its parts: the text, its citation and its notes.
func (r Resolved) CiteCopy(st evidence.Style, f evidence.Format, accessed time.Time) evidence.Copy {
	return evidence.CiteCopy(r.Item, st, f, accessed)
}

// Citations are the item in every copy format of a style, keyed by format
// name, with "harvard" kept for the Harvard reference that scripts read
// before there were styles.
func (r Resolved) Citations(st evidence.Style, accessed time.Time) map[string]string {
	out := map[string]string{}
	for _, f := range evidence.Formats {
		out[string(f)] = r.Cite(st, f, accessed)
	}
	out["harvard"] = r.Cite(evidence.Harvard, evidence.FormatReference, accessed)
	return out
}

// Inline is the Harvard in-text citation, (NHS Providers, 2024; reported
// by …): what InText gives in Harvard. The JSON contract's citation,
// Harvard whatever the style, is its narrative form (evidence.ItemNarrative).
func (r Resolved) Inline() string { return evidence.ItemCitation(r.Item) }

// InText is how a style cites the item where one line must say it (cypx
// show, the explorer's detail pane): the in-text citation of the
// author–date styles, the note of the footnote style, the reference of
// Vancouver (whose number means nothing outside a document).
func (r Resolved) InText(st evidence.Style, accessed time.Time) string {
	switch st {
	case evidence.Vancouver:
		return r.Cite(st, evidence.FormatReference, accessed)
	case evidence.Footnotes:
		c := evidence.NewCiter(st, accessed, nil).Cite(r.Item)
		return c.Note.String()
	}
	return evidence.NewCiter(st, accessed, nil).Cite(r.Item).InText
}

// Beside is the item's links as a view of the item beside its linked
// findings shows them (the explorer's linked view, cypx links): each
// reason names the items as a line citing an item beside a value does in
// the style (evidence.ItemLabel, as the warning beside a disagreement
// does), a news story by the report it covers first. No year letters
// (2024a): a letter points into a reference list, which a pack has and a
// view does not, and each item there is copied (c) and cited (cypx cite)
// alone. linked are the linked items as resolved, in the order of
// r.Links; nil takes the items of r.Links, which WithLinks resolves.
func (r Resolved) Beside(st evidence.Style, linked []Resolved) []links.Link {
	name := func(it evidence.Item) string { return evidence.ItemLabel(it, st) }
	out := make([]links.Link, len(r.Links))
	for i, l := range r.Links {
		if i < len(linked) && !linked[i].Missing {
			l.Item = linked[i].Item
		}
		l.Reason = l.ReasonNamed(r.Item, name)
		out[i] = l
	}
	return out
}

// Note says why the figure copy cites another work than the quote, when
// it does (evidence.Item.FigureNote, which every export's note gives too);
// empty for a missing item.
func (r Resolved) Note(st evidence.Style) string {
	if r.Missing {
		return ""
	}
	return r.Item.FigureNote(st)
}

// Resolver resolves items through a searcher and, for coverage, the link
// engine. It remembers what it resolved: a resolver belongs to one state of
// the index, and a new index gets a new resolver. It is safe for use by
// several goroutines (the explorer's commands run at once).
type Resolver struct {
	s Searcher
	l Linker

	mu    sync.Mutex
	known map[string]Resolved
	// fetched says which of known were made of the item the index gave
	// for the id (ResolveEach): the one resolution that answers an id
	// alone. An item handed in (Item, WithLinks: a list's hit) may be
	// of an index since replaced, and never stands for the index's.
	fetched map[string]bool
	// spelt is each source's id as the corpus spells it, by its id in
	// lower case (WithSources).
	spelt map[string]string
	// skipped is the problem that kept each source file unread, by its
	// id in lower case (WithSkipped).
	skipped map[string]string
	// searched is the corpus searched (WithSearched).
	searched Searched
}

// Searched says which corpus a resolver searches, so an item whose source
// is not in it is told why by where it came from. The zero value is the
// library with the bundled corpus.
type Searched struct {
	// Folder is the corpus folder searched (--corpus DIR); "" for the
	// library, with the bundled corpus unless NoBundled.
	Folder    string
	NoBundled bool
	// Bundled reports whether a source id is one of the bundled corpus;
	// nil when that is not known.
	Bundled func(src string) bool
}

// absent says why src is not in the corpus searched: the one reason the
// basket's list, an export's warning and the explorer give. Before, every
// such item was "removed from the library, or left out with
// --no-bundled", also of a --corpus folder's file deleted, where neither
// applied (hostile check 60).
func (s Searched) absent(src string) string {
	bundled := s.Bundled != nil && s.Bundled(src)
	const not = "its source is not in the corpus searched"
	switch {
	case s.Folder != "" && bundled:
		return not + " (the folder " + s.Folder + "): it is of the bundled corpus, which --corpus leaves out"
	case s.Folder != "":
		return not + " (the folder " + s.Folder + "): its file was deleted or renamed, or the item was added while another corpus was searched"
	case s.NoBundled && bundled:
		return not + " (the library): it is of the bundled corpus, left out with --no-bundled"
	case s.NoBundled:
		return not + " (the library): removed from it, or the item was added while a --corpus folder was searched"
	}
	return not + " (the library and the bundled corpus): removed from the library, or the item was added while a --corpus folder was searched"
}

// WithSearched tells the resolver which corpus it searches, so a missing
// item's reason names where its source should have been.
func (r *Resolver) WithSearched(s Searched) *Resolver {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.searched = s
	return r
}

// SkippedSources are the sources of a corpus's files skipped for a
// problem (corpus.Problem.Skipped), by their id in lower case (the
// file's name, as the library names it), each with its first problem as
// "file:line: message".
func SkippedSources(problems []corpus.Problem) map[string]string {
	out := map[string]string{}
	for _, p := range problems {
		if !p.Skipped || !strings.HasSuffix(p.File, ".md") {
			continue
		}
		id := evidence.IDKey(corpus.DefaultID(filepath.ToSlash(p.File)))
		if _, ok := out[id]; ok {
			continue
		}
		out[id] = p.Error()
	}
	return out
}

// WithSkipped tells the resolver the sources the corpus holds but could
// not read (SkippedSources), so a missing item of one is said to be
// unread, its problem named: the basket said of it "removed from the
// library", of a source only skipped for a fault in its front matter
// (hostile check 56).
func (r *Resolver) WithSkipped(skipped map[string]string) *Resolver {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.skipped = skipped
	return r
}

// WithSources tells the resolver the corpus's sources, so an id asked for
// in another case than the corpus spells its source (a basket edited by
// hand: "NHSP-2024#9C09…") resolves to the item, under the corpus's
// spelling, as 'cypx show' finds it: ids differ in more than case.
func (r *Resolver) WithSources(sources []evidence.Source) *Resolver {
	spelt := make(map[string]string, len(sources))
	for _, s := range sources {
		spelt[evidence.IDKey(s.ID)] = s.ID
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.spelt = spelt
	return r
}

// spelling is id as the corpus spells it, by spelt (WithSources): its
// source's id as the corpus has it and its hash in lower case; an id of no
// source known is left as asked.
func spelling(spelt map[string]string, id string) string {
	src, hash, whole := strings.Cut(id, "#")
	as, ok := spelt[evidence.IDKey(src)]
	if !whole || !ok {
		return id
	}
	return as + "#" + evidence.IDKey(hash)
}

// New makes a resolver. Without a linker (nil) no primary is ever found:
// every item is cited to its own source.
func New(s Searcher, l Linker) *Resolver {
	return &Resolver{s: s, l: l, known: map[string]Resolved{}, fetched: map[string]bool{}}
}

// remembered is the resolution remembered of it (by its id alone when it
// is nil), made of that very item: a list's hit held from an index
// another cypx has since rebuilt (hostile check 50) is not answered with
// the new index's item, nor an id with the held hit's.
func (r *Resolver) remembered(id string, it *evidence.Item, needLinks bool) (Resolved, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	res, ok := r.known[id]
	if !ok || (needLinks && !res.HasLinks && !res.Missing) {
		return Resolved{}, false
	}
	if it == nil && !r.fetched[id] || it != nil && !sameItem(res.Item, *it) {
		return Resolved{}, false
	}
	return res, true
}

// sameItem reports whether a resolution's item was made of it: what the
// index stores of it alike (a primary set by the resolution aside).
func sameItem(a, b evidence.Item) bool {
	return a.ID == b.ID && a.Kind == b.Kind && a.Text == b.Text && a.Section == b.Section &&
		a.Number == b.Number && a.Page == b.Page && a.Source == b.Source
}

// remember keeps a resolution made of an item; fromIndex says the item
// is the one the index gave for its id. A resolution made of the index's
// item is never displaced by one made of another item under its id.
func (r *Resolver) remember(res Resolved, fromIndex bool) Resolved {
	r.mu.Lock()
	defer r.mu.Unlock()
	if was, ok := r.known[res.ID]; ok && r.fetched[res.ID] && !fromIndex && !sameItem(was.Item, res.Item) {
		return res
	}
	r.known[res.ID] = res
	if fromIndex {
		r.fetched[res.ID] = true
	}
	return res
}

// Resolve finds the item with an id and resolves it. An id the searcher
// does not know is a missing item, not an error.
func (r *Resolver) Resolve(ctx context.Context, id string) (Resolved, error) {
	all, err := r.ResolveAll(ctx, []string{id})
	if err != nil {
		return Resolved{}, err
	}
	return all[0], nil
}

// ResolveAll resolves ids in order, each under its spelling in the corpus
// (WithSources); ids not found come back missing.
func (r *Resolver) ResolveAll(ctx context.Context, ids []string) ([]Resolved, error) {
	out := make([]Resolved, 0, len(ids))
	err := r.ResolveEach(ctx, ids, func(rs []Resolved) error {
		out = append(out, rs...)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// eachChunk is how many ids ResolveEach resolves at a time: one search
// each, and all that is held at once.
const eachChunk = 4096

// ResolveEach is ResolveAll handing the resolutions to fn a chunk at a
// time, in order, for a caller that needs only one at a time: a basket of
// 700,000 ids held whole is 375 MB of resolutions (536 bytes each), over
// the heap cypx aims at, and the collector ran all the time ('cypx basket
// list' took 36 s). fn must not keep rs, which the next chunk reuses.
func (r *Resolver) ResolveEach(ctx context.Context, ids []string, fn func(rs []Resolved) error) error {
	// What is remembered is of the index as it was: an index replaced
	// since (another cypx's rebuild, index.ErrReplaced) or damaged is said
	// before anything remembered is given out. Before, a basket's item
	// resolved once was shown, copied and exported from memory after its
	// source had left the index (hostile check 50).
	if c, ok := r.s.(interface{ Check() error }); ok {
		if err := c.Check(); err != nil {
			return err
		}
	}
	r.mu.Lock()
	spelt := r.spelt
	r.mu.Unlock()
	// Sources asked about once for the whole list, not per chunk: the
	// bound on those searches is the list's.
	kept := map[string]bool{}
	buf := make([]Resolved, min(len(ids), eachChunk))
	for start := 0; start < len(ids); start += eachChunk {
		out := buf[:min(len(ids)-start, eachChunk)]
		clear(out)
		if err := r.resolveChunk(ctx, ids[start:start+len(out)], spelt, kept, out); err != nil {
			return err
		}
		if err := fn(out); err != nil {
			return err
		}
	}
	return nil
}

// resolveChunk resolves asked into out (as long), one search for the ids
// not remembered.
func (r *Resolver) resolveChunk(ctx context.Context, asked []string, spelt map[string]string, kept map[string]bool, out []Resolved) error {
	ids := make([]string, len(asked))
	for i, id := range asked {
		ids[i] = spelling(spelt, id)
	}
	var want []string
	for i, id := range ids {
		if res, ok := r.remembered(id, nil, false); ok {
			out[i] = res
		} else {
			want = append(want, id)
		}
	}
	found := map[string]evidence.Item{}
	if len(want) > 0 {
		res, err := r.s.Search(ctx, index.Request{IDs: want, Limit: len(want)})
		if err != nil {
			return err
		}
		for _, h := range res.Hits {
			found[h.Item.ID] = h.Item
		}
	}
	for i, id := range ids {
		if out[i].ID != "" {
			continue
		}
		it, ok := found[id]
		if !ok {
			out[i] = Resolved{ID: id, Missing: true, Item: evidence.Item{ID: id}}
			continue
		}
		res, err := r.item(ctx, it, 0, true)
		if err != nil {
			return err
		}
		out[i] = res
	}
	return r.sourcesKept(ctx, out, kept)
}

// maxSourcesAsked bounds the sources of missing items looked for, one
// search each: a basket edited to hold ids of 100,000 sources is told
// its first ones' reasons.
const maxSourcesAsked = 64

// sourcesKept sets SourceKept on the missing items whose source still
// has items in the corpus; kept holds the sources asked about so far.
func (r *Resolver) sourcesKept(ctx context.Context, out []Resolved, kept map[string]bool) error {
	for i := range out {
		if !out[i].Missing {
			continue
		}
		src, _, _ := strings.Cut(out[i].ID, "#")
		there, asked := kept[src]
		if !asked && len(kept) < maxSourcesAsked {
			res, err := r.s.Search(ctx, index.Request{Sources: []string{src}, Limit: 1})
			if err != nil {
				return err
			}
			there = len(res.Hits) > 0
			kept[src] = there
		}
		out[i].SourceKept = there
		if !there {
			r.mu.Lock()
			out[i].Unread = r.skipped[evidence.IDKey(src)]
			searched := r.searched
			r.mu.Unlock()
			out[i].Absent = searched.absent(src)
		}
	}
	return nil
}

// MissingReason says why a missing item is missing, as the basket's list
// and an export's warning say it; "" for an item found.
func (r Resolved) MissingReason() string {
	switch {
	case !r.Missing:
		return ""
	case r.SourceKept:
		src, _, _ := strings.Cut(r.ID, "#")
		return "its source " + src + " no longer holds it: the source has changed since the item was added; find it again with 'cypx search'"
	case r.Unread != "":
		return "its source could not be read, " + r.Unread + "; it stays in the basket, and is found again once that file is mended"
	case r.Absent != "":
		return r.Absent
	}
	src, _, _ := strings.Cut(r.ID, "#")
	return Searched{}.absent(src)
}

// Item resolves an item already in hand (a search hit). Only coverage and
// statistics citing a body need their primary-source links; other items
// resolve at once.
func (r *Resolver) Item(ctx context.Context, it evidence.Item) (Resolved, error) {
	return r.item(ctx, it, 0, false)
}

// maxChain bounds how many stories about stories are followed to the
// report their figure was found in: a bound, not a cycle check, since a
// statistic citing a body may link back to one citing it.
const maxChain = 4

// item is Item, depth stories down a chain of coverage. Its primary-source
// items are resolved too (linked), so a story about a story is cited by
// the report (links.WithPrimary).
func (r *Resolver) item(ctx context.Context, it evidence.Item, depth int, fromIndex bool) (Resolved, error) {
	if res, ok := r.remembered(it.ID, &it, false); ok {
		if fromIndex {
			r.remember(res, true)
		}
		return res, nil
	}
	if !links.NeedsPrimary(it) || r.l == nil {
		return r.remember(Resolved{ID: it.ID, Item: it}, fromIndex), nil
	}
	ls, err := r.l.PrimaryLinks(ctx, it)
	if err == nil && depth < maxChain {
		ls, err = r.linked(ctx, ls, depth+1)
	}
	if err != nil {
		return Resolved{}, err
	}
	res := Resolved{ID: it.ID, Item: links.WithPrimary(it, ls)}
	if depth < maxChain {
		// Resolved at the end of the bound, an item may lack the report
		// further down: not remembered, so it is resolved whole when met.
		res = r.remember(res, fromIndex)
	}
	return res, nil
}

// Current is the item of an id as the index holds it now, with its
// links: by its id first, as a basket is resolved, so an item a list or a
// basket held is never shown or copied as it was once the index has been
// rebuilt (missing, or its new text and source). Every path that shows or
// copies one item calls it: the explorer's copies, its pin and its
// selected item's detail pane, whose links were found for the list's copy
// of the item and kept an edited source's old publisher and citation after
// a reopening (hostile check 69 F3).
func (r *Resolver) Current(ctx context.Context, id string) (Resolved, error) {
	res, err := r.Resolve(ctx, id)
	if err != nil || res.Missing {
		return res, err
	}
	return r.WithLinks(ctx, res.Item)
}

// WithLinks resolves an item and finds its linked findings, which the
// primary of coverage comes from: the same links the linked view shows.
func (r *Resolver) WithLinks(ctx context.Context, it evidence.Item) (Resolved, error) {
	if res, ok := r.remembered(it.ID, &it, true); ok {
		return res, nil
	}
	if r.l == nil {
		return r.remember(Resolved{ID: it.ID, Item: it, HasLinks: true}, false), nil
	}
	found, err := r.l.For(ctx, it)
	var ls []links.Link
	if err == nil {
		ls, err = r.linked(ctx, found, 0)
	}
	if err != nil {
		return Resolved{}, err
	}
	res, err := r.withOthers(ctx, Resolved{ID: it.ID, Item: links.WithPrimary(it, ls), Links: ls, HasLinks: true}, found)
	if err != nil {
		return Resolved{}, err
	}
	return r.remember(res, false), nil
}

// Figures resolves an item with the links that compare its figures
// (links.Engine.Figures), which hold its primary-source links: what a
// comparison table and a pack's note on a disagreement need. They are not
// all the item's links, so they are not remembered as WithLinks' are.
func (r *Resolver) Figures(ctx context.Context, it evidence.Item) (Resolved, error) {
	if r.l == nil {
		return Resolved{ID: it.ID, Item: it}, nil
	}
	found, err := r.l.Figures(ctx, it)
	var ls []links.Link
	if err == nil {
		ls, err = r.linked(ctx, found, 0)
	}
	if err != nil {
		return Resolved{}, err
	}
	return r.withOthers(ctx, Resolved{ID: it.ID, Item: links.WithPrimary(it, ls), Links: ls}, found)
}

// maxSeries bounds the statistics Series reads: far above what one
// source states of a measure.
const maxSeries = 5000

// Series are the statistics of its own source, it left out, with a
// figure that may be of one of its figures' measures (index.Request
// Measures), resolved: the source's other statements, which links never
// join to it, but whose figures for other periods are rows of its
// comparison table (figures.ForItem), as cypx figures gives them. Before
// (hostile check 51), the explorer's table of a report's 2023 left out
// the report's own 2022, stated in another sentence.
func (r *Resolver) Series(ctx context.Context, it evidence.Item) ([]evidence.Item, error) {
	var keys []string
	for _, f := range it.Figures {
		if f.Key != "" {
			keys = append(keys, f.Key)
		}
	}
	if it.Kind != evidence.Statistic || len(keys) == 0 || r.s == nil {
		return nil, nil
	}
	res, err := r.s.Search(ctx, index.Request{Measures: keys, Sources: []string{it.Source.ID},
		Kinds: []evidence.Kind{evidence.Statistic}, Limit: maxSeries})
	if err != nil {
		return nil, err
	}
	var out []evidence.Item
	for _, h := range res.Hits {
		if h.Item.ID == it.ID {
			continue
		}
		x, err := r.Item(ctx, h.Item)
		if err != nil {
			return nil, err
		}
		out = append(out, x.Item)
	}
	return out, nil
}

// counter is a Linker that finds the first disagreements of many items
// at once and counts the rest without making them
// (links.Engine.DisagreementsCounted).
type counter interface {
	DisagreementsCounted(ctx context.Context, items []evidence.Item) (func(ctx context.Context, it evidence.Item, max int) (links.Others, error), error)
}

// DisagreementsOf returns what gives, for each of items, its other
// values (links.Others): the first max of the links of Figures of type
// disagrees that name the other figure, resolved, and how many there are
// in all. It is what a pack's note cites and counts, by the rule the
// explorer's warning takes (links.OthersOf). Only those cited are
// resolved, and a linker that can (links.Engine) reads the items'
// measures once for them all.
func (r *Resolver) DisagreementsOf(ctx context.Context, items []evidence.Item) (func(it evidence.Item, max int) (links.Others, error), error) {
	count := func(ctx context.Context, it evidence.Item, max int) (links.Others, error) {
		if r.l == nil {
			return links.Others{}, nil
		}
		ls, err := r.l.Figures(ctx, it)
		return links.OthersOf(ls, max), err
	}
	if d, ok := r.l.(counter); ok {
		var err error
		if count, err = d.DisagreementsCounted(ctx, items); err != nil {
			return nil, err
		}
	}
	return func(it evidence.Item, max int) (links.Others, error) {
		o, err := count(ctx, it, max)
		if err != nil {
			return links.Others{}, err
		}
		o.Links, err = r.linked(ctx, o.Links, 0)
		return o, err
	}, nil
}

// linked resolves the items of an item's links, so a linked finding is
// cited as it is met on its own wherever it is shown or cited beside the
// item (the note a pack prints under a contradicted finding, the warning
// of the detail pane and the comparison table): a news story's finding by
// the report it covers first. The links engine leaves them as found, since
// their primary takes a search of its own. Before, each path that wanted
// them resolved did it itself, and the pack's note and the warning did not.
func (r *Resolver) linked(ctx context.Context, ls []links.Link, depth int) ([]links.Link, error) {
	var out []links.Link
	for i, l := range ls {
		if !links.NeedsPrimary(l.Item) {
			continue
		}
		res, err := r.item(ctx, l.Item, depth, false)
		if err != nil {
			return nil, err
		}
		if out == nil {
			out = append([]links.Link(nil), ls...)
		}
		out[i].Item = res.Item
	}
	if out == nil {
		return ls, nil
	}
	return out, nil
}

// Items returns the resolved items, missing ones left out, in order.
func Items(rs []Resolved) []evidence.Item {
	out := make([]evidence.Item, 0, len(rs))
	for _, r := range rs {
		if !r.Missing {
			out = append(out, r.Item)
		}
	}
	return out
}
