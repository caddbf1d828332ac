package links_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/pipeline"
)

// TestCitedSourceIsPrimary checks that a statistic attributing its figure
// to a body ("according to the Health Foundation") links to that body's
// own statement of the figure when the library holds it, and is cited
// with that source first; a figure the body's source does not state is
// not linked.
func TestCitedSourceIsPrimary(t *testing.T) {
	fsys := fstest.MapFS{
		"sources/hf.md": {Data: []byte("---\ntitle: Public health grant\npublisher: The Health Foundation\ndate: 2024-03\ntype: report\n---\n" +
			"Our analysis shows the public health grant has been cut by 28% per person in real terms since 2015/16.\n\n" +
			"Children's services funded by the grant have faced the largest reductions of all.\n")},
		"sources/np.md": {Data: []byte("---\ntitle: Forgotten generation\npublisher: NHS Providers\ndate: 2024-07\ntype: report\n---\n" +
			"According to the Health Foundation, the public health grant has been cut by 28% per person since 2015/16.\n\n" +
			"According to the Health Foundation, spending on school nursing fell by 17% over the same period.\n")},
	}
	c, err := pipeline.Load(fsys, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	built, err := index.Build(context.Background(), filepath.Join(dir, "index"), c.Items, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer built.Close()
	e := links.New(built, c.Sources, nil)
	var cited, unmatched, primary evidence.Item
	for _, it := range c.Items {
		switch {
		case it.Source.ID == "np" && strings.Contains(it.Text, "28%"):
			cited = it
		case it.Source.ID == "np" && strings.Contains(it.Text, "17%"):
			unmatched = it
		case it.Source.ID == "hf" && strings.Contains(it.Text, "28%"):
			primary = it
		}
	}
	if cited.Cites != "Health Foundation" || primary.ID == "" {
		t.Fatalf("cites %q, primary %q", cited.Cites, primary.ID)
	}
	ls, err := e.For(context.Background(), cited)
	if err != nil {
		t.Fatal(err)
	}
	if len(ls) == 0 || ls[0].Type != links.PrimarySource || ls[0].Item.ID != primary.ID {
		t.Fatalf("links of the cited statistic: %+v", ls)
	}
	prim, err := e.PrimaryLinks(context.Background(), cited)
	if err != nil {
		t.Fatal(err)
	}
	withPrimary := links.WithPrimary(cited, prim)
	if got, want := evidence.Cite(withPrimary, evidence.Harvard, evidence.FormatFigure, time.Time{}), "28% (The Health Foundation, 2024; reported by NHS Providers, 2024)"; got != want {
		t.Errorf("cited as %q, want %q", got, want)
	}
	ls, err = e.For(context.Background(), unmatched)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range ls {
		if l.Type == links.PrimarySource {
			t.Errorf("a figure the cited source does not state was linked to %q", l.Item.Text)
		}
	}
	if got := evidence.Cite(links.WithPrimary(unmatched, ls), evidence.Harvard, evidence.FormatFigure, time.Time{}); got != "17% (Health Foundation, cited in NHS Providers, 2024)" {
		t.Errorf("unmatched figure cited as %q", got)
	}
}

// TestASourceThatGivesAnotherValueIsNotThePrimary: coverage whose figure
// the report it covers contradicts (50% where the report says 45%, for the
// same measure and year) shares a figure with the report (the 18 weeks of
// the measure), but the report is not where its finding was found: no
// primary-source link, so the quote is not cited to the report first; the
// disagreement is still a link. Coverage that repeats the report's value
// keeps its primary. Before, the 50% was cited "(Children's Trust, 2024;
// reported by Bloggs, 2024)", the briefing pack's note under it saying the
// Children's Trust gives 45% (red-team round 11).
func TestASourceThatGivesAnotherValueIsNotThePrimary(t *testing.T) {
	fsys := fstest.MapFS{
		"sources/rep.md": {Data: []byte("---\ntitle: Waiting report\npublisher: Children's Trust\ndate: 2024-03-01\ntype: report\n---\n" +
			"In 2023, 45% of children waited more than 18 weeks for mental health treatment.\n\n" +
			"The number of children referred for mental health treatment rose in every region of England.\n")},
		"sources/news.md": {Data: []byte("---\ntitle: Half of children wait too long\npublisher: Daily Paper\nauthor: Jo Bloggs\ndate: 2024-03-05\ntype: news\nabout: rep\n---\n" +
			"In 2023, 50% of children waited more than 18 weeks for mental health treatment, a new report shows.\n\n" +
			"In 2023, 50% of children waited more than 18 weeks for mental health treatment, according to the Children's Trust.\n\n" +
			"The report says 45% of children waited more than 18 weeks for mental health treatment in 2023.\n")},
	}
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
	var checked int
	for _, it := range c.Items {
		if it.Source.ID != "news" {
			continue
		}
		checked++
		prim, err := e.PrimaryLinks(context.Background(), it)
		if err != nil {
			t.Fatal(err)
		}
		cited := evidence.Cite(links.WithPrimary(it, prim), evidence.Harvard, evidence.FormatPlain, time.Time{})
		agrees := strings.Contains(it.Text, "45%")
		if agrees != (len(prim) > 0) {
			t.Errorf("%q: %d primary links, cited %s", it.Text, len(prim), cited)
		}
		if !agrees && strings.Contains(cited, "Children's Trust, 2024;") {
			t.Errorf("a figure the report contradicts cited to the report first: %s", cited)
		}
		ls, err := e.For(context.Background(), it)
		if err != nil {
			t.Fatal(err)
		}
		disagrees := false
		for _, l := range ls {
			disagrees = disagrees || l.Type == links.Disagrees
			if l.Type == links.PrimarySource && !agrees {
				t.Errorf("%q: a primary-source link to %q", it.Text, l.Item.Text)
			}
		}
		if !agrees && !disagrees {
			t.Errorf("%q: no disagrees link: %+v", it.Text, ls)
		}
	}
	if checked != 3 {
		t.Fatalf("%d items of the coverage", checked)
	}
}
