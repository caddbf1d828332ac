package measure

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// trailingYearRe is a year or financial year ending a header or caption,
// after what its cells count: "Referrals (thousands) 2023/24", as a header
// cell merged over years heads each year's column, and "Population,
// millions, 2023", as a caption writes it. Before, the scale was read only
// at the header's end, and 12.4 thousand was a count of 12.4.
var trailingYearRe = lazyre.New(`(?i),?\s+(?:fy\s?)?(?:18|19|20)\d{2}(?:\s?[/–—-]\s?(?:18|19|20)?\d{2})?\s*$`)

// countScaleRe is a header's statement that its counts are in thousands
// or millions: "(thousands)", "('000s)", "(000s)", ", millions". A bare
// "(m)" or "(k)" is left: metres and kilometres are written so too.
// "(figures in thousands)", "(numbers in millions)" and ", in thousands"
// too, as captions and headings over a table write it.
var countScaleRe = lazyre.New(`(?i)(?:\(\s*` + countScaleWords + `\s*\)|,\s*` + countScaleWords + `)\.?\s*$`)

// countScaleBracketRe is countScaleRe's bracketed note anywhere in a
// header, caption or heading: "Children (thousands) and rate".
var countScaleBracketRe = lazyre.New(`(?i)\(\s*` + countScaleWords + `\s*\)`)

// countScaleWords is a count scale's words inside countScaleRe: "000s",
// "thousands", "in millions", "figures in thousands", "numbers are in
// thousands".
const countScaleWords = `(?:(?:figures|numbers|counts|values|data|all\s+figures)\s+(?:are\s+|given\s+|shown\s+)?)?(?:in\s+)?((?:['’]?000s?)|thousands?|millions?)`

// countScaleNote finds where a header, caption or heading states the
// scale of its counts, ending it or before a year that ends it, and
// that scale: 1e3 for "Referrals (thousands)", 1e6 for "Table 2:
// Population, millions, 2023", 1 (and no span) when it states none.
func countScaleNote(s string) (start, end int, scale float64) {
	body := strings.TrimRight(s, " \t")
	if m := trailingYearRe.Get().FindStringIndex(body); m != nil {
		body = body[:m[0]]
	}
	m := countScaleRe.Get().FindStringSubmatchIndex(body)
	if m != nil && body[m[0]] == ',' && m[0] > 0 && isDigit(body[m[0]-1]) {
		m = nil // the thousands of a number ("rate per 100,000") state no scale
	}
	if m == nil {
		// A bracketed note before more words: "Table 10: Children in
		// care (thousands) and rate per 10,000" states the scale of its
		// counts as surely as one ending it (hostile check 55: its
		// "thousand" was a term of the rates' key, and 83.8 thousand
		// children a rate of 83.8).
		m = countScaleBracketRe.Get().FindStringSubmatchIndex(s)
		body = s
	}
	if m == nil {
		return 0, 0, 1
	}
	word := ""
	for g := 1; 2*g+1 < len(m); g++ {
		if m[2*g] >= 0 {
			word = strings.ToLower(body[m[2*g]:m[2*g+1]])
		}
	}
	if strings.HasPrefix(word, "million") {
		return m[0], m[1], 1e6
	}
	return m[0], m[1], 1e3
}

// CountScale is the scale a table's header, caption or the heading over
// it states its counts in (countScaleNote): 1e3, 1e6, or 1 when it states
// none. It is the one rule of a count's scale: the figures' values are
// scaled by it, and their measure leaves out the words that state it
// (withoutUnits), so "Children waiting (thousands)" measures what
// "Children waiting" does.
func CountScale(s string) float64 {
	_, _, sc := countScaleNote(s)
	return sc
}

// withoutUnits is a header, caption or heading without the unit notes
// that say how its figures are given, not what they measure: "(%)",
// "(weeks)", "(% of all waiting)" (unitsRe), and the scale of its counts,
// "(thousands)", ", millions" (countScaleNote), and a money note stating
// its scale, "(£000s)", "£'000" (withoutMoneyNote). Each leaves one space.
func withoutUnits(s string) string {
	return unitsRe.Get().ReplaceAllString(withoutCountScale(withoutMoneyNote(s)), " ")
}

