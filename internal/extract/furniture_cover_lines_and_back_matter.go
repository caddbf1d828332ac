package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// Furniture of the development set's furniture round 79, each told by how
// its sentence opens and by being made of nothing else:
//   - a board paper's cover line placing it against the trust's
//     objectives or its board assurance framework, where the cover
//     table's last row reaches the text as a line ("Board assurance
//     framework risk BAF 2.1 Failure to recognise the deteriorating
//     child", "Link to strategic objectives SO1 Outstanding care");
//   - a journal article's back matter: its data availability statement
//     ("Data are available on reasonable request.") and its provenance
//     line ("Provenance and peer review Not commissioned; externally
//     peer reviewed.");
//   - a form service's mail to the form's owner: the tool's figures on
//     the collection ("Total responses: 318 Completion rate: 87% Typical
//     time spent: 9m 40s"), which say how the form ran, not what its
//     answers found, and its tips on the tool's own features ("Filter
//     your results to compare answers by area", "Get more from
//     open-ended answers with AI-powered sentiment analysis");
//   - a running line, masthead or letterhead set as short parts between
//     middle dots ("Kestrel Hill Herald · Issue 14 · Spring Term 2026",
//     "Royal College of Child Health · 3", "Parents' Network c/o County
//     Hall · Priory Way · Carrow CW1 3DN"): names, an issue or page
//     number, a term or a date and an address, no verb and no figure of
//     a finding. A dashboard's tiles set the same way keep their figures
//     ("Children waiting · 4,870 · up 9%").
//
// A finding that uses the same words stays: "Strategic objective 2 is to
// cut waits" has a verb after its label, "The data are available to every
// school" asks for no request, "Only 30% of families could share their
// results with the school" opens with no imperative.

var (
	// coverPlacingLineRe is a cover label placing the paper, then its
	// code ("SO1", "BAF 2.1") and the objective's or risk's name.
	coverPlacingLineRe = lazyre.New(`(?i)^(?:links?\s+to\s+(?:the\s+)?)?(?:(?:trust|corporate|strategic)\s+(?:objectives?|aims?|priorit(?:y|ies))|board\s+assurance\s+framework(?:\s+\(baf\))?(?:\s+(?:risks?|references?|ref))?|baf\s+(?:risks?|references?|ref))\s*[:–—-]?\s+(?-i:(?:SO|SA|SP|BAF|PR)\s*\d|\d|(?:Reduce|Improve|Increase|Deliver|Provide|Ensure|Achieve|Develop|Support|Cut|Keep|Make|Give|Work|Build|Be)\s)`)
	// dataAvailableRe is a data availability statement: the data are
	// available on request, not available, or in the article itself
	// ("All data relevant to the study are included in the article or
	// uploaded as supplementary information.").
	dataAvailableRe = lazyre.New(`(?i)^(?:(?:the|all|anonymi[sz]ed|pseudonymi[sz]ed|de-identified|individual|participant|patient|study|underlying)\s+){0,2}data\s+(?:(?:used|analysed|supporting\s+(?:this|the)\s+\w+|underlying\s+(?:this|the)\s+\w+)\s+)?(?:are|is)\s+(?:(?:only\s+)?available\s+(?:from\s+the\s+(?:corresponding\s+)?authors?\s+)?(?:on|upon)\s+(?:reasonable\s+)?request|not\s+(?:publicly\s+)?available)\b|` +
		`^(?:all\s+)?(?:the\s+)?data\s+(?:relevant\s+to|supporting|underlying)\s+(?:the|this)\s+(?:study|article|analysis|findings)\s+(?:are|is)\s+(?:included|contained|provided)\s+in\s+the\s+(?:article|paper|manuscript)\b`)
	// provenanceRe is a journal's provenance and peer review line.
	provenanceRe = lazyre.New(`(?i)^(?:provenance\s+and\s+peer\s+review\b|(?:not\s+)?commissioned[;,]\s+(?:externally|internally)\s+peer[\s-]reviewed\.?$)`)
	// dottedLineRe finds a middle dot between parts.
	dottedLineRe = lazyre.New(`\s·\s`)
	// formToolFiguresRe is a form service's run of figures on the
	// collection, two or more of its labels and their values.
	formToolFiguresRe = lazyre.New(`(?i)^(?:` + formToolFigure + `\s+){1,6}` + formToolFigure + `\s*$`)
	// formToolTipRe is a form service's tip on its features, addressed
	// to the form's owner: its results are "your results".
	formToolTipRe = lazyre.New(`(?i)^(?:(?:filter|share|download|export|analy[sz]e|compare|explore|present)\s+(?:all\s+)?your\s+(?:survey\s+|form\s+)?(?:results|responses|data)\b|get\s+more\s+(?:out\s+)?(?:from|of)\s+(?:your\s+)?(?:open-ended|free-text|text|written)\s+(?:answers|responses)\b)`)
)

