// Package pipeline runs the evidence pipeline over a corpus folder: load the
// sources, extract their items and tag them with themes. It is the one place
// where those stages are wired together, so the CLI, the explorer and the
// benchmarks all get the same items from the same files.
package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"sort"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
	"github.com/cypx/cypx/internal/themes"
)

// Corpus is a loaded corpus: its sources, their items with themes, the
// taxonomy used, and every problem met on the way.
type Corpus struct {
	Sources  []evidence.Source
	Items    []evidence.Item
	Taxonomy *themes.Taxonomy
	Problems []corpus.Problem
	// Hash identifies the corpus content and the extractor version, so an
	// index built from it can be reused while neither changes.
	Hash string
}

// Load runs the pipeline over fsys. The taxonomy is the corpus's own
// themes.yaml when it has one, else the one in fallback.
func Load(fsys fs.FS, fallback fs.FS) (*Corpus, error) {
	tax, err := loadTaxonomy(fsys, fallback)
	if err != nil {
		return nil, err
	}
	docs, problems := corpus.Load(fsys)
	c := &Corpus{Taxonomy: tax, Problems: problems}
	for _, d := range docs {
		items := extract.Extract(d)
		tax.TagItems(items)
		c.Sources = append(c.Sources, d.Source)
		c.Items = append(c.Items, items...)
	}
	c.Hash, err = contentHash(fsys)
	return c, err
}

func loadTaxonomy(fsys, fallback fs.FS) (*themes.Taxonomy, error) {
	if _, err := fs.Stat(fsys, corpus.ThemesFile); err == nil {
		return themes.Load(fsys, corpus.ThemesFile)
	}
	if fallback == nil {
		return nil, fmt.Errorf("no %s in the corpus", corpus.ThemesFile)
	}
	return themes.Load(fallback, corpus.ThemesFile)
}

// contentHash hashes the names and bytes of the corpus files and the
// extractor version.
func contentHash(fsys fs.FS) (string, error) {
	names, _ := fs.Glob(fsys, corpus.SourcesDir+"/*.md")
	if _, err := fs.Stat(fsys, corpus.ThemesFile); err == nil {
		names = append(names, corpus.ThemesFile)
	}
	sort.Strings(names)
	h := sha256.New()
	fmt.Fprintf(h, "extract v%d\n", extract.Version)
	for _, n := range names {
		f, err := fsys.Open(n)
		if err != nil {
			continue // reported by the loader
		}
		fmt.Fprintf(h, "%s\n", n)
		_, err = io.Copy(h, f)
		f.Close()
		if err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// CountByKind counts items of each kind.
func (c *Corpus) CountByKind() map[evidence.Kind]int {
	n := map[evidence.Kind]int{}
	for _, it := range c.Items {
		n[it.Kind]++
	}
	return n
}
