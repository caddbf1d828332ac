package tui

import (
	"os"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/basket"
)

// TestBasketTitleCountsNothingItCannotRead: the basket screen over a file
// damaged since it was read says the file is not read, in its title as
// below it: the title counted the findings last read ("Briefing basket ·
// 2 findings") above "The basket file cannot be read" (hostile check 61).
// Once the file reads again the count is back.
func TestBasketTitleCountsNothingItCannotRead(t *testing.T) {
	var state, refreshes atomic.Int32
	m := h52Explorer(t, &state, &refreshes)
	path := m.opts.Basket.Path
	good := basket.Basket{IDs: []string{"north-2023-waits#0a1b2c3d", "north-2023-waits#0f0f0f0f"}}
	if err := good.Save(path); err != nil {
		t.Fatal(err)
	}
	m.setState(screenBasket, focusList)
	m = pump(t, m, m.basketCmd(basketOp{kind: opLoad}))
	if v := ansi.Strip(m.basketView.view(m.styles)); !strings.Contains(v, "Briefing basket · 2 findings") {
		t.Fatalf("the basket read does not count its findings:\n%s", v)
	}
	os.WriteFile(path, []byte(`{"version": 1, "items": ["north-2023-waits#0a1b2c3d", `), 0o644)
	m = pump(t, m, m.basketCmd(basketOp{kind: opLoad}))
	v := ansi.Strip(m.basketView.view(m.styles))
	if !strings.Contains(v, "The basket file cannot be read") {
		t.Fatalf("the damaged file is not said to be unread:\n%s", v)
	}
	if strings.Contains(v, "finding") || !strings.Contains(v, "Briefing basket · file not read") {
		t.Errorf("the title counts findings the file does not give:\n%s", v)
	}
	if err := good.Save(path); err != nil {
		t.Fatal(err)
	}
	m = pump(t, m, m.basketCmd(basketOp{kind: opLoad}))
	if v := ansi.Strip(m.basketView.view(m.styles)); !strings.Contains(v, "Briefing basket · 2 findings") {
		t.Errorf("the file read again is not counted:\n%s", v)
	}
}
