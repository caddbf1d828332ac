package history

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strconv"
	"time"

	"github.com/cypx/cypx/internal/atomicfile"
	"github.com/cypx/cypx/internal/filelock"
	"github.com/cypx/cypx/internal/plainfile"
)

// Version is the format of the history and saved-search files this cypx
// reads and writes.
const Version = 1

// maxFileBytes bounds a history or saved-search file; either holds a few
// hundred searches.
const maxFileBytes = 16 << 20

// VersionError is a file in a format this cypx does not know: it is
// neither read nor written, so what a newer cypx wrote is never lost.
type VersionError struct {
	Path    string
	Version int
	// What names the file's kind: "history" or "saved-search".
	What string
}

func (e *VersionError) Error() string {
	if e.Version == 0 {
		// No cypx wrote it: a file made or edited by hand.
		what := e.What
		if what == "" {
			what = "history"
		}
		return fmt.Sprintf(`%s: not a cypx %s file: no "version" in it: want {"version": %d, ...} as cypx writes it; left unchanged`, e.Path, what, Version)
	}
	return fmt.Sprintf("%s: format version %d, which this cypx (version %d) does not know: left unchanged; use the cypx that wrote it", e.Path, e.Version, Version)
}

// load reads the file at path into v; a missing file leaves v as it is.
func load(path string, v any) error {
	data, err := plainfile.Read(path, maxFileBytes)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		// A state folder that is a file was "stat …/history.json: not a
		// directory".
		return atomicfile.FolderError(filepath.Dir(path), err)
	}
	// Saved as "Unicode" by a Windows editor: the same file, read by the
	// one UTF-16 reader, as a basket so saved is.
	if data, err = plainfile.Text(data); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	var head struct {
		Version int `json:"version"`
	}
	if plainfile.Empty(data) {
		return notHistory(path, kindOf(v), data, plainfile.ErrEmptyJSON)
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return notHistory(path, kindOf(v), data, err)
	}
	if head.Version != Version {
		return &VersionError{Path: path, Version: head.Version, What: kindOf(v)}
	}
	if err := plainfile.DecodeJSON(data, v); err != nil {
		return notHistory(path, kindOf(v), data, err)
	}
	return nil
}

// kindOf names the kind of file v is read from: saved.json was called
// "not a cypx history file" when damaged, sending its reader to the
// wrong file.
func kindOf(v any) string {
	if _, ok := v.(*Saved); ok {
		return "saved-search"
	}
	return "history"
}

// notHistory says why a file is not a history or saved-search file
// (what names which): a value of the wrong shape in words, not Go's type
// names ("into Go value of type struct { Version int ...").
func notHistory(path, what string, data []byte, err error) error {
	var pe *time.ParseError
	if errors.As(err, &pe) {
		// A time edited by hand was refused in Go's words, its layout
		// string and no line (hostile check 89, H1): the line that holds
		// the value, and the form cypx writes.
		where := path
		value := []byte(strconv.Quote(pe.Value))
		if i := bytes.Index(data, []byte(`"`+pe.Value+`"`)); i >= 0 {
			where = fmt.Sprintf("%s:%d", path, bytes.Count(data[:i], []byte("\n"))+1)
			value = []byte(`"` + pe.Value + `"`)
		}
		return fmt.Errorf(`%s: not a cypx %s file: %s is no time: want one as cypx writes it, such as "2026-01-31T09:30:00Z"`, where, what, value)
	}
	if line, field, holds, ok := plainfile.JSONTypeError(data, err); ok {
		what := fmt.Sprintf(`not a cypx %s file: want {"version": %d, ...} as cypx writes it`, what, Version)
		if field == "" {
			return fmt.Errorf("%s: %s", path, what)
		}
		return fmt.Errorf("%s:%d: %s (%q holds %s)", path, line, what, field, holds)
	}
	if at := plainfile.JSONWhere(data, err); at != "" {
		return fmt.Errorf("%s:%s: not a cypx %s file: %v", path, at, what, err)
	}
	var uk *plainfile.KeyError
	if errors.As(err, &uk) && uk.Line > 0 {
		return fmt.Errorf("%s:%d: not a cypx %s file: %v", path, uk.Line, what, err)
	}
	return fmt.Errorf("%s: not a cypx %s file: %v", path, what, err)
}

// save writes v to path atomically.
func save(path string, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(path, append(data, '\n'))
}

// update changes the file at path safely beside other processes, as the
// basket does: it takes the file's lock, reads the file as it is now into
// v, applies change and writes the result atomically. When the file cannot
// be read (a newer format, damage) or change fails, nothing is written.
func update[T any](path string, v *T, change func(*T) error) error {
	unlock, err := filelock.Lock(path + ".lock")
	if err != nil {
		return err
	}
	defer unlock()
	if err := load(path, v); err != nil {
		return err
	}
	if err := change(v); err != nil {
		return err
	}
	return save(path, v)
}
