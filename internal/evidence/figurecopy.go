package evidence

import (
	"strings"
	"unicode"

	"github.com/cypx/cypx/internal/lazyre"
)

// A figure cited by itself (cypx cite --format figure, the explorer's
// figure copy, a pack's table of figures) is said by the functions of this
// file, which every one of those paths calls: FigureCopy is what is
// pasted, FigureMeasure what the figure measures, and Item.ForFigure the
// item it is cited as. A bare number pasted alone says nothing: "300
// (Acme Trust, 2024)" for one of four quarters' referrals, "120
// (Eastmarsh …, p. 2)" for one cell of a table, and a table of figures
// whose "What it measures" was the escaped row, "\| Kent \| 2,800 \|".

// tableCaptionRe is a table's caption: "Table 1: Spending on ...", "Table
// 2.3 – Waits by region", "Figure 4. Referrals".
var tableCaptionRe = lazyre.New(`^(?:Table|Figure|Chart|Graph|Exhibit)\s+[A-Z]?\d{1,3}[a-z]?(?:\.\d{1,2})?\s*[:.–—-]\s`)

// TableCaption reports whether a line is a table's (or chart's) caption,
// "Table 2: Spend by district, 2024": the extractor reads its unit, and a
// table cell's figure copied alone names it.
func TableCaption(s string) bool { return tableCaptionRe.MatchString(s) }

// headerUnitRe is a header's unit in brackets at its end, "Spend (£m)",
// "Share (%)", "Median wait (weeks)": the copied figure states it
// (Figure.Copied), so the label leaves it out.
var headerUnitRe = lazyre.New(`(?i)\s*\(\s*(?:%|£\s*(?:m|bn|k|000s?|'000s?|thousands?|millions?|billions?)?|per ?cent|days|weeks|months|years|n|no\.|number)\s*\)$`)

// headerNoteRe is a footnote marker in a header cell: "Waiting list[^3]",
// "Referrals¹", "Referrals†".
var headerNoteRe = lazyre.New(`\[\^[^\]]*\]|[¹²³⁴⁵⁶⁷⁸⁹⁰†‡§*]+$`)

// rowCells are the cells of a Markdown table row, "| Kent | 2,800 | 140 |",
// each with the byte offset its text starts at; an escaped pipe ("\|")
// is text. ok is false when the text is no table row.
func rowCells(row string) (cells []string, starts []int, ok bool) {
	t := strings.TrimRight(row, " \t")
	// Counted on t: a row of spaces alone leaves t empty, and its
	// spaces counted on row cut t past its end (found by FuzzRenderers).
	lead := len(t) - len(strings.TrimLeft(t, " \t"))
	if !strings.HasPrefix(t[lead:], "|") || strings.ContainsAny(t, "\n\r") {
		return nil, nil, false
	}
	start := lead + 1
	for i := start; i < len(t); i++ {
		switch t[i] {
		case '\\':
			i++
		case '|':
			cells = append(cells, t[start:i])
			starts = append(starts, start)
			start = i + 1
		}
	}
	if start < len(t) {
		// A row without its closing pipe.
		cells = append(cells, t[start:])
		starts = append(starts, start)
	}
	return cells, starts, len(cells) > 0
}

// cellText is a cell as a label names it: trimmed, span marks blanked,
// escaped pipes read, Markdown's marks ("**Value**", "Referrals
// *rejected*"), footnote markers and a bracketed unit left out.
func cellText(c string) string {
	c = strings.TrimSpace(SpanMarksBlanked(c))
	c = strings.ReplaceAll(c, `\|`, "|")
	if strings.ContainsAny(c, "*_[\\<&`") {
		c = withoutFigureMarks(c)
	}
	c = strings.TrimSpace(headerNoteRe.Get().ReplaceAllString(c, ""))
	c = strings.TrimSpace(headerUnitRe.Get().ReplaceAllString(c, ""))
	return OneLine(WithoutIgnorable(c))
}

