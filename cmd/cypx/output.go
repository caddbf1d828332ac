package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/cypx/cypx/internal/atomicfile"
	"github.com/cypx/cypx/internal/buildprogress"
	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
)

// Every byte a command writes to standard output or standard error goes
// through a sink. A sink does two things in one place:
//
//   - On a terminal it escapes, with evidence.Printable, every character a
//     terminal would act on or hide, whatever the renderer: text, Markdown,
//     CSV, JSON, messages. Only the few sequences cypx sends on purpose
//     pass (bold around matched words; a format's CRLF line ends; the
//     progress line's carriage return and line clearing). Renderers escape their fields too, so text saved
//     to a file is safe to print later; escaping twice changes nothing.
//   - It remembers the first write that failed, so that run can give a
//     non-zero exit status whenever output was lost, for every command
//     (`cypx map > /dev/full`), without each command checking each write.

// The sequences a sink passes raw to a terminal.
var (
	// boldOn and boldOff mark matched words in text output.
	boldOn, boldOff = "\x1b[1m", "\x1b[22m"
	// clearLine ends a progress line on standard error.
	clearLine = "\x1b[K"
	// crlf is the line end RIS uses (its specification asks for it): a
	// carriage return right before a newline moves nothing a reader could
	// lose, so it passes rather than showing as "\r" at each line's end.
	// A lone carriage return, which could overwrite a line, is escaped.
	crlf = "\r\n"
)

// sink is a command's standard output or standard error. Writes may come
// from several goroutines (bleve logs from its own): they are serialised.
type sink struct {
	mu  sync.Mutex
	w   io.Writer
	tty bool
	// keep are the sequences passed raw to a terminal.
	keep [][]byte
	// pending holds the end of the last write when it may be the start of a
	// character or of a kept sequence, until the next write says which.
	pending []byte
	written int64
	err     error
	// broken, if set, is called once when a write fails on a broken pipe
	// (its reader gone: '2>&1 | head'): run ends the command as a signal
	// does.
	broken func()
}

// failed records a write's error: the first one is kept, and a broken
// pipe is told (broken).
func (s *sink) failed(err error) {
	if err == nil || s.err != nil {
		return
	}
	s.err = err
	if s.broken != nil && errors.Is(err, syscall.EPIPE) {
		s.broken()
	}
}

// checkReader learns, without writing, whether the pipe the sink writes
// to has lost its reader, and if so ends the command as a failed write
// would (broken). A command asks before it commits a file after long work
// (stillWanted): 'cypx add big.pdf 2>&1 | head -0' wrote nothing until its
// report, so the source was added and only then was the pipe found gone.
func (s *sink) checkReader() {
	f, ok := s.w.(*os.File)
	if !ok || s.tty {
		return
	}
	if readerGone(f) {
		s.mu.Lock()
		defer s.mu.Unlock()
		s.failed(syscall.EPIPE)
	}
}

// stdoutSink is a command's standard output: bold around matched words
// and a format's CRLF line ends pass to a terminal.
func stdoutSink(w io.Writer, tty bool) *sink { return newSink(w, tty, boldOn, boldOff, crlf) }

func newSink(w io.Writer, tty bool, keep ...string) *sink {
	s := &sink{w: w, tty: tty}
	for _, k := range keep {
		s.keep = append(s.keep, []byte(k))
	}
	return s
}

// Write passes p on, escaped on a terminal. After a failed write it
// returns that error at once, so a long listing stops early.
func (s *sink) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err != nil {
		return 0, s.err
	}
	if !s.tty {
		n, err := s.w.Write(p)
		s.written += int64(n)
		s.failed(err)
		return n, err
	}
	data := append(s.pending, p...)
	hold := s.holdBack(data)
	s.pending = append([]byte(nil), data[len(data)-hold:]...)
	if err := s.emit(data[:len(data)-hold]); err != nil {
		return 0, err
	}
	return len(p), nil
}

// flush writes what was held back (escaped: it never completed) and
// returns the first write error, if any.
func (s *sink) flush() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err == nil && len(s.pending) > 0 {
		p := s.pending
		s.pending = nil
		s.writeRaw([]byte(evidence.Printable(string(p))))
	}
	return s.err
}

