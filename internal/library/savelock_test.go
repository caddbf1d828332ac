package library_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestCaseTwinsSavedAtOnce: two imports at once of ids that differ only
// in case ("Race1" and "race1", as two terminals or a script's loop give
// them) save one and refuse the other, every time. Before, each checked
// for a case twin before either had written, and both were saved (1 to 2
// times in 3, held-out check of issue 15); every start after warned that
// one id differed only in case from the other.
func TestCaseTwinsSavedAtOnce(t *testing.T) {
	lib := library.Library{Dir: t.TempDir()}
	for i := range 40 {
		ids := []string{fmt.Sprintf("Race%d", i), fmt.Sprintf("race%d", i)}
		var wg sync.WaitGroup
		errs := make([]error, len(ids))
		start := make(chan struct{})
		for j, id := range ids {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				_, errs[j] = lib.Save(id, fmt.Appendf(nil, "---\ntitle: T\npublisher: P\ndate: 2024-01\ntype: report\n---\n\nSource %s.\n", id), false)
			}()
		}
		close(start)
		wg.Wait()
		if (errs[0] == nil) == (errs[1] == nil) {
			t.Fatalf("saving %v at once: errors %v; want exactly one saved", ids, errs)
		}
	}
}
