package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// referenceCellRe is a cell holding a reference: "Ref 2024/117", "REF:
// 00412", "CAS-123456", "FOI/2024/0031".
var referenceCellRe = lazyre.New(`(?i)^(?:ref(?:erence)?\.?|case|foi|ticket|our\s+ref)\s*(?:no\.?|number)?\s*[:#]?\s*[A-Z]{0,4}[-/]?\d[\d/-]*$|^[A-Z]{2,5}[-/]\d{3,}(?:[-/]\d+)*$`)

// identifierCell reports a table cell whose numbers all name or place
// something rather than count it: a phone number ("0300 123 4567", "+44
// 20 7946 0958"), a date in numbers ("12/05/2024", "2024-05-13"), a
// postcode, an address or a web address, read by the masks sentences use
// (maskIdentifiers), or a reference ("Ref 2024/117"). Such a cell is no
// figure, and no label of the row's figures: "0300 123 4567" read as
// three counts, and "12/05/2024" as the group counted.
func identifierCell(text string) bool {
	t := strings.TrimSpace(text)
	if strings.IndexFunc(t, func(r rune) bool { return r >= '0' && r <= '9' }) < 0 {
		return false
	}
	if referenceCellRe.MatchString(t) {
		return true
	}
	taken := make([]bool, len(t))
	maskIdentifiers(t, lazyre.ASCIILower(t), func(a, b int) {
		for i := a; i < b; i++ {
			taken[i] = true
		}
	})
	for i := 0; i < len(t); i++ {
		if isDigit(t[i]) && !taken[i] {
			return false
		}
	}
	return true
}
