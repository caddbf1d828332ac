package basket

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/plainfile"
)

// fastSeeds are basket files as cypx, a script and a hand write them, and
// ones only encoding/json may read (or refuse).
var fastSeeds = []string{
	`{"version":1,"items":["a#0a9e5eda","b-2024#9c090793"]}`,
	"{\n  \"version\": 1,\n  \"items\": [\n    \"a#0a9e5eda\"\n  ]\n}\n",
	"{\n  \"version\": 1,\n  \"items\": []\n}\n",
	`{"items": ["a#0a9e5eda"], "version": 1}`,
	" \t\r\n{ \"version\" : 1 , \"items\" : [ \"x#1\" , \"y#2\" ] } \n",
	`{"version": 1, "items": ["a\u0023b"]}`,
	`{"version": 1, "items": ["a\"b"]}`,
	`{"Version": 1, "items": []}`,
	`{"version": 1, "Items": ["a#1"]}`,
	`{"version": 1, "items": ["a#1"], "items": []}`,
	`{"version": 1, "version": 1, "items": []}`,
	`{"version": 1.0, "items": []}`,
	`{"version": 10, "items": []}`,
	`{"version": 1e0, "items": []}`,
	`{"version": 2, "items": []}`,
	`{"version": 1, "items": ["a#1",]}`,
	`{"version": 1, "items": ["a#1"],}`,
	`{"version": 1, "items": ["a#1"]} x`,
	`{"version": 1, "items": ["a#1"]}{}`,
	`{"version": 1, "items": null}`,
	`{"version": 1}`,
	`{"items": []}`,
	`{"version": 1, "items": ["é#1"]}`,
	"{\"version\": 1, \"items\": [\"a\tb\"]}",
	`{"version": 1, "items": [1]}`,
	`{"version": 1, "items": ["a#1"`,
	`{}`,
	``,
}

// TestFastReadIsEncodingJSON: what the one-walk reader reads, encoding/json
// reads the same (DecodeJSON: no unknown key, none twice), and it leaves
// to encoding/json all it does not read, so Load's errors are its own.
func TestFastReadIsEncodingJSON(t *testing.T) {
	read := 0
	for _, s := range fastSeeds {
		if checkFast(t, []byte(s)) {
			read++
		}
	}
	if read < 5 {
		t.Errorf("the fast reader read %d of the files cypx and scripts write", read)
	}
}

// FuzzFastReadIsEncodingJSON is TestFastReadIsEncodingJSON on any bytes.
func FuzzFastReadIsEncodingJSON(f *testing.F) {
	for _, s := range fastSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { checkFast(t, data) })
}

// checkFast fails t when decodeFast reads data otherwise than DecodeJSON,
// and says whether it read it.
func checkFast(t *testing.T, data []byte) bool {
	t.Helper()
	items, ok := decodeFast(data)
	if !ok {
		return false
	}
	var f file
	if err := plainfile.DecodeJSON(data, &f); err != nil || f.Version != Version || !slices.Equal(f.Items, items) {
		t.Errorf("%q: read as %q; encoding/json reads version %d, %q (%v)", data, items, f.Version, f.Items, err)
	}
	return true
}
