package measure

import (
	"github.com/cypx/cypx/internal/lazyre"
	"slices"
	"strconv"
	"strings"
)

// scanPeriods finds the periods of a text by reading its words: the years
// in it, and the months, seasons, joiners and years around each. It does
// what a set of regular expressions would, at a fraction of the cost, for
// it runs on every statistic.
func scanPeriods(s string, toks []token, v *Vocabulary) []found {
	if !hasYear(s) {
		return nil
	}
	if toks == nil {
		toks = tokenize(s)
	}
	if !strings.ContainsAny(s, "([") {
		return scanPeriodsOutside(s, toks, nil)
	}
	// A work's day of issue, "(Jones, Sept. 2022)", dates no figure; a
	// body v or bodyNames knows, "(NHS England, Sept. 2022)", dates one
	// the sentence dates no other way. Before (hostile check 60), any
	// name did, so a figure whose sentence gave only a relative period
	// ("last year") took the day a work came out.
	cites, issued := citations(s, v.namesBody)
	out := scanPeriodsOutside(s, toks, append(cites[:len(cites):len(cites)], issued...))
	if len(out) == 0 && len(issued) > 0 {
		out = scanPeriodsOutside(s, toks, cites)
	}
	return out
}

// scanPeriodsOutside is scanPeriods reading no year inside the spans cites.
func scanPeriodsOutside(s string, toks []token, cites [][]int) []found {
	inCite := func(i int) bool {
		for _, c := range cites {
			if i >= c[0] && i < c[1] {
				return true
			}
		}
		return false
	}
	gap := func(a, b int) string { return s[toks[a].end:toks[b].start] }
	plain := func(a, b int) bool { return strings.TrimSpace(gap(a, b)) == "" }
	dash := func(a, b int) bool {
		g := strings.TrimSpace(gap(a, b))
		if strings.HasPrefix(g, ".") && MonthCutShort(toks[a].text) {
			// "Apr.-Jun. 2023": the stop of a month cut short
			g = strings.TrimSpace(g[1:])
		}
		return g == "–" || g == "—" || g == "-"
	}
	// abbrevStop: a month cut short with a stop before the year, "Sept.
	// 2022", "Jan. 2024", is the month; before (hostile check 58), the
	// stop kept it from the year, and "Sept." was left in the measure.
	abbrevStop := func(a, b int) bool {
		return strings.TrimSpace(gap(a, b)) == "." && MonthCutShort(toks[a].text)
	}
	// monthYear: the month a and the year b are one date, "March 2023"
	// or "Mar. 2023"; before (hostile check 60), "(Sep. 2022 – Mar.
	// 2023)" was read as September 2022 alone.
	monthYear := func(a, b int) bool { return plain(a, b) || abbrevStop(a, b) }
	word := func(i int) string {
		if i < 0 || i >= len(toks) {
			return ""
		}
		return toks[i].lower
	}
	var out []found
	used := -1 // the last word read into a period
	for i := 0; i < len(toks); i++ {
		kind, y1, y2 := yearWord(toks[i].lower)
		if kind == 0 || inCite(toks[i].start) {
			continue
		}
		first, last := i, i
		var later []found // quarters after this one of its year
		end := toks[i].start + yearLen(toks[i].lower)
		var p Period
		ok := true
		m := 0
		if i-1 > used {
			m = monthIndex(toks[i-1].text)
			if toks[i-1].lower == "may" && toks[i-1].text == "may" {
				m = 0 // the verb
			}
		}
		m1, m2 := 0, 0
		if kind == 1 && m == 0 && i-1 > used && plain(i-1, i) {
			m1, m2 = hyphenMonths(toks[i-1].text)
		}
		switch {
		case m1 > 0:
			// "Apr-Jun 2024", as a table's header writes a quarter: read
			// as the year alone, it claimed all of 2024.
			from := y1
			if m1 > m2 {
				from = y1 - 1
			}
			p = monthsPeriod(from, m1, y1, m2)
			first = i - 1
		case kind == 1 && m == 0 && i-2 > used && word(i-1) == "of" && plain(i-2, i-1) && plain(i-1, i) && monthAt(toks, i-2, false) > 0:
			// "June of 2022": the month of that year (hostile check 64:
			// the year alone, the month left in the measure).
			mo := monthAt(toks, i-2, false)
			p = Period{From: y1*12 + mo - 1, To: y1*12 + mo - 1, Text: monthNames[mo-1] + " " + strconv.Itoa(y1)}
			first = i - 2
		case kind == 1 && m > 0 && (plain(i-1, i) || abbrevStop(i-1, i) || strings.TrimSpace(gap(i-1, i)) == "," && monthAt(toks, i-1, false) > 0):
			// "June, 2022" is June 2022 too (hostile check 64).
			first = i - 1
			switch {
			// "12 months to March 2024", "the year ending March 2024"
			case (word(i-2) == "to" || word(i-2) == "ending") && (word(i-3) == "year" ||
				word(i-3) == "months" && (word(i-4) == "12" || word(i-4) == "twelve")) && i-3 > used:
				to := y1*12 + m - 1
				p = Period{From: to - 11, To: to, Text: "12 months to " + monthNames[m-1] + " " + strconv.Itoa(y1)}
				first = i - 3
				if word(i-3) == "months" {
					first = i - 4
				}
			// "April–May 2024", "April to May 2024", "between April and May 2024"
			case i-3 > used && monthIndex(toks[i-3].text) > 0 && (dash(i-3, i-1) ||
				plain(i-3, i-2) && plain(i-2, i-1) && (word(i-2) == "to" || word(i-2) == "and" || word(i-2) == "until")) ||
				i-2 > used && monthIndex(toks[i-2].text) > 0 && dash(i-2, i-1):
				m1i := i - 3
				if monthIndex(toks[i-2].text) > 0 && dash(i-2, i-1) {
					m1i = i - 2
				}
				m1 := monthIndex(toks[m1i].text)
				from := y1
				if m1 > m {
					from = y1 - 1
				}
				p = monthsPeriod(from, m1, y1, m)
				first = m1i
				if w := word(m1i - 1); (w == "between" || w == "from") && m1i-1 > used {
					first = m1i - 1
				}
			// "December 2023 to January 2024", "October 2023–March 2024"
			case i-4 > used && monthIndex(toks[i-4].text) > 0 && yearKind(word(i-3)) == 1 && monthYear(i-4, i-3) &&
				(dash(i-3, i-1) || plain(i-3, i-2) && (word(i-2) == "to" || word(i-2) == "and" || word(i-2) == "until")):
				m1 := monthIndex(toks[i-4].text)
				_, yy, _ := yearWord(word(i - 3))
				if yy*12+m1 > y1*12+m {
					ok = false
					break
				}
				p = monthsPeriod(yy, m1, y1, m)
				first = i - 4
				if w := word(i - 5); (w == "between" || w == "from") && i-5 > used {
					first = i - 5
				}
			case i-3 > used && monthIndex(toks[i-3].text) > 0 && yearKind(word(i-2)) == 1 && monthYear(i-3, i-2) && dash(i-2, i-1):
				m1 := monthIndex(toks[i-3].text)
				_, yy, _ := yearWord(word(i - 2))
				if yy*12+m1 > y1*12+m {
					ok = false
					break
				}
				p = monthsPeriod(yy, m1, y1, m)
				first = i - 3
			// "October 2023 to March 2024", "December 2023–January 2024"
			case i+3 < len(toks) && monthIndex(toks[i+2].text) > 0 && yearKind(word(i+3)) == 1 && monthYear(i+2, i+3) &&
				(dash(i, i+2) || plain(i, i+1) && plain(i+1, i+2) && (word(i+1) == "to" || word(i+1) == "and" || word(i+1) == "until")):
				m2 := monthIndex(toks[i+2].text)
				_, yy, _ := yearWord(word(i + 3))
				if y1*12+m > yy*12+m2 {
					ok = false
					break
				}
				p = monthsPeriod(y1, m, yy, m2)
				last, end = i+3, toks[i+3].start+yearLen(toks[i+3].lower)
				if w := word(i - 2); (w == "between" || w == "from") && i-2 > used {
					first = i - 2
				}
			case i+2 < len(toks) && monthIndex(toks[i+1].text) > 0 && yearKind(word(i+2)) == 1 && dash(i, i+1) && monthYear(i+1, i+2):
				m2 := monthIndex(toks[i+1].text)
				_, yy, _ := yearWord(word(i + 2))
				if y1*12+m > yy*12+m2 {
					ok = false
					break
				}
				p = monthsPeriod(y1, m, yy, m2)
				last, end = i+2, toks[i+2].start+yearLen(toks[i+2].lower)
			default:
				p = Period{From: y1*12 + m - 1, To: y1*12 + m - 1, Text: monthNames[m-1] + " " + strconv.Itoa(y1)}
				// "31 March 2024", "1st April 2023"
				if d := word(i - 2); i-2 > used && len(d) <= 4 && d != "" && isDigit(d[0]) && plain(i-2, i-1) && dayWord(d) {
					first = i - 2
				}
			}
		case kind == 1 && i-1 > used && seasonMonths[word(i-1)] != [2]int{} && plain(i-1, i):
			sm := seasonMonths[word(i-1)]
			p = Period{From: y1*12 + sm[0] - 1, To: y1*12 + sm[1] - 1, Text: word(i-1) + " " + strconv.Itoa(y1)}
			first = i - 1
		default:
			p, ok = yearPeriod(kind, y1, y2)
			// "2022–23", "2015–2023", "2022 to 2023", "between 2016/17 and 2022/23"
			if i+1 < len(toks) {
				k2, a2, b2 := yearWord(word(i + 1))
				two := kind == 1 && len(word(i+1)) == 2 && isDigit(word(i + 1)[0]) && dash(i, i+1)
				joined := word(i-1) == "between" || word(i-1) == "from"
				switch {
				case two:
					if q, good := fyPeriod(toks[i].text + "/" + toks[i+1].text); good {
						p, ok, last, end = q, true, i+1, toks[i+1].end
					}
				case k2 != 0 && dash(i, i+1):
					if q, good := spanOf(kind, y1, y2, k2, a2, b2); good {
						p, ok, last, end = q, true, i+1, toks[i+1].start+yearLen(toks[i+1].lower)
					}
				case i+2 < len(toks) && plain(i, i+1) && plain(i+1, i+2) && (word(i+1) == "to" || word(i+1) == "and"):
					k3, a3, b3 := yearWord(word(i + 2))
					if kind == 1 && k3 == 0 && !joined && word(i+1) == "to" && shortNextYear(s, toks, i, y1) {
						// "2023 to 24", as "2023-24" is written with a word
						p, ok, last, end = fyOf(y1), true, i+2, toks[i+2].end
						break
					}
					if k3 == 0 || word(i+1) == "and" && !joined {
						break
					}
					if kind == 1 && k3 == 1 && !joined && a3 == y1+1 {
						p, ok, last, end = fyOf(y1), true, i+2, toks[i+2].start+yearLen(toks[i+2].lower) // "in 2022 to 2023": GOV.UK's 2022/23
						break
					}
					if q, good := spanOf(kind, y1, y2, k3, a3, b3); good {
						p, ok, last, end = q, true, i+2, toks[i+2].start+yearLen(toks[i+2].lower)
					}
				}
				if last > i && joined && i-1 > used {
					first = i - 1
				}
			}
		}
		// "Q1 2024", "Q4 2023/24", "2024-25 Q1": a quarter of a calendar
		// or financial year.
		if ok && p.To-p.From == 11 && (p.From%12 == 0 || p.From%12 == 3) {
			q := 0
			if first-1 > used && plain(first-1, first) {
				if q = quarterWord(word(first - 1)); q > 0 {
					first--
				}
			}
			if q == 0 && last+1 < len(toks) && plain(last, last+1) {
				if q = quarterWord(word(last + 1)); q > 0 {
					last++
					end = toks[last].end
				}
			}
			if q0 := quarterWord(word(first - 2)); q > 0 && last == i && q0 > 0 && q0 < q && first-3 > used && quarterSpan(word(first-3), word(first-1)) {
				// "between Q1 and Q4 2023", "from Q1 to Q4 2023": a span
				// from the first quarter's start to the last's end, never
				// the first quarter alone nor the last (hostile checks 63
				// and 64: a rise between them was dated Q1 2023; hostile
				// check 65: one from Q1 to Q4 was dated Q4 2023 and
				// measured "from Q1").
				from := p.From + (q0-1)*3
				to := p.From + q*3 - 1
				p = monthsPeriod(from/12, from%12+1, to/12, to%12+1)
				first -= 3
			} else if q > 0 {
				year := p
				from := p.From + (q-1)*3
				p = Period{From: from, To: from + 2, Text: "Q" + strconv.Itoa(q) + " " + p.Text}
				if last == i {
					// "in Q1, Q2 and Q3 2023": the quarters listed before
					// the one the year follows are of that year too
					// (hostile check 60: Q1 and Q2 were no periods).
					out = append(out, listedQuarters(toks, first, used, year, gap)...)
				}
				later = laterQuarters(toks, last, q, year)
			}
		}
		if ok && len(later) == 0 {
			later = laterMonths(s, toks, last, p)
		}
		a, b := toks[first].start, end
		if !ok || notAPeriod(s, a, b) {
			used = last
			continue
		}
		if e := earlierMonth(s, toks, first, used, p); e != nil {
			out = append(out, *e)
		}
		f := found{Period: p, start: a, end: b}
		before := strings.ToLower(strings.TrimSpace(s[max(0, a-40):a]))
		switch {
		case strings.HasSuffix(before, "since"):
			f.since, f.Open, f.To = true, true, 0
			f.Text = "since " + f.Text
		case comparedBefore(before) && !(strings.HasSuffix(before, "from") && p.To-p.From >= 12):
			// "down 2 from 2022" compares; "fell 2 from 2021 to 2023"
			// spans the years.
			f.compared = true
		}
		out = append(out, f)
		used = last
		i = last
		if len(later) > 0 {
			out = append(out, later...)
			used = laterEnd(toks, later)
			i = used
		}
	}
	return out
}