// withoutCountScale is s without the words stating the scale of its
// counts (countScaleNote), one space in their place.
func withoutCountScale(s string) string {
	if a, b, sc := countScaleNote(s); sc > 1 {
		return s[:a] + " " + s[b:]
	}
	return s
}

// MoneyScaleWords is the scale of a money note after its "£", as a
// pattern with no group: "000s", "'000", "’000s", "k",
// "thousands", "m", "mn", "million", "bn", "billion". A space or an
// apostrophe may stand between the sign and the scale ("£ 000s",
// "£'000"), as statistical tables write them.
const MoneyScaleWords = `\s?(?:['’]\s?)?(?:000s?|k|thousands?|mn|m|millions?|bn|billions?)\b`

// moneyNoteRe is a money note stating its scale: "£000s", "£'000",
// "£ thousands", "£m", in brackets ("(£000s)") or not. Group 1 is the
// scale with what stands before it.
var moneyNoteRe = lazyre.New(`(?i)£(` + MoneyScaleWords + `)`)

// moneyNoteSpanRe is a money note as words a measure leaves out: in
// brackets ("(£000s)", "(£ thousands)"), after a comma (", £m") or bare
// at a header's end ("Spending £'000s").
var moneyNoteSpanRe = lazyre.New(`(?i)\(\s*£` + MoneyScaleWords + `\s*\)|,?\s*£` + MoneyScaleWords + `(?:\s*$|[,;:])`)

// MoneyScale is the scale a money note in a header, caption, heading or
// after a number states: 1e3 for "£000s", "£'000", "£ 000s", "£k" and
// "£ thousands"; 1e6 for "£m" and "£ million"; 1e9 for "£bn". ok is
// false when s has no such note. It is the one reading of money's scale
// tables and running text share: "£'000s" was read as pounds, so 4,500
// thousand pounds were £4,500.
func MoneyScale(s string) (scale float64, ok bool) {
	m := moneyNoteRe.Get().FindStringSubmatch(s)
	if m == nil {
		return 1, false
	}
	return moneyScaleOf(m[1]), true
}

// moneyShareColumnRe is a header (lower case) whose cells are no sum
// whatever the caption's money note: a share, proportion or ratio of the
// sum ("Share of budget", "% of spend").
var moneyShareColumnRe = lazyre.New(`\bshares?\b|\bproportions?\b|\bpercentages?\b|\bper\s?cent\b|\bratios?\b|%`)

// moneyCountColumnRe is a header (lower case) naming people, places,
// posts or events a table counts: "Children looked after", "Staff (FTE)",
// "Schools", "Referrals", "Beds". Under a money caption its cells are
// counts, never money, unless the header names money too (moneyWordRe)
// or gives it per one of them ("Grant per bed", "Per child"), or neither
// its words say it counts (moneyCountingRe) nor another column names the
// money other than as a total: "| Year | Schools | Hospitals |" under
// "Spending by sector (£m)", or "| Year | Schools | Colleges | Total
// spend |", splits the spending. A service ("Children's services") is a
// line of spending as often as not, and is left out.
var moneyCountColumnRe = lazyre.New(`\b(?:` + moneyPeopleWords + `|cases?|referrals?|admissions?|attendances?|appointments?|contacts?|assessments?|visits?|episodes?|plans?|placements?|staff|fte|wte|headcount|posts?|vacanc(?:y|ies)|nurses?|doctors?|gps?|workers?|practitioners?|therapists?|beds?|places?|schools?|hubs?|centres?|settings?|practices?|sites?|clinics?|wards?)\b`)

// MoneyWords is the words naming money, as a pattern with no group to
// put between word boundaries: "spend", "cost", "budget", "grant". It is
// the one list a table's header (moneyWordRe) and running text's note
// after a measure ("Grant (£000s): ...") read money by; the two lists
// were written apart, and "Grants (£000s)" was money in a table only.
const MoneyWords = `(?:spend(?:ing)?|spent|expenditure|outlay|costs?|budgets?|fund(?:ing|s|ed)?|grants?|income|allocations?|outturn|prices?|fees?|payments?|pay|salar(?:y|ies)|tariffs?|revenue|capital|savings?|deficits?|surplus|reserves?|value)`

// moneyWordRe is a header (lower case) naming money: "Net spend", "Cost
// per placement", "Grant", "Budget".
var moneyWordRe = lazyre.New(`\b` + MoneyWords + `\b|£`)

