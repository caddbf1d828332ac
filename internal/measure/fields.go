package measure

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// citationRe is an in-text citation: "(Health Foundation, 2024)",
	// "(Masters et al., 2017)", "(Smith 2020, pp 12-14)", "[Patel 2018]",
	// or a list of them, "(Smith 2020, p 12; Jones 2021)". Its year may be
	// followed by the part of the work cited (citeLocator); before, "(Smith
	// 2020, pp 12-14)" was no citation and its 2020 the period of "In 2023,
	// 45% of children waited" (hostile check 55), and so were "(Smith 2020;
	// Jones 2021)", "(Smith 2020, Figure 2)" and "(DfE, 2022, Table 3)"
	// (hostile check 57).
	citationRe = lazyre.New(`[(\[](?:` + citeWork + `(?:\s*;\s*` + citeWork + `)*|[^()\[\]]*\bet al\b[^()\[\]]*)[)\]]`)
	// citePagesRe is the part of a work a citation names after its year.
	citePagesRe = lazyre.New(citeLocator + `$`)
	// trailingSaidRe closes a clause with who said it: ", the Royal College
	// of Emergency Medicine found".
	trailingSaidRe = lazyre.New(`(?i),\s*(?:the\s+)?(?:[\w’'&-]+\s+){0,6}(?:has\s+|have\s+)?(?:found|said|says|reported|estimates|estimated|announced|confirmed|revealed|show|shows|showed|added|noted|warned|suggest|suggests)\b[^,;]*[.!]?\s*$`)
	// changeBeforeFigRe ends with the words of a change just before its
	// figure: "has been cut by", "rose from", "an increase of", "up".
	changeBeforeFigRe = lazyre.New(`(?i)\b(?:has\s+|have\s+|had\s+)?(?:been\s+)?(?:gone\s+up|come\s+down|went\s+up|went\s+down|rose|risen|rising|increased|increasing|grew|grown|growing|fell|fallen|falling|dropped|declined|decreased|shrunk|shrank|cut|reduced|jumped|climbed|up|down|an\s+increase|a\s+rise|a\s+fall|a\s+drop|a\s+decrease|a\s+reduction|a\s+cut|growth|lost)(?:\s+of)?(?:\s+by)?(?:\s+from)?(?:\s+(?:a\s+further|further|almost|nearly|around|about|more\s+than|over))?\s*$`)
	// changeAfterFigRe follows a change's figure with its direction: "a
	// 24% cut", "28% lower", "40% fewer", "3pp above 2022" (a change
	// only where a time follows).
	changeAfterFigRe = lazyre.New(`(?i)^\s*(?:real[- ]terms\s+)?(?:increase|rise|fall|drop|decrease|reduction|cut|growth|jump|higher|lower|more|fewer|less|above|below)\b`)
)

const (
	// citeLocator is the part of a work a citation names after its year:
	// ", pp 12-14", ", p. 4", ": 37", ", Figure 2", ", Table 3", ", chapter
	// 3", ", section 3.2", ", Box 1", ", Appendix B". Its word starts a
	// word: the "p" of "Sep. 2022" names no page (before, hostile check
	// 59, "(Sep. 2022)" was read "Se" cited at page 2022).
	citeLocator = `(?:,?\s*(?:\b(?i:pp?\.?|pages?|paras?\.?|paragraphs?|fig(?:ure)?s?\.?|tables?|chap(?:ter)?s?\.?|ch\.|sections?|sect?\.|box|appendix|annex)|§)\s*(?:\d+(?:\.\d+)*[a-z]?|[A-Z])(?:\s*[-–]\s*\d+(?:\.\d+)*)?|:\s*\d+(?:\s*[-–]\s*\d+)?)`
	// citeWork is one work of a citation: words, its year (or a financial
	// year, "2022/23"), what of it.
	citeWork = `[^()\[\];]*\b(?:19|20)\d\d(?:[/–-]\d\d(?:\d\d)?)?[a-z]?` + citeLocator + `?(?:\s+(?i:data|figures|statistics))?`
)

// citations are the spans of s's in-text citations, whose years are no
// period: brackets ending with a year (citationRe) that state no figure
// and do not date one: "(Health Foundation, 2024)", not "(compared with
// 30% in 2020)", whose year is the 30%'s period. Before, that year was no
// period, and the 30% took the sentence's 2024, a value for 2024 another
// source's could disagree with. A bracket citing works beside a date of
// the data, "(Smith 2020; Sept. 2022 data)", gives the spans of its works
// alone (citeBrackets). issued are the spans of a body's name and a
// month, "(NHS England, Sept. 2022)": a period only where the sentence
// has no other (scanPeriods). body says a name is a body's (nil:
// bodyNames alone).
func citations(s string, body func(string) bool) (cited, issued [][]int) {
	cited, issued, _ = citeBrackets(s, body)
	return cited, issued
}

// citeNotes are the spans of the brackets of s that are a source note and
// no part of a measure: citations, dates and both in one list, with the
// pages they name: "(Smith 2020, p 12)", "(March 2024, p 4)", "(Q2 2023,
// p 7)", "(Jones, Sept. 2022)", "(Smith 2020; Sept. 2022 data)", "(ONS,
// Q3 2024)", "(DfE, 2023-24)", "(Jones 2019, FY 2022/23)", "(Wk 12
// 2023)". Before (hostile check 58), "(Q2 2023, p 7)" left "p 7" in the
// measure and its key, and "(Jones, Sept. 2022)" left "Jones, Sept.";
// before hostile check 59, "(ONS, Q3 2024)" left "(ONS,)" and its key
// "=ons", "(2022/23 data)" "( data)", "(Wk 12 2023)" "#12 wk".
func citeNotes(s string) [][]int {
	_, _, notes := citeBrackets(s, nil)
	return notes
}

// NoteBracketAfter is the length of a source note's bracket right after
// a value (after is the text after it: " (Surrey Heartlands, March
// 2024), the highest"), a citation or a date of the figure as citeNotes
// reads one, or 0. It ends no clause: the figure reader reads the value
// before it as if it were not there (hostile check 69: "reached 3,400
// (Surrey Heartlands, March 2024), the highest on record" had no figure).
func NoteBracketAfter(after string) int {
	k := 0
	if strings.HasPrefix(after, " ") {
		k = 1
	}
	if k >= len(after) || after[k] != '(' {
		return 0
	}
	shut := strings.IndexByte(after[k:min(len(after), k+MaxComparatorBytes)], ')')
	if shut < 0 {
		return 0
	}
	b := after[k : k+shut+1]
	for _, n := range citeNotes(b) {
		if n[0] == 0 && n[1] == len(b) {
			return k + len(b)
		}
	}
	return 0
}

// The kinds of one part of a bracket citeBrackets reads.
const (
	citePartNone   = iota // a statement: "31% in 2019", "in 2020"
	citePartWork          // a work cited: "Smith 2020, p 12", "Jones, Sept. 2022", "accessed 12 March 2024"
	citePartIssued        // a body known by name and a month: "NHS England, Sept. 2022"
	citePartDated         // a date of the figure: "March 2024, p 4", "Q2 2023", "Sept. 2022 data", "ONS, Q3 2024", "2022/23"
)

// citeBrackets reads each bracket of s that ends its parts with a year
// (citationRe), part by part between semicolons: a work cited (words
// naming no time, then its year, or an author then a month and year: the
// day a work came out, "(Jones, Sept. 2022)"), a date the figure holds at
// (a month or a quarter and a year, a financial year, a year of "data" or
// "figures", a year alone in square brackets, with the body or place it
// is of: "ONS, Q3 2024"), a work then a date after a comma ("Jones 2019,
// FY 2022/23"), or a statement. A bracket holding a statement is neither.
// cited are the spans whose years are no period: a bracket only of works,
// or the works of one that also dates its data ("Smith 2020" of "(Smith
// 2020; Sept. 2022 data)": a citation's year is never the figure's;
// before, hostile check 58, 2020 was its period and "Smith" in its
// measure). issued are the parts naming a known body and a month in a
// bracket that dates nothing else. notes are the whole brackets of works
// and dates, no part of a measure. body: see citations.
func citeBrackets(s string, body func(string) bool) (cited, issued, notes [][]int) {
	for _, m := range citationRe.FindAllStringIndex(s, -1) {
		if (s[m[0]] == '(') != (s[m[1]-1] == ')') {
			continue // "(2020]": no pair
		}
		inner := s[m[0]+1 : m[1]-1]
		square := s[m[0]] == '['
		if strings.Contains(inner, "et al") {
			// "(Jones et al. 2019, 2022/23 data)": a work, then the
			// date of its data, as "(Jones 2019, FY 2022/23)" is read;
			// before (hostile check 60), no period.
			if k := workThenDate(inner, square, body); k > 0 && !strings.Contains(inner[k:], "et al") && !strings.Contains(inner, ";") {
				cited = append(cited, []int{m[0] + 1, m[0] + 1 + k})
				notes = append(notes, m)
				continue
			}
			cited = append(cited, m)
			notes = append(notes, m)
			continue
		}
		if priorYearValueRe.MatchString(inner) && CitedPage(s[:m[0]], s[m[1]:]) {
			cited = append(cited, m) // "Smith (2022: 37)": page 37 of a work
			notes = append(notes, m)
			continue
		}
		var works, issues [][]int
		dated, ok := false, true
		at := m[0] + 1
		for _, w := range strings.Split(inner, ";") {
			switch citePart(w, square, body) {
			case citePartWork:
				works = append(works, []int{at, at + len(w)})
			case citePartIssued:
				issues = append(issues, []int{at, at + len(w)})
			case citePartDated:
				dated = true
			default:
				// "Jones 2019, FY 2022/23": a work, then the date of
				// its data; before (hostile check 59), 2019 was the
				// figure's period.
				if k := workThenDate(w, square, body); k > 0 {
					works = append(works, []int{at, at + k})
					dated = true
					break
				}
				ok = false
			}
			at += len(w) + 1
		}
		if !ok {
			continue
		}
		switch {
		case dated:
			works = append(works, issues...)
		case len(issues) > 0:
			issued = append(issued, issues...)
		default:
			works = [][]int{m}
		}
		cited = append(cited, works...)
		notes = append(notes, m)
	}
	return cited, issued, notes
}

// workThenDate is the length of a work cited at the head of w, before a
// comma, where a date of the figure follows it ("Jones 2019, FY 2022/23",
// "Smith 2020, Q3 2022"), or 0.
func workThenDate(w string, square bool, body func(string) bool) int {
	for k := strings.IndexByte(w, ','); k > 0; {
		if head := strings.TrimSpace(w[:k]); len(head) >= 4 && isDigit(head[len(head)-1]) &&
			citePart(w[:k], square, body) == citePartWork && citePart(w[k+1:], square, body) == citePartDated {
			return k
		}
		n := strings.IndexByte(w[k+1:], ',')
		if n < 0 {
			break
		}
		k += n + 1
	}
	return 0
}