// laterQuarters are the quarters named after "Q1 2023" with no year of
// their own, each later than the one before it and before any other
// year: the "Q2" of "In Q1 2023 referrals were 300; in Q2, 320" is Q2
// 2023 (hostile check 62: it was no period, and the 320's measure).
func laterQuarters(toks []token, last, q int, year Period) []found {
	var out []found
	for k := last + 1; k < len(toks); k++ {
		if kind, _, _ := yearWord(toks[k].lower); kind > 0 {
			break
		}
		if comparedQuarterWords[toks[k].lower] {
			// "In Q1 2024, 45% …, compared with 52% in Q4": the quarter
			// compared with is the one before, of the year before;
			// before (hostile check 100), it was dated Q4 2024 and the
			// fall drawn as a rise. Left undated, as a month is.
			break
		}
		qk := quarterWord(toks[k].lower)
		if qk == 0 {
			continue
		}
		if qk <= q || k+1 < len(toks) && yearKind(toks[k+1].lower) > 0 {
			break // an earlier quarter, or one with a year of its own
		}
		from := year.From + (qk-1)*3
		out = append(out, found{Period: Period{From: from, To: from + 2, Text: "Q" + strconv.Itoa(qk) + " " + year.Text}, start: toks[k].start, end: toks[k].end})
		q = qk
	}
	return out
}