// dottedPartRe is a part of a dotted running line that holds a number:
// an issue, volume or page number, a bare page number, a year or a term,
// a titled year (one to five words, each capitalised but "and", "of",
// "for", "the", then the year: "Annual Report 2023/24", "Kent JSNA 2025",
// "Autumn Newsletter 2024"), a date, or an address line with its
// postcode. A finding's words before a year ("Referrals rose in 2023")
// are no title.
var dottedPartRe = lazyre.New(`(?i)^(?:(?:issue|no\.?|number|vol(?:ume)?\.?|edition|page|p\.?)\s*\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,3}|(?:(?:spring|summer|autumn|winter)(?:\s+(?:term|half[\s-]term))?\s+)?(?:19|20)\d\d(?:[/-]\d{2})?|(?-i:\p{Lu}[\p{L}'’&-]*)\s+(?:(?:(?-i:\p{Lu}[\p{L}'’&-]*)|and|of|for|the|&)\s+){0,4}(?:19|20)\d\d(?:[/-]\d{2})?|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+(?:19|20)\d\d)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+(?:19|20)\d\d|[\p{L}'’ ,.-]{0,40}\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})$`)

// dottedRunningLine: every part between the middle dots is short, with no
// verb of a finding, and any part holding a digit is an issue or page
// number, a year or term, a date or an address.
func dottedRunningLine(t, lower string) bool {
	if !noMoney(t, lower) || findingVerbRe.MatchString(t) {
		return false
	}
	parts := strings.Split(t, "·")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" || countFields(p) > 10 || strings.ContainsAny(p, ".!?:;") && !dottedPartRe.MatchString(p) {
			return false
		}
		if strings.IndexAny(p, "0123456789") >= 0 && !dottedPartRe.MatchString(p) {
			return false
		}
	}
	return true
}

// formToolFigure is one label of a form service's summary and its value.
const formToolFigure = `(?:total\s+responses|responses\s+(?:today|this\s+week)|completion\s+rate|typical\s+time\s+spent|average\s+time\s+(?:spent|to\s+complete)|busiest\s+day)\s*:\s*[^:]{1,40}?`

// f79Classes are this file's furniture classes (see furnitureClasses).
var f79Classes = []furnitureClass{
	{lead: []string{"link", "trust ", "corporate ", "strategic ", "board assurance", "baf "}, re: coverPlacingLineRe, maxWords: 30, made: true, whole: true,
		and: func(t, lower string) bool { return noMoney(t, lower) && !findingVerbRe.MatchString(t) }},
	{lead: []string{"data ", "the data", "all data", "anonym", "pseudonym", "de-identified", "individual", "participant", "patient", "study", "underlying"},
		re: dataAvailableRe, maxWords: 24, made: true, whole: true, and: noMoney},
	{lead: []string{"provenance", "commissioned", "not commissioned"}, re: provenanceRe, maxWords: 16, made: true, whole: true, and: noMoney},
	{lead: []string{"total responses", "responses today", "responses this", "completion rate", "typical time", "average time", "busiest day"},
		re: formToolFiguresRe, maxWords: 40, made: true, whole: true},
	{lead: []string{"filter your", "share your", "share all", "download your", "download all", "export your", "export all", "analyse your", "analyze your",
		"compare your", "explore your", "present your", "get more"}, re: formToolTipRe, maxWords: 30, and: func(t, _ string) bool { return !quoted(t) }},
	{lead: []string{""}, re: dottedLineRe, maxWords: 30, made: true, whole: true, and: dottedRunningLine,
		may: func(t, _ string) bool { return strings.Contains(t, " · ") }},
}
