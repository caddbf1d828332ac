package thesaurus

import (
	"strings"
	"testing"
)

// A key written twice in one entry is a problem at its second line: the
// parser kept the last of the two, and the first entry's terms were lost
// unsaid.
func TestKeyGivenTwiceInAnEntryIsAProblem(t *testing.T) {
	data := "entries:\n  - terms: [ward round]\n    gloss: A visit.\n    terms: [rounds]\n"
	_, problems := Parse("t.yaml", []byte(data))
	for _, p := range problems {
		if p.Line == 4 && strings.Contains(p.Message, `key "terms" given twice (first on line 2)`) {
			return
		}
	}
	t.Errorf("no problem at line 4 for the key given twice: %v", problems)
}
