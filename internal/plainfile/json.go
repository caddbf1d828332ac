package plainfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
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
