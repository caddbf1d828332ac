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
// empty entry that it is empty, a number among the ids that the list holds
// it; whole ids, and a repeated text's "-2", are read. Before: "is not a
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
		`"wren-2025-school-nurses#c3d4e5f6", 7`: `"items" holds a list holding a number`,
	} {
		os.WriteFile(path, []byte(`{"version": 1, "items": [`+entries+`]}`), 0o644)
		_, err := basket.Load(path)
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
		_, err := basket.Load(path)
		if err == nil || !strings.Contains(err.Error(), path+c.want) {
			t.Errorf("%q: %v, want %q", c.file, err, path+c.want)
		}
	}
}