// moneyPerOneRe is money or a count given per one of something: "Grant
// per bed", "Per child", "Rate per 1,000" (a rate is read before).
var moneyPerOneRe = lazyre.New(`(?:^|\s)per\s`)

// poundsMarkRe is a measure a caption or heading marks as in plain pounds,
// beside the one its scale is for: "and unit costs (£)" in "Table 5:
// Expenditure (£000s) and unit costs (£), 2023". Group 1 is the measure.
var poundsMarkRe = lazyre.New(`(?i)(?:^|[:,;)]|\band\b)\s*([^:,;()]+?)\s*\(\s*£\s*\)`)

// MoneyReach is what the money scale a caption or heading states makes
// of the cells of one column under it (MoneyScaleReach).
type MoneyReach int

const (
	// MoneyScaled is a sum in the note's scale: the caption's money
	// measure, a period's or place's column, a unit or average cost,
	// money per bed, school or hub.
	MoneyScaled MoneyReach = iota
	// MoneyPounds is money the caption marks "(£)" itself: plain pounds.
	MoneyPounds
	// MoneyPerPerson is money per person under a note that does not say
	// it reaches it: pounds most likely (£120 a pupil, not £120,000), but
	// not surely, so the note is kept visible in the figure's measure.
	MoneyPerPerson
	// MoneyShare is a share, proportion or ratio of the sum: no money.
	MoneyShare
	// MoneyCount is a count of people, places, posts or events: never
	// money, whatever the caption says.
	MoneyCount
)

// MoneyScaleReach is what the money scale a caption or heading states
// (MoneyScale of source) makes of the column under headers[i]. The rule: the
// note names the unit of the table's money cells, so a column of
// periods, places, the caption's own money measure, a unit or average
// cost ("Average weekly cost" 4.8 under "(£000s)" is £4,800 a week) and
// money per bed, school or hub is in its scale; a measure the source
// marks "(£)" is in pounds; money per person (perPerson, the key's rule)
// is the open case, in pounds with the note kept visible; a share is no
// sum; and a column naming people, places, staff or events ("Children
// looked after", "Staff (FTE)", "Schools") is a count. Before (hostile
// check 58), a unit cost stayed in pounds and 2,100 children looked
// after were £2.1 million.
func MoneyScaleReach(source string, headers []string, i int) MoneyReach {
	header := ""
	if i >= 0 && i < len(headers) {
		header = headers[i]
	}
	h := strings.ToLower(strings.TrimSpace(header))
	if stem := noteMoneyColumn(source, headers); stem != "" && !strings.Contains(h, stem) {
		// "Note: spend is in £000s; children are those seen." under
		// "Spend" and "Children": the note scales the column it names,
		// and one it does not name (or cannot, its header lost) is no
		// sum of it. Before (hostile check 62), 85 children seen were
		// £85,000 where a PDF's header row was lost.
		return MoneyCount
	}
	if h == "" {
		return MoneyScaled
	}
	if moneyShareColumnRe.Get().MatchString(h) {
		return MoneyShare
	}
	for _, m := range poundsMarkRe.Get().FindAllStringSubmatch(source, -1) {
		mark := strings.TrimSpace(strings.TrimPrefix(strings.ToLower(strings.TrimSpace(m[1])), "and "))
		if mark != "" && singularWords(mark) == singularWords(h) {
			return MoneyPounds
		}
	}
	if perPerson(h) {
		if noteOnPerPerson(source) {
			// "Table 3: Spend per head (£000s)" over "Spend per head":
			// the note is written on the per-person measure itself, as
			// "spend per head (£000s) was 1.2" in running text is, so it
			// scales the value there and here: £1,200 a head both ways.
			// Before (hostile check 60), the table gave £1.20 and
			// `cypx figures` called the two a disagreement.
			return MoneyScaled
		}
		return MoneyPerPerson
	}
	if !moneyWordRe.Get().MatchString(h) && !moneyPerOneRe.Get().MatchString(h) && (moneyCountColumnRe.Get().MatchString(h) || countedThings(h)) {
		if MoneyOnPeople(source, h, "") {
			// "Net social care spending by client group (£000s)" over
			// "Children" and "Adults": the money spent on each group
			// (hostile check 60: 12,300 adults counted).
			return MoneyScaled
		}
		if moneyCountingRe.Get().MatchString(h) || moneyPeopleRe.Get().MatchString(h) {
			return MoneyCount
		}
		for j, o := range headers {
			if o := strings.ToLower(o); j != i && moneyWordRe.Get().MatchString(o) && !moneyTotalRe.Get().MatchString(o) {
				return MoneyCount
			}
		}
	}
	return MoneyScaled
}

