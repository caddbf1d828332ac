package basket_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/basket"
)

// TestEntryRefusalsSayWhatIsWrong: a basket file edited by hand is refused
// saying what is wrong with the entry: a short hash its length, a blank
// after an id the blank, a source's id alone that it names no item, an
// empty entry that it is empty, a number among the ids that it is one
// (an entry of its own since hostile check 88, B3); whole ids, and a repeated text's "-2", are read. Before: "is not a
// whole item id (SOURCE#HASH)" for the first two, which have that form,
// an explanation of repeated texts for a source id (its '-'), "a hash has
// 4 to 8 characters" for "", and '"items" holds a number' (hostile check
// 64 L4).
func TestEntryRefusalsSayWhatIsWrong(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	for entries, want := range map[string]string{
		`"wren-2025-school-nurses#c3d4"`:        `"wren-2025-school-nurses#c3d4" is not a whole item id: its hash has 4 characters of the 8 a whole id has`,
		`"wren-2025-school-nurses#c3d4e5f6 "`:   `"wren-2025-school-nurses#c3d4e5f6 " has a blank before or after it`,
		`"wren-2025-school-nurses"`:             `"wren-2025-school-nurses" is not an item id (it names a source and no item of it: an item id is SOURCE#HASH)`,
		`""`:                                    `"" is not an item id (it is empty)`,
		`"c3d4e5f6"`:                            `"c3d4e5f6" is a hash with no source`,
		`"wren-2025-school-nurses#c3d4e5f6", 7`: `entry 2: 7 is a number, not an item id in quotes`,
	} {
		os.WriteFile(path, []byte(`{"version": 1, "items": [`+entries+`]}`), 0o644)
		err := problem(basket.Load(path))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", entries, err, want)
			continue
		}
		for _, unrelated := range []string{"repeated", "4 to 8", "give SOURCE#HASH"} {
			if strings.Contains(err.Error(), unrelated) {
				t.Errorf("%s: %v says %q", entries, err, unrelated)
			}
		}
	}
	os.WriteFile(path, []byte(`{"version": 1, "items": ["wren-2025-school-nurses#c3d4e5f6", "wren-2025-school-nurses#c3d4e5f6-2"]}`), 0o644)
	if b, err := basket.Load(path); err != nil || len(b.IDs) != 2 {
		t.Errorf("whole ids: %v, %v", b.IDs, err)
	}
}

// TestBasketFileThatIsAFolderIsLeftWithAWayOut: a folder where the basket
// file goes is refused as every basket the explorer and the commands
// cannot use: left unchanged, and moving it away the way out. Before: "is
// a folder, not a file" from 'basket clear', and no more (hostile check 64
// L4).
func TestBasketFileThatIsAFolderIsLeftWithAWayOut(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	os.Mkdir(path, 0o755)
	_, err := basket.Load(path)
	if err == nil || !strings.Contains(err.Error(), "is a folder, not the basket file: left unchanged; move it away, and cypx starts a new basket") {
		t.Errorf("a folder: %v", err)
	}
	if err := basket.FolderError(filepath.Join(filepath.Dir(path), "other.json"), ""); err != nil {
		t.Errorf("no file at all is no folder: %v", err)
	}
}

// TestEntryRefusalNamesItsLine: a refused entry is named by the line that
// holds it, as every other problem with the file is, besides its number.
// Before (hostile check 86, F2): "basket.json: entry 3: …" alone.
func TestEntryRefusalNamesItsLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	for _, c := range []struct {
		file, want string
	}{
		{"{\n  \"version\": 1,\n  \"items\": [\n    \"wren-2025-school-nurses#c3d4e5f6\",\n    \"wren-2025-school-nurses#a1b2c3d4\",\n    \"../x#abcd\"\n  ]\n}\n", ":6: entry 3: "},
		{"{\"items\": [\"../x#abcd\"], \"version\": 1}", ":1: entry 1: "},
		{"{\n\"items\": [\"wren-2025-school-nurses#c3d4e5f6\",\n\n\"\"],\n\"version\": 1}\n", ":4: entry 2: "},
	} {
		os.WriteFile(path, []byte(c.file), 0o644)
		err := problem(basket.Load(path))
		if err == nil || !strings.Contains(err.Error(), path+c.want) {
			t.Errorf("%q: %v, want %q", c.file, err, path+c.want)
		}
	}
}

// problem is Load's refusal, or else the first entry it left out.
func problem(b basket.Basket, err error) error {
	if err == nil && len(b.Bad) > 0 {
		return b.Bad[0]
	}
	return err
}

// TestOneBadEntryHidesNoOther: a basket file holding an entry that is no
// item id reads its other entries, names the bad one by file and line,
// rewrites nothing on a read, keeps the bad entry where it stood through
// a change, and drops it when asked by its exact text. Before (hostile
// check 86, F2): every read refused the whole basket.
func TestOneBadEntryHidesNoOther(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	data := "{\n  \"version\": 1,\n  \"items\": [\n    \"wren-2025-school-nurses#c3d4e5f6\",\n    \"../x#abcd\",\n    \"wren-2025-school-nurses#a1b2c3d4\"\n  ]\n}\n"
	os.WriteFile(path, []byte(data), 0o644)
	b, err := basket.Load(path)
	if err != nil || strings.Join(b.IDs, " ") != "wren-2025-school-nurses#c3d4e5f6 wren-2025-school-nurses#a1b2c3d4" {
		t.Fatalf("read %q, %v; want the two item ids", b.IDs, err)
	}
	if len(b.Bad) != 1 || b.Bad[0].Text != "../x#abcd" || !strings.HasPrefix(b.Bad[0].Error(), path+":5: entry 2: ") {
		t.Fatalf("bad entries %v, want ../x#abcd at %s:5", b.Bad, path)
	}
	if kept, _ := os.ReadFile(path); string(kept) != data {
		t.Errorf("a read rewrote the file: %s", kept)
	}
	b, err = basket.Update(path, func(b *basket.Basket) error {
		b.Remove("wren-2025-school-nurses#c3d4e5f6")
		return nil
	})
	kept, _ := os.ReadFile(path)
	if err != nil || !strings.Contains(string(kept), `"../x#abcd"`) || strings.Contains(string(kept), "c3d4e5f6") {
		t.Errorf("a change lost the bad entry or kept the removed id: %v\n%s", err, kept)
	}
	if _, err := basket.Update(path, func(b *basket.Basket) error {
		if n := b.Drop("../x#abcd"); n != 1 {
			t.Errorf("dropped %d, want 1", n)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	b, err = basket.Load(path)
	if err != nil || len(b.Bad) != 0 || strings.Join(b.IDs, " ") != "wren-2025-school-nurses#a1b2c3d4" {
		t.Errorf("after the drop: %q %v %v", b.IDs, b.Bad, err)
	}
}
