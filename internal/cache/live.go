package cache

import (
	"context"
	"sync"

	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/thesaurus"
)

// Live is a searcher over an index that may still be being built, or be
// replaced: searches see the items indexed so far, and a finished index is
// swapped in without a search ever meeting a closed one. The explorer
// searches through it while a large library is indexed. Every index set
// is watched for another cypx rebuilding or updating it meanwhile
// (index.WatchReplaced): the explorer keeps it open for as long as it
// runs, and opens it again on index.ErrReplaced.
type Live struct {
	mu sync.RWMutex
	ix *index.Index
	// vocab is given to every index set, so a search during a build reads
	// thesaurus terms too.
	vocab index.Vocabulary
}

// setThesaurus lets searches during a build widen thesaurus terms before
// the themes are known.
func (l *Live) setThesaurus(th *thesaurus.Thesaurus) {
	if l == nil {
		return
	}
	l.setVocabulary(index.Vocabulary{Thesaurus: th})
}

// setVocabulary gives the vocabulary to the index searched now and to
// every later one.
func (l *Live) setVocabulary(v index.Vocabulary) {
	if l == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.vocab = v
	if l.ix != nil {
		l.ix.SetVocabulary(v)
	}
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

// Check is the current index's Check (replaced or damaged since it was
// opened); with none yet, or while one is reopened, there is nothing to
// check.
func (l *Live) Check() error {
	l.mu.RLock()
	defer l.mu.RUnlock()
	if l.ix == nil {
		return nil
	}
	return l.ix.Check()
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
	if ix != nil {
		ix.SetVocabulary(l.vocab)
		ix.WatchReplaced()
	}
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
		ix.SetVocabulary(l.vocab)
		ix.WatchReplaced()
	} else {
		l.ix = nil
	}
	return ix, err
}
