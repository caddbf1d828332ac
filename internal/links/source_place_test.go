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

// TestCouncilsFiguresAreTheirAreas: two councils' reports each give a
// figure of one measure and year with no place in its sentence. Each is
// its council's area's (Kent, Medway), and two areas' values are no
// measure's disagreement. Before (hostile check 69) Kent
// County Council's 44% and Medway Council's 58% were linked as one
// measure's two values ("disagrees").
func TestCouncilsFiguresAreTheirAreas(t *testing.T) {
	const sentence = "In 2023/24, %s of children waited longer than 10 weeks for an occupational therapy assessment.\n"
	fsys := fstest.MapFS{
		"sources/kcc.md": {Data: []byte("---\ntitle: Therapies annual report\npublisher: Kent County Council\ndate: 2024-06\ntype: report\n---\n" +
			strings.Replace(sentence, "%s", "44%", 1))},
		"sources/mc.md": {Data: []byte("---\ntitle: Therapies review\npublisher: Medway Council\ndate: 2024-07\ntype: report\n---\n" +
			strings.Replace(sentence, "%s", "58%", 1))},
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
	places := map[string]string{}
	var kent evidence.Item
	for _, it := range c.Items {
		if it.Kind != evidence.Statistic || len(it.Figures) == 0 {
			continue
		}
		places[it.Source.ID] = it.Figures[0].Place
		if it.Source.ID == "kcc" {
			kent = it
		}
	}
	if places["kcc"] != "Kent" || places["mc"] != "Medway" {
		t.Errorf("places %v, want kcc Kent, mc Medway", places)
	}
	ls, err := e.For(context.Background(), kent)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range ls {
		if l.Type == links.Disagrees || l.Type == links.SameFinding || l.Type == links.Trend {
			t.Errorf("Kent's figure linked %s to %q (%s)", l.Type, l.Item.Text, l.Item.Source.Publisher)
		}
	}
	f, g := kent.Figures[0], kent.Figures[0]
	g.Value, g.Place = 58, "Medway"
	if v := links.Compare(f, g, 0); v != links.NotComparable {
		t.Errorf("Compare of Kent's and Medway's figures: %v, want NotComparable", v)
	}
}