// comparedQuarterWords open the comparison a later bare quarter may be
// the earlier end of: "compared with", "versus", "vs", "against", "up
// from".
var comparedQuarterWords = map[string]bool{"compared": true, "versus": true, "vs": true, "against": true, "from": true}

// laterMonths are the months later clauses open on with no year of
// their own, "; in March, 410", after a month or a calendar year: of that
// year, and after the month, "In January 2024, 380 children were
// referred; in March, 410" giving March 2024 (hostile check 63: the 410
// was lost, then measured "in March"); each later than the one before,
// "; in March, 410; in May, 450" May 2024 too (hostile check 64: the 450
// was undated). A month no later than the first, or after a financial
// year, is left undated. A change's later end, "from 455 in March 2022 to
// 410 in June", is of the earlier end's year, or the next if no later in
// it; its earlier end, "410 in February 2023, up from 380 in November",
// of the later end's year, or the year before if no earlier in it
// (hostile check 64: June and November were no periods, the 410 and
// the 380 their people).
func laterMonths(s string, toks []token, last int, p Period) []found {
	calendarYear := p.To-p.From == 11 && p.From%12 == 0 && !strings.ContainsAny(p.Text, "/–-")
	if !calendarYear && p.From != p.To || p.Open {
		return nil
	}
	var out []found
	prev := -1 // the month, 0 to 11, of the last month read
	if !calendarYear {
		prev = p.From % 12
	}
	for k := last + 1; k < len(toks); k++ {
		m := monthAt(toks, k, true)
		if m == 0 {
			continue
		}
		if k+1 < len(toks) && yearKind(toks[k+1].lower) > 0 {
			return out
		}
		lead := s[toks[last].end:toks[k].start]
		y := p.From / 12
		switch {
		case laterMonthLeadRe.MatchString(lead) && strings.HasPrefix(strings.TrimSpace(s[toks[k].end:]), ",") && monthAt(toks, k, false) > 0:
			if m-1 <= prev {
				return out
			}
		case len(out) == 0 && !calendarYear && monthToLeadRe.MatchString(lead):
			if m-1 <= prev {
				y++
			}
		case len(out) == 0 && !calendarYear && monthFromLeadRe.MatchString(lead):
			// "410 in June 2023, down from 455 in March": the earlier
			// value's month (hostile check 63: 455 had no figure of its
			// own).
			if m-1 >= prev {
				y--
			}
		default:
			return out
		}
		at := y*12 + m - 1
		out = append(out, found{Period: Period{From: at, To: at, Text: monthNames[m-1] + " " + strconv.Itoa(y)}, start: toks[k].start, end: toks[k].end})
		if !laterMonthLeadRe.MatchString(lead) {
			return out
		}
		last, prev = k, m-1
	}
	return out
}

