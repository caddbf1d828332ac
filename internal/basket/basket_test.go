package basket_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/basket"
)

func TestBasketEditsAndSurvivesASaveAndLoad(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state", "basket.json")
	b, err := basket.Load(path)
	if err != nil || len(b.IDs) != 0 {
		t.Fatalf("missing file: %v %v", b, err)
	}
	if n := b.Add("a", "b", "c", "a"); n != 3 {
		t.Errorf("added %d, want 3", n)
	}
	if !b.Toggle("d") || b.Toggle("b") {
		t.Error("toggle")
	}
	if j := b.Move(2, -5); j != 0 || strings.Join(b.IDs, ",") != "d,a,c" {
		t.Errorf("move: %d %v", j, b.IDs)
	}
	if err := b.Save(path); err != nil {
		t.Fatal(err)
	}
	again, err := basket.Load(path)
	if err != nil || strings.Join(again.IDs, ",") != "d,a,c" {
		t.Errorf("reloaded %v %v", again.IDs, err)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
	os.WriteFile(path, []byte("{not json"), 0o644)
	if _, err := basket.Load(path); err == nil || !strings.Contains(err.Error(), "basket.json: not a basket file") {
		t.Errorf("corrupt basket: %v", err)
	}
}
