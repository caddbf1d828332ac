package tui

import (
	"context"
	"errors"
	"sync"
)

// ErrExportCancelled is what ExportRun.Write returns once the export was
// cancelled: nothing was written.
var ErrExportCancelled = errors.New("the export was cancelled before the briefing pack was written: nothing was written")

// ExportRun is one export of the basket, begun by e. The pack is built
// first — the basket read and resolved, its notes found, its files made —
// which for thousands of findings takes seconds, and only then written.
// Quitting (q, ctrl+c) while it is built cancels it: Context ends, and
// Write writes nothing. Quitting while it writes waits for the write, at
// most quitWait: a write is only the files' atomic creation.
type ExportRun struct {
	ctx    context.Context
	cancel context.CancelFunc
	// writes are the model's writes under way, which quitting waits for:
	// the run is one of them while it writes, and only then.
	writes *sync.WaitGroup

	// over is closed once the export is over: written, failed or
	// cancelled, its command returned.
	over chan struct{}

	mu    sync.Mutex
	state exportState
	// asked is the state the run was in when it was first asked to cancel
	// (quitting), and wasAsked whether it was: a run asked while it wrote
	// was waited for, and its outcome never shown on the screen.
	asked    exportState
	wasAsked bool
}

type exportState int

const (
	exportBuilding  exportState = iota // the pack is being built
	exportWriting                      // its files are being written
	exportWritten                      // Write has returned
	exportCancelled                    // cancelled before Write began
)

// newExportRun starts a run whose write is counted in writes (nil: not).
func newExportRun(writes *sync.WaitGroup) *ExportRun {
	ctx, cancel := context.WithCancel(context.Background())
	return &ExportRun{ctx: ctx, cancel: cancel, writes: writes, over: make(chan struct{})}
}

// NewExportRun is a run as e begins one, outside an explorer: for an
// export hook to be run (and cancelled) on its own.
func NewExportRun() *ExportRun { return newExportRun(nil) }

// Done marks a run made by NewExportRun over, as the explorer does once
// its export's command has returned.
func (r *ExportRun) Done() { r.end() }

// Context ends when the export is cancelled: building the pack stops.
func (r *ExportRun) Context() context.Context { return r.ctx }

// Write makes the export's final write, the files' atomic creation,
// unless the export was cancelled: then it writes nothing and returns
// ErrExportCancelled. Once Write has begun, the export is no longer
// cancelled: quitting waits for it (at most quitWait).
func (r *ExportRun) Write(write func() error) error {
	r.mu.Lock()
	if r.state == exportCancelled {
		r.mu.Unlock()
		return ErrExportCancelled
	}
	r.state = exportWriting
	// Added under the lock that Cancel takes before quitting waits: the
	// write is counted before the wait begins, or not begun at all.
	if r.writes != nil {
		r.writes.Add(1)
	}
	r.mu.Unlock()
	defer func() {
		r.mu.Lock()
		r.state = exportWritten
		r.mu.Unlock()
		if r.writes != nil {
			r.writes.Done()
		}
	}()
	return write()
}

// Cancel cancels the export if its write has not begun, and says whether
// it did (or had already): then nothing is or will be written. A run
// whose write has begun or ended is left to finish, and so is one whose
// command has returned without writing (its build failed: the status
// line said why).
func (r *ExportRun) Cancel() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.wasAsked {
		r.asked, r.wasAsked = r.state, true
	}
	switch r.state {
	case exportBuilding:
		select {
		case <-r.over:
			return false
		default:
		}
		r.state = exportCancelled
		r.cancel()
		return true
	case exportCancelled:
		return true
	}
	return false
}

// AskedWhileWriting says whether the run was first asked to cancel while
// its files were being written: it was waited for, and the explorer ended
// before it could say where they went.
func (r *ExportRun) AskedWhileWriting() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.wasAsked && r.asked == exportWriting
}

// Over is closed once the export is over: written, failed or cancelled.
func (r *ExportRun) Over() <-chan struct{} { return r.over }

// Cancelled says whether the export was cancelled before it wrote.
func (r *ExportRun) Cancelled() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.state == exportCancelled
}

// Writing says whether the export's write has begun and not yet ended.
func (r *ExportRun) Writing() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.state == exportWriting
}

// Written says whether the export's write has ended, well or not.
func (r *ExportRun) Written() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.state == exportWritten
}

// end marks the export over, once its command returns, and releases its
// context.
func (r *ExportRun) end() {
	r.mu.Lock()
	defer r.mu.Unlock()
	close(r.over)
	r.cancel()
}
