package measure

import (
	"strings"
	"unicode"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// relativeCompareRe is a comparison with a time the text does not date:
// "on the previous year", "than a decade ago", "a year earlier".
var relativeCompareRe = lazyre.New(`(?i)\b(?:on|than|compared (?:with|to))\s+(?:the\s+)?(?:previous|last|preceding)\s+(?:year|quarter|month)\b|\b(?:on|than)\s+(?:a\s+)?(?:year|decade)\s+(?:ago|earlier|before)\b|\bthan\s+a\s+decade\s+ago\b|\b(?:a|one)\s+year\s+(?:earlier|before)\b|\bthe\s+year\s+before\b|\bbefore\s+the\s+pandemic\b|\bpre-pandemic\b`)

// changes writes the change of each figure that states one or is stated
// with one: a change figure's direction and comparison ("up 8.1% on
// 2022/23"), given to the level it changes too; and for a level stated
// with an earlier value of the same measure ("compared with 49.2% in
// 2022", "down from 1,020 a year earlier", "rose from 9% to 13%"), the
// direction and that value.
func (s *sentence) changes() {
	figs := s.in.Figures
	for i := range figs {
		c := &figs[i]
		if c.Role != evidence.RoleChange {
			continue
		}
		c.Change = joinWords(s.listedDirection(i), c.Text, s.comparison(i))
		j := s.partner(i)
		if j < 0 || figs[j].Role == evidence.RoleChange {
			continue
		}
		if figs[j].Change == "" {
			figs[j].Change = c.Change
		}
		if s.reached(i, j) {
			// "rose by 12% to 4,500": the change names the level it
			// reached, or its record ("change: up 12%") read as a
			// change of the 12% itself.
			c.Change = joinWords(c.Change, "to", figs[j].Text)
		}
	}
	// An earlier value is one figure's: "45% waited over 18 weeks, up
	// from 38% in 2023, while 20% waited over 52 weeks" compares the 45%
	// with 38%, and the 20% with nothing.
	compared := map[int]bool{}
	for i := range figs {
		f := &figs[i]
		if f.Role == evidence.RoleChange || f.Role == evidence.RoleBase || f.Change != "" {
			continue
		}
		for j := range figs {
			g := figs[j]
			if j == i || compared[j] || g.Unit != f.Unit || g.Role == evidence.RoleBase || g.Role == evidence.RoleChange || s.bracketOfAnother(i, j) || !s.earlierValue(i, j) {
				continue
			}
			if f.Period != "" && g.Period != "" && ParsePeriod(f.Period).Before(ParsePeriod(g.Period)) {
				// "compared with 1,200 in Medway in 2022 and 1,100 the
				// year before": a value of a later time is no earlier
				// value of the 1,100 of 2021 (hostile check 68: it was
				// "down from 1,200 in 2022").
				continue
			}
			compared[j] = true
			// By the values as written: Agree's reading of a round
			// figure ("4,000" as 3,500 to 4,500) made "rose from 4,000
			// to 4,500" unchanged.
			dir := "unchanged"
			switch {
			case f.Value > g.Value:
				dir = "up"
			case f.Value < g.Value:
				dir = "down"
			}
			when := ""
			if c, ok := s.inComparator(j); ok && comparatorTime(c) != "" {
				// The bracket's time, which the record takes after
				// (describeComparators), never a heading's it has now.
				when = "in " + comparatorTime(c)
			} else if g.Period != "" {
				when = "in " + g.Period
			} else if m := earlierWhen(s.text[g.Offset+len(g.Text) : s.clauses[j].end]); m != "" {
				when = strings.ToLower(m)
			}
			f.Change = joinWords(dir, "from", g.Text, when)
			break
		}
	}
}

// bracketOfAnother reports figure j a value of a comparator bracket set
// beside a figure other than i: "compared with 71% in England (2022:
// 74%)" gives England's 71% its earlier value, never Kent's 64% before
// it (hostile check 68: Kent's 64% was "down from 74% in 2022").
func (s *sentence) bracketOfAnother(i, j int) bool {
	c, ok := s.inComparator(j)
	if !ok {
		return false
	}
	if ci, in := s.inComparator(i); in && ci.Open == c.Open {
		return false // "(boys: 60%, up from 55%)": the bracket's own
	}
	l := s.comparatorLevel(c.Open)
	return l >= 0 && l != i
}

// FromWhen is the time of the first value of "from 300 in 2022 to 360",
// set between it and the "to": "in 2022 ", "in Q1 2023 ", "in March 2023
// " (a quarter or a month before the year: hostile check 62 read no change
// between quarters). One pattern for the roles extract gives and the
// changes measure writes, so the two agree which values a "to" joins.
// The month's year may follow "of" or a comma, "in April of 2023 ", and
// the time be set in brackets, "(Apr 2023) ", "(March) " (hostile check
// 65: both ends dated, no change was linked and the earlier value was the
// headline).
const FromWhen = `(?:in\s+(?:(?:q[1-4]|[a-z]+)(?:\s+of|,)?\s+(?:19|20)\d\d\S*|\S+)\s+|\((?:[a-z]+(?:,?\s+(?:19|20)\d\d\S*)?|(?:19|20)\d\d\S*)\)\s+)`

func joinWords(ws ...string) string {
	var out []string
	for _, w := range ws {
		if w = strings.TrimSpace(w); w != "" {
			if strings.ContainsAny(w, "\n\r\t") {
				// A figure over a line break of its paragraph ("£1.2⏎
				// billion") is one line in the change said of it: "up
				// from £1.2\nbillion" was shown with its "\n" (hostile
				// check 85, L13).
				w = strings.Join(strings.FieldsFunc(w, func(r rune) bool { return r == ' ' || r == '\n' || r == '\r' || r == '\t' }), " ")
			}
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

var (
	// fromBeforeRe ends with the "from" of "rose from 12% to 18%".
	fromBeforeRe = lazyre.New(`(?i)\bfrom\s+$`)
	// toGapRe joins the two values of "from 12% (in 2019) to 18%".
	toGapRe = lazyre.New(`(?i)^\s*(?:` + FromWhen + `|\(\S+\)\s+|a year earlier\s+|last year\s+)?to\s+(?:around\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+)?$`)
	// comparedOpenRe opens a clause of an earlier value: "compared with",
	// "down from", "up from".
	comparedOpenRe = lazyre.New(`(?i)^[\s,;]*(?:compared\s+(?:with|to)|(?:down|up)\s+from|from)\b`)
)

// earlierValue reports figure j as an earlier value of figure i's measure:
// the "from" of "from 9% to 13%", or a clause of its own comparing it
// ("compared with 12.5% in 2017") for the same group at another time.
func (s *sentence) earlierValue(i, j int) bool {
	f, g := s.in.Figures[i], s.in.Figures[j]
	if s.earlierListedTime(i, j) {
		return true
	}
	if g.Offset < f.Offset {
		gap := s.text[g.Offset+len(g.Text) : f.Offset]
		before := s.text[max(0, g.Offset-8):g.Offset]
		if fromBeforeRe.MatchString(before) && toGapRe.MatchString(gap) {
			return true
		}
	}
	cl := s.clauses[j]
	undated := s.undatedEarlierOf(i, j)
	if (cl == s.clauses[i] || !comparedOpenRe.MatchString(s.text[cl.start:g.Offset])) && !s.comparedInBrackets(i, j) && !s.comparedInAside(i, j) && !undated {
		return false
	}
	if g.Population != "" && f.Population != "" && !strings.EqualFold(g.Population, f.Population) {
		return false // "compared with 51.6% of children eligible for free school meals": another group
	}
	if gm, fm := strings.ToLower(g.Measure), strings.ToLower(f.Measure); gm != "" && fm != "" && !strings.Contains(gm, fm) && !strings.Contains(fm, gm) {
		return false // "..., while 20% waited over 52 weeks": another measure
	}
	after := s.text[g.Offset+len(g.Text) : cl.end]
	return g.Period != "" && g.Period != f.Period || earlierWhen(after) != "" || undated
}

// earlierListedTime reports figures i and j values of one bracket of
// times' values set after a change with no level (changeWithNoLevel), j
// of the earlier time: "Referrals rose by 13% (870 in 2023; 980 in
// 2024)" gives the 980 its change from the 870 (hostile check 65: both
// were lost).
func (s *sentence) earlierListedTime(i, j int) bool {
	ci, ok := s.inComparator(i)
	cj, ok2 := s.inComparator(j)
	if !ok || !ok2 || ci.Open != cj.Open || ci.Kind != ComparatorPeriod || cj.Kind != ComparatorPeriod || s.changeWithNoLevel(cj, j) < 0 {
		return false
	}
	p, q := ParsePeriod(comparatorTime(cj)), ParsePeriod(comparatorTime(ci))
	return !p.IsZero() && !q.IsZero() && p.Before(q)
}

// comparatorTime is the time a comparator part of a time names, "2022"
// of "(2022 figure: 1,150)"; the records take it (describeComparators)
// after the changes are written.
func comparatorTime(c Comparator) string {
	if c.Kind != ComparatorPeriod {
		return ""
	}
	return comparatorPeriodTailRe.ReplaceAllString(c.Label, "")
}

// undatedEarlierOf reports figure j as the earlier value of level i by
// its words alone, with or without a time: "64% (up from 58%)", "71%
// (previously 58%)", "66% (was 58% in 2022)", the level the nearest
// figure of its unit before it. Before (hostile check 65), a value with
// no time of its own was the earlier value of nothing, and the level
// had no change.
func (s *sentence) undatedEarlierOf(i, j int) bool {
	figs := s.in.Figures
	if figs[i].Offset >= figs[j].Offset || !s.earlierOpened(j) {
		return false
	}
	for k, h := range figs {
		if k != i && h.Unit == figs[j].Unit && h.Offset > figs[i].Offset && h.Offset < figs[j].Offset && h.Role.Measured() {
			return false
		}
	}
	return true
}

// earlierWhen is the time the text does not date that an earlier value
// is of (after is the text after it in its clause): "on the previous
// year", "a year earlier", or a relative time set right after it, "52%
// last year", "52% the previous year", "in the preceding quarter". A
// "last year" elsewhere in a clause says when a change happened
// ("rose by 5% last year"), so it is read only right after the value.
func earlierWhen(after string) string {
	if m := relativeCompareRe.FindString(after); m != "" {
		return m
	}
	return strings.TrimSpace(earlierRelativeRe.FindString(after))
}

// earlierRelativeRe is a relative time set right after an earlier value:
// " last year", " the previous year", " in the preceding quarter".
var earlierRelativeRe = lazyre.New(`(?i)^\s*(?:in\s+|during\s+|for\s+)?(?:(?:the\s+)?(?:previous|preceding|prior)|last)\s+(?:financial\s+)?(?:year|quarter|month)\b`)

// comparedInBrackets reports figure j stated in brackets of its own as
// what figure i is compared with: "45% of children (compared with 30% in
// 2020) waited".
func (s *sentence) comparedInBrackets(i, j int) bool {
	f, g := s.in.Figures[i], s.in.Figures[j]
	k := strings.LastIndexByte(s.text[:g.Offset], '(')
	if k < 0 || strings.IndexByte(s.text[k:g.Offset], ')') >= 0 || f.Offset > k && f.Offset < g.Offset {
		return false
	}
	shut := strings.IndexByte(s.text[g.Offset:], ')')
	return shut >= 0 && !(f.Offset > g.Offset && f.Offset < g.Offset+shut) && comparedOpenRe.MatchString(s.text[k+1:g.Offset])
}

// comparedInAside reports figure j stated in an aside set off by commas
// or dashes after figure i as what i is compared with: "45% of children,
// compared with 52% in 2023, were seen" (parallelAside).
func (s *sentence) comparedInAside(i, j int) bool {
	if j != i+1 {
		return false
	}
	sp, ok := parallelAside(s.text, s.in.Figures, s.in.Figures[i], s.in.Figures[j])
	if !ok {
		return false
	}
	open := strings.TrimLeft(s.text[sp.start:s.in.Figures[j].Offset], " ,–—")
	return comparedOpenRe.MatchString(open)
}

// direction is up or down for change figure i, from the words of its change.
func (s *sentence) direction(i int) string {
	f := s.in.Figures[i]
	before := strings.ToLower(s.text[max(0, f.Offset-48):f.Offset])
	if strings.HasSuffix(before, "+") && f.Role == evidence.RoleChange {
		return "up" // "(+3pp on 2022)": the figure's text holds no plus
	}
	if m := changeBeforeFigRe.FindString(before); m != "" {
		for _, w := range strings.Fields(m) {
			if d, ok := directions[w]; ok {
				return d
			}
		}
	}
	after := s.text[f.Offset+len(f.Text) : min(len(s.text), f.Offset+len(f.Text)+40)]
	if m := changeAfterFigRe.FindString(after); m != "" {
		ws := strings.Fields(strings.ToLower(m))
		if d, ok := directions[ws[len(ws)-1]]; ok {
			return d
		}
		if ws[len(ws)-1] == "increase" || ws[len(ws)-1] == "rise" {
			return "up"
		}
	}
	// "has more than doubled", "a threefold rise"
	if f.Unit == evidence.UnitRatio {
		return "up"
	}
	return ""
}

// listedDirection is the direction of change figure i, or, where it
// states none, of the changes listed before it after one verb: "fell 3pp
// in 2023 and 2pp in 2022" are both down. The reader of figures made
// each in such a list a change (hostile check 55); this reads no list of
// its own, only the change before with no figure between.
func (s *sentence) listedDirection(i int) string {
	figs := s.in.Figures
	for k := i; k >= 0; k-- {
		if d := s.direction(k); d != "" {
			return d
		}
		if k == 0 || figs[k-1].Role != evidence.RoleChange || !sameOrShareUnit(figs[k-1].Unit, figs[k].Unit) {
			return ""
		}
	}
	return ""
}

// comparison is what a change is against: "on 2022/23", "since 2015/16",
// "on the previous year".
func (s *sentence) comparison(i int) string {
	cl := s.clauses[i]
	f := s.in.Figures[i]
	for _, p := range s.periods {
		if p.start < f.Offset || !cl.has(p.start) {
			continue
		}
		switch {
		case p.since:
			return p.Text
		case p.compared:
			return "on " + p.Text
		}
	}
	for _, p := range s.periods {
		if cl.has(p.start) && p.since {
			return p.Text
		}
	}
	if m := relativeCompareRe.FindString(s.text[f.Offset:cl.end]); m != "" {
		m = strings.ToLower(m)
		if !strings.HasPrefix(m, "on ") && !strings.HasPrefix(m, "than ") && !strings.HasPrefix(m, "compared ") {
			m = "on " + m
		}
		return m
	}
	return ""
}

// describeRow gives the figures of a table row their records: each
// measures its column's header; the row's labels (rowLabels) say when,
// where, of whom, and what they add to the measure ("Speech and language
// therapy"); what the row does not say comes from the section heading
// and the note.
func (s *sentence) describeRow() {
	lab := s.rowLabels()
	spansPeriods := lab.acrossTimes
	for _, t := range s.in.SetApart {
		spansPeriods = spansPeriods || onlyPeriod(t) != ""
	}
	rowOfWhom := lab.place != "" || len(s.in.LabelColumns) > 0 && LabelHeader(s.in.LabelColumns[0]) &&
		!serviceHeaderRe.MatchString(strings.TrimSpace(s.in.LabelColumns[0]))
	for i := range s.in.Figures {
		f := &s.in.Figures[i]
		if f.Role == evidence.RoleBase {
			continue
		}
		col := s.in.Columns[i]
		rest, colPeriod := withoutPeriod(col)
		f.Population = lab.pop
		f.Period = lab.period
		if f.Period == "" {
			f.Period = colPeriod
		}
		// A column naming what or where with its own year ("England
		// 2023/24 (%)") under a row of another ("2024/25" over the rows)
		// says two years of one value: it has neither, nor the caption's.
		// Before (hostile check 67), England's value under each year row
		// was dated by that row, the header's year lost without note;
		// dated by the header, two rows' values were one year's.
		yearsDisagree := colPeriod != "" && ownYearColumn(rest, lab.period, colPeriod)
		if yearsDisagree {
			f.Period = ""
		}
		// The header's period, once the figure's, is no part of what it
		// measures: "Referrals 2023" and "Referrals 2024" are one measure
		// at two times, and a header that is only a period ("2023/24")
		// leaves the row's label to say what is measured.
		if colPeriod != "" && f.Period == colPeriod {
			col = rest
		}
		// A column of a place's ("Kent (%)", "England average 2023/24
		// (%)") is of that place, and measures what a column that is only
		// a period would: the row's label, or the caption (columnPlace).
		colPlace := ""
		if lab.place == "" && lab.indicator == "" {
			if colPlace = s.columnPlace(i); colPlace != "" {
				col = ""
			}
		}
		f.Measure = joinMeasure(columnMeasure(col), tidy(lab.more))
		if shareColumnRe.MatchString(headerWithoutMarker(col)) {
			// "| Service | Children waiting | Share |": the share is of
			// what the column before it counts, or, with none, of what
			// the caption or heading names. Read alone, "Share" measured
			// the row's service, as if 38% were CAMHS itself.
			what := s.sharedColumn(i)
			if what == "" {
				what = s.d.context(s.in.Caption).titleMeasure()
			}
			if what == "" {
				what = s.d.context(s.in.Section).titleMeasure()
			}
			if what != "" {
				// Said as a share of it ("share of children seen"): "45%
				// children seen" read as 45% of every child seen, in North.
				f.Measure = joinMeasure(shareOf(col, what), tidy(lab.more))
			}
		}
		if h := headerWithoutMarker(col); rowOfWhom && ofWhomColumnRe.MatchString(h) || allColumnRe.MatchString(h) {
			// A column for an age band or a sex ("Under 11", "Aged 18 and
			// over", "Boys", "Boys aged 5 to 15") is of whom: the caption
			// or the heading says what, the column which part of it. Read
			// alone, "Under 11" measured "11", and admissions of boys
			// counted "boys". Only where the row's label says where or of
			// whom: an indicator's row ("Obese in Year 6") names what is
			// measured, not the heading.
			t := s.d.context(s.in.Caption).titleMeasure()
			if t == "" {
				t = s.d.context(s.in.Section).titleMeasure()
			}
			f.Measure = joinMeasure(joinMeasure(t, columnPart(col)), tidy(lab.more))
		}
		if lab.indicator != "" {
			// A row under "Indicator" or "Measure" names what its figures
			// measure, and each column which part of it ("Boys", "Rate
			// per 100,000"), where ("London") or when ("2023/24"). Read
			// as a group, "Obese in Year 6 (%)" left its columns to
			// measure "boys", "london" or "value".
			part := columnPart(col)
			if p := s.columnPlace(i); p != "" && lab.place == "" {
				colPlace, part = p, ""
			}
			f.Measure = joinMeasure(joinMeasure(indicatorMeasure(lab.indicator), part), tidy(lab.more))
		}
		if f.Measure == "" && (colPeriod != "" && f.Period == colPeriod || colPlace != "") {
			if lab.pop == "" || lab.headed {
				// Headers that are only periods over rows that are places
				// ("London" under "2024"), or groups their header names
				// ("Midlands" under "Region"): the table's caption or its
				// section's heading says what is measured, if either does.
				f.Measure = s.d.context(s.in.Caption).titleMeasure()
				if f.Measure == "" {
					f.Measure = s.d.context(s.in.Section).titleMeasure()
				}
			}
			if f.Measure == "" && lab.pop != "" {
				f.Measure, f.Population = tidy(lab.pop), ""
			}
		}
		if f.Measure == "" {
			// A column named only for a group or a total ("All children",
			// "Total", "Under 5") says of whom, not what: the caption or
			// the heading says what, and the column which part of it.
			// Read alone, its figures measured nothing.
			t := s.d.context(s.in.Caption).titleMeasure()
			if t == "" {
				t = s.d.context(s.in.Section).titleMeasure()
			}
			if t != "" {
				f.Measure = joinMeasure(t, columnPart(col))
			}
		}
		if f.Period == "" && !spansPeriods && !yearsDisagree {
			// The table's own caption before its section's heading: a
			// caption of March 2023 under "Waiting times in 2024" is
			// March 2023's.
			f.Period = s.d.context(s.in.Caption).period
		}
		if f.Period == "" && !spansPeriods && !yearsDisagree {
			f.Period = s.d.context(s.in.Section).period
		}
		if f.Period == "" && s.in.Cites == "" && !spansPeriods && !yearsDisagree {
			f.Period = s.d.context(s.in.Note).period
		}
		if lab.period == "" && len(lab.times) > 0 && f.Period != "" && f.Period != colPeriod {
			// A row's time cell that is only part of a period ("Q1",
			// "March") narrows the caption's or heading's year to it, or
			// leaves the figure none: Q1's count was cited as 2024's.
			f.Period = periodOfCells(append(append([]string{}, lab.times...), f.Period))
			if p := ParsePeriod(f.Period); p.IsZero() || len(lab.times) > 0 && !strings.Contains(strings.ToLower(f.Period), strings.ToLower(strings.TrimSpace(lab.times[0]))) {
				f.Period = ""
			}
		}
		f.Place = lab.place
		if f.Place == "" {
			f.Place = colPlace
		}
		if f.Place == "" {
			f.Place = s.d.context(s.in.Caption).place
		}
		if f.Place == "" {
			f.Place = s.d.context(s.in.Section).place
		}
		if f.Place == "" && s.in.Cites == "" {
			f.Place = s.d.context(s.in.Note).place
		}
		if f.Place != "" {
			f.Measure = s.withoutTitlePlace(f.Measure)
		}
		f.Key = s.d.rowKey(*f, lab.more)
	}
}

// shareOf is a share column's measure: its header's word ("share",
// "proportion"; "percentage" for "%") of what it shares.
func shareOf(col, what string) string {
	h := strings.ToLower(headerWithoutMarker(col))
	h = strings.TrimSpace(strings.TrimSuffix(h, "(%)"))
	if i := strings.Index(h, " of "); i >= 0 {
		h = h[:i]
	}
	switch h {
	case "%", "per cent", "percent", "":
		h = "percentage"
	}
	return h + " of " + what
}

// columnMeasure is what a column's header says its figures measure,
// without its unit ("Children waiting (n)", "School nurses %").
func columnMeasure(col string) string {
	m := tidy(trailingUnitRe.Get().ReplaceAllString(withoutUnits(col), "$1"))
	if hasPer(m) && tidy(rateBaseRe.ReplaceAllString(m, " ")) == "" {
		// "Rate per 100,000" names only how its figures are given: the
		// caption or the heading says what they are a rate of.
		return ""
	}
	return m
}

// shareColumnRe is a column header naming only a share: "Share", "%",
// "Proportion", "Percentage of total".
var shareColumnRe = lazyre.New(`(?i)^(?:share|proportion|percentage|per\s?cent|%)(?:\s+of\s+(?:the\s+)?(?:total|all))?(?:\s*\(%\))?$`)

// sharedColumn is what the column of the figure before figure i counts
// (people, or money): the whole a share column's figure is a share of. ""
// when that figure is no count, or its column names nothing: a PDF table
// read out of line puts a count under the wrong header, and the nearest
// named column further left is then the whole, not the part.
func (s *sentence) sharedColumn(i int) string {
	if i == 0 {
		return ""
	}
	f := s.in.Figures[i-1]
	if f.Role == evidence.RoleBase || f.Unit != evidence.UnitCount && f.Unit != evidence.UnitGBP {
		return ""
	}
	col, _ := withoutPeriod(s.in.Columns[i-1])
	if shareColumnRe.MatchString(headerWithoutMarker(col)) {
		return ""
	}
	return columnMeasure(col)
}

// withoutPeriod is a header or phrase without the one period it names
// (onlyPeriod) and the words leading into it ("in", "at the end of"),
// and that period; the text unchanged and "" when it names none, or more
// than one.
func withoutPeriod(text string) (string, string) {
	if strings.IndexByte(text, '(') >= 0 {
		// "Hastings (2022) %": a header's year in brackets is its
		// column's, never a work cited, and goes with its brackets
		// (hostile check 68).
		text = headerYearBracketRe.ReplaceAllString(text, " $1 ")
	}
	p := onlyPeriod(text)
	if p == "" {
		return text, ""
	}
	var b strings.Builder
	last := 0
	for _, f := range findPeriods(text) {
		if f.Text != p || f.compared || f.since {
			continue
		}
		a, z := periodWords(text, f, last)
		if m := periodStatusRe.FindStringIndex(text[z:]); m != nil {
			z += m[1] // "2024-25 (provisional)": the data's state, not the measure
		}
		// "Hastings, 2022/23 (%)": the comma before the year goes with it.
		b.WriteString(strings.TrimRight(text[last:a], " ,"))
		b.WriteByte(' ')
		last = z
	}
	b.WriteString(text[last:])
	return b.String(), p
}

// headerYearBracketRe is a year or a financial year alone in a header's
// brackets: "Hastings (2022) %", "Kent (2023/24) (%)".
var headerYearBracketRe = lazyre.New(`\(\s*((?:19|20)\d{2}(?:[/-]\d{2}(?:\d{2})?)?)\s*\)`)

// periodStatusRe is what a header says of its period's figures right
// after it: provisional, revised, final, estimated.
var periodStatusRe = lazyre.New(`^\s*\((?i:provisional|revised|final|estimated?|estimates|p|r|e)\)`)

// unitsRe is a column header's unit: "(%)", "(weeks)", "(£m)", and a
// share's note of its whole, "(% of all waiting)". A rate's
// base ("per 1,000") is kept: it says what the figures under it are per
// (RateBase), and a key leaves it out so that rates at any base compare.
var unitsRe = lazyre.New(`(?i)\((?:%|per cent|percent|weeks?|months?|days?|years?|£\s?[mkb]n?|£|n|number|count)\)|\(\s*(?:%|per\s?cent|percent)\s+of\s+[^()]*\)`)

// trailingUnitRe is a unit a spanning header's column ends with, as a web
// table's two header rows join: "School nurses Number", "School nurses
// %". Kept, it made "school nurses Number" a measure of its own.
var trailingUnitRe = lazyre.New(`(?i)(\S)\s+(?:number|numbers|no\.?|n|count|%|per\s?cent|percentage)\s*$`)

// columnPart is a column header as the part of a measure it names ("all
// children", "under 5"): "" for a header that names only a unit ("n",
// "%", "Number").
func columnPart(h string) string {
	h = headerWithoutMarker(h)
	if ageColumnRe.MatchString(h) {
		return strings.ToLower(h) // "11+", "0-4": a band, with or without letters
	}
	if raw := strings.TrimSpace(squeeze(dropMarkers(h))); rateColumnRe.MatchString(raw) {
		// "Rate per 100,000" beside "Deaths": its figures are a rate of
		// what the heading names, never that many of it. A unit note is
		// no part of it: "Rate (%)" measures what "Rate" does (hostile
		// check 70, G8).
		return strings.ToLower(strings.TrimSpace(squeeze(withoutUnits(raw))))
	}
	h = strings.TrimSpace(squeeze(dropMarkers(withoutUnits(h))))
	h = strings.Trim(h, " ,;:.*_")
	if !strings.ContainsFunc(h, unicode.IsLetter) || unitHeaders[strings.ToLower(h)] || strings.EqualFold(h, "per cent") {
		return ""
	}
	if len(h) > 1 && isUpper(h[0]) && !isUpper(h[1]) {
		h = strings.ToLower(h[:1]) + h[1:]
	}
	return h
}

// ageColumnRe is a column header naming only an age band: "Under 11",
// "11 to 17", "Aged 18 and over", "16+", "5-year-olds".
var ageColumnRe = lazyre.New(`(?i)^(?:aged?\s+|ages\s+)?` + headerAgeBand + `$`)

// ofWhomColumnRe is a column header naming only a group by age, sex or
// both: "Under 11", "Boys", "All girls", "Boys aged 5 to 15", "5 to 15
// girls".
var ofWhomColumnRe = lazyre.New(`(?i)^(?:all\s+)?(?:(?:` + sexWords + `)(?:\s+(?:aged?\s+)?` + headerAgeBand + `)?|(?:aged?\s+|ages\s+)?` + headerAgeBand + `(?:\s+(?:` + sexWords + `))?)$`)

// headerAgeBand is an age or a band of ages as a header writes it: "under 11",
// "5 to 15", "16-17 years", "18+", "65 and over", "5-year-olds".
const headerAgeBand = `(?:(?:under|below|over|above)\s+)?\d{1,2}\s*(?:(?:to|-|–)\s*\d{1,2})?\s*(?:\+|\s(?:and|or)\s+(?:over|under|older|younger|above))?(?:\s*(?:years?|yrs)(?:\s+old)?|[- ]years?[- ]olds?)?`

// sexWords name a sex as a column header does.
const sexWords = `boys?|girls?|males?|females?|men|women|persons|people`

// allColumnRe is a column header naming every group of a breakdown:
// "All ages", "All children", "All".
var allColumnRe = lazyre.New(`(?i)^all(?:\s+[a-z]+)?$`)

// headerWithoutMarker is a column header without its note markers, one
// after a word included ("Total (a)", "11+ [2]").
func headerWithoutMarker(h string) string {
	h = strings.TrimSpace(squeeze(dropMarkers(h)))
	if m := headerMarkerRe.FindStringIndex(h); m != nil && m[0] > 0 {
		h = strings.TrimSpace(h[:m[0]])
	}
	return h
}

// headerMarkerRe is a note marker ending a header: "(a)", "[2]", "*".
var headerMarkerRe = lazyre.New(`\s*(?:\([a-z]\)|\[[a-z0-9]{1,2}\]|\*+)$`)

// rateColumnRe is a column header naming a rate: "Rate", "Rate per
// 100,000", "Crude rate", "(per 1,000 children)".
var rateColumnRe = lazyre.New(`(?i)^(?:(?:crude|age[- ]standardised|standardised)\s+)?rates?\b|^\(?per\s+[\d,]+\b`)

// unitHeaders are column headers that name only the unit of the figures
// under them.
var unitHeaders = setOf(`n no no. number numbers count counts % percent percentage rate rates value values figure figures total totals`)
