package viz

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
)

// Searcher is the index, as the map needs it.
type Searcher interface {
	Search(ctx context.Context, r index.Request) (index.Result, error)
}

// Theme names a row of the map.
type Theme struct{ ID, Label string }

// ErrUnknownBy is BuildMatrix's error for a grouping it does not know: the
// caller's mistake, where its other errors are the index's.
var ErrUnknownBy = errors.New("unknown --by")

// BuildMatrix counts the items matching req per theme and source (by =
// "source") or publisher (by = "publisher"), from the index's facet counts:
// one search per theme. Every source is a column, so a source no theme
// touches shows as a gap.
func BuildMatrix(ctx context.Context, s Searcher, req index.Request, themes []Theme, sources []evidence.Source, by string) (Matrix, error) {
	if by != "source" && by != "publisher" {
		return Matrix{}, fmt.Errorf("%w %q (valid: source, publisher)", ErrUnknownBy, by)
	}
	field := index.FieldSource
	if by == "publisher" {
		field = index.FieldPublisher
	}
	cells := map[string]map[string]int{}
	var rows, rowLabels []string
	for _, t := range themes {
		r := req
		r.Themes, r.Facets, r.FacetsOnly, r.FacetFields, r.Matches = []string{t.ID}, true, true, []string{field}, false
		res, err := s.Search(ctx, r)
		if err != nil {
			return Matrix{}, err
		}
		cells[t.ID] = map[string]int{}
		for _, f := range res.Facets[field] {
			cells[t.ID][f.Value] = f.Count
		}
		rows = append(rows, t.ID)
		rowLabels = append(rowLabels, t.Label)
	}
	cols, labels, names := columns(sources, by)
	m := NewMatrix(by, rows, rowLabels, cols, labels, cells)
	m.ColNames = names
	return m, nil
}

// columns lists the map's columns: sources newest first (labelled by
// publisher initials and year, lettered where two share a label), or
// publishers by name.
func columns(sources []evidence.Source, by string) (cols, labels, names []string) {
	src := append([]evidence.Source(nil), sources...)
	sort.SliceStable(src, func(i, j int) bool {
		if a, b := src[i].Date.String(), src[j].Date.String(); a != b {
			return a > b
		}
		return src[i].ID < src[j].ID
	})
	if by == "publisher" {
		// A column is a publisher as the index counts it: a publisher
		// over index.MaxIndexedPublisherBytes is counted by its start.
		seen := map[string]bool{}
		for _, s := range src {
			if p := index.IndexedPublisher(s.Publisher); !seen[p] {
				seen[p] = true
				cols = append(cols, p)
			}
		}
		sort.Strings(cols)
		return cols, cols, cols
	}
	count := map[string]int{}
	for _, s := range src {
		count[SourceLabel(s)]++
	}
	next := map[string]int{}
	for _, s := range src {
		l := SourceLabel(s)
		if count[l] > 1 {
			next[l]++
			l += string(rune('a' + next[l] - 1))
		}
		cols = append(cols, s.ID)
		labels = append(labels, l)
		name := s.Publisher + " · " + s.Title
		if s.Section != "" {
			name += " (" + s.Section + ")"
		}
		names = append(names, name)
	}
	return cols, labels, names
}