// monthAt is the month token k names, 1 to 12, or 0: its full name, or
// where short its abbreviation too ("Mar", "Jun"), never the verb "may".
func monthAt(toks []token, k int, short bool) int {
	m := monthIndex(toks[k].text)
	if m == 0 || toks[k].text == "may" {
		return 0
	}
	if toks[k].lower == strings.ToLower(monthNames[m-1]) || short {
		return m
	}
	return 0
}

// quarterSpan reports the words around the first quarter of a span of
// quarters of one year: "between Q1 and", "from Q1 to", as months are
// joined ("between April and", "from April to").
func quarterSpan(open, join string) bool {
	return open == "between" && join == "and" || open == "from" && (join == "to" || join == "until")
}

// monthFromLeadRe is the text between a month of a year and an earlier
// value's month: ", down from 455 in ".
var monthFromLeadRe = lazyre.New(`^\.?,?\s+(?:down|up)\s+from\s+\d[\d,.]*%?\s+in\s+$`)

// earlierMonth is the month with no year of its own a change ran from to
// the month of a year at token first: the March of "fell from 455 in
// March to 410 in June 2022", March 2022 (a month after the later one, of
// the year before). Before (hostile check 63), "March" was the counts'
// people and 455 undated.
func earlierMonth(s string, toks []token, first, used int, p Period) *found {
	if p.From != p.To || p.Open {
		return nil
	}
	for k := first - 1; k > used && k >= 0; k-- {
		m := monthAt(toks, k, true)
		if m == 0 {
			continue
		}
		if !monthToLeadRe.MatchString(s[toks[k].end:toks[first].start]) || !monthFromBeforeRe.MatchString(s[:toks[k].start]) {
			return nil
		}
		y := p.From / 12
		if m-1 >= p.From%12 {
			y--
		}
		at := y*12 + m - 1
		return &found{Period: Period{From: at, To: at, Text: monthNames[m-1] + " " + strconv.Itoa(y)}, start: toks[k].start, end: toks[k].end}
	}
	return nil
}

