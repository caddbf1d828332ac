package measure

import (
	"slices"
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// timeHeaderRe is a label column's header that names time: its cells
	// are the figures' periods ("2024", "2023/24", "Q1 2024", "March").
	timeHeaderRe = lazyre.New(`(?i)^(?:(?:financial|calendar|academic|school|reporting|time|survey|census)\s+)?(?:year|period|quarter|month|date|fy)s?(?:\s+(?:ending|ended|to|of\s+\w+))?$|^(?:as\s+(?:at|of)|when)$`)
	// groupHeaderRe is a label column's header that names whom or where
	// the figures are of: its cells are the figures' group ("North",
	// "5 to 10", "Girls").
	// A header naming the rows' areas (areaHeaderWords) names a group
	// too; one naming bodies ("Trust", "PCN", "Practice") names a group
	// and no place, as "Name" does over a proper name (rowLabels).
	groupHeaderRe = lazyre.New(`(?i)^(?:age(?:\s+(?:group|band|range))?|ages|sex|gender|ethnicity|ethnic\s+group|group|cohort|population|` + areaHeaderWords + `|trusts?|providers?|organisations?|pcns?|primary\s+care\s+networks?|(?:gp\s+)?practices?|schools?|hospitals?|teams?|nation|country|(?:deprivation|imd)(?:\s+(?:quintile|decile))?|year\s+group|school\s+year)(?:\s+name)?$`)
	// placeHeaderRe is a group header (groupHeaderRe) that names where
	// the figures are of: a cell under it that is a place's name
	// (areaCell) is the figures' place ("Leeds" under "Area", "Chatham"
	// under "District"). A trust's or a provider's name is a body's, no
	// place.
	placeHeaderRe = lazyre.New(`(?i)^(?:` + areaHeaderWords + `)(?:\s+name)?$`)
	// serviceHeaderRe is a label column's header that names what is
	// counted: its cells are part of each figure's measure, as "waiting
	// for speech and language therapy" is in a sentence.
	serviceHeaderRe = lazyre.New(`(?i)^(?:type\s+of\s+)?(?:services?|service\s+(?:type|area|line)|conditions?|specialt(?:y|ies)|specialit(?:y|ies)|treatments?|therap(?:y|ies)|interventions?|pathways?|programmes?|diagnos(?:is|es)|reasons?|types?|categor(?:y|ies))$`)
	// titleNumberRe is the number a caption or heading opens with:
	// "Table 2:", "Figure 3.1 –", "Appendix B:", "4.2".
	titleNumberRe = lazyre.New(`^(?i:table|figure|chart|graph|exhibit|appendix|annexe?|section|part|chapter)\s+[A-Z]?\d{0,3}[a-z]?(?:\.\d{1,2})*\s*[:.–—-]?\s*|^\d{1,2}(?:\.\d{1,2})*\.?\s+`)
	// breakdownRe is how a caption or heading names the table's rows or
	// columns ("by region", "by age and sex"): what the figures are split
	// by, not what they measure.
	breakdownRe = lazyre.New(`(?i)[,;]?\s*\b(?:by|for\s+each)\s+(?:` + breakdownWords + `)(?:\s*(?:,|and|&)\s*(?:` + breakdownWords + `))*\b`)
)

// areaHeaderWords are the headers of a label column naming the rows'
// areas, the one list of them: "Area", "District", "Ward", "Local
// authority district", "Upper tier local authority", "MSOA". A table
// by district keyed its rows by the district's name as their measure,
// so two captions' measures (waiting times, excess weight) were one key
// and disagreed (hostile check 69).
const areaHeaderWords = `(?:nhs\s+)?regions?|areas?|localit(?:y|ies)|(?:(?:upper|lower|single|second)[\s-]+tier\s+)?local\s+authorit(?:y|ies)(?:\s+(?:area|district)s?)?|las?|lads?|utlas?|ltlas?|ccgs?|unitary\s+authorit(?:y|ies)|icbs?|sub-?icbs?(?:\s+locations?)?|integrated\s+care\s+boards?|boroughs?|count(?:y|ies)|districts?|(?:(?:county|borough|city|district|unitary|metropolitan\s+borough)\s+)?councils?(?:\s+areas?)?|(?:electoral\s+)?wards?|msoas?|lsoas?|neighbourhoods?|towns?|(?:parliamentary\s+)?constituenc(?:y|ies)|geography|places?`