// emit escapes data, passing the kept sequences.
func (s *sink) emit(data []byte) error {
	var out bytes.Buffer
	for len(data) > 0 {
		at, k := s.nextKept(data)
		out.WriteString(evidence.Printable(string(data[:at])))
		if k == nil {
			break
		}
		out.Write(k)
		data = data[at+len(k):]
	}
	return s.writeRaw(out.Bytes())
}

func (s *sink) writeRaw(b []byte) error {
	if len(b) == 0 {
		return s.err
	}
	n, err := s.w.Write(b)
	s.written += int64(n)
	s.failed(err)
	return s.err
}

// nextKept finds the first kept sequence in data: its offset and itself,
// or len(data) and nil.
func (s *sink) nextKept(data []byte) (int, []byte) {
	best, which := len(data), []byte(nil)
	for _, k := range s.keep {
		if i := bytes.Index(data[:min(len(data), best+len(k))], k); i >= 0 && i < best {
			best, which = i, k
		}
	}
	return best, which
}

// holdBack is how many bytes at the end of data to keep for the next
// write: an unfinished UTF-8 character, or the start of a kept sequence.
func (s *sink) holdBack(data []byte) int {
	hold := 0
	for i := len(data) - 1; i >= 0 && i >= len(data)-utf8.UTFMax; i-- {
		if utf8.RuneStart(data[i]) {
			if !utf8.FullRune(data[i:]) {
				hold = len(data) - i
			}
			break
		}
	}
	for _, k := range s.keep {
		for n := min(len(k)-1, len(data)); n > hold; n-- {
			if bytes.HasSuffix(data, k[:n]) {
				hold = n
				break
			}
		}
	}
	return hold
}

// isTTY asks the terminal itself, not the kind of file: /dev/null is a
// character device, and no terminal.
func isTTY(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }

// onTerminal reports whether w is a command's output and a terminal.
func onTerminal(w io.Writer) bool {
	s, ok := w.(*sink)
	return ok && s.tty
}

// isTerminal reports whether w is a terminal that takes escape codes:
// matched words are bold there. TERM=dumb is a terminal that does not.
func isTerminal(w io.Writer) bool {
	return onTerminal(w) && os.Getenv("TERM") != "dumb"
}

// cell makes metadata safe for one line of text output: a publisher with
// a newline cannot start a line of its own.
func cell(s string) string { return evidence.PrintableLine(s) }

// problemText is a corpus problem as a warning: the file name on one line,
// the message escaped.
func problemText(p corpus.Problem) string {
	where := evidence.PrintableLine(p.File)
	if p.Line > 0 {
		where += ":" + strconv.Itoa(p.Line)
	}
	return where + ": " + evidence.Printable(p.Message)
}

// progressAfter is how long indexing runs before progress is shown: a
// short build says nothing.
var progressAfter = 2 * time.Second

// progressEvery is how often progress is written as lines where standard
// error is not a terminal (a log, a CI job): a terminal's line is
// redrawn in place after each batch.
var progressEvery = 5 * time.Second

// progressLine reports indexing progress on w (see progress.indexing).
func progressLine(w io.Writer) index.Progress { return newProgress(w).indexing }

// progress reports on w how building the index advances — reading and
// extracting the sources (bytes), then indexing their items — each with
// its rate and the time left, once the work has taken progressAfter,
// whether w is a terminal or not: one 24 MB paragraph takes a minute to
// read before the first item is indexed, and a log with no sign of life
// looks hung. On a terminal one line is redrawn in place; in a log a line
// is written every progressEvery.
type progress struct {
	w                  io.Writer
	tty                bool
	start              time.Time
	shown, last, first time.Time
	firstDone          int
	// label names what reading reads: "sources" unless set (cypx add
	// names its file).
	label string
	// readFrom and readFromDone mark the first report of reading: the
	// rate is measured from there, not over the conversion before it
	// (an import's HTML or PDF conversion), which would make the time
	// left seem many times longer than it is.
	readFrom     time.Time
	readFromDone int64
	// streaming is set once items are indexed while sources are still
	// read: reading's line then says so.
	streaming bool
	// readDone and readTotal are reading's last report: once every
	// source is read, a streaming build's line counts the last items
	// indexed (buildprogress.LastItems).
	readDone, readTotal int64
}

