package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
	"github.com/cypx/cypx/internal/measure"
)

// Table rows: each data row of a pipe table with a numeric cell is a
// statistic quoting the row line, with one figure per numeric cell, its
// unit from the cell ("45%", "£2.3m") or else from its column's header
// ("Waiting (%)", "Median wait (weeks)", "Spend (£m)", "Rate per
// 100,000"). The item carries the header line so a quote can show it.

// column is what a header says about the cells under it.
type column struct {
	skip   bool // years, ages, codes, ranks: never figures
	unit   evidence.Unit
	scale  float64
	change bool // "Change", "Difference": the cells are changes
	base   bool // "Base", "Sample size": the cells are the bases of the row's shares
	period bool // the header names a period ("2019/20", "2023", "Q1 2024"), not what is counted
	own    bool // the header states the unit of its cells, or that they are counts
	// noun is set when own rests only on a noun of people or things
	// ("Children", "All children", "Referrals"): such a header may name
	// the group a row's rate is of rather than say its cells are counts.
	noun bool
}

var (
	// skipHeaderRe are headers whose cells are labels, not quantities. A
	// confidence interval's bounds are the interval's, with the level
	// before or after the bound ("Lower 95% CI", "95% Lower CI"): the level
	// is no unit of the bound.
	skipHeaderRe = lazyre.New(`(?i)^(?:(?:financial\s+|calendar\s+|academic\s+|school\s+)?years?|fy|period|date|dates|month|quarter|age|ages|age\s+(?:group|band|range)|aged|code|ods\s+code|ons\s+code|la\s+code|ref\.?|reference|rank|ranking|no\.?|#|id|postcode|phone|telephone|tel|page|wave|question|q|item|recommendation|rec\.?|priority|key\s+stage|year\s+group|version|(?:9[059](?:\.\d)?\s?%\s*)?(?:(?:lower|upper)\s+)?(?:9[059](?:\.\d)?\s?%\s*)?(?:ci|confidence\s+(?:intervals?|limits?)|lcl|ucl|lci|uci)|(?:lower|upper)\s+(?:9[059](?:\.\d)?\s?%\s*)?(?:limits?|bounds?))(?:\s*\(.*\))?$|^age\b`)
	// labelHeaderRe are the headers of skipHeaderRe whose cells say when
	// or of whom a row's figures are: a row's labels.
	labelHeaderRe = lazyre.New(`(?i)^(?:(?:financial\s+|calendar\s+|academic\s+|school\s+)?years?|fy|period|date|dates|month|quarter|key\s+stage|year\s+group)(?:\s*\(.*\))?$|^age\b`)
	// cellRe is a numeric cell: "45%", "1,204", "£2.3m", "~12", "12.5".
	cellRe = lazyre.New(`^(~|c\.\s?|approx\.?\s?|>\s?|more than\s|over\s|under\s|about\s|around\s)?([+−–-])?(£\s?)?(` + numberRe + `)\s?(%|per cent|bn|billion|m|million|k)?$`)
	// cellRangeRe is a range in a cell: "10-15", "2–3%", "£2-3m".
	cellRangeRe = lazyre.New(`^(£\s?)?(` + numberRe + `)\s?(%)?\s?[-–—]\s?(£\s?)?(` + numberRe + `)\s?(%|bn|billion|m|million|k)?$`)
	// cellWithPercentRe is a count with its share: "45 (12%)".
	cellWithPercentRe = lazyre.New(`^(` + numberRe + `)\s?\((` + numberRe + `)\s?%\)$`)
	// cellWithBaseRe is a share with its base: "62% (n=850)", "38% (base
	// 850)".
	// cellWithComparatorRe is a value with what it is set against in
	// brackets, named: "48% (England 46%)", "89% (target 90%)", "£2.1m
	// (2023-24: £1.8m)". Both are figures of the cell, the cell's own
	// first.
	cellWithComparatorRe = lazyre.New(`^([^()]+?)\s?\(\s?((?:\p{L}|\d{4})[^()]{0,40}?)[:\s]\s?([^()\s]+)\s?\)$`)
	cellWithBaseRe       = lazyre.New(`^(` + numberRe + `)\s?%\s?\(\s?(?i:n|base)\s?[=:]?\s?(` + numberRe + `)\s?\)$`)
	// baseHeaderRe is a column of the bases of the row's shares.
	// A cohort ("Year 8 cohort", "Cohort size") and those who answered
	// ("Families answering") are whom the row's shares are of.
	baseHeaderRe = lazyre.New(`(?i)^(?:(?:un)?weighted\s+)?(?:base|bases|sample\s+size|number\s+of\s+respondents|(?:[\p{L}\d]+\s+){0,3}cohort(?:\s+size)?|respondents|(?:[\p{L}]+\s+){1,2}(?:answering|responding|(?:who\s+)?(?:answered|responded)))(?:\s*\((?:n|number)\))?$`)
	// pointsAbbrevRe is "pts", points abbreviated in a change's header.
	pointsAbbrevRe = lazyre.New(`\bpts\b`)
	// rateHeaderRe is a header of rates: "Rate per 100,000", "Rate".
	rateHeaderRe = lazyre.New(`\brates?\b|\bper\s+(?:1|10|100)(?:,?000)+\b|\bper\s+(?:thousand|million)\b|` + perHundredPeople)
	// durationHeaderRe is a header of durations: "Median wait (weeks)",
	// "Months waiting", "Length of stay (days)"; plain "years" is left out,
	// as a "Years" column holds dates.
	durationHeaderRe = lazyre.New(`\b(weeks?|months?|days|hours|minutes|mins)\b|\((years)\)|\bin (years)\b`)
	// thresholdHeaderRe is a header counting those past a duration:
	// "Waiting over 52 weeks", "Seen within eighteen weeks", "Assessed
	// within a week" hold counts of cases meeting a time condition, not
	// weeks.
	thresholdHeaderRe = lazyre.New(`(?:\d+|\b(?:` + timeNumberWords + `))\s*(?:-|\s)?(?:weeks?|months?|years?|days?|hours?|minutes|mins)\b|\b(?:within|in|under|over|by|after|before|more\s+than|less\s+than|longer\s+than)\s+(?:a|an|one)\s+(?:week|month|year|day|hour)\b`)
	// durationFirstRe is a header that opens with what its cells measure,
	// a duration, whatever period follows: "Hours of therapy in a week",
	// "Bed days in a year".
	durationFirstRe = lazyre.New(`^\s*(?:(?:bed|ward|school|working)\s+)?(?:hours?|days?|minutes|mins|weeks?|months?|years?|nights?)\b`)
	// durationStatHeaderRe is a header that is a duration whatever numbers
	// it holds: "Median wait (weeks)", "Average wait for the 18 week
	// pathway, weeks".
	durationStatHeaderRe = lazyre.New(`^(?:median|mean|average|avg\.?|typical)\b`)
	// changeHeaderRe is a header of changes: "Change (percentage points)",
	// "Difference on 2022".
	changeHeaderRe = lazyre.New(`^(?:annual\s+|year[- ]on[- ]year\s+)?(?:change|difference|increase|decrease|rise|fall)\b`)
	// financialYearRe is "2023/24", "2023-24", "2023–2024".
	financialYearRe = lazyre.New(`^(?:FY\s?)?(?:18|19|20)\d{2}\s?[/–—-]\s?(?:(?:18|19|20)?\d{2})$`)
)

// headerColumn reads what a header cell says about its column.
func headerColumn(h string) column {
	h = strings.TrimSpace(h)
	lower := strings.ToLower(h)
	c := column{unit: evidence.UnitCount, scale: 1, change: changeHeaderRe.MatchString(lower), own: true, base: baseHeaderRe.MatchString(h)}
	switch {
	case skipHeaderRe.MatchString(h) || ownAgeHeader(h) || foreignMoneyHeaderRe.MatchString(lower):
		// "Spend (€m)", "Spend (USD)": money in a currency figures have
		// no unit for, never a count (hostile check 53).
		c.skip = true
	case effectSizeHeaderRe.MatchString(h):
		c.unit = evidence.UnitOther // "SMD", "Effect size": estimates, not counts
	case strings.Contains(lower, "percentage point") || strings.Contains(lower, "% point") || strings.Contains(lower, "pp)") ||
		c.change && (strings.Contains(lower, "points") || pointsAbbrevRe.MatchString(lower)):
		c.unit = evidence.UnitOther // "Change (percentage points)", "Change since 2022/23 (points)", "Change (pts)"
	case percentileHeaderRe.MatchString(lower) && !strings.Contains(lower, "%") && !durationHeaderRe.MatchString(lower):
		// "90th percentile", "Percentile rank": a point of a distribution
		// or a rank, in the measure's own unit, which the header does not
		// give; "percentile" is never per cent (52 weeks were read 52%).
		c.unit = evidence.UnitOther
	case strings.Contains(lower, "%") || strings.Contains(lower, "per cent") || percentWordRe.MatchString(lower):
		c.unit = evidence.UnitPercent
	case rateHeaderRe.MatchString(lower):
		c.unit = evidence.UnitOther
	case strings.Contains(lower, "£"):
		c.unit = evidence.UnitGBP
		// "Spending (£000s)", "Spending £'000s", "(£ 000s)", "£m": the
		// one reading of money's scale (measure.MoneyScale); "£'000s"
		// and "£ 000s" were pounds, 4,500 thousand pounds £4,500
		// (hostile check 55). A scale's word elsewhere in the header
		// ("Spending (£, millions)") scales too.
		if sc, ok := measure.MoneyScale(lower); ok {
			c.scale = sc
		} else {
			switch {
			case strings.Contains(lower, "billion"):
				c.scale = 1e9
			case strings.Contains(lower, "million"):
				c.scale = 1e6
			case strings.Contains(lower, "thousand"):
				c.scale = 1e3
			}
		}
	case relativePeriodHeaderRe.MatchString(lower):
		// "Previous month", "Same quarter last year": the period of the
		// column's values, not their unit; a row's values keep its own.
		c.period = true
		c.own = false
	case thresholdHeaderRe.MatchString(lower) && !durationStatHeaderRe.MatchString(lower) && !durationFirstRe.MatchString(lower):
		// a count of those past a threshold
	default:
		if m := durationHeaderRe.FindStringSubmatch(lower); m != nil {
			c.unit = durationUnit(m[1])
			if c.unit == "" {
				c.unit = evidence.UnitYears
			}
		} else if strings.Contains(lower, "ratio") {
			c.unit = evidence.UnitRatio
		} else {
			if sc := measure.CountScale(lower); sc > 1 {
				// "Referrals (thousands)", "Children ('000s)", "Population
				// (millions)": counts given in thousands or millions, as
				// "Spend (£m)" gives money (12.5 was a count of 12.5).
				c.scale = sc
			}
			c.period = isYearNumber(h) || financialYearRe.MatchString(h) || periodHeaderRe.MatchString(h) || lower == "total"
			// A header of a place, a group or a period says what the
			// cells are of, not what they count: the table's unit is theirs.
			c.own = countHeaderRe.MatchString(h)
			c.noun = c.own && !explicitCountHeaderRe.MatchString(h)
		}
	}
	return c
}

// percentileHeaderRe is a header (lower case) naming a percentile: "95th
// percentile (weeks)", "Percentile rank"; its cells take the
// header's own unit ("(weeks)") or none, never per cent.
var percentileHeaderRe = lazyre.New(`\bpercentiles?\b`)

// percentWordRe is "percent" or "percentage" as a word of a header (lower
// case), never the "percent" inside "percentile".
var percentWordRe = lazyre.New(`\bpercent(?:age)?s?\b`)

