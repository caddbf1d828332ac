package library

import (
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// strayBytesAsWindows1252 reads data that is not all UTF-8 as what it most
// likely is: its well-formed UTF-8 characters as they are, and each byte
// that is no part of one as Windows-1252 (curly quotes and dashes pasted
// from Word into a UTF-8 file, or a whole file saved by an old editor).
// A Windows-1252 text almost never holds a byte sequence that is also
// well-formed UTF-8 beyond ASCII ("Ã©"), so reading both ways at once
// loses neither. Before, one stray byte made the whole file Windows-1252:
// "the cafÃ© survey found â€“", in every quote taken from it.
func strayBytesAsWindows1252(data []byte) []byte {
	out := make([]byte, 0, len(data)+len(data)/8)
	dec := charmap.Windows1252
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			out = utf8.AppendRune(out, dec.DecodeByte(data[0]))
			data = data[1:]
			continue
		}
		out = append(out, data[:size]...)
		data = data[size:]
	}
	return out
}