// citePart is the kind of one part of a bracket ending with a year (see
// citeBrackets); square says the bracket is square; body: see citations.
func citePart(w string, square bool, body func(string) bool) int {
	if priorYearValueRe.MatchString(w) && !square {
		// "(2022: 420)": a prior year's value, no page 420 of a work of
		// 2022 (hostile check 62: its year dated nothing, so 420 was
		// undated; "(2022: 1,420)" was read right). citeBrackets keeps
		// "Smith (2022: 37)" a citation (CitedPage).
		return citePartNone
	}
	data := false
	if d := citeDataRe.FindStringIndex(w); d != nil {
		w, data = w[:d[0]], true
	}
	if d := citeDataLeadRe.FindStringIndex(w); d != nil {
		w, data = w[d[1]:], true // "data for Oct. 2022"
	}
	if p := citePagesRe.FindStringIndex(w); p != nil {
		w = w[:p[0]]
	}
	k := len(w)
	for k > 0 && !(w[k-1] == ' ' || w[k-1] == ',') {
		k--
	}
	lead := strings.Trim(w[:k], " ,")
	// The body or place a date is of: "ONS" of "(ONS, Q3 2024)", none,
	// or a place, "(England, March 2024)".
	of := func(by string) bool { return by == "" || wholePlace(by) || citeAuthorRe.MatchString(by) }
	if by, ok := monthLead(lead); ok {
		// "(March 2024, p 4)" is when a figure holds; before (hostile
		// check 57), once a citation could name its pages, such a figure
		// lost its period. A place there is where the figure holds,
		// "(England, March 2024)" dates it; a body known by name,
		// "(NHS England, March 2024)", dates a figure the sentence dates
		// no other way (scanPeriods). Any other name makes it the day a
		// work came out, "(Jones, Sept. 2022)", as does a day of access
		// or issue, "(accessed 12 March 2024)": no period (before,
		// hostile check 60, they dated the figure).
		switch {
		case by == "" || wholePlace(by) || citeWeekRe.MatchString(by):
			// "(w/e 12 March 2023)": the week a figure is of (before,
			// hostile check 60, "(w/e)" was left in the measure).
			return citePartDated
		case citeIssueRe.MatchString(by):
			return citePartWork
		case citeAuthorRe.MatchString(by) && data:
			return citePartDated // "(Jones, March 2024 data)"
		case citeAuthorRe.MatchString(by) && bodyNamed(by, body):
			return citePartIssued
		case citeAuthorRe.MatchString(by):
			return citePartWork
		}
		return citePartNone
	}
	switch {
	case yearLeadRe.MatchString(lead):
		return citePartNone // "(in 2020)"
	case strings.ContainsAny(w[k:], "/–-"):
		// A financial or academic year, "(DfE, 2023-24)", "(FY
		// 2022/23)", is a time data are counted over, no day a work
		// came out.
		by := lead
		if by == "FY" {
			by = ""
		} else if b, found := strings.CutSuffix(by, " FY"); found {
			by = strings.TrimRight(b, " ,")
		}
		if of(by) {
			return citePartDated
		}
		return citePartNone
	}
	if q := quarterLeadRe.FindStringIndex(lead); q != nil {
		// "(Q2 2023, p 7)", "(ONS, Q3 2024)", and a week, "(Wk 12 2023)"
		if of(strings.Trim(lead[:q[0]], " ,")) {
			return citePartDated
		}
		return citePartNone
	}
	switch {
	case figureRefLeadRe.MatchString(lead):
		// "(see Table 3, 2023)", "(Figure 2, 2023)": where the value is
		// shown, with its year, a date only where the sentence gives
		// none; before, it re-dated "In January 2024, 47% ..." 2023.
		return citePartIssued
	case strings.ContainsAny(lead, "0123456789%£"):
		return citePartNone
	case data || square && lead == "":
		return citePartDated // "(2022 data)", "[2023]"
	case wholePlace(lead):
		// "(Wales, 2022)" is where and when, as "(England, 2022/23)"
		// is (before, hostile check 60, the place but not the year),
		// where the sentence gives no other time: "In January 2024,
		// 45% ... (England, 2023)" is of January 2024, as the sentence
		// says (before, re-dated 2023).
		return citePartIssued
	}
	return citePartWork
}

// figureRefLeadRe is a bracket's lead pointing at a table or figure that
// shows the value: "see Table 3", "Figure 2", "Chart 1a".
var figureRefLeadRe = lazyre.New(`(?i)^(?:see\s+(?:also\s+)?)?(?:tables?|fig(?:ure)?s?\.?|charts?|box|appendix|annex)\s+[\dA-Z]`)

// priorYearValueRe is a bracket's part that is a year, no name before it,
// and a value after a colon: "2022: 420", "2022/23: 420".
var priorYearValueRe = lazyre.New(`^\s*(?:19|20)\d{2}(?:[/–-]\d{2,4})?:\s*\d`)

// CitedPage reports a bracket "(2022: 37)", with the text before and
// after it, citing page 37 of a work of 2022: after the name of its
// author, "See Smith ", "Smith and Jones ", "Jones et al. ". After a
// value, "1,200 (2022: 1,150)", or a subject a verb gives a level,
// "Places (2022: 420) rose to 450", "Kent (2022: 420) was 450", it is a
// prior year's value. The figure reader and the period reader both ask
// it, so a bracket that is no citation is read by both as a value and
// its year.
func CitedPage(before, after string) bool {
	t := strings.TrimRight(before, " ")
	if strings.HasSuffix(t, " et al.") || strings.HasSuffix(t, " et al") {
		return true
	}
	w := t[strings.LastIndexByte(t, ' ')+1:]
	return w != "" && w[0] >= 'A' && w[0] <= 'Z' && !strings.ContainsAny(w, "0123456789") && !LevelVerbAfter(after)
}

// levelVerbAfterRe opens the verb that gives the subject before it a
// level: " rose to", " were", " has reached".
var levelVerbAfterRe = lazyre.New(`^\s*(?:(?:has|have|had)\s+(?:been\s+)?)?(?:was|were|is|are|rose|fell|increased|decreased|grew|dropped|reached|totall?ed|stood|numbered|climbed|risen|fallen|went)\b`)

// LevelVerbAfter reports text opening with a verb that gives the
// subject before it a level: " rose to 450", " were 320".
func LevelVerbAfter(text string) bool { return levelVerbAfterRe.MatchString(text) }

// monthLead reads a lead that ends with a month's name or a run of months
// ("Sept.", "Apr.-Jun.", "April to June") by monthIndex, the period
// scanner's one list of month names: the words before it, and whether it
// does. Before (hostile check 59), a pattern of its own here missed
// "Apr.-Jun." and a run of months was read as an author.
func monthLead(lead string) (string, bool) {
	before, ok := cutMonth(lead)
	if !ok {
		return "", false
	}
	t := strings.TrimRight(before, " ")
	for _, j := range []string{"-", "–", "to"} {
		if r, found := strings.CutSuffix(t, j); found && (j != "to" || r == "" || strings.HasSuffix(r, " ")) {
			if b, ok := cutMonth(r); ok {
				return strings.Trim(b, " ,"), true
			}
		}
	}
	return strings.Trim(before, " ,"), true
}

// cutMonth cuts a month's name off the end of s: the text before it.
func cutMonth(s string) (string, bool) {
	s = strings.TrimRight(s, " ")
	k := strings.LastIndexAny(s, " -–,(")
	w := s[k+1:]
	if k >= 0 && strings.HasPrefix(s[k:], "–") {
		w = s[k+len("–"):]
	}
	if monthIndex(w) == 0 || strings.ContainsAny(w, "–-") {
		return "", false
	}
	return s[:len(s)-len(w)], true
}

// bodyNamed: s is a body bodyNames or body knows by name.
func bodyNamed(s string, body func(string) bool) bool {
	return slices.Contains(bodyNames, s) || body != nil && body(s)
}

// IsPlaceName reports a label that is one place's name and nothing more
// (wholePlace), or a local area's (localAreaNames), or places listed
// jointly ("Kent and Medway"), "the" before it or not: "Wales", "the
// East Midlands", "Kent". Never a council named for a place ("Kent
// County Council"); an ICB's name is its area's ("Kent and Medway ICB",
// see PlaceNoBody). The
// figure reader asks it of a label pair's label, which names a place and
// is no counted noun however it ends ("Wales" is no plural); the
// attribution reader asks PlaceNoBody.
func IsPlaceName(s string) bool {
	s = strings.TrimPrefix(strings.TrimSpace(s), "the ")
	return placeOrArea(s) || joinedPlaces(s)
}

// wholePlace: s is the name of one place and nothing else ("England",
// "North East", "Kent and Medway ICB").
func wholePlace(s string) bool {
	ps := findPlaces(s)
	return len(ps) == 1 && strings.TrimSpace(s[:ps[0].start]) == "" && strings.TrimSpace(s[ps[0].end:]) == ""
}

var (
	// citeDataRe ends a bracket's part with what its year dates: "Sept.
	// 2022 data", "2023 figures".
	citeDataRe = lazyre.New(`(?i)\s+(?:data|figures|statistics)$`)
	// citeDataLeadRe opens a bracket's part with what its date dates:
	// "data for Oct. 2022", "figures to March 2024".
	citeDataLeadRe = lazyre.New(`(?i)^\s*(?:data|figures|statistics)\s+(?:for|from|to|as\s+at|at|in)\s+`)
	// quarterLeadRe ends a lead with a quarter or a week before a year:
	// "Q2", "ONS, Q3", "Wk 12", "week 12".
	quarterLeadRe = lazyre.New(`(?i)(?:^|[\s,])(?:Q[1-4]|(?:wk|week)\.?\s*\d{1,2})$`)
	// citeIssueRe is the day a work was read or came out, before its
	// month: "accessed 12", "published", "last updated on".
	citeIssueRe = lazyre.New(`(?i)^(?:last\s+)?(?:accessed|retrieved|viewed|visited|published|updated|revised|issued|posted|released)(?:\s+on)?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?$`)
	// citeWeekRe is the week a date ends or opens, before its month:
	// "w/e 12", "week ending 12", "w/c 6".
	citeWeekRe = lazyre.New(`(?i)^(?:w/[ec]|w\.[ec]\.|week\s+(?:ending|commencing|to))(?:\s+\d{1,2}(?:st|nd|rd|th)?)?$`)
	// citeAuthorRe is who a work is by: capitalised words, "&" and "and"
	// between them: "Jones", "NHS England", "Smith and Patel".
	citeAuthorRe = lazyre.New(`^\p{Lu}[\p{L}’'.-]*(?:,?\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}’'.-]*)*$`)
)

