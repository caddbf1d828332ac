package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestOrderTableIsNoTable: a booking page's ticket types, each row a
// price and a control to pick how many, is what the reader may buy:
// dropped, so its prices are no statistics. A table of figures without
// controls stays.
func TestOrderTableIsNoTable(t *testing.T) {
	page := `<html><head><title>Family hubs summit 2026</title></head><body><main>
<h1>Family hubs summit 2026</h1>
<p>Last year 61% of family hubs in the region had no health visitor on site.</p>
<table><tr><th>Ticket</th><th>Price</th><th>Quantity</th></tr>
<tr><td>Parent or carer</td><td>Free</td><td><select><option>0</option><option>1</option></select></td></tr>
<tr><td>Charity staff</td><td>£30.00</td><td><select><option>0</option><option>1</option></select></td></tr>
<tr><td>Public sector</td><td>£80.00 + £2.90 booking fee</td><td><input type="number" value="0"></td></tr>
</table>
<table><tr><th>Hub</th><th>Visits</th></tr><tr><td>North</td><td>1,204</td></tr><tr><td>South</td><td>987</td></tr></table>
</main></body></html>`
	im, err := library.Import(write(t, "event.html", []byte(page)), library.Meta{Type: "web-page", Publisher: "Fenmoor Family Hubs Network", Date: "2026-03-01"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(im.Body, "£30.00") || strings.Contains(im.Body, "booking fee") {
		t.Errorf("ticket table kept:\n%s", im.Body)
	}
	if !strings.Contains(im.Body, "1,204") || !strings.Contains(im.Body, "61%") {
		t.Errorf("figures lost:\n%s", im.Body)
	}
}
