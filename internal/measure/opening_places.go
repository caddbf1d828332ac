package measure

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// openingLabelInMeasure is where a measure opens on the label the
// sentence opens with, "kent: " of "Kent: 64% of children were seen …" or
// "medway – " of "Medway – 58% …", or nil. A value set beside the label's
// value with its own place measures what the label's value does without
// the label. Before (hostile check 68), England's 71% of "Kent: 64% of
// children were seen within 18 weeks in 2023, compared with 71% in
// England" was measured "kent: were seen within 18 weeks", keyed as
// Kent's 64%.
func (s *sentence) openingLabelInMeasure(measure string) []int {
	// Cheap gate on the sentence, not the measure ("-" is in most
	// measures: "looked-after", "2022-23"): a label opening it has its
	// colon or dash within its first words.
	head := s.text[:min(len(s.text), 60)]
	if strings.IndexAny(head, ":–—") < 0 && !strings.Contains(head, " - ") {
		return nil
	}
	m := openingLabelRe.FindStringSubmatch(s.text)
	if m == nil || len(measure) <= len(m[1]) || !strings.EqualFold(measure[:len(m[1])], m[1]) {
		return nil
	}
	if l := measureLabelEndRe.FindStringIndex(measure[len(m[1]):]); l != nil {
		return []int{0, len(m[1]) + l[1]}
	}
	return nil
}

// openingLabelRe is a name opening a sentence as its label: "Kent: ",
// "Medway – ". Group 1 is the name.
var openingLabelRe = lazyre.New(`^\s*(` + ListedName + `)\s*(?::|\s[–—-])\s`)

// measureLabelEndRe ends a label at the head of a measure: ": ", " – ".
var measureLabelEndRe = lazyre.New(`^\s*(?::|\s[–—-])\s*`)