// noteMoneySubjectRe is a part of a note under a table giving one
// measure's money scale: "Note: spend is in £000s", "costs are in £m".
// Group 1 is the measure.
var noteMoneySubjectRe = lazyre.New(`(?i)^(?:notes?\s*[:.–-]\s*)?(?:\(\d{1,2}\)\s*)?(?:the\s+)?(?:net\s+|gross\s+|total\s+)?(` + MoneyWords + `)\s+(?:is|are)\s+(?:shown\s+|given\s+)?(?:in\s+)?£`)

// notePeoplePartRe is a part of a note under a table saying who a column
// of people is: "children are those seen", "pupils are those on roll".
var notePeoplePartRe = lazyre.New(`(?i)^(?:notes?\s*[:.–-]\s*)?(?:\(\d{1,2}\)\s*)?(?:the\s+)?(?:` + moneyPeopleWords + `)\s+(?:are|is|were|was|means?|counts?|include)\b`)

// notePartSplitRe cuts a note into its sentences and parts.
var notePartSplitRe = lazyre.New(`[.;]\s+`)

// noteMoneyColumn is the stem of the one measure a note under a table
// scales ("spend" of "Note: spend is in £000s"), when the note speaks
// column by column: a header names that measure, or another part of the
// note names a column of people ("children are those seen"). Then the
// note scales that column only. It is "" for a note on all the table's
// money ("Note: figures are in £000s") and for a caption or heading.
func noteMoneyColumn(source string, headers []string) string {
	if !strings.Contains(source, "£") {
		return ""
	}
	stem, people := "", false
	for _, part := range notePartSplitRe.Get().Split(strings.TrimSpace(source), -1) {
		part = strings.TrimSpace(part)
		if m := noteMoneySubjectRe.Get().FindStringSubmatch(part); m != nil && stem == "" {
			stem = moneyStem(m[1])
		} else if notePeoplePartRe.Get().MatchString(part) {
			people = true
		}
	}
	if stem == "" {
		return ""
	}
	if people {
		return stem
	}
	for j, o := range headers {
		if j > 0 && strings.Contains(strings.ToLower(o), stem) {
			return stem
		}
	}
	return ""
}

// moneyStem is a money word without its ending, as headers write it
// several ways: "spending" and "Spend", "costs" and "Cost".
func moneyStem(w string) string {
	w = strings.ToLower(w)
	for _, suf := range []string{"ing", "s", "ed"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return strings.TrimSuffix(w, suf)
		}
	}
	return w
}

// moneyNoteOnPerOneRe is a money note written right after a measure of
// money per one of something: "Spend per head (£000s)", "cost per
// child (£m)". Group 1 is the measure's "per" words.
var moneyNoteOnPerOneRe = lazyre.New(`(?i)\b(per\s+[a-z]+(?:\s+[a-z]+)?)\s*\(\s*£` + MoneyScaleWords + `\s*\)`)

// noteOnPerPerson reports whether source (a caption or heading) writes
// its money note on a measure of money per person: the note is that
// measure's, not a broader caption's over a per-person column.
func noteOnPerPerson(source string) bool {
	for _, m := range moneyNoteOnPerOneRe.Get().FindAllStringSubmatch(source, -1) {
		if perPerson(m[1]) {
			return true
		}
	}
	return false
}

// moneyGroupSplitRe is a caption or heading (lower case) splitting its
// money by the groups or services it is spent on: "spending by client
// group", "grant allocation by age group", "spend by age", "by service",
// "by area". Its columns of people are the money spent on each.
var moneyGroupSplitRe = lazyre.New(`\bby\s+(?:(?:client|service\s+user|user|care|patient|population|age)\s+groups?|clients?(?:\s+types?)?|age(?:\s+bands?)?|services?(?:\s+areas?)?|areas?)\b`)

