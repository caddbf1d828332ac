package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// improveHeadingRe is an inspector's heading over what the body inspected
// is to improve, set as a list of areas rather than of sentences: "What
// needs to improve?", "What needs to improve in this area of practice?",
// "What needs to be improved", "Areas for improvement", "Areas for
// development", "Areas that need improvement", "Where improvement is
// needed". "What has improved" and "Areas of strength" are findings.
var improveHeadingRe = lazyre.New(`(?i)^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:key|main|priority|further)\s+)?(?:what\s+(?:still\s+)?needs\s+to\s+(?:improve|be\s+improved|get\s+better)|areas?\s+(?:for|requiring|needing|that\s+needs?|which\s+needs?)\s+(?:further\s+|urgent\s+)?(?:improvement|development|to\s+improve)|areas?\s+to\s+improve|where\s+(?:further\s+)?improvement\s+is\s+needed)\b[^.;:?]{0,80}[:?]?$`)

// improvementItem reports a list item under a heading of what needs to
// improve (see improveHeadingRe) that asks nothing in words of its own:
// "The timeliness of dental checks for children placed out of area." is
// an area the inspector asks the body to improve. An item that asks in
// its own words ("The council should ...") is read as any ask is, and a
// question, a lead-in or a body's stated plan asks nothing.
func (x *extractor) improvementItem(b corpus.Block, section string) bool {
	if b.Kind != corpus.ListItem || !improveHeadingRe.MatchString(strings.TrimSpace(section)) {
		return false
	}
	t := strings.TrimSpace(b.Text)
	if t == "" || strings.HasSuffix(t, "?") || strings.HasSuffix(t, ":") || len(strings.Fields(t)) < 3 {
		return false
	}
	return !x.isRec(t) && !x.statedPlan(t)
}

// addImprovementItem makes an improvement item (see improvementItem) an
// ask of the body the letter is addressed to, and of any body the item
// names itself ("joint planning with the integrated care board").
func (x *extractor) addImprovementItem(b corpus.Block, section string) {
	x.addRec(b, 0, len(b.Text), section, "", b.Number)
	x.lastItem().Actors = union(x.addresseeActors(), actorsIn(b.Text))
}

// addresseeActors is the body a letter is addressed to, read from the
// address block over its greeting ("Director of Children's Services /
// Brindle County Council / ..."), else from the role its greeting
// names; for a document that is no letter, the body its title names,
// else Other.
func (x *extractor) addresseeActors() []evidence.Actor {
	for i, b := range x.doc.Blocks {
		if i > 40 {
			break
		}
		if b.Kind != corpus.Paragraph || !strings.HasPrefix(b.Text, "Dear ") {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-2; k-- {
			if p := x.doc.Blocks[k]; p.Kind == corpus.Paragraph && strings.Contains(p.Text, "\n") {
				if a := actorsIn(p.Text); len(a) > 0 {
					return a
				}
			}
		}
		break
	}
	if a := x.greetingActors(); len(a) > 0 {
		return a
	}
	if a := actorsIn(x.doc.Source.Title); len(a) > 0 {
		return a
	}
	return []evidence.Actor{evidence.OtherActor}
}
