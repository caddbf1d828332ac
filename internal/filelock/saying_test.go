package filelock

import (
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"
)

// TestLockSayingSaysItWaits: a lock another holder keeps past the wait is
// said once, and taken when released; one free at once is taken without
// a word. Before (hostile check 89, L1), a command behind another
// process's index build waited minutes in silence.
func TestLockSayingSaysItWaits(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lock")
	var said atomic.Int32
	unlock, err := LockSaying(path, 10*time.Millisecond, func() { said.Add(1) })
	if err != nil {
		t.Fatal(err)
	}
	if said.Load() != 0 {
		t.Errorf("a free lock was said to be waited for")
	}
	got := make(chan func(), 1)
	go func() {
		u, err := LockSaying(path, 10*time.Millisecond, func() { said.Add(1) })
		if err != nil {
			t.Error(err)
		}
		got <- u
	}()
	deadline := time.Now().Add(10 * time.Second)
	for said.Load() == 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if said.Load() != 1 {
		t.Fatalf("the wait was said %d times, want 1", said.Load())
	}
	select {
	case <-got:
		t.Fatal("the lock was taken while held")
	default:
	}
	unlock()
	(<-got)()
	if said.Load() != 1 {
		t.Errorf("the wait was said %d times, want 1", said.Load())
	}
}