// foreignMoneyHeaderRe is a header or caption (lower case) stating money
// in a currency figures have no unit for: "(€m)", "($)", "USD", "euros".
var foreignMoneyHeaderRe = lazyre.New(`€|\$|\b(?:usd|eur|euros?|dollars?)\b`)

// relativePeriodHeaderRe is a header naming a period by where it lies
// from the latest: "Previous month", "Last quarter", "This year", "Same
// month last year", "Prior week".
var relativePeriodHeaderRe = lazyre.New(`^(?:the\s+)?(?:previous|prior|last|this|current|latest|preceding|same|next)\s+(?:calendar\s+|financial\s+|reporting\s+)?(?:week|month|quarter|year|period)(?:\s+(?:last|a)\s+year|\s+(?:last|previous)\s+year)?$`)

// periodHeaderRe is a header naming a month or quarter: "March 2024",
// "Q1 2023/24", "Mar-24".
var periodHeaderRe = lazyre.New(`(?i)^(?:q[1-4]|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)[\s-]+(?:(?:19|20)?\d{2})(?:[/–-]\d{2})?$`)

var (
	// captionPercentRe is "(%)" or ", %" in a caption.
	captionPercentRe = lazyre.New(`\(%\)|,\s*%(?:\s|$)|(?i)^(?:table\s+\d{1,3}[a-z]?\s*[:.–-]\s*)?(?:the\s+)?percentage\s+of\b`)
)

// captionColumn is the unit a table's caption gives it ("Table 1:
// Spending, £ million (2023/24 prices)", "Table 2: Coverage by area
// (%)", "Table 3: Admissions, rate per 100,000"); ok is false when it
// gives none.
func captionColumn(caption string) (column, bool) {
	// "(the children in need figure is a rate per 10,000 children)": a
	// note on one row's unit, no unit of the table's. Read as the
	// table's, every count of a table captioned under it was a rate
	// (hostile check 65).
	caption = captionRowNoteRe.Get().ReplaceAllString(caption, "")
	if sc, ok := measure.MoneyScale(caption); ok {
		// "Table 7: Spending, £'000, 2023" as "£000s" (hostile check 55).
		return column{unit: evidence.UnitGBP, scale: sc}, true
	}
	if captionPercentRe.MatchString(caption) {
		return column{unit: evidence.UnitPercent, scale: 1}, true
	}
	if foreignMoneyHeaderRe.MatchString(strings.ToLower(caption)) {
		// "Table 3: Spending, € million": no figure in the table's
		// cells that have no unit of their own.
		return column{skip: true}, true
	}
	if sc := measure.CountScale(caption); sc > 1 {
		// "Table 5: Children waiting, thousands", "Table 7: Children
		// waiting (figures in thousands)": counts in thousands. Before,
		// 12.5 was a count of 12.5 beside another source's 12,500.
		return column{unit: evidence.UnitCount, scale: sc}, true
	}
	if rowRateRe.MatchString(caption) {
		// "..., rate per 100,000, 2023/24": rates, as a label naming a
		// rate's base makes its row's cells.
		return column{unit: evidence.UnitOther, scale: 1}, true
	}
	if c, ok := captionDuration(caption); ok {
		return c, true
	}
	return scoringCaption(caption)
}

// captionRowNoteRe is a caption's note on the unit of one of its rows
// or columns: "(the children in need figure is a rate per 10,000
// children)", "(the spend column is in £000s)".
var captionRowNoteRe = lazyre.New(`(?i)\(\s*the\s+[^()]{1,80}?\s+(?:figures?|rows?|columns?)\s+(?:is|are)\b[^()]*\)`)

// explicitCountHeader is a header that says in so many words that its
// cells are counts: "Number", "No. of children", "Count", "(n)".
const explicitCountHeader = `(?i)^(?:total\s+)?(?:number|numbers|no\.?|count|n|frequency|base)\b|\b(?:number|count)\s+of\b|\(n\)`

var (
	// countHeaderRe is a header that says its cells are counts: the
	// explicit ones, and "Children seen", "Referrals".
	countHeaderRe = lazyre.New(explicitCountHeader + `|^(?:[a-z]+\s+)?(?:referrals|deaths|cases|admissions|attendances|contacts|appointments|reviews|assessments|visits|beds|staff|posts|places|plans|pupils|children|patients|people|episodes|incidents|births|families)(?:\s+(?:seen|received|referred|waiting|treated|reviewed|admitted|assessed|measured|surveyed|recorded|completed))?$`)
	// explicitCountHeaderRe is explicitCountHeader.
	explicitCountHeaderRe = lazyre.New(explicitCountHeader)
	// unitCellRe is a cell of a row of units under a table's header: "%",
	// "£m", "n", "per 100,000", "weeks".
	unitCellRe = lazyre.New(`(?i)^\(?(?:%|per\s?cent|percent|percentage|£(?:` + measure.MoneyScaleWords + `)?|n|no\.?|number|count|rate|rate\s+per\s+[\d,]+|per\s+[\d,]+|weeks|months|days|years|hours|minutes|mins)\)?$`)
	// noteUnitRe is a note under a table that says what its cells are:
	// "Note: all figures are percentages", "Figures show the percentage
	// of pupils", "Values are £ million".
	// "Note: spending figures are in £000s" names the money its note
	// scales: the table's money columns, not its counts (hostile check
	// 59: the note was not read, and 45,200 was a count).
	//
	// Group 4 is the table a note names, "spending figures in Table 3 are
	// in £m": the note is that table's only. A note's money words alone
	// say what its scale reaches, "(1) costs in £m", as in a list of
	// notes (hostile check 60: the note was not read, and 12.5 was a
	// count).
	noteUnitRe = lazyre.New(`(?i)^(?:notes?\s*[:.–-]\s*)?(?:\(\d{1,2}\)\s*)?(?:all\s+)?(?:the\s+)?(?:(?:(?:` + measure.MoneyWords + `|financial|money)\s+)?(?:figures|values|data|numbers|cells)(?:\s+in\s+(?:this|the)\s+table|\s+in\s+table\s+(\d{1,3}[a-z]?))?\s+(?:are|show|give)|` + measure.MoneyWords + `(?:\s+(?:are|is))?)\s+(?:(?:the\s+)?(?:(percentages?|per\s+cent|%|proportions?)|(?:in\s+)?(£` + measure.MoneyScaleWords + `)|(rates?\s+per\s+[\d,]+)))\b`)
	// notePartRe cuts a note into the sentences and numbered parts
	// noteUnitRe reads one at a time: "Source: council returns. Figures
	// are in £000s except where stated." states its unit in its second
	// sentence, "Notes: (1) costs in £m; (2) beds are open beds." in its
	// first part.
	notePartRe = lazyre.New(`(?:[.;]\s+|\s+\(\d{1,2}\)\s*)`)
	// captionTableRe is the number a caption gives its table, "Table 3:".
	captionTableRe = lazyre.New(`(?i)^\s*table\s+(\d{1,3}[a-z]?)\b`)
)

// table is what the lines around a table say about all its cells: the
// unit its caption, the first header cell ("Prevalence (%)"), a row of
// units under the header or a note under it states, and the units of
// such a row column by column.
type table struct {
	header  string // the header line of the table
	caption string // its caption ("Table 2: Children waiting in London"), or ""
	// money is the caption or heading whose money note ("(£000s)") gave
	// unit its scale, or "": which columns the scale reaches is read from
	// it (measure.MoneyScaleReaches).
	money    string
	unit     column   // the unit of the whole table
	hasUnit  bool     // whether anything stated one
	columns  []column // the units of a row of units, by column
	unitsRow int      // the index of that row among the blocks, or -1
	// headed holds headerColumn of each header cell read so far: a row
	// read every header's patterns again, and a table of 300 columns and
	// 5,000 rows took 69 s to extract.
	headed map[string]column
	// reach holds measure.MoneyScaleReach of each column read so far.
	reach map[int]measure.MoneyReach
	// groups are the labels of the rows' groups, by block, and
	// groupLabels every group's label (tableGroups).
	groups      map[int]string
	groupLabels []string
	// placeGroups is set where the group labels are places' names
	// (measure.PlaceGroups).
	placeGroups bool
	// noteColumn is the cell index of a "Note" column whose cells are
	// references to the notes to the accounts, or 0 (moneyHeaderLine).
	noteColumn int
}

// moneyReach is measure.MoneyScaleReach of the column i under headers,
// read once for the table.
func (t *table) moneyReach(headers []string, i int) measure.MoneyReach {
	if r, ok := t.reach[i]; ok {
		return r
	}
	if t.reach == nil {
		t.reach = map[int]measure.MoneyReach{}
	}
	r := measure.MoneyScaleReach(t.money, headers, i)
	t.reach[i] = r
	return r
}

// headerColumn is headerColumn(h), read once for the table.
func (t *table) headerColumn(h string) column {
	if c, ok := t.headed[h]; ok {
		return c
	}
	if t.headed == nil {
		t.headed = map[string]column{}
	}
	c := headerColumn(h)
	if t.hasUnit && t.unit.unit == evidence.UnitPercent && c.unit == evidence.UnitOther && bareRateHeaderRe.MatchString(h) {
		// "Rate" under "Obesity at reception, by ward (%)": a rate the
		// caption says is a percentage. Read as the header's own unit,
		// 9% was "9 (Rate, Deanery)" (hostile check 70, G7).
		c.unit = evidence.UnitPercent
	}
	t.headed[h] = c
	return c
}

// bareRateHeaderRe is a header naming a rate and no base of it: "Rate",
// "Obesity rate", "Uptake rate 2023/24", never "Rate per 1,000".
var bareRateHeaderRe = lazyre.New(`(?i)^[\p{L}\d\s'’/-]*\brates?\b[\p{L}\d\s'’/-]*$`)

