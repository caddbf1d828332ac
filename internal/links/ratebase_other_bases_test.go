package links_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/pipeline"
)

// linksOf loads sources, and returns the links of the statistic of
// source from whose text holds has.
func linksOf(t *testing.T, fsys fstest.MapFS, from, has string) []links.Link {
	t.Helper()
	c, err := pipeline.Load(fsys, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	built, err := index.Build(context.Background(), filepath.Join(t.TempDir(), "index"), c.Items, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer built.Close()
	e := links.New(built, c.Sources, nil)
	for _, it := range c.Items {
		if it.Source.ID == from && it.Kind == evidence.Statistic && strings.Contains(it.Text, has) {
			ls, err := e.For(context.Background(), it)
			if err != nil {
				t.Fatal(err)
			}
			return ls
		}
	}
	t.Fatalf("no statistic of %s holding %q", from, has)
	return nil
}

// TestRatesAtOtherBasesDoNotDisagree: one council's table gives
// admissions per 1,000 pupils (3.5), another's per 100,000 pupils (350),
// for Leeds in 2024: one rate, and the same finding. Before, a column's
// "per N" was left out of its measure, and the two were flagged as
// disagreeing, 3.5 against 350 (review, round 22).
func TestRatesAtOtherBasesDoNotDisagree(t *testing.T) {
	table := func(head, value string) []byte {
		return []byte("## School admissions to hospital, 2024\n\n| Area | " + head + " |\n|---|---|\n| Leeds | " + value + " |\n| York | 9.9 |\n")
	}
	fsys := fstest.MapFS{
		"sources/a.md": {Data: append([]byte("---\ntitle: Admissions A\npublisher: Council A\ndate: 2024-06\ntype: report\n---\n"), table("Admissions per 1,000 pupils", "3.5")...)},
		"sources/b.md": {Data: append([]byte("---\ntitle: Admissions B\npublisher: Council B\ndate: 2024-07\ntype: report\n---\n"), table("Admissions per 100,000 pupils", "350")...)},
	}
	same := false
	for _, l := range linksOf(t, fsys, "a", "3.5") {
		if l.Type == links.Disagrees {
			t.Errorf("disagrees: %s", l.Reason)
		}
		same = same || l.Type == links.SameFinding && l.Item.Source.ID == "b"
	}
	if !same {
		t.Error("no same-finding link between one rate at two bases")
	}
}
