package library

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// A plain-text or Markdown report with no front matter often says who
// published it and when on a line of its own: "Published by Northshire
// Council, March 2025.", "Published: 12 March 2025", "© Northshire Council
// 2025". Read by the imprint rules web pages and PDFs use (imprintOrg), so
// `cypx add` need not ask for flags the file answers.

var (
	// publishedDateLineRe is a line that only dates a publication:
	// "Published: 12 March 2025", "First published on 3 June 2024",
	// "Publication date: March 2025". Group 1 the date.
	publishedDateLineRe = lazyre.New(`(?i)^(?:first\s+)?(?:published|publication\s+date|date\s+published)(?:\s+on)?\s*:?\s+(.{6,30}?)[.\s]*$`)
	// imprintRestRe is what may stand beside an imprint's name and date
	// on its line and nothing else: punctuation, "in", "on".
	imprintRestRe = lazyre.New(`(?i)^[\s,.;:–—-]*(?:(?:in|on)\b[\s,.;:–—-]*)?$`)
	// copyrightYearRe is the one year of a copyright notice: "© X 2025",
	// "© 2025 X". A span of years ("2010–2025") dates no publication.
	copyrightYearRe = lazyre.New(`(?:19|20)\d{2}`)
)

// imprintLines reads the publisher and the date a text's own imprint
// lines give: "Published by X, Month YYYY" names both, "Published: D
// Month YYYY" the date, "© X YYYY" the publisher, and its year the date
// where no line says when it was published. A line must hold the imprint
// and nothing else, so a sentence opening "Published by NHS England in
// 2023, the plan sets out" names no publisher of this report.
//
// Only the file's head (before its first paragraph: the title block) and
// its foot (after its last paragraph, where that paragraph ends a
// sentence) hold its imprint: a line between two paragraphs (a box
// quoting another body's report) or under a heading or a cited title at
// the end ("References", then the work's title) is another work's
// (hostile check 63). Where two lines name different publishers or
// dates, neither is given: never a guess between them. A copyright whose
// years are all older than the published date's year is of reproduced
// material ("Published: 12 March 2025" over "© NHS England 2019"), and
// its holder publishes nothing.
func imprintLines(body string) (publisher string, date evidence.Date) {
	lines := strings.Split(body, "\n")
	found := make([]*textImprint, len(lines))
	kinds := make([]lineKind, len(lines))
	for i, l := range lines {
		t := strings.TrimSpace(strings.Trim(strings.TrimSpace(strings.TrimLeft(l, "#>")), "*_"))
		if !strings.ContainsFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			continue // a blank line or a rule
		}
		found[i] = imprintLine(t)
		switch {
		case found[i] != nil:
			kinds[i] = imprintKindLine
		case strings.HasPrefix(strings.TrimSpace(l), "#"):
			kinds[i] = headingLine
		case footNoteLine(t):
			// "Next review: June 2026", "Registered charity number
			// 1098765": a line of the foot, neither the text nor its
			// imprint, which the imprint may stand above or below.
			kinds[i] = blankLine
		case closesParagraph(l):
			kinds[i] = closingLine
		default:
			kinds[i] = textLine
		}
	}
	for i := 1; i < len(lines); i++ {
		// "Wexley Borough Council" alone over "Published: 12 March
		// 2025": the body that published, named on the line above the
		// date as a PDF's line under its title names it. Before
		// (hostile check 66), the name read as the text's first line,
		// and neither publisher nor date was given.
		// The name may stand in a block of its own over the date line's
		// ("Westmarsh County Council", a blank line, "Published: 14
		// January 2025"; hostile check 67: neither was given).
		j := i - 1
		for j > 0 && strings.TrimSpace(lines[j]) == "" {
			j--
		}
		t := strings.TrimSpace(strings.Trim(strings.TrimSpace(strings.TrimLeft(lines[j], "#>")), "*_"))
		if found[i] != nil && found[i].name == "" && found[j] == nil && (j < 1 || strings.TrimSpace(lines[j-1]) == "") && imprintBodyLine(t) {
			found[j], kinds[j] = &textImprint{name: t, kind: publishedImprint}, imprintKindLine
		}
		// The name under the date line, "Published: 14 January 2025"
		// over "Westmarsh County Council", closing the block: the same
		// pair in the other order (hostile check 67: refused).
		u := strings.TrimSpace(strings.Trim(strings.TrimSpace(strings.TrimLeft(lines[i], "#>")), "*_"))
		if found[i-1] != nil && found[i-1].name == "" && !found[i-1].date.IsZero() && found[i] == nil && (i+1 == len(lines) || strings.TrimSpace(lines[i+1]) == "") && imprintBodyLine(u) {
			found[i], kinds[i] = &textImprint{name: u, kind: publishedImprint}, imprintKindLine
		}
	}
	ends := atImprintEnds(kinds)
	// A box of other bodies' contacts ("Useful contacts", "Who to
	// contact"), as a Markdown heading or a line of its own, runs to the
	// next heading no deeper than its own ("### Oakvale Council" under
	// "## Useful contacts" heads an entry of the box) or the end: its
	// imprint lines are the bodies' it lists (othersContactsSection), at
	// the foot as between two articles.
	boxed, boxLevel := false, 0
	for i, l := range lines {
		t := strings.TrimSpace(strings.Trim(strings.TrimSpace(strings.TrimLeft(l, "#>")), "*_"))
		level := len(strings.TrimSpace(l)) - len(strings.TrimLeft(strings.TrimSpace(l), "#"))
		switch {
		case othersContactsSection(t):
			boxed, boxLevel = true, level
		case imprintSection(t) || kinds[i] == headingLine && (boxLevel == 0 || level <= boxLevel):
			boxed = false
		}
		ends[i] = ends[i] && !boxed
	}
	var own []*textImprint
	for i, im := range found {
		if im != nil && ends[i] {
			own = append(own, im)
		}
	}
	var publishers []string
	var dates []evidence.Date
	addDate := func(d evidence.Date) {
		for j, e := range dates {
			switch {
			case strings.HasPrefix(d.String(), e.String()):
				dates[j] = d // "April 2025" and "9 April 2025" agree
				return
			case strings.HasPrefix(e.String(), d.String()):
				return
			}
		}
		dates = append(dates, d)
	}
	for _, im := range own {
		if !im.date.IsZero() {
			addDate(im.date)
		}
	}
	var years []evidence.Date
	for _, im := range own {
		if im.name == "" {
			continue
		}
		if im.kind == copyrightImprint && len(im.copyright) > 0 && len(dates) > 0 && slices.Max(im.copyright) < dates[0].Year {
			continue // reproduced material's copyright, not this report's
		}
		if !slices.ContainsFunc(publishers, func(p string) bool { return strings.EqualFold(p, im.name) }) {
			publishers = append(publishers, im.name)
		}
		if im.kind == copyrightImprint && len(im.copyright) == 1 {
			d := evidence.Date{Year: im.copyright[0]}
			if !slices.Contains(years, d) {
				years = append(years, d)
			}
		}
	}
	if len(publishers) > 1 || len(dates) > 1 {
		return "", evidence.Date{} // lines that disagree: cypx asks
	}
	if len(publishers) == 1 {
		publisher = publishers[0]
	}
	switch {
	case len(dates) == 1:
		date = dates[0]
	case len(dates) == 0 && len(years) == 1:
		date = years[0]
	}
	return publisher, date
}

