package basket_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/basket"
)

// TestBadEntriesAreWrittenBackAsTheFileHeldThem: a change to a basket
// holding entries that are no item id writes each of them back as the
// file held it and where it stood among the others. Before (hostile
// check 89, B5), removing one such entry wrote a null among strings as
// "", an escaped right-to-left override raw (a cat of the file then
// reordered its line on the terminal), and moved an item id ahead of an
// entry that stood before it.
func TestBadEntriesAreWrittenBackAsTheFileHeldThem(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	const held = `{"version": 1, "items": ["tab#49fa48d4", null, "bad\u001b]52;c;cm0K\u0007#abcd", " tab#49fa48d4", "tab#6316c9d0", "a\u202eb#abcd"]}`
	if err := os.WriteFile(path, []byte(held), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := basket.Update(path, func(b *basket.Basket) error {
		if n := b.DropAt(2); n != 1 {
			t.Errorf("DropAt(2) took %d entries, want 1", n)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(b.IDs) != 2 {
		t.Fatalf("ids %v", b.IDs)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	got := string(data)
	want := []string{`"tab#49fa48d4"`, `null`, `" tab#49fa48d4"`, `"tab#6316c9d0"`, `"a\u202eb#abcd"`}
	at := 0
	for _, w := range want {
		i := strings.Index(got[at:], w)
		if i < 0 {
			t.Fatalf("the file should hold %s after the entries before it:\n%s", w, got)
		}
		at += i + len(w)
	}
	if strings.Contains(got, "\u202e") || strings.Contains(got, `""`) || strings.Contains(got, "cm0K") {
		t.Errorf("the file holds a raw override, an empty string or the removed entry:\n%s", got)
	}

	// Removing an item id keeps the entries that followed it after the
	// id before it.
	if _, err := basket.Update(path, func(b *basket.Basket) error {
		b.Remove("tab#49fa48d4")
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	data, _ = os.ReadFile(path)
	if got := string(data); !strings.Contains(got, "null,\n    \" tab#49fa48d4\",\n    \"tab#6316c9d0\",\n    \"a\\u202eb#abcd\"") {
		t.Errorf("after removing the first id:\n%s", got)
	}
}

// TestAVersionlessBasketIsRefusedForItsVersion: a file with no "version"
// whose list holds a number is refused for the missing version, as the
// same file of strings alone is. Before (hostile check 89, B6), it was
// refused for the number, after a warning suggesting a command that the
// same refusal then stopped.
func TestAVersionlessBasketIsRefusedForItsVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	if err := os.WriteFile(path, []byte(`{"items": ["tab#49fa48d4", 5, "tab#6316c9d0"]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := basket.Load(path)
	var ve *basket.VersionError
	if !errors.As(err, &ve) || !ve.Missing || !strings.Contains(err.Error(), `no "version" in it`) {
		t.Errorf("got %v, want the missing version named", err)
	}
}
