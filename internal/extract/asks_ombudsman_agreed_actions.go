package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/lazyre"
)

// An ombudsman's decision ends with the remedy it asked for and the
// bodies accepted, under "Agreed action": "20. Within three months of the
// final decision, the Council will write to the families of ...", or a
// numbered lead-in, "19. Within one month of the final decision, the
// Council and the ICB will:", over bullets ("each apologise in writing to
// Mrs X", "together pay Mrs X £2,325 to recognise ..."). Each is an ask of
// the bodies that will act, numbered as its paragraph, though written as
// what they will do: the ombudsman's remedy, not the bodies' own plan. A
// sum paid to the family is part of the ask, no statistic.

var (
	// agreedActionHeadingRe is an ombudsman's heading over its remedy.
	agreedActionHeadingRe = lazyre.New(`(?i)^(?:\d{1,2}\.?\s+)?agreed\s+actions?$`)
	// agreedWillRe finds the bodies before "will" in a remedy's
	// paragraph: "Within one month of the final decision, the Council and
	// the ICB will". Group 1 is the clause that names them.
	agreedWillRe = lazyre.New(`^(?:[^,]{0,120},\s+)?([^,]{2,120}?)\s+(?:will|should)(?:\s+|:$)`)
	// bulletMarkRe is a bullet a PDF kept in a list item's text.
	bulletMarkRe = lazyre.New(`^[•·▪◦‣∙-]\s+`)
)

// ombudsmanRemedy reports a section of an ombudsman's decision that sets
// out its agreed remedy: "Agreed action" in a text that names an
// ombudsman (its publisher, or its own words where an import named
// another publisher).
func (x *extractor) ombudsmanRemedy(section string) bool {
	return agreedActionHeadingRe.MatchString(strings.TrimSpace(section)) &&
		(strings.Contains(x.doc.Source.Publisher, "Ombudsman") || strings.Contains(x.doc.Body, "Ombudsman"))
}

// ombudsmanAction reads one list item of an ombudsman's agreed remedy:
// a numbered paragraph saying what named bodies will do is their ask; a
// numbered lead-in ("... the Council and the ICB will:") asks them each
// bullet under it, numbered as the lead-in. It reports false where the
// item is left to be read as any other.
func (x *extractor) ombudsmanAction(b corpus.Block, section string) bool {
	if b.Kind != corpus.ListItem {
		return false
	}
	t := strings.TrimSpace(b.Text)
	if b.Number != "" {
		m := agreedWillRe.FindStringSubmatch(t)
		if m == nil {
			x.remedyLead = nil
			return false
		}
		a := actorsIn(m[1])
		if len(a) == 0 {
			x.remedyLead = nil
			return false
		}
		if strings.HasSuffix(t, ":") {
			x.remedyLead, x.remedyNumber = a, b.Number
			return true
		}
		x.remedyLead = nil
		x.addRec(b, 0, len(b.Text), section, "", b.Number)
		x.lastItem().Actors = a
		return true
	}
	if x.remedyLead == nil {
		return false
	}
	start := 0
	if m := bulletMarkRe.FindStringIndex(b.Text); m != nil {
		start = m[1]
	}
	x.addRec(b, start, len(b.Text), section, "", x.remedyNumber)
	x.lastItem().Actors = x.remedyLead
	return true
}
