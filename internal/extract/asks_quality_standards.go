package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// A quality standard (NICE's form) states what services should achieve as
// quality statements in the present tense ("Children and young people
// referred with possible autism start a diagnostic assessment within 13
// weeks of referral."): a numbered list under "Quality statements", each
// statement again under its own "Quality statement N: title" in a
// "Quality statement" part, and under "What the quality statement means
// for different audiences" one line for each audience ("Service providers
// (…) ensure that …", "Healthcare professionals start …", "Commissioners
// ensure that …", then what families can expect). Each statement is an
// ask of the providers and commissioners the standard is for (Trusts and
// ICBs), numbered as the statement; each audience's line asks that
// audience with its statement's number; the families' line asks nothing.
// A time in a statement ("within 13 weeks") is what the statement
// requires, no finding. The rationale and the quality measures are read
// as any text is.

// qsPart is the part of a quality standard being read.
type qsPart int

const (
	qsNone      qsPart = iota
	qsList             // "Quality statements": the numbered statements
	qsStatement        // "Quality statement": one statement, numbered by the heading over it
	qsAudiences        // "What the quality statement means for different audiences"
)

var (
	// qsListHeadingRe heads the list of a standard's statements.
	qsListHeadingRe = lazyre.New(`(?i)^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:list\s+of\s+)?quality\s+statements$`)
	// qsNumberedHeadingRe titles one statement's section: "Quality
	// statement 2: Support while waiting". Group 1 is its number.
	qsNumberedHeadingRe = lazyre.New(`(?i)^quality\s+statement\s+(\d{1,2})\b\s*(?:[:.–—-]\s*\S.*)?$`)
	// qsStatementHeadingRe heads the statement itself.
	qsStatementHeadingRe = lazyre.New(`(?i)^quality\s+statement$`)
	// qsAudiencesHeadingRe heads what the statement means for each
	// audience.
	qsAudiencesHeadingRe = lazyre.New(`(?i)^what\s+(?:the|this)\s+quality\s+statement\s+means\s+for\b`)
	// qsAudienceRe opens an audience's line: the audience, what it
	// covers in brackets, and a verb in the present tense. Group 1 is
	// the audience.
	qsAudienceRe = lazyre.New(`^((?:Service\s+providers|Commissioners|Healthcare\s+professionals|Health\s+and\s+social\s+care\s+(?:practitioners|professionals)|Social\s+care\s+practitioners|Practitioners|Local\s+authorities))\s*(?:\([^()]{1,160}\)\s*)?(?:[a-z]+)\b`)
	// qsPassiveAskRe is a passive should in a standard, asked of those
	// the standard is for: "Other quality standards should be considered
	// when commissioning or providing ...".
	qsPassiveAskRe = lazyre.New(`\bshould\s+(?:also\s+)?be\s+[a-z]+ed\b`)
)

// qualityStandardHeading sets the part of a quality standard a heading
// opens, and the number of the statement its parts belong to.
func (x *extractor) qualityStandardHeading(h string) {
	h = strings.TrimSpace(h)
	if !x.qualityStandard() {
		return
	}
	switch {
	case qsListHeadingRe.MatchString(h):
		x.qsPart, x.qsNumber = qsList, ""
	case qsStatementHeadingRe.MatchString(h):
		x.qsPart = qsStatement
	case qsAudiencesHeadingRe.MatchString(h):
		x.qsPart = qsAudiences
	default:
		x.qsPart = qsNone
		if m := qsNumberedHeadingRe.FindStringSubmatch(h); m != nil {
			x.qsNumber = m[1]
		}
	}
}

// qualityStandard reports a document that calls itself a quality
// standard, in its title, its type or its text.
func (x *extractor) qualityStandard() bool {
	if x.qsKnown == 0 {
		x.qsKnown = -1
		for _, s := range []string{x.doc.Source.Title, string(x.doc.Source.Type), x.doc.Body} {
			if strings.Contains(lazyre.ASCIILower(s), "quality standard") {
				x.qsKnown = 1
				break
			}
		}
	}
	return x.qsKnown > 0
}

// qsAudienceActors are the actors an audience's line asks.
func qsAudienceActors(audience string) []evidence.Actor {
	switch strings.Join(strings.Fields(audience), " ") {
	case "Service providers":
		return []evidence.Actor{evidence.Trusts}
	case "Commissioners":
		return []evidence.Actor{evidence.ICBs}
	case "Local authorities":
		return []evidence.Actor{evidence.LocalAuthorities}
	}
	return []evidence.Actor{evidence.OtherActor}
}

// qsStandardActors are those a statement asks: the providers and
// commissioners the standard is for.
var qsStandardActors = []evidence.Actor{evidence.ICBs, evidence.Trusts}

// qualityStandardBlock reads a paragraph or list item in a part of a
// quality standard (see qsPart); it reports false where the block is
// left to be read as any other.
func (x *extractor) qualityStandardBlock(b corpus.Block, section string) bool {
	switch x.qsPart {
	case qsList:
		if b.Kind == corpus.ListItem && b.Number != "" && !strings.Contains(b.Text, "?") {
			x.qsAsk(b, 0, len(b.Text), section, b.Number, qsStandardActors)
			return true
		}
		if b.Kind == corpus.Paragraph && !strings.Contains(b.Text, "\n") && qsPassiveAskRe.MatchString(b.Text) && len(Sentences(b.Text)) == 1 {
			x.qsAsk(b, 0, len(b.Text), section, "", qsStandardActors)
			return true
		}
	case qsStatement:
		if b.Kind == corpus.Paragraph && len(Sentences(b.Text)) == 1 {
			x.qsAsk(b, 0, len(b.Text), section, x.qsNumber, qsStandardActors)
			return true
		}
	case qsAudiences:
		if b.Kind != corpus.Paragraph {
			return false
		}
		for _, sp := range Sentences(b.Text) {
			s := b.Text[sp.start:sp.end]
			if m := qsAudienceRe.FindStringSubmatch(s); m != nil {
				x.qsAsk(b, sp.start, sp.end, section, x.qsNumber, qsAudienceActors(m[1]))
			} else if countFields(s) >= MinExcerptWords {
				// What families can expect: told, not asked, and its
				// time is no finding.
				x.addWith(b, sp.start, sp.end, evidence.Excerpt, section, "", []evidence.Figure{})
			}
		}
		return true
	}
	return false
}

// qsAsk adds a statement or an audience's line as a recommendation of
// actors, numbered as its statement, its times what it requires.
func (x *extractor) qsAsk(b corpus.Block, start, end int, section, number string, actors []evidence.Actor) {
	x.addWith(b, start, end, evidence.Recommendation, section, "", []evidence.Figure{})
	it := x.lastItem()
	it.Number = number
	it.Actors = actors
}
