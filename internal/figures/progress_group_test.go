package figures

import (
	"reflect"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestGroupTellsItsProgress: GroupWithProgress tells how many items it has
// gathered as it goes, in order, and all of them at its end, and groups as
// Group does. Before, 'cypx figures' over 60,000 statistics was a minute
// and more of silence (hostile check 50).
func TestGroupTellsItsProgress(t *testing.T) {
	items := sharedCounts(2000)
	var dones []int
	got := GroupWithProgress(items, bySource, func(done, total int) {
		if total != len(items) {
			t.Errorf("total %d, want %d", total, len(items))
		}
		dones = append(dones, done)
	})
	if len(dones) < len(items)/progressItems {
		t.Fatalf("%d reports of %d items, want one every %d: %v", len(dones), len(items), progressItems, dones)
	}
	for i := 1; i < len(dones); i++ {
		if dones[i] <= dones[i-1] {
			t.Errorf("reports %v: not in order", dones)
			break
		}
	}
	if dones[0] <= 0 || dones[0] >= len(items) || dones[len(dones)-1] != len(items) {
		t.Errorf("reports %v: want the first within the work and the last at its end (%d)", dones, len(items))
	}
	if want := Group(items, bySource); !reflect.DeepEqual(got, want) || len(want) == 0 {
		t.Errorf("GroupWithProgress made %d tables, Group %d: want the same", len(got), len(want))
	}
}

// TestGatherAsBeforeOverManySources: gather, judging a figure against its
// own source's classes in a measure alone, makes the measures it made
// when it visited every class of every source there (gatherBefore's
// reference), over 300 sources of hundreds of values each, dated at
// random (hostile check 50), and over six sources of two keyed counts.
func TestGatherAsBeforeOverManySources(t *testing.T) {
	for name, items := range map[string][]evidence.Item{"300 sources": manySourceCounts(3000), "six sources": sharedCounts(2000)} {
		got, want := gather(items, bySource, "", nil), gatherBefore(items, bySource, "")
		if !reflect.DeepEqual(got, want) || len(got) < 10 {
			t.Errorf("%s: gather made %d measures, before %d", name, len(got), len(want))
		}
		joined := 0
		for _, g := range got {
			joined += len(g) - 1
		}
		if joined < len(items)/2 {
			t.Errorf("%s: %d figures joined a measure of %d items: the test compares too little", name, joined, len(items))
		}
	}
}
