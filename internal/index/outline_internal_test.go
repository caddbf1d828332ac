package index

import (
	"reflect"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/pipeline"
)

// withFigures are the bundled corpus's items with figures, which have
// outlines.
func withFigures(t testing.TB) []evidence.Item {
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	var out []evidence.Item
	for _, it := range c.Items {
		if len(it.Figures) > 0 {
			out = append(out, it)
		}
	}
	if len(out) == 0 {
		t.Fatal("no item with figures")
	}
	return out
}

// An outline cut anywhere, or with bytes after it, is an error, never a
// panic or a shorter item.
func TestOutlineCutShortIsAnError(t *testing.T) {
	for _, it := range withFigures(t) {
		b := outlineOf(it)
		if _, _, err := readOutline(it.ID, b); err != nil {
			t.Fatalf("%s: %v", it.ID, err)
		}
		for n := range len(b) {
			if o, _, err := readOutline(it.ID, b[:n]); err == nil {
				t.Fatalf("%s: cut to %d of %d bytes, read as %+v", it.ID, n, len(b), o)
			}
		}
		if _, _, err := readOutline(it.ID, append(b, 0)); err == nil {
			t.Fatalf("%s: a byte too many is read", it.ID)
		}
	}
}

// An outline reads back as the same outline.
func TestOutlineReadsBack(t *testing.T) {
	for _, it := range withFigures(t) {
		o, _, err := readOutline(it.ID, outlineOf(it))
		if err != nil {
			t.Fatal(err)
		}
		if again, _, _ := readOutline(it.ID, outlineOf(o)); !reflect.DeepEqual(again, o) {
			t.Errorf("%s: %+v read back as %+v", it.ID, o, again)
		}
	}
}

// An outline that says it is the item whole reads back as the very item
// its JSON does: every item with figures of the bundled corpus, and one
// with every field set (a field the outline forgot would differ).
func TestOutlineIsTheItemItsJSONIs(t *testing.T) {
	items := append(withFigures(t), everyField())
	for _, it := range items {
		raw, err := it.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		want, err := decodeHit(it.ID, raw, 0)
		if err != nil {
			t.Fatal(err)
		}
		got, whole, err := readOutline(it.ID, outlineOf(it))
		if err != nil || !whole {
			t.Fatalf("%s: whole %v, %v", it.ID, whole, err)
		}
		if !reflect.DeepEqual(got, want.Item) {
			t.Errorf("%s: the outline reads\n%+v\nthe JSON\n%+v", it.ID, got, want.Item)
		}
	}
}

// An item whose JSON would not read back as itself (a string that is not
// UTF-8, a date its text does not give back), or one with a field the
// outline does not hold (a quotation's speaker), is read from its JSON,
// and the hit is the JSON's.
func TestOutlineNotWholeIsReadFromJSON(t *testing.T) {
	bad := everyField()
	bad.Figures[0].Measure = "waited \xff weeks"
	odd := everyField()
	odd.Source.Date = evidence.Date{Year: 2024, Day: 3} // written "2024"
	spoken := everyField()
	spoken.Speaker = "Dr Amy Lowe, the trust's Director of Nursing"
	for _, it := range []evidence.Item{bad, odd, spoken} {
		raw, _ := it.MarshalJSON()
		want, err := decodeHit(it.ID, raw, 0)
		if err != nil {
			t.Fatal(err)
		}
		if _, whole, err := readOutline(it.ID, outlineOf(it)); err != nil || whole {
			t.Fatalf("%s: whole %v, %v", it.ID, whole, err)
		}
		admitted := false
		h, ok, err := storedHit(func(o evidence.Item) bool { admitted = len(o.Figures) == 2; return true }, it.ID, raw, outlineOf(it), 0)
		if err != nil || !ok || !admitted || !reflect.DeepEqual(h.Item, want.Item) {
			t.Errorf("%s: admitted %v, hit %+v, %v; want %+v", it.ID, admitted, h.Item, err, want.Item)
		}
	}
}

// everyField is an item with every field the JSON keeps set to a value of
// its own: strings named after their field, numbers apart, every slice
// non-empty, a primary source, a range.
// Speaker is left empty: the outline does not hold it, and an item with
// one is read from its JSON (TestOutlineNotWholeIsReadFromJSON).
func everyField() evidence.Item {
	src := func(p string) evidence.Source {
		return evidence.Source{ID: p + "id", Title: p + "title", Section: p + "section", Publisher: p + "publisher", Author: p + "author",
			Place: p + "place", Date: evidence.Date{Year: 2024, Month: 7, Day: 15}, URL: p + "url", Type: evidence.SourceType(p + "type"),
			About: p + "about", Note: p + "note", Accessed: evidence.Date{Year: 2025, Month: 1}, File: p + "file"}
	}
	primary := src("primary ")
	fig := func(p string, v float64) evidence.Figure {
		return evidence.Figure{Text: p + "text", Value: v, Unit: evidence.Unit(p + "unit"), Role: evidence.Role(p + "role"), Qualifier: p + "qualifier",
			Offset: int(v) + 3, Record: evidence.Record{Measure: p + "measure", Population: p + "population", Period: p + "period",
				Place: p + "place", Base: p + "base", Change: p + "change", Key: p + "key"}}
	}
	ranged := fig("range ", 2.5)
	ranged.Low, ranged.High = 2, 3
	it := evidence.Item{ID: "every#1", Kind: evidence.Statistic, Source: src(""), Section: "section", Text: "text <&> \u2028 \"quoted\"",
		Offset: 11, Line: 12, Seq: 13, Para: 14, Number: "R3", Header: "| a | b |", Figures: []evidence.Figure{fig("", -0.125), ranged},
		Actors: []evidence.Actor{evidence.Government, "Other body"}, Themes: []string{"waiting-lists", "send"}, Page: 15, Cites: "ONS, 2023", CitesFrom: 4,
		Primary: &primary}
	return it
}

// BenchmarkOutline compares reading an outline with decoding the item.
func BenchmarkOutline(b *testing.B) {
	items := withFigures(b)
	var docs, outs [][]byte
	for _, it := range items {
		d, _ := it.MarshalJSON()
		docs, outs = append(docs, d), append(outs, outlineOf(it))
	}
	b.Run("item", func(b *testing.B) {
		for b.Loop() {
			for _, d := range docs {
				if _, err := decodeHit("x", d, 0); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("outline", func(b *testing.B) {
		for b.Loop() {
			for _, o := range outs {
				if _, _, err := readOutline("x", o); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

// An outline keeps coverage's primary source and the page of it that
// states the finding, as it keeps the item's own page.
func TestOutlineKeepsThePrimarysPage(t *testing.T) {
	it := withFigures(t)[0]
	p := it.Source
	p.ID, p.Publisher = "kcc-2025-waits", "Kent County Council"
	it.Primary, it.PrimaryPage, it.Page = &p, 12, 3
	o, _, err := readOutline(it.ID, outlineOf(it))
	if err != nil {
		t.Fatal(err)
	}
	if o.Primary == nil || o.Primary.Publisher != "Kent County Council" || o.PrimaryPage != 12 || o.Page != 3 {
		t.Errorf("read back primary %+v page %d, own page %d", o.Primary, o.PrimaryPage, o.Page)
	}
}
