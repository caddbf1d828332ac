package extract

import (
	"slices"
	"strings"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// refActionHeaderRe heads an action plan's column of references and
// actions read as one, as a PDF's narrow "Ref" column is glued to the
// "Action" column beside it: "Ref Action", "No. Action", "# Actions".
var refActionHeaderRe = lazyre.New(`(?i)^(?:ref\.?|reference|no\.?|number|#|item)\s+(?:(?:agreed|key|next)\s+)?actions?$`)

// refActionCellRe opens such a cell with the row's reference: "1.1
// Recruit ...", "2.3. Offer ...", "4b Publish ...".
var refActionCellRe = lazyre.New(`^\s*(\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?)\.?\s+\p{Lu}`)

// refActionCell reports a cell under a glued reference-and-action column
// (refActionHeaderRe) whose action, after its reference, asks the body
// the row's owner cell names: "1.1 Recruit four coordinators | Head of
// SEND, Eastvale Council | March 2027". It returns where the action
// starts in the cell and the reference, which numbers the
// recommendation. Before, the reference hid the verb and the row's
// actions were read as statistics and excerpts.
func refActionCell(b corpus.Block, i int, text string) (start int, number string, ok bool) {
	if i >= len(b.Header) || !refActionHeaderRe.MatchString(strings.TrimSpace(b.Header[i])) {
		return 0, "", false
	}
	m := refActionCellRe.FindStringSubmatchIndex(text)
	if m == nil {
		return 0, "", false
	}
	start = m[1] - 1 // the capital the action opens with
	if !tableAction(strings.TrimSpace(text[start:])) {
		return 0, "", false
	}
	a := ownerActors(b)
	if len(a) == 0 || slices.Equal(a, []evidence.Actor{evidence.OtherActor}) {
		return 0, "", false
	}
	return start, text[m[2]:m[3]], true
}

// refActioned reports a cell refActionCell reads.
func refActioned(b corpus.Block, i int, text string) bool {
	_, _, ok := refActionCell(b, i, text)
	return ok
}
