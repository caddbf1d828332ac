package cache

import (
	"context"
	"sync"

	"github.com/cypx/cypx/internal/index"
)

// Live is a searcher over an index that may still be being built, or be
// replaced: searches see the items indexed so far, and a finished index is
// swapped in without a search ever meeting a closed one. The explorer
// searches through it while a large library is indexed.
type Live struct {
	mu sync.RWMutex
	ix *index.Index
}

// Index is the index searched now, or nil before there is one.
func (l *Live) Index() *index.Index {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return l.ix
}

// Search searches the current index; with none yet, it finds nothing.
func (l *Live) Search(ctx context.Context, r index.Request) (index.Result, error) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	if l.ix == nil {
		return index.Result{}, nil
	}
	return l.ix.Search(ctx, r)
}

// TermWeights asks the current index; with none yet, every weight is zero.
func (l *Live) TermWeights(ctx context.Context, text string) (map[string]float64, error) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	if l.ix == nil {
		return map[string]float64{}, nil
	}
	return l.ix.TermWeights(ctx, text)
}

// Release closes the index searched now, so that it can be reopened for
// writing; searches find nothing until the next is set.
func (l *Live) Release() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.ix != nil {
		l.ix.Close()
		l.ix = nil
	}
}

func (l *Live) set(ix *index.Index) {
	if l == nil {
		return
	}
	l.mu.Lock()
	l.ix = ix
	l.mu.Unlock()
}

// swap runs a transition (close, rename, reopen) with searches held off,
// then makes its result the index searched.
func (l *Live) swap(fn func() (*index.Index, error)) (*index.Index, error) {
	if l == nil {
		return fn()
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	ix, err := fn()
	if err == nil {
		l.ix = ix
	} else {
		l.ix = nil
	}
	return ix, err
}
