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

// TestUndatedFigureLinksToTheTimeItAgreesWith: a story about a report
// gives the report's 35.8% of children in the North East waiting over 18
// weeks, with no year; the report's row gives 31.2% in 2022/23 and 35.8%
// in 2023/24. The story states the same finding, and nothing disagrees
// (red-team round 17). Before, the first of the row's figures was taken:
// "another value: 31.2% … against 35.8% … for the same measure, 2022/23",
// printed under the story in a briefing pack.
func TestUndatedFigureLinksToTheTimeItAgreesWith(t *testing.T) {
	fsys := fstest.MapFS{
		"sources/rep.md": {Data: []byte("---\ntitle: Waiting times\npublisher: Children's Health Trust\ndate: 2024-06\ntype: report\n---\n" +
			"## Children waiting over 18 weeks, by region\n\n| Region | Share waiting over 18 weeks (%) 2022/23 | Share waiting over 18 weeks (%) 2023/24 |\n|---|---|---|\n" +
			"| North East | 31.2 | 35.8 |\n| North West | 28.4 | 30.1 |\n")},
		"sources/news.md": {Data: []byte("---\ntitle: Children wait too long\npublisher: Weekly Health\ndate: 2024-07\ntype: news\nabout: rep\n---\n" +
			"The report said 35.8% of children in the North East waited over 18 weeks.\n")},
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
	var story evidence.Item
	for _, it := range c.Items {
		if it.Source.ID == "news" && strings.Contains(it.Text, "35.8%") {
			story = it
		}
	}
	if story.ID == "" {
		t.Fatal("no story item")
	}
	ls, err := e.For(context.Background(), story)
	if err != nil {
		t.Fatal(err)
	}
	same := false
	for _, l := range ls {
		if l.Type == links.Disagrees {
			t.Errorf("disagrees: %s", l.Reason)
		}
		same = same || l.Type == links.SameFinding && l.Item.Source.ID == "rep"
	}
	if !same {
		t.Errorf("no same-finding link to the report: %v", ls)
	}
}