// newTable reads what is said about the table whose first row is block i,
// after the caption (or "").
func (x *extractor) newTable(i int, caption string) table {
	b := x.doc.Blocks[i]
	t := table{header: b.HeaderLine, caption: caption, unitsRow: -1}
	t.groups, t.groupLabels = x.tableGroups(i)
	t.placeGroups = measure.PlaceGroups(t.groupLabels, caption, x.headingOver(i))
	t.unit, t.hasUnit = captionColumn(caption)
	if t.hasUnit && t.unit.unit == evidence.UnitGBP {
		t.money = caption
	}
	if !t.hasUnit {
		if h := x.headingOver(i); h != "" {
			if sc, ok := measure.MoneyScale(h); ok && !foreignMoneyHeaderRe.MatchString(strings.ToLower(h)) {
				// "## Spending on CAMHS (£000s)" over the table: its sums
				// are in thousands, as a caption saying so makes them.
				// Before, the note was left out of the measure and the
				// cells were counts of 4,500 (hostile check 57).
				t.unit, t.hasUnit, t.money = column{unit: evidence.UnitGBP, scale: sc}, true, h
			} else if sc := measure.CountScale(h); sc > 1 {
				// "## Referrals (thousands)" over the table: its counts
				// are in thousands, as a caption saying so makes them.
				t.unit, t.hasUnit = column{unit: evidence.UnitCount, scale: sc}, true
			} else if captionPercentRe.MatchString(h) {
				// "## Table 3: Children seen within 18 weeks, by district
				// (%)", as a PDF's table title is read, over the table:
				// its cells are percentages, as a caption saying so makes
				// them. Before (hostile check 69), 61 was a count.
				t.unit, t.hasUnit = column{unit: evidence.UnitPercent, scale: 1}, true
			} else if c, ok := captionDuration(h); ok {
				// "## Table 5.1: Median weeks from referral to first
				// appointment, by service", a PDF's table title read as a
				// heading: its cells are weeks, as a caption saying so
				// makes them. Before, 17 was a count.
				t.unit, t.hasUnit = c, true
			}
		}
	}
	if !t.hasUnit {
		// "Figures are in thousands unless stated." right over the table
		// (or over its caption): its counts are in thousands, as a
		// heading saying so makes them (hostile check 55: 4.5 referrals).
		for j := i - 1; j >= 0 && j >= i-2; j-- {
			pb := x.doc.Blocks[j]
			if pb.Kind != corpus.Paragraph || j > 0 && x.doc.Blocks[j-1].Kind == corpus.TableRow {
				break // a note right under another table is that table's
			}
			if sc := measure.CountScaleSentence(pb.Text); sc > 1 {
				t.unit, t.hasUnit = column{unit: evidence.UnitCount, scale: sc}, true
				break
			}
		}
	}
	if !t.hasUnit && len(b.Header) > 0 {
		if c := headerColumn(b.Header[0]); c.own && c.unit != evidence.UnitCount && !c.skip {
			t.unit, t.hasUnit = c, true // "Prevalence (%)" over the row labels
		}
	}
	if !t.hasUnit {
		t.unit, t.hasUnit = x.rateTitle(i)
	}
	if !t.hasUnit && i > 0 && blankHeader(b.Header) {
		// "Note Unrestricted £ Restricted £ Total 2025 £" right over a
		// table the PDF's text layer gave a blank header: the sums of
		// an accounts table, in pounds (moneyHeaderLine).
		if pb := x.doc.Blocks[i-1]; pb.Kind == corpus.Paragraph {
			if c, note, ok := moneyHeaderLine(pb.Text); ok {
				t.unit, t.hasUnit, t.noteColumn = c, true, note
			}
		}
	}
	if cols, ok := unitsRow(b); ok {
		t.columns, t.unitsRow = cols, i
	}
	if !t.hasUnit {
		// A note under the table: "Note: all figures are percentages".
		for j := i + 1; j < len(x.doc.Blocks) && j <= i+64; j++ {
			nb := x.doc.Blocks[j]
			if nb.Kind == corpus.TableRow && nb.HeaderLine == t.header || nb.Kind == corpus.Footnote {
				continue
			}
			if nb.Kind == corpus.Paragraph {
				t.unit, t.hasUnit = noteUnit(nb.Text, caption)
				if t.hasUnit && t.unit.unit == evidence.UnitGBP {
					// its scale reaches the money columns only, as a
					// caption's does (measure.MoneyScaleReach)
					t.money = nb.Text
				}
			}
			break
		}
	}
	return t
}

var (
	// ciBoundRe is the header of a confidence interval's lower bound,
	// ciUpperRe its upper's: "95% Lower CI", "Lower 95% CI", "LCI".
	ciBoundRe = lazyre.New(`(?i)^(?:9[059](?:\.\d)?\s?%\s*)?(?:lower\s+(?:9[059](?:\.\d)?\s?%\s*)?(?:ci|confidence\s+(?:interval|limit))|lci|lcl)$`)
	ciUpperRe = lazyre.New(`(?i)^(?:9[059](?:\.\d)?\s?%\s*)?(?:upper\s+(?:9[059](?:\.\d)?\s?%\s*)?(?:ci|confidence\s+(?:interval|limit))|uci|ucl)$`)
)

// ciPair reads the cells i and i+1 of row b, under a confidence
// interval's lower and upper bounds, as one interval of unit: "| 357.8 |
// 429.6 |" the interval 357.8 to 429.6, its text the two cells and the
// bar between them. nil when the headers are not so paired or the cells
// are not two plain values, the lower under the upper.
func ciPair(b corpus.Block, i int, unit evidence.Unit) *evidence.Figure {
	if !ciUpperRe.MatchString(strings.TrimSpace(b.Header[i+1])) {
		return nil
	}
	lo, hi := strings.TrimSpace(b.Cells[i].Text), strings.TrimSpace(b.Cells[i+1].Text)
	if !gluedPartRe.MatchString(lo) || !gluedPartRe.MatchString(hi) || strings.HasSuffix(lo, "%") || strings.HasSuffix(hi, "%") {
		return nil
	}
	l, h := parseNumber(lo), parseNumber(hi)
	if !(l < h) || !validFigure(h) {
		return nil
	}
	start := b.Cells[i].Offset + strings.Index(b.Cells[i].Text, lo)
	end := b.Cells[i+1].Offset + strings.Index(b.Cells[i+1].Text, hi) + len(hi)
	if start < 0 || end > len(b.Text) || start >= end {
		return nil
	}
	// Offset is the lower cell's own, as every cell's figure is until
	// the row adds the cell's offset to it.
	return &evidence.Figure{Text: b.Text[start:end], Value: l, Low: l, High: h, Unit: unit, Offset: start - b.Cells[i].Offset}
}

// blankHeader reports a table header whose cells are all empty.
func blankHeader(h []string) bool {
	for _, c := range h {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return len(h) > 0
}

// moneyHeaderLine reads a line that names a table's columns in pounds, as
// a PDF's text layer leaves an accounts table's header over a table it
// gave a blank one: "Note Unrestricted £ Restricted £ Total 2025 £ Total
// 2024 £", "Notes Unrestricted funds £'000 Total £'000". Two or more
// pound signs standing alone (or with their scale) and no sentence: the
// cells are sums in pounds, in the scale the line states; note is 1 when
// the line opens with "Note", the column right after the row labels
// holding the notes' numbers.
func moneyHeaderLine(text string) (c column, note int, ok bool) {
	if len(text) > 200 || strings.ContainsAny(text, ".:;!?") || !strings.Contains(text, "£") {
		return column{}, 0, false
	}
	pounds := 0
	fields := strings.Fields(text)
	for _, f := range fields {
		if _, scaled := measure.MoneyScale(f); f == "£" || scaled && strings.HasPrefix(f, "£") {
			pounds++
		}
	}
	if pounds < 2 {
		return column{}, 0, false
	}
	c = column{unit: evidence.UnitGBP, scale: 1}
	if sc, ok := measure.MoneyScale(text); ok {
		c.scale = sc
	}
	if f := strings.ToLower(fields[0]); f == "note" || f == "notes" {
		note = 1
	}
	return c, note, true
}

// noteRefCell reports a cell of a "Note" column: empty, or a note's
// number ("2", "4", "12a").
var noteRefCellRe = lazyre.New(`^\s*(?:\d{1,2}[a-z]?(?:\s*,\s*\d{1,2}[a-z]?)*)?\s*$`)

// headingOver is the heading right over the table whose first row is
// block i, with at most a caption or a short paragraph between them, or
// "".
func (x *extractor) headingOver(i int) string {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch b := x.doc.Blocks[j]; b.Kind {
		case corpus.Heading:
			return b.Text
		case corpus.Paragraph:
			continue
		default:
			return ""
		}
	}
	return ""
}

// tableNoteRe opens a note under a table: the marker it explains ("(a)",
// "[b]", "[2]", "†", "¹") or "Note:", "Source:", or a survey table's
// "Base:" (whom its shares are of). A star is left: it opens emphasis as
// often as a note.
var tableNoteRe = lazyre.New(`^\s*(?:\([a-z]\)|\[(?:\^?[a-z0-9]{1,3})\]|[†‡§¶]|[¹²³⁴⁵⁶⁷⁸⁹]|(?i:notes?|sources?|bases?)\s*[:.–—-])\s*\S`)

// tableBaseRe is a survey table's base: whom its shares are of ("Base:
// all 612 respondents.").
var tableBaseRe = lazyre.New(`(?i)^bases?\s*:\s*(?:all\s+)?(?:[\d,]+\s+)?[a-z'’ -]{1,60}\.?$`)

// noteOfMaking reports a note under a table that only says how the table
// was made: each sentence its base or page furniture ("Base: all 612
// respondents. Percentages do not add to 100 because ..."). Such a note
// is not quoted.
func noteOfMaking(text string) bool {
	for _, sp := range Sentences(text) {
		s := strings.TrimSpace(text[sp.start:sp.end])
		if s == "" || tableBaseRe.MatchString(s) {
			continue
		}
		if skip, _, _ := furnitureSentence(s); !skip {
			return false
		}
	}
	return true
}

// tableNote reports paragraph i as a note on the table above it: opened
// by a marker or "Note:", under the table's last row or another such
// note. "(a) Includes estimated figures for two trusts" says how the
// cells were made, as a footnote does; read as a finding, "two trusts"
// was a statistic. A long note is still quoted, with no figures.
func (x *extractor) tableNote(i int) bool {
	if !tableNoteRe.MatchString(x.doc.Blocks[i].Text) {
		return false
	}
	for k := i - 1; k >= 0; k-- {
		switch b := x.doc.Blocks[k]; {
		case b.Kind == corpus.TableRow:
			return true
		case b.Kind == corpus.Footnote || b.Kind == corpus.Paragraph && tableNoteRe.MatchString(b.Text):
			continue
		default:
			return false
		}
	}
	return false
}

// noteUnit is the unit a note under a table gives its cells: the first
// sentence or numbered part of the note that states one (notePartRe),
// unless it names another table than the caption's ("in Table 3" under
// "Table 2: ...").
func noteUnit(text, caption string) (column, bool) {
	text = strings.TrimSpace(text)
	var m []string
	for _, part := range append([]string{text}, notePartRe.Split(text, -1)...) {
		if m = noteUnitRe.FindStringSubmatch(strings.TrimSpace(part)); m != nil {
			break
		}
	}
	if m != nil && m[1] != "" {
		c := captionTableRe.FindStringSubmatch(caption)
		if c == nil || !strings.EqualFold(c[1], m[1]) {
			return column{}, false
		}
	}
	switch {
	case m == nil:
		return column{}, false
	case m[2] != "":
		return column{unit: evidence.UnitPercent, scale: 1}, true
	case m[3] != "":
		return captionColumn(m[3])
	}
	return column{unit: evidence.UnitOther, scale: 1}, true
}

// unitsRow reads a row of units under a table's header ("| | % | % | n
// |"): every cell after the first is a unit, and the first is empty or
// names them ("Unit").
func unitsRow(b corpus.Block) ([]column, bool) {
	if len(b.Cells) < 2 {
		return nil, false
	}
	if first := strings.ToLower(strings.TrimSpace(b.Cells[0].Text)); first != "" && first != "unit" && first != "units" && !unitCellRe.MatchString(first) {
		return nil, false
	}
	cols := make([]column, len(b.Cells))
	n := 0
	for k, c := range b.Cells {
		t := strings.TrimSpace(c.Text)
		if t == "" {
			continue
		}
		if !unitCellRe.MatchString(t) {
			if k == 0 {
				continue
			}
			return nil, false
		}
		cols[k] = headerColumn("(" + strings.Trim(t, "()") + ")")
		if strings.EqualFold(t, "n") || strings.EqualFold(strings.TrimRight(t, "."), "no") || strings.EqualFold(t, "number") || strings.EqualFold(t, "count") {
			cols[k] = column{unit: evidence.UnitCount, scale: 1, own: true}
		}
		n++
	}
	return cols, n > 0
}

// rowUnitRe is the unit a row's label states for the cells beside it, as
// indicator tables write it: "Healthy Start uptake (%)", "Infant mortality
// rate (per 1,000 live births)", "Median wait (weeks)", "Spend, £m",
// "Average cost per child (£)".
var rowUnitRe = lazyre.New(`(?i)(?:\((%|per\s?cent|percent|£(?:` + measure.MoneyScaleWords + `)?|(?:rate\s+)?per\s+[\d,]+(?:\s[^()]*)?|weeks|months|days|hours|minutes|miles|km|kilometres|seconds)(?:,\s*[^()]{1,40})?\)|,\s*(%|£` + measure.MoneyScaleWords + `))\s*$`)