const breakdownWords = `(?:nhs\s+)?region|area|age(?:\s+group)?|sex|gender|ethnicity|icb|trust|provider|local\s+authority|district|locality|borough|ward|quarter|month|year|service|condition|deprivation|type`

// LabelHeader reports a table header that names when, of whom or where,
// or what service its cells are of ("Year", "Region", "Age group",
// "Service"): a header of labels, whose cells say what a row's figures
// are of.
func LabelHeader(h string) bool {
	h = strings.TrimSpace(squeeze(dropMarkers(h)))
	if j := strings.IndexByte(h, '('); j > 0 && strings.HasSuffix(h, ")") {
		h = strings.TrimSpace(h[:j]) // "Age (years)"
	}
	return h != "" && (timeHeaderRe.MatchString(h) || groupHeaderRe.MatchString(h) || serviceHeaderRe.MatchString(h))
}

// suppressedCells are a row's cells that stand for a value withheld or
// not collected, in a column of figures: no label.
var suppressedCells = setOf(`n/a na n.a. x c z u s .. … - – — * ** low suppressed redacted withheld`)

// titleWords are the words of a caption or heading that name a part of a
// document rather than anything measured.
var titleWords = setOf(`table tables figure figures chart charts graph exhibit appendix annex annexe section chapter part
results result findings finding key main headline headlines summary overview introduction background methodology methods
method notes note data statistics statistical breakdown analysis executive contents sources source technical supplementary
detailed annual report update bulletin release tables`)

// rowLabels is what a table row's label cells say of its figures: when
// and where; the group they are of; and what they add to what each
// column measures ("Speech and language therapy" under "Service").
type rowLabels struct {
	period, place string
	pop, more     string
	// headed is set when the group was read under a header naming one
	// ("Region", "Age group"), so it is of whom or where, never what.
	headed bool
	// indicator is the label under a header naming what each row
	// measures ("Indicator", "Measure"): "Obese in Year 6 (%)".
	indicator string
	// times are the row's time cells; acrossTimes is set for a total
	// row under a header naming time ("Total" under "Year"), of all the
	// periods above it together.
	times       []string
	acrossTimes bool
}

