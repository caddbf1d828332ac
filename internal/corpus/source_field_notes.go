package corpus

import (
	"strconv"
	"strings"
	"time"

	"github.com/cypx/cypx/internal/evidence"
)

// today is the day a date is judged against; a test sets it.
var today = time.Now

// futureDate is the warning on a source dated after today: every citation
// of it would give that year, and a date ahead of today is most often a
// typo ("2027" for "2024"). The source is read as dated: the date may be
// an embargoed paper's. Before (hostile check 69 F17), `cypx add --date
// 2027-06-01` and `cypx check` said nothing, and every citation read 2027.
// An access date after today is no embargo (hostile check 70, G20): every
// reference gives it as the day the work was read.
func futureDate(file string, line int, key string, d evidence.Date) Problem {
	said := "every citation gives " + strconv.Itoa(d.Year)
	if key == "accessed" {
		said = "every reference gives it as the day the work was read"
	}
	return Problem{File: file, Line: line, Key: key,
		Message: key + ": " + d.Long() + " is after today (" + evidence.DateOf(today()).Long() + "): " + said + "; if it is a typo, correct the date"}
}

// notNamesNote is check's note on an author field with words that name no
// one (evidence.NotNames): a byline's "By", a post. They are left out of
// every citation, which names the people the field gives, or the
// publisher when it gives none.
func notNamesNote(field string, no []string) string {
	quoted := make([]string, len(no))
	for i, n := range no {
		quoted[i] = evidence.QuoteInput(n)
	}
	names := evidence.Authors(field)
	read := "no one (the publisher is cited)"
	if len(names) > 0 {
		read = evidence.QuoteInput(strings.Join(names, "; "))
	}
	return "author: " + evidence.QuoteInput(field) + " is read as " + read + ": " + strings.Join(quoted, ", ") +
		" names no one (a byline's words or a post): leave it out of the author"
}