func newProgress(w io.Writer) *progress {
	return &progress{w: w, tty: onTerminal(w), start: time.Now()}
}

// show writes a progress line: redrawn on a terminal, now and then in a log.
func (p *progress) show(now time.Time, line string) {
	switch {
	case p.tty:
		fmt.Fprint(p.w, "\r"+line+clearLine)
		p.shown = now
	case now.Sub(p.last) >= progressEvery:
		fmt.Fprintln(p.w, line)
		p.shown, p.last = now, now
	}
}

// reading reports the bytes of the sources' bodies read and extracted.
func (p *progress) reading(done, total int64) {
	now := time.Now()
	p.readDone, p.readTotal = done, total
	if p.readFrom.IsZero() {
		p.readFrom, p.readFromDone = now, done
	}
	elapsed := now.Sub(p.start)
	if elapsed < progressAfter || total == 0 || done >= total {
		return
	}
	if done <= p.readFromDone {
		return // no rate yet: the first report only starts the clock
	}
	rate := float64(done-p.readFromDone) / max(now.Sub(p.readFrom).Seconds(), 0.001)
	left := time.Duration(float64(total-done)/max(rate, 1)) * time.Second
	label := p.label
	if label == "" {
		label = "sources"
	}
	verb := "reading"
	if p.streaming {
		verb = "indexing" // read and indexed together, source by source
	}
	unit, scale := sizeUnit(total)
	p.show(now, fmt.Sprintf("%s %s %.1f/%.1f %s (%.2f %s/s, %s left)", verb, label, float64(done)/scale, float64(total)/scale, unit, rate/scale, unit, left.Round(time.Second)))
}

// sizeUnit is the unit progress counts bytes in: kilobytes for sources
// under a megabyte in all (a start slowed by something else, checking a
// large index, showed "0.0/0.0 MB"), megabytes otherwise.
func sizeUnit(total int64) (string, float64) {
	if total < 1<<20 {
		return "KB", 1 << 10
	}
	return "MB", 1 << 20
}

// finish ends reading's line once the work is done: cleared on a
// terminal, a closing line in a log.
func (p *progress) finish(total int64) {
	switch {
	case p.shown.IsZero():
	case p.tty:
		fmt.Fprint(p.w, "\r"+clearLine)
	default:
		unit, scale := sizeUnit(total)
		fmt.Fprintf(p.w, "read %.1f %s in %s\n", float64(total)/scale, unit, time.Since(p.start).Round(time.Second))
	}
}

// indexing reports the items indexed. A total of 0 is a build that indexes
// each source as it is read, whose count is known only at its end: its
// progress is reading's, in bytes.
func (p *progress) indexing(done, total int) {
	now := time.Now()
	if total == 0 {
		if !p.streaming && !p.readFrom.IsZero() {
			// Reading's rate is measured from the first item indexed:
			// a large source is read once fast to count its themes,
			// then again at the index's pace, and the rate of both
			// said seconds left for minutes (hostile check 50).
			p.readFrom, p.readFromDone = now, p.readDone
		}
		p.streaming = true
		if line, ok := buildprogress.LastItems(p.readDone, p.readTotal, done); ok && now.Sub(p.start) >= progressAfter {
			p.show(now, line)
		}
		return
	}
	if p.first.IsZero() {
		// Reading and extracting the files came before the first
		// batch: the rate is measured over batches alone.
		p.first, p.firstDone = now, done
	}
	elapsed := now.Sub(p.start)
	if elapsed < progressAfter || total == 0 || done == p.firstDone && done < total {
		return
	}
	rate := float64(done) / max(elapsed.Seconds(), 0.001)
	if done > p.firstDone {
		rate = float64(done-p.firstDone) / max(now.Sub(p.first).Seconds(), 0.001)
	}
	left := time.Duration(float64(total-done)/max(rate, 1)) * time.Second
	switch {
	case done < total:
		p.show(now, fmt.Sprintf("indexing %d/%d items (%.0f items/s, %s left)", done, total, rate, left.Round(time.Second)))
	case p.tty:
		if !p.shown.IsZero() {
			fmt.Fprint(p.w, "\r"+clearLine)
		}
	case !p.shown.IsZero():
		fmt.Fprintf(p.w, "indexed %d items in %s\n", total, elapsed.Round(time.Second))
	}
}

