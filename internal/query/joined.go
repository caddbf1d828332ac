package query

// JoinedAt reports whether the '&' or '+' at byte i of s joins two single
// letters into one term, as in "A&E" (accident and emergency), "A+E",
// "R&D" and "Q&A": a letter on each side, with no other letter or digit
// beside either. Longer words joined so ("autism+adhd") are two words.
// The index reads text and queries by this one rule (see Joined), so the
// term typed either way finds the term written either way.
func JoinedAt(s string, i int) bool {
	if i < 1 || i+1 >= len(s) || s[i] != '&' && s[i] != '+' {
		return false
	}
	return asciiLetter(s[i-1]) && asciiLetter(s[i+1]) &&
		(i < 2 || !wordByte(s[i-2])) && (i+2 >= len(s) || !wordByte(s[i+2]))
}

// Joined is b with each '&' or '+' that joins two letters into a term
// (JoinedAt) made an underscore, which the index's tokenizer keeps inside
// a word, as it keeps "co_op": "A&E" is the one word "a_e" where it was
// "a" (a stop word, dropped) and "e". The length is kept, so the places
// of the words found stay those of the text. b itself when nothing joins.
func Joined(b []byte) []byte {
	var out []byte
	for i, c := range b {
		if (c == '&' || c == '+') && JoinedAt(string(b[max(i-2, 0):min(i+3, len(b))]), min(i, 2)) {
			if out == nil {
				out = append([]byte(nil), b...)
			}
			out[i] = '_'
		}
	}
	if out == nil {
		return b
	}
	return out
}

func asciiLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// wordByte reports whether c may be part of a word: a letter or digit, or
// any byte of a character beyond ASCII (an accented letter).
func wordByte(c byte) bool { return asciiLetter(c) || c >= '0' && c <= '9' || c >= 0x80 || c == '_' }
