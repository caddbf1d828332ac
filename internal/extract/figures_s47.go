package extract

import "strings"

// wordRangeLow reads the low end of a range in words before the number in
// words at start: "between two and four percentage points", "three to
// five per cent". It gives where the range starts ("between" included)
// and its low end.
func wordRangeLow(s string, start int) (int, float64, bool) {
	lead := strings.TrimRight(s[:start], " ")
	lower := strings.ToLower(lead)
	var conn string
	for _, c := range []string{" and", " to", " or"} {
		if strings.HasSuffix(lower, c) {
			conn = c
			break
		}
	}
	if conn == "" {
		return 0, 0, false
	}
	lead = strings.TrimRight(lead[:len(lead)-len(conn)], " ")
	from, lo, ok := wordNumberBefore(s, len(lead))
	if !ok {
		return 0, 0, false
	}
	before := strings.TrimRight(strings.ToLower(s[:from]), " ")
	switch {
	case strings.HasSuffix(before, "between"):
		return len(before) - len("between"), lo, true
	case conn == " and":
		return 0, 0, false // "two and four" without "between" is no range
	}
	return from, lo, true
}