// MoneyOnPeople reports whether a column whose header names people a
// service is for ("Children", "Adults", "Children and young people"),
// under a money note in source (a caption or heading), holds the money
// spent on them, cell being one of its cells ("" for the column alone):
// when source splits its money by the groups it is spent on ("by client
// group", "by age group", "by service", "by area"), or when the cell
// holds decimals, as "30.1" adults under "(£m)" is no count of people
// (hostile check 60). A header saying it counts ("Children seen",
// "Pupils (number)") and staff counted ("Staff (FTE)" of 12.5) stay
// counts; a bare "Staff" or "Workforce" column of decimals, 2.1 under
// "Youth services (£m)", is the money spent on them, as no count of
// people holds a tenth of one (hostile check 60: 2.1 staff).
func MoneyOnPeople(source, header, cell string) bool {
	h := strings.ToLower(header)
	people, staff := moneyPeopleRe.Get().MatchString(h), moneyStaffRe.Get().MatchString(h)
	if !people && !staff || moneyCountingRe.Get().MatchString(h) || strings.Contains(h, "(") {
		return false
	}
	decimal := decimalCellRe.Get().MatchString(strings.TrimSpace(cell))
	if !people {
		return decimal
	}
	return moneyGroupSplitRe.Get().MatchString(strings.ToLower(source)) || decimal
}

// moneyStaffRe is a header (lower case) that is staff alone: "Staff",
// "Staffing", "Workforce".
var moneyStaffRe = lazyre.New(`^(?:staff(?:ing)?|workforce)$`)

// decimalCellRe is a cell holding one number with decimals: "30.1",
// "£1,204.5".
var decimalCellRe = lazyre.New(`^£?\d{1,3}(?:,\d{3})*\.\d+$`)

// moneyCountingRe is a header (lower case) whose words say it counts:
// "Staff (FTE)", "Children looked after", "Patients seen".
var moneyCountingRe = lazyre.New(`\b(?:fte|wte|headcount|looked\s+after|seen|referred|waiting|admitted|treated|in\s+post|on\s+roll)\b`)

// moneyPeopleRe is a header (lower case) naming people a service is
// for: "Children", "Adults", "Pupils", "Families". Under a money caption
// they are counted, whatever other columns the table has: "| Area |
// Total | Children | Adults |" under "(£000s)" read 2,100 children as a
// count (the table's own count header) and 2,400 adults as £2.4 million
// (hostile check 59); a people word is a count, so both are. Staff and
// workers are left out: "Staff" beside "Premises" is staff costs.
var moneyPeopleRe = lazyre.New(`\b(?:` + moneyPeopleWords + `)\b`)

// moneyPeopleWords is the people a service is for, as a pattern with no
// group: one list for the people columns under a money caption and for
// the count columns that take them in.
const moneyPeopleWords = `child(?:ren)?|young\s+people|people|persons?|pupils?|students?|learners?|patients?|residents?|famil(?:y|ies)|households?|bab(?:y|ies)|infants?|adults?|girls?|boys?|mothers?|parents?|carers?|clients?|users?`

// countedThings reports whether a header (lower case) names plural
// things and nothing else: "Projects", "Hospices", "Sessions delivered",
// "New hubs opened". Beside a column naming the money it is a count, as
// the people, places and events of moneyCountColumnRe are: before
// (hostile check 59), 12 projects were £12,000 and 9,100 sessions £9.1
// million, as only listed words were counts. A line of spending written
// in the plural ("Premises", "Supplies and services", "Employees") is
// no count (moneyLineRe), nor is a header of more than three words.
func countedThings(h string) bool {
	h = bracketedRe.Get().ReplaceAllString(h, " ")
	if moneyLineRe.Get().MatchString(h) {
		return false
	}
	f := strings.FieldsFunc(h, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '-') })
	for len(f) > 1 && countedParticipleRe.Get().MatchString(f[len(f)-1]) {
		f = f[:len(f)-1]
	}
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	w := f[len(f)-1]
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// bracketedRe is a bracketed aside in a header: "(number)", "(FTE)".
var bracketedRe = lazyre.New(`\([^()]*\)`)