// yearLeadRe ends with a word that makes the year after it a time, not
// a citation's: "in 2020", "since 2015", "from 2019 to".
var yearLeadRe = lazyre.New(`(?i)(?:^|\s)(?:in|since|from|to|by|during|until|till|of|for|and|between|before|after|at|year|years)$`)

// measureText is what figure i measures: its clause, without the figure
// and the values of its measure, its population, periods, places,
// citations, attributions, hedges and the words of its change.
func (s *sentence) measureText(i int, pop popFound) string {
	f := s.in.Figures[i]
	cl := s.clauses[i]
	text := s.text
	// A clause ends where another begins after its figures ("; ", ", and
	// this has had", " – "); a figure that opens a clause with its group
	// leaves the words before it to another.
	last := cl.start
	for _, g := range s.in.Figures {
		if g.Offset >= cl.start && g.Offset < cl.end && g.Unit == f.Unit {
			last = max(last, g.Offset+len(g.Text), pop.span.end)
		}
	}
	for j := 0; j+1 < len(s.in.Figures); j++ {
		// The close of an aside stating a figure in parallel ends no
		// clause: "45% of children – and 30% of adults – waited".
		if sp, ok := parallelAside(text, s.in.Figures, s.in.Figures[j], s.in.Figures[j+1]); ok && sp.end <= cl.end && sp.start >= cl.start {
			last = max(last, sp.end)
		}
	}
	last = min(last, cl.end)
	if k := trailingCut(text[last:cl.end]); k >= 0 {
		cl.end = last + k
	}
	// A figure opening a clause with its group ("..., with 39% of
	// strategies addressing"), or after its base ("Of the 412 young people
	// who completed the survey, 58% said"), leaves the words before to
	// another clause.
	first := max(cl.start, min(f.Offset, pop.span.start))
	shareAfterBase := first < f.Offset && s.baseBefore(cl.start, f.Offset) && shareOfBase(f) &&
		!appositeShareRe.MatchString(text[f.Offset+len(f.Text):cl.end])
	if pop.opens || s.baseBefore(cl.start, first) || shareAfterBase {
		if shareAfterBase {
			// The group named with the base before a comma ("412 young
			// people gave feedback, and 68% said", "Of the 57 care
			// leavers referred ..., 21 were"): the figure's clause starts
			// after it.
			first = f.Offset
		}
		if k := strings.LastIndexAny(text[cl.start:first], ",;:"); k >= 0 && !insideBrackets(text[cl.start:first], k) &&
			(hasVerb(text[cl.start:cl.start+k]) || s.baseBefore(cl.start, cl.start+k)) {
			cl.start += k + 1
		}
	}
	keep := s.d.mask(cl.end - cl.start)
	drop := func(a, b int) {
		for k := max(a, cl.start); k < min(b, cl.end); k++ {
			keep[k-cl.start] = false
		}
	}
	for j, g := range s.in.Figures {
		if g.Offset < cl.start || g.Offset >= cl.end {
			continue
		}
		// The values of this measure go; a figure of another unit qualifies
		// it and stays ("seen within one week"), but for its change: "fell
		// by 5 percentage points to 30%" is the share's change, whatever
		// unit the points are read in, and no part of what it measures.
		if g.Role == evidence.RoleThreshold && j != i && (g.Unit == evidence.UnitCount || g.Unit == evidence.UnitGBP) {
			// "5 of the 7 ICBs reported more than 1,000 referrals": the
			// bar the bodies passed is part of what is counted, as
			// "more than 80% of children" is (hostile check 68: the
			// count measured nothing, keyed as any count of ICBs).
			continue
		}
		if g.Unit == f.Unit || g.Role == evidence.RoleBase || g.Role == evidence.RoleChange && j != i && s.partner(j) == i {
			drop(g.Offset, g.Offset+len(g.Text))
			// The words of a change go with its figure ("cut by 24%",
			// "rose from 9% to 13%"), and the verb a level is reached by
			// ("rose to £10m", "fell to 30%": what is measured is
			// spending, the share); a level stated with a verb of change
			// keeps it ("England lost 40% of its health visitors").
			if g.Role != evidence.RoleChange && !strings.HasSuffix(strings.TrimSpace(text[cl.start:g.Offset]), "from") {
				if from := max(cl.start, g.Offset-40); strings.Contains(text[from:g.Offset], " to ") {
					if m := levelToRe.FindStringIndex(strings.ToLower(text[from:g.Offset])); m != nil {
						drop(from+m[0], g.Offset)
					}
				}
				continue
			}
			if from := max(cl.start, g.Offset-48); s.hasWord(span{from, g.Offset}, changeSet) {
				before := strings.ToLower(text[from:g.Offset])
				if m := changeBeforeFigRe.FindStringIndex(before); m != nil {
					drop(from+m[0], g.Offset)
				}
			}
			after := text[g.Offset+len(g.Text) : cl.end]
			if m := changeAfterFigRe.FindStringIndex(after); m != nil && g.Role == evidence.RoleChange {
				drop(g.Offset+len(g.Text), g.Offset+len(g.Text)+m[1])
			}
		}
	}
	if pop.span.end > pop.span.start {
		drop(pop.span.start, pop.span.end)
	}
	s.dropParallelAsides(i, cl, drop)
	// A change's measure is its level's, not the level itself: "rose by
	// 10% to 4,500" measures referrals, not "referrals to 4,500".
	for j := i + 1; f.Role == evidence.RoleChange && j < min(len(s.in.Figures), i+3); j++ {
		if s.reached(i, j) {
			g := s.in.Figures[j]
			drop(f.Offset+len(f.Text), g.Offset+len(g.Text))
			break
		}
	}
	for _, p := range s.periods {
		drop(periodWords(text, p, cl.start))
	}
	for _, p := range s.places {
		drop(leadIn(text, p.start, cl.start), p.end)
	}
	clause := text[cl.start:cl.end]
	lower := strings.ToLower(clause)
	// Each pattern runs only where its words are: most clauses hold none.
	// A citation is found in the whole sentence: a list of works, "(Smith
	// 2020; Jones 2021)", runs past the clause its semicolon ends, and its
	// part in the clause is dropped.
	if strings.ContainsAny(clause, "([") && strings.IndexAny(clause, "0123456789") >= 0 {
		for _, m := range s.citeNotes() {
			if a, b := max(m[0], cl.start), min(m[1], cl.end); a < b {
				drop(a, b)
			}
		}
	}
	for _, m := range s.relTimes {
		drop(m.start, m.end)
	}
	if end := f.Offset + len(f.Text); s.earlierOpened(i) {
		// "up from 58% before the pandemic", "… at the start of the
		// programme", ", having previously been 58%": when the earlier
		// value held and the words that make it one are no words of
		// what it measures, which is its level's (hostile check 66:
		// keyed apart as "befor pandem", "previous").
		if m := earlierOccasionRe.FindStringIndex(text[end:cl.end]); end < cl.end && m != nil {
			drop(end+m[0], end+m[1])
		}
		from := max(cl.start, f.Offset-32)
		if m := earlierLeadRe.FindStringIndex(text[from:f.Offset]); m != nil {
			drop(from+m[0], f.Offset)
		}
	}
	// A comparator bracket set beside a figure, "(England: 71%)",
	// "(target: 92%)", "(see Table 2: 14)", is no word of what the figures
	// outside it measure (hostile check 63: "target" and "#14 #2 tabl"
	// were in the key); its own values take their level's measure
	// (describeComparators); so is an aside after a dash read as one,
	// "- England 71%" (dashComparators), or in square brackets,
	// "[England: 65%]" (hostile check 67).
	if strings.IndexAny(clause, "([") >= 0 || dashAsideRe.MatchString(clause) {
		for _, cs := range s.comparatorSpans() {
			if o, c := cs[0].Open, cs[0].Close+1; f.Offset < o || f.Offset >= c {
				drop(o, c)
			}
		}
	}
	if a, b, ok := attribution(lower, f.Offset-cl.start); ok {
		drop(cl.start+a, cl.start+b)
	}
	if s.hasWord(cl, saidSet) {
		if m := trailingSaidRe.FindStringIndex(clause); m != nil {
			drop(cl.start+m[0], cl.end)
		}
		if k := s.foundThat(cl, f.Offset); k > cl.start {
			drop(cl.start, k)
		}
	}
	// Brackets emptied of their figures or citations, and brackets
	// holding an acronym of words just written ("(MHSTs)"), go.
	var b strings.Builder
	b.Grow(cl.end - cl.start)
	for k := cl.start; k < cl.end; k++ {
		if keep[k-cl.start] {
			b.WriteByte(text[k])
		} else if b.Len() > 0 && !strings.HasSuffix(b.String(), " ") {
			b.WriteByte(' ')
		}
	}
	return tidy(b.String())
}

// levelToRe ends with the verb of a change and the "to" of the level it
// reached: "rose to", "has fallen to", "increased to around".
var levelToRe = lazyre.New(`(?i)\b(?:has\s+|have\s+|had\s+)?(?:been\s+)?(?:rose|risen|fell|fallen|increased|decreased|dropped|grew|grown|declined|climbed|jumped|cut|reduced|went\s+up|went\s+down|gone\s+up|gone\s+down|come\s+down)\s+to\s+(?:around\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+over\s+|just\s+under\s+)?$`)

// dropParallelAsides leaves out of figure i's measure the brackets that
// give another figure in parallel ("45% of children (and 30% of adults)
// waited"): the aside is of another group, no part of the 45%'s measure.
// For the figure inside the aside, the words before the brackets are
// the other figure's, and what it measures follows them: the 30%
// measures "waited", of adults. Before, the 45% measured "(and of
// adults) waited", keyed with "adult", and the 30% "of children (and)
// waited".
func (s *sentence) dropParallelAsides(i int, cl span, drop func(a, b int)) {
	text := s.text[:cl.end]
	f := s.in.Figures[i]
	// Set off by commas or dashes: ", but only 30% of adults,".
	figs := s.in.Figures
	for j := 0; j+1 < len(figs); j++ {
		if figs[j+1].Offset < cl.start || figs[j+1].Offset >= cl.end {
			continue
		}
		if sp, ok := parallelAside(s.text, figs, figs[j], figs[j+1]); ok && sp.end <= cl.end {
			if i == j+1 {
				closeAt := sp.end - 1 // the closing comma or dash, one rune
				for closeAt > sp.start && !utf8.RuneStart(s.text[closeAt]) {
					closeAt--
				}
				drop(cl.start, f.Offset)
				drop(closeAt, sp.end)
			} else {
				drop(sp.start, sp.end)
			}
		}
	}
	for k := strings.IndexByte(text[cl.start:], '('); k >= 0; {
		open := cl.start + k
		closing := strings.IndexByte(text[open:], ')')
		if closing < 0 {
			return
		}
		shut := open + closing
		m := parallelOpenRe.FindStringIndex(text[open+1 : shut])
		if m == nil && s.breakdownAt(cl, open) {
			m = []int{0, 0}
		}
		if m != nil && s.figureWithin(open, shut) {
			if f.Offset > open && f.Offset < shut {
				// Its own part of the brackets: "37% of boys" of "(42% of
				// girls and 37% of boys)".
				drop(cl.start, max(open+1+m[1], s.partStart(i, open)))
				drop(s.partEnd(i, shut), shut+1)
			} else {
				drop(open, shut+1)
			}
		}
		next := strings.IndexByte(text[shut:], '(')
		if next < 0 {
			return
		}
		k = shut + next - cl.start
	}
}

