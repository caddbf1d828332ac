package library_test

import (
	"encoding/binary"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/cypx/cypx/internal/library"
)

// TestTextWithoutAMarkInAnotherEncodingIsNamed: a report saved as UTF-16
// with no byte-order mark (either order) or as UTF-32 (with a mark or
// without) is refused naming the encoding and what to do, in the words a
// basket or settings file gets (plainfile.Text). Before: "not a text,
// Markdown, HTML or PDF file (it holds binary data)".
func TestTextWithoutAMarkInAnotherEncodingIsNamed(t *testing.T) {
	text := "Waits in Fenwold\n\nThe children and families in the area waited 12 weeks for an appointment.\n"
	u16 := func(order binary.AppendByteOrder) []byte {
		var data []byte
		for _, u := range utf16.Encode([]rune(text)) {
			data = order.AppendUint16(data, u)
		}
		return data
	}
	u32 := func(mark bool) []byte {
		var data []byte
		if mark {
			data = binary.LittleEndian.AppendUint32(data, 0xfeff)
		}
		for _, r := range text {
			data = binary.LittleEndian.AppendUint32(data, uint32(r))
		}
		return data
	}
	for name, c := range map[string]struct {
		data []byte
		want string
	}{
		"le.txt":     {u16(binary.LittleEndian), "le.txt: the file is saved as UTF-16 without a byte-order mark, not as UTF-8 text: save it as UTF-8"},
		"be.md":      {u16(binary.BigEndian), "be.md: the file is saved as UTF-16 without a byte-order mark, not as UTF-8 text: save it as UTF-8"},
		"u32.txt":    {u32(false), "u32.txt: the file is saved as UTF-32, not as UTF-8 text: save it as UTF-8"},
		"u32bom.txt": {u32(true), "u32bom.txt: the file is saved as UTF-32 (it opens with a UTF-32 byte-order mark), not as UTF-8 text"},
	} {
		_, err := library.Import(write(t, name, c.data), library.Meta{Publisher: "Fenwold Council", Date: "2024", Type: "report"})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", name, err, c.want)
		}
	}
}