// rowLabels reads the row's label cells. A cell that is one period, or
// any period under a header naming time ("Year", "Quarter"), is the
// period, and cells under several such headers ("March" | "2024") make
// one; a cell that names one place is the place, its other words
// ("Children waiting in London") read as any other cell's; a cell under
// a header naming a group ("Region", "Age group") is of the group, and
// one under a header naming a service or condition is of the measure.
// Of the rest, the first is the group when no header named one, and the
// others are of the measure: two services' counts in one region are two
// measures.
func (s *sentence) rowLabels() rowLabels {
	labels, heads := s.in.Labels, s.in.LabelColumns
	if len(labels) == 0 {
		labels, heads = []string{s.in.Label}, nil
	}
	var r rowLabels
	var times, groups, more, rest []string
	for i, l := range labels {
		l = strings.TrimSpace(l)
		raw, h := "", ""
		if i < len(heads) {
			raw = strings.TrimSpace(heads[i])
			h = strings.TrimSpace(squeeze(dropMarkers(raw)))
			if j := strings.IndexByte(h, '('); j > 0 && strings.HasSuffix(h, ")") {
				h = strings.TrimSpace(h[:j]) // "Age (years)", "Year (to March)"
			}
		}
		if i == 0 && h == "" && areaCell(l) {
			// "Table 3: Children seen, by district (%)" over rows under
			// an empty corner: the caption names what the rows are. A
			// header of its own ("Contact") names them, whatever the
			// caption's "by area" says of the columns.
			if by := s.rowsBy(); by != "" {
				raw, h = "", by
			}
		}
		// The first label is the row's own, whatever its header says (a
		// table's corner cell may give the period of its columns).
		if l == "" || i > 0 && s.figureColumn(raw) || notALabel(l) {
			continue
		}
		if p := wholePeriod(l); p != "" || timeHeaderRe.MatchString(h) && timeCell(l) {
			times = append(times, l)
			continue
		}
		if pl := findPlaces(l); len(pl) == 1 {
			r.place = pl[0].name // the last: "Region | ICB" narrows left to right
			// "Children waiting in London": the words beside the place
			// still say what, or of whom.
			l = strings.TrimSpace(l[:leadIn(l, pl[0].start, 0)] + " " + l[pl[0].end:])
			if tidy(l) == "" {
				continue
			}
		}
		text := strings.TrimSpace(squeeze(dropMarkers(l)))
		if text == "" {
			continue // a footnote marker alone: "[1]"
		}
		if timeHeaderRe.MatchString(h) && yearHeaderRe.MatchString(h) && (totalLabelRe.MatchString(text) || strings.HasPrefix(strings.ToLower(text), "all ")) {
			r.acrossTimes = true
		}
		if totalLabelRe.MatchString(text) && h != "" && !timeHeaderRe.MatchString(h) {
			// A table's total is of its rows together: of the trusts in a
			// table by trust, of the regions in one by region. "Total"
			// alone keyed no group at all, so a trust's total and the
			// nation's were one measure, and disagreed.
			text += " (" + h + ")"
		}
		if r.place == "" && placeHeaderRe.MatchString(h) && areaCell(text) {
			// "Leeds" under "Area": where the figures are, shown and
			// compared as a place. It stays their group too: no list of
			// places holds it, so a sentence's "In Leeds" is no place,
			// and a figure that says no place would be compared with any
			// place's; as a group it keeps the key of Leeds's figures
			// apart from England's.
			r.place = text
			if p := strings.TrimSpace(columnCouncilRe.ReplaceAllString(text, "")); p != "" {
				r.place = p // "Dartford Borough Council" under "District council": Dartford
			}
		}
		switch {
		case r.indicator == "" && indicatorHeaderRe.MatchString(h):
			r.indicator = text
		case groupHeaderRe.MatchString(h) || strings.EqualFold(h, "name") && areaCell(text):
			// "Chatham" under "Name": an area's or a body's name, of whom
			// or where; "Children seen within 18 weeks" under it still
			// says what the row measures.
			if isDigit(text[0]) && strings.HasPrefix(strings.ToLower(h), "age") && !strings.Contains(strings.ToLower(text), "old") {
				text = "aged " + text // "5-10" under "Age group": an age band, as a sentence gives it
			}
			groups = append(groups, text)
		case serviceHeaderRe.MatchString(h):
			more = append(more, text)
		default:
			rest = append(rest, text)
		}
	}
	r.headed = len(groups) > 0
	if len(groups) == 0 && len(rest) > 0 {
		groups, rest = rest[:1], rest[1:]
	}
	r.pop = strings.Join(groups, ", ")
	r.more = strings.Join(append(more, rest...), ", ")
	r.period = periodOfCells(times)
	r.times = times
	return r
}

// rowsByAreaRe is how a caption or heading says a table's rows are
// areas: "by district", "for each ward". Group 1 is the areas' word.
var rowsByAreaRe = lazyre.New(`(?i)\b(?:by|for\s+each)\s+(` + areaHeaderWords + `)\b`)

// rowsBy is the areas' word ("district") a table's caption, or else its
// section's heading, says the rows are by, read as the header of a first
// label column under an empty corner cell whose cells are places' names
// (areaCell): rows of a table "by district" under an empty corner cell
// measured their district's name (hostile check 69). "" where neither
// says so.
func (s *sentence) rowsBy() string {
	for _, t := range []string{s.in.Caption, s.in.Section} {
		if !strings.Contains(t, "by ") && !strings.Contains(t, "each ") {
			continue // cheap: most titles name no breakdown
		}
		if m := rowsByAreaRe.FindStringSubmatch(t); m != nil {
			return m[1]
		}
	}
	return ""
}

// areaNameRe is a place's name as a table cell gives it: capitalised
// words, joined by "and", "of", "upon", "on", "the" or a hyphen ("Leeds",
// "Kingston upon Hull", "Stockton-on-Tees").
var areaNameRe = lazyre.New(`^[A-Z][a-z’'.]+(?:-[A-Za-z][a-z’'.]*)*(?:\s+(?:(?:and|of|upon|on|the|in)\s+)?[A-Z][a-z’'.]+(?:-[A-Za-z][a-z’'.]*)*){0,4}(?:\s+ICB)?$`)

// notAreaFirst are first words of a cell under a place header that name
// no one place: a total or a rest ("Other", "Unknown"), or a compass
// point, whose names ("North", "North East Lincolnshire", "North West
// London") are groups or areas within or across a region, which
// findPlaces reads or leaves.
var notAreaFirst = setOf(`other others unknown not none missing all total totals overall average mean median rest
north south east west central northern southern eastern western mid`)