// timeNumberWords are numbers in words a time limit is written with:
// "within six weeks", "eighteen weeks", "fifty-two weeks".
const timeNumberWords = `one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|thirty|forty(?:-eight)?|fifty(?:-two)?|sixty|seventy-two|ninety`

// rowDurationRe is a row's label that names the measure's time unit in
// words: "Median hours to CAMHS liaison assessment", "Average days in
// hospital", "Mean minutes to triage", "Days from referral to first
// contact", "Weeks waited". "Children waiting over 18 weeks" counts.
var rowDurationRe = lazyre.New(`(?i)^(?:(?:median|mean|average|avg\.?|typical)\s+(hours|days|minutes|mins|weeks|months|years)\b|(hours|days|minutes|mins|weeks|months)\s+(?:to|from|until|before|between|waited|waiting|spent|in\s+(?:hospital|a\s+bed|a\s+paediatric\s+bed|the\s+department|care))\b)`)

// rowRateRe is the base of a rate in a row's label: "per 100,000
// children", "per 1,000 live births".
var rowRateRe = lazyre.New(`(?i)\bper\s+(?:1|10|100)(?:,?000)+\b|\bper\s+(?:thousand|million)\b|` + perHundredPeople)

// perHundredPeople is a rate's base of a hundred people: "per 100 five
// year olds", "per 100 children", "per hundred live births". Bare "per
// 100" is left: "£5 per 100 words" is a price.
const perHundredPeople = `(?i:\bper\s+(?:100|hundred)\s+(?:(?:[a-z0-9]+[- ]){0,3}?(?:children|child|pupils|people|persons|population|residents|births|babies|infants|girls|boys|adolescents|teenagers|adults|women|men|patients|olds?)\b))`

// childRateRowRe is a row's label naming the rate of children in a
// status, per 10,000 children as the statistics give it: "Children in
// need rate", "Child protection plan rate", "Looked-after children
// rate". A share's rate ("Vaccination uptake rate") is none of these.
var childRateRowRe = lazyre.New(`(?i)^(?:children|child|looked[- ]after\s+children)\b[a-z' -]{0,40}\brate$`)

// rowHoursRe is a row's label of hours in a period: "Designated clinical
// officer hours per week", "Clinic hours a month".
var rowHoursRe = lazyre.New(`(?i)\bhours\s+(?:per|a|each)\s+(?:week|month|day|year|term)\s*$`)

// rowColumn is the unit a row's label gives its cells; ok is false when
// the label states none.
func rowColumn(label string) (column, bool) {
	m := rowUnitRe.FindStringSubmatch(strings.TrimSpace(label))
	if m == nil {
		if d := rowDurationRe.FindStringSubmatch(strings.TrimSpace(label)); d != nil {
			// "Median hours to assessment": the cells are hours, not counts.
			return column{unit: durationUnit(d[1] + d[2]), scale: 1, own: true}, true
		}
		// "Asthma admissions per 100,000 children": a label naming the
		// base of a rate makes its cells rates, bracketed or not.
		if rowRateRe.MatchString(label) {
			return column{unit: evidence.UnitOther, scale: 1, own: true}, true
		}
		if strings.HasSuffix(strings.ToLower(strings.TrimSpace(label)), " rate") && childRateRowRe.MatchString(strings.TrimSpace(label)) {
			// "Children in need rate", "Child protection plan rate": a
			// rate per 10,000 children whose base the label leaves out,
			// never a count of children.
			return column{unit: evidence.UnitOther, scale: 1, own: true}, true
		}
		if strings.Contains(label, "hours") && rowHoursRe.MatchString(label) {
			// "Designated clinical officer hours per week": hours, unit
			// other as every span of hours is, never a count of them.
			return column{unit: evidence.UnitOther, scale: 1, own: true}, true
		}
		if sc := measure.CountScale(label); sc > 1 {
			// "Children waiting (thousands)": counts in thousands, as a
			// header saying so makes its column's. Before, 12.5 was a
			// count of 12.5.
			return column{unit: evidence.UnitCount, scale: sc, own: true}, true
		}
		return column{}, false
	}
	u := m[1] + m[2]
	if u == "£" {
		// "Average transport cost per child (£)": pounds as written,
		// never a count of 8,920.
		return column{unit: evidence.UnitGBP, scale: 1, own: true}, true
	}
	if strings.HasPrefix(u, "£") {
		return captionColumn(u)
	}
	if nounUnit(strings.ToLower(u)) == evidence.UnitOther {
		// "Median distance from home (miles)": a distance.
		return column{unit: evidence.UnitOther, scale: 1, own: true}, true
	}
	return headerColumn("(" + u + ")"), true
}

// unitColumn is the unit a row states in a column of units, as an
// indicator table sets it ("| Breastfeeding at 6 to 8 weeks | % | 44.8 |
// 49.2 |" under "Indicator | Unit | Westmoor | England"), and that
// column; ok is false when the table has no such column or the row's
// cell in it is no unit. Before, "%" was the row's group and 44.8 a
// count, and "per 100,000" a group too.
func unitColumn(b corpus.Block) (column, int, bool) {
	for k, h := range b.Header {
		if k == 0 || k >= len(b.Cells) {
			continue
		}
		switch strings.ToLower(strings.TrimSpace(h)) {
		case "unit", "units", "unit of measure":
		default:
			continue
		}
		t := strings.TrimSpace(b.Cells[k].Text)
		switch {
		case strings.EqualFold(t, "n") || strings.EqualFold(strings.TrimRight(t, "."), "no") || strings.EqualFold(t, "number") || strings.EqualFold(t, "count"):
			return column{unit: evidence.UnitCount, scale: 1, own: true}, k, true
		case t == "":
			return column{}, k, false
		}
		if c, ok := rowColumn("(" + strings.Trim(t, "()") + ")"); ok {
			return c, k, true
		}
		return column{}, k, false
	}
	return column{}, -1, false
}

// labelAfter reports a further label cell after a row's figure and its
// first label ("| 10,415 | South | 2023 |"): a period, or a cell under a
// header naming time, a group or a service. A note or a trend after them
// ("Provisional", "Rising") says nothing of what the figure is of.
func labelAfter(header, text string) bool {
	return measure.LabelHeader(header) || measure.ParsePeriod(text).Text != ""
}

