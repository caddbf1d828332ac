package main

import (
	"encoding/json"
	"fmt"
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

// TestBasketListOfManyIDsListsEachInOrder: 'cypx basket list' of a basket
// a script filled with 10,000 ids of no item, an item's id among them,
// lists every one in order, numbered, the item at its place: they are
// resolved and written a chunk at a time (BenchmarkResolveEachOfABigBasket;
// 700,000 such ids took 36 s held whole), and --format json lists them
// all too.
func TestBasketListOfManyIDsListsEachInOrder(t *testing.T) {
	home := t.TempDir()
	t.Setenv("CYPX_HOME", home)
	out, stderr, code := cli(t, "items")
	id := regexp.MustCompile(`[a-z0-9][a-z0-9._-]*#[0-9a-f]{8}`).FindString(out)
	if code != 0 || id == "" {
		t.Fatalf("items: exit %d, %s", code, stderr)
	}
	ids := make([]string, 10_000)
	for i := range ids {
		ids[i] = fmt.Sprintf(`"gone%d#%08x"`, i%300, i)
	}
	ids[7000] = `"` + id + `"`
	file := filepath.Join(home, "state", "basket.json")
	os.MkdirAll(filepath.Dir(file), 0o755)
	os.WriteFile(file, []byte(`{"version": 1, "items": [`+strings.Join(ids, ", ")+`]}`), 0o644)

	out, stderr, code = cli(t, "basket", "list")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if code != 0 || len(lines) != len(ids) {
		t.Fatalf("basket list: exit %d, %d lines for %d ids, %s", code, len(lines), len(ids), stderr)
	}
	for _, i := range []int{0, 4095, 4096, 9999} {
		if want := fmt.Sprintf("%2d. missing  %s ", i+1, strings.Trim(ids[i], `"`)); !strings.HasPrefix(lines[i], want) {
			t.Errorf("line %d: %q, want %q…", i+1, lines[i], want)
		}
	}
	if l := lines[7000]; !strings.HasPrefix(l, "7001. ") || strings.Contains(l, "missing") || !strings.HasSuffix(l, id) {
		t.Errorf("line 7001: %q, want the item %s", l, id)
	}
	out, _, code = cli(t, "basket", "list", "--format", "json")
	var entries []struct {
		ID      string `json:"id"`
		Missing bool   `json:"missing"`
	}
	if err := json.Unmarshal([]byte(out), &entries); err != nil || code != 0 || len(entries) != len(ids) || entries[7000].Missing || entries[7000].ID != id {
		t.Errorf("basket list --format json: exit %d, %d entries, %v", code, len(entries), err)
	}
}
