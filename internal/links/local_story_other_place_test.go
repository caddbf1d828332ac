package links_test

import (
	"context"
	"path/filepath"
	"testing"
	"testing/fstest"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/pipeline"
)

// TestALocalStorysFigureIsNotTheNationalReports: a local paper's story
// about a report giving a figure for England writes the same value of
// its own area ("Locally", "In our area", "In this area", "Here in
// Ferncombe"): another place, so no primary-source link, while the same
// sentence with no place, or of England, keeps it. Before (hostile check
// 70 G5) "Locally, 33% …" was linked as the report's figure and cited
// primary-first.
func TestALocalStorysFigureIsNotTheNationalReports(t *testing.T) {
	const tail = " 33% of young people referred to eating disorder services waited more than 4 weeks in 2023/24, the study said.\n\n"
	story := "---\ntitle: Eating disorder waits\npublisher: Ferncombe Courier\ndate: 2025-02-10\ntype: news\nabout: study\n---\n" +
		"Locally," + tail + "In our area," + tail + "In this area," + tail + "Here in Ferncombe," + tail +
		"Across England," + tail + "Overall," + tail
	fsys := fstest.MapFS{
		"sources/study.md": {Data: []byte("---\ntitle: Eating disorder access\npublisher: Youth Health Observatory\ndate: 2025-01-20\ntype: report\n---\n" +
			"In England, 33% of young people referred to eating disorder services waited more than 4 weeks in 2023/24.\n")},
		"sources/story.md": {Data: []byte(story)},
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
	want := map[string]bool{"Locally": false, "In our area": false, "In this area": false, "Here in Ferncombe": false,
		"Across England": true, "Overall": true}
	seen := 0
	for _, it := range c.Items {
		if it.Source.ID != "story" || it.Kind != evidence.Statistic {
			continue
		}
		ls, err := e.For(context.Background(), it)
		if err != nil {
			t.Fatal(err)
		}
		primary := false
		for _, l := range ls {
			primary = primary || l.Type == links.PrimarySource
		}
		w, ok := want[trimComma(it.Text)]
		if !ok {
			t.Errorf("unexpected item %q", it.Text)
			continue
		}
		seen++
		if primary != w {
			t.Errorf("%q: primary-source link %v, want %v", it.Text, primary, w)
		}
	}
	if seen != len(want) {
		t.Errorf("%d of the story's %d statistics read", seen, len(want))
	}
}

// trimComma is a sentence's words before its first comma.
func trimComma(s string) string {
	for i, r := range s {
		if r == ',' {
			return s[:i]
		}
	}
	return s
}
