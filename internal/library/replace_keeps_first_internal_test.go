package library

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A forced import keeps the replaced source in the trash before it writes
// the new one over it, so a cypx killed between the two steps leaves the
// library holding its source: the first step alone (remove with keep)
// changes nothing in the sources, and the whole Replace leaves the old
// bytes in the trash and the new at the source's name. Before (CI160,
// TestKilledCommandsLeaveWholeFiles), the source was moved to the trash
// first, and a kill before the write left the library without it.
func TestReplaceKeepsTheOldSourceBeforeWritingTheNew(t *testing.T) {
	l := Library{Dir: t.TempDir()}
	old := "---\ntitle: Waits\npublisher: Ashcombe Trust\ndate: 2025-03-01\ntype: report\n---\nIn 2024, 41% of children waited more than 18 weeks.\n"
	if _, err := l.Save("waits", []byte(old), false); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(l.Dir, "sources", "waits.md")
	kept, err := l.remove(l.loaded(false), "waits", time.Now(), true)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{path, kept} {
		if data, err := os.ReadFile(p); err != nil || string(data) != old {
			t.Errorf("after the first step, %s holds %q (%v), want the old source", p, data, err)
		}
	}
	updated := strings.Replace(old, "41%", "43%", 1)
	dest, kept2, err := l.Replace("waits", []byte(updated), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(dest); string(data) != updated {
		t.Errorf("the new source %q", data)
	}
	if data, _ := os.ReadFile(kept2); string(data) != old || kept2 == kept {
		t.Errorf("the trash's copy %s holds %q", kept2, data)
	}
}
