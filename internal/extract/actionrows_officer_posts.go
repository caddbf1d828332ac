package extract

import (
	"slices"
	"strings"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// officerPostRe is an owner cell naming an officer of the publishing body
// rather than a body: "Director of Nursing", "Chief Finance Officer",
// "Therapies Service Manager", "Head of Safeguarding", "Clinical Lead,
// Paediatrics", "Head of Joint Commissioning (Children)", the post's
// remit in brackets. A body's own action plan gives each row
// to one of its officers; the body is asked. Posts held by several
// ("Paediatric clinical leads", "Specialty team secretaries") and a remit
// with a curly apostrophe ("Divisional director, Women’s and Children’s")
// are posts too (set 83).
var officerPostRe = lazyre.New(`(?i)^(?:(?:deputy|associate|assistant|interim|acting)\s+)?(?:(?:chief|executive|medical|clinical|managing|finance|nursing|operations?|service|programme|project|general|site|divisional|company|board|trust|council|practice)\s+|[\w&-]+(?:\s+[\w&-]+){0,3}\s+)?(?:directors?|officers?|managers?|secretar(?:y|ies)|leads?|heads?|chairs?|matrons?|nurses?|guardians?|executives?)(?:\s+(?:of|for)\s+[\w&,'’ -]{2,60})?(?:\s*\([\w&'’ -]{2,40}\))?(?:\s*,\s*[\w&'’ -]{2,40})?$`)

// officerOwned reports an action table row whose owner cell names one of
// the publisher's officers (officerPostRe), where the publisher's name
// says what kind of body it is.
func (x *extractor) officerOwned(b corpus.Block) bool {
	t, ok := ownerCell(b)
	return ok && t != "" && len(mentionedActors(t)) == 0 && officerPostRe.MatchString(t) &&
		!slices.Equal(x.publisherActors(), []evidence.Actor{evidence.OtherActor})
}

// officerActionCell reports a cell under an action column of a row an
// officer owns, in a section headed as the body's action plan
// (actionPlanSectionRe): the body's own plan asks the body each row's
// action ("Open a weekend clinic | Director of Nursing | May 2026").
// Before, only a row owned by a body was asked, and the plan's rows were
// excerpts. A performance report's "Recovery actions", owned by a
// provider's manager, report what a service is doing: no asks.
// A plan whose rows are keyed to a review's recommendations ("Review
// ref." R1 to R5) answers them: the review's recommendations are the
// asks, listed where the paper gives them, and the plan's rows the body's
// commitments to meet them. Read whole since hostile check 63 (before,
// its Lead, Due and Status columns were one), R1's "Write a service
// specification" was an ask of its own.
func (x *extractor) officerActionCell(b corpus.Block, i int, t, section string) bool {
	return i < len(b.Header) && actionColumnRe.MatchString(strings.TrimSpace(b.Header[i])) && x.actionPlanSection(section) &&
		tableAction(t) && x.officerOwned(b) && !slices.ContainsFunc(b.Header, func(h string) bool { return reviewRefColumnRe.MatchString(strings.TrimSpace(h)) })
}

// reviewRefColumnRe heads a column of references to a review's or an
// inspection's recommendations: "Review ref.", "Recommendation no.".
var reviewRefColumnRe = lazyre.New(`(?i)^(?:review|inspection|audit|recommendation)\s+(?:ref(?:erence)?|no|number)\.?$`)

// actionPlanSectionRe is a section heading naming a body's plan of
// actions: "4. Action plan for 2026", "Our improvement plan", "Delivery
// plan", and a board report's "6. Actions for the next six months", the
// body's own actions ahead (set 58), where a guardian or an executive owns
// a row; a board report's section headed "Actions" alone (a mortality
// report's learning, each row owned by an officer with a date), the
// body's own actions too, and an audit report's "Agreed management
// actions", each row an officer of the audited body agreed (set 62).
//
// A board paper's "5. Recovery plan", whose table the board is asked to
// approve, is the body's plan as an action plan is (the development set); a section
// headed "Recovery actions" alone, a performance report's account of what
// a provider is doing, still is not.
var actionPlanSectionRe = lazyre.New(`(?i)\b(?:action|improvement|delivery|recovery)\s+plan\b|^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:our|agreed|planned|proposed|priority)\s+)?actions\s+(?:for|over)\s+the\s+(?:next|coming)\b|^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?actions$|^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:agreed\s+)?(?:management\s+)?actions\s*(?:agreed)?$`)

// captionHeadingRe is a table's caption an import set as a heading:
// "Table 2: Recovery actions", "Table 3. Actions".
var captionHeadingRe = lazyre.New(`(?i)^table\s+\d{1,3}[a-z]?\s*[:.–-]\s`)

// captionSection is the section a heading stands in when it is a table's
// caption (captionHeadingRe): the heading before it, or the one that
// heading stood in when it was a caption too. Any other heading opens a
// section of its own: "".
func (x *extractor) captionSection(before, heading string) string {
	if !captionHeadingRe.MatchString(strings.TrimSpace(heading)) {
		return ""
	}
	if x.captionOf != "" {
		return x.captionOf
	}
	return before
}

// actionPlanSection reports a section headed as the body's plan of actions
// (actionPlanSectionRe), or a table's caption set as a heading inside one:
// "Table 2: Recovery actions" under "5. Recovery plan" is the plan's
// table, as the rows right under "5. Recovery plan" would be. Before (the
// development set), the caption was read as a section of its own, no
// plan's, and a trust's recovery actions, each owned by one of its
// officers, asked no one.
func (x *extractor) actionPlanSection(section string) bool {
	return actionPlanSectionRe.MatchString(section) || x.captionOf != "" && actionPlanSectionRe.MatchString(x.captionOf)
}
