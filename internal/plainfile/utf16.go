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

// Text is the UTF-8 text of a file cypx keeps or is given as text (a
// basket, its history, its settings): UTF-16 with a byte-order mark is
// read (FromUTF16), a UTF-8 byte-order mark dropped, and UTF-32, or
// UTF-16 with no mark, refused as not UTF-8 text. Those hold zero bytes
// among their first four, in the places each puts them, and no UTF-8 text
// holds any, so they are told apart without guessing; read as UTF-8, they were "invalid character '\x00'
// looking for beginning of value", which says nothing of what to do.
// Anything else, zeros left by a crash among them, is returned for its
// reader to refuse as damage.
func Text(data []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0, 0, 0xfe, 0xff}), bytes.HasPrefix(data, []byte{0xff, 0xfe, 0, 0}):
		return nil, notUTF8("UTF-32 (it opens with a UTF-32 byte-order mark)")
	}
	data, err := FromUTF16(data)
	if err != nil {
		return nil, err
	}
	if what := otherEncoding(data); what != "" {
		return nil, notUTF8(what)
	}
	return TrimBOM(data), nil
}

// notUTF8 is the refusal of text in another encoding, what naming it.
func notUTF8(what string) error {
	return fmt.Errorf("the file is saved as %s, not as UTF-8 text: save it as UTF-8", what)
}

// otherEncoding names the encoding of text whose first two characters are
// in UTF-16 without a byte-order mark or in UTF-32 ("{" then a quote, a
// space or a line break: each a byte and its zeros), or "" for none. A
// file of zeros fits neither: it is damage, not another encoding.
func otherEncoding(data []byte) string {
	if len(data) < 4 {
		return ""
	}
	z := func(i int) bool { return data[i] == 0 }
	switch {
	case !z(0) && z(1) && z(2) && z(3), z(0) && z(1) && z(2) && !z(3):
		return "UTF-32"
	case !z(0) && z(1) && !z(2) && z(3), z(0) && !z(1) && z(2) && !z(3):
		return "UTF-16 without a byte-order mark"
	}
	return ""
}
