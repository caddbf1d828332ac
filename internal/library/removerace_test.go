package library_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/library"
)

// TestRemoveAtOnceSaysNoSource: the same source removed by twelve
// removals at once is moved once, and every other removal says "no source
// "rr"", never the system's "rename …: no such file or directory": the
// check and the move are one step under the library's lock (hostile
// check 42).
func TestRemoveAtOnceSaysNoSource(t *testing.T) {
	lib := library.Library{Dir: t.TempDir()}
	const body = "---\ntitle: T\npublisher: P\ndate: 2024\ntype: report\n---\nIn 2024, 45% of children waited more than 18 weeks for an assessment.\n"
	for round := range 20 {
		if _, err := lib.Save("rr", []byte(body), true); err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		errs := make([]error, 12)
		for i := range errs {
			wg.Go(func() { _, errs[i] = lib.Remove("rr", time.Now()) })
		}
		wg.Wait()
		moved := 0
		for _, err := range errs {
			switch {
			case err == nil:
				moved++
			case !strings.Contains(err.Error(), `no source "rr"`):
				t.Fatalf("round %d: %v", round, err)
			}
		}
		if moved != 1 {
			t.Fatalf("round %d: moved %d times", round, moved)
		}
	}
}
