package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// bylineDateRe is an author line that ends, after a separator, on the month
// or the day its report came out: "Dr Ada Lin, Director of Public Health,
// Easthope Council · May 2025". The separator sets the date apart from the
// names, as no sentence does.
var bylineDateRe = lazyre.New(`(?i)^([^.!?]+?)\s+[|·•–—]\s*(?:(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:19|20)\d\d\.?$`)

// bylineDateLine reports a line under a title that names who wrote the
// report (a person, a post, a body, up to sixteen words) and then the
// month it published: it dates the report as a body's cover line does
// (bodyDateLine).
func bylineDateLine(t string) bool {
	m := bylineDateRe.FindStringSubmatch(strings.TrimSpace(t))
	return m != nil && len(strings.Fields(m[1])) <= 16 && startsUpper(m[1])
}
