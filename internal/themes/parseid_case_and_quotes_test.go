package themes_test

import (
	"strings"
	"testing"
)

// TestParseIDReadsAnyCaseAndQuotesAsGiven: a theme named in another case
// is that theme; one that is none is quoted as it was given, a byte of
// invalid UTF-8 as \x9b, not as the U+FFFD lowering made of it (check33).
func TestParseIDReadsAnyCaseAndQuotesAsGiven(t *testing.T) {
	tax := taxonomy(t)
	if id, err := tax.ParseID("Waiting-LISTS"); err != nil || id != "waiting-lists" {
		t.Errorf("ParseID(Waiting-LISTS) = %q, %v", id, err)
	}
	_, err := tax.ParseID("\x9b31M")
	if err == nil || !strings.Contains(err.Error(), `"\x9b31M"`) {
		t.Errorf("ParseID of invalid UTF-8: %v", err)
	}
}
