package cache

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/corpus"
)

// BenchmarkStartCheck is the part of a warm start that decides whether the
// cached index is current, over a folder of 2,000 and of 20,000 source
// files and a manifest that records them (no index: the check is the same
// whatever the files hold): "full" lists and stats every file and compares
// the states with the manifest's, as a default start does; "quick" reads
// the record of the last full check and looks at the folder and the
// newest files.
func BenchmarkStartCheck(b *testing.B) {
	c := clock
	clock = func() time.Time { return time.Now().Add(10 * time.Second) } // the folder's change time is now
	b.Cleanup(func() { clock = c })
	for _, files := range []int{2000, 20000} {
		b.Run(fmt.Sprint(files), func(b *testing.B) { benchmarkStartCheck(b, files) })
	}
}

func benchmarkStartCheck(b *testing.B, files int) {
	dir, cache := b.TempDir(), b.TempDir()
	src := filepath.Join(dir, corpus.SourcesDir)
	if err := os.MkdirAll(src, 0o755); err != nil {
		b.Fatal(err)
	}
	past := time.Now().Add(-time.Hour)
	for i := range files {
		f := filepath.Join(src, fmt.Sprintf("gen-%06d.md", i))
		if err := os.WriteFile(f, fmt.Appendf(nil, "---\ntitle: %d\n---\nText.\n", i), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	if err := os.Chtimes(src, past, past); err != nil {
		b.Fatal(err)
	}
	fsys := os.DirFS(dir)
	w := &warm{}
	w.listAndStat(fsys, true)
	states := hashChanged(fsys, w.files, w.stats, nil)
	if err := writeManifest(cache, newManifest(stateMap(w.files, states), nil, nil, nil)); err != nil {
		b.Fatal(err)
	}
	recordCheck(Options{TrustFolders: true}, cache, w.check, w.files, states)
	old, err := readManifest(cache)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("full", func(b *testing.B) {
		defer reportCPU(b)()
		for b.Loop() {
			w := &warm{}
			w.listAndStat(fsys, false) // as a default start does
			if changed, removed := diff(old, w.files, hashChanged(fsys, w.files, w.stats, old)); len(changed)+len(removed) != 0 {
				b.Fatalf("%d changed, %d removed", len(changed), len(removed))
			}
		}
	})
	b.Run("quick", func(b *testing.B) {
		for b.Loop() {
			if !quickCheck(fsys, cache) || !embeddedUnchanged(fsys, old) {
				b.Fatal("the record does not vouch for an unchanged folder")
			}
		}
	})
}

// reportCPU reports the process's CPU time (user and system, every
// goroutine's, the stats on both cores included) a loop's iteration as
// cpu-ms/op: on a machine shared with other work, wall time says little.
func reportCPU(b *testing.B) func() {
	var start syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &start)
	return func() {
		var end syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &end)
		ns := end.Utime.Nano() + end.Stime.Nano() - start.Utime.Nano() - start.Stime.Nano()
		b.ReportMetric(float64(ns)/1e6/float64(b.N), "cpu-ms/op")
	}
}
