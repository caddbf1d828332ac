package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// basketFileF67c writes a basket holding ids, and returns its path.
func basketFileF67c(t *testing.T, ids ...string) string {
	t.Helper()
	home := t.TempDir()
	t.Setenv("CYPX_HOME", home)
	file := filepath.Join(home, "state", "basket.json")
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte(`{"version": 1, "items": ["`+strings.Join(ids, `", "`)+`"]}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}

// TestBasketRemoveTakesTheIDsBasketAddTakes: 'basket remove' names a
// basket's item as 'basket add' names it, by the start of its hash (four
// characters or more) or its whole id in any case, and removes it; before,
// "remove 4e11" said "removed 0" with exit status 0 and removed nothing.
func TestBasketRemoveTakesTheIDsBasketAddTakes(t *testing.T) {
	for _, ref := range []string{"4e11", "4E11fc", "4e11fc3", "4e11fc39", "#4e11", "pond-survey#4e11", "POND-SURVEY#4E11FC39"} {
		file := basketFileF67c(t, "pond-survey#4e11fc39", "reed-notes#77aa0012")
		_, said, code := cli(t, "basket", "remove", ref)
		data, _ := os.ReadFile(file)
		if code != 0 || !strings.Contains(said, "removed 1, basket holds 1") || strings.Contains(string(data), "4e11fc39") || !strings.Contains(string(data), "reed-notes#77aa0012") {
			t.Errorf("basket remove %s: exit %d, %q; basket %s", ref, code, said, data)
		}
	}
}

// TestBasketRemoveOfAnIDNotInTheBasketFails: a reference that names no
// item of the basket (another source's id, a hash it does not hold) is an
// error naming it, exit 1, and the basket is left as it was, the other
// ids given with it kept too; before, "removed 0" and exit 0.
func TestBasketRemoveOfAnIDNotInTheBasketFails(t *testing.T) {
	for _, refs := range [][]string{{"nosuch-source#4e11fc39"}, {"beef"}, {"reed-notes#77aa0012", "nosuch-source#4e11"}} {
		file := basketFileF67c(t, "pond-survey#4e11fc39", "reed-notes#77aa0012")
		before, _ := os.ReadFile(file)
		_, said, code := cli(t, append([]string{"basket", "remove"}, refs...)...)
		after, _ := os.ReadFile(file)
		last := refs[len(refs)-1]
		if code != 1 || !strings.Contains(said, `"`+last+`" not in the basket`) || !strings.Contains(said, "nothing was removed") || string(after) != string(before) {
			t.Errorf("basket remove %q: exit %d, %q; basket %s", refs, code, said, after)
		}
	}
}

// TestBasketRemoveOfASharedHashIsAmbiguous: where two basket ids share a
// hash (one sentence in two sources), the hash alone is refused as
// ambiguous, both ids named, as 'basket add' refuses it, and the basket
// is unchanged; SOURCE#HASH removes the one meant. Before, the hash
// removed the first of them unnamed.
func TestBasketRemoveOfASharedHashIsAmbiguous(t *testing.T) {
	file := basketFileF67c(t, "pond-survey#6eca81a1", "reed-notes#6eca81a1")
	before, _ := os.ReadFile(file)
	for _, ref := range []string{"6eca81a1", "6eca"} {
		_, said, code := cli(t, "basket", "remove", ref)
		after, _ := os.ReadFile(file)
		if code != 1 || !strings.Contains(said, "matches 2 items (pond-survey#6eca81a1, reed-notes#6eca81a1)") || string(after) != string(before) {
			t.Errorf("basket remove %s: exit %d, %q; basket %s", ref, code, said, after)
		}
	}
	_, said, code := cli(t, "basket", "remove", "reed-notes#6eca81a1")
	after, _ := os.ReadFile(file)
	if code != 0 || !strings.Contains(said, "removed 1, basket holds 1") || !strings.Contains(string(after), "pond-survey#6eca81a1") {
		t.Errorf("basket remove reed-notes#6eca81a1: exit %d, %q; basket %s", code, said, after)
	}
}