// areaCell reports a label cell under a place header that names one
// place: a name (areaNameRe) opening with no word of notAreaFirst, or a
// compass point alone, "North" or "South" under "Area": the table's own
// areas, where the figures are (hostile check 61: "North" was the
// figures' group and no place).
func areaCell(l string) bool {
	if compassAreas[strings.ToLower(l)] {
		return true
	}
	first, _, _ := strings.Cut(l, " ")
	first, _, _ = strings.Cut(first, "-")
	return areaNameRe.MatchString(l) && !notAreaFirst[strings.ToLower(first)]
}

// compassAreas are the compass points a table under a place header names
// its areas by, each a cell alone.
var compassAreas = setOf(`north south east west central`)

// indicatorHeaderRe is a label column's header whose cells name what each
// row measures: "Indicator", "Measure", "Metric", "KPI".
var indicatorHeaderRe = lazyre.New(`(?i)^(?:(?:key\s+)?(?:performance\s+)?indicators?|measures?|metrics?|kpis?|statistics?)(?:\s+(?:name|description))?$`)

// indicatorUnitRe is the unit a row's indicator ends with: "(%)", "(per
// 1,000 live births)", "(£m)", "(weeks)".
var indicatorUnitRe = lazyre.New(`(?i)\s*(?:\((?:%|per\s?cent|percent|£[^()]*|(?:rate\s+)?per\s+[\d,]+[^()]*|weeks|months|days|years|hours|minutes|number|n|count)\)|,\s*(?:%|£\s?(?:m|bn|k|000s?)))\s*$`)

// indicatorMeasure is what an indicator's label measures, without the
// unit it ends with, a scale of counts included ("Children waiting
// (thousands)"), as a column's header is read.
func indicatorMeasure(l string) string {
	return tidy(indicatorUnitRe.Get().ReplaceAllString(withoutCountScale(l), ""))
}

// yearHeaderRe is a header of time naming years: a total under it is of
// years together, where one under "Quarter" may be of the heading's year.
var yearHeaderRe = lazyre.New(`(?i)\b(?:years?|fy)\b`)

// totalLabelRe is a row label naming the rows above it together.
var totalLabelRe = lazyre.New(`^(?i:(?:grand )?totals?|all|overall)$`)

// figureColumn reports a header (trimmed) of the row's figures'
// columns, or one that names a period ("2023", "Referrals 2024"): a cell
// under it with no figure ("not published") is a value withheld, not a
// label.
func (s *sentence) figureColumn(h string) bool {
	if h == "" {
		return false
	}
	for _, c := range s.in.Columns {
		if strings.TrimSpace(c) == h {
			return true
		}
	}
	return onlyPeriod(h) != ""
}

// notALabel reports a cell that stands for a withheld value ("*", "n/a",
// "<5") rather than naming anything; an age band ("5-10") names a group.
func notALabel(l string) bool {
	if suppressedCells[strings.ToLower(l)] || l[0] == '<' || l[0] == '>' {
		return true
	}
	for i := 0; i < len(l); i++ {
		if isLetterByte(l[i]) || isDigit(l[i]) || l[i] >= 0x80 {
			return false
		}
	}
	return true
}

// wholePeriod is the period a cell is and nothing else ("Jan 2024",
// "2023/24"), or "".
func wholePeriod(l string) string {
	ps := findPeriods(l)
	if len(ps) != 1 || strings.TrimSpace(l[:ps[0].start]+l[ps[0].end:]) != "" {
		return ""
	}
	return ps[0].Text
}

// timeCell reports a cell under a header naming time that says when: a
// period, or a quarter or month another cell gives the year of ("Q1",
// "March").
func timeCell(l string) bool {
	if onlyPeriod(l) != "" {
		return true
	}
	w := strings.ToLower(strings.TrimSpace(l))
	return quarterWord(w) > 0 || monthIndex(w) > 0
}