// partStart is where figure i's part of a list of figures begins, after
// the one before it, no earlier than from: "37% of boys" in "42% of
// girls and 37% of boys".
func (s *sentence) partStart(i, from int) int {
	if i == 0 || s.in.Figures[i-1].Offset <= from {
		return from
	}
	return s.in.Figures[i].Offset
}

// partEnd is where figure i's part of a list of figures ends, before the
// separator of the next figure (" and ", ", ", " or "), by to at the
// latest.
func (s *sentence) partEnd(i, to int) int {
	figs := s.in.Figures
	if i+1 >= len(figs) || figs[i+1].Offset >= to {
		return to
	}
	end := figs[i].Offset + len(figs[i].Text)
	gap := s.text[end:figs[i+1].Offset]
	best := -1
	for _, sep := range []string{" and ", ", ", " or ", "; "} {
		if k := strings.LastIndex(gap, sep); k > best {
			best = k
		}
	}
	if best < 0 {
		return figs[i+1].Offset
	}
	return end + best
}

// breakdownAt reports brackets at open, in clause cl, that open with a
// figure of the unit of a figure before them: "40% of children (42% of
// girls and 37% of boys) waited", "45% of children (30% in 2020)". A
// figure's own brackets ("nearly half (45%)") are in its text.
func (s *sentence) breakdownAt(cl span, open int) bool {
	var inside evidence.Figure
	found := false
	for _, g := range s.in.Figures {
		if g.Offset > open && strings.TrimSpace(s.text[open+1:g.Offset]) == "" {
			inside, found = g, true
			break
		}
	}
	if !found {
		return false
	}
	for _, g := range s.in.Figures {
		if g.Offset >= cl.start && g.Offset+len(g.Text) <= open && g.Unit == inside.Unit {
			return true
		}
	}
	return false
}

// figureWithin reports a figure between byte a and b.
func (s *sentence) figureWithin(a, b int) bool {
	for _, g := range s.in.Figures {
		if g.Offset > a && g.Offset < b {
			return true
		}
	}
	return false
}

// parallelOpenRe opens brackets that give a figure in parallel: "(and
// 30% of adults)", "(compared with 30% of adults)", "(vs 30%)", "(up
// from 30% in 2020)", "(previously 58%)", "(was 58% in 2022)", "(up 4%
// on 2022: 2,020)" (hostile check 65: "previously", "was" and "up 4%"
// were words of both figures' measures, and the earlier value was keyed
// apart from its level).
var parallelOpenRe = lazyre.New(`(?i)^\s*(?:and|or|but|while|whereas|versus|vs\.?|against|compared\s+(?:with|to)|(?:up|down)\s+from|previously|formerly|was|were)\s+|^\s*` + changeOnLead + `(?:19|20)\d\d\S*\s*:\s*`)

// The words the costly patterns need, tested first.
var (
	attributionWords = []string{"according to", "figures from", "data from", "analysis by", "analysed by", "a report by", "as reported by"}
	saidSet          = setOf(`found finds said says reported reports estimates estimated announced confirmed revealed reveals
show shows showed added noted warned suggest suggests`)
	// changeSet are the words of a change before or after its figure.
	changeSet = setOf(`up down rose risen rising increased increasing grew grown growing fell fallen falling dropped
declined decreased shrunk shrank cut reduced jumped climbed increase rise fall drop decrease reduction growth lost
higher lower more fewer less`)
)

// timeUnits are what a relative time counts in: "last year", "this summer".
var timeUnits = setOf(`year years month months decade week weeks quarter spring summer autumn winter`)

// relativeTimes are the spans of a clause that date it from when it was
// written: "last year", "next year", "over the past 12 months", "this summer", "two
// years ago", "a year earlier", "the year before", "now", "currently",
// "to date", "so far", "at present", "than ever". No period can be read
// from them.
func (s *sentence) relativeTimes(cl span) []span {
	var out []span
	lo := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].start >= cl.start })
	hi := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].end > cl.end })
	toks := s.toks[lo:max(lo, hi)]
	w := func(i int) string {
		if i < 0 || i >= len(toks) {
			return ""
		}
		return toks[i].lower
	}
	for i := 0; i < len(toks); i++ {
		switch x := w(i); x {
		case "now", "currently":
			out = append(out, span{toks[i].start, toks[i].end})
		case "date", "far", "present", "ever":
			if prev := w(i - 1); x == "date" && prev == "to" || x == "far" && prev == "so" || x == "present" && prev == "at" || x == "ever" && prev == "than" {
				out = append(out, span{toks[i-1].start, toks[i].end})
			}
		case "last", "this", "previous", "past", "preceding", "prior", "next", "coming":
			// "next year", "the coming year": a time to come, dated
			// from the writing as "last year" is, and no people
			// (hostile check 66: "expects 1,400 next year" counted
			// people "next year").
			j := i + 1
			if isNumber(w(j)) || smallNumbers[w(j)] != "" || w(j) == "few" {
				j++
			}
			if w(j) == "financial" {
				j++
			}
			if timeUnits[w(j)] && (x != "this" || j == i+1) {
				out = append(out, span{toks[i].start, toks[j].end})
				i = j
			}
		case "year", "years", "decade":
			if next := w(i + 1); next == "ago" || next == "earlier" || next == "before" {
				if prev := w(i - 1); prev == "a" || prev == "the" || prev == "one" || isNumber(prev) || smallNumbers[prev] != "" {
					out = append(out, span{toks[i-1].start, toks[i+1].end})
					i++
				}
			}
		}
	}
	return out
}

// hasWord reports a word of the set in a span of the sentence.
func (s *sentence) hasWord(sp span, set map[string]bool) bool {
	for _, t := range s.toks {
		if t.start >= sp.end {
			break
		}
		if t.start >= sp.start && set[t.lower] {
			return true
		}
	}
	return false
}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// attribution finds who a clause attributes its figure to, in the clause
// lower-cased, fig the figure's offset in it. One rule for every lead-in
// of attributionWords: one before the figure runs from its words to the
// last comma or reporting verb (with its "that") before the figure, or, for
// "according to", to the figure when it has neither; one of the others
// with neither is no lead-in ("According to the Health Foundation,",
// "A report by the Brightmind Trust found that", "Figures from NHS England
// show that", "Data from X, published in May, show that"); one after the
// figure (", according to NHS England figures analysed by ...") runs to
// the clause's end. ok is false when there is none. foundThat reads the
// lead-ins naming no attribution word; its comment says how the two
// divide them.
func attribution(lower string, fig int) (a, b int, ok bool) {
	for _, w := range attributionWords {
		i := strings.Index(lower, w)
		if i < 0 || i > 0 && isLetterByte(lower[i-1]) {
			continue
		}
		if fig > i && fig <= len(lower) {
			end := i + len(w)
			for k := end; k < fig; {
				t, next, ok := nextToken(lower[:fig], k)
				if !ok || strings.IndexAny(t.lower, "0123456789") >= 0 {
					break // the lead-in ends before the clause's first figure
				}
				if saidSet[t.lower] || foundWords[t.lower] {
					end = verbThatEnd(lower[:fig], t)
				}
				k = next
			}
			if c := strings.LastIndexByte(lower[:min(fig, firstDigit(lower, end))], ','); c >= end {
				end = c + 1
			}
			if end == i+len(w) {
				if w != "according to" {
					// No reporting verb nor comma: the words name what
					// is counted ("Cases reported by schools rose"), no
					// lead-in.
					continue
				}
				end = min(fig, firstDigit(lower, end))
			}
			return i, end, true
		}
		j := i
		for j > 0 && (lower[j-1] == ' ' || lower[j-1] == ',') {
			j--
		}
		return j, len(lower), true
	}
	return 0, 0, false
}

// verbThatEnd is the end of reporting verb t read in s, with the "that"
// right after it ("found that", "show that"), so a lead-in's end is the
// same whichever rule reads it.
func verbThatEnd(s string, t token) int {
	if n, _, ok := nextToken(s, t.end); ok && n.lower == "that" && strings.TrimSpace(s[t.end:n.start]) == "" {
		return n.end
	}
	return t.end
}

// firstDigit is the offset of the first digit in s from byte i, or
// len(s).
func firstDigit(s string, i int) int {
	if k := strings.IndexAny(s[i:], "0123456789"); k >= 0 {
		return i + k
	}
	return len(s)
}

// foundThat is the end of the words opening a clause with who found its
// figure ("A survey published by NHS England found that", "The Health
// Foundation estimates that"), within 80 bytes and before the figure; the
// clause's start when there are none.
//
// It and attribution both read "A report by X found that" opening a
// clause, to the same end, but neither reads all the other does. Only
// foundThat reads a lead-in naming no attribution word ("Research by X
// found that", "X estimates that"), one with a figure of its own ("A
// report by X on 300 schools found that": attribution stops at the 300),
// and a verb left alone in a clause of its own after a comma the clause
// was cut at ("Figures from X, published in May, show that"). Only
// attribution reads "according to" with no verb, a trailing attribution,
// and verbs of saying that are no finding ("A report by X said that").
// The verb and its "that" are read once, by verbThatEnd.
func (s *sentence) foundThat(cl span, fig int) int {
	for _, t := range s.toks {
		if t.start < cl.start {
			continue
		}
		if t.start >= min(cl.end, fig, cl.start+80) {
			break
		}
		if !foundWords[t.lower] {
			continue
		}
		end := verbThatEnd(s.text[:cl.end], t)
		if end > fig {
			return cl.start
		}
		return end
	}
	return cl.start
}

// foundWords say who found a figure.
var foundWords = setOf(`found finds show shows showed estimates estimated reports reported revealed reveal reveals suggest suggests`)

// trailingCut is where another clause starts after a figure's own: at a
// semicolon, a dash between spaces, or a comma before "(and) this", "that",
// "it", "these", "which", "as" or "so"; -1 when none does.
func trailingCut(s string) int {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ';':
			return i
		case c == ' ' && (strings.HasPrefix(s[i:], " – ") || strings.HasPrefix(s[i:], " — ") || strings.HasPrefix(s[i:], " - ")):
			return i
		case c == ',':
			t, next, ok := nextToken(s, i+1)
			if !ok || strings.TrimSpace(s[i+1:t.start]) != "" {
				continue
			}
			if t.lower == "and" {
				if t, _, ok = nextToken(s, next); !ok {
					continue
				}
			}
			switch t.lower {
			case "this", "that", "it", "these", "which", "as", "so":
				return i
			}
		}
	}
	return -1
}

