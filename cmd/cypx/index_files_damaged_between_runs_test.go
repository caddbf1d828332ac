package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDamagedIndexFilesAreOneWarningInCypxWords: the index's metadata
// (index_meta.json) or its store (root.bolt) deleted, emptied, cut short
// or overwritten between runs costs `cypx search` and `cypx map` one
// warning in cypx's words, naming the file, and a rebuild; each answers
// as on the whole index, exit 0. Before: the warning carried bleve's and
// bbolt's words ("cannot open index, metadata missing", "file size too
// small 4096", "invalid database", and for an emptied root.bolt a
// misleading "bad file descriptor").
func TestDamagedIndexFilesAreOneWarningInCypxWords(t *testing.T) {
	dir := corpusCopy(t)
	before := cacheEntries()
	commands := [][]string{{"search", "waiting", "--format", "json"}, {"map"}}
	want := map[string]string{}
	for _, args := range commands {
		out, stderr, code := cli(t, append([]string{"--corpus", dir}, args...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		want[args[0]] = out
	}
	segs := segmentsOf(t, before)
	index := filepath.Dir(filepath.Dir(segs[0]))
	meta, bolt := filepath.Join(index, "index_meta.json"), filepath.Join(index, "store", "root.bolt")
	garbage := make([]byte, 65536)
	for i := range garbage {
		garbage[i] = byte(i*131 + 7)
	}
	for _, c := range []struct {
		name, file string
		damage     func() error
	}{
		{"metadata deleted", meta, func() error { return os.Remove(meta) }},
		{"metadata cut short", meta, func() error { return os.Truncate(meta, 20) }},
		{"store emptied", bolt, func() error { return os.Truncate(bolt, 0) }},
		{"store cut to 4096 bytes", bolt, func() error { return os.Truncate(bolt, 4096) }},
		{"store overwritten", bolt, func() error { return os.WriteFile(bolt, garbage, 0o600) }},
	} {
		for _, args := range commands {
			if err := c.damage(); err != nil {
				t.Fatal(err)
			}
			out, stderr, code := cli(t, append([]string{"--corpus", dir}, args...)...)
			var warnings []string
			for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
				if line != "" && !isProgressLine(line) {
					warnings = append(warnings, line)
				}
			}
			if code != 0 || out != want[args[0]] {
				t.Errorf("%s, then %v: exit %d, same answer %v, stderr %q", c.name, args, code, out == want[args[0]], stderr)
			}
			if len(warnings) != 1 || !strings.Contains(warnings[0], "(the index is damaged: "+c.file) || !strings.HasSuffix(warnings[0], ": rebuilding") {
				t.Errorf("%s, then %v: warnings %q, want one saying the index is damaged, naming %s, and rebuilding", c.name, args, warnings, c.file)
			}
			for _, words := range []string{"cannot open index", "metadata", "file size too small", "bad file descriptor", "invalid database", "no such file"} {
				if strings.Contains(stderr, words) {
					t.Errorf("%s, then %v: %q holds a library's words (%q)", c.name, args, stderr, words)
				}
			}
		}
	}
}