// monthToLeadRe and monthFromBeforeRe are the text after and before the
// first month of a change from one month's value to another's: "fell from
// 455 in " and " to 410 in ".
// The earlier end may name its people, "from 455 children in March",
// and either end's month be set in brackets, "from 455 (March) to 410
// (June 2022)" (hostile check 64).
var (
	monthToLeadRe     = lazyre.New(`^\.?\)?\s+to\s+\d[\d,.]*%?(?:\s+in\s+|\s*\()$`)
	monthFromBeforeRe = lazyre.New(`\bfrom\s+\d[\d,.]*%?(?:\s+[a-z][a-z'’-]*){0,3}(?:\s+in\s+|\s*\()$`)
)

// laterMonthLeadRe ends the text between a dated time and a later
// clause's month: "..., 380 children were referred; in ".
var laterMonthLeadRe = lazyre.New(`^[^;]*;\s+in\s+$`)

// laterEnd is the index of the token the last of later quarters is.
func laterEnd(toks []token, later []found) int {
	end := later[len(later)-1].start
	for k := range toks {
		if toks[k].start == end {
			return k
		}
	}
	return len(toks) - 1
}

// hyphenMonths reads two months joined by a hyphen into one word
// ("Apr-Jun", "April-June"): their numbers, or 0, 0.
func hyphenMonths(w string) (int, int) {
	a, b, ok := strings.Cut(w, "-")
	if !ok {
		return 0, 0
	}
	m1, m2 := monthIndex(a), monthIndex(b)
	if m1 == 0 || m2 == 0 {
		return 0, 0
	}
	return m1, m2
}

