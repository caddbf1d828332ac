package library

import (
	"regexp"
	"strings"
	"unicode"
)

// smallJoinWords are the words a name in title case writes in small
// letters.
var smallJoinWords = map[string]bool{"of": true, "and": true, "for": true, "the": true, "in": true, "on": true}

// wordsAsWritten writes a name set in capitals that the body never
// writes whole ("CASTLEWICK COUNTY COUNCIL" over minutes that say
// "Castlewick", "County Hall" and "the Council") word by word, each word
// as the body most often writes it with a capital and small letters
// after; a joining word after the first is in small letters and a word
// of up to four letters the body never writes so (NHS, ICB) stays as
// set. A longer word the body never writes in small letters leaves the
// name as it is: it may be an acronym or a name the text never spells.
func wordsAsWritten(name, body string) string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return name
	}
	out := make([]string, len(words))
	for i, w := range words {
		lw := strings.ToLower(w)
		if i > 0 && smallJoinWords[lw] {
			out[i] = lw
			continue
		}
		re, err := regexp.Compile(`(?i)(?:^|[^\pL\pN])(` + regexp.QuoteMeta(w) + `)(?:[^\pL\pN]|$)`)
		if err != nil {
			return name
		}
		count := map[string]int{}
		best, most := "", 0
		for _, m := range re.FindAllStringSubmatch(body, 200) {
			r := []rune(m[1])
			if !unicode.IsUpper(r[0]) || strings.IndexFunc(string(r[1:]), unicode.IsLower) < 0 {
				continue
			}
			count[m[1]]++
			if count[m[1]] > most {
				best, most = m[1], count[m[1]]
			}
		}
		switch {
		case best != "":
			out[i] = best
		case len([]rune(w)) <= 4 && !smallJoinWords[lw]:
			out[i] = w
		default:
			return name
		}
	}
	return strings.Join(out, " ")
}
