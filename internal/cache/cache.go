// Package cache keeps the search index of a corpus on disk between runs, so
// that cypx opens what it built before instead of extracting and indexing
// the corpus again.
//
// Each corpus has a folder under the cache root holding the bleve index and
// a manifest: every source file's size, modification time and content hash,
// the sources' metadata and the problems found. A start stats the files,
// hashes only those whose size or time changed, and then either opens the
// index as it is, re-indexes just the sources that changed, or — when the
// extractor, the mapping or the taxonomy changed, or the index cannot be
// read — builds a new index in a temporary folder and renames it into place.
package cache

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/cypx/cypx/internal/atomicfile"
	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/themes"
)

// Options say which corpus to open and where its cache lives.
type Options struct {
	// Root is the cache folder ($XDG_CACHE_HOME/cypx); "" keeps the index in
	// memory and builds it every time.
	Root string
	// Name identifies the corpus across runs: "bundled", or its absolute path.
	Name string
	// FS is the corpus folder; Fallback holds the taxonomy used when the
	// corpus has no themes.yaml.
	FS, Fallback fs.FS
	// Progress, when set, is told how indexing advances.
	Progress index.Progress
	// Warn is told about problems that were worked around (a broken cache).
	Warn func(string)
	// Live, when set, is given the index as soon as there is one, so it can
	// be searched while it is built, and the finished index at the end.
	Live *Live
}

// Catalog is what is known about an opened corpus without reading its items.
type Catalog struct {
	Sources  []evidence.Source
	Taxonomy *themes.Taxonomy
	Problems []corpus.Problem
	Items    int
	Kinds    map[evidence.Kind]int
	// Rebuilt says how the index was got: "opened", "updated N sources",
	// "built" or "in memory".
	Rebuilt string
}

// manifest is the record of what an index holds.
type manifest struct {
	Version    string                           `json:"version"`
	ThemesHash string                           `json:"themes_hash"`
	Files      map[string]fileState             `json:"files"`
	Sources    map[string]evidence.Source       `json:"sources"` // by file
	Problems   []corpus.Problem                 `json:"problems"`
	Kinds      map[string]map[evidence.Kind]int `json:"kinds"` // by file
}

type fileState struct {
	Size    int64     `json:"size"`
	ModTime time.Time `json:"mtime"`
	Hash    string    `json:"hash"`
}

// Open returns the corpus's index and catalog, building or updating the
// cached index as needed.
func Open(ctx context.Context, o Options) (*index.Index, *Catalog, error) {
	tax, themesHash, err := loadTaxonomy(o.FS, o.Fallback)
	if err != nil {
		return nil, nil, err
	}
	files, err := listFiles(o.FS)
	if err != nil {
		return nil, nil, err
	}
	if o.Root == "" {
		return buildInMemory(ctx, o, tax, files)
	}
	dir := filepath.Join(o.Root, "index-"+shortHash(o.Name))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		o.warn(fmt.Sprintf("cannot use the cache folder (%v): indexing in memory", err))
		return buildInMemory(ctx, o, tax, files)
	}
	unlock, err := lock(dir)
	if err != nil {
		o.warn(fmt.Sprintf("cannot lock the cache (%v): indexing in memory", err))
		return buildInMemory(ctx, o, tax, files)
	}
	defer unlock()

	old, _ := readManifest(dir)
	states, err := stateFiles(o.FS, files, old)
	if err != nil {
		return nil, nil, err
	}
	idxPath := filepath.Join(dir, "index")
	if old != nil && old.Version == index.Version && old.ThemesHash == themesHash {
		changed, removed := diff(old, states)
		if len(changed) == 0 && len(removed) == 0 {
			ix, err := index.Open(idxPath, true)
			if err == nil {
				o.Live.set(ix)
				return ix, old.catalog(tax, "opened"), nil
			}
			o.warn(fmt.Sprintf("the cached index could not be opened (%v): rebuilding", err))
		} else {
			ix, m, err := update(ctx, o, idxPath, old, states, changed, removed, tax)
			if err == nil {
				m.ThemesHash = themesHash
				if err := writeManifest(dir, m); err != nil {
					ix.Close()
					return nil, nil, err
				}
				return ix, m.catalog(tax, fmt.Sprintf("updated %d sources", len(changed)+len(removed))), nil
			}
			o.warn(fmt.Sprintf("the cached index could not be updated (%v): rebuilding", err))
		}
	} else if old != nil {
		o.warn("the cached index was built by another version of cypx or another taxonomy: rebuilding")
	}
	ix, m, err := rebuild(ctx, o, dir, tax, files, states)
	if err != nil {
		return nil, nil, err
	}
	m.ThemesHash = themesHash
	if err := writeManifest(dir, m); err != nil {
		ix.Close()
		return nil, nil, err
	}
	return ix, m.catalog(tax, "built"), nil
}