// tableRow makes the item of one table row, with what is said about its
// table.
func (x *extractor) tableRow(b corpus.Block, section string, t *table) {
	if ownedActionRow(b) && x.proseRow(b, section) {
		return
	}
	var figs []evidence.Figure
	var row column
	hasRow := false
	if len(b.Cells) > 1 {
		row, hasRow = rowColumn(b.Cells[0].Text)
	}
	unitCell := -1
	if !hasRow {
		if c, k, ok := unitColumn(b); ok {
			row, hasRow, unitCell = c, true, k
		}
	}
	if len(b.Cells) == 2 && frontSheetRow(b.Cells[0].Text) {
		x.coverRowFinding(b, section)
		return // a paper's front sheet: "| Agenda item | 11 |"
	}
	var columns []string
	// The row's labels: its cells holding no figure before its first that
	// does ("North | 2024 | 14,310"), or those right after a figure when
	// none is before ("14,310 | North | 2024"), up to the next figure.
	var labels, labelColumns []string
	labelsAfter := -1 // the count of figures before labels after them, or -1
	var labelCells []int
	spansRows := false   // a figure of the row is merged with the rows under it
	var described []bool // by figure, whether its cell is a description (describedCell)
	var spanning []bool  // by figure, whether it is
	// The headers of the columns a figure is merged over, and the labels
	// of rows it is merged over that the row's label differs from: the
	// figure is of none of them alone, nor of the period its section
	// heading names ("Children waiting 2024" over "2023 | 2024").
	var setApart []string
	var unsureMoney []int // the offsets of money per person a money note may scale
	band := bandLabel(b, t)
	for i, cell := range b.Cells {
		if i == unitCell {
			continue // the unit of the row's figures, no label of them
		}
		if i == 0 && band {
			// "| Over 52 weeks | 35,000 | 13% |": one band of a
			// distribution, the row's label (bandLabel).
			labels = append(labels, labelText(strings.TrimSpace(cell.Text)))
			labelColumns = append(labelColumns, b.Header[0])
			labelCells = append(labelCells, 0)
			continue
		}
		if t.noteColumn > 0 && i == t.noteColumn && noteRefCellRe.MatchString(cell.Text) {
			continue // "2": the note on the row, no sum
		}
		col := column{unit: evidence.UnitCount, scale: 1}
		h := ""
		if i < len(b.Header) {
			h = b.Header[i]
			col = t.headerColumn(h)
			if weightingOnly(b.Header, i) {
				col.skip = true
			}
			if col.skip && answerNo(b.Header, i) {
				col = column{unit: evidence.UnitCount, scale: 1}
				if _, u := answerHeader(h); u != "" {
					col = t.headerColumn(u) // "No (%)": shares
				}
			}
		}
		// A cell under "Age group" or "Quarter" is a label whatever its
		// numbers ("5-10", "Q1 2024"); one under "Rank" or "Code" never is.
		phrase := len(labels) > 0 && !col.skip && phraseCell(cell.Text, col)
		if text := strings.TrimSpace(cell.Text); text != "" && !phrase && !identifierCell(text) && (len(figs) == 0 || len(labels) == 0 || labelsAfter == len(figs) && labelAfter(h, cell.Text)) &&
			(col.skip && labelHeaderRe.MatchString(strings.TrimSpace(h)) ||
				!col.skip && len(cellFigures(cell.Text, column{unit: evidence.UnitCount, scale: 1})) == 0) {
			if text == rowSpanMark {
				// A label merged over rows is the label above ("London"
				// over its trusts' rows), as a web page's import repeats
				// it; a figure above continues here: no label, no figure.
				if text = x.labelAbove(b, i); text == "" {
					continue
				}
			}
			text = labelText(text)
			if len(figs) > 0 && labelsAfter < 0 {
				labelsAfter = len(figs)
			}
			labels = append(labels, text)
			labelColumns = append(labelColumns, h)
			labelCells = append(labelCells, i)
		}
		// reach is how far a caption's money scale reaches this column
		// (measure.MoneyScaleReach), where the table has one.
		reach := measure.MoneyScaled
		if !col.own && t.hasUnit && t.unit.unit == evidence.UnitGBP && t.unit.scale > 1 {
			reach = t.moneyReach(b.Header, i)
		}
		var interval *evidence.Figure
		if col.skip && i+1 < len(b.Cells) && i+1 < len(b.Header) && ciBoundRe.MatchString(h) {
			// "| 95% Lower CI | 95% Upper CI |": the two bounds are one
			// interval, of the unit the row's values are in (ciPair).
			unit := evidence.UnitOther
			if hasRow {
				unit = row.unit
			} else if t.hasUnit && !t.unit.skip {
				unit = t.unit.unit
			}
			interval = ciPair(b, i, unit)
		}
		switch {
		case col.skip && interval == nil:
			continue
		case interval != nil:
		case i < len(t.columns) && t.columns[i].own:
			col.unit, col.scale = t.columns[i].unit, t.columns[i].scale
		case (!col.own || col.noun && row.unit == evidence.UnitOther) && hasRow && i > 0:
			// A row of an indicator table: the label's unit beats the
			// table's, as each row measures something else, and a rate
			// ("per 100,000 children") beats a column named for a group
			// ("All children").
			col.unit, col.scale = row.unit, row.scale
		case !col.own && t.hasUnit && t.unit.skip:
			continue // "Table 3: Spending, € million"
		case t.hasUnit && t.unit.unit == evidence.UnitGBP && t.unit.scale > 1 && (reach == measure.MoneyCount || col.own && col.noun && col.unit == evidence.UnitCount) && i < len(b.Header) && measure.MoneyOnPeople(t.money, b.Header[i], cell.Text):
			// "Children" and "Adults" under "Net care spending by client
			// group (£000s)", or "30.1" under "Adults" in £m: the money
			// spent on them (measure.MoneyOnPeople), though a header
			// naming people alone is otherwise their count.
			col.unit, col.scale = t.unit.unit, t.unit.scale
		case reach != measure.MoneyScaled:
			// "Spend per pupil", "Share of budget", "Children looked after"
			// under "Table 4: Spending (£'000) and spend per pupil (£)":
			// the caption's scale is the money's (measure.MoneyScaleReach).
			// Money per person and money marked "(£)" stay in pounds, a
			// share is no sum, and a count of people, places or posts is
			// no money: 120 was £120,000, a share of 12.5 £12,500 (hostile
			// check 57), and 2,100 children looked after £2.1 million
			// (hostile check 58).
			switch {
			case reach == measure.MoneyCount:
				col.unit, col.scale = evidence.UnitCount, 1
			case reach == measure.MoneyShare:
				col.unit, col.scale = evidence.UnitOther, 1
			default:
				col.unit, col.scale = evidence.UnitGBP, 1
			}
		case !col.own && t.hasUnit:
			col.unit, col.scale = t.unit.unit, t.unit.scale
		case t.hasUnit && t.unit.unit == evidence.UnitCount && t.unit.scale > 1 && col.unit == evidence.UnitCount && col.scale == 1 && !col.base:
			// "Table 5: Children waiting, thousands" over "Children
			// waiting", "## Referrals (thousands)" over "Referrals": a
			// column naming its count is in the scale its caption or
			// heading states; one of weeks, percentages or rates keeps
			// its own unit. Before, 4.5 under such a caption was a count
			// of 4.5 children (hostile check 55).
			col.scale = t.unit.scale
		}
		figsOfCell := cellFigures(cell.Text, col)
		if phrase {
			figsOfCell = Figures(cell.Text)
		}
		if interval != nil {
			figsOfCell = []evidence.Figure{*interval}
		} else if i < len(b.Header) && !(i < len(t.columns) && t.columns[i].own) {
			if split, ok := t.splitGluedCell(cell.Text, b.Header[i]); ok {
				figsOfCell = split
			}
		}
		// Money per person under "(£000s)" is read in pounds, but the
		// note may mean it too: the note stays in its measure for the
		// reader to judge (hostile check 58), and out of its key.
		unsure := reach == measure.MoneyPerPerson
		for _, f := range figsOfCell {
			f.Offset += cell.Offset
			if unsure && f.Unit == evidence.UnitGBP {
				unsureMoney = append(unsureMoney, f.Offset)
			}
			if col.change {
				f.Role = evidence.RoleChange
			}
			if col.base {
				// A share's base is no finding: shown as the row's figure,
				// "850" was cited for "Felt listened to".
				f.Role = evidence.RoleBase
			}
			figs = append(figs, f)
			described = append(described, describedCell(cell.Text))
			down := len(x.rowsSpanned(b, i)) > 0
			spanning = append(spanning, down)
			spansRows = spansRows || down
			if i < len(b.Header) {
				columns = append(columns, spannedHeader(b, i))
				if hs := spannedHeaders(b, i); len(hs) > 1 {
					setApart = append(setApart, hs...)
				}
			} else {
				columns = append(columns, "")
			}
			if len(figs) == MaxFigures {
				break
			}
		}
		if len(figs) == MaxFigures {
			break
		}
	}
	responsesBase(columns, figs)
	shareChangePoints(columns, figs)
	headlineBesideTarget(columns, figs)
	headlineOfLatestPeriod(columns, figs)
	columns, figs, spanning = withoutSetLevels(columns, figs, spanning, described)
	if riskScoresOnly(b, columns, figs) {
		return
	}
	if targetsOnly(columns) || ratingScoresOnly(b, columns, figs) {
		// "| Urgent referrals seen within 4 hours | 95% | Monthly |"
		// under "Threshold": what must be reached, no finding.
		figs, columns, spanning, spansRows, setApart = nil, nil, nil, false, nil
	}
	if f, ok := rowLabelLimit(b, labelCells, figs); ok {
		figs, columns, spanning = append(figs, f), append(columns, ""), append(spanning, false)
	}
	kind := evidence.Statistic
	if len(figs) == 0 && x.proseRow(b, section) {
		return
	}
	if len(figs) == 0 && continuesOnly(b) {
		// A row whose figures are all merged with the row above ("|
		// Speech and language therapy | North | 2024 | ^^ |") has none of
		// its own: its labels alone, as an excerpt, were found before the
		// row holding the figure, being shorter.
		return
	}
	if len(figs) == 0 {
		words := 0
		for _, c := range b.Cells {
			for _, f := range strings.Fields(c.Text) {
				if strings.IndexFunc(f, func(r rune) bool { return r < 128 && isLetter(byte(r)) }) >= 0 {
					words++
				}
			}
		}
		if words < MinExcerptWords || historyRow(b) || housekeepingActionRow(b) {
			return // a row of labels, of a paper's history or a meeting's housekeeping
		}
		kind, figs = evidence.Excerpt, []evidence.Figure{}
	}
	if g, ok := t.groups[x.para]; ok && len(figs) > 0 {
		// "Kent" over "| Referrals | 1,450 |": the row's group or place,
		// read as the label of a column before its own (tableGroups).
		// The first column's header names the groups ("Area" over
		// "Kent"), the rows' own labels ("Measure" over "Referred") or
		// both ("Group" over "Boys" and "Aged 5 to 10").
		gh := ""
		if len(b.Header) > 0 {
			for k, c := range labelCells {
				if c == 0 {
					gh, labelColumns[k] = measure.GroupHeads(b.Header[0], t.groupLabels, g, labels[k])
				}
			}
			if !slices.Contains(labelCells, 0) {
				gh, _ = measure.GroupHeads(b.Header[0], t.groupLabels, g, "")
			}
		}
		if t.placeGroups {
			// "Thurrock" over "Under 5" under "Age group": the group
			// is the rows' place (measure.PlaceGroups).
			gh = "Area"
		}
		for k, c := range labelCells {
			if c == 0 && measure.TotalLabel(labels[k]) {
				labels[k] = "" // "England" over "All": the group's whole
			}
		}
		labels, labelColumns = append([]string{g}, labels...), append([]string{gh}, labelColumns...)
		labelCells = append([]int{-1}, labelCells...)
	}
	own := &measure.Input{Columns: columns, Labels: labels, LabelColumns: labelColumns, Caption: t.caption, SetApart: setApart}
	var shared *measure.Input // the labels of the figures merged with rows under
	if spansRows {
		sl, sh := x.sharedLabels(b, labels, labelColumns, labelCells)
		apart := slices.Clone(setApart)
		for _, l := range labels {
			if !slices.Contains(sl, l) {
				apart = append(apart, l)
			}
		}
		shared = &measure.Input{Columns: columns, Labels: sl, LabelColumns: sh, Caption: t.caption, SetApart: apart}
		if !slices.Contains(spanning, false) {
			own = shared
		}
	}
	for _, in := range []*measure.Input{own, shared} {
		if in != nil && len(in.Labels) > 0 {
			in.Label = in.Labels[0]
		}
	}
	// A row's figure of its own beside one merged with the rows under it
	// keeps the row's labels: the row is read with them, and the merged
	// figures are read again with only those their rows share. Read once
	// with the shared labels, the row's own "46%" lost its year.
	var again []evidence.Figure
	if shared != nil && own != shared {
		again = slices.Clone(figs)
	}
	x.row = own
	x.addWith(b, 0, len(b.Text), kind, section, "", figs)
	x.row = nil
	it := x.lastItem()
	it.Header = b.HeaderLine
	if again != nil {
		in := measure.Input{Text: it.Text, Figures: again, Section: section, Note: x.doc.Source.Note, Cites: it.Cites,
			Columns: shared.Columns, Label: shared.Label, Labels: shared.Labels, LabelColumns: shared.LabelColumns, Caption: shared.Caption, SetApart: shared.SetApart}
		x.records.Describe(in)
		for i, down := range spanning {
			if down && i < len(it.Figures) && i < len(again) {
				it.Figures[i].Record = again[i].Record
			}
		}
	}
	if len(unsureMoney) > 0 {
		note := strings.Trim(measure.MoneyNote(t.money), "() ,")
		for k := range it.Figures {
			if f := &it.Figures[k]; slices.Contains(unsureMoney, f.Offset) && f.Unit == evidence.UnitGBP {
				f.Measure = strings.TrimSpace(f.Measure + " (table in " + note + ")")
			}
		}
	}
}

// cellFiguresRead reads the figures of one cell, as cellFigures has read
// it through (readable). Years, financial years, suppressed values ("*",
// "-", "n/a", "<5"), identifiers and text are not figures.
func cellFiguresRead(text string, col column) []evidence.Figure {
	if identifierCell(text) {
		return nil // "0300 123 4567", "12/05/2024": no count
	}
	t, base := text, 0
	// A value set as code ("`800`") is the value.
	if len(t) > 2 && t[0] == '`' && t[len(t)-1] == '`' && !strings.Contains(t[1:len(t)-1], "`") {
		base, t = 1, t[1:len(t)-1]
	}
	// A value struck out before the one replacing it ("~~700~~ 720") is
	// no longer the cell's: the new one is. Either way the cell was a
	// label, and "~~700~~ 720" the group the row's other figures were of.
	if strings.HasPrefix(t, "~~") {
		j := strings.Index(t[2:], "~~")
		if j < 0 {
			return nil
		}
		rest := strings.TrimLeftFunc(t[2+j+2:], unicode.IsSpace)
		base, t = base+len(t)-len(rest), rest
	}
	// Emphasis around the value ("**1,010**", "*45%*"), as a hand-written
	// table sets its totals, is no part of it: its closing stars read as a
	// note marker left "**1,010", no figure, and the row was lost.
	if n := emphasisAround(t); n > 0 {
		base, t = base+n, t[n:len(t)-n]
	}
	// Thousands grouped with underscores, as code writes them ("1_000"):
	// read with commas, which take the same bytes.
	if strings.Contains(t, "_") && underscoreNumberRe.MatchString(t) {
		figs := valueFigures(strings.ReplaceAll(t, "_", ","), col)
		for i := range figs {
			figs[i].Text = t[figs[i].Offset : figs[i].Offset+len(figs[i].Text)]
			figs[i].Offset += base
		}
		return figs
	}
	// A note marker ends the cell (evidence's TrailingMarker): "[^2]",
	// "*", "†", "¹", and as a PDF without raised text or a hand-made
	// table sets one on the line, "[1]", "[b]", " (a)".
	if m := evidence.TrailingMarker(t); m >= 0 {
		// The figure's offset stays the cell's: what is trimmed before
		// the value (a stray "\r" in a row) is counted back in.
		t = strings.TrimRightFunc(t[:m], unicode.IsSpace)
		body := strings.TrimLeftFunc(t, unicode.IsSpace)
		base, t = base+len(t)-len(body), body
		// Emphasis inside the marker: "**45%**[^1]", "_640_ (a)". Read
		// only outside it, the whole row was lost.
		if n := emphasisAround(t); n > 0 {
			base, t = base+n, t[n:len(t)-n]
		}
	}
	// A marker inside the value ("10 (a)–15", a range with a note on its
	// first number) is left out as a sentence's is, and the figure is
	// the cell's bytes with it.
	read, at := dropSpans(t, evidence.Markers(t))
	figs := valueFigures(read, col)
	for i := range figs {
		if at != nil {
			start, end := figs[i].Offset, figs[i].Offset+len(figs[i].Text)
			figs[i].Offset, figs[i].Text = at[start], t[at[start]:at[end-1]+1]
		}
		figs[i].Offset += base
	}
	return figs
}

