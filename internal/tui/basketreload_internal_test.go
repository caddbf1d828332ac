package tui

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/cypx/cypx/internal/basket"
	"github.com/cypx/cypx/internal/index"
)

// noItems is an index of nothing.
type noItems struct{}

func (noItems) Search(context.Context, index.Request) (index.Result, error) {
	return index.Result{}, nil
}

// TestReloadWaitsForTheReadingUnderWay: the look at the basket file comes
// twice a second, and reading a changed file of 700,000 ids takes
// seconds; a look while a reading is under way starts no second one
// (each started one, so readings of 14 MB piled up while another process
// changed the file). Once the reading is done, the next look reads again.
func TestReloadWaitsForTheReadingUnderWay(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	if err := (basket.Basket{IDs: []string{"a#00000001"}}).Save(path); err != nil {
		t.Fatal(err)
	}
	m := New(Options{Searcher: noItems{}, Basket: BasketHooks{Path: path}})
	first := m.basketCmd(basketOp{kind: opReload})
	if first == nil {
		t.Fatal("the first look reads nothing")
	}
	if again := m.basketCmd(basketOp{kind: opReload}); again != nil {
		t.Error("a look while a reading is under way starts another")
	}
	msg, ok := first().(basketMsg)
	if !ok || msg.err != nil || len(msg.read.ids) != 1 {
		t.Fatalf("the reading: %+v", msg)
	}
	if next := m.basketCmd(basketOp{kind: opReload}); next == nil {
		t.Error("once the reading is done, a look reads nothing")
	}
}