// countedParticipleRe is a word after a plural saying what was done to
// the things counted: "Sessions delivered", "Hubs opened".
var countedParticipleRe = lazyre.New(`^(?:delivered|funded|provided|opened|open|run|held|commissioned|completed|supported|built|awarded|approved|active|operating|registered|offered|made|started|closed)$`)

// moneyLineRe is a header (lower case) naming a line of spending or a
// statistic of the money in the plural, no things counted: "Premises",
// "Supplies and services", "Third party payments", "Averages".
var moneyLineRe = lazyre.New(`\b(?:services|supplies|premises|expenses|charges|recharges|overheads|contributions|benefits|allowances|loans|receipts|transfers|employees|assets|liabilities|debts|investments|sales|purchases|contracts|commitments|provisions|balances|adjustments|variances|totals|others|means|averages|medians|estimates|forecasts|actuals|earnings|wages|rents|taxes|levies|proceeds|arrears|accounts|utilities|materials|reserves|savings|years|months|weeks|days|hours|quarters|changes|rates|ratios|scores)\b`)

// moneyTotalRe is a header (lower case) of a total: "Total spend" beside
// "Children" and "Adults" sums the spending on each, and names no money
// the others are not.
var moneyTotalRe = lazyre.New(`\btotal\b`)

// MoneyScaleReaches reports whether the money scale a caption or heading
// states (MoneyScale of source) is the scale of the column under header
// (MoneyScaleReach of header alone is MoneyScaled): the rule running text
// asks of the words before a number a money note scales.
func MoneyScaleReaches(source, header string) bool {
	return MoneyScaleReach(source, []string{header}, 0) == MoneyScaled
}

// MoneyNote is the money note of s as written, "(£000s)", "£'000", or ""
// when it has none: what a measure the note may not reach keeps visible.
func MoneyNote(s string) string {
	if m := moneyNoteSpanRe.Get().FindString(s); m != "" {
		return strings.Trim(strings.TrimSpace(m), ",;:")
	}
	if m := moneyNoteRe.Get().FindString(s); m != "" {
		return m
	}
	return ""
}

// singularWords is s's words with a plural's final "s" left off, one
// space between: "unit costs" and "Unit cost" alike.
func singularWords(s string) string {
	f := strings.Fields(strings.ToLower(s))
	for i, w := range f {
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			f[i] = w[:len(w)-1]
		}
	}
	return strings.Join(f, " ")
}

// moneyScaleOf is the multiplier of a money note's scale word.
func moneyScaleOf(w string) float64 {
	switch w = strings.ToLower(strings.TrimLeft(w, " '’\t")); {
	case strings.HasPrefix(w, "b"):
		return 1e9
	case strings.HasPrefix(w, "m"):
		return 1e6
	}
	return 1e3
}

// withoutMoneyNote is s without its money note (moneyNoteSpanRe), one
// space in its place: "Spending £'000s" measures what "Spending (£m)"
// does, and "000" or "thousand" is no term of its key.
func withoutMoneyNote(s string) string {
	if !strings.Contains(s, "£") {
		return s
	}
	return moneyNoteSpanRe.Get().ReplaceAllString(s, " ")
}

// countScaleSentenceRe is a note over a table, a sentence of its own,
// stating the scale of its counts: "Figures are in thousands unless
// stated.", "All numbers in millions.", "Note: figures are in thousands".
var countScaleSentenceRe = lazyre.New(`(?i)^\s*(?:notes?\s*[:.–-]\s*)?(?:all\s+)?(?:the\s+)?(?:figures|numbers|counts|values|data)(?:\s+in\s+(?:this|the)\s+table)?\s+(?:are\s+|given\s+|shown\s+)?(?:in\s+)?((?:['’]?000s?)|thousands?|millions?)(?:\s+unless\s+(?:otherwise\s+)?(?:stated|shown|noted))?\s*\.?\s*$`)

// CountScaleSentence is the scale a note over a table states its counts
// in ("Figures are in thousands unless stated."): 1e3, 1e6, or 1 when it
// states none, read with the words countScaleNote reads in a caption.
func CountScaleSentence(s string) float64 {
	m := countScaleSentenceRe.Get().FindStringSubmatch(s)
	switch {
	case m == nil:
		return 1
	case strings.HasPrefix(strings.ToLower(m[1]), "million"):
		return 1e6
	}
	return 1e3
}
