//go:build linux

package cache_test

import (
	"context"
	"os"
	"os/exec"
	"syscall"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/cache"
	"github.com/cypx/cypx/internal/gen"
)

// buildChildEnv names the corpus a child process of
// TestBuildOfALargeSourceHoldsBoundedMemory builds, and only builds.
const buildChildEnv = "CYPX_TEST_PEAK_BUILD"

// peakBuildShape, peakBuildBytes and peakBuildBound are the corpus the test
// builds and the peak resident memory it allows: one source of 30,000
// paragraphs, three figures in every other one and an ask in the rest
// (1.5 MB). Held whole, its items (some 32 MB, in a slice that doubles as
// it grows) took the build's peak to 327 MB; given to the index in parts
// it peaked at 240 MB (both on a machine at load 20). The bound leaves
// room for a busy machine and another Go release.
const (
	peakBuildShape = "paragraphs"
	peakBuildBytes = 3 << 19
	peakBuildBound = 290 << 20
)

// TestBuildOfALargeSourceHoldsBoundedMemory builds a cache over one large
// source in a child process, so that its peak resident memory (the
// kernel's count, everything the process held: Go's heap, the index's
// mapped segments, the runtime) is the build's alone, and holds it under
// peakBuildBound.
func TestBuildOfALargeSourceHoldsBoundedMemory(t *testing.T) {
	if dir := os.Getenv(buildChildEnv); dir != "" {
		ix, _, err := cache.Open(context.Background(), cache.Options{Root: os.Getenv(buildChildEnv + "_ROOT"), Name: dir, FS: os.DirFS(dir), Fallback: bundled.FS})
		if err != nil {
			t.Fatal(err)
		}
		ix.Close()
		return
	}
	if testing.Short() {
		t.Skip("builds 1.5 MB of paragraphs in a child process")
	}
	dir := t.TempDir()
	if err := gen.WriteShape(dir, peakBuildShape, peakBuildBytes, 1); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestBuildOfALargeSourceHoldsBoundedMemory$", "-test.v")
	cmd.Env = append(os.Environ(), buildChildEnv+"="+dir, buildChildEnv+"_ROOT="+t.TempDir(), "GOMEMLIMIT=")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("the build failed: %v\n%s", err, out)
	}
	peak := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss << 10 // kB
	t.Logf("peak resident memory of the build: %d MB", peak>>20)
	if peak > peakBuildBound {
		t.Errorf("building %d KB of %s peaked at %d MB resident, want at most %d MB", peakBuildBytes>>10, peakBuildShape, peak>>20, peakBuildBound>>20)
	}
}