// comparing reports the statistics of a pack compared with the others of
// their measures for its notes (figures.PackOthers), with the rate and the
// time left, once the work has taken progressAfter: 2,000 statistics of
// one huge shared measure take minutes, and said nothing (hostile check
// 48). Its end clears the line on a terminal and closes it in a log.
func (p *progress) comparing(done, total int) {
	p.counting(done, total, "comparing figures for the notes: %d/%d statistics", "compared %d statistics in %s")
}

// grouping reports the items whose figures 'cypx figures' has gathered
// into measures (figures.GroupWithProgress), as comparing does: 60,000
// statistics took a minute and more and said nothing (hostile check 50).
func (p *progress) grouping(done, total int) {
	p.counting(done, total, "gathering figures into measures: %d/%d items", "gathered the figures of %d items in %s")
}

// counting is comparing's and grouping's line: doing, of done and total,
// with the rate and the time left while the work goes on, once it has
// taken progressAfter; at its end the line is cleared on a terminal and
// closed in a log with did, of total and the time taken.
func (p *progress) counting(done, total int, doing, did string) {
	now := time.Now()
	elapsed := now.Sub(p.start)
	switch {
	case p.shown.IsZero() && (elapsed < progressAfter || done == 0):
		return
	case done >= total && p.tty:
		fmt.Fprint(p.w, "\r"+clearLine)
	case done >= total:
		fmt.Fprintf(p.w, did+"\n", total, elapsed.Round(time.Second))
	default:
		rate := float64(done) / max(elapsed.Seconds(), 0.001)
		left := time.Duration(float64(total-done)/max(rate, 0.001)) * time.Second
		p.show(now, fmt.Sprintf(doing+" (%.1f/s, %s left)", done, total, rate, left.Round(time.Second)))
	}
}

// writeOutput writes a command's result to the file -o names, by the same
// rules wherever cypx writes a file it is given:
//
//   - an existing file is refused unless force (--force) is set, and then
//     replaced atomically, keeping its permissions;
//   - a new file is created readable by all (0644, less the umask);
//   - a symbolic link is followed and its target replaced: the link stays;
//   - a pipe or a device (/dev/stdout, a FIFO) is written directly, as a
//     shell's redirection would;
//   - a folder, a missing folder or a socket is refused with a plain message;
//   - cypx's own files and folders, and the folder --corpus named
//     (corpusDir, or ""), are refused (ownFileError).
func writeOutput(path string, data []byte, force bool, corpusDir string) error {
	return output(path, data, force, true, corpusDir)
}

// checkOutput says, before the work that makes what -o writes, what
// writeOutput would refuse: a folder, a file there without --force, a
// folder that is missing or may not be written (a read-only disk). An
// export built the index and found every item's links first.
func checkOutput(path string, force bool, corpusDir string) error {
	return output(path, nil, force, false, corpusDir)
}

