package resolve_test

import (
	"context"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/measure"
	"github.com/cypx/cypx/internal/resolve"
)

var (
	report = evidence.Source{ID: "report", Publisher: "NHS Providers", Title: "Forgotten generation", Date: evidence.Date{Year: 2024}, Type: evidence.Report}
	news   = evidence.Source{ID: "news", Publisher: "Healthcare Leader", Author: "Beth Gault", Title: "Most trusts", Date: evidence.Date{Year: 2024}, Type: evidence.News, About: "report"}
	fig    = func(v float64) evidence.Figure {
		return evidence.Figure{Text: strconv.Itoa(int(v)) + "%", Value: v, Unit: evidence.UnitPercent}
	}
	coverage = evidence.Item{ID: "news#1", Kind: evidence.Statistic, Source: news, Text: "97% and 90% said so.", Figures: []evidence.Figure{fig(97), fig(90)}}
	primary  = evidence.Item{ID: "report#1", Kind: evidence.Statistic, Source: report, Text: "90% said so.", Figures: []evidence.Figure{fig(90)}}
	plain    = evidence.Item{ID: "report#2", Kind: evidence.Recommendation, Source: report, Text: "NHSE should act."}
)

type fakeIndex struct{ searches atomic.Int32 }

func (f *fakeIndex) Search(_ context.Context, r index.Request) (index.Result, error) {
	f.searches.Add(1)
	var res index.Result
	for _, it := range []evidence.Item{coverage, primary, plain} {
		for _, id := range r.IDs {
			if id == it.ID {
				res.Hits = append(res.Hits, index.Hit{Item: it})
			}
		}
	}
	res.Total = len(res.Hits)
	return res, nil
}

type fakeLinker struct{ calls, primary, figures atomic.Int32 }

func (f *fakeLinker) For(ctx context.Context, it evidence.Item) ([]links.Link, error) {
	f.calls.Add(1)
	return f.PrimaryLinks(ctx, it)
}

func (f *fakeLinker) Figures(ctx context.Context, it evidence.Item) ([]links.Link, error) {
	f.figures.Add(1)
	return f.PrimaryLinks(ctx, it)
}

func (f *fakeLinker) Relation(it, c evidence.Item) measure.Related { return measure.Unrelated }

func (f *fakeLinker) PrimaryLinks(_ context.Context, it evidence.Item) ([]links.Link, error) {
	f.primary.Add(1)
	if it.ID == coverage.ID {
		return []links.Link{{Type: links.PrimarySource, Item: primary}}, nil
	}
	return nil, nil
}

func TestResolveCitesCoveragePrimaryFirstOnce(t *testing.T) {
	ix, l := &fakeIndex{}, &fakeLinker{}
	r := resolve.New(ix, l)
	ctx := context.Background()
	all, err := r.ResolveAll(ctx, []string{"news#1", "gone#1", "report#2"})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 3 || all[0].Item.Primary == nil || all[0].Item.Primary.ID != "report" {
		t.Fatalf("coverage not resolved to its primary: %+v", all[0])
	}
	if !all[1].Missing || all[1].ID != "gone#1" || all[2].Missing || all[2].Item.Primary != nil {
		t.Errorf("missing or plain item wrong: %+v %+v", all[1], all[2])
	}
	if got := all[0].Inline(); got != "(NHS Providers, 2024; reported by Gault, 2024)" {
		t.Errorf("inline %q", got)
	}
	// The figure style cites 97% to the coverage alone, and the note says why.
	if got := all[0].Cite(evidence.Harvard, evidence.FormatFigure, time.Time{}); got != "97% (Gault, 2024)" {
		t.Errorf("figure %q", got)
	}
	if n := all[0].Note(evidence.Harvard); !strings.Contains(n, "97%") || !strings.Contains(n, "Gault, 2024 alone") {
		t.Errorf("note %q", n)
	}
	if all[2].Note(evidence.Harvard) != "" {
		t.Errorf("a plain item has a note: %q", all[2].Note(evidence.Harvard))
	}
	// Only the coverage needed its primary-source links, not all its links;
	// and a second resolution is remembered.
	if l.primary.Load() != 1 || l.calls.Load() != 0 {
		t.Errorf("primary links asked %d times and all links %d, want 1 and 0", l.primary.Load(), l.calls.Load())
	}
	before := ix.searches.Load()
	again, _ := r.Resolve(ctx, "news#1")
	if ix.searches.Load() != before || again.Item.Primary == nil {
		t.Errorf("a resolved item was searched again")
	}
	// WithLinks on a plain item asks for its links once.
	w, _ := r.WithLinks(ctx, plain)
	if !w.HasLinks || l.calls.Load() != 1 {
		t.Errorf("WithLinks: %+v, %d calls", w, l.calls.Load())
	}
	r.WithLinks(ctx, plain)
	if l.calls.Load() != 1 {
		t.Errorf("WithLinks asked again: %d calls", l.calls.Load())
	}
	// Without a linker nothing has a primary.
	bare, _ := resolve.New(ix, nil).Resolve(ctx, "news#1")
	if bare.Item.Primary != nil || bare.Inline() != "(Gault, 2024)" {
		t.Errorf("no linker: %+v", bare)
	}
}

