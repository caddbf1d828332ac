package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// An import given a bundled source's id, in any case and with --force,
// is refused, naming the id, and nothing is written; the bundled source's
// items stay found. Before (hostile check 69), `cypx add --id` of a
// bundled id imported without a word, and the bundled source and all its
// items were gone from every command.
func TestAddOfABundledIDIsRefused(t *testing.T) {
	dir := t.TempDir()
	home := filepath.Join(dir, "home")
	t.Setenv("CYPX_HOME", home)
	file := filepath.Join(dir, "off.txt")
	os.WriteFile(file, []byte("Offham practice list\n\nAbout 1,234 children were registered with the practice in 2024.\n"), 0o644)
	for _, id := range []string{"hcl-2024-trusts-work-with-icbs", "HCL-2024-Trusts-Work-With-ICBs"} {
		for _, force := range []bool{false, true} {
			args := []string{"add", file, "--publisher", "Offham Practice", "--date", "2025", "--type", "report", "--id", id}
			if force {
				args = append(args, "--force")
			}
			_, stderr, code := cli(t, args...)
			if code != 1 || !strings.Contains(stderr, "hcl-2024-trusts-work-with-icbs is the id of a source of the bundled corpus") {
				t.Errorf("--id %s (force %v): exit %d %q", id, force, code, stderr)
			}
		}
	}
	if names := sourcesF68a(t, home); len(names) != 0 {
		t.Errorf("written when refused: %v", names)
	}
	stdout, stderr, code := cli(t, "items", "--format", "json")
	if code != 0 || !strings.Contains(stdout, `"source": "hcl-2024-trusts-work-with-icbs"`) {
		t.Errorf("the bundled source's items: exit %d %q", code, stderr)
	}
}