// durationCellRe is a cell holding a span and its unit: "14 weeks",
// "about 3 months", "6 days".
var durationCellRe = lazyre.New(`(?i)^(~|c\.\s?|about\s|around\s|over\s|more than\s)?(\d[\d,]*(?:\.\d+)?)\s?(weeks?|months?|years?|days?)$`)

// durationUnits are the units of durationCellRe's spans; a day has no
// unit of its own.
var durationUnits = map[string]evidence.Unit{"week": evidence.UnitWeeks, "month": evidence.UnitMonths, "year": evidence.UnitYears, "day": evidence.UnitOther}

// underscoreNumberRe is a number grouped in thousands by underscores:
// "1_000", "12_500.5", "£2_000".
var underscoreNumberRe = lazyre.New(`^(?:£\s?)?\d{1,3}(?:_\d{3})+(?:\.\d+)?%?$`)

// emphasisAround is the length of the Markdown emphasis mark opening and
// closing cell text t ("**", "__", "*", "_"), or 0 when it has none.
func emphasisAround(t string) int {
	for _, m := range []string{"***", "___", "**", "__", "*", "_"} {
		if len(t) > 2*len(m) && strings.HasPrefix(t, m) && strings.HasSuffix(t, m) {
			in := t[len(m) : len(t)-len(m)]
			if !isSpace(in[0]) && !isSpace(in[len(in)-1]) {
				return len(m)
			}
		}
	}
	return 0
}

// valueFigures reads the figures of a cell's value, its footnote marker
// taken off.
func valueFigures(t string, col column) []evidence.Figure {
	// A base column holds no years: "1954" there is the pupils counted.
	if t == "" || !strings.ContainsAny(t, "0123456789") || isYearNumber(t) && !col.base || financialYearRe.MatchString(t) {
		return nil
	}
	if v, ok := periodCellValue(t); ok {
		return valueFigures(v, col)
	}
	unitOf := func(suffix string, pound bool) (evidence.Unit, float64) {
		switch suffix {
		case "%", "per cent":
			return evidence.UnitPercent, 1
		case "bn", "billion":
			return evidence.UnitGBP, 1e9
		case "m", "million":
			if pound || col.unit == evidence.UnitGBP {
				return evidence.UnitGBP, 1e6
			}
			return evidence.UnitCount, 1e6
		case "k":
			if pound || col.unit == evidence.UnitGBP {
				return evidence.UnitGBP, 1e3
			}
			return evidence.UnitCount, 1e3
		}
		if pound {
			return evidence.UnitGBP, 1
		}
		return col.unit, col.scale
	}
	if m := cellRe.FindStringSubmatchIndex(t); m != nil {
		// Groups: 1 a hedge, 2 a sign ("+1.8", "-0.3"), 3 "£", 4 the number, 5 its unit.
		unit, scale := unitOf(submatch(t, m, 5), m[6] >= 0)
		f := evidence.Figure{Text: t, Value: roundShown(parseNumber(submatch(t, m, 4))*scale, t), Unit: unit}
		if sign := submatch(t, m, 2); sign != "" && sign != "+" {
			f.Value = -f.Value
		}
		if q := strings.TrimSpace(submatch(t, m, 1)); q != "" {
			f.Qualifier = map[string]string{"~": "approximately", "c.": "approximately", "approx": "approximately",
				"approx.": "approximately", ">": "more than", "more than": "more than", "over": "over", "under": "under",
				"about": "about", "around": "around"}[q]
			if q == "under" {
				return nil // "under 5": a suppressed small number
			}
		}
		if !validFigure(f.Value) {
			return nil
		}
		return []evidence.Figure{f}
	}
	if m := durationCellRe.FindStringSubmatchIndex(t); m != nil {
		// A wait or a stay in its unit ("14 weeks", "about 3 months"), as
		// a table of waiting measures sets each cell: the row's label says
		// what it measures, so it is a figure as a count's cell is.
		f := evidence.Figure{Text: t, Value: parseNumber(submatch(t, m, 2)), Unit: durationUnits[strings.TrimSuffix(strings.ToLower(submatch(t, m, 3)), "s")]}
		f.Qualifier = map[string]string{"~": "approximately", "about": "about", "around": "around", "over": "over", "more than": "more than", "c.": "approximately"}[strings.TrimSpace(submatch(t, m, 1))]
		if !validFigure(f.Value) {
			return nil
		}
		return []evidence.Figure{f}
	}
	if m := cellRangeRe.FindStringSubmatchIndex(t); m != nil {
		suffix := submatch(t, m, 6)
		if suffix == "" && m[6] >= 0 {
			suffix = "%"
		}
		unit, scale := unitOf(suffix, m[2] >= 0 || m[8] >= 0)
		lo, hi := roundShown(parseNumber(submatch(t, m, 2))*scale, t), roundShown(parseNumber(submatch(t, m, 5))*scale, t)
		if !(lo < hi) || !validFigure(hi) {
			// "1,392,000 – 1,392,000" under pounds: an accounts table's
			// sum, its nil column, and its total, side by side.
			return gluedCellFigures(t, col)
		}
		return []evidence.Figure{{Text: t, Value: lo, Low: lo, High: hi, Unit: unit}}
	}
	if figs := gluedCellFigures(t, col); figs != nil {
		return figs
	}
	if m := cellWithBaseRe.FindStringSubmatchIndex(t); m != nil {
		p, n := parseNumber(submatch(t, m, 1)), parseNumber(submatch(t, m, 2))
		if !validFigure(n) || !validFigure(p) {
			return nil
		}
		pct := m[3] + strings.IndexByte(t[m[3]:], '%') + 1
		return []evidence.Figure{
			{Text: t[m[2]:pct], Value: roundShown(p, t[m[2]:pct]), Unit: evidence.UnitPercent, Offset: m[2]},
			{Text: t[m[4]:m[5]], Value: n, Unit: evidence.UnitCount, Offset: m[4], Role: evidence.RoleBase},
		}
	}
	if m := cellWithComparatorRe.FindStringSubmatchIndex(t); m != nil && !strings.ContainsAny(submatch(t, m, 2), "0123456789%£") || m != nil && isPeriodLabel(submatch(t, m, 2)) {
		own := valueFigures(strings.TrimSpace(t[m[2]:m[3]]), col)
		other := valueFigures(t[m[6]:m[7]], col)
		if len(own) == 1 && len(other) == 1 && own[0].Low == 0 && other[0].Low == 0 &&
			(own[0].Unit == evidence.UnitPercent) == (other[0].Unit == evidence.UnitPercent) {
			own[0].Offset += m[2]
			other[0].Offset += m[6]
			return []evidence.Figure{own[0], other[0]}
		}
	}
	if m := cellWithPercentRe.FindStringSubmatchIndex(t); m != nil {
		n, p := parseNumber(submatch(t, m, 1)), parseNumber(submatch(t, m, 2))
		if !validFigure(n) || !validFigure(p) {
			return nil
		}
		pct := m[5] + strings.IndexByte(t[m[5]:], '%') + 1
		return []evidence.Figure{
			{Text: t[m[2]:m[3]], Value: roundShown(n*col.scale, t[m[2]:m[3]]), Unit: col.unit, Offset: m[2]},
			{Text: t[m[4]:pct], Value: roundShown(p, t[m[4]:pct]), Unit: evidence.UnitPercent, Offset: m[4]},
		}
	}
	return nil
}

// isPeriodLabel: a comparator's label that is a year or a financial year
// with nothing else ("2023-24", "2023"), as "£2.1m (2023-24: £1.8m)" names
// the year it is set against.
func isPeriodLabel(s string) bool {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), ":"))
	return isYearNumber(s) || financialYearRe.MatchString(s)
}

// gluedCellFigures reads a cell that holds the values of two or more
// columns side by side ("212 98", "54% 73%"): a PDF's text layer places
// close columns in one cell, and their header with them ("Core20 areas
// Least deprived"). Each value is a figure of the column's unit. It returns
// nil unless every part is a plain value of one shape (all percentages or
// none), and never reads "1 204" or "12 500" (a number with a space between
// its thousands) as two.
func gluedCellFigures(t string, col column) []evidence.Figure {
	if strings.IndexByte(t, ' ') < 0 {
		return nil
	}
	var figs []evidence.Figure
	percent := strings.HasSuffix(strings.TrimSpace(t), "%")
	for i := 0; i < len(t); {
		for i < len(t) && t[i] == ' ' {
			i++
		}
		j := i
		for j < len(t) && t[j] != ' ' {
			j++
		}
		if i == j {
			break
		}
		part := t[i:j]
		if col.unit == evidence.UnitGBP && !percent {
			// An accounts table's nil column ("–") and its negative sum
			// ("(45,000)"), side by side with its other columns' sums.
			if part == "–" || part == "-" || part == "—" {
				i = j
				continue
			}
			if len(part) > 2 && part[0] == '(' && part[len(part)-1] == ')' && gluedPartRe.MatchString(part[1:len(part)-1]) && !strings.HasSuffix(part, "%)") {
				v := -parseNumber(part[1:len(part)-1]) * col.scale
				if !validFigure(v) {
					return nil
				}
				figs = append(figs, evidence.Figure{Text: part, Value: roundShown(v, part), Unit: col.unit, Offset: i})
				i = j
				continue
			}
		}
		if !gluedPartRe.MatchString(part) || strings.HasSuffix(part, "%") != percent {
			return nil
		}
		if !percent && len(figs) > 0 && len(part) == 3 && !strings.ContainsAny(figs[len(figs)-1].Text+part, ".,") &&
			len(figs[len(figs)-1].Text) <= 3 {
			return nil // "1 204": thousands spaced, one number
		}
		unit, v := col.unit, parseNumber(strings.TrimSuffix(part, "%"))*col.scale
		if percent {
			unit, v = evidence.UnitPercent, parseNumber(strings.TrimSuffix(part, "%"))
		}
		if !validFigure(v) || isYearNumber(part) {
			return nil
		}
		figs = append(figs, evidence.Figure{Text: part, Value: roundShown(v, part), Unit: unit, Offset: i})
		i = j
	}
	if len(figs) < 2 {
		return nil
	}
	return figs
}

// headerParts splits a header cell that a PDF's text layer glued from
// several columns ("Referrals Assessed within four hours % Median wait
// (hours)") into the headers it holds: a new one starts at a capital
// letter and at a lone "%"; a bracket stays with the words before it.
func headerParts(h string) []string {
	var parts []string
	for _, w := range strings.Fields(h) {
		r := []rune(w)
		switch {
		case len(parts) == 0, w == "%", parts[len(parts)-1] == "%":
			parts = append(parts, w)
		case unicode.IsUpper(r[0]) && (len(r) == 1 || unicode.IsLower(r[1])):
			// "Assessed", "Median"; an acronym ("CAMHS") goes on the header.
			parts = append(parts, w)
		default:
			parts[len(parts)-1] += " " + w
		}
	}
	return parts
}

