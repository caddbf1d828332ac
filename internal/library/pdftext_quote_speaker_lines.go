package library

import (
	"strings"
	"unicode/utf8"
)

// speakerAfterQuote: a line opening with a dash under a line that closes
// a quotation ("… We found out when she didn’t.”" over "– parent of a
// young person with cerebral palsy") names the quote's speaker: it goes
// on the quote's paragraph, as a tag set on the quote's own last line
// does ("… my notes.” – young person with epilepsy"), not a list item of
// its own. A dash line opening a quotation of its own ("– “We waited …")
// is an item of a list of quotes.
func speakerAfterQuote(prevText, text string) bool {
	if !strings.HasSuffix(prevText, "”") && !strings.HasSuffix(prevText, ".\"") {
		return false
	}
	_, n := utf8.DecodeRuneInString(text)
	rest := strings.TrimSpace(text[n:])
	r, _ := utf8.DecodeRuneInString(rest)
	return rest != "" && !strings.ContainsRune("“\"‘'", r) && !terminalRe.MatchString(rest)
}
