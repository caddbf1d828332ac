package index

import (
	"context"
	"errors"
	"fmt"
	"testing"
)

// TestZapxReadFailuresAreDamage: zapx's reports of segment data it cannot
// read, which say so only in words, are damage; a search cancelled or a
// field a segment does not hold is not.
func TestZapxReadFailuresAreDamage(t *testing.T) {
	for _, err := range []error{
		fmt.Errorf("error loading chunk: %v", errors.New("tried to load freq chunk that doesn't exist 143/(1)")),
		fmt.Errorf("phrase searcher error building term searcher: %v", fmt.Errorf("error loading roaring bitmap: %v", errors.New("unexpected EOF"))),
		fmt.Errorf("dictionary for field text, vellum reader err: %v", errors.New("bad header")),
		errors.New("error reading location numLocsBytes: EOF"),
		errors.New("loadDvReaders: failed to read the docvalue offset end for field kind"),
	} {
		if !readFailure(err) {
			t.Errorf("readFailure(%q) = false, want damage", err)
		}
	}
	for _, err := range []error{
		context.Canceled,
		fmt.Errorf("searching: %w", context.DeadlineExceeded),
		errors.New("no such field 'measure'"),
	} {
		if readFailure(err) {
			t.Errorf("readFailure(%q) = true, want no damage", err)
		}
	}
}
