package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// packLabelRe is a line that says where a paper sits in its meeting's
// pack, or how it is marked, and nothing else: "Appendix B", "Annex 2",
// "Enclosure C", "Paper 4", "Item No. 7", "Appendix B to Item 7",
// "OFFICIAL", "DRAFT", "Exempt", "Part 1 (Public)". Such a line over a
// masthead or a title names no body and is no title.
var packLabelRe = lazyre.New(`(?i)^(?:(?:appendix|annexe?|enclosure|encl\.|attachment|schedule|paper|item|agenda\s+item|exhibit|supplement)\s+(?:no\.?\s*)?(?:[a-z]|\d{1,3}(?:\.\d{1,2})?[a-z]?|[ivx]{1,4})(?:\s+(?:to|of|for)\s+(?:the\s+)?(?:agenda\s+)?(?:item|paper|report|minute)\s+(?:no\.?\s*)?[a-z0-9.]{1,6})?|official(?:[-– ]+sensitive)?|draft(?:\s+v?\d+(?:\.\d+)*)?|exempt|confidential|restricted|unclassified|not\s+protectively\s+marked|(?:not\s+)?for\s+publication|part\s+(?:1|2|one|two|i|ii|a|b)(?:\s*\((?:public|private|exempt)\))?)[.:]?$`)

// packLabelLine says whether a line is only a paper's place in its pack or
// its marking (packLabelRe). Before (hostile check 68), "Appendix B" over
// "Wexdale County Council" published a PDF as "Appendix B Wexdale County
// Council", and a text opening with "Annex 2" was titled "Annex 2".
func packLabelLine(t string) bool {
	t = strings.TrimSpace(t)
	return len(t) <= 40 && t != "" && packLabelRe.MatchString(t)
}