// CellLabel names a table cell's figure by its column header and its
// row's label, "Spend, Kent" for the 2,800 of "| Kent | 2,800 | 140 |"
// under "| Area | Spend | Children |"; a header's unit in brackets is left
// out, as the copied figure states it ("£2.8m"). ok is false when the
// figure stands in no cell of a table row, or neither names it.
func (it Item) CellLabel(f Figure) (string, bool) {
	cells, starts, ok := rowCells(it.Text)
	if !ok || it.Header == "" {
		return "", false
	}
	col := -1
	for i, s := range starts {
		if f.Offset >= s && f.Offset < s+len(cells[i]) {
			col = i
		}
	}
	if col < 0 {
		return "", false
	}
	// The header's last row names the columns (a merged header's upper
	// row spans several).
	lines := strings.Split(strings.TrimSpace(it.Header), "\n")
	heads, _, _ := rowCells(strings.TrimSpace(lines[len(lines)-1]))
	var parts []string
	if col < len(heads) {
		if h := cellText(heads[col]); h != "" {
			parts = append(parts, h)
		}
	}
	if len(parts) == 0 && f.Measure != "" {
		// No header over the cell: the measure its record read.
		parts = append(parts, f.Measure)
	}
	if col > 0 {
		if l := cellText(cells[0]); l != "" && !strings.EqualFold(l, f.Shown()) {
			parts = append(parts, l)
		}
	}
	if len(parts) == 0 {
		return "", false
	}
	return strings.Join(parts, ", "), true
}

// Caption is the caption of the table an item is a row of, where the
// heading it stands under is one ("Table 2: Spend by district, 2024");
// else "".
func (it Item) Caption() string {
	if it.Header == "" {
		return ""
	}
	if s := strings.TrimSpace(OneLine(it.Section)); TableCaption(s + " ") {
		return s
	}
	return ""
}

// measureWords is the most a measure keeps of its clause.
const measureWords = 16

// FigureMeasure says what an item's figure measures, as a pack's table of
// figures and a CSV row give it: for a table cell its column header and
// row label, with the table's caption where there is one ("Spend, Kent;
// Table 2: Spend by district, 2024"); for a sentence, the clause that
// holds the figure, from the last clause break before it (a full stop,
// semicolon or ", and") to the next, kept to measureWords words around
// it, where that clause states what the figure's record says is counted
// and whose (recordWhat); where it does not ("in Medway, 1,200", "in
// 2023, 1,240", "by 2024 the figure was 1,400 children"), the record's
// own words: "children were referred; Medway". The record, not the
// sentence, says what a figure of a clause that borrows it measures.
// Before (hostile check 65), such rows said nothing of what was counted,
// nor whose: a CSV row headed by a later year's value, "in 2023, 1,240".
func (it Item) FigureMeasure(f Figure) string {
	if label, ok := it.CellLabel(f); ok {
		if c := it.Caption(); c != "" {
			return label + "; " + c
		}
		return label
	}
	text, at, n := it.figureAt(f)
	if at < 0 {
		return shortenClause(text, 0)
	}
	start, end := clauseAround(text, at, n)
	clause := strings.TrimRightFunc(text[start:end], clauseEndPunct)
	m := shortenClause(clause, at-start)
	if others := it.otherPlaces(f); namesAny(m, others) {
		// The clause names another figure's place ("In Kent, 1,400
		// children were referred, compared with 1,200 in Medway"): the
		// figure's own words, its comparison cut off, or its record's.
		if own, ok := OwnWords(it.Text, f); ok && !f.Aim && !namesAny(own, others) {
			m = shortenClause(strings.TrimRightFunc(own, clauseEndPunct), 0)
		} else {
			m = ""
		}
	}
	if what := recordWhat(f); what != "" && (m == "" || !statesAll(m, what) && !ratioRecord(f)) {
		m = what
	} else if m == "" {
		m = shortenClause(clause, at-start)
	}
	// A figure of a list is told from the others by its own place where
	// its words leave it out (its period has a column of its own); a
	// place its own clause does not state ("…, compared with one for
	// every 1,800 in London") is another figure's, and none is added.
	if p := it.FigurePlace(f); p != "" && !containsWords(m, p) {
		m += "; " + p
	}
	return m
}

