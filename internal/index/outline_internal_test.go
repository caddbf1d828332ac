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
		if _, err := readOutline(it.ID, b); err != nil {
			t.Fatalf("%s: %v", it.ID, err)
		}
		for n := range len(b) {
			if o, err := readOutline(it.ID, b[:n]); err == nil {
				t.Fatalf("%s: cut to %d of %d bytes, read as %+v", it.ID, n, len(b), o)
			}
		}
		if _, err := readOutline(it.ID, append(b, 0)); err == nil {
			t.Fatalf("%s: a byte too many is read", it.ID)
		}
	}
}

// An outline reads back as the same outline.
func TestOutlineReadsBack(t *testing.T) {
	for _, it := range withFigures(t) {
		o, err := readOutline(it.ID, outlineOf(it))
		if err != nil {
			t.Fatal(err)
		}
		if again, _ := readOutline(it.ID, outlineOf(o)); !reflect.DeepEqual(again, o) {
			t.Errorf("%s: %+v read back as %+v", it.ID, o, again)
		}
	}
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
				if _, err := readOutline("x", o); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
