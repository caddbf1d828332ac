package plainfile_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/plainfile"
)

// UTF-16 with no byte-order mark and UTF-32 were read as UTF-8, and JSON
// refused them with "invalid character '\x00' looking for beginning of
// value"; UTF-16 with its mark, and UTF-8 with or without one, are read.
func TestTextInAnotherEncodingIsNamed(t *testing.T) {
	refused := map[string]struct{ data, want string }{
		"utf-16le":     {"{\x00\"\x00v\x00", "saved as UTF-16 without a byte-order mark"},
		"utf-16be":     {"\x00{\x00\"\x00v", "saved as UTF-16 without a byte-order mark"},
		"utf-32le":     {"{\x00\x00\x00\"\x00\x00\x00", "saved as UTF-32, "},
		"utf-32be":     {"\x00\x00\x00{\x00\x00\x00\"", "saved as UTF-32, "},
		"utf-32le bom": {"\xff\xfe\x00\x00{\x00\x00\x00", "saved as UTF-32 (it opens with a UTF-32 byte-order mark)"},
		"utf-32be bom": {"\x00\x00\xfe\xff\x00\x00\x00{", "saved as UTF-32 (it opens with a UTF-32 byte-order mark)"},
	}
	for name, c := range refused {
		_, err := plainfile.Text([]byte(c.data))
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "not as UTF-8 text: save it as UTF-8") {
			t.Errorf("%s: %v, want it to say %q", name, err, c.want)
		}
	}
	for name, data := range map[string]string{
		"utf-8":     "{\"v\": 1}",
		"utf-8 bom": "\xef\xbb\xbf{\"v\": 1}",
		"utf-16le":  "\xff\xfe{\x00\"\x00v\x00\"\x00:\x00 \x001\x00}\x00",
		"utf-16be":  "\xfe\xff\x00{\x00\"\x00v\x00\"\x00:\x00 \x001\x00}",
		"zeros":     "\x00\x00\x00\x00\x00\x00",
		"short":     "1",
		"empty":     "",
	} {
		got, err := plainfile.Text([]byte(data))
		want := "{\"v\": 1}"
		if name == "short" || name == "empty" || name == "zeros" {
			want = data
		}
		if err != nil || string(got) != want {
			t.Errorf("%s: %q, %v", name, got, err)
		}
	}
}
