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
	"syscall"

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
	var report bytes.Buffer
	f := os.NewFile(3, "crash report")
	io.Copy(&report, io.LimitReader(f, crashReportLimit))
	io.Copy(io.Discard, f)
	if busFault(report.Bytes(), 0) {
		os.RemoveAll(dir)
		fmt.Fprintln(os.Stderr, "cypx: "+buildChangedWords)
	}
	return true
}

// buildChangedWords is what the watcher says after a fault in a build.
const buildChangedWords = "the index being built was changed on disk while it was built (a file of it was cut short by another program, and reading it faulted: the report above): the half-built index was removed; run the command again to build it anew"

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
	watcher := exec.Command(exe)
	watcher.Env = append(os.Environ(), buildWatchEnv+"="+strconv.Itoa(os.Getpid())+":"+dir)
	watcher.Stderr = os.Stderr
	watcher.ExtraFiles = []*os.File{r}
	err = watcher.Start()
	r.Close()
	if err != nil {
		w.Close()
		return nothing
	}
	debug.SetCrashOutput(w, debug.CrashOptions{}) // it keeps a copy
	w.Close()
	return func() {
		debug.SetCrashOutput(nil, debug.CrashOptions{}) // the watcher reads the end
		go watcher.Wait()
	}
}
