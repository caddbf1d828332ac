package atomicfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A name of 238 to 255 bytes is written: its temporary name, beside it
// and still its own, fits the file system's 255 bytes. Before, ".tmp-",
// the name and a suffix of 13 bytes passed it and the write failed, "file
// name too long".
func TestLongestNamesAreWrittenThroughAShortTemporaryName(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []int{237, 238, 250, 255} {
		name := strings.Repeat("ß", (n-5)/2) + strings.Repeat("x", (n-5)%2) + ".json"
		if len(name) != n {
			t.Fatalf("name of %d bytes, want %d", len(name), n)
		}
		path := filepath.Join(dir, name)
		if err := Write(path, []byte("{}")); err != nil {
			t.Errorf("name of %d bytes: %v", n, err)
			continue
		}
		if got, _ := os.ReadFile(path); string(got) != "{}" {
			t.Errorf("name of %d bytes holds %q", n, got)
		}
		if p := tempPrefix(path); len(p)+tempSuffixBytes > maxNameBytes {
			t.Errorf("temporary name of %d bytes for a name of %d", len(p)+tempSuffixBytes, n)
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".tmp-") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
	// Two long names alike in their first 228 bytes have prefixes of
	// their own, so one's stale files are never taken for the other's.
	a := filepath.Join(dir, strings.Repeat("y", 245)+"a.md")
	b := filepath.Join(dir, strings.Repeat("y", 245)+"b.md")
	if tempPrefix(a) == tempPrefix(b) {
		t.Errorf("two long names share the temporary prefix %q", tempPrefix(a))
	}
}