// bracketParts splits a glued header after each word that closes a
// bracket or is a lone "%": "Children Seen (%) Median Wait (Weeks)" is
// "Children Seen (%)" and "Median Wait (Weeks)". Words after the last such
// end make a part of their own.
func bracketParts(h string) []string {
	var parts []string
	open := ""
	for _, w := range strings.Fields(h) {
		if open != "" {
			open += " "
		}
		open += w
		if strings.HasSuffix(w, ")") || w == "%" {
			parts, open = append(parts, open), ""
		}
	}
	if open != "" {
		parts = append(parts, open)
	}
	return parts
}

// splitGluedCell reads a cell holding the values of several columns under
// a header glued from theirs whose parts state different units ("642 455
// 71 3.2" under "Referrals Assessed within four hours % Median wait
// (hours)"): each value takes the unit of its own header. ok is false when
// the header's parts agree on one unit (the cell is read as before); when
// they disagree but do not pair one to one with the values, the cell gives
// no figures, as no value's unit can be told.
func (t *table) splitGluedCell(text, header string) ([]evidence.Figure, bool) {
	values := strings.Fields(text)
	if len(values) < 2 {
		return nil, false // one value or none: nothing glued
	}
	if identifierCell(text) {
		return []evidence.Figure{}, true // a phone number's groups are no values
	}
	parts := headerParts(header)
	if alt := bracketParts(header); len(parts) != len(values) && len(alt) == len(values) {
		// Title Case headers ("Children Seen (%) Median Wait (Weeks)")
		// start a part at every word; where each header ends in its
		// bracket or "%", those ends pair them with the values.
		parts = alt
	}
	if len(parts) < 2 {
		return nil, false
	}
	cols := make([]column, len(parts))
	mixed := false
	for k, p := range parts {
		cols[k] = t.headerColumn(p)
		if cols[k].skip || cols[k].period {
			return nil, false
		}
		if cols[k].unit != cols[0].unit {
			mixed = true
		}
	}
	if !mixed {
		if len(values) == len(parts) && values[0] == "0" && !spacedCellRe.MatchString(strings.TrimSpace(text)) {
			// "0 214" under "Standard or plan Latest (M7)": a plan of
			// none beside the latest count, one value to each header
			// glued, as no number spaced in thousands opens on a 0.
			// Under a header of its own the cell stays no figure.
			return t.gluedByHeader(text, values, cols)
		}
		return nil, false
	}
	if spacedCellRe.MatchString(strings.TrimSpace(text)) {
		// "12 500" (any group space) is one number, whose unit no one
		// part of the header tells: no figure, never a count and a wait.
		return []evidence.Figure{}, true
	}
	for _, v := range values {
		if !gluedPartRe.MatchString(v) || isYearNumber(v) {
			return nil, false // "45 (12%)": one column's count and share
		}
	}
	if len(values) != len(parts) {
		return []evidence.Figure{}, true
	}
	return t.gluedByHeader(text, values, cols)
}

// gluedByHeader reads the values of a glued cell each with the column
// of its own part of the header.
func (t *table) gluedByHeader(text string, values []string, cols []column) ([]evidence.Figure, bool) {
	for _, v := range values {
		if !gluedPartRe.MatchString(v) || isYearNumber(v) {
			return nil, false
		}
	}
	var figs []evidence.Figure
	from := 0
	for k, v := range values {
		at := from + strings.Index(text[from:], v)
		from = at + len(v)
		for _, f := range valueFigures(v, cols[k]) {
			f.Offset += at
			figs = append(figs, f)
		}
	}
	return figs, true
}

// gluedPartRe is one value of a cell holding several: "212", "54%",
// "29.8%", "1,204".
var gluedPartRe = lazyre.New(`^(?:` + numberRe + `)%?$`)

// validFigure reports a value a report could state.
func validFigure(v float64) bool {
	return v == v && v < maxFigure && v > -maxFigure
}

var (
	// rowNumberRe is a row's own number in its first cell: "3", "R2",
	// "1.4", "b", or a plan's reference of a few capitals and a number,
	// "CYP1", "MH-3", or an action log's, "A25/43".
	rowNumberRe = lazyre.New(`^(?:(?:R|[A-Z]{2,4}-?)?\d{1,2}(?:\.\d{1,2})?[a-z]?|[a-z]|[A-Z]{1,3}\d{2}/\d{1,3})[.)]?$`)
	// sentenceEndRe ends a sentence: a full stop, question or
	// exclamation mark, or a semicolon or colon ending an item.
	sentenceEndRe = lazyre.New(`[.!?;:]["'”’)\]]*(?:\[\^[^\]]+\])*$`)
	// recColumnRe heads a column of recommendations, however the table
	// words it: "Recommendation", "Our ask", "What we are asking",
	// "What we want to see".
	recColumnRe = lazyre.New(`(?i)^(?:recommendations?|what\s+we\s+recommend|our\s+asks?|asks?|what\s+we(?:\s+are|\s*['’]re)?\s+ask(?:ing)?(?:\s+(?:for|of\s+them))?|what\s+we\s+want(?:\s+to\s+see)?|what\s+needs\s+to\s+happen)$`)
	// ownerColumnRe heads the column naming who is to act on a row's
	// recommendation: "Owner", "Lead", "Responsible body", "Who". A PDF
	// table whose owner and due-date columns run together heads them
	// as one ("Lead By when", "Owner / due date"): the owner is still
	// named in its cells, the date beside it.
	ownerColumnRe = lazyre.New(`(?i)^(?:(?:action\s+)?owners?|leads?|lead\s+(?:organisation|body|agency|partner)s?|responsible(?:\s+(?:body|organisation|lead|partner)s?)?|who|by\s+whom|for|(?:recommendation\s+)?(?:addressed\s+)?to|accountable(?:\s+body)?)(?:\s*(?:/|and|&|,)?\s*(?:by\s+when|due(?:\s+date)?|deadline|timescale|target\s+date|completion\s+date))?$`)
)

// actionColumnRe heads the column of a meeting's or a plan's actions:
// "Action", "Actions agreed", "Agreed action".
var actionColumnRe = lazyre.New(`(?i)^(?:(?:agreed|key|next)\s+)?actions?(?:\s+(?:agreed|required|to\s+take))?$`)

// ownedActionCell reports a cell under an action column whose row's owner
// column names a body (not a person, whom the vocabulary does not know):
// an action table ("Action | Owner | Due") asks each owner its row's
// action, as a "Recommendation | Lead" table does.
//
// The action may open with who is to do it: a body the vocabulary knows
// ("Both providers should apply for accreditation", which also stands for
// an owner column naming a role the vocabulary places nowhere: "Provider
// chief executives"), or the owner by its short name ("Millbrook to
// recruit to the vacant posts").
func ownedActionCell(b corpus.Block, i int, t string) bool {
	if i >= len(b.Header) || !actionColumnRe.MatchString(strings.TrimSpace(b.Header[i])) {
		return false
	}
	a := ownerActors(b)
	if len(a) == 0 {
		return false
	}
	if strings.Contains(t, "note that") && noteThatRe.MatchString(t) {
		// "Both trusts to note that 64% of children were seen within 18
		// weeks in 2024/25": a note asks for no act, and its statistic
		// stays one (hostile check 68: an ask of the trusts with a bare
		// 64% of no measure, year or key).
		return false
	}
	named := !slices.Equal(a, []evidence.Actor{evidence.OtherActor})
	if named && tableAction(t) {
		return true
	}
	if !named && len(askedInAction(t)) > 0 {
		return true
	}
	m := ownedSubjectRe.FindStringSubmatch(strings.TrimSpace(t))
	if m == nil {
		return false
	}
	if strings.HasPrefix(m[3], "date ") {
		return false // "Trusts to date have …"
	}
	if len(actionLogBody(m[1])) > 0 {
		// "Both trusts to finish the review", "Both providers should
		// apply for accreditation": a body the vocabulary knows, told
		// what it is to do, whatever the verb.
		return true
	}
	// A body the vocabulary does not know is the row's owner when the
	// owner cell opens with its name ("Cray Valley to recruit …" owned
	// by "Cray Valley Community Health NHS Trust"); another subject
	// ("Paediatric wards to take over monitoring", owned by a trust) says
	// what will happen, not whom the table asks.
	return named && ownerOpensWith(b, m[1]) && tableAction(capitalised(m[3]))
}

// ownerOpensWith reports a row whose owner cell opens with name, word for
// word whatever the case.
func ownerOpensWith(b corpus.Block, name string) bool {
	t, ok := ownerCell(b)
	owner, words := strings.Fields(t), strings.Fields(name)
	return ok && len(owner) > len(words) && strings.EqualFold(strings.Join(owner[:len(words)], " "), strings.Join(words, " "))
}

// ownerCell is the text of a row's cell under its owner column
// (ownerColumnRe), trimmed; ok is false when the table has none.
func ownerCell(b corpus.Block) (t string, ok bool) {
	for i, c := range b.Cells {
		if i < len(b.Header) && ownerColumnRe.MatchString(strings.TrimSpace(b.Header[i])) {
			return strings.TrimSpace(c.Text), true
		}
	}
	return "", false
}

// noteThatRe opens an action that is only a note: "Both trusts to note
// that", "Board to note that".
var noteThatRe = lazyre.New(`^(?:[\w’'&-]+\s+){0,4}?to\s+note\s+that\b`)

// ownedSubjectRe opens an action table's action with who is to do it:
// "Millbrook to recruit …", "Both providers should apply …". Group 1 is
// the subject (one to four words), group 2 "to" or the modal, group 3 the
// action.
var ownedSubjectRe = lazyre.New(`^([A-Z][\w’'&-]*(?:\s+[\w’'&-]+){0,3}?)\s+(to|should|must|needs?\s+to)\s+([a-z].*)$`)

// ownerActors are the actors a row's owner cell names ("Each ICB",
// "Directors of public health"), Other for a body with no place among
// them ("Network board"), or nil when the table has no owner column.
func ownerActors(b corpus.Block) []evidence.Actor {
	t, ok := ownerCell(b)
	if !ok || t == "" {
		return nil
	}
	if a := ownerTeamBody(t); len(a) > 0 {
		return a
	}
	if a := actionLogBody(t); len(a) > 0 {
		return a
	}
	return []evidence.Actor{evidence.OtherActor}
}

// ownerTeamBody is the body an owner cell opens with when the rest of the
// cell names one of its teams by remit: "ICB primary care commissioning",
// "Council public health team". The remit's words name no other body
// ("primary care" is GP practices' only as a body asked): the body's own
// team is asked, its kind alone. Before (the development set), "ICB
// primary care commissioning" asked the ICBs and Other. A cell joining
// bodies ("ICB and GP practices", "Council / ICB") names each: nil, for
// the vocabulary to read whole.
func ownerTeamBody(t string) []evidence.Actor {
	f := strings.Fields(t)
	if len(f) < 2 || strings.ContainsAny(t, ",&/+;") || slices.ContainsFunc(f, func(w string) bool { return strings.EqualFold(w, "and") || strings.EqualFold(w, "with") }) {
		return nil
	}
	// Only where the remit adds Other to the body ("primary care"): a cell
	// ending in a body of its own ("Schools forum", "ICB youth board")
	// names that body, and stays the vocabulary's reading.
	a := mentionedActors(f[0])
	if len(a) == 1 && a[0] != evidence.OtherActor && len(mentionedActors(f[len(f)-1])) == 0 && slices.Equal(mentionedActors(t), union(a, []evidence.Actor{evidence.OtherActor})) {
		return a
	}
	return nil
}

