package basket_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/basket"
)

// TestValueOfTheWrongKindNamesItsLine: a basket edited by hand to hold
// the version written as a string, or an object for its list, is refused
// naming the line and what the value holds; a number among the ids is an
// entry of its own, named by its line (round 25, red team; hostile check 64 L4). Before:
// "not a basket file: want {...}", with no line to go to, where a comma
// too many was told its line and column.
func TestValueOfTheWrongKindNamesItsLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	for content, want := range map[string]string{
		"{\n  \"version\": \"1\",\n  \"items\": []\n}\n":     path + `:2: not a basket file: "version" holds a string`,
		"{\n  \"version\": 1,\n  \"items\": {\"a\": 1}\n}\n": path + `:3: not a basket file: "items" holds an object`,
	} {
		os.WriteFile(path, []byte(content), 0o644)
		if _, err := basket.Load(path); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", content, err, want)
		}
	}
	// A number among the ids is an entry that is no item id, named by its
	// line, the ids read (hostile check 88, B3).
	os.WriteFile(path, []byte("{\n  \"version\": 1,\n  \"items\": [\n    \"a#12345678\",\n    5\n  ]\n}\n"), 0o644)
	b, err := basket.Load(path)
	if err != nil || len(b.IDs) != 1 || len(b.Bad) != 1 || !strings.Contains(b.Bad[0].Error(), path+":5: entry 2: 5 is a number") {
		t.Errorf("a number among the ids: %v, %v, %v", b.IDs, b.Bad, err)
	}
}