// periodOfCells is the one period a row's time cells say together: the
// narrowest their words make in either order ("March" and "2024" are
// March 2024; "2023/24" and "Q1" are Q1 2023/24), else the first cell's.
func periodOfCells(cells []string) string {
	if len(cells) == 0 {
		return ""
	}
	best := onlyPeriod(cells[0])
	if len(cells) == 1 {
		return best
	}
	span := func(p string) int {
		q := ParsePeriod(p)
		if q.IsZero() || q.Open {
			return 1 << 30
		}
		return q.To - q.From
	}
	rev := make([]string, len(cells))
	for i, c := range cells {
		rev[len(cells)-1-i] = c
	}
	for _, t := range []string{strings.Join(cells, " "), strings.Join(rev, " ")} {
		if p := onlyPeriod(t); p != "" && (best == "" || span(p) < span(best)) {
			best = p
		}
	}
	return best
}

// joinMeasure is a column's measure with what the row's labels add to it:
// "children waiting: speech and language therapy".
func joinMeasure(col, more string) string {
	switch {
	case more == "":
		return col
	case col == "":
		return more
	}
	return col + ": " + more
}

// titleMeasure is what a table's caption or section heading says is
// measured, for a table whose headers are only periods and whose rows
// are places: "Table 2: Children waiting in London, 2023 to 2024" is
// children waiting. Its number, periods, places and breakdown ("by
// region") are left out; a title that names only a part of the document
// ("Results", "Table 3", "Key findings") says nothing.
func titleMeasure(title string) string {
	t := strings.TrimSpace(title)
	if t == "" {
		return ""
	}
	t = titleNumberRe.Get().ReplaceAllString(t, "")
	// Values set beside the table's ("(England: 84.5%)") say nothing of
	// what it measures (hostile check 68).
	t = withoutValueBrackets(t)
	// Units first: a scale is read before the year that ends the title
	// ("Population, millions, 2023"), as the figures' values are scaled.
	t = withoutUnits(t)
	t = withoutTimesAndPlaces(t)
	t = breakdownRe.Get().ReplaceAllString(t, " ")
	m := tidy(t)
	for i := 0; ; {
		w, next, ok := nextToken(m, i)
		if !ok {
			return "" // only words naming the document's parts
		}
		if !titleWords[w.lower] && !dropFromMeasure(w.lower) {
			return m
		}
		i = next
	}
}

// withoutTimesAndPlaces is a title without the periods and places it
// names, and the words leading into them ("in London", "at the end of
// March 2024").
func withoutTimesAndPlaces(t string) string {
	type cut struct{ start, end int }
	var cuts []cut
	for _, p := range findPeriods(t) {
		cuts = append(cuts, cut{p.start, p.end})
	}
	for _, p := range findPlaces(t) {
		cuts = append(cuts, cut{p.start, p.end})
	}
	if len(cuts) == 0 {
		return t
	}
	taken := make([]bool, len(t))
	for _, c := range cuts {
		for k := leadIn(t, c.start, 0); k < c.end; k++ {
			taken[k] = true
		}
	}
	var b strings.Builder
	for k := 0; k < len(t); k++ {
		if taken[k] {
			if k == 0 || !taken[k-1] {
				b.WriteByte(' ')
			}
			continue
		}
		b.WriteByte(t[k])
	}
	return b.String()
}

// GroupHeads are the headers a table's group label (a row holding only a
// label over rows that repeat across such groups: "Kent" over
// "Referrals" and "Waiting", then "Medway" over the same) and the label
// of a row under it are read under, where the first column's header is
// header and groups are all the table's group labels. A header naming
// places ("Area") over groups that are areas' names names those groups,
// and the rows' labels, repeated in every group, are of what is counted
// (or of whom, "Under 5", read as under a header naming groups); over
// groups of people ("Boys" over "Kent" and "Medway") it names the
// rows. A header naming groups ("Group") names both ("Boys" over "Aged 5
// to 10"); any other ("Measure", "Service") names the rows' own labels,
// and the group is read as a label under no header.
func GroupHeads(header string, groups []string, group, row string) (groupHead, rowHead string) {
	h := strings.TrimSpace(header)
	area := func(g string) bool {
		g = strings.TrimSpace(g)
		return (len(findPlaces(g)) == 1 || areaCell(g)) && !ofWhomColumnRe.MatchString(g)
	}
	switch {
	case placeHeaderRe.MatchString(h) && slices.ContainsFunc(groups, area):
		if !area(group) {
			return "", ""
		}
		if ofWhomColumnRe.MatchString(strings.TrimSpace(row)) {
			return header, "group" // "Under 5" under "Surrey": of whom
		}
		return header, ""
	case placeHeaderRe.MatchString(h):
		return "", header
	case groupHeaderRe.MatchString(h):
		return header, header
	}
	return "", header
}
