package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// labelledListAsk reports a sentence that opens with a recommendation's
// label and then asks as a list item does: "Recommendation 2: That the
// Cabinet Member for Children and Families asks the trust to write to
// every family", a council report's resolution form, which asks only
// under its label or in a list. A PDF that runs two labelled
// recommendations into one paragraph has each read as a sentence: before,
// the second "Recommendation 2: That ..." was an excerpt (set 70).
func labelledListAsk(x *extractor, s string) bool {
	m := labelRe.FindStringIndex(s)
	if m == nil || m[0] != 0 || m[1] >= len(s) || !strings.Contains(strings.ToLower(s[:m[1]]), "recommendation") {
		return false
	}
	return x.listRec(s)
}

// measureNamedWaitRe is a measure named by the wait it counts, before its
// limit: "halve the number of children waiting over", "the share of
// families who have waited more than". The limit names what is counted;
// with no count or share beside it, the sentence states no finding.
var measureNamedWaitRe = lazyre.New(`(?i)\b(?:number|numbers|share|proportion|percentage|count)\s+of\s+[^.;:%£]{0,60}?\b(?:waiting|waited|wait|waits)\s+(?:of\s+)?(?:over|more\s+than|longer\s+than|beyond|in\s+excess\s+of|at\s+least)\s*$`)

// measureNameOnly reports figures that are all the limit of a wait a
// measure is named by: "We will halve the number of children waiting over
// 52 weeks for an assessment" aims at the measure and states no level of
// it, so it is no statistic; "The number waiting over 52 weeks fell to
// 310" states one, and keeps its limit as a figure.
func measureNameOnly(s string, figs []evidence.Figure) bool {
	if len(figs) == 0 {
		return false
	}
	for _, f := range figs {
		if f.IsRange() || !limitDuration(f) {
			return false
		}
		lead := s[:f.Offset]
		if f.Qualifier != "" {
			lead += " " + f.Qualifier
		}
		if !measureNamedWaitRe.MatchString(lead) {
			return false
		}
	}
	return true
}

// pledgeLabelRe is a heading that numbers a manifesto's pledge alone:
// "Pledge 3", "Pledge 2:". Group 1 is its number.
var pledgeLabelRe = lazyre.New(`^(?i:pledge)\s+(\d{1,2})\s*[:.]?\s*$`)

// pledgeFollows reports the block at i a pledge that asks: a paragraph in
// the imperative ("Fund supervised toothbrushing in every nursery"), or
// one that asks in words; a body's own pledge ("We will publish ...")
// asks no one.
func (x *extractor) pledgeFollows(i int) bool {
	if i >= len(x.doc.Blocks) {
		return false
	}
	b := x.doc.Blocks[i]
	return b.Kind == corpus.Paragraph && (imperativeParagraph(b.Text) || x.isRec(b.Text))
}

// candidatesAskedRe asks candidates for an office: "We are asking every
// candidate standing for Brinkley Borough Council to", "If elected, we ask
// you to".
var candidatesAskedRe = lazyre.New(`(?i)\bcandidates?\s+(?:standing|for)\b|\bif\s+elected\b`)

// pledgedTo are those a manifesto's pledges ask, where a pledge names no
// one: the bodies of the last ask made of candidates before it ("We are
// asking every candidate standing for Brinkley Borough Council to sign up
// to these five pledges": the council they would run), else none.
func (x *extractor) pledgedTo() []evidence.Actor {
	for i := len(x.items) - 2; i >= 0; i-- {
		it := x.items[i]
		if it.Kind == evidence.Recommendation && candidatesAskedRe.MatchString(it.Text) {
			return it.Actors
		}
	}
	return nil
}
