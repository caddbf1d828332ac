package index

import (
	"bytes"
	"log"
	"slices"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
)

// bleve logs through the standard library's default logger (scorch's
// "unable to load snapshot ..., continuing" when an index is damaged) and
// through a logger of its own. Left alone, those lines go raw to standard
// error: over the explorer's screen, and past cypx's escaping. They are
// discarded until a caller asks for them with SetLog.
func init() { SetLog(nil) }

// logSink hands each logged line to the function SetLog was given.
type logSink struct {
	mu  sync.Mutex
	fn  func(string)
	buf []byte
	// opening counts the opens under way (Open); complaints are
	// bleve's complaints about a snapshot it could not load, met while
	// one is. Such a line is the open's damage, which Open says as
	// ErrDamaged, naming the file the line names: passed on, it was a
	// second warning in bleve's words (a segment's path, "continuing")
	// beside cypx's own.
	opening    int
	complaints []string
}

// snapshotComplaints begin the lines scorch logs, and goes on, when a
// snapshot of the index cannot be loaded as it opens (a segment file
// gone, its record in root.bolt damaged).
var snapshotComplaints = []string{"unable to load snapshot", "snapshot key, but bucket missing", "unable to parse segment epoch"}

// watchOpen starts watching bleve's log for complaints about the
// snapshots of an index being opened; the function it returns ends the
// watch and gives the complaints met. Opens under way at once share
// them: a complaint fails each (rebuilt, not lost).
func (s *logSink) watchOpen() func() []string {
	s.mu.Lock()
	s.opening++
	before := len(s.complaints)
	s.mu.Unlock()
	return func() []string {
		s.mu.Lock()
		defer s.mu.Unlock()
		s.opening--
		met := slices.Clone(s.complaints[before:])
		if s.opening == 0 {
			s.complaints = nil // no watch is left to read them
		}
		return met
	}
}

var sink = &logSink{}

// SetLog sends every line bleve logs to fn, prefixed "bleve: ", as
// warnings to show; nil discards them. bleve logs from goroutines of its
// own: fn is called with a lock held, one line at a time. It takes over
// the standard library's default logger, which cypx uses for nothing else.
func SetLog(fn func(string)) {
	sink.mu.Lock()
	sink.fn, sink.buf = fn, nil
	sink.mu.Unlock()
	// The sink is written to with no fn too: it drops the lines, but
	// counts the complaints an open is watching for (watchOpen).
	log.SetFlags(0)
	log.SetPrefix("")
	log.SetOutput(sink)
	bleve.SetLog(log.New(sink, "", 0))
}

func (s *logSink) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.buf = append(s.buf, p...)
	for {
		i := bytes.IndexByte(s.buf, '\n')
		if i < 0 {
			break
		}
		line := string(bytes.TrimSpace(s.buf[:i]))
		s.buf = s.buf[i+1:]
		if s.opening > 0 && slices.ContainsFunc(snapshotComplaints, func(c string) bool { return strings.HasPrefix(line, c) }) {
			s.complaints = append(s.complaints, line)
			continue
		}
		if line != "" && s.fn != nil {
			s.fn("bleve: " + line)
		}
	}
	return len(p), nil
}
