package plainfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// bom is the UTF-8 byte-order mark an editor (Windows Notepad) may put
// at the start of a file it saves.
var bom = []byte("\xef\xbb\xbf")

// TrimBOM drops a UTF-8 byte-order mark from the start of a file's data.
// encoding/json refuses one ("invalid character 'ï' looking for beginning
// of value"), so a basket or history file edited in Notepad was refused
// as damaged; YAML files cypx reads already accept one.
func TrimBOM(data []byte) []byte { return bytes.TrimPrefix(data, bom) }

// JSONWhere says where in data a JSON syntax error is, as "LINE:COLUMN"
// (both from 1, the column in bytes), or "" for any other error, so a file
// edited by hand is refused naming the line to fix (encoding/json gives
// only the offset, and leaves it out of its message).
func JSONWhere(data []byte, err error) string {
	var se *json.SyntaxError
	if !errors.As(err, &se) || se.Offset < 0 || se.Offset > int64(len(data)) {
		return ""
	}
	// Offset counts the bytes read, the bad one included.
	before := data[:max(se.Offset-1, 0)]
	line := bytes.Count(before, []byte("\n")) + 1
	col := len(before) - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return fmt.Sprintf("%d:%d", line, col)
}

// UnknownKeyError is a key in a JSON file that the value it is decoded
// into has no field for, and the line it is on.
type UnknownKeyError struct {
	Key  string
	Line int
}

func (e *UnknownKeyError) Error() string {
	return fmt.Sprintf("unknown key %q: cypx writes no such key (misspelt?), and would drop it and what it holds at its next change", e.Key)
}

// DecodeJSON decodes data into v as json.Unmarshal does, and refuses a
// key v has no field for (at any depth) with an *UnknownKeyError. A file
// cypx keeps and rewrites (the basket, the history, saved searches) is
// read, changed and written whole: a key misspelt by hand ("itmes") read
// as nothing, and the next write dropped it with what it held.
func DecodeJSON(data []byte, v any) error {
	// Unmarshal first, for its errors: a syntax error's offset, a value of
	// the wrong type, data after the value.
	if err := json.Unmarshal(data, v); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil {
		return nil
	}
	// encoding/json has no type for this error, only its words.
	quoted, ok := strings.CutPrefix(err.Error(), "json: unknown field ")
	if !ok {
		return err
	}
	key, uerr := strconv.Unquote(quoted)
	if uerr != nil {
		return err
	}
	// The key ends before the offset the decoder reached: its line is
	// that of its last occurrence before there.
	at := min(max(dec.InputOffset(), 0), int64(len(data)))
	line := 0
	if i := bytes.LastIndex(data[:at], []byte(strconv.Quote(key))); i >= 0 {
		line = bytes.Count(data[:i], []byte("\n")) + 1
	}
	return &UnknownKeyError{Key: key, Line: line}
}
