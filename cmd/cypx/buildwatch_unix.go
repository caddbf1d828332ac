//go:build unix

package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/cypx/cypx/internal/cache"
)

// A one-shot command's first search builds the index in a temporary
// folder of the cache, and bleve writes and reads its files there on
// goroutines of its own (the persister's root.bolt, the segments it
// merges), mapped into memory. A file of it cut short by another program
// while the build runs faults on the next read of its pages (SIGBUS), on
// one of those goroutines, where no recover reaches: the runtime ends the
// process with its report (some 420 lines), and nothing in the process
// can say more or clear the folder. The explorer's supervisor restarts the
// explorer after such a fault; a one-shot build is watched instead, while
// it runs, by a small process of its own (the same program, told by
// buildWatchEnv): the runtime writes its report to the watcher as well as
// to standard error (debug.SetCrashOutput), and the watcher, finding a
// fault on a mapped file in it, removes the build's folder and says in
// words what happened. The build's end, however it ends, closes the pipe
// and the watcher ends without a word.
//
// The runtime's report goes to standard error too, which nothing in the
// process can stop: its ~420 lines came first, and the words after them.
// So while the build runs, the process's standard error is a second pipe
// to the watcher, which passes on what comes through it as it comes (the
// progress line too), until the report begins: its first lines it holds
// until they say what it is. After a fault on a mapped file (a SIGBUS the
// kernel raised) it says the words alone; after a signal another process
// sent (kill -BUS, -SEGV, -ILL, -TRAP, -ABRT, -FPE, -SYS), which damaged
// nothing, it says so in a line naming it; after a SIGQUIT, which asks
// for the report, and after any other crash it passes the report on as
// it came (crashSignal.told). When the build ends,
// standard error is put back and the process waits for the watcher to
// pass on the rest.

// buildWatchEnv marks the watcher: the build's process id, a colon and
// the build's folder.
const buildWatchEnv = "CYPX_BUILD_WATCH"

// buildWatcher runs the watcher, when this process is one: it returns
// false in any other. The report comes on descriptor 3. The mark is
// believed only from the process that set it, with its pipe: inherited
// (exported in a shell, or passed on by a program cypx started) it made
// every command a silent no-op, and with a file on descriptor 3 holding
// a fault's words it removed the folder it named. It is unset either
// way, so nothing this process starts inherits it.
func buildWatcher() bool {
	mark, ok := os.LookupEnv(buildWatchEnv)
	if !ok {
		return false
	}
	os.Unsetenv(buildWatchEnv)
	parent, dir, ok := strings.Cut(mark, ":")
	if !ok || parent != strconv.Itoa(os.Getppid()) || !isPipe(3) || !strings.HasPrefix(filepath.Base(dir), cache.BuildingPrefix) {
		return false
	}
	// ctrl+c reaches the whole group: the build answers it, and the
	// watcher waits for the pipe's end as ever.
	signal.Ignore(os.Interrupt, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT)
	said := func(c crashSignal) {
		os.RemoveAll(dir)
		switch {
		case !c.told():
			// SIGQUIT's report, passed on: the folder goes with it.
		case c.kind == signalSent:
			fmt.Fprintln(os.Stderr, "cypx: "+sentWords(c.name, c.sender))
		default:
			fmt.Fprintln(os.Stderr, "cypx: "+buildChangedWords)
		}
	}
	relayed := make(chan bool, 1)
	if isPipe(4) {
		go func() {
			relayUntilCrash(os.NewFile(4, "standard error"), os.Stderr, said)
			relayed <- true
		}()
	} else {
		relayed <- false
	}
	var report bytes.Buffer
	f := os.NewFile(3, "crash report")
	io.Copy(&report, io.LimitReader(f, crashReportLimit))
	io.Copy(io.Discard, f)
	if !<-relayed {
		// The report went to standard error as it came; what it was is
		// said after it.
		if c := signalCause(report.Bytes(), true); c.clears() {
			said(c)
		}
	}
	return true
}

// crashStarts are how the runtime's report on a crash begins: a fault
// ("unexpected fault address", "[signal SIGBUS…"), a fatal error, a
// panic no recover reached, a signal met in the runtime or sent by
// another process ("SIGBUS: bus error", "SIGSEGV: segmentation
// violation": see crashStart).
var crashStarts = [][]byte{[]byte("unexpected fault address"), []byte("fatal error:"), []byte("panic: "), []byte("[signal "), []byte("runtime: "), []byte("Signal ")}

// relayUntilCrash copies in to out as it comes, until a line of in begins
// a crash report (crashStarts). The report's first lines are held until
// they say what signal it ended on (signalCause): one whose report is
// told in words (crashSignal.told: a SIGBUS the kernel raised, a fault on
// a mapped file, or a signal another process sent) is not passed on: said
// is called with what it was, and the rest is read to in's end and
// dropped. Any other report is passed on, and the rest as it comes (said
// called too for a sent SIGQUIT, whose report it is, to clear the
// folder). In a one-page pipe (onePagePipe) the crashing process is still
// writing its report, and waits, while said runs: the words come before
// it ends.
func relayUntilCrash(in io.Reader, out io.Writer, said func(c crashSignal)) {
	var held []byte
	crashed, cause := false, crashSignal{kind: signalUnknown}
	buf := make([]byte, 32<<10)
	for {
		n, err := in.Read(buf)
		chunk := buf[:n]
		switch {
		case !crashed:
			if at := crashStart(chunk); at >= 0 {
				out.Write(chunk[:at])
				held, crashed = append([]byte{}, chunk[at:]...), true
			} else {
				out.Write(chunk)
			}
		case cause.kind == signalUnknown:
			held = append(held, chunk...)
		case !cause.told():
			out.Write(chunk)
		}
		if crashed && cause.kind == signalUnknown {
			if cause = signalCause(held, err != nil); cause.kind != signalUnknown {
				if !cause.told() {
					out.Write(held)
				}
				if cause.clears() {
					said(cause)
				}
			}
		}
		if err != nil {
			return
		}
	}
}

