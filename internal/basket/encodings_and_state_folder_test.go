package basket_test

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/cypx/cypx/internal/basket"
)

// utf16File is text as Notepad's "Unicode" saves it: a byte-order mark,
// then UTF-16 in the given order.
func utf16File(text string, order binary.ByteOrder) []byte {
	var b bytes.Buffer
	for _, u := range append([]uint16{0xfeff}, utf16.Encode([]rune(text))...) {
		binary.Write(&b, order, u)
	}
	return b.Bytes()
}

// TestBasketSavedAsUTF16IsRead: a basket saved as UTF-16 with a
// byte-order mark (a Windows editor's "Unicode") is the basket it holds,
// read without rewriting the file; a change writes it back as cypx
// writes every basket. Syntax errors name their line as in UTF-8.
func TestBasketSavedAsUTF16IsRead(t *testing.T) {
	for name, order := range map[string]binary.ByteOrder{"little-endian": binary.LittleEndian, "big-endian": binary.BigEndian} {
		path := filepath.Join(t.TempDir(), "basket.json")
		data := utf16File("{\r\n  \"version\": 1,\r\n  \"items\": [\"a#12345678\", \"b#87654321\"]\r\n}\r\n", order)
		os.WriteFile(path, data, 0o644)
		b, err := basket.Load(path)
		if err != nil || !slices.Equal(b.IDs, []string{"a#12345678", "b#87654321"}) {
			t.Errorf("%s: %v, %v", name, b.IDs, err)
		}
		if after, _ := os.ReadFile(path); !bytes.Equal(after, data) {
			t.Errorf("%s: reading rewrote the file", name)
		}
		if _, err := basket.Update(path, func(b *basket.Basket) error { b.Add("c#0000000c"); return nil }); err != nil {
			t.Errorf("%s: update: %v", name, err)
		}
		if b, err := basket.Load(path); err != nil || len(b.IDs) != 3 {
			t.Errorf("%s: after a change: %v, %v", name, b.IDs, err)
		}
	}
	path := filepath.Join(t.TempDir(), "basket.json")
	os.WriteFile(path, utf16File("{\n  \"version\": 1,\n  \"items\": [\"a#12345678\",]\n}\n", binary.LittleEndian), 0o644)
	if _, err := basket.Load(path); err == nil || !strings.Contains(err.Error(), path+":3:26: not a basket file") {
		t.Errorf("a comma too many on line 3: %v", err)
	}
	cut := utf16File("{\"version\": 1, \"items\": []}", binary.LittleEndian)
	os.WriteFile(path, cut[:len(cut)-1], 0o644)
	if _, err := basket.Load(path); err == nil || !strings.HasPrefix(err.Error(), path+": text saved as UTF-16") {
		t.Errorf("cut short: %v", err)
	}
}

// TestStateFolderThatIsNoFolderIsNamed: a state folder that is a file, or
// a link to a folder that is gone, is named for what it is when the basket
// is read or changed, not in the system's words ("mkdir …/state: file
// exists", "stat …/basket.json: not a directory").
func TestStateFolderThatIsNoFolderIsNamed(t *testing.T) {
	for name, c := range map[string]struct {
		make func(state string)
		want string
	}{
		"file": {func(state string) { os.WriteFile(state, []byte("x"), 0o644) }, " is a file, not a folder"},
		"link": {func(state string) { os.Symlink("/nonexistent/state", state) }, " is a link to /nonexistent/state, which is no folder"},
	} {
		state := filepath.Join(t.TempDir(), "state")
		c.make(state)
		path := filepath.Join(state, "basket.json")
		_, err := basket.Update(path, func(b *basket.Basket) error { b.Add("a#12345678"); return nil })
		if err == nil || err.Error() != state+c.want+mustDo(name) {
			t.Errorf("%s: update: %v, want %s%s", name, err, state, c.want)
		}
		if name == "file" {
			if _, err := basket.Load(path); err == nil || !strings.HasPrefix(err.Error(), state+c.want) {
				t.Errorf("%s: load: %v", name, err)
			}
		}
	}
}

func mustDo(kind string) string {
	if kind == "file" {
		return ": move it, or set the folder elsewhere"
	}
	return ": create that folder, or remove the link"
}

// A basket saved as UTF-16 without a byte-order mark, or as UTF-32, was
// "basket.json:1:2: not a basket file: invalid character '\x00' looking
// for beginning of object key string".
func TestBasketInAnotherEncodingIsNamed(t *testing.T) {
	for name, data := range map[string]string{
		"utf-16le": "{\x00\"\x00v\x00",
		"utf-32be": "\x00\x00\x00{\x00\x00\x00\"",
	} {
		path := filepath.Join(t.TempDir(), "basket.json")
		os.WriteFile(path, []byte(data), 0o644)
		_, err := basket.Load(path)
		if err == nil || !strings.HasPrefix(err.Error(), path+": the file is saved as UTF-") || !strings.Contains(err.Error(), "not as UTF-8 text") {
			t.Errorf("%s: %v", name, err)
		}
	}
}