// hasVerb reports a clause with a verb: words before a figure that are a
// clause of their own, not an opening phrase ("Before housing costs,",
// "In Year 6,").
func hasVerb(s string) bool {
	for i := 0; ; {
		t, next, ok := nextToken(s, i)
		if !ok {
			return false
		}
		if verbs[t.lower] || reportingWords[t.lower] || len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed") {
			return true
		}
		i = next
	}
}

// shareOfBase reports a figure that can be a part of a base: a share or
// a count, not a time or money ("had waited longer than 13 weeks" keeps
// the clause that says what for).
func shareOfBase(f evidence.Figure) bool {
	return f.Unit == evidence.UnitPercent || f.Unit == evidence.UnitCount
}

// appositeShareRe follows a share set beside its base's clause rather than
// opening one: "vaccinated 4,120 pupils ..., 71% of those who were
// eligible".
var appositeShareRe = lazyre.New(`(?i)^\s*of\s+(?:those|them|these|all)\s+(?:who|that)\s+(?:were|was|are|is|had\s+been|have\s+been)\s+[\w-]+\s*[.;)]?\s*$`)

// baseBefore reports a base figure between a clause's start and a position.
func (s *sentence) baseBefore(start, pos int) bool {
	for _, g := range s.in.Figures {
		if g.Role == evidence.RoleBase && g.Offset >= start && g.Offset < pos {
			return true
		}
	}
	return false
}

// periodWords is the span a period takes of a measure's words: the
// period and the words leading into it, back to floor. A sentence's
// measure and a table header's leave out the same words, so that the
// measure of one statistic at two times is one measure.
func periodWords(text string, p found, floor int) (int, int) {
	return leadIn(text, p.start, floor), p.end
}

// leadIn extends a period's or place's span back over the words that
// introduce it: "at the end of", "in", "across", "since", "by", "on".
func leadIn(text string, start, floor int) int {
	i := start
	for {
		j := i
		for j > floor && text[j-1] == ' ' {
			j--
		}
		k := j
		for k > floor && (isLetterByte(text[k-1])) {
			k--
		}
		w := strings.ToLower(text[k:j])
		if k == j || !periodLeadWords[w] {
			return i
		}
		i = k
	}
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// periodLeadWords introduce a period or a place.
var periodLeadWords = setOf(`in at the end start beginning of during for since by on across throughout as until
year calendar financial academic fy than compared with from between and to within over`)

// tidy makes what is left of a clause readable: one space between words,
// no empty brackets or bracketed acronyms ("(MHSTs)"), no joining words
// or punctuation at either end, and a lower-case first letter (unless it
// opens an acronym). It runs for every figure, so it is written by hand.
func tidy(s string) string {
	s = dropMarkers(s)
	if strings.Contains(s, "`") {
		s = dropCode(s)
	}
	if strings.Contains(s, "~~") || strings.Contains(s, "</") {
		s = struckRe.ReplaceAllString(s, " ")
	}
	s = dropBrackets(s)
	s = squeeze(s)
	if strings.ContainsAny(s, "*_") {
		s = dropEmphasisMarks(s)
	}
	for {
		// A backslash at an end is a line's last character a web page
		// showed ("in 2023\"), no word of the measure (hostile check
		// 85, L10).
		t := strings.Trim(s, " ,;:.–—-‘’'\"“”•·*\\")
		t = trimLeadingJunk(t)
		t = trimTrailingJoiners(t)
		if t == s {
			break
		}
		s = t
	}
	if strings.Count(s, "(") != strings.Count(s, ")") {
		s = squeeze(strings.NewReplacer("(", "", ")", "").Replace(s))
	}
	if len(s) > 1 && isUpper(s[0]) && !isUpper(s[1]) {
		s = strings.ToLower(s[:1]) + s[1:]
	}
	// A measure with no word of meaning says nothing.
	for i := 0; ; {
		t, next, ok := nextToken(s, i)
		if !ok {
			return ""
		}
		if !dropFromMeasure(t.lower) || negations[t.lower] {
			return s
		}
		i = next
	}
}

// dropBrackets removes brackets left empty (of their figure or citation)
// and brackets holding an acronym of the words before them, but for a
// note of how people are counted, "Staff (FTE)", "(WTE)" (WorkforceNote):
// whole-time equivalents are no headcount, and the measure says which
// (hostile check 63).
func dropBrackets(s string) string {
	if !strings.Contains(s, "(") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '(' {
			if j := strings.IndexByte(s[i:], ')'); j > 0 {
				inner := strings.TrimSpace(s[i+1 : i+j])
				if strings.Trim(inner, " ,;.:") == "" || isAcronym(inner) && !workforceNoteRe.Get().MatchString(s[i:i+j+1]) || bareValue(inner) {
					i += j
					continue
				}
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// WorkforceNote is a bracketed note saying how people are counted, as a
// pattern with no group: "(FTE)", "(WTE)", "(headcount)", "(whole-time
// equivalent)". One pattern for the measure, which keeps it, and the
// label lines that count staff with it.
const WorkforceNote = `(?i:\((?:FTE|WTE|headcount|(?:whole|full)[- ]time\s+equivalents?)\))`

// workforceNoteRe is WorkforceNote alone.
var workforceNoteRe = lazyre.New(`^` + WorkforceNote + `$`)

// bareValue reports a value alone in brackets ("1,800", "43%", "£2.1m"):
// an earlier value set beside a figure ("2,000 children (1,800)"), which
// says nothing of what is measured.
func bareValue(w string) bool {
	w = strings.TrimPrefix(w, "£")
	w = strings.TrimRight(w, "%mk")
	if w == "" || !isDigit(w[0]) || !isDigit(w[len(w)-1]) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) && w[i] != ',' && w[i] != '.' {
			return false
		}
	}
	return true
}

// isAcronym reports a short word in capitals, perhaps plural: "MHSTs".
func isAcronym(w string) bool {
	w = strings.TrimSuffix(w, "s")
	if len(w) < 2 || len(w) > 8 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isUpper(w[i]) && w[i] != '&' {
			return false
		}
	}
	return true
}

// squeeze puts one space between words and none before punctuation. Every
// white space is a space here (unicode.IsSpace: a no-break space U+00A0, a
// thin or narrow one U+2009, U+202F), so no label starts or ends with one:
// the one rule that trims measure and group labels. Quotes keep theirs.
func squeeze(s string) string {
	var b strings.Builder
	b.Grow(len(s)) // at most s: grown by doubling, records kept twice their size
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			space = b.Len() > 0
			continue
		}
		if c >= utf8.RuneSelf {
			if r, n := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
				space = b.Len() > 0
				i += n - 1
				continue
			}
		}
		if space && !strings.ContainsRune(",;:.)", rune(c)) {
			b.WriteByte(' ')
		}
		space = false
		b.WriteByte(c)
	}
	return b.String()
}

// leadingJunk are the words that join a clause to others: read off the
// front of a measure. "Unlike" and "As in" are left of a place compared
// with ("Unlike Sussex ICB, Kent and Medway ICB had"), as "compared with"
// is, so the key is the plain sentence's (hostile check 55).
var leadingJunk = [][]string{{"in", "total"}, {"in", "addition"}, {"of", "those"}, {"of", "these"}, {"of", "them"},
	{"of", "whom"}, {"a", "further"}, {"the", "remaining"}, {"compared", "with"}, {"compared", "to"}, {"more", "than"},
	{"fewer", "than"}, {"less", "than"}, {"and"}, {"but"}, {"while"}, {"whereas"}, {"although"}, {"however"},
	{"overall"}, {"likewise"}, {"again"}, {"also"}, {"meanwhile"}, {"similarly"}, {"additionally"}, {"furthermore"},
	{"moreover"}, {"further"}, {"previously"}, {"formerly"}, {"remaining"}, {"against"}, {"versus"}, {"unlike"}, {"as", "in"}, {"as", "with"}, {"with"}, {"so"}, {"yet"}, {"still"},
	{"only"}, {"just"}, {"some"}, {"nearly"}, {"almost"}, {"around"}, {"about"}, {"over"}, {"under"}, {"the"}}

// trimLeadingJunk drops joining words and punctuation from the front.
func trimLeadingJunk(s string) string {
	for {
		t := strings.TrimLeft(s, " ,;:–—-")
		var buf [2]token
		toks := buf[:0]
		for i, k := 0, 0; k < 2; k++ {
			tok, next, ok := nextToken(t, i)
			if !ok {
				break
			}
			toks = append(toks, tok)
			i = next
		}
		cut := 0
		for _, seq := range leadingJunk {
			if len(toks) < len(seq) || toks[0].start != 0 {
				continue
			}
			ok := true
			for k, w := range seq {
				if toks[k].lower != w {
					ok = false
					break
				}
			}
			// a word joined to the next by punctuation is not a lone joiner
			if ok && (toks[len(seq)-1].end == len(t) || !isWordContinuation(t[toks[len(seq)-1].end])) {
				cut = toks[len(seq)-1].end
				break
			}
		}
		if cut == 0 {
			return t
		}
		s = t[cut:]
	}
}

// isWordContinuation reports a byte that would join a word to more.
func isWordContinuation(c byte) bool { return c == '-' || c == '\'' }

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// trimTrailingJoiners drops words at the end that join the phrase to
// something no longer there: "... rose from", "... compared with the".
func trimTrailingJoiners(s string) string {
	for {
		t := strings.TrimRight(s, " ,;:–—-(")
		if m := sameTailRe.FindStringIndex(t); m != nil {
			// "were seen within 18 weeks, the same (as in 2022)": the
			// likeness to another year, no word of what is measured
			// (hostile check 66).
			t = t[:m[0]]
		}
		i := strings.LastIndexByte(t, ' ')
		last := strings.ToLower(t[i+1:])
		if i < 0 || !trailingJoiners[last] {
			return t
		}
		s = t[:i]
	}
}

// sameTailRe ends a measure with a likeness to a time left out of it:
// ", the same", ", much the same", ", unchanged".
var sameTailRe = lazyre.New(`(?i),\s+(?:(?:about|roughly|much|exactly|broadly|largely)\s+)?(?:the\s+same|unchanged|similar)$`)

var trailingJoiners = setOf(`and or of in on at to for from with by than the a an as while whereas but which who
that compared against versus around about nearly almost over under just only up down since between reaching into
its their our its respectively`)

