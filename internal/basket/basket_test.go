package basket_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/cypx/cypx/internal/basket"
)

func TestBasketEditsAndSurvivesASaveAndLoad(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state", "basket.json")
	b, err := basket.Load(path)
	if err != nil || len(b.IDs) != 0 {
		t.Fatalf("missing file: %v %v", b, err)
	}
	// Whole item ids, as the basket stores them: SOURCE#HASH.
	a, bb, c, d := "s#0000000a", "s#0000000b", "s#0000000c", "s#0000000d"
	if n := b.Add(a, bb, c, a); n != 3 {
		t.Errorf("added %d, want 3", n)
	}
	if !b.Toggle(d) || b.Toggle(bb) {
		t.Error("toggle")
	}
	if j := b.Move(2, -5); j != 0 || strings.Join(b.IDs, ",") != d+","+a+","+c {
		t.Errorf("move: %d %v", j, b.IDs)
	}
	if err := b.Save(path); err != nil {
		t.Fatal(err)
	}
	again, err := basket.Load(path)
	if err != nil || strings.Join(again.IDs, ",") != d+","+a+","+c {
		t.Errorf("reloaded %v %v", again.IDs, err)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
	os.WriteFile(path, []byte("{not json"), 0o644)
	if _, err := basket.Load(path); err == nil || !strings.Contains(err.Error(), "basket.json:1:2: not a basket file") {
		t.Errorf("corrupt basket: %v", err)
	}
}

// TestLoadHoldsBasketIDsToTheIDRule: an entry edited by hand into a path,
// a control sequence or a half id is left out and named with its place,
// and the file is left as it was.
func TestLoadHoldsBasketIDsToTheIDRule(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	for _, bad := range []string{"../../etc/passwd#00000000", `s#00000000\u001b]52;c;aGk=\u0007`, "a/b#00000000", "s#123", "s#zzzzzzzz", "", "#00000000"} {
		data := `{"version": 1, "items": ["s#0000000a", "` + bad + `"]}`
		os.WriteFile(path, []byte(data), 0o644)
		if err := problem(basket.Load(path)); err == nil || !strings.Contains(err.Error(), "entry 2") {
			t.Errorf("basket entry %q: %v, want a refusal naming entry 2", bad, err)
		}
		if kept, _ := os.ReadFile(path); string(kept) != data {
			t.Errorf("the refused basket was changed: %s", kept)
		}
	}
}

func TestUpdateKeepsEveryConcurrentChange(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	var wg sync.WaitGroup
	for i := 0; i < 16; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := basket.Update(path, func(b *basket.Basket) error {
				b.Add(fmt.Sprintf("item#%08x", i))
				return nil
			}); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	b, err := basket.Load(path)
	if err != nil || len(b.IDs) != 16 {
		t.Fatalf("16 concurrent adds kept %d: %v %v", len(b.IDs), b.IDs, err)
	}
	// A change that fails writes nothing.
	before, _ := os.ReadFile(path)
	if _, err := basket.Update(path, func(b *basket.Basket) error { b.IDs = nil; return errors.New("no") }); err == nil {
		t.Error("the change's error was lost")
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Error("a failed change was written")
	}
}

func TestUnknownVersionIsRefusedNotRewritten(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	newer := `{"version": 2, "items": ["a"], "groups": {"a": "x"}}` + "\n"
	os.WriteFile(path, []byte(newer), 0o644)
	var ve *basket.VersionError
	if _, err := basket.Load(path); !errors.As(err, &ve) || ve.Version != 2 {
		t.Errorf("load of version 2: %v", err)
	}
	if _, err := basket.Update(path, func(b *basket.Basket) error { b.Add("b"); return nil }); !errors.As(err, &ve) {
		t.Errorf("update of version 2: %v", err)
	}
	if data, _ := os.ReadFile(path); string(data) != newer {
		t.Errorf("a newer basket was rewritten:\n%s", data)
	}
}

func TestInsertPutsBackWhereItWas(t *testing.T) {
	b := basket.Basket{IDs: []string{"a", "c"}}
	if i := b.Insert(1, "b"); i != 1 || strings.Join(b.IDs, ",") != "a,b,c" {
		t.Errorf("insert: %d %v", i, b.IDs)
	}
	if i := b.Insert(9, "a"); i != 0 || len(b.IDs) != 3 {
		t.Errorf("insert of an id already in: %d %v", i, b.IDs)
	}
	if i := b.Insert(9, "d"); i != 3 {
		t.Errorf("insert past the end: %d %v", i, b.IDs)
	}
}

// TestDamagedBasketSaysWhatItWants: a basket file of the wrong shape (a
// list, a string for the items) is refused in words, not with Go's type
// names ("json: cannot unmarshal array into Go value of type basket.file").
func TestDamagedBasketSaysWhatItWants(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	for _, data := range []string{`[]`, `{"version": 1, "items": "x"}`, `"basket"`} {
		os.WriteFile(path, []byte(data), 0o644)
		_, err := basket.Load(path)
		if err == nil || strings.Contains(err.Error(), "Go value") || strings.Contains(err.Error(), "basket.file") || !strings.Contains(err.Error(), `"items"`) {
			t.Errorf("%s: %v", data, err)
		}
	}
}

// TestBasketEditedInNotepad: a basket.json saved by an editor that puts a
// byte-order mark first (Windows Notepad) was refused as "invalid
// character 'ï' looking for beginning of value"; a comma too many was
// refused without the line to fix. The mark is read past, and a syntax
// error names its line and column.
func TestBasketEditedInNotepad(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	os.WriteFile(path, []byte("\xef\xbb\xbf{\"version\": 1, \"items\": [\"a#12345678\"]}\n"), 0o644)
	if b, err := basket.Load(path); err != nil || len(b.IDs) != 1 || b.IDs[0] != "a#12345678" {
		t.Errorf("a basket with a byte-order mark: %v, %v", b.IDs, err)
	}
	os.WriteFile(path, []byte("{\n  \"version\": 1,\n  \"items\": [\"a#12345678\",]\n}\n"), 0o644)
	if _, err := basket.Load(path); err == nil || !strings.Contains(err.Error(), path+":3:26: not a basket file") {
		t.Errorf("a comma too many on line 3: %v", err)
	}
}

// TestDuplicateIDsAreReadOnce: a basket edited by hand to hold one id
// 200,000 times made `export --basket` resolve it 200,000 times (over
// 120 s). Each id is read once, where it first appears, and the file is
// not rewritten by reading it.
func TestDuplicateIDsAreReadOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	ids := []string{"a-2024#0a9e5eda"}
	for range 200000 {
		ids = append(ids, "b-2024#9c090793", "a-2024#0a9e5eda")
	}
	data, _ := json.Marshal(map[string]any{"version": basket.Version, "items": ids})
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := basket.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"a-2024#0a9e5eda", "b-2024#9c090793"}; !slices.Equal(b.IDs, want) {
		t.Errorf("ids %q, want %q", b.IDs, want)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(after, data) {
		t.Error("reading the basket rewrote its file")
	}
}

