package index

import (
	"errors"
	"fmt"
	"testing"
)

// TestDamageOfIsTheIndexOwnError: DamageOf finds the error an index keeps
// for its damage however the reply wraps it, and nothing in other errors.
func TestDamageOfIsTheIndexOwnError(t *testing.T) {
	kept := fmt.Errorf("%w: a.zap was cut from 10 to 2 bytes while open", ErrDamaged)
	fault := &FaultError{Doing: "reading it"}
	for _, c := range []struct {
		err, want error
	}{
		{kept, kept},
		{fmt.Errorf("links: %w", fmt.Errorf("search: %w", kept)), kept},
		{errors.Join(errors.New("other"), fmt.Errorf("chart: %w", kept)), kept},
		{fmt.Errorf("export: %w", fault), fault},
		{errors.New("the index is damaged"), nil},
		{fmt.Errorf("x: %v", kept), nil}, // not wrapped: no damage
		{nil, nil},
	} {
		if got := DamageOf(c.err); got != c.want {
			t.Errorf("DamageOf(%v) = %v, want %v", c.err, got, c.want)
		}
	}
	if DamageOf(ErrDamaged) != nil {
		t.Error("ErrDamaged alone is no index's own damage")
	}
}
