// Package testtext builds the inputs of exhaustive equivalence tests: every
// text of up to n pieces of a small alphabet. A fast scan that replaces a
// slower one (a byte loop, a regular expression) is held to the old answers
// on all of them, so the tests share one generator rather than each writing
// its own recursion.
package testtext

// Every returns every text made of up to n pieces, each piece any of pieces,
// the empty text first; there are 1 + p + p² + … + pⁿ of them for p pieces.
func Every(pieces []string, n int) []string {
	texts := []string{""}
	layer := []string{""}
	for range n {
		next := make([]string, 0, len(layer)*len(pieces))
		for _, s := range layer {
			for _, p := range pieces {
				next = append(next, s+p)
			}
		}
		texts = append(texts, next...)
		layer = next
	}
	return texts
}

// Bytes splits an alphabet into its bytes, as pieces for Every.
func Bytes(alphabet string) []string {
	pieces := make([]string, len(alphabet))
	for i := range len(alphabet) {
		pieces[i] = alphabet[i : i+1]
	}
	return pieces
}
