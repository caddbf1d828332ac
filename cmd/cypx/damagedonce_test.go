package main

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/index"
)

// TestDamageIsSaidOnce: an export whose index is cut short while it
// resolves its items meets the same damage on every item (resolveItems
// joins their errors): the warning that the index is rebuilt, and an error
// that ends a command, say each cause once, on one line. Before, the
// warning was the cause joined once per item with a literal "\n" (543
// times, 78 KB, on one line).
func TestDamageIsSaidOnce(t *testing.T) {
	cut := fmt.Errorf("%w: /c/index/store/000000000003.zap was cut from 268805 to 0 bytes while open", index.ErrDamaged)
	errs := make([]error, 543)
	for i := range errs {
		errs[i] = cut
	}
	other := errors.New("another cause")
	lines := errorLines(errors.Join(append(errs, other, cut)...))
	if len(lines) != 2 || lines[0] != cut.Error() || lines[1] != "another cause" {
		t.Errorf("%d lines, want the two causes once each: %.300q", len(lines), lines)
	}
	if got := strings.Join(lines, "; "); strings.Contains(got, `\n`) || strings.Count(got, "while open") != 1 {
		t.Errorf("the warning's text %.300q", got)
	}
}