// clauseEndPunct reports punctuation a measure's clause drops at its end:
// not a bracket or a sign closing its words, nor a star or underscore,
// which a quote shows only as a character of its text ("… & *y*.": cut at
// its last star, the measure read "… & *y"; hostile check 85, L10).
func clauseEndPunct(r rune) bool {
	return unicode.IsPunct(r) && r != ')' && r != '%' && r != '*' && r != '_'
}

// otherPlaces are the places the item's other figures' records hold and
// f's does not: their place, and a name after "in" in their people or
// measure ("children in Kent", "were referred in Kent").
func (it Item) otherPlaces(f Figure) []string {
	own := f.Place + " " + f.Population + " " + f.Measure
	var out []string
	for _, g := range it.Figures {
		if g.Offset == f.Offset && g.Text == f.Text {
			continue
		}
		names := []string{g.Place}
		for _, m := range inPlaceNameRe.FindAllStringSubmatch(g.Population+" ; "+g.Measure, -1) {
			names = append(names, m[1])
		}
		for _, n := range names {
			if n = strings.TrimSpace(n); n != "" && !containsWords(own, n) {
				out = append(out, n)
			}
		}
	}
	return out
}

// inPlaceNameRe is a capitalised name after "in" in a record's words:
// "Kent" of "children in Kent", "Medway and Swale". Group 1 is the name.
var inPlaceNameRe = lazyre.New(`\bin\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w'’-]*)*)`)

// namesAny reports whether s holds any of names as whole words.
func namesAny(s string, names []string) bool {
	for _, n := range names {
		if containsWords(s, n) {
			return true
		}
	}
	return false
}

// recordWhat is what a figure's record says is counted and whose: its
// people and its measure's words, "children were referred in Kent",
// "children in Medway were referred", "spending on CAMHS" (a copula
// ending the measure, "spending on CAMHS was", left out), or "" where the
// record says neither.
func recordWhat(f Figure) string {
	pop, m := strings.TrimSpace(OneLine(f.Population)), strings.TrimSpace(OneLine(f.Measure))
	what := m
	switch {
	case m == "":
		what = pop
	case pop == "" || containsWords(m, pop):
	case containsWords(pop, m):
		what = pop
	default:
		what = pop + " " + m
	}
	return strings.TrimSpace(strings.Trim(trailingCopulaRe.ReplaceAllString(what, ""), ",;: "))
}

// ratioRecord reports a ratio's record, "pupils per school nurse": its
// words are the extractor's reading of "one school nurse for every 3,300
// pupils", which its clause states in other words.
func ratioRecord(f Figure) bool { return strings.Contains(" "+f.Measure+" ", " per ") }

// trailingCopulaRe is a verb of being ending a measure's words, whose
// value followed it in the sentence: " was" of "spending on CAMHS was".
var trailingCopulaRe = lazyre.New(`(?i)\s+(?:was|were|is|are|stood at|totalled|reached)$`)

// statesAll reports whether clause holds every word of what that says
// something (not a joining word, factFiller), as whole words in any case.
func statesAll(clause, what string) bool {
	for _, w := range strings.Fields(what) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w != "" && !factFiller[strings.ToLower(w)] && !containsWords(clause, w) {
			return false
		}
	}
	return true
}

// figureAt is an item's text on one line as it is quoted (QuoteLine), the
// byte offset of the figure in it (-1 where it is not found) and the
// figure's length there.
func (it Item) figureAt(f Figure) (string, int, int) { return figureIn(it.Text, f) }