// TestMisspeltKeyIsRefusedNotEmptied: a basket file edited by hand with a
// key cypx does not write ("itmes" for "items"), or with "items" twice, is
// refused naming the key and its line, and left as it is. Red-team round
// 12: it read as an empty basket (or as its last list), and the next mark
// or 'cypx basket add' wrote over the ids typed under the other key.
func TestMisspeltKeyIsRefusedNotEmptied(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	hand := "{\n  \"version\": 1,\n  \"itmes\": [\"cqc-2018-are-we-listening#4e11fc39\"]\n}\n"
	os.WriteFile(path, []byte(hand), 0o644)
	if b, err := basket.Load(path); err == nil || !strings.Contains(err.Error(), path+`:3: not a basket file: unknown key "itmes"`) {
		t.Errorf("a misspelt key: %+v, %v", b, err)
	}
	if _, err := basket.Update(path, func(b *basket.Basket) error { b.Add("hcl-2024-trusts-work-with-icbs#c87fab6b"); return nil }); err == nil {
		t.Error("a change to a basket with a misspelt key was made")
	}
	if got, _ := os.ReadFile(path); string(got) != hand {
		t.Errorf("the file was changed:\n%s", got)
	}
	// Two lists pasted into one file: the first was read as nothing.
	hand = "{\"version\": 1,\n \"items\": [\"cqc-2018-are-we-listening#4e11fc39\"],\n \"items\": [\"hcl-2024-trusts-work-with-icbs#c87fab6b\"]}\n"
	os.WriteFile(path, []byte(hand), 0o644)
	if b, err := basket.Load(path); err == nil || !strings.Contains(err.Error(), path+`:3: not a basket file: key "items" given twice`) {
		t.Errorf("a key given twice: %+v, %v", b, err)
	}
}

// TestBasketWithNoVersionSaysWhatItWants: a basket file written by hand
// without "version" is refused saying what it should hold (red-team round
// 12: "basket format version 0, which this cypx does not know … use the
// cypx that wrote it", of a file no cypx wrote).
func TestBasketWithNoVersionSaysWhatItWants(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	os.WriteFile(path, []byte(`{"items": ["cqc-2018-are-we-listening#4e11fc39"]}`), 0o644)
	_, err := basket.Load(path)
	if err == nil || !strings.Contains(err.Error(), `not a basket file: no "version" in it: want {"version": 1,`) {
		t.Errorf("a basket with no version: %v", err)
	}
}

// TestIDsInAnotherCaseAreOneItem: ids differ in more than case (a source
// id in another case is the same source, a hash is hexadecimal), so a
// basket edited by hand to hold "Seed-Foo#3ABC0123" holds
// "seed-foo#3abc0123": it is found, not added again, and taken out; a file
// holding both reads as one. Before: two entries for one finding.
func TestIDsInAnotherCaseAreOneItem(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	os.WriteFile(path, []byte(`{"version": 1, "items": ["Seed-Foo#3ABC0123", "seed-foo#3abc0123", "other#00000001"]}`), 0o644)
	b, err := basket.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.IDs) != 2 || b.IDs[0] != "Seed-Foo#3ABC0123" {
		t.Fatalf("read as %q, want the first spelling once and other#00000001", b.IDs)
	}
	if b.Index("seed-foo#3abc0123") != 0 || !b.Has("SEED-FOO#3abc0123") {
		t.Errorf("the id in another case is not found in %q", b.IDs)
	}
	if n := b.Add("seed-foo#3abc0123", "OTHER#00000001"); n != 0 || len(b.IDs) != 2 {
		t.Errorf("added %d: %q", n, b.IDs)
	}
	if n := b.Remove("seed-foo#3abc0123"); n != 1 || len(b.IDs) != 1 {
		t.Errorf("removed %d: %q", n, b.IDs)
	}
}