// period is when figure i holds: a period written just after it ("12.5%
// in 2017"), else one in its clause, else the one the sentence names, the
// section heading names or the source's note names. A clause dated from
// when it was written ("last year") takes none from elsewhere.
func (s *sentence) period(i int) string {
	f := s.in.Figures[i]
	cl := s.clauses[i]
	end := f.Offset + len(f.Text)
	attachedTo := s.attached
	if p, ok := attachedTo[i]; ok {
		return p.Text
	}
	if j := s.ownGroupCount(i); j >= 0 {
		// "52% of 1,000 children in 2022": the group's year is the
		// share's (hostile check 60: it was left undated).
		if p, ok := attachedTo[j]; ok {
			return p.Text
		}
	}
	if s.earlierOpened(i) {
		// "(up from 58%)", "(previously 58%)", ", down from 1,150": an
		// earlier value is of no time the sentence names for its level;
		// of the year before it only where a relative time right after
		// it says so ("up from 55% last year"), else of none. Its own
		// year, "(was 58% in 2022)", is attached above. Before (hostile
		// check 65), a value in brackets took the level's 2024, a value
		// for 2024 another source's could be said to disagree with.
		for _, m := range s.relTimes {
			if m.start >= end && betweenValueAndTimeRe.MatchString(s.text[end:m.start]) {
				return s.yearBefore(i, m)
			}
		}
		return ""
	}
	change := f.Role == evidence.RoleChange
	var inClause []found
	for k, p := range s.periods {
		if p.start < cl.start || p.start >= cl.end || p.compared || s.owner(attachedTo, k) >= 0 || s.comparatorLabel(p.start) || s.inPlanAfter(i, p.start) {
			continue
		}
		if p.since && !change {
			continue // "since 2015" dates a change, not a level
		}
		inClause = append(inClause, p)
	}
	if len(inClause) > 0 {
		best := inClause[0]
		for _, p := range inClause {
			if p.start >= end {
				best = p
				break
			}
		}
		return best.Text
	}
	for _, m := range s.relTimes {
		if cl.has(m.start) {
			// "up 2 on the year before": what a change is compared with,
			// not when it holds (hostile check 60: the change was dated
			// the year before the sentence's).
			if change && comparedTimeBeforeRe.MatchString(s.text[max(0, m.start-24):m.start]) {
				continue
			}
			return s.yearBefore(i, m)
		}
	}
	var free []string
	for k, p := range s.periods {
		if p.compared || p.since || s.owner(attachedTo, k) >= 0 || s.inOtherClause(i, p.start) || s.comparatorLabel(p.start) || s.inPlanAfter(i, p.start) {
			continue
		}
		free = appendNew(free, p.Text)
	}
	if len(free) == 1 {
		return free[0]
	}
	if len(free) > 1 || len(s.periods) > 0 && change || f.Aim {
		// An aim's time is the one its sentence names, never when the
		// section or the source was written: "The ICB expects to
		// commission 300 places" in a 2024 report is no level of 2024
		// (hostile check 65).
		return ""
	}
	if p := s.d.context(s.in.Section).period; p != "" && !s.datesOtherClause(i) {
		return p
	}
	if s.in.Cites == "" && f.Role != evidence.RoleChange && !s.d.context(s.in.Section).aboutTheBody() {
		return s.d.context(s.in.Note).period
	}
	return ""
}

// aboutTheBodyRe is a section that says who a body is ("About us",
// "About the National Children's Bureau"), not what the report found:
// not "About this report", "About the survey" or "About the data", which
// describe the study.
// "Who we are", "Our work", "Our impact", "Notes to editors", "About
// Example Health Trust" and "Background" are such sections too (before,
// hostile check 100, their figures took the note's survey period, place
// and base: "We employ 350 staff" of March 2024, England).
var aboutTheBodyRe = lazyre.New(`(?i)^(?:about\s+(?:us\b|the\s+(?:(?:authors?|partners?|charity|organisations?)\b|` + properName + `)|` + properName + `)|who\s+we\s+are\b|what\s+we\s+do\b|our\s+(?:work|impact|history|story|mission)\s*$|notes?\s+(?:to|for)\s+editors\b|background\s*$)`)

// properName is a body's name to the end of a heading: each word
// capitalised (case-sensitive inside aboutTheBodyRe's (?i)) but the small
// words joining them and its initials in brackets, "Example Health
// Trust", "the National Children's Bureau", "the ... Group (HPIG)". Read in any case, it took a topic, "About waiting times", for
// a body, and its figures lost the note's place and base.
const properName = `(?-i:\p{Lu})[\w'’&-]*(?:\s+(?:(?-i:\p{Lu})[\w'’&()-]*|\((?-i:\p{Lu})[\w'’&-]*\)|of|for|and|the|in|on|&)){0,8}\s*$`

// aboutTheStudyRe is what an "About the ..." section names when it
// describes the study itself.
var aboutTheStudyRe = lazyre.New(`(?i)^about\s+(?:(?:this|these)\b|(?:the\s+|our\s+)?(?:survey|study|report|review|research|data|analysis|audit|methods?|methodology|findings|sample|evidence|figures|statistics))\b`)

// aboutTheBody reports a section heading that introduces a body (its
// history, its members): the source's note describes its study, so the
// note's period dates none of that section's figures. Before (hostile
// check 90, A2), "For 60 years, the National Children's Bureau has worked
// ..." under "About the National Children's Bureau" was dated "September
// 2023", the month the note's review of plans ended.
func aboutTheBody(section string) bool {
	section = strings.TrimSpace(section)
	return aboutTheBodyRe.MatchString(section) && !aboutTheStudyRe.MatchString(section)
}

// yearBefore is the period of a figure whose clause says it is of "a
// year earlier" (relative time m): the year before the one period the
// sentence names, "2023" in "In 2024, 12,400 children were waiting, up
// from 11,020 a year earlier"; else none. Other relative times ("last
// year", "two years ago") date from when the text was written, which
// the sentence does not say.
func (s *sentence) yearBefore(i int, m span) string {
	rel := s.text[m.start:m.end]
	back := 1
	if e := yearsEarlierRe.FindStringSubmatch(rel); e != nil {
		// "up from 58% two years earlier": the sentence's year less two
		// (hostile check 66: it was undated).
		back, _ = strconv.Atoi(e[1])
		if n := smallNumbers[strings.ToLower(e[1])]; n != "" {
			back, _ = strconv.Atoi(n)
		}
	} else if !yearEarlierRe.MatchString(rel) && !(priorYearRe.MatchString(rel) && s.comparedValue(i, m)) {
		return ""
	}
	var named []string
	for _, p := range s.periods {
		if !p.compared && !p.since {
			named = appendNew(named, p.Text)
		}
	}
	if j := s.earlierListedBefore(i); j >= 0 && (yearEarlierRe.MatchString(rel) || priorYearRe.MatchString(rel)) {
		// "up from 58% last year and 52% the year before": the year
		// before the earlier value listed before it, not the level's.
		named = nil
		if p := s.period(j); p != "" {
			named = []string{p}
		}
	}
	if len(named) != 1 || back < 1 || back > 20 {
		return ""
	}
	t := named[0]
	for ; back > 0 && t != ""; back-- {
		t = shiftYear(t)
	}
	return t
}

// yearsEarlierRe is a relative time some years before the sentence's
// period: "two years earlier", "3 years before".
var yearsEarlierRe = lazyre.New(`(?i)^(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\s+(?:earlier|before)$`)

// comparedTimeBeforeRe ends with the words that make a relative time
// after them the one a change is compared with: "on the", "from the",
// "compared with the".
var comparedTimeBeforeRe = lazyre.New(`(?i)\b(?:on|from|compared\s+(?:with|to)|against|than|over)\s+(?:the\s+)?$`)

// yearEarlierRe is a relative time a year before the sentence's period.
var yearEarlierRe = lazyre.New(`(?i)^(?:a|one|the)\s+year\s+(?:earlier|before)$`)

// priorYearRe is "last year" or "previous year" (the span of "the
// previous year" starts at "previous"). "last year" dates from when the
// text was written, and "up 20.8% on the previous year" dates a change;
// set right after an earlier value ("compared with 52% last year", "52%
// the previous year") either is the year before the one the sentence
// names.
var priorYearRe = lazyre.New(`(?i)^(?:last|previous|preceding|prior)\s+(?:financial\s+)?year$`)

// comparedValue reports figure i as an earlier value that relative time
// m follows: "compared with 52% last year", "up from 38% the previous
// year".
func (s *sentence) comparedValue(i int, m span) bool {
	f := s.in.Figures[i]
	end := f.Offset + len(f.Text)
	if m.start < end || !betweenValueAndTimeRe.MatchString(s.text[end:m.start]) {
		return false
	}
	lead := strings.ToLower(s.text[max(0, f.Offset-24):f.Offset])
	return comparedLeadRe.MatchString(lead)
}

// betweenValueAndTimeRe is what may stand between an earlier value and
// its relative time: " ", " the ", " in the ".
var betweenValueAndTimeRe = lazyre.New(`(?i)^\s*(?:(?:in|during|for)\s+)?(?:the\s+)?$`)

// earlierOpened reports figure i written as the earlier value of the
// level before it, whenever that was: after "up from", "down from",
// "previously" or "formerly", or "was" or "were" opening brackets,
// "(was 58% in 2022)". The first end of "down from 18 weeks to 12 weeks"
// is not: a change's ends are dated by the span it is over
// (fromToPeriods).
func (s *sentence) earlierOpened(i int) bool {
	f := s.in.Figures[i]
	if f.Role == evidence.RoleChange || !earlierLeadRe.MatchString(s.text[max(0, f.Offset-32):f.Offset]) {
		return false
	}
	end := f.Offset + len(f.Text)
	next := len(s.text)
	for _, g := range s.in.Figures {
		if g.Offset >= end && g.Offset < next {
			next = g.Offset
		}
	}
	return next == len(s.text) || !toGapRe.MatchString(s.text[end:next])
}

// earlierLeadRe ends with the words that make the value after them the
// earlier value of a level (earlierOpened).
// "Having previously been", "an increase from", "a fall from" say so too
// (hostile check 66: the 58% of ", having previously been 58%" measured
// "having previously been", keyed apart, and the level had no change).
var earlierLeadRe = lazyre.New(`(?i)(?:\b(?:up|down)\s+from|\b(?:an?\s+)?(?:increase|rise|decrease|fall|drop|improvement|reduction|decline)\s+from|(?:\bhaving\s+)?\b(?:previously|formerly)(?:\s+(?:been|was|were|stood\s+at|at))?|\(\s*(?:was|were))\s+(?:around\s+|about\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?$`)

// earlierOccasionRe is the occasion an earlier value held at, named
// right after it (a year before it is left out as periods are): "before
// the pandemic", "pre-pandemic", "at the start of the programme", "at
// baseline", "when the service began".
var earlierOccasionRe = lazyre.New(`(?i)^,?\s*(?:(?:in|during)\s+[^\s,]+,?\s+)?(?:before\s+the\s+(?:covid(?:-19)?\s+)?(?:pandemic|lockdowns?)|before\s+covid(?:-19)?|pre-(?:pandemic|covid(?:-19)?)|at\s+the\s+(?:start|beginning|outset|launch)\s+of\s+the\s+(?:[a-z-]+\s+){0,2}?(?:programme|program|project|pilot|scheme|service|period|year|contract|strategy|plan|partnership|review)|at\s+baseline|when\s+the\s+(?:[a-z-]+\s+){0,2}?(?:began|started|opened|launched))\b`)

