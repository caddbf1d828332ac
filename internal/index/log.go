package index

import (
	"bytes"
	"io"
	"log"
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
	if fn == nil {
		log.SetOutput(io.Discard)
		bleve.SetLog(log.New(io.Discard, "", 0))
		return
	}
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
		if line != "" && s.fn != nil {
			s.fn("bleve: " + line)
		}
	}
	return len(p), nil
}
