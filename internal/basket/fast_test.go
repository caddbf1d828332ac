package basket_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/basket"
)

// TestSaveIsMarshalIndent: the basket file Save writes is encoding/json's
// indented encoding of it, byte for byte, whatever the ids hold (HTML
// characters, controls, quotes, invalid UTF-8, U+2028): the loop that
// writes it without reflection cannot drift from the encoding it replaced.
func TestSaveIsMarshalIndent(t *testing.T) {
	dir := t.TempDir()
	for i, ids := range [][]string{
		nil,
		{},
		{"s#0000000a"},
		{"a-2024#0a9e5eda", "B.x_y#9C090793", "s#0000000b"},
		{`a"b#1`, `back\slash`, "<tag>&amp;", "a>b#1", "a&b#2", "tab\there", "nul\x00", "del\x7f", "é#00000001", "bad\xffutf8", "line\u2028sep", "esc\x1b[1m", ""},
	} {
		path := filepath.Join(dir, fmt.Sprintf("basket%d.json", i))
		if err := (basket.Basket{IDs: ids}).Save(path); err != nil {
			t.Fatal(err)
		}
		got, _ := os.ReadFile(path)
		items := ids
		if items == nil {
			items = []string{}
		}
		want, err := json.MarshalIndent(map[string]any{"version": basket.Version, "items": items}, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		// MarshalIndent orders a map's keys; the file has version first.
		want = bytes.Replace(want, []byte("{\n  \"items\": "), []byte("{\n  \"version\": 1,\n  \"items\": "), 1)
		want = bytes.Replace(want, []byte(",\n  \"version\": 1\n}"), []byte("\n}"), 1)
		if want = append(want, '\n'); !bytes.Equal(got, want) {
			t.Errorf("ids %q: Save wrote\n%s\nencoding/json writes\n%s", ids, got, want)
		}
	}
}

// TestUpdateWritesWhatSaveWrites: through marks, unmarks, moves and puts
// back on a basket of some thousands of ids, each read from the bytes the
// change before wrote, the file Update writes is byte for byte the file
// Save writes of the basket Update returns, and Load reads that basket
// back.
func TestUpdateWritesWhatSaveWrites(t *testing.T) {
	path := bigBasket(t, 3000)
	saved := filepath.Join(t.TempDir(), "saved.json")
	for step := range 40 {
		id := fmt.Sprintf("mark%d#%08x", step%3, step)
		b, err := basket.Update(path, func(b *basket.Basket) error {
			switch step % 4 {
			case 0:
				b.Add(id)
			case 1:
				b.Remove(b.IDs[step*37%len(b.IDs)])
			case 2:
				b.Move(step*53%len(b.IDs), 1)
			case 3:
				b.Insert(step*71%len(b.IDs), id)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := b.Save(saved); err != nil {
			t.Fatal(err)
		}
		got, _ := os.ReadFile(path)
		want, _ := os.ReadFile(saved)
		if !bytes.Equal(got, want) {
			t.Fatalf("step %d: Update wrote %d bytes that are not Save's %d", step, len(got), len(want))
		}
		again, err := basket.Load(path)
		if err != nil || !slices.Equal(again.IDs, b.IDs) {
			t.Fatalf("step %d: read back %d ids (%v), Update returned %d", step, len(again.IDs), err, len(b.IDs))
		}
	}
}

// TestAChangeMadeElsewhereBetweenTwoChangesIsKept: the ids of the bytes a
// change wrote are kept for the next change, which reads the file again;
// another writer's change in between, even one that keeps the file's
// size and modification time, is read and kept, not written over.
func TestAChangeMadeElsewhereBetweenTwoChangesIsKept(t *testing.T) {
	path := bigBasket(t, 1000)
	add := func(id string) {
		t.Helper()
		if _, err := basket.Update(path, func(b *basket.Basket) error { b.Add(id); return nil }); err != nil {
			t.Fatal(err)
		}
	}
	add("first#0000000a")
	// Another writer (a hand edit, another cypx) changes one id for
	// another of its length, and leaves the time as it was.
	info, _ := os.Stat(path)
	data, _ := os.ReadFile(path)
	edited := bytes.Replace(data, []byte(`"src1#00000001"`), []byte(`"else#0000000e"`), 1)
	if bytes.Equal(edited, data) || len(edited) != len(data) {
		t.Fatal("the edit changed nothing, or the size")
	}
	if err := os.WriteFile(path, edited, 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(path, time.Time{}, info.ModTime())
	if basket.StampOf(path) != (basket.Stamp{ModTime: info.ModTime(), Size: info.Size()}) {
		t.Log("this file system did not keep the time: the test still holds")
	}
	add("second#0000000b")
	b, err := basket.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"first#0000000a", "else#0000000e", "second#0000000b"} {
		if !b.Has(id) {
			t.Errorf("%s is lost", id)
		}
	}
	if b.Has("src1#00000001") {
		t.Error("the id edited away is back")
	}
}

// TestChangeIsReadBackAsLoadReadsIt: a change that puts in what Load
// refuses (no item id) or reads once (an id twice in two cases) is
// written, and read back as the file says, as Load of any file is: the
// basket a change wrote is not taken for read.
func TestChangeIsReadBackAsLoadReadsIt(t *testing.T) {
	path := bigBasket(t, 100)
	if _, err := basket.Update(path, func(b *basket.Basket) error {
		b.IDs = append(b.IDs, "SRC7#00000007")
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	b, err := basket.Load(path)
	if err != nil || len(b.IDs) != 100 || b.Index("SRC7#00000007") != 7 {
		t.Errorf("an id put in twice in two cases: read back %d ids (%v), want 100 with it at 7", len(b.IDs), err)
	}
	if _, err := basket.Update(path, func(b *basket.Basket) error {
		b.IDs = append(b.IDs, "no item id")
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := problem(basket.Load(path)); err == nil || !strings.Contains(err.Error(), "entry 101") {
		t.Errorf("a change that put in no item id: %v, want a refusal of entry 101", err)
	}
}
