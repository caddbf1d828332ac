package links

import (
	"os"
	"path/filepath"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/pipeline"
)

// outlineOf is an item as index.Request.Admit shows it: its id, kind,
// cites, the source's id, title, publisher, date and about, and each
// figure without its offset and with only its record's measure key, place,
// period, change and aim (an aim is never compared with a measured value
// of its time, so the admission reads it as the index's outline keeps it).
func outlineOf(it evidence.Item) evidence.Item {
	o := evidence.Item{ID: it.ID, Kind: it.Kind, Cites: it.Cites, Source: evidence.Source{ID: it.Source.ID,
		Title: it.Source.Title, Publisher: it.Source.Publisher, Date: it.Source.Date, About: it.Source.About},
		Figures: make([]evidence.Figure, len(it.Figures))}
	for i, f := range it.Figures {
		o.Figures[i] = evidence.Figure{Text: f.Text, Value: f.Value, Unit: f.Unit, Role: f.Role, Qualifier: f.Qualifier,
			Record: evidence.Record{Key: f.Key, Place: f.Place, Period: f.Period, Change: f.Change, Aim: f.Aim}}
		if f.IsRange() {
			o.Figures[i].Low, o.Figures[i].High = f.Low, f.High
		}
	}
	return o
}

// Figures reads whole only the measure search's items that mayLink admits
// from their outlines, so it must admit every item whose figures link:
// checked on every pair of statistics of the bundled corpus and the
// figures development set.
func TestMayLinkAdmitsEveryItemThatLinks(t *testing.T) {
	for name, load := range map[string]func() (*pipeline.Corpus, error){
		"bundled": func() (*pipeline.Corpus, error) { return pipeline.Load(bundled.FS, bundled.FS) },
		"figures": func() (*pipeline.Corpus, error) {
			return pipeline.Load(os.DirFS(filepath.Join("..", "quality", "testdata", "figures")), bundled.FS)
		},
	} {
		c, err := load()
		if err != nil {
			t.Fatal(err)
		}
		e := New(nil, c.Sources, nil)
		linking, refused := 0, 0
		for _, it := range c.Items {
			if it.Kind != evidence.Statistic {
				continue
			}
			admit := e.mayLink(it)
			about, isCoverage := e.sources[it.Source.About]
			for _, other := range c.Items {
				if other.ID == it.ID || isCoverage && sameReport(about, other.Source) {
					continue // coverage meets its report's items through figures, not the measure search
				}
				ls := e.figureLinks(it, other)
				switch ok := admit(outlineOf(other)); {
				case len(ls) > 0 && !ok:
					t.Errorf("%s: %s links with %s (%s) but its outline is refused", name, it.ID, other.ID, ls[0].Type)
				case len(ls) > 0:
					linking++
				case !ok:
					refused++
				}
			}
		}
		if linking == 0 || refused == 0 {
			t.Errorf("%s: %d pairs link, %d refused: the check checked nothing", name, linking, refused)
		}
		t.Logf("%s: %d pairs link, each admitted; %d refused", name, linking, refused)
	}
}