// reviewDueLineRe is a document's line saying when it will next be
// reviewed, and nothing else: "Next review: June 2026", "Review date: 3
// March 2027". It dates no publication.
var reviewDueLineRe = lazyre.New(`(?i)^(?:next\s+review(?:\s+(?:due|date))?|review\s+date|(?:due|to\s+be)\s+(?:for\s+)?review(?:ed)?(?:\s+(?:by|in|on))?)\s*:?\s*(?:on\s+|by\s+|in\s+)?` + dateExpr + `\.?$`)

// footNoteLine: a line that stands in a document's foot beside its
// imprint and is neither text nor imprint: its next review date, its
// charity or company number. Before, a pasted briefing closing "Next
// review: June 2026", "Published by X, June 2025", "Registered charity
// number 1098765" was refused, "could not tell who published it and the
// date": the two lines round the imprint read as the text's last, which
// ends no sentence, so the text had no foot.
func footNoteLine(t string) bool {
	return reviewDueLineRe.MatchString(t) || registrationLineRe.MatchString(t)
}

// imprintBodyLine: a line that is a body's name alone, "Wexley Borough
// Council", no person's and no sentence.
func imprintBodyLine(t string) bool {
	return len(strings.Fields(t)) <= 8 && bodyNameRe.MatchString(t) && looksLikeName(t) && !isPersonName(t) && !strings.ContainsAny(t, "0123456789:@.,;")
}

// lineKind is what a line of a text is, as atImprintEnds reads it.
type lineKind int

const (
	blankLine       lineKind = iota // a blank line or a rule
	imprintKindLine                 // an imprint line
	headingLine                     // a heading: not yet the text
	textLine                        // a line of the text not ending a sentence
	closingLine                     // a line of the text ending a sentence
)

