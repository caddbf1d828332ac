package evidence

import "strings"

// QuoteMarkerLen is the length of the Markdown blockquote markers opening
// line (up to three spaces, then ">" with the blank after it, nested
// "> >" too), or 0 when the line opens with none. It is the one reading
// of a blockquote's markers: the body's blocks start after them, and a
// quote read or shown on one line leaves out those opening its later
// lines (QuoteMarkers), as a <blockquote> imported from a web page is read
// without them.
func QuoteMarkerLen(line string) int {
	i := 0
	for i < len(line) && i < 3 && line[i] == ' ' {
		i++
	}
	if i >= len(line) || line[i] != '>' {
		return 0
	}
	end := 0
	for i < len(line) && line[i] == '>' {
		i++
		if i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
		end = i
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') && i+1 < len(line) && line[i+1] == '>' {
			i++ // the blanks between nested markers ("> > ")
		}
	}
	return end
}

// QuoteMarkers are the blockquote markers opening each line of s after
// its first (after a line break), which a text taken from a quoted block
// holds inside it: "they\n> gave up". A text's first line is its block's
// own start, already past its markers.
func QuoteMarkers(s string) []Marker {
	if !strings.Contains(s, ">") {
		return nil
	}
	var out []Marker
	for i := 0; i < len(s); i++ {
		if s[i] != '\n' && s[i] != '\r' {
			continue
		}
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			continue
		}
		if n := QuoteMarkerLen(s[i+1:]); n > 0 {
			out = append(out, Marker{Start: i + 1, End: i + 1 + n})
			i += n
		}
	}
	return out
}

// BlankQuoteMarkers is s with its QuoteMarkers made spaces, byte for
// byte, so offsets into s hold.
func BlankQuoteMarkers(s string) string {
	ms := QuoteMarkers(s)
	if ms == nil {
		return s
	}
	b := []byte(s)
	for _, m := range ms {
		for k := m.Start; k < m.End; k++ {
			b[k] = ' '
		}
	}
	return string(b)
}
