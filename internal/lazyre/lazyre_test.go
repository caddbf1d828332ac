package lazyre

import (
	"strings"
	"sync"
	"testing"
)

// TestCompiledOnceOnFirstUse: nothing is compiled by New; the first use
// compiles, from many goroutines at once, one expression that they share.
func TestCompiledOnceOnFirstUse(t *testing.T) {
	l := New(`(?i)\bwaiting\s+(\d+)\s+weeks\b`)
	if l.re != nil {
		t.Fatal("New compiled the pattern")
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if m := l.FindStringSubmatch("Children WAITING 52 weeks"); len(m) != 2 || m[1] != "52" {
				t.Errorf("FindStringSubmatch: %q", m)
			}
		})
	}
	wg.Wait()
	if first := l.Get(); first != l.Get() || first == nil {
		t.Error("Get compiled more than once")
	}
}

// TestCompileAllFindsABadPattern: CompileAll names a pattern that does not
// compile, which first use would turn into a panic.
func TestCompileAllFindsABadPattern(t *testing.T) {
	made.Lock()
	saved := made.all
	made.all = nil
	made.Unlock()
	defer func() { made.Lock(); made.all = saved; made.Unlock() }()
	New(`fine`)
	if n, err := CompileAll(); err != nil || n != 1 {
		t.Fatalf("one good pattern: %d, %v", n, err)
	}
	New(`unclosed(`)
	if _, err := CompileAll(); err == nil || !strings.Contains(err.Error(), "missing closing )") {
		t.Errorf("a bad pattern: %v", err)
	}
}