// atImprintEnds reports, for each line, whether it stands where a
// document's own imprint stands: at its head (before the first line of
// its text, headings aside: the title block) or at its foot (after its
// last line, where that line ends a sentence). A line between two lines
// of the text (a box quoting another body's report, a "Useful contacts"
// list) or under a heading or a cited title at the end ("References",
// then the work's title) is another work's (hostile check 63). A PDF's
// rows are read by the same rule (pdfImprintEnds, hostile check 64).
func atImprintEnds(kinds []lineKind) []bool {
	first, last := len(kinds), -1 // the first line of the text, the last non-imprint line
	for i, k := range kinds {
		if k == blankLine || k == imprintKindLine {
			continue
		}
		last = i
		if first == len(kinds) && k != headingLine {
			first = i
		}
	}
	if last >= 0 && kinds[last] != closingLine {
		last = len(kinds) // a heading or a cited work's title: no foot
	}
	out := make([]bool, len(kinds))
	for i := range kinds {
		out[i] = i < first || i > last
	}
	return out
}

// textImprint is what one imprint line of a text says.
type textImprint struct {
	name      string
	kind      imprintKind
	date      evidence.Date // "Published by X, March 2025", "Published: 12 March 2025"
	copyright []int         // the years of a copyright notice
}

// imprintLine is the imprint a line holds and nothing else besides, or
// nil: "Published: 12 March 2025", "Published by X, March 2025", "© X 2025".
func imprintLine(t string) *textImprint {
	if len(strings.Fields(t)) > 14 {
		return nil
	}
	if m := publishedDateLineRe.FindStringSubmatch(t); m != nil {
		if d := textDate(m[1]); !d.IsZero() && imprintRestRe.MatchString(textDateRe.ReplaceAllString(m[1], "")) {
			return &textImprint{date: d}
		}
		// "Published by NHS England, June 2019" is short enough to read
		// as a date line: read as the publisher's line below.
	}
	name, kind := imprintOrg(t, false)
	if kind == noImprint {
		org := orgDateLine(t)
		switch {
		case org == "":
		case meetingOnlyName(org):
			// "Health and Wellbeing Board | 14 January 2025": the
			// meeting's day dates its paper; the board publishes
			// nothing.
			return &textImprint{date: textDate(t[len(org):])}
		case coverOrgLine(org):
			// "Westmarsh County Council | 14 January 2025": the body
			// and the day it published, as a PDF's cover line gives
			// them (bodyDateLine; hostile check 67: neither was given).
			return &textImprint{name: org, kind: publishedImprint, date: textDate(t[len(org):])}
		}
		return nil
	}
	rest := t
	if i := strings.Index(rest, name); i >= 0 {
		rest = rest[i+len(name):]
	}
	switch kind {
	case publishedImprint:
		if loc := textDateRe.FindStringIndex(rest); loc != nil {
			rest = rest[:loc[0]] + rest[loc[1]:]
		}
		if !imprintRestRe.MatchString(rest) {
			return nil // a sentence of the text, not an imprint
		}
		// "Published by X, March 2025", "First published July 2024 by X"
		return &textImprint{name: name, kind: kind, date: textDate(t)}
	case copyrightImprint:
		im := &textImprint{name: name, kind: kind}
		for _, y := range copyrightYearRe.FindAllString(t, -1) {
			n, _ := strconv.Atoi(y)
			im.copyright = append(im.copyright, n)
		}
		return im
	}
	return nil
}

// closesParagraph says whether a line ends a sentence, as a paragraph of
// the text does and a heading, a cited work's title or a line that opens
// a list ("References:") does not.
func closesParagraph(line string) bool {
	t := strings.TrimRight(strings.TrimSpace(line), "*_\"'”’)]")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")
}

// answeredLineReach is how far from its top a text's own date line is
// looked for: a web page copied as text has its chrome and headings above
// it, never pages of body.
const answeredLineReach = 40

// answeredLineRe is a line that is only a page's date of publication as a
// site prints it in other words than "Published" (whose lines are the
// imprint's, publishedDateLineRe, read at the text's head and foot):
// "Answered on 20 January 2026", "Issued: 3 June 2025", "Released 2 May
// 2025". A question's "Tabled on" dates the question, not the answer the
// page publishes, and is no such line.
var answeredLineRe = lazyre.New(`(?i)^(?:answered|issued|released)(?:\s+on)?\s*:?\s+(.+)$`)

// answeredLineDate is the date of a line that is only a page's date of
// publication (answeredLineRe), or zero: a sentence that goes on past
// the date ("Answered on 4 March 2025, the question ...") dates nothing.
func answeredLineDate(t string) evidence.Date {
	if len(t) < 12 || !strings.ContainsAny(t[:1], "AaIiRr") {
		return evidence.Date{}
	}
	m := answeredLineRe.FindStringSubmatch(t)
	if m == nil || !dateOnlyLine(m[1]) {
		return evidence.Date{}
	}
	return textDate(m[1])
}
