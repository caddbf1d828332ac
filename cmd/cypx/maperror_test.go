package main

import (
	"errors"
	"fmt"
	"testing"

	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/viz"
)

// TestMapsDamagedIndexIsRebuiltNotAUsageError: an index found damaged
// while `cypx map` counts (a segment cut short under it) keeps its
// ErrDamaged, which run rebuilds and runs the map again on, and no usage
// status; an unknown --by is still the user's mistake (2). Before: every
// error of the count was a usage error, its cause lost, and the map ended
// with status 2 ("the index is damaged: reading it failed (runtime error:
// …)") where every other command rebuilt.
func TestMapsDamagedIndexIsRebuiltNotAUsageError(t *testing.T) {
	damaged := fmt.Errorf("%w: reading it failed (runtime error: invalid memory address)", index.ErrDamaged)
	err := matrixError(damaged)
	var ee *exitError
	if !errors.Is(err, index.ErrDamaged) || errors.As(err, &ee) {
		t.Errorf("damage while mapping: %v (exit error %v), want ErrDamaged as it is", err, ee)
	}
	by := fmt.Errorf("%w %q (valid: source, publisher)", viz.ErrUnknownBy, "theme")
	if err := matrixError(by); !errors.As(err, &ee) || ee.code != 2 {
		t.Errorf("unknown --by: %v, want a usage error (2)", err)
	}
}
