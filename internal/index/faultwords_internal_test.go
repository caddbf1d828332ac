package index

import (
	"errors"
	"runtime/debug"
	"strings"
	"testing"
)

// TestFaultIsSaidInWords: a panic while the index is read (a nil pointer
// in bleve's decoding of a damaged segment) is ErrDamaged said in words,
// without Go's own text, which is kept as the error's Cause. Before, the
// warning read "the index is damaged: reading it failed (runtime error:
// invalid memory address or nil pointer dereference)" (hostile check 42).
func TestFaultIsSaidInWords(t *testing.T) {
	ix := &Index{}
	err := func() (err error) {
		defer ix.protect(&err, debug.SetPanicOnFault(true))
		var p *struct{ n int }
		return errors.New(string(rune(p.n)))
	}()
	if !errors.Is(err, ErrDamaged) {
		t.Fatalf("%v, want ErrDamaged", err)
	}
	if msg := err.Error(); strings.Contains(msg, "runtime error") || strings.Contains(msg, "nil pointer") || !strings.HasPrefix(msg, "the index is damaged: reading it failed") {
		t.Errorf("said %q", msg)
	}
	var fault *FaultError
	if !errors.As(err, &fault) || !strings.Contains(fault.Cause.(error).Error(), "nil pointer") {
		t.Errorf("the cause was not kept: %#v", err)
	}
}
