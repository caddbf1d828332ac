package index

import (
	"strconv"
	"strings"
	"sync"

	"github.com/cypx/cypx/internal/evidence"
)

// A measure search (Request.Measures) over a read-only index is kept with
// the index's facet table, whose snapshot never changes, so a comparison
// table for a measure asked for again does not search and read again. At
// 100,000 items the generated library's commonest measures gather
// 450-600 statistics; running the disjunction over their terms and
// reading each one's stored fields was over a third of such a table's
// time (BenchmarkFigureTable). What is kept is each hit's score, id and
// outline, as stored: every search reads its items afresh from the
// outline (readOutline), so no caller shares an item with another, and
// Admit is asked about each as when the search ran.

// measureCacheItems bounds the hits kept over all measure searches: at
// about a kilobyte an outline, some ten megabytes.
const measureCacheItems = 10000

// measureCache holds the pages of measure searches, oldest first.
type measureCache struct {
	mu    sync.Mutex
	pages map[string]*measurePage
	order []string
	items int
}

// measurePage is one measure search's matches as a search found them.
type measurePage struct {
	total int
	hits  []measureHit
}

// measureHit is a hit of a measure search as stored: its outline is the
// item whole (see outlineOf).
type measureHit struct {
	score       float64
	id, outline string
}

// measureCacheKey is the key of a request whose page is kept: a measure
// search with a kind filter at most, asking for no facets, from its first
// hit; ok is false for any other request.
func measureCacheKey(p plan) (string, bool) {
	r := p.req
	if len(r.Measures) == 0 || p.noMatch || p.counts() || r.FacetsOnly || r.Offset != 0 || r.Query != "" || r.Like != "" ||
		len(r.LikeTerms) > 0 || len(r.IDs) > 0 || len(r.Values) > 0 || len(r.Themes) > 0 || len(r.Sources) > 0 ||
		len(r.Publishers) > 0 || len(r.Actors) > 0 || r.YearFrom != 0 || r.YearTo != 0 || r.Matches {
		return "", false
	}
	var b strings.Builder
	b.WriteString(strconv.Itoa(p.limit))
	if r.MeasuresAnyNumber {
		b.WriteString("\x02")
	}
	if r.MeasuresAnyWord {
		b.WriteString("\x03")
	}
	for _, k := range r.Kinds {
		b.WriteString("\x00")
		b.WriteString(string(k))
	}
	for _, m := range r.Measures {
		b.WriteString("\x01")
		b.WriteString(m)
	}
	return b.String(), true
}

// get returns the page kept for key, or nil.
func (c *measureCache) get(key string) *measurePage {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.pages[key]
}

// put keeps a page, forgetting the oldest while over the bound; a page
// larger than the bound is not kept.
func (c *measureCache) put(key string, pg *measurePage) {
	if len(pg.hits) > measureCacheItems {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.pages[key]; ok {
		return
	}
	if c.pages == nil {
		c.pages = map[string]*measurePage{}
	}
	for c.items+len(pg.hits) > measureCacheItems && len(c.order) > 0 {
		old := c.order[0]
		c.order = c.order[1:]
		c.items -= len(c.pages[old].hits)
		delete(c.pages, old)
	}
	c.pages[key] = pg
	c.order = append(c.order, key)
	c.items += len(pg.hits)
}

// result reads a kept page's items from their outlines, leaving out those
// admit refuses, as loadHit does.
func (pg *measurePage) result(admit func(evidence.Item) bool) (Result, error) {
	out := Result{Total: pg.total, Hits: make([]Hit, 0, len(pg.hits))}
	for _, h := range pg.hits {
		it, _, err := readOutlineString(h.id, h.outline)
		if err != nil {
			return Result{}, err
		}
		if admit != nil && !admit(it) {
			continue
		}
		out.Hits = append(out.Hits, Hit{Item: it, Score: h.score})
	}
	return out, nil
}
