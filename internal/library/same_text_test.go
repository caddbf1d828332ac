package library_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// sourceF68a is a source file with the given publisher and body.
func sourceF68a(publisher, body string) []byte {
	return []byte("---\ntitle: Kestrel clinic waits\npublisher: " + publisher + "\ndate: 2024\ntype: report\n---\n" + body)
}

// A source whose body text is another source's (spacing and line breaks
// aside) is one report saved twice: refused without force, naming the
// source there, and nothing written; force saves it, and another text is
// saved as before. A taken id keeps its own refusal. Before, the second
// copy was saved, and each of its figures counted as two sources agreeing
// (hostile check 61).
func TestSaveRefusesTheSameTextUnderAnotherID(t *testing.T) {
	lib := library.Library{Dir: t.TempDir()}
	body := "\nSome 41% of children waited over 9 weeks for a kestrel clinic visit in 2023.\n\nThe board should publish the waits each month.\n"
	if _, err := lib.Save("kestrel-a", sourceF68a("Kestrel Trust", body), false); err != nil {
		t.Fatal(err)
	}
	rewrapped := "\nSome 41% of children waited over 9 weeks\nfor a kestrel clinic visit in 2023.\n\n\nThe board should publish the waits each month.   \n"
	_, err := lib.Save("kestrel-b", sourceF68a("Another Board", rewrapped), false)
	var same *library.SameTextError
	if !errors.As(err, &same) || same.ID != "kestrel-a" || same.File != "sources/kestrel-a.md" ||
		err.Error() != "the same text as library source kestrel-a (sources/kestrel-a.md) — not imported; pass --force to import it again" {
		t.Fatalf("same text under another id: %v", err)
	}
	if _, err := os.Stat(filepath.Join(lib.Dir, "sources", "kestrel-b.md")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("kestrel-b.md written when refused: %v", err)
	}
	// The id taken is refused for that, not for its text.
	if _, err := lib.Save("kestrel-a", sourceF68a("Kestrel Trust", body), false); !errors.Is(err, library.ErrExists) || errors.As(err, &same) {
		t.Errorf("same text under its own id: %v", err)
	}
	if _, err := lib.Save("kestrel-b", sourceF68a("Another Board", rewrapped), true); err != nil {
		t.Errorf("forced: %v", err)
	}
	other := "\nSome 41% of children waited over 9 weeks for a falcon clinic visit in 2023.\n"
	if _, err := lib.Save("falcon", sourceF68a("Kestrel Trust", other), false); err != nil {
		t.Errorf("another text: %v", err)
	}
}
