package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/paths"
)

// TestBasketEntriesOfAnyShapeHideNoOther: an entry that is no string (a
// number, null, an object) is left out and named by its line as a string
// that is no id is, the others listed (hostile check 88, B3); the command
// a warning suggests for an entry with a blank takes out that entry and
// not the item it looks like (B1); an entry holding a control character,
// which no shell word shown escaped gives back, is named by its place and
// "--entry N" takes it out (B2); a damaged file is refused before 'basket
// add' looks anything up (B4). Each write keeps the other entries as the
// file held them.
func TestBasketEntriesOfAnyShapeHideNoOther(t *testing.T) {
	home := t.TempDir()
	t.Setenv("CYPX_HOME", home)
	dir := t.TempDir()
	p := filepath.Join(dir, "wren.md")
	os.WriteFile(p, []byte("---\ntitle: \"Wren ward audit\"\npublisher: Shore Trust\ndate: 2024\ntype: report\n---\n## Care\n\nOnly 9 of 31 wren ward beds were open at night in 2023.\n\nSome 44% of wren ward admissions came at weekends in 2023.\n"), 0o644)
	if _, stderr, code := cli(t, "add", p); code != 0 {
		t.Fatalf("add: exit %d, %s", code, stderr)
	}
	out, _, _ := cli(t, "items")
	ids := regexp.MustCompile(`st-2024-[a-z-]+#[0-9a-f]{8}`).FindAllString(out, -1)
	if len(ids) < 2 {
		t.Fatalf("want two items:\n%s", out)
	}
	path, err := paths.Basket()
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Dir(path), 0o755)
	write := func(entries ...string) {
		os.WriteFile(path, []byte("{\n  \"version\": 1,\n  \"items\": [\n    "+strings.Join(entries, ",\n    ")+"\n  ]\n}\n"), 0o644)
	}
	q := func(s string) string { return `"` + s + `"` }

	// B3: a number and null among the ids.
	write(q(ids[0]), "5", "null", q(ids[1]))
	out, stderr, code := cli(t, "basket", "list")
	if code != 0 || !strings.Contains(out, ids[0]) || !strings.Contains(out, ids[1]) ||
		!strings.Contains(stderr, path+":5: entry 2: 5 is a number") || !strings.Contains(stderr, path+":6: entry 3: null is null") {
		t.Errorf("list with a number and null: exit %d, %q %q", code, out, stderr)
	}
	if _, stderr, code := cli(t, "basket", "remove", ids[0]); code != 0 || !strings.Contains(stderr, "removed 1, basket holds 1") {
		t.Errorf("remove beside a number: exit %d, %q", code, stderr)
	}
	if got, _ := os.ReadFile(path); !strings.Contains(string(got), "[\n    5,\n    null,\n    \""+ids[1]) || strings.Contains(string(got), ids[0]) {
		t.Errorf("the change did not keep the number and null as the file held them:\n%s", got)
	}
	if _, stderr, code := cli(t, "basket", "remove", "5", "null"); code != 0 || !strings.Contains(stderr, "removed 2, basket holds 1") {
		t.Errorf("remove of the number and null: exit %d, %q", code, stderr)
	}

	// B1: the entry with a blank goes, the item it looks like stays.
	write(q(ids[0]), q(" "+ids[0]))
	_, stderr, _ = cli(t, "basket", "list")
	if !strings.Contains(stderr, "'cypx basket remove ' "+ids[0]+"''") && !strings.Contains(stderr, "remove ' "+ids[0]+"'") {
		t.Errorf("list with a blank entry: %q", stderr)
	}
	if _, stderr, code := cli(t, "basket", "remove", " "+ids[0]); code != 0 || !strings.Contains(stderr, "removed 1, basket holds 1") {
		t.Errorf("remove of the blank entry: exit %d, %q", code, stderr)
	}
	if got, _ := os.ReadFile(path); strings.Contains(string(got), `" `+ids[0]) || !strings.Contains(string(got), q(ids[0])) {
		t.Errorf("the blank entry stayed or the item went:\n%s", got)
	}

	// B2: an entry with ESC is named by its place.
	write(q(ids[0]), `"\u001b]52;c;eA==\u0007#abcd"`, q(ids[1]))
	_, stderr, _ = cli(t, "basket", "list")
	if !strings.Contains(stderr, "'cypx basket remove --entry 2'") || strings.Contains(stderr, "\x1b") {
		t.Errorf("list with an escape entry: %q", stderr)
	}
	if _, stderr, code := cli(t, "basket", "remove", "--entry", "1"); code == 0 || !strings.Contains(stderr, "nothing was removed") {
		t.Errorf("--entry of an item id: exit %d, %q", code, stderr)
	}
	if _, stderr, code := cli(t, "basket", "remove", "--entry", "2"); code != 0 || !strings.Contains(stderr, "removed 1, basket holds 2") {
		t.Errorf("--entry 2: exit %d, %q", code, stderr)
	}
	if got, _ := os.ReadFile(path); strings.Contains(string(got), "abcd") || !strings.Contains(string(got), ids[1]) {
		t.Errorf("after --entry 2:\n%s", got)
	}

	// B4: a damaged file is refused before anything is looked up: the
	// refusal names the file, whatever the reference.
	os.WriteFile(path, []byte("{\n  \"version\": 1,\n  \"items\": [\n    \"x"), 0o644)
	if _, stderr, code := cli(t, "basket", "add", "no-such-source#abcd1234"); code == 0 || !strings.Contains(stderr, path+":4") || strings.Contains(stderr, "no-such-source") {
		t.Errorf("add to a damaged basket: exit %d, %q", code, stderr)
	}
}
