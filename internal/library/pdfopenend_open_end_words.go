package library

import "strings"

// openEndWords are words no sentence ends on: prepositions, articles and
// conjunctions that wait for what follows.
var openEndWords = map[string]bool{
	"from": true, "to": true, "of": true, "in": true, "on": true, "at": true, "by": true, "for": true,
	"with": true, "into": true, "until": true, "since": true, "between": true, "than": true,
	"the": true, "a": true, "an": true, "and": true, "or": true, "but": true, "nor": true,
	"its": true, "their": true, "our": true, "every": true, "each": true,
}

// endsOpen reports text that breaks off on a word no sentence ends on
// ("... an extra registrar on nights from"): what comes next, even a name
// set in capitals ("October, funded at ..."), carries it on. Before, a
// sentence broken at a page break before a month or a place was kept as
// two, its second half a sentence of its own with the figure in it.
func endsOpen(text string) bool {
	t := strings.TrimRight(text, " ")
	i := strings.LastIndexByte(t, ' ')
	return i >= 0 && openEndWords[t[i+1:]]
}