// TestFiguresResolvesWithoutAllLinks checks that a comparison table's links
// come from Figures, not the full link search, set the item's primary, and
// are not remembered as the item's every link.
func TestFiguresResolvesWithoutAllLinks(t *testing.T) {
	ix, l := &fakeIndex{}, &fakeLinker{}
	r := resolve.New(ix, l)
	ctx := context.Background()
	res, err := r.Figures(ctx, coverage)
	if err != nil {
		t.Fatal(err)
	}
	if l.figures.Load() != 1 || l.calls.Load() != 0 {
		t.Errorf("Figures asked Figures %d times and For %d times", l.figures.Load(), l.calls.Load())
	}
	if res.Item.Primary == nil || res.Item.Primary.ID != "report" || len(res.Links) != 1 || res.Links[0].Item.ID != primary.ID {
		t.Errorf("Figures: %+v", res)
	}
	if res.HasLinks {
		t.Error("Figures says it holds every link")
	}
	if w, _ := r.WithLinks(ctx, coverage); !w.HasLinks || l.calls.Load() != 1 {
		t.Errorf("WithLinks after Figures did not search for every link: %d calls", l.calls.Load())
	}
}

// reportLinker links the report's finding to the coverage of it, as the
// engine finds a story repeating (or contradicting) a report.
type reportLinker struct{ fakeLinker }

func (f *reportLinker) For(ctx context.Context, it evidence.Item) ([]links.Link, error) {
	return f.Figures(ctx, it)
}

func (f *reportLinker) Figures(ctx context.Context, it evidence.Item) ([]links.Link, error) {
	if it.ID == primary.ID {
		return []links.Link{{Type: links.Disagrees, Item: coverage}}, nil
	}
	return f.fakeLinker.Figures(ctx, it)
}

// TestLinkedCoverageIsResolved: the items of an item's links are resolved
// as the item is, so a story linked to a report is cited by the report
// first wherever it is cited beside it (a pack's note, a warning). Before,
// the links held the story as the engine found it, with no primary.
func TestLinkedCoverageIsResolved(t *testing.T) {
	r := resolve.New(&fakeIndex{}, &reportLinker{})
	ctx := context.Background()
	f, err := r.Figures(ctx, primary)
	if err != nil {
		t.Fatal(err)
	}
	w, err := r.WithLinks(ctx, primary)
	if err != nil {
		t.Fatal(err)
	}
	for name, ls := range map[string][]links.Link{"Figures": f.Links, "WithLinks": w.Links} {
		if len(ls) != 1 || ls[0].Item.Primary == nil || ls[0].Item.Primary.ID != "report" {
			t.Errorf("%s: the linked story has no primary: %+v", name, ls)
			continue
		}
		if got := evidence.ItemCitation(ls[0].Item); got != "(NHS Providers, 2024; reported by Gault, 2024)" {
			t.Errorf("%s: the linked story is cited %q", name, got)
		}
	}
}

// TestNoteNamesWorksInTheStyle: the note saying a figure is cited to the
// coverage alone names both works as the style's in-text citation does,
// APA's "&" and "n.d." in APA, as the cite beside it is. Before, it was
// Harvard's "Smith and Doe" whatever the style.
func TestNoteNamesWorksInTheStyle(t *testing.T) {
	rep := evidence.Source{ID: "acme", Publisher: "Acme Trust", Author: "Jane Smith and John Doe", Title: "Waiting", Date: evidence.Date{Year: 2024}, Type: evidence.Report}
	story := evidence.Source{ID: "story", Publisher: "News Corp", Author: "Ann Reporter and Bo Writer", Title: "Waits", Type: evidence.News, About: "acme"}
	res := resolve.Resolved{ID: "story#1", Item: evidence.Item{ID: "story#1", Kind: evidence.Statistic, Source: story, Text: "97% said so.",
		Figures: []evidence.Figure{fig(97)}, Primary: &rep, PrimaryValues: []float64{90}}}
	for st, want := range map[evidence.Style]string{
		evidence.APA:     "the figure 97% is cited to Reporter & Writer, n.d. alone: Smith & Doe, 2024 was not seen to state it",
		evidence.Harvard: "the figure 97% is cited to Reporter and Writer, no date alone: Smith and Doe, 2024 was not seen to state it",
		// Vancouver names them by the numbers of the item's own
		// citation, "(1; reported by 2)" (hostile check 70 G13).
		evidence.Vancouver: "the figure 97% is cited to 2 alone: 1 was not seen to state it",
	} {
		if got := res.Note(st); got != want {
			t.Errorf("%s: note %q, want %q", st, got, want)
		}
	}
}