// proseRow reads a table row whose cells hold sentences rather than
// numbers (a summary of findings, a risk register, a table of
// recommendations with their leads and dates): each sentence of such a
// cell is an item of its own, a statistic where it states a figure, a
// recommendation where it asks (every cell under a "Recommendation"
// heading does), numbered by the row's first cell. It reports false when
// no cell holds a sentence.
func (x *extractor) proseRow(b corpus.Block, section string) bool {
	prose := func(c corpus.Cell) bool {
		t := strings.TrimSpace(c.Text)
		return len(strings.Fields(t)) >= 6 && (sentenceEndRe.MatchString(t) || strings.Contains(t, ". "))
	}
	// An action plan's "Recommendation" column often holds a bare
	// imperative with no full stop ("Publish a single point of contact
	// for families"): an ask all the same.
	asked := func(i int, c corpus.Cell) bool {
		t := strings.TrimSpace(c.Text)
		return i < len(b.Header) && len(strings.Fields(t)) >= MinExcerptWords && recColumnRe.MatchString(strings.TrimSpace(b.Header[i])) && imperativeParagraph(t) ||
			ownedActionCell(b, i, t) || x.officerActionCell(b, i, t, section) || refActioned(b, i, c.Text)
	}
	found := false
	for i, c := range b.Cells {
		if prose(c) || asked(i, c) {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	number := ""
	if len(b.Cells) > 1 && rowNumberRe.MatchString(strings.TrimSpace(b.Cells[0].Text)) {
		number = strings.TrimRight(strings.TrimSpace(b.Cells[0].Text), ".)")
	}
	owner := ownerActors(b)
	for i, c := range b.Cells {
		if !prose(c) && !asked(i, c) {
			continue
		}
		if a := askedInAction(strings.TrimSpace(c.Text)); len(a) > 0 && slices.Equal(owner, []evidence.Actor{evidence.OtherActor}) && i < len(b.Header) && actionColumnRe.MatchString(strings.TrimSpace(b.Header[i])) {
			owner = a
		}
		if start, ref, ok := refActionCell(b, i, c.Text); ok {
			x.addRec(b, c.Offset+start, c.Offset+len(strings.TrimRight(c.Text, " \n")), section, "", ref)
			if it := x.lastItem(); owner != nil && (len(it.Actors) == 0 || imperativeParagraph(strings.TrimSpace(c.Text[start:]))) {
				it.Actors = owner
			}
			continue
		}
		if officer := x.officerActionCell(b, i, strings.TrimSpace(c.Text), section); i < len(b.Header) && recColumnRe.MatchString(strings.TrimSpace(b.Header[i])) || ownedActionCell(b, i, strings.TrimSpace(c.Text)) || officer {
			if officer {
				owner = x.publisherActors()
			}
			x.addRec(b, c.Offset, c.Offset+len(c.Text), section, "", number)
			if m := bodyActionRe.FindStringSubmatch(strings.TrimSpace(c.Text)); m != nil && slices.Equal(owner, []evidence.Actor{evidence.OtherActor}) {
				// "Trust to write to GP practices", owned by a person:
				// the body the action opens with is asked.
				if a := actionLogBody(m[1]); len(a) > 0 {
					owner = a
				}
			}
			if it := x.lastItem(); owner != nil && (len(it.Actors) == 0 || imperativeParagraph(strings.TrimSpace(c.Text)) || tableAction(strings.TrimSpace(c.Text))) {
				// The owner column says who is asked, where the
				// recommendation names no one ("Agree one referral form")
				// or names bodies only as what the verb acts on ("Set up
				// a seat on the partnership board", "Send weekly data to
				// the ICB's commissioner").
				it.Actors = owner
			}
			continue
		}
		x.cellSentences(b, c, section, number)
	}
	return true
}

// cellSentences classifies the sentences of one cell as sentences does
// those of a paragraph.
func (x *extractor) cellSentences(b corpus.Block, c corpus.Cell, section, number string) {
	runStart, runEnd := -1, 0
	flush := func() {
		if runStart >= 0 && len(strings.Fields(c.Text[runStart:runEnd])) >= MinExcerptWords {
			x.addWith(b, c.Offset+runStart, c.Offset+runEnd, evidence.Excerpt, section, "", []evidence.Figure{})
		}
		runStart = -1
	}
	ageEnd := ageCellEnd(b, c)
	for _, sp := range Sentences(c.Text) {
		sp.start += gluedLabelLen(c.Text, sp.start, sp.end)
		s := c.Text[sp.start:sp.end]
		switch figs := withoutFiguresBefore(Figures(s), ageEnd-sp.start); {
		case x.isRec(s):
			flush()
			x.addRec(b, c.Offset+sp.start, c.Offset+sp.end, section, "", number)
		case len(figs) > 0 && !tableLike(s):
			flush()
			x.addWith(b, c.Offset+sp.start, c.Offset+sp.end, evidence.Statistic, section, "", figs)
		default:
			if runStart < 0 {
				runStart = sp.start
			}
			runEnd = sp.end
		}
		x.prev = s
	}
	flush()
}

// spannedHeader is the header of row b's cell i: when the cell spans
// columns (the cells after it continue it, written with nothing between
// their pipes, "| 1,500 ||"), what the spanned columns' headers share. A
// figure merged over "2023" and "2024" is of neither year alone: read
// under "2023", a total of both years, or one value for each, was cited
// as 2023's. A span of two years written "2023–2024" would read as the
// financial year 2023/24, so the figure has no period from its header.
func spannedHeader(b corpus.Block, i int) string {
	return sharedHeader(spannedHeaders(b, i))
}

// sharedHeader is what headers hs share: the words they open and close
// with alike.
func sharedHeader(hs []string) string {
	if len(hs) == 1 {
		return hs[0]
	}
	words := strings.Fields(hs[0])
	pre, suf := len(words), len(words)
	for _, h := range hs[1:] {
		ws := strings.Fields(h)
		k := 0
		for k < min(pre, len(ws)) && ws[k] == words[k] {
			k++
		}
		pre = k
		k = 0
		for k < min(suf, len(ws)) && ws[len(ws)-1-k] == words[len(words)-1-k] {
			k++
		}
		suf = k
	}
	if pre == len(words) {
		return hs[0] // the same header over every column spanned
	}
	return strings.Join(append(slices.Clone(words[:pre]), words[len(words)-min(suf, len(words)-pre):]...), " ")
}

// spannedHeaders are the headers of the columns row b's cell i spans: its
// own, and those of the cells after it that continue it.
//
// A "||" under columns of unlike things ("| OT | 1,200 ||" under
// "Children waiting | Share", or "| North | 1,200 || 400 |" under
// "Children waiting | Waited over 18 weeks | Referrals") is an empty
// cell, as Markdown writes one, whether it closes the row or not: a count
// merged with a share is no table's layout. Read as merged, 1,200 lost its
// column and measured "OT", or the section's heading. Columns that are all
// periods, or whose headers share words ("Referrals 2023", "Referrals
// 2024"), are alike, and a figure so written spans them.
func spannedHeaders(b corpus.Block, i int) []string {
	hs := []string{b.Header[i]}
	for j := i + 1; j < len(b.Cells) && j < len(b.Header) && continuesSpan(b, j); j++ {
		hs = append(hs, b.Header[j])
	}
	if len(hs) > 1 && !alikeColumns(hs) {
		return hs[:1]
	}
	return hs
}

// alikeColumns reports headers hs naming one kind of thing: all periods,
// or sharing words.
func alikeColumns(hs []string) bool {
	periods := true
	for _, h := range hs {
		periods = periods && headerColumn(h).period
	}
	return periods || strings.TrimSpace(sharedHeader(hs)) != ""
}

// continuesSpan reports a row's cell j written as nothing between two
// pipes: the continuation of a cell spanning columns, not a value left
// empty ("|  |").
func continuesSpan(b corpus.Block, j int) bool {
	c := b.Cells[j]
	return c.Text == "" && c.Offset > 0 && c.Offset < len(b.Text) && b.Text[c.Offset-1] == '|' && b.Text[c.Offset] == '|'
}

// rowSpanMark is a cell that continues the cell above it, merged over rows
// (evidence.RowSpanMark, as the importers write it).
const rowSpanMark = evidence.RowSpanMark

// continuesOnly reports a row holding a cell that continues a figure
// above it (rowSpanMark) and no prose: its other cells are labels, of a
// dozen words at most.
func continuesOnly(b corpus.Block) bool {
	marked := false
	for _, c := range b.Cells {
		t := strings.TrimSpace(c.Text)
		marked = marked || t == rowSpanMark
		if len(strings.Fields(t)) > 12 {
			return false
		}
	}
	return marked
}

// labelAbove is the label that cell i of row b, marked rowSpanMark,
// continues: the cell above it in the rows of b's table, past others so
// marked; "" when that cell holds a figure, or there is none. Skipped,
// "^^" under "London" left its rows' figures with no place.
func (x *extractor) labelAbove(b corpus.Block, i int) string {
	for k := x.para - 1; k >= 0; k-- {
		r := x.doc.Blocks[k]
		if r.Kind != corpus.TableRow || r.HeaderLine != b.HeaderLine || i >= len(r.Cells) {
			return ""
		}
		t := strings.TrimSpace(r.Cells[i].Text)
		if t == rowSpanMark {
			continue
		}
		if t == "" || len(cellFigures(t, column{unit: evidence.UnitCount, scale: 1})) > 0 {
			return ""
		}
		return labelText(t)
	}
	return ""
}

// labelText is a row's label cell as its figures are labelled: without
// the emphasis around it ("**Total**" is the Total row) or a note marker
// ending it (evidence's TrailingMarker: "All trusts (b)", "Girls²").
// With it, "All trusts (b)" was a group of its own beside "All trusts".
func labelText(t string) string {
	if n := emphasisAround(t); n > 0 {
		t = t[n : len(t)-n]
	}
	if m := evidence.TrailingMarker(t); m > 0 {
		if u := strings.TrimRightFunc(t[:m], unicode.IsSpace); u != "" {
			t = u
		}
	}
	return t
}

// rowsSpanned are the rows under row b (the block being read) whose cell
// i continues b's, marked rowSpanMark.
func (x *extractor) rowsSpanned(b corpus.Block, i int) []corpus.Block {
	var out []corpus.Block
	for k := x.para + 1; k < len(x.doc.Blocks); k++ {
		r := x.doc.Blocks[k]
		if r.Kind != corpus.TableRow || r.HeaderLine != b.HeaderLine || i >= len(r.Cells) || strings.TrimSpace(r.Cells[i].Text) != rowSpanMark {
			break
		}
		out = append(out, r)
	}
	return out
}

// sharedLabels keeps of a row's labels (in its cells labelCells) those the
// rows its merged figures span say too. A figure merged over the rows of
// 2023 and 2024 is of both years together: read with the first row's
// year, it was cited as 2023's. The rows' region, when they share it,
// stays. The row's own figures beside it keep all the row's labels.
func (x *extractor) sharedLabels(b corpus.Block, labels, heads []string, cells []int) ([]string, []string) {
	var rows []corpus.Block
	for i := range b.Cells {
		rows = append(rows, x.rowsSpanned(b, i)...)
	}
	var keep, keepHeads []string
	for k, l := range labels {
		shared := true
		for _, r := range rows {
			j := cells[k]
			if j < 0 {
				continue // the rows' group (tableGroups)
			}
			if j >= len(r.Cells) {
				shared = false
				break
			}
			t := strings.TrimSpace(r.Cells[j].Text)
			shared = shared && (labelText(t) == l || t == rowSpanMark)
		}
		if shared {
			keep, keepHeads = append(keep, l), append(keepHeads, heads[k])
		}
	}
	return keep, keepHeads
}