// unportableName says why a file name an export is to write would not
// do, with what to give instead, or "": a space or a dot at its end
// (Windows and shared drives drop it), a device's name ("nul.docx",
// "CON.md"), a colon (Windows reads "s.docx:" as a stream of another
// file), another blank or an invisible character at its end ("v.docx"
// and a no-break space, shown as a space) or an ending holding a letter
// that is not ASCII ("z.doсx", its "с" Cyrillic, read as .docx by a
// person and as no format by cypx, which wrote Markdown). Before
// (hostile checks 86 F9 and 88 O1), each was written. The one list of
// the names -o refuses.
func unportableName(base string) string {
	if strings.HasSuffix(base, " ") || strings.HasSuffix(base, ".") {
		// "q.docx " was written as Markdown (the format is read from the
		// name's ending) and reported "wrote … to q.docx ", its space
		// unseen; Windows and shared drives drop a trailing space or dot,
		// leaving q.docx holding Markdown (hostile check 86, F9).
		return "ends in a space or a dot, which Windows and shared drives drop from a file's name and which hides the format its ending names: give the name without it"
	}
	if evidence.WindowsDeviceName(base) {
		return "is a name Windows keeps for a device, where the file can be neither made nor copied: give another name"
	}
	if strings.ContainsRune(base, ':') {
		return "holds a colon, which Windows reads as naming a stream of another file: give another name"
	}
	if i := strings.IndexFunc(base, func(r rune) bool { return r < 0x20 || r == 0x7f || strings.ContainsRune(`?*|"<>`, r) }); i >= 0 {
		// "a?.md", "a|b.md" and a tab or newline were written here and
		// could not be copied to Windows or a shared drive (hostile
		// check 89, O2).
		return fmt.Sprintf("holds %s, which Windows does not allow in a file's name: give another name", evidence.PrintableLine(fmt.Sprintf("%q", base[i:i+1])))
	}
	if evidence.PrintableLine(base) != base {
		// A right-to-left override shows "report\u202excod.md" as
		// "reportdm.docx" in a file manager; a mark or a zero-width
		// character, or bytes that are no UTF-8, hide what the name is
		// (hostile check 89, O2).
		return fmt.Sprintf("holds an invisible or direction character, or bytes that are no text (%s), which hide or reorder the name: give another name", evidence.PrintableLine(base))
	}
	if r, _ := utf8.DecodeLastRuneInString(base); unicode.IsSpace(r) || !unicode.IsPrint(r) {
		return fmt.Sprintf("ends in %U, a blank or invisible character that hides the ending before it: give another name", r)
	}
	if ext := filepath.Ext(base); strings.IndexFunc(ext, func(r rune) bool { return r > unicode.MaxASCII }) >= 0 {
		return fmt.Sprintf("ends in “%s”, which holds a character that is not ASCII and reads as another ending than cypx reads: give another name", evidence.PrintableLine(ext))
	}
	return ""
}