// figureIn is figureAt of any text holding f at its offset. The figure is
// found where it stands, by the line's map back to the text: its marks
// left out with the quote's ("Around **45% of trusts**", "1,2[^1]00",
// "1,200[^4] referrals"), and the later of two equal figures ("45%" in
// 2024 after "45%" in 2022) measured in its own clause.
func figureIn(raw string, f Figure) (string, int, int) {
	text, from := QuoteLineFrom(raw)
	if f.Offset >= 0 && f.Offset+len(f.Text) <= len(raw) && raw[f.Offset:f.Offset+len(f.Text)] == f.Text {
		at, end := -1, -1
		for k, o := range from {
			if o >= f.Offset+len(f.Text) {
				break
			}
			if o >= f.Offset {
				if at < 0 {
					at = k
				}
				end = k + 1
			}
		}
		if at >= 0 {
			return text, at, end - at
		}
	}
	if i := strings.Index(text, f.Text); i >= 0 {
		return text, i, len(f.Text)
	}
	// A figure whose own text holds a mark, found in the text with its
	// marks.
	text = SpanMarksBlanked(OneLine(raw))
	return text, strings.Index(text, f.Text), len(f.Text)
}

// comparedAfterRe opens the part of a clause, after its figure, that
// states another figure to compare it with: "…, compared with a target
// of 95%", "…, up from 420 in 2021", "… than in Kent".
// "…, short of the 92% target" and "…, below the national average" too.
var comparedAfterRe = lazyre.New(`(?i),?\s(?:compared (?:with|to)|as against|against|up from|down from|than|versus|vs\.?|unlike|relative to|short of|(?:below|above|ahead of|behind) (?:the|a|an|its|their|our))\s`)

// comparedBeforeRe is a clause opening on what its figure is compared
// with, up to the comma that ends it: "Compared with the 2019 target,
// there are now …".
var comparedBeforeRe = lazyre.New(`(?i)^\s*(?:compared (?:with|to)|as against|against|unlike|relative to|up from|down from)\s[^,]*,\s`)

// OwnWords are the words of text that state figure f's own fact: its
// clause (clauseAround), without a comparison that opens it or one that
// follows the figure (comparedBeforeRe, comparedAfterRe): "88% were
// seen" of "88% were seen, against a target of 92%". ok is false where
// the figure is not found. The extractor judges from them whether the
// figure is aimed at rather than measured (Record.Aim); a copy, whether
// they say more than its figure, group, place and period (wholeFact).
// Whose a comparison's place and year are ("…, compared with one for
// every 1,800 in London", "Compared with Kent in 2019, there is now …")
// the record says (hostile check 64).
func OwnWords(text string, f Figure) (words string, ok bool) {
	text, at, n := figureIn(text, f)
	if at < 0 {
		return "", false
	}
	start, end := clauseAround(text, at, n)
	if loc := comparedAfterRe.Get().FindStringIndex(text[at+n : end]); loc != nil {
		end = at + n + loc[0]
	}
	if loc := comparedBeforeRe.Get().FindStringIndex(text[start:at]); loc != nil {
		start += loc[1]
	}
	return text[start:end], true
}

// FigurePlace and FigurePeriod are a figure's place and period as a copy
// or a table of figures states them beside it: the record's, unless the
// text states them only outside the figure's clause, or the record says
// the figure is aimed at (Record.Aim: its year is the one aimed at, no
// time it held); then "". A table cell's are its record's. A
// comparison's place and year are no figure's own in the record (hostile
// check 64: "…; London" for a ratio compared with London's, "Compared
// with Kent in 2019, there is now one …" as 2019).
func (it Item) FigurePlace(f Figure) string { return it.ownFact(f, f.Place) }

// FigurePeriod: see FigurePlace.
func (it Item) FigurePeriod(f Figure) string { return it.ownFact(f, f.Period) }