// comparedLeadRe ends with the words that make the value after them an
// earlier one: "compared with", "up from", "against", "trailing"
// (comparingVerbs); "compared with an average of" too, its place after
// the value (hostile check 67: "an average of 71% across England" was
// keyed as Kent's).
var comparedLeadRe = lazyre.New(`(?:compared\s+(?:with|to)|(?:up|down|rose|fell|increased|decreased|risen|fallen)\s+from|\bfrom|against|than|versus|vs\.?|` + comparingVerbs + `)\s+(?:(?:an?|the)\s+(?:average|mean|median)\s+of\s+)?(?:around\s+|about\s+|nearly\s+|almost\s+)?$`)

// shiftYear is period text a year earlier ("March 2024" → "March 2023",
// "2023/24" → "2022/23"), or "" when the shifted text is not the same
// months a year before.
func shiftYear(text string) string {
	p := ParsePeriod(text)
	if p.IsZero() || p.Open {
		return ""
	}
	t := yearInPeriodRe.ReplaceAllStringFunc(text, func(y string) string {
		if short, ok := strings.CutPrefix(y, "/"); ok {
			n, _ := strconv.Atoi(short)
			return fmt.Sprintf("/%02d", (n+99)%100)
		}
		n, _ := strconv.Atoi(y)
		return strconv.Itoa(n - 1)
	})
	if q := ParsePeriod(t); q.IsZero() || q.Open || q.From != p.From-12 || q.To != p.To-12 {
		return ""
	}
	return t
}

// yearInPeriodRe is a year in a period's text, and the two digits of a
// financial year's second ("2023/24").
var yearInPeriodRe = lazyre.New(`\b(?:19|20)\d{2}\b|/\d{2}\b`)

// inPlanAfter reports pos in a plan's clause after figure i's: "Having
// recruited 15 health visitors, the trust plans to recruit 20 more by
// 2025" dates the plan, never the 15 (hostile check 64), and so do "The
// service has 30 staff and hopes to have more by 2025", "…, but aims to
// reach 40 by 2026" and "…; it expects to grow by 2027": the year a plan
// is for never dates what exists now (hostile check 65). A plan is any
// clause between figure i's and pos that says what is meant to be
// (planAheadRe).
//
// So is a target or a recommendation the figure is set against within
// its clause: "88% were seen within 18 weeks, against a target of 92% by
// 2026", "one nurse for every 2,600 pupils, against a target of one for
// every 2,000 by 2026" (hostile check 65: the level was dated 2026).
func (s *sentence) inPlanAfter(i, pos int) bool {
	cl := s.clauses[i]
	if f := s.in.Figures[i]; pos < cl.end {
		end := f.Offset + len(f.Text)
		return pos > end && aimComparedRe.MatchString(s.text[end:pos])
	}
	if m := planClauseRe.FindStringIndex(s.text[cl.end:]); m != nil && m[0] == 0 {
		return true
	}
	return planAheadRe.MatchString(s.text[cl.end:pos])
}

// aimComparedRe is a figure set against a target, a plan or a
// recommendation: "…, against a target of", "short of the 92% target",
// "compared with the recommended", "below the national standard of".
var aimComparedRe = lazyre.New(`(?i)\b(?:against|compared\s+(?:with|to)|versus|vs\.?|short\s+of|below|above|than)\s+(?:[\w'’%.,£/-]+\s+){0,5}?(?:targets?|ambitions?|goals?|trajector(?:y|ies)|recommend\w*|pledge[sd]?|plans?|planned|aims?|standards?|expectations?|expected)\b`)

// planAheadRe is a word saying that what follows is meant, hoped or
// expected to be, not what is: "hopes to", "plans to", "aims to",
// "expects to", "is due to", "will", "intends to".
var planAheadRe = lazyre.New(`(?i)\b(?:(?:plans?|planning|aims?|aiming|intends?|intending|hopes?|hoping|expects?|expecting|wants?|wanting|(?:is|are)\s+(?:due|set|expected|planned|going))\s+to|will|shall|would|(?:the\s+)?(?:plan|aim|ambition|intention|target|goal)\s+is)\b`)

// inOtherClause reports a position in the clause of a measured figure
// other than i.
func (s *sentence) inOtherClause(i, pos int) bool {
	for j, c := range s.clauses {
		if j != i && s.in.Figures[j].Role != evidence.RoleBase && c.has(pos) && !s.clauses[i].has(pos) {
			return true
		}
	}
	return false
}

// attachments maps figures to the period written just after them:
// "12.5% in 2017", "one in eight (2017)", "£38.4m in 2023/24".
func (s *sentence) attachments() map[int]found {
	out := map[int]found{}
	for i, f := range s.in.Figures {
		end := f.Offset + len(f.Text)
		for _, p := range s.periods {
			if p.start < end || p.start-end > 24 || p.since || s.comparatorLabel(p.start) && s.labelled(p) < 0 {
				continue
			}
			gap := strings.ToLower(s.text[end:p.start])
			if attachedGapRe.MatchString(gap) && s.labelled(p) < 0 {
				out[i] = p
				if g := s.in.Figures; f.Role == evidence.RoleBase && i > 0 && g[i-1].Unit == evidence.UnitCount && g[i-1].Offset+len(g[i-1].Text) <= f.Offset &&
					countOfOwnBaseRe.MatchString(s.text[g[i-1].Offset+len(g[i-1].Text):f.Offset]) {
					// "compared with 10 of 18 in 2022": the time is the
					// count's, of its base (hostile check 68: undated).
					out[i-1] = p
				}
			}
			break
		}
	}
	for _, p := range s.periods {
		if j := s.labelled(p); j >= 0 {
			out[j] = p
		}
		if j := s.opensValue(p); j >= 0 {
			out[j] = p
		}
	}
	return out
}

// openedValueRe is what stands before a period that opens the value
// after it within a sentence, "and in " of "In 2022, 40% and in 2023,
// 35%"; openedGapRe is what stands between that period and its value.
var (
	openedValueRe = lazyre.New(`(?i)(?:\band|[,;])\s+in\s+$`)
	openedGapRe   = lazyre.New(`^\s*,\s*$`)
)

// opensValue is the figure a period written within a sentence opens,
// "in 2023, 35%" after another value, or -1: that value's period, never
// the value's before it (hostile check 64: "In 2022, 40% and in 2023,
// 35%" dated the 40% 2023 and the 35% none).
func (s *sentence) opensValue(p found) int {
	if !openedValueRe.MatchString(s.text[:p.start]) {
		return -1
	}
	for j, f := range s.in.Figures {
		if f.Offset >= p.end && openedGapRe.MatchString(s.text[p.end:f.Offset]) {
			return j
		}
	}
	return -1
}

// labelled is the figure a period labels as a comparison written after
// a figure, "2,000 (2023: 1,800)": the figure just after its colon, or
// -1. Read as the period after the 2,000, 2023 made it 2023's, and the
// 1,800 took the sentence's 2024.
func (s *sentence) labelled(p found) int {
	m := periodLabelRe.FindStringIndex(s.text[p.end:])
	if m == nil || p.start == 0 || !strings.HasSuffix(strings.TrimRight(s.text[:p.start], " "), "(") && !changeOnLabelRe.MatchString(s.text[:p.start]) {
		return -1
	}
	at := p.end + m[1]
	for j, f := range s.in.Figures {
		if f.Offset == at || f.Offset < at && f.Offset+len(f.Text) > at && strings.TrimSpace(s.text[f.Offset:at]) == "£" {
			return j
		}
	}
	return -1
}

// changeOnLabelRe opens a bracket with a change on the time that labels
// the value after it: "(up 4% on " of "(up 4% on 2022: 2,020)", whose
// 2,020 is of 2022 (hostile check 65: it was of the level's 2024).
var changeOnLabelRe = lazyre.New(`(?i)\(\s*` + changeOnLead + `$`)

// changeOnLead is a change and what it is on, opening a bracket: "up 4%
// on ", "down 120 from ", "+3pp compared with ".
const changeOnLead = `(?:up|down|\+|-|−)\s*[\d.,]+(?:\s?%|\s?pp|\s+per\s*cent|\s+(?:percentage\s+)?points?)?\s+(?:on|from|since|compared\s+(?:with|to)|against)\s+`

// periodLabelRe is the colon after a period labelling the figure after it.
var periodLabelRe = lazyre.New(`^\s*:\s*`)

var attachedGapRe = lazyre.New(`^\s*(?:\(|,\s*)?\s*(?:in|during|for|at\s+the\s+end\s+of|by|as\s+of|as\s+at)?\s*(?:the\s+(?:financial|calendar|academic)\s+year\s+)?$`)

// owner is the figure period k is attached to, or -1. A threshold
// ("waited over 18 weeks in 2023/24") owns no period: it is part of what
// the share beside it measures, and the period dates them both.
func (s *sentence) owner(att map[int]found, k int) int {
	for i, p := range att {
		if p.start == s.periods[k].start && !s.threshold(i) {
			return i
		}
	}
	return -1
}

// threshold reports a duration figure that is a bound ("over 18 weeks",
// "more than 52 weeks") beside a figure of another unit.
func (s *sentence) threshold(i int) bool {
	f := s.in.Figures[i]
	if !isDurationUnit(f.Unit) {
		return false
	}
	for j, g := range s.in.Figures {
		// "45% … waited longer than 18 weeks": the share measures the
		// wait, so the wait is a bound, however it is worded.
		if j != i && g.Unit != f.Unit && g.Role != evidence.RoleBase && (f.Qualifier != "" || strings.Contains(g.Measure, f.Text)) {
			return true
		}
	}
	return false
}

