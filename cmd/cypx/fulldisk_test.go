//go:build linux

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/damagetest"
)

// tinyDisk and fill are damagetest's, for the tests of this package.
func tinyDisk(t *testing.T, size string) string { return damagetest.TinyDisk(t, size) }

func fill(t *testing.T, dir, name string, room int) { damagetest.Fill(t, dir, name, room) }

// TestFullDiskIsLikeAnUnwritableCache: with no room for the index cache,
// commands search an index in memory after one warning, the read-only
// ones (basket list) still work, and with no room at all the basket and
// exports fail cleanly: the old basket whole, no export, no temporary
// file left.
func TestFullDiskIsLikeAnUnwritableCache(t *testing.T) {
	disk := tinyDisk(t, "256k")
	home := filepath.Join(disk, "home")
	t.Setenv("CYPX_HOME", home)
	id := "nhsp-2024-forgotten-generation-recommendations#9c090793"
	basketFile := filepath.Join(home, "state", "basket.json")
	os.MkdirAll(filepath.Dir(basketFile), 0o755)
	basket := []byte(`{"version": 1, "items": ["` + id + `"]}` + "\n")
	os.WriteFile(basketFile, basket, 0o644)
	fill(t, disk, "filler", 48<<10)

	out, stderr, code := cli(t, "search", "autism", "--format", "json")
	if code != 0 || !strings.Contains(out, `"total": 1`) {
		t.Fatalf("search on a full disk: exit %d\n%s%s", code, out, stderr)
	}
	if strings.Count(stderr, "warning:") != 1 || !strings.Contains(stderr, "indexing in memory") {
		t.Errorf("want one warning about the index in memory: %q", stderr)
	}
	out, stderr, code = cli(t, "basket", "list")
	if code != 0 || !strings.Contains(out, "9c090793") {
		t.Errorf("basket list on a full disk: exit %d\n%s%s", code, out, stderr)
	}

	fill(t, disk, "filler2", 0)
	_, stderr, code = cli(t, "basket", "add", "0a9e5eda")
	if code == 0 || !strings.Contains(stderr, "no space left") {
		t.Errorf("basket add with no room: exit %d, %q", code, stderr)
	}
	// The file the user knows is named, not the hidden temporary file
	// ("write …/state/.tmp-basket.json-d80a2af8d381: no space left").
	if !strings.Contains(stderr, "basket.json:") || strings.Contains(stderr, ".tmp-") {
		t.Errorf("basket add with no room names another file: %q", stderr)
	}
	if now, _ := os.ReadFile(basketFile); !bytes.Equal(now, basket) {
		t.Errorf("the basket changed: %q", now)
	}
	pack := filepath.Join(disk, "pack.md")
	if _, stderr, code := cli(t, "export", "autism", "-o", pack); code == 0 || !strings.Contains(stderr, "pack.md:") || strings.Contains(stderr, ".tmp-") {
		t.Errorf("export with no room: exit %d, %q", code, stderr)
	}
	if _, err := os.Stat(pack); err == nil {
		t.Error("a partial export was left")
	}
	report := reportFile(t, "full disk services")
	if _, _, code := cli(t, "add", report, "--title", "T", "--publisher", "P", "--date", "2024", "--type", "report"); code == 0 {
		t.Error("add with no room succeeded")
	}
	for _, d := range []string{disk, filepath.Dir(basketFile), filepath.Join(home, "data", "library", "sources")} {
		left, _ := filepath.Glob(filepath.Join(d, ".tmp-*"))
		if len(left) > 0 {
			t.Errorf("temporary files left: %v", left)
		}
	}
	if srcs, _ := filepath.Glob(filepath.Join(home, "data", "library", "sources", "*.md")); len(srcs) > 0 {
		t.Errorf("a partial import was left: %v", srcs)
	}
}

// TestHistoryClearOnAFullDisk: `cypx history --clear` with no room to
// write fails naming history.json and the reason, and the history is
// whole, no temporary file left (hostile check 43).
func TestHistoryClearOnAFullDisk(t *testing.T) {
	disk := tinyDisk(t, "256k")
	home := filepath.Join(disk, "home")
	t.Setenv("CYPX_HOME", home)
	file := filepath.Join(home, "state", "history.json")
	os.MkdirAll(filepath.Dir(file), 0o755)
	var b strings.Builder
	b.WriteString(`{"version": 1, "entries": [`)
	for i := range 200 {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(`{"query": "waiting times ` + strings.Repeat("x", i%40) + `", "at": "2026-01-02T10:00:00Z"}`)
	}
	b.WriteString("]}\n")
	before := []byte(b.String())
	if err := os.WriteFile(file, before, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, stderr, code := cli(t, "history"); code != 0 || !strings.Contains(out, "waiting times") {
		t.Fatalf("the history does not read: exit %d\n%s%s", code, out, stderr)
	}
	fill(t, disk, "filler", 0)
	_, stderr, code := cli(t, "history", "--clear")
	if code == 0 || !strings.Contains(stderr, "history.json") || !strings.Contains(stderr, "no space left") || strings.Contains(stderr, ".tmp-") {
		t.Errorf("history --clear with no room: exit %d, %q; want an error naming history.json and the full disk", code, stderr)
	}
	if now, _ := os.ReadFile(file); !bytes.Equal(now, before) {
		t.Errorf("the history changed (%d bytes, was %d)", len(now), len(before))
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(file), ".tmp-*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}