// ownFact is p where f's own clause states it as a measured fact's.
func (it Item) ownFact(f Figure, p string) string {
	p = strings.TrimSpace(OneLine(p))
	if p == "" {
		return ""
	}
	if _, ok := it.CellLabel(f); ok {
		return p
	}
	if f.Aim {
		return ""
	}
	// Stated in the text but not in the figure's clause, it is another
	// clause's, and a copy of the figure alone does not state it as the
	// figure's; stated nowhere in the text, it is the section's or the
	// source's ("September 2023" of a survey's note), and the figure's.
	// A clause that says nothing of what is counted ("; in Medway,
	// 1,200") borrows its record, place and year too, from the clause
	// before: the record's are its own (hostile check 65: the table of
	// figures gave Medway's 1,200 no period).
	text, at, n := it.figureAt(f)
	if at < 0 {
		return p
	}
	start, end := clauseAround(text, at, n)
	clause := text[start:end]
	if containsWords(clause, p) || !containsWords(text, p) {
		return p
	}
	if what := recordWhat(f); what != "" && !ratioRecord(f) && !statesAll(clause, what) && !namesAny(clause, it.otherPlaces(f)) {
		return p
	}
	return ""
}

// clauseSeps end a clause: a figure's measure is its clause, and a list
// is figures of one clause.
var clauseSeps = []string{". ", "; ", ", and ", ", but ", ", while "}

// clauseAround is the clause of text holding the n bytes at byte offset
// at: from the last clause break before them to the next one.
func clauseAround(text string, at, n int) (start, end int) {
	for _, sep := range clauseSeps {
		if i := strings.LastIndex(text[:at], sep); i >= 0 && i+len(sep) > start {
			start = i + len(sep)
		}
	}
	end = len(text)
	rest := text[at+n:]
	for _, sep := range clauseSeps {
		if i := strings.Index(rest, sep); i >= 0 && at+n+i < end {
			end = at + n + i
		}
	}
	return start, end
}

// shortenClause keeps at most measureWords words of a clause: its
// opening words and those around the word at byte offset at, marking a
// cut with "…".
func shortenClause(clause string, at int) string {
	words := strings.Fields(clause)
	if len(words) <= measureWords {
		return clause
	}
	// The word holding the figure.
	pos, n := 0, 0
	for i, w := range words {
		if n > at {
			break
		}
		pos = i
		n += len(w) + 1
	}
	from := max(0, min(pos-measureWords/3, len(words)-measureWords))
	if from == 0 {
		return strings.Join(words[:measureWords], " ") + "…"
	}
	// The clause's opening words say what is counted ("The number of
	// children referred for …"); a window around the figure alone,
	// "…Eastvale and Westvale was 410, 385, 290 and 515 respectively,
	// which…", said neither what nor whose.
	head := measureWords / 2
	from = max(head, min(pos-2, len(words)-(measureWords-head)))
	out := strings.Join(words[:head], " ")
	if from > head {
		out += " …"
	}
	out += " " + strings.Join(words[from:from+measureWords-head], " ")
	if from+measureWords-head < len(words) {
		out += "…"
	}
	return out
}

// inList reports a figure that shares its clause with another finding:
// another figure, neither a base, a threshold nor a change, in the same
// clause (a list, "300, 320, 340 and 360 in Q1, Q2, Q3 and Q4 2023
// respectively"; a range's two ends). Copied alone it is one of them, and
// says neither which nor of what. Findings of clauses of their own ("97%
// said …, and 90% said …") are each copied as the figure; levels of one
// measure (their records' key) at two times, each in a clause of its own,
// are a list too, the sentence its headline's copy (hostile check 64 M3:
// "In 2022, 1,100 children were referred; by 2024 the figure was 1,400
// children" was copied as "1,100 children", the older figure alone, and
// the newer one, "one for every 2,600", names nothing copied alone).
func (it Item) inList(f Figure) bool {
	text := SpanMarksBlanked(it.Text)
	if f.Offset < 0 || f.Offset+len(f.Text) > len(text) {
		return false
	}
	start, end := clauseAround(text, f.Offset, len(f.Text))
	for _, g := range it.Figures {
		if g.Offset == f.Offset || !g.Role.Measured() || g.Role == RoleChange {
			continue
		}
		if g.Offset >= start && g.Offset < end || f.Key != "" && g.Key == f.Key && f.Role != RoleHeadline && g.Role != RoleHeadline && periodYear(g.Period) != periodYear(f.Period) {
			return true
		}
	}
	return false
}

