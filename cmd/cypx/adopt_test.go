package main

import (
	"testing"

	"github.com/cypx/cypx/internal/index"
)

// TestIndexAdoptedAfterTheEndIsClosed: the explorer may end while its index
// is still being built (quitWait); an index that arrives after the app was
// closed is closed at once, never kept open by an app no one will close.
func TestIndexAdoptedAfterTheEndIsClosed(t *testing.T) {
	ix, err := index.New("")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Count(); err != nil {
		t.Fatalf("a new index cannot be counted: %v", err)
	}
	a := &app{}
	a.close()
	a.adopt(ix, nil)
	if a.ix != nil {
		t.Error("an index arriving after the end was adopted")
	}
	if _, err := ix.Count(); err == nil {
		t.Error("an index arriving after the end was left open")
	}
	// Before the end, the index is adopted and closed with the app.
	live, err := index.New("")
	if err != nil {
		t.Fatal(err)
	}
	b := &app{}
	b.adopt(live, nil)
	if b.ix != live {
		t.Fatal("an index arriving in time was not adopted")
	}
	b.close()
	if _, err := live.Count(); err == nil {
		t.Error("closing the app left its index open")
	}
}
