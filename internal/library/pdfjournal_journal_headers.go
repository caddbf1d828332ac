package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// articleKindRe is the kind of piece a journal sets over its title or
// beside its name ("COMMENTARY", "Original research", "Editorial"): a
// label, never the body that published it.
var articleKindRe = lazyre.New(`(?i)^(?:commentary|editorial|original\s+(?:article|research|paper)|research(?:\s+(?:article|paper|letter|report))?|(?:systematic\s+|narrative\s+)?review(?:\s+article)?|perspectives?|viewpoint|opinion|letters?|correspondence|(?:short|brief)\s+(?:report|communication)|policy\s+(?:brief|analysis|review)|essay|debate|invited\s+commentary|special\s+article|case\s+report)$`)

// journalNameRe is a journal's name: "Journal of Child Health Policy",
// "The Lancet Child & Adolescent Health", "Archives of Disease in
// Childhood" ends with no kind word but is not read here.
var journalNameRe = lazyre.New(`^(?:The\s+)?(?:[A-Z][\w&’'-]*\s+){0,6}?(?:Journal|Review|Quarterly|Bulletin|Annals)\b(?:\s+(?:of|for|on)\s+[A-Z][\w&’'-]*(?:\s+(?:[A-Z][\w&’'-]*|and|of|&))*)?$`)

// journalHeader is the journal a running header names beside the kind of
// piece: "Journal of Child Health Policy | Commentary" gives "Journal of
// Child Health Policy"; "" when no running header is so written.
func journalHeader(running []string) string {
	for _, t := range running {
		parts := strings.Split(runningText(t), " | ")
		if len(parts) != 2 {
			continue
		}
		name, kind := strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1])
		if articleKindRe.MatchString(kind) && journalNameRe.MatchString(name) {
			return name
		}
		if articleKindRe.MatchString(name) && journalNameRe.MatchString(kind) {
			return kind
		}
	}
	return ""
}