// listedQuarters are the quarters listed before the quarter at token
// first, each a period of year: "Q1" and "Q2" of "in Q1, Q2 and Q3 2023"
// or of "was 91% in Q1, 92% in Q2 and 93% in Q3 2023", each earlier than
// the one after it. No token at or before used is read.
func listedQuarters(toks []token, first, used int, year Period, gap func(a, b int) string) []found {
	var out []found
	j, qj := first, quarterWord(toks[first].lower)
	for k := first - 1; k > used; k-- {
		q := quarterWord(toks[k].lower)
		if q == 0 {
			continue
		}
		g := gap(k, j)
		if q >= qj || hasYear(g) || !listedQuarterGapRe.MatchString(g) {
			break
		}
		from := year.From + (q-1)*3
		out = append(out, found{Period: Period{From: from, To: from + 2, Text: "Q" + strconv.Itoa(q) + " " + year.Text}, start: toks[k].start, end: toks[k].end})
		j, qj = k, q
	}
	slices.Reverse(out)
	return out
}

// listedQuarterGapRe joins two listed quarters: ", ", " and ", ", and ",
// or a value of the next between, ", 92% in ".
var listedQuarterGapRe = lazyre.New(`(?i)^\s*,?\s*(?:and\s+)?(?:[^;:()\s][^;:()]{0,30}?\s+in\s+)?$`)

// quarterWord reads a quarter's name, "q1" to "q4": 1 to 4, or 0.
func quarterWord(w string) int {
	if len(w) == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4' {
		return int(w[1] - '0')
	}
	return 0
}