// crashStart is where in chunk a line begins a crash report, or -1. The
// runtime writes its report in writes of its own, so its first words are
// never parted between two reads.
func crashStart(chunk []byte) int {
	for i := 0; i < len(chunk); i++ {
		if i > 0 && chunk[i-1] != '\n' && chunk[i-1] != '\r' {
			continue
		}
		for _, s := range crashStarts {
			if bytes.HasPrefix(chunk[i:], s) {
				return i
			}
		}
		if signalLine(chunk[i:]) {
			return i
		}
	}
	return -1
}

// signalLine reports whether line begins as the runtime's report of a
// signal it ends on: the signal's name, a colon and a space ("SIGBUS:
// bus error").
func signalLine(line []byte) bool {
	name, _, ok := bytes.Cut(line, []byte(": "))
	if !ok || len(name) < 4 || !bytes.HasPrefix(name, []byte("SIG")) {
		return false
	}
	for _, c := range name[3:] {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// sentWords is what the watcher says after a signal another process sent
// to a build (sig its name, "SIGSEGV"; sender 0: not known).
func sentWords(sig string, sender int) string {
	return sentSignalWords(sig, sender) + "; the half-built index was removed; run the command again to build it"
}

// buildChangedWords is what the watcher says after a fault in a build.
const buildChangedWords = "the index being built was changed on disk while it was built (a file of it was cut short by another program, and reading it faulted): the half-built index was removed; run the command again to build it anew"

// watchBuild starts the watcher of a build in dir, and returns the func
// that lets it go once the build has ended. With no watcher to start (in
// a test, in the explorer, whose supervisor takes its reports), it does
// nothing.
func watchBuild(dir string) (done func()) {
	nothing := func() {}
	if !supervise || os.Getenv(superviseEnv) != "" || exploring.Load() {
		return nothing
	}
	exe, err := os.Executable()
	if err != nil {
		return nothing
	}
	r, w, err := os.Pipe()
	if err != nil {
		return nothing
	}
	er, ew, err := os.Pipe()
	if err != nil {
		r.Close()
		w.Close()
		return nothing
	}
	// A crash's report fills the pipe's one page and waits for the
	// watcher to read on: the watcher's words come before the build's
	// process ends.
	onePagePipe(ew.Fd())
	watcher := exec.Command(exe)
	watcher.Env = append(os.Environ(), buildWatchEnv+"="+strconv.Itoa(os.Getpid())+":"+dir)
	watcher.Stderr = os.Stderr
	watcher.ExtraFiles = []*os.File{r, er}
	err = watcher.Start()
	r.Close()
	if err != nil {
		er.Close()
		w.Close()
		ew.Close()
		return nothing
	}
	debug.SetCrashOutput(w, debug.CrashOptions{}) // it keeps a copy
	w.Close()
	// A signal another process sends is told by the watcher, from the
	// report, with its sender; main's catch of them comes back after.
	catchAgain := leaveSentToRuntime()
	// Standard error through the watcher (see above). Fd puts the pipe in
	// blocking mode, as standard error's writes expect.
	saved, err := unix.Dup(2)
	if err == nil {
		if err = unix.Dup2(int(ew.Fd()), 2); err != nil {
			unix.Close(saved)
		}
	}
	ew.Close()
	ended := make(chan struct{})
	go func() {
		watcher.Wait()
		close(ended)
	}()
	if err != nil {
		er.Close()
		return func() {
			debug.SetCrashOutput(nil, debug.CrashOptions{})
			catchAgain()
		}
	}
	// The build keeps a read end of the pipe too, so that a write to
	// standard error finds no broken pipe if the watcher ends first (a
	// kill -9): it waits, at most a page, until standard error is put back
	// and what the pipe holds is passed on. Before, that write ended the
	// command silently as a reader gone (exit 141).
	var once sync.Once
	putBack := func() {
		once.Do(func() {
			debug.SetCrashOutput(nil, debug.CrashOptions{})
			catchAgain()
			unix.Dup2(saved, 2)
			unix.Close(saved)
		})
	}
	released := make(chan struct{})
	go func() {
		select {
		case <-released:
			er.Close()
			return
		case <-ended:
		}
		select {
		case <-released: // the build had ended: the watcher with it
			er.Close()
			return
		default:
		}
		putBack()
		if readerGone(os.Stderr) {
			// The watcher met standard error's reader gone ('2>&1 | head')
			// and ended on it: the command ends as a broken pipe ends it
			// (141, said by nothing).
			er.Close()
			endCommand(signalled{syscall.SIGPIPE})
			return
		}
		io.Copy(os.Stderr, er) // what the watcher did not read, to the end
		er.Close()
		endCommand(buildWatcherLost{pid: watcher.Process.Pid, how: watcher.ProcessState.String()})
	}()
	return func() {
		close(released)
		putBack()
		// What came through the pipe is passed on before anything more
		// is written.
		<-ended
	}
}
