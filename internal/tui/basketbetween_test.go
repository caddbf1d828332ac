package tui_test

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestAChangeMadeElsewhereBetweenTwoMarksIsKept: with a basket of 2,000
// ids open, a finding is marked; another program then edits the file (one
// id for another of its length, the time put back, so neither size nor
// time tells); a second finding is marked. The file keeps both marks and
// the edit, and the explorer shows the basket as the file now holds it:
// a mark reads the file it wrote last only when its bytes are the same.
func TestAChangeMadeElsewhereBetweenTwoMarksIsKept(t *testing.T) {
	const n = 2000
	f, ids, _ := scriptedBasket(t, n)
	d := openScripted(t, f, nil)
	d.keys("b") // back to the list
	first, _ := d.model().Selected()
	d.keys("space")
	if got := f.ids(t); len(got) != n+1 || got[n] != first.ID {
		t.Fatalf("the first mark: %d ids, want %d ending %s", len(got), n+1, first.ID)
	}
	info, err := os.Stat(f.path)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(f.path)
	gone := ids[1]
	put := "else" + gone[len("else"):]
	edited := bytes.Replace(data, []byte(`"`+gone+`"`), []byte(`"`+put+`"`), 1)
	if bytes.Equal(edited, data) || len(edited) != len(data) {
		t.Fatalf("the edit of %s changed nothing, or the size", gone)
	}
	if err := os.WriteFile(f.path, edited, 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(f.path, time.Time{}, info.ModTime())
	d.keys("down")
	second, _ := d.model().Selected()
	if second.ID == first.ID {
		t.Fatal("down did not move to another finding")
	}
	d.keys("space")
	got := f.ids(t)
	if len(got) != n+2 || got[n] != first.ID || got[n+1] != second.ID || got[1] != put || slices.Contains(got, gone) {
		t.Fatalf("after the edit and the second mark the file holds %d ids: [1] %s, [%d:] %v; want the edit's %s and both marks", len(got), got[1], n, got[n:], put)
	}
	// Both rows show their mark, and the basket screen the file's ids.
	if s := d.screen(); strings.Count(s, "●") < 2 {
		t.Errorf("both marked rows should show ●:\n%s", s)
	}
	d.keys("b")
	s := shown(t, d)
	if want := fmt.Sprintf("Briefing basket · %d findings", n+2); !strings.Contains(s, want) || !strings.Contains(s, put) || strings.Contains(s, gone) {
		t.Errorf("the basket screen should show %q and %s, not %s:\n%s", want, put, gone, s)
	}
}