// TableFigures are the figures of an item a pack's table of figures gives
// a row each, in the order the text states them: its headline, and every
// other figure that is a finding of its own (not a base, a threshold nor
// a change): each quarter of "Referrals were 300, 320, 340 and 360 in Q1,
// Q2, Q3 and Q4 2023 respectively", each end of a range, the 90% of "97%
// said …, and 90% said …". Before, only the headline had a row, and 320,
// 340 and 360 were in no table.
func (it Item) TableFigures() []Figure {
	head, ok := it.Headline()
	if !ok {
		return nil
	}
	var out []Figure
	for _, g := range it.Figures {
		if g.Offset == head.Offset && g.Text == head.Text || g.Role.Measured() && g.Role != RoleChange {
			out = append(out, g)
		}
	}
	return out
}

// FigureCopy is what a figure copy of an item pastes before its citation
// (Citer.Format with FormatFigure): the figure with its unit ("97%"); a
// table cell's figure with what names it and its period where neither
// label nor caption states it ("£2.8m (Spend, Kent; Table 2: Spend by
// district, 2024)"); for a figure of a list (inList), the sentence
// quoted, as only the sentence says which figure is which; and a figure
// whose words name its group with the rest of it, its place and period
// (FigureText: "one school nurse for every 3,200 pupils aged 5 to 19 in
// Southvale, 2024").
func (it Item) FigureCopy(f Figure) string {
	if label, ok := it.CellLabel(f); ok {
		what := label
		if p := strings.TrimSpace(f.Period); p != "" && !strings.Contains(label+" "+it.Caption(), p) {
			what += ", " + p
		}
		if c := it.Caption(); c != "" {
			what += "; " + c
		}
		return f.Copied() + " (" + what + ")"
	}
	if it.inList(f) {
		return `"` + QuoteLine(it.Text) + `"`
	}
	s, named := it.stated(f)
	if !named {
		return s
	}
	// A figure that names its group states the fact show states: its
	// place and period where its words leave them out ("one school nurse
	// for every 3,200 pupils aged 5 to 19 in Southvale, 2024"). A bare
	// "97%" names no group, and its clause is what it measures
	// (FigureMeasure).
	for _, p := range []string{it.FigurePlace(f), it.FigurePeriod(f)} {
		if p != "" && !containsWords(s, p) {
			s += ", " + p
		}
	}
	return s
}

// FigureText is an item's figure as a table of figures or a CSV row gives
// it apart from its sentence: Figure.Copied, with the rest of its group
// where its words name the group's head ("one health visitor for every
// 2,500 children aged under five", the population "children aged under
// five"). Copied alone, "2,500 children" turned an under-fives ratio into
// an all-children one.
func (it Item) FigureText(f Figure) string {
	s, _ := it.stated(f)
	return s
}