func (o Options) warn(msg string) {
	if o.Warn != nil {
		o.Warn(msg)
	}
}

func (m *manifest) catalog(tax *themes.Taxonomy, how string) *Catalog {
	c := &Catalog{Taxonomy: tax, Problems: m.Problems, Kinds: map[evidence.Kind]int{}, Rebuilt: how}
	names := make([]string, 0, len(m.Sources))
	for f := range m.Sources {
		names = append(names, f)
	}
	sort.Strings(names)
	for _, f := range names {
		c.Sources = append(c.Sources, m.Sources[f])
		for k, n := range m.Kinds[f] {
			c.Kinds[k] += n
			c.Items += n
		}
	}
	return c
}

// LoadTaxonomy reads the taxonomy a corpus uses: its own themes.yaml, else
// the fallback's.
func LoadTaxonomy(fsys, fallback fs.FS) (*themes.Taxonomy, error) {
	tax, _, err := loadTaxonomy(fsys, fallback)
	return tax, err
}

// loadTaxonomy reads the corpus's themes.yaml, else the fallback's, and
// hashes it: a new taxonomy re-tags every item.
func loadTaxonomy(fsys, fallback fs.FS) (*themes.Taxonomy, string, error) {
	src := fsys
	if _, err := fs.Stat(fsys, corpus.ThemesFile); err != nil {
		src = fallback
	}
	data, err := fs.ReadFile(src, corpus.ThemesFile)
	if err != nil {
		return nil, "", err
	}
	tax, err := themes.Parse(corpus.ThemesFile, data)
	if err != nil {
		return nil, "", err
	}
	return tax, hashBytes(data), nil
}

func listFiles(fsys fs.FS) ([]string, error) {
	names, err := fs.Glob(fsys, corpus.SourcesDir+"/*.md")
	sort.Strings(names)
	return names, err
}

// stateFiles stats every file, reusing the manifest's hash when the size
// and modification time are unchanged (embedded files, whose time is zero,
// are always hashed: they are few and small).
func stateFiles(fsys fs.FS, files []string, old *manifest) (map[string]fileState, error) {
	out := make(map[string]fileState, len(files))
	for _, f := range files {
		info, err := fs.Stat(fsys, f)
		if err != nil {
			out[f] = fileState{Hash: "unreadable: " + err.Error()}
			continue
		}
		st := fileState{Size: info.Size(), ModTime: info.ModTime().UTC()}
		if old != nil && !st.ModTime.IsZero() {
			if prev, ok := old.Files[f]; ok && prev.Size == st.Size && prev.ModTime.Equal(st.ModTime) {
				st.Hash = prev.Hash
				out[f] = st
				continue
			}
		}
		data, err := fs.ReadFile(fsys, f)
		if err != nil {
			st.Hash = "unreadable: " + err.Error()
		} else {
			st.Hash = hashBytes(data)
		}
		out[f] = st
	}
	return out, nil
}

// diff lists the files added or changed, and those removed, since the manifest.
func diff(old *manifest, now map[string]fileState) (changed, removed []string) {
	for f, st := range now {
		if prev, ok := old.Files[f]; !ok || prev.Hash != st.Hash {
			changed = append(changed, f)
		}
	}
	for f := range old.Files {
		if _, ok := now[f]; !ok {
			removed = append(removed, f)
		}
	}
	sort.Strings(changed)
	sort.Strings(removed)
	return changed, removed
}

func hashBytes(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:12])
}

func shortHash(s string) string { return hashBytes([]byte(s))[:16] }

// manifestFile is gob rather than JSON: at 2,000 sources it decodes in a
// third of the time, and a start waits for it.
const manifestFile = "manifest.gob"

func readManifest(dir string) (*manifest, error) {
	data, err := os.ReadFile(filepath.Join(dir, manifestFile))
	if err != nil {
		return nil, err
	}
	var m manifest
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&m); err != nil {
		return nil, err
	}
	return &m, nil
}

// writeManifest replaces the manifest atomically: temp file, sync, rename.
func writeManifest(dir string, m *manifest) error {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(m); err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(dir, manifestFile), buf.Bytes())
}
