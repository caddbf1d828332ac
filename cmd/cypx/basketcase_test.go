package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestBasketIDInAnotherCaseIsTheItem: a basket.json edited by hand to hold
// an item's id in another case (SOURCE#HASH in capitals) holds that item:
// ids differ in more than case, as the loader, add, show and cite read
// them. Before: 'basket list' showed it missing, and 'basket add' of the
// id as the corpus spells it put the same finding in a second time.
func TestBasketIDInAnotherCaseIsTheItem(t *testing.T) {
	home := t.TempDir()
	t.Setenv("CYPX_HOME", home)
	out, stderr, code := cli(t, "items")
	id := regexp.MustCompile(`[a-z0-9][a-z0-9._-]*#[0-9a-f]{8}`).FindString(out)
	if code != 0 || id == "" {
		t.Fatalf("items: exit %d, %s", code, stderr)
	}
	shouted := strings.ToUpper(id)
	file := filepath.Join(home, "state", "basket.json")
	os.MkdirAll(filepath.Dir(file), 0o755)
	written := []byte(`{"version": 1, "items": ["` + shouted + `"]}` + "\n")
	os.WriteFile(file, written, 0o644)

	out, stderr, code = cli(t, "basket", "list")
	if code != 0 || strings.Contains(out, "missing") || !strings.Contains(out, id) {
		t.Errorf("basket list of %s: exit %d, %s\n%s", shouted, code, stderr, out)
	}
	if data, _ := os.ReadFile(file); string(data) != string(written) {
		t.Errorf("reading the basket rewrote it:\n%s", data)
	}
	// What was done is a message, on standard error.
	if _, said, code := cli(t, "basket", "add", id); code != 0 || !strings.Contains(said, "added 0, basket holds 1") {
		t.Errorf("basket add %s beside %s: exit %d, %s", id, shouted, code, said)
	}
	if _, said, code := cli(t, "basket", "remove", id); code != 0 || !strings.Contains(said, "removed 1, basket holds 0") {
		t.Errorf("basket remove %s of %s: exit %d, %s", id, shouted, code, said)
	}
}
