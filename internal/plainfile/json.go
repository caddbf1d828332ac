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

// TrimBOM drops the UTF-8 byte-order marks from the start of a file's
// data: one an editor (Notepad) wrote, or two from a file converted twice,
// each tool adding its own, which no editor shows. encoding/json refuses
// one ("invalid character 'ï' looking for beginning of value"), so a
// basket or history file edited in Notepad was refused as damaged; YAML
// files cypx reads already accept one.
func TrimBOM(data []byte) []byte {
	for bytes.HasPrefix(data, bom) {
		data = data[len(bom):]
	}
	return data
}

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

// JSONTypeError says where in data a value of the wrong kind is (a number
// among a list of ids, a version written as a string): the line it ends
// on, from 1, the field holding it and what it holds in words ("a
// number", "a list holding a number" where the value is one of a list's:
// `"items": [42]` was said to hold a number, hostile check 64 L4). ok is
// false for any other error. Before, such a file was refused with no line
// to go to, where a syntax error had one.
func JSONTypeError(data []byte, err error) (line int, field, holds string, ok bool) {
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) {
		return 0, "", "", false
	}
	// Offset is just past a scalar, or past an object's or list's
	// opening bracket: the byte before it is the value's.
	at := min(max(te.Offset-1, 0), int64(len(data)))
	holds = JSONKind(te.Value)
	if inList(data[:min(max(te.Offset, 0), int64(len(data)))], te.Value == "object" || te.Value == "array") {
		holds = "a list holding " + holds
	}
	return bytes.Count(data[:at], []byte("\n")) + 1, te.Field, holds, true
}

// inList reports whether the value that before ends is one of a list's
// items: before runs to just past a scalar, or past the opening bracket
// of an object or list (open).
func inList(before []byte, open bool) bool {
	var stack []byte
	inString, escaped := false, false
	for _, c := range before {
		switch {
		case inString && escaped:
			escaped = false
		case inString && c == '\\':
			escaped = true
		case inString:
			inString = c != '"'
		case c == '"':
			inString = true
		case c == '[' || c == '{':
			stack = append(stack, c)
		case (c == ']' || c == '}') && len(stack) > 0:
			stack = stack[:len(stack)-1]
		}
	}
	if open && len(stack) > 0 {
		stack = stack[:len(stack)-1]
	}
	return len(stack) > 0 && stack[len(stack)-1] == '['
}

// ErrEmptyJSON is a file cypx keeps that holds nothing at all (cut short
// to nothing, or made with touch): said so, where encoding/json said
// "unexpected end of JSON input" at line 1, column 1.
var ErrEmptyJSON = errors.New("the file is empty (not even {}): it holds nothing to lose; remove it and cypx makes a new one")

// Empty reports whether a file's data holds nothing but white space and
// a byte-order mark.
func Empty(data []byte) bool { return len(bytes.TrimSpace(TrimBOM(data))) == 0 }

// KeyError is a key of a JSON file that cypx would lose were it to
// change the file: one the value decoded into has no field for, or one
// given twice in an object. Line is the line it is on (0: not found).
type KeyError struct {
	Key   string
	Line  int
	Twice bool
}

func (e *KeyError) Error() string {
	if e.Twice {
		return fmt.Sprintf("key %q given twice in one object: cypx reads only the last, and would drop the first and what it holds at its next change", e.Key)
	}
	return fmt.Sprintf("unknown key %q: cypx writes no such key (misspelt?), and would drop it and what it holds at its next change", e.Key)
}

// DecodeJSON decodes data into v as json.Unmarshal does, and refuses with
// a *KeyError a key v has no field for (at any depth) or a key given twice
// in one object. A file cypx keeps and rewrites (the basket, the history,
// saved searches) is read, changed and written whole: a key misspelt by
// hand ("itmes") read as nothing, the first of two "items" lists was
// read as nothing, and the next write dropped it with what it held. With
// a *KeyError, v holds what json.Unmarshal made of data, so that a caller
// can tell a newer format's keys by its version.
func DecodeJSON(data []byte, v any) error {
	if Empty(data) {
		return ErrEmptyJSON
	}
	// Unmarshal first, for its errors: a syntax error's offset, a value of
	// the wrong type, data after the value.
	if err := json.Unmarshal(data, v); err != nil {
		return err
	}
	if err := twiceKeys(data); err != nil {
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
	return &KeyError{Key: key, Line: keyLine(data, key, dec.InputOffset())}
}

// twiceKeys finds a key given twice in one object of data, valid JSON.
func twiceKeys(data []byte) error {
	type frame struct {
		keys    map[string]bool // nil: an array
		wantKey bool
	}
	var open []*frame
	// done marks a value complete: in an object, a key comes next.
	done := func() {
		if n := len(open); n > 0 && open[n-1].keys != nil {
			open[n-1].wantKey = true
		}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := dec.Token()
		if err != nil {
			return nil // the end: Unmarshal has checked the syntax
		}
		var top *frame
		if n := len(open); n > 0 {
			top = open[n-1]
		}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{':
				if top != nil {
					top.wantKey = false
				}
				open = append(open, &frame{keys: map[string]bool{}, wantKey: true})
			case '[':
				open = append(open, &frame{})
			default: // '}' or ']'
				open = open[:len(open)-1]
				done()
			}
		case string:
			if top != nil && top.wantKey {
				if top.keys[t] {
					return &KeyError{Key: t, Line: keyLine(data, t, dec.InputOffset()), Twice: true}
				}
				top.keys[t], top.wantKey = true, false
				continue
			}
			done()
		default:
			done()
		}
	}
}

// keyLine is the line of the last occurrence of key, quoted, before offset
// in data (0 when it is written otherwise, with escapes).
func keyLine(data []byte, key string, offset int64) int {
	at := min(max(offset, 0), int64(len(data)))
	if i := bytes.LastIndex(data[:at], []byte(strconv.Quote(key))); i >= 0 {
		return bytes.Count(data[:i], []byte("\n")) + 1
	}
	return 0
}

// ListEntryLine is the line of data (a JSON object) that holds the n-th
// entry (from 1) of the list its top-level key holds, or 0 when it cannot
// be told: a refusal of one entry names the line a person edits, as a
// refusal of a key does (keyLine). An entry (a string or a number) holds
// no line break: it ends on the line it starts on.
func ListEntryLine(data []byte, key string, n int) int {
	dec := json.NewDecoder(bytes.NewReader(data))
	depth, seen := 0, 0
	isKey, inList, lastKey := false, false, ""
	for {
		tok, err := dec.Token()
		if err != nil {
			return 0
		}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{', '[':
				if depth == 1 {
					inList = t == '[' && lastKey == key
				}
				depth++
				isKey = depth == 1
			default:
				depth--
				if depth == 1 {
					isKey, inList = true, false
				}
			}
		default:
			switch {
			case depth == 1:
				if isKey {
					lastKey, _ = t.(string)
				}
				isKey = !isKey
			case depth == 2 && inList:
				if seen++; seen == n {
					return 1 + bytes.Count(data[:dec.InputOffset()], []byte("\n"))
				}
			}
		}
	}
}

// JSONKind names a JSON value's kind as json.UnmarshalTypeError gives it
// ("object", "array", "number") with its article, in the words of a
// message to someone who edited the file: "holds an object", not "holds a
// object".
func JSONKind(v string) string {
	switch v {
	case "array":
		return "a list"
	case "object":
		return "an object"
	case "number":
		return "a number"
	case "bool":
		return "true or false"
	case "string":
		return "a string"
	}
	return "a " + v
}
