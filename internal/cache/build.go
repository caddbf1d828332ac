package cache

import (
	"context"
	"os"
	"path/filepath"
	"runtime/debug"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/pipeline"
	"github.com/cypx/cypx/internal/themes"
)

// extracted is the outcome of running the pipeline over some files, in
// the shape the manifest keeps: sources and kind counts by file.
type extracted struct {
	items    []evidence.Item
	sources  map[string]evidence.Source // by file
	kinds    map[string]map[evidence.Kind]int
	problems []corpus.Problem
}

// extractFiles runs the pipeline over files. known holds the source ids of
// files not being read, for duplicate and about: checks.
func extractFiles(o Options, files []string, tax *themes.Taxonomy, known map[string]string) extracted {
	b := pipeline.RunWithProgress(o.FS, files, tax, o.thesaurus, known, o.Reading)
	out := extracted{sources: map[string]evidence.Source{}, kinds: map[string]map[evidence.Kind]int{}, problems: b.Problems}
	n := 0
	for _, d := range b.Docs {
		n += len(d.Items)
	}
	// One slice of the right size, each source's own let go as it is
	// copied: never two whole copies of 200,000 items at once.
	out.items = make([]evidence.Item, 0, n)
	for i, d := range b.Docs {
		b.Docs[i].Items = nil
		out.items = append(out.items, d.Items...)
		out.sources[d.Source.File] = d.Source
		k := map[evidence.Kind]int{}
		for _, it := range d.Items {
			k[it.Kind]++
		}
		out.kinds[d.Source.File] = k
	}
	return out
}

// buildInMemory indexes the whole corpus in memory.
func buildInMemory(ctx context.Context, o Options, tax *themes.Taxonomy, files []string) (*index.Index, *Catalog, error) {
	x := extractFiles(o, files, tax, nil)
	ix, err := index.New("")
	if err != nil {
		return nil, nil, err
	}
	o.Live.set(ix)
	index.SortListing(x.items)
	if err := ix.Consume(ctx, x.items, o.Progress); err != nil {
		return nil, nil, err
	}
	return ix, newManifest(nil, x.sources, x.kinds, x.problems).catalog(tax, "in memory"), nil
}

// buildingPrefix names the temporary folder a full build works in.
const buildingPrefix = "building-"

// rebuild indexes the whole corpus into a temporary folder and renames it
// over the old index, so a crash never leaves a half-built index in place.
func rebuild(ctx context.Context, o Options, dir string, tax *themes.Taxonomy, files []string, states map[string]fileState) (*index.Index, *manifest, error) {
	x := extractFiles(o, files, tax, nil)
	tmp, err := os.MkdirTemp(dir, buildingPrefix)
	if err != nil {
		return nil, nil, err
	}
	defer os.RemoveAll(tmp)
	built := filepath.Join(tmp, "index")
	building, err := index.New(built)
	if err != nil {
		return nil, nil, err
	}
	o.Live.set(building) // searchable as batches land
	index.SortListing(x.items)
	if err := building.Consume(ctx, x.items, o.Progress); err != nil {
		o.Live.set(nil)
		building.Close()
		return nil, nil, err
	}
	// The items are in the index now. The merge that follows maps every
	// segment into memory to read it (at 200,000 items, 270 MB of the
	// process's resident memory): give the items' memory back first.
	x.items = nil
	debug.FreeOSMemory()
	if err := building.Compact(ctx, true); err != nil {
		o.Live.set(nil)
		building.Close()
		return nil, nil, err
	}
	final := filepath.Join(dir, "index")
	ix, err := o.Live.swap(func() (*index.Index, error) {
		if err := building.Close(); err != nil {
			return nil, err
		}
		old := filepath.Join(tmp, "old")
		if _, err := os.Stat(final); err == nil {
			if err := os.Rename(final, old); err != nil {
				return nil, err
			}
		}
		if err := os.Rename(built, final); err != nil {
			return nil, err
		}
		return index.Open(final, true)
	})
	if err != nil {
		return nil, nil, err
	}
	return ix, newManifest(states, x.sources, x.kinds, x.problems), nil
}

// update re-indexes only the sources whose files changed or went.
func update(ctx context.Context, o Options, path string, old *manifest, states map[string]fileState, changed, removed []string, tax *themes.Taxonomy) (*index.Index, *manifest, error) {
	ix, err := index.Open(path, false)
	if err != nil {
		return nil, nil, err
	}
	o.Live.set(ix)
	var stale []string
	for _, f := range append(append([]string{}, changed...), removed...) {
		if e := old.find(f); e != nil && e.Source != nil {
			stale = append(stale, e.Source.ID)
		}
	}
	ids, err := ix.SourceItemIDs(ctx, stale)
	if err == nil {
		err = ix.Delete(ids)
	}
	if err != nil {
		ix.Close()
		return nil, nil, err
	}
	sources, kinds := map[string]evidence.Source{}, map[string]map[evidence.Kind]int{}
	var problems []corpus.Problem
	reread := map[string]bool{}
	for _, f := range changed {
		reread[f] = true
	}
	known := map[string]string{}
	for _, e := range old.Entries {
		if _, exists := states[e.File]; exists && !reread[e.File] && e.Source != nil {
			sources[e.File] = *e.Source
			kinds[e.File] = map[evidence.Kind]int{}
			for _, k := range e.Kinds {
				kinds[e.File][k.Kind] = k.N
			}
			known[e.Source.ID] = e.File
		}
	}
	for _, p := range old.Problems {
		if _, exists := states[p.File]; exists && !reread[p.File] {
			problems = append(problems, p)
		}
	}
	x := extractFiles(o, changed, tax, known)
	if err := ix.Consume(ctx, x.items, o.Progress); err != nil {
		ix.Close()
		return nil, nil, err
	}
	for f, s := range x.sources {
		sources[f], kinds[f] = s, x.kinds[f]
	}
	if err := ix.Compact(ctx, false); err != nil {
		ix.Close()
		return nil, nil, err
	}
	m := newManifest(states, sources, kinds, append(problems, x.problems...))
	ix, err = o.Live.swap(func() (*index.Index, error) {
		if err := ix.Close(); err != nil {
			return nil, err
		}
		return index.Open(path, true)
	})
	return ix, m, err
}
