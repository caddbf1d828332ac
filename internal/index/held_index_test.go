package index

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	bolterrors "go.etcd.io/bbolt/errors"
)

// TestHeldIndexIsSaidInCypxsWords: bbolt's "timeout" (another process
// holds the index's store past the wait) reaches the user as what
// happened and what to do, and is still bbolt's error beneath. Before:
// "the cached index could not be opened (timeout): rebuilding".
func TestHeldIndexIsSaidInCypxsWords(t *testing.T) {
	err := openDamage(t.TempDir(), fmt.Errorf("opening: %w", bolterrors.ErrTimeout))
	var held *HeldError
	if !errors.As(err, &held) || !errors.Is(err, bolterrors.ErrTimeout) || errors.Is(err, ErrDamaged) {
		t.Fatalf("%v: want a HeldError wrapping bbolt's timeout, not damage", err)
	}
	msg := err.Error()
	if strings.Contains(msg, "timeout") || !strings.Contains(msg, "another cypx process") || !strings.Contains(msg, lockWait.String()) || !strings.Contains(msg, "try again") {
		t.Errorf("%q: want who holds the index, for how long, and what to do", msg)
	}
}
