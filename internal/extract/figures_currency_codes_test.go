package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestCurrencyCodeIsMoney checks that a sum written with the currency
// code, as a plain-text alert writes what a page shows as "£" ("rose to
// GBP 4.1 million"), is money in pounds with its scale, not a count; a
// "GBP" with no number after it is no figure.
func TestCurrencyCodeIsMoney(t *testing.T) {
	figs := extract.Figures("The trust's spending on school nursing rose to GBP 4.1 million in 2025/26.")
	if len(figs) == 0 || figs[0].Unit != evidence.UnitGBP || figs[0].Value != 4.1e6 {
		t.Errorf("figures %+v, want GBP 4.1 million in pounds", figs)
	}
	if figs := extract.Figures("Prices are shown in GBP on the council's website."); len(figs) != 0 {
		t.Errorf("figures %+v, want none", figs)
	}
}