func appendNew(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// targetBeforeRe ends with the words that make the period after them a
// target: "to 2030", "by 2025", "until the end of 2030", "towards 2030";
// group 1 is the word before a "to".
var targetBeforeRe = lazyre.New(`(?i)(?:\b(?:by|until|till|towards)|(?:\b([\p{L}\d'’-]+)\s+)?\bto)\s+(?:(?:the\s+)?(?:end|spring|summer|autumn|winter|start)\s+of\s+)?$`)

// targetBefore reports a period the words before make a target ("Our
// plan to 2030", "Priorities by 2025"); not the end of a span of figures
// ("the year to March 2024", "up to 2023", "data to 2024").
func targetBefore(before string) bool {
	m := targetBeforeRe.FindStringSubmatch(before)
	if m == nil {
		return false
	}
	switch strings.ToLower(m[1]) {
	case "year", "years", "month", "months", "quarter", "quarters", "week", "weeks", "up", "data", "figures", "statistics", "period", "ending", "back", "from":
		return false
	}
	return m[1] == "" || m[1][0] < '0' || m[1][0] > '9'
}

// onlyPeriod is the one period a heading or note names, or "".
func onlyPeriod(s string) string {
	var out []string
	for _, p := range findPeriods(s) {
		if targetBefore(s[:p.start]) {
			return "" // "Our plan to 2030": a target, no time the figures under it are of
		}
		if !p.compared && !p.since {
			out = appendNew(out, p.Text)
		}
	}
	if len(out) == 1 {
		return out[0]
	}
	return ""
}

// place is where figure i holds: a place its clause names, else the one
// place the sentence, the section heading or the source's note names.
func (s *sentence) place(i int) string {
	cl := s.clauses[i]
	for k, p := range s.places {
		if cl.has(p.start) && !comparedPlace(s.text, p) && !s.comparatorLabel(p.start) && !s.besideAnother(i, p) && !s.comparedAfter(i, p) {
			if jointPlaces(s.text, s.places[k:]) {
				return ""
			}
			return p.name
		}
	}
	var names []string
	for _, p := range s.places {
		if !comparedPlace(s.text, p) && !laterClausePlace(s.text, p) && !s.comparatorLabel(p.start) && !s.besideAnother(i, p) && !s.placeCompared(p) {
			names = appendNew(names, p.name)
		}
	}
	if len(names) == 1 {
		return names[0]
	}
	if len(names) > 1 {
		return ""
	}
	if p := s.d.context(s.in.Section).place; p != "" {
		return p
	}
	if s.in.Cites == "" && !s.d.context(s.in.Section).aboutTheBody() {
		// A section saying who the body is holds no figure of the
		// note's study, so not of its place either.
		return s.d.context(s.in.Note).place
	}
	return ""
}

// besideAnother reports a place that is another figure's own, set beside
// it: "compared with 900 in the North West" (comparedPlace), no place of
// figure i's.
func (s *sentence) besideAnother(i int, p placeSpan) bool {
	for k, name := range s.besidePlaces {
		if k != i && name == p.name {
			return true
		}
	}
	return false
}

// laterClausePlaceRe ends the words before a place a clause after a
// semicolon opens with: "; in the North West, 1,200", or a label pair's
// place, "; Wales: 1,200" (hostile check 64: "Budget (£000s): 4,500;
// Wales: 1,200" gave the total Wales); or a clause after ", and in ":
// "; in Medway, 1,200, and in England as a whole, 95,000" (hostile check
// 66: Kent's 1,400 and Medway's 1,200 were placed in England).
// "; across the South East, 69%" and "; the comparable figure for
// England was 22%" too (hostile check 67: the first clause's value was
// placed in the South East or in England).
var laterClausePlaceRe = lazyre.New(`(?:;\s+(?:and\s+)?|,\s+and\s+in\s+)(?:` + clausePlaceLead + `)?(?:the\s+)?$|;\s+the\s+` + figureNoun + `\s+(?:in|for)\s+(?:the\s+)?$`)

// laterClausePlace reports a place a clause after a semicolon opens with:
// its clause's, never the sentence's one place for a figure of another
// clause. Before (hostile check 63), "In Kent, spending (£000s) was 4,500
// in 2023; in the North West, 1,200." gave Kent's £4.5m the North West.
func laterClausePlace(text string, p placeSpan) bool {
	return laterClausePlaceRe.MatchString(text[:p.start])
}

// jointPlaces reports a first place of places named jointly with the
// next ("In Kent and Medway ICB and Sussex ICB, 1,600 children", "Both
// X and Y had"): the figure is of both together, no single place's.
// Before (hostile check 55) it was credited to the first.
func jointPlaces(text string, places []placeSpan) bool {
	if len(places) < 2 || places[1].name == places[0].name || places[1].start < places[0].end {
		return false
	}
	switch strings.TrimSpace(text[places[0].end:places[1].start]) {
	case "and", ",", "&", "and the", ", and", "and NHS", ", and the":
		return true
	}
	return false
}

// comparedBeforePlaceRe ends the words that set a place beside the one
// a figure is of: "Compared with Sussex ICB, Kent and Medway ICB had",
// "Unlike London,", "As in the North West,".
var comparedBeforePlaceRe = lazyre.New(`(?i)(?:^|[\s,;(])(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|relative\s+to|unlike|like|than(?:\s+(?:in|for|across))?|as\s+(?:in|with|for|across)|versus|vs\.?)\s+(?:the\s+)?(?:NHS\s+)?$`)

// comparedPlace reports a place the sentence names only to compare with:
// its figure is of the subject's place, never of the place in "Compared
// with X,", "Unlike X," or "As in X,". Before (hostile check 55) the
// first place named was the figure's: "Compared with Sussex ICB, Kent
// and Medway ICB had 900 children waiting" was of Sussex ICB.
func comparedPlace(text string, p placeSpan) bool {
	return comparedBeforePlaceRe.MatchString(text[:p.start])
}

func onlyPlace(s string) string {
	var names []string
	for _, p := range findPlaces(s) {
		if listedWithName(s, p) {
			return "" // "Vaccine uptake, Kent and England": two places, neither alone
		}
		names = appendNew(names, p.name)
	}
	if len(names) == 1 {
		return names[0]
	}
	return ""
}

// noteBaseRe reads the base a note gives: "Survey of 134 trust leaders",
// "a review of 31 ICP strategies and 31 ICB Joint Forward Plans", "134
// respondents from 95 trusts", "n=1,204".
var noteBaseRe = lazyre.New(`(?i)(?:\b(?:survey|surveyed|poll|polled|review|reviewed|analysis|analysed|audit|sample|census|study|consultation|interviews?|questionnaire|responses?)\s+(?:of|from|with)\s+)((?:more than\s+|over\s+|around\s+|about\s+)?\d[\d,]*\s+[^,.;()]*?)(?:\s+(?:published|conducted|carried|between|during|from|in|across|on)\b|[,.;()]|$)|\b([\d,]+\s+(?:respondents|responses|participants)(?:\s+from\s+[\d,]+\s+\w+)?)|\b([nN]\s?=\s?[\d,]+)`)

// base is the n figure i is of: the base the sentence states ("our survey
// of 1,127 members"), else the note's, for a share of the source's own
// group (respondents, or a group the note counts).
func (s *sentence) base(i int) string {
	f := s.in.Figures[i]
	if f.Role == evidence.RoleChange || f.Unit != evidence.UnitPercent && !(f.Unit == evidence.UnitCount && f.Role == evidence.RoleHeadline) {
		return ""
	}
	if k := s.statedBase(i); k >= 0 {
		g := s.in.Figures[k]
		if strings.ContainsAny(g.Text, "=") {
			return strings.TrimSpace(g.Text)
		}
		if l := s.sampleLabel(k); l != "" {
			return l
		}
		if s.ofSubgroup(k, i) {
			return ""
		}
		return s.baseText(g)
	}
	if s.in.Cites != "" || s.in.Note == "" || s.d.context(s.in.Section).aboutTheBody() {
		// "About us": the body's own figures have no survey's base.
		return ""
	}
	// The note's sample gave the note's period: a figure of another year
	// ("9.7% in 1999" in a report on 2017) came from another sample.
	note := s.d.context(s.in.Note)
	if note.period != "" && f.Period != "" && note.period != f.Period {
		return ""
	}
	b := note.noteBase()
	if b == "" {
		return ""
	}
	// The note's base is of the source's own group: its respondents, or
	// the things it counts ("31 ICP strategies" for "61% of strategies").
	var k Key
	s.d.scratch, k = keyOf(evidence.Figure{Record: evidence.Record{Population: f.Population, Measure: "x"}}, nil, s.d.scratch)
	s.d.scratch = tokenizeInto(s.d.scratch[:0], b)
	if len(k.Pop) == 0 || overlap(k.Pop, uniqueSorted(s.v.terms(s.d.scratch, dropFromPopulation))) > 0 {
		return b
	}
	return ""
}

// baseText is a base figure with the noun it counts: "1,127 members",
// "412 young people".
func (s *sentence) baseText(g evidence.Figure) string {
	t := strings.TrimSpace(g.Text)
	if toks := tokenize(t); len(toks) > 1 && !isNumber(toks[len(toks)-1].lower) {
		return t
	}
	if n := s.nounPhrase(g.Offset+len(g.Text), len(s.text), 5, false).text(s.text); n != "" {
		return t + " " + n
	}
	if subject, _ := LevelSubject(s.text[:g.Offset]); subject != "" {
		return t + " " + subject
	}
	return t
}

// NoteBase reads the base a source's note gives, or "".
func NoteBase(note string) string {
	if strings.IndexAny(note, "0123456789") < 0 {
		return ""
	}
	m := noteBaseRe.FindStringSubmatch(note)
	if m == nil {
		return ""
	}
	for _, g := range m[1:] {
		if g = strings.TrimSpace(g); g != "" {
			return g
		}
	}
	return ""
}

// dropEmphasisMarks takes out Markdown's emphasis marks at the edges of
// words: the "*" or "_" that opened a figure ("We saw *640* children"),
// left in the sentence when the figure is taken out of it, is no word of
// what is measured, and "*18 weeks*" cut at its figure left "more than
// *18 weeks for …" in the measure's words. Marks inside a word
// ("snake_case") stay.
func dropEmphasisMarks(s string) string {
	ws := strings.Fields(s)
	out := ws[:0]
	for _, w := range ws {
		if w = strings.Trim(w, "*_"); w != "" {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// codeNumberRe is a code span holding a number, "`limit = 7%`".
var codeNumberRe = lazyre.New("`[^`\n]{0,200}?[0-9][^`\n]{0,200}?`")

// dropCode takes a code span's backticks out of a measure's words, and a
// code span holding a number whole: the extractor keeps the backticks so
// that no figure is read inside one, and a setting's "limit = 7%" is no
// word of what a figure beside it measures (hostile check 84b, F11).
func dropCode(s string) string {
	s = codeNumberRe.ReplaceAllString(s, " ")
	return strings.ReplaceAll(s, "`", "")
}

// struckRe is struck-out text, "~~25%~~", "<del>30%</del>", "<s>…</s>":
// what a source withdrew is shown as written, and is no word of what a
// figure measures (hostile check 84b, F7 and F10: "~~25%~~ were waiting"
// was a measure, and "community ~~paediatrics~~" a figures heading).
var struckRe = lazyre.New(`~~[^~\n]{1,240}~~|(?i:<(?:del|s|strike)(?:\s[^<>]{0,200})?>[^<]{0,240}</(?:del|s|strike)\s*>)`)

// isDurationUnit reports a unit of time.
func isDurationUnit(u evidence.Unit) bool {
	return u == evidence.UnitWeeks || u == evidence.UnitMonths || u == evidence.UnitYears
}