// output is writeOutput, or with write false only its checks: nothing
// is written, and a device or pipe named is not opened.
func output(path string, data []byte, force, write bool, corpusDir string) error {
	if err := goneFolderError(path); err != nil {
		return err
	}
	if base := filepath.Base(path); base != "." && base != ".." && base != string(filepath.Separator) {
		if why := unportableName(base); why != "" {
			return fmt.Errorf("“%s” %s", cell(path), why)
		}
	}
	if err := ownFileError(path, corpusDir); err != nil {
		return err
	}
	info, err := os.Stat(path)
	switch {
	case err == nil && info.IsDir():
		return fmt.Errorf("%s is a folder: give a file name in it, such as %s", cell(path), cell(filepath.Join(path, "briefing.md")))
	case err == nil && info.Mode()&os.ModeSocket != 0:
		// A socket cannot be opened as a file: the system's words were
		// "open sock: no such device or address".
		return fmt.Errorf("%s is a socket, not a file: give another name", cell(path))
	case err == nil && !info.Mode().IsRegular():
		if !write {
			return nil // opening a pipe would wait for its reader
		}
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return err
		}
		var w io.Writer = f
		if isTTY(f) {
			// -o /dev/tty is a terminal like standard output: escaped,
			// and no Word document.
			if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
				f.Close()
				return usageError("a Word document would garble the terminal %s: give -o FILE.docx", cell(path))
			}
			w = newSink(f, true, crlf)
		}
		_, err = w.Write(data)
		if s, ok := w.(*sink); ok && err == nil {
			err = s.flush()
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		return err
	case err == nil && !force:
		return fmt.Errorf("%s exists: pass --force to replace it", cell(path))
	case err != nil && namesFolder(path) != "":
		// A name ending in a separator, "." or ".." names a folder;
		// cleaned, it would be made a file ("wrote 1 items to newdir/",
		// "newdir/."), or a file be reported with the system's "not a
		// directory".
		if folder := namesFolder(path); folderIsFile(folder) {
			return fmt.Errorf("%s is not a folder", cell(folder))
		}
		return fmt.Errorf("no folder %s: create it first, and give a file name in it", cell(path))
	case errors.Is(err, syscall.ENAMETOOLONG):
		// The system's words were "stat …: file name too long".
		return fmt.Errorf("%s: the name is longer than the system allows a file's name (255 bytes): give a shorter one", cell(path))
	case err != nil:
		// Missing, or a path through something that is not a folder.
		climbed, cerr := resolveClimb(path)
		if cerr != nil {
			return cerr
		}
		path = climbed
		target, rerr := atomicfile.Resolve(path)
		if rerr != nil {
			return rerr
		}
		dir := filepath.Dir(target)
		if st, serr := os.Stat(dir); serr != nil {
			return fmt.Errorf("no folder %s: create it first", cell(dir))
		} else if !st.IsDir() {
			return fmt.Errorf("%s is not a folder", cell(dir))
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	if !write {
		return atomicfile.CanWrite(path)
	}
	return atomicfile.Write(path, data)
}

// goneFolderError says that a relative -o path cannot be written because
// the folder cypx was started in has been removed (or moved) since: the
// system's words were "getwd: no such file or directory" (round 41,
// held-out check). A removed folder still stats while cypx holds it, so
// it is asked for its name.
func goneFolderError(path string) error {
	if filepath.IsAbs(path) {
		return nil
	}
	if _, err := os.Getwd(); err == nil {
		return nil
	}
	example := filepath.Join(string(filepath.Separator)+"tmp", filepath.Base(path))
	if home, err := os.UserHomeDir(); err == nil && filepath.IsAbs(home) {
		example = filepath.Join(home, filepath.Base(path))
	}
	return fmt.Errorf("the folder cypx was started in is gone (removed or moved since), so %s names no place: nothing written; give -o a full path, such as %s", cell(path), cell(example))
}

// namesFolder is, for a path that can name only a folder (one ending in a
// separator, or in "." or ".."), the path it is under as written ("newdir"
// of "newdir/", "notes.txt" of "notes.txt/.."); "" for any other path.
func namesFolder(path string) string {
	if path == "" {
		return ""
	}
	if os.IsPathSeparator(path[len(path)-1]) {
		return filepath.Clean(path)
	}
	base := filepath.Base(path)
	if base != "." && base != ".." {
		return ""
	}
	if dir := path[:len(path)-len(base)]; dir != "" {
		return filepath.Clean(dir)
	}
	return "."
}

// folderIsFile reports whether path is there and is not a folder.
func folderIsFile(path string) bool {
	st, err := os.Stat(path)
	return err == nil && !st.IsDir()
}

// resolveClimb returns path with its folder resolved as the system
// resolves it when path climbs with "..": through the folders and links
// that are there, one after the other, so "link/../y.md" is beside the
// link's target, and "nosuch/../y.md" or "notes.txt/../y.md" is refused
// as a shell's redirection refuses it. Cleaned as text first, such a path
// named a file in another folder, and was written there. A path that does
// not climb is returned as it is.
func resolveClimb(path string) (string, error) {
	if !slices.Contains(strings.Split(filepath.ToSlash(path), "/"), "..") {
		return path, nil
	}
	// The folder as written: filepath.Dir would clean the climb away.
	dir := "."
	if i := strings.LastIndexAny(path, `/`+string(filepath.Separator)); i == 0 {
		dir = path[:1]
	} else if i > 0 {
		dir = path[:i]
	}
	real, err := filepath.EvalSymlinks(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "", fmt.Errorf("no folder %s: create it first", cell(dir))
	case err != nil:
		return "", fmt.Errorf("%s is not a folder (%v)", cell(dir), err)
	}
	return filepath.Join(real, filepath.Base(path)), nil
}

// done says what an action did (cleared, removed, moved, imported) on
// standard error. Such a line is a message, not data: standard output
// carries only what a command was asked to show (listings, results,
// exports), as `export -o` already said "wrote N items" on standard error.
// An action whose confirmation went to standard output could be done and
// then reported as failed: `cypx history --clear > /dev/full` cleared the
// history and exited 1. Now it clears, says so, and exits 0; only when
// standard error cannot be written either is the exit status 1 (output
// was lost, as for every command), after the action.
func done(c *cobra.Command, format string, args ...any) error {
	_, err := fmt.Fprintf(c.ErrOrStderr(), format+"\n", args...)
	return err
}

// outputError writes what a sink still holds and returns the first write
// to it that failed: for a command that must know its output was written
// before it records that it was (saved run).
func outputError(w io.Writer) error {
	if s, ok := w.(*sink); ok {
		return s.flush()
	}
	return nil
}
