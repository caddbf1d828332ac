package plainfile

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"unicode/utf16"
)

// FromUTF16 reads text saved as UTF-16 with a byte-order mark (Notepad's
// "Unicode", Windows PowerShell's "> file.txt") as UTF-8; other data is
// returned as it is. Its zero bytes had an import refused as "binary
// data", which it is not, and a basket file so saved refused as damaged.
// The one reader of UTF-16 for every text file cypx reads that way.
func FromUTF16(data []byte) ([]byte, error) {
	var order binary.ByteOrder
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}) && !bytes.HasPrefix(data, []byte{0xff, 0xfe, 0, 0}):
		order = binary.LittleEndian
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		order = binary.BigEndian
	default:
		return data, nil
	}
	if len(data)%2 != 0 {
		return nil, fmt.Errorf("text saved as UTF-16 (it opens with a UTF-16 byte-order mark) ends in half a character: the file is cut short; save it again, as UTF-8")
	}
	units := make([]uint16, 0, len(data)/2-1)
	for i := 2; i+1 < len(data); i += 2 {
		units = append(units, order.Uint16(data[i:]))
	}
	return []byte(string(utf16.Decode(units))), nil
}
