package history_test

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf16"

	"github.com/cypx/cypx/internal/history"
)

// TestFilesSavedAsUTF16AreRead: a saved-search or history file saved as
// UTF-16 with a byte-order mark (Notepad's "Unicode") is read, as a basket
// so saved is, and not rewritten by reading it.
func TestFilesSavedAsUTF16AreRead(t *testing.T) {
	enc := func(text string) []byte {
		var b bytes.Buffer
		for _, u := range append([]uint16{0xfeff}, utf16.Encode([]rune(text))...) {
			binary.Write(&b, binary.LittleEndian, u)
		}
		return b.Bytes()
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "saved.json")
	data := enc("{\"version\": 1, \"searches\": [{\"name\": \"a\", \"query\": \"autism\"}]}\r\n")
	os.WriteFile(path, data, 0o644)
	if s, err := history.LoadSaved(path); err != nil || len(s.Searches) != 1 || s.Searches[0].Query != "autism" {
		t.Errorf("saved searches in UTF-16: %+v, %v", s, err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(after, data) {
		t.Error("reading rewrote the file")
	}
	path = filepath.Join(dir, "history.json")
	os.WriteFile(path, enc("{\"version\": 1, \"entries\": [{\"query\": \"autism\"}]}\n"), 0o644)
	if h, err := history.Load(path); err != nil || len(h.Entries) != 1 {
		t.Errorf("a history in UTF-16: %+v, %v", h, err)
	}
}

// TestStateFolderThatIsAFileIsNamed: a state folder that is a file is
// named as such when the history is read, not "stat …/history.json: not
// a directory".
func TestStateFolderThatIsAFileIsNamed(t *testing.T) {
	state := filepath.Join(t.TempDir(), "state")
	os.WriteFile(state, []byte("x"), 0o644)
	_, err := history.Load(filepath.Join(state, "history.json"))
	if err == nil || err.Error() != state+" is a file, not a folder: move it, or set the folder elsewhere" {
		t.Errorf("%v", err)
	}
}