// yearWord reads a word that is a year (kind 1: "2023") or a pair of
// years (kind 2: "2023/24", "2022-23", "2015/2023"), with the years.
func yearWord(w string) (kind, y1, y2 int) {
	w = w[:yearLen(w)]
	if len(w) < 4 || !isYearStart(w) {
		return 0, 0, 0
	}
	y1, _ = strconv.Atoi(w[:4])
	if len(w) == 4 {
		return 1, y1, 0
	}
	if w[4] != '/' && w[4] != '-' {
		return 0, 0, 0
	}
	rest := w[5:]
	if len(rest) == 2 || len(rest) == 4 && isYearStart(rest) {
		y, err := strconv.Atoi(rest)
		if err != nil {
			return 0, 0, 0
		}
		if len(rest) == 2 {
			y += y1 / 100 * 100
		}
		return 2, y1, y
	}
	return 0, 0, 0
}

// yearLen is the length of a word without a footnote number glued to it
// by a point ("2023.6" at the end of a sentence is 2023 and note 6).
func yearLen(w string) int {
	if i := strings.IndexByte(w, '.'); i >= 4 && len(w)-i <= 3 {
		return i
	}
	return len(w)
}

func yearKind(w string) int {
	k, _, _ := yearWord(w)
	return k
}

// isYearStart reports four digits from 1900 to 2099 at the start of w.
func isYearStart(w string) bool {
	return len(w) >= 4 && (w[0] == '1' && w[1] == '9' || w[0] == '2' && w[1] == '0') && isDigit(w[2]) && isDigit(w[3]) &&
		(len(w) == 4 || !isDigit(w[4]))
}

// dayWord reports a day of the month: "31", "1st".
func dayWord(d string) bool {
	n := 0
	for n < len(d) && isDigit(d[n]) {
		n++
	}
	v, err := strconv.Atoi(d[:n])
	return err == nil && v >= 1 && v <= 31 && (n == len(d) || d[n:] == "st" || d[n:] == "nd" || d[n:] == "rd" || d[n:] == "th")
}

// yearPeriod is the period of a year word.
func yearPeriod(kind, y1, y2 int) (Period, bool) {
	if kind == 1 {
		return Period{From: y1 * 12, To: y1*12 + 11, Text: strconv.Itoa(y1)}, true
	}
	switch {
	case y2 == y1+1:
		return fyOf(y1), true
	case y2 > y1:
		return Period{From: y1 * 12, To: y2*12 + 11, Text: strconv.Itoa(y1) + "–" + strconv.Itoa(y2)}, true
	}
	return Period{}, false
}

// spanOf is the span from one year word to another: "2015–2023",
// "2016/17–2022/23".
func spanOf(k1, a1, b1, k2, a2, b2 int) (Period, bool) {
	p, ok1 := yearPeriod(k1, a1, b1)
	q, ok2 := yearPeriod(k2, a2, b2)
	if !ok1 || !ok2 || q.To < p.From {
		return Period{}, false
	}
	return Period{From: p.From, To: q.To, Text: p.Text + "–" + q.Text}, true
}

// shortNextYear reports that the word two after year y1 (at toks[i],
// "to" between) is the next year's last two digits ending the period, as
// "2023 to 24" is written for the financial year: what follows is the end,
// a stop or a word that opens a clause, not a unit or a noun ("to 24%",
// "to 24 children"), and no "from" before the year makes it a change
// ("from 12 in 2023 to 24").
func shortNextYear(s string, toks []token, i, y1 int) bool {
	t := toks[i+2]
	if len(t.lower) != 2 || !isDigit(t.lower[0]) || !isDigit(t.lower[1]) || int(t.lower[0]-'0')*10+int(t.lower[1]-'0') != (y1+1)%100 {
		return false
	}
	for k := max(0, i-4); k < i; k++ {
		if toks[k].lower == "from" {
			return false
		}
	}
	rest := s[t.end:]
	switch {
	case rest == "":
		return true
	case rest[0] == ',' || rest[0] == ';' || rest[0] == ':' || rest[0] == ')' || rest[0] == '|':
		return true
	case rest[0] == '.':
		return len(rest) == 1 || !isDigit(rest[1])
	case rest[0] != ' ':
		return false
	}
	switch strings.ToLower(firstWord(rest)) {
	case "there", "we", "the", "a", "an", "our", "this", "it", "they", "when", "while", "financial":
		return true
	}
	return false
}
