package index_test

import (
	"context"
	"errors"
	"os"
	"testing"

	"github.com/cypx/cypx/internal/index"
)

// TestFaultWhereBleveReadsOnItsOwnGoroutinesIsRecovered: with the file
// check off (a cut that lands after it), every read bleve's snapshot would
// make on goroutines of its own — the dictionaries of a prefix being
// typed, a fuzzy term, a wildcard, a suggestion and the facet table, the
// documents of an id — meets a truncated segment on the calling goroutine
// and returns ErrDamaged. Before, a fault there ended the process
// (SIGBUS), which no recover reaches.
func TestFaultWhereBleveReadsOnItsOwnGoroutinesIsRecovered(t *testing.T) {
	ctx := context.Background()
	search := func(q string) func(*index.Index) error {
		return func(ix *index.Index) error { _, err := ix.Search(ctx, index.Request{Query: q}); return err }
	}
	cases := []struct {
		name string
		read func(*index.Index) error
		// table builds the facet table before the damage, so that the
		// read meets it in its own dictionary walk, not the table's.
		table bool
	}{
		{"facet table", search("waiting "), false},
		{"prefix", search("waiti"), true},
		{"fuzzy", search("watiing~1 "), true},
		{"wildcard", search("wai*ing "), true},
		{"suggestion", search("waitnig "), true},
		{"id", func(ix *index.Index) error { _, _, err := ix.Get(ctx, "x#00000000"); return err }, true},
	}
	for _, c := range cases {
		ix, segs := openOnDisk(t)
		index.TrustFiles(ix)
		if c.table {
			if err := search("waiting ")(ix); err != nil {
				t.Fatal(err)
			}
		}
		for _, f := range segs {
			if err := os.Truncate(f, 0); err != nil {
				t.Fatal(err)
			}
		}
		if err := c.read(ix); !errors.Is(err, index.ErrDamaged) {
			t.Errorf("%s over a truncated segment: %v, want ErrDamaged", c.name, err)
		}
		ix.Close()
	}
}
