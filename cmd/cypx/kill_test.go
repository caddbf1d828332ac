package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/corpus"
)

// bigReport is a plain-text report of about 256 KB, so that importing it
// takes long enough to be killed part way (a second or more, a thousand
// and more items). Larger reports only made the test slower: every kill
// lands at a random moment of the same stages (reading, extracting,
// writing), whatever the size, and the test runs the import fourteen times.
func bigReport(t *testing.T) string {
	t.Helper()
	var b strings.Builder
	for i := 0; b.Len() < 256<<10; i++ {
		fmt.Fprintf(&b, "Section %d\n\n%d%% of children waited more than 18 weeks for mental health support in area %d, "+
			"and integrated care boards should publish their waiting times every month.\n\n", i, i%100, i)
	}
	path := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// killAtRandom runs the command twice, timing the second run, then n times
// more, each killed (SIGKILL) at a random moment within that time, calling
// check after every kill.
func killAtRandom(t *testing.T, n int, env []string, bin string, args []string, check func(kill int)) {
	t.Helper()
	run := func() *exec.Cmd {
		cmd := exec.Command(bin, args...)
		cmd.Env = env
		return cmd
	}
	// The first run may build an index the later ones only open (a
	// basket's or an export's first run in a new home): timed on it, the
	// kills mostly landed in sleeps after a warm run had ended, and the
	// basket's twelve cost half a minute of waiting. The second, warm run
	// times the command as the killed runs do it.
	var took time.Duration
	for i := 0; i < 2; i++ {
		start := time.Now()
		if out, err := run().CombinedOutput(); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
		took = time.Since(start)
	}
	check(-1)
	for i := 0; i < n; i++ {
		cmd := run()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rand.Int64N(int64(took) + 1)))
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		check(i)
	}
}

// TestKilledCommandsLeaveWholeFiles kills the real cypx at random moments
// while it imports a report, saves the basket and exports a briefing: every
// file it writes is afterwards either as before or complete.
func TestKilledCommandsLeaveWholeFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("process test skipped in -short mode")
	}
	t.Parallel() // a home, a library and processes of its own
	bin := buildBinary(t)
	home := t.TempDir()
	env := append(os.Environ(), "CYPX_HOME="+home)
	work := t.TempDir()

	t.Run("add", func(t *testing.T) {
		report := bigReport(t)
		args := []string{"add", report, "--force", "--id", "big-report", "--title", "Big report",
			"--publisher", "Test Trust", "--date", "2025-03", "--type", "report"}
		var whole []byte
		sources := filepath.Join(home, "data", "library", "sources")
		killAtRandom(t, 12, env, bin, args, func(kill int) {
			file := filepath.Join(sources, "big-report.md")
			data, err := os.ReadFile(file)
			if kill < 0 {
				if err != nil {
					t.Fatalf("the import wrote nothing: %v", err)
				}
				whole = data
				return
			}
			if err != nil || !bytes.Equal(data, whole) {
				t.Fatalf("kill %d: the imported source is not whole (%d of %d bytes, %v)", kill, len(data), len(whole), err)
			}
			if _, probs := corpus.Parse("big-report.md", data); len(probs) > 0 {
				t.Fatalf("kill %d: the imported source does not parse: %v", kill, probs)
			}
			names, _ := filepath.Glob(filepath.Join(sources, "*.md"))
			if len(names) != 1 {
				t.Fatalf("kill %d: sources %v, want the one report", kill, names)
			}
		})
		// The library still searches, whatever the kills left in the cache.
		cmd := exec.Command(bin, "search", "integrated care boards", "--no-bundled", "--format", "json", "--limit", "1")
		cmd.Env = env
		out, err := cmd.Output()
		if err != nil || !strings.Contains(string(out), `"source": "big-report"`) {
			t.Fatalf("search after the kills: %v\n%.300s", err, out)
		}
	})

	t.Run("basket", func(t *testing.T) {
		basket := filepath.Join(home, "state", "basket.json")
		var ids []string
		// The report's items alone, as the search after the kills read
		// them: with the bundled library beside it the search built a
		// second index of the same 1,500 items (3,000 at 512 KB: 4.4 s of CPU) first.
		cmd := exec.Command(bin, "search", "waiting", "--no-bundled", "--format", "json", "--limit", "40")
		cmd.Env = env
		out, err := cmd.Output()
		if err != nil {
			t.Fatal(err)
		}
		var res struct {
			Items []struct{ ID string } `json:"items"`
		}
		if err := json.Unmarshal(out, &res); err != nil || len(res.Items) < 10 {
			t.Fatalf("search: %v (%d items)", err, len(res.Items))
		}
		for _, it := range res.Items {
			ids = append(ids, it.ID)
		}
		killAtRandom(t, 12, env, bin, append([]string{"basket", "add"}, ids...), func(kill int) {
			data, err := os.ReadFile(basket)
			if err != nil {
				t.Fatalf("kill %d: no basket: %v", kill, err)
			}
			var saved any
			if err := json.Unmarshal(data, &saved); err != nil {
				t.Fatalf("kill %d: the basket is not whole JSON: %v\n%s", kill, err, data)
			}
		})
	})

	t.Run("export", func(t *testing.T) {
		out := filepath.Join(work, "briefing.docx")
		killAtRandom(t, 12, env, bin, []string{"export", "waiting", "--no-bundled", "--format", "docx", "-o", out, "--force"}, func(kill int) {
			r, err := zip.OpenReader(out)
			if err != nil {
				t.Fatalf("kill %d: the export is not a whole Word file: %v", kill, err)
			}
			defer r.Close()
			found := false
			for _, f := range r.File {
				found = found || f.Name == "word/document.xml"
			}
			if !found {
				t.Fatalf("kill %d: the export has no document part", kill)
			}
		})
		if left, _ := filepath.Glob(filepath.Join(work, "*.docx")); len(left) != 1 {
			t.Errorf("exports left: %v, want the one file", left)
		}
	})
}
