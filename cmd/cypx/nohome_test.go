package main

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/tui/tuitest"
)

// withoutHome runs a test as under cron or `env -i`: no HOME, no
// CYPX_HOME, no XDG folders.
func withoutHome(t *testing.T) {
	t.Helper()
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("the home is not HOME here")
	}
	for _, v := range []string{"HOME", "CYPX_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"} {
		t.Setenv(v, "")
	}
}

// TestNoHomeReadsAndRefusesToKeep: with HOME unset, cypx kept its basket
// and cache under the file system's root (/.local/state/cypx) when run as
// root. Now reading works (the index in memory, one warning) and what
// would be kept is refused with a message naming HOME and CYPX_HOME.
func TestNoHomeReadsAndRefusesToKeep(t *testing.T) {
	withoutHome(t)
	out, stderr, code := cli(t, "search", "waiting", "--format", "json")
	if code != 0 || !strings.Contains(out, `"total"`) || !strings.Contains(stderr, "HOME is not set") || !strings.Contains(stderr, "in memory") {
		t.Errorf("search: exit %d, stderr %q", code, stderr)
	}
	if out, stderr, code := cli(t, "config", "get", "style"); code != 0 || strings.TrimSpace(out) != "harvard" {
		t.Errorf("config get: exit %d, %q, %q", code, out, stderr)
	}
	report := filepath.Join(t.TempDir(), "r.md")
	if err := os.WriteFile(report, []byte("# A report\n\nSome 40% of children waited.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"basket", "add", "0a9e5eda"},
		{"config", "set", "style", "apa"},
		{"add", report, "--publisher", "P", "--date", "2024"},
		{"remove", "some-report"},
		{"saved", "list"},
		{"history"},
	} {
		_, stderr, code := cli(t, args...)
		if code == 0 || !strings.Contains(stderr, "HOME is not set") || !strings.Contains(stderr, "CYPX_HOME") {
			t.Errorf("%s: exit %d, stderr %q; want a refusal naming HOME and CYPX_HOME", strings.Join(args, " "), code, stderr)
		}
	}
}

// TestExplorerWithoutHomeSaysWhy: the explorer opens and searches, and
// marking an item says the basket cannot be kept and why.
func TestExplorerWithoutHomeSaysWhy(t *testing.T) {
	withoutHome(t)
	a := &app{io: stdio{in: strings.NewReader(""), out: os.Stdout, err: os.Stderr}}
	_, cat, err := a.open(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	m, err := a.explorer(cat.Taxonomy, a.ix, t.TempDir(), "", nil, "")
	if err != nil {
		t.Fatal(err)
	}
	d := tuitest.Start(t, m, 120, 40)
	d.Send(indexReady(cat, a.ix))
	d.Keys("esc", "space")
	if got := d.Screen(); !strings.Contains(got, "basket is not available: HOME is not set") {
		t.Errorf("marking an item without a home:\n%s", got)
	}
}
