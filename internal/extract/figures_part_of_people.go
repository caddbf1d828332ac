package extract

import "strings"

// partPeopleNouns are nouns of people a count of whom is whole.
var partPeopleNouns = map[string]bool{"children": true, "people": true, "pupils": true, "patients": true, "families": true,
	"parents": true, "adults": true, "babies": true, "students": true, "staff": true, "carers": true, "residents": true,
	"girls": true, "boys": true, "women": true, "men": true, "learners": true, "infants": true, "teenagers": true}

// partOfPeople reports a count s[a:b] of people, noun at i, that is not
// whole and is no average: "1.200 children" is a thousand and two
// hundred written with a dot or a decimal no count of people has, and
// which is not known, so it is no figure (precision first). "2.5
// children per family" and "an average of 1.4 children" are averages and
// stay. Before, "1.200 children" was a count of 1.2 set against another
// source's 1,200 (hostile check 53).
func partOfPeople(s, lower string, a, b, i int, noun string) bool {
	num := s[a:b]
	dot := strings.IndexByte(num, '.')
	if dot < 0 || !partPeopleNouns[strings.ToLower(noun)] {
		return false
	}
	if len(num)-dot-1 == 3 {
		return true // "1.200": a grouping dot or a decimal, not known
	}
	after := strings.TrimLeft(lower[min(len(lower), i+len(noun)):], " ")
	for _, w := range []string{"per ", "each", "a ", "an ", "on average", "on avg"} {
		if strings.HasPrefix(after, w) {
			return false
		}
	}
	lead := before(lower, a, 40)
	return !strings.Contains(lead, "average") && !strings.Contains(lead, "mean") && !strings.Contains(lead, "median")
}