// stated is the figure copied with the rest of its population where the
// figure's last words are the population's first ("2,500 children" +
// "children aged under five"); named reports that the figure's words name
// its group at all. A change states no group of its own.
func (it Item) stated(f Figure) (s string, named bool) {
	s = f.Copied()
	if text, at, n := it.figureAt(f); at >= 0 && strings.ContainsFunc(s, unicode.IsLetter) {
		// A figure whose words were cut inside a hyphenated word is
		// copied with the whole word: "… for every 2,900 under-fives",
		// not "… 2,900 under" (hostile check 64 M1).
		if tail := hyphenTailRe.FindString(text[at+n:]); tail != "" {
			s += tail
		}
	}
	pop := strings.Fields(OneLine(f.Population))
	words := strings.Fields(s)
	if f.Role == RoleChange || len(pop) == 0 || !ratioTextRe.MatchString(s) && !it.wholeFact(f) {
		// A ratio's group is part of what it states. Any other figure
		// copied with its group, place and period, but without what
		// happened to them, read as a whole population: "Around 2,500
		// children under five in Hillford" for those of them who "have
		// no named health visitor" (hostile check 64 H4).
		return s, false
	}
	for k := min(len(pop), len(words)); k >= 1; k-- {
		head := strings.Join(pop[:k], " ")
		if !strings.ContainsFunc(head, unicode.IsLetter) || !strings.EqualFold(strings.Join(words[len(words)-k:], " "), head) {
			continue
		}
		if rest := pop[k:]; len(rest) > 0 {
			s += " " + strings.Join(rest, " ")
		}
		return s, true
	}
	return s, false
}

// factFiller are the words a clause may hold beside its figure, group,
// place and period and still say nothing more: "There were 1,200
// referrals … in the North in 2024".
var factFiller = map[string]bool{"there": true, "were": true, "was": true, "are": true, "is": true, "in": true, "during": true,
	"by": true, "at": true, "of": true, "the": true, "a": true, "an": true, "across": true, "and": true}

// wholeFact reports whether a figure's own words (OwnWords) say
// nothing but the figure, its group, place and period, so that these
// copied together state its fact: "There were 1,200 referrals to
// community paediatrics in the North in 2024". A verb or subject of its
// own ("… have no named health visitor", "… were referred", "The clinic
// saw …") is what was counted, and a copy without it states another fact.
func (it Item) wholeFact(f Figure) bool {
	clause, ok := OwnWords(it.Text, f)
	text, at, n := it.figureAt(f)
	if !ok || f.Aim || at < 0 {
		return false
	}
	if i := strings.Index(clause, text[at:at+n]); i >= 0 {
		clause = clause[:i] + " " + clause[i+n:]
	}
	known := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(f.Population + " " + f.Place + " " + f.Period + " " + f.Text)) {
		known[strings.TrimFunc(w, unicode.IsPunct)] = true
	}
	for _, w := range strings.Fields(strings.ToLower(clause)) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if strings.ContainsFunc(w, unicode.IsLetter) && !known[w] && !factFiller[w] {
			return false
		}
	}
	return true
}

// hyphenTailRe is the rest of a hyphenated word a figure's text ends
// inside: "-fives" of "under-fives".
var hyphenTailRe = lazyre.New(`^(?:-\pL+)+`)

// ratioTextRe is a ratio's words: "one health visitor for every 2,500
// children", "one school nurse to 2,600 pupils".
var ratioTextRe = lazyre.New(`(?i)^(?:one|an?|1)\s.*\b(?:for every|to every|to|per)\s+[\d][\d,.]*\s+\pL`)

// containsWords reports whether s holds p as whole words, in any case:
// "Southvale" in "pupils in Southvale", not "2024" in "2024/25".
func containsWords(s, p string) bool {
	s, p = strings.ToLower(s), strings.ToLower(p)
	for i := 0; ; {
		j := strings.Index(s[i:], p)
		if j < 0 {
			return false
		}
		at := i + j
		end := at + len(p)
		before := at == 0 || !wordByte(s[at-1])
		after := end == len(s) || !wordByte(s[end])
		if before && after {
			return true
		}
		i = at + 1
	}
}

// wordByte is a byte of a word or number: a letter, digit or "/" ("2024/25").
func wordByte(b byte) bool {
	return b == '/' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 0x80
}
