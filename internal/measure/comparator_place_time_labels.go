package measure

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// The labels of a comparator bracket that name a place, a body or a time
// in ways the patterns of comparator_brackets.go do not: short forms of
// places ("Eng", "SE region", "N. Kent", "Kent & Medway"), a place with a
// group ("England Year 6"), bodies ("NHS Kent and Medway", "KCC"), times
// with no year or written short ("Apr-Jun", "Autumn term", "Mon-Fri",
// "FY23/24"), values set before their place ("(71% in England)", "(vs
// 71% England)") and an earlier value of a labelled part ("(Medway: 58%,
// up from 55%)"). Read no way, such a bracket's words went into the
// level's measure and key, its value was keyed as the level's, and a
// place in it was taken for the level's (hostile check 66).

var (
	// placeAbbrevRe is a place's name written short at the start of a
	// label: "Eng", "Eng.", "SE", "NW", "E. Mids", "EoE", "Y&H"; and a
	// compass point written short before a name, "N. Kent", "W Sussex".
	// Groups: 1 a nation's or a region's short form, 2 a compass
	// point's.
	placeAbbrevRe = lazyre.New(`^(?:(Eng\.?|ENG|SE|SW|NE|NW|EoE|Y\s?&\s?H|[EW]\.?\s?Mids\.?)|(N|S|E|W|NE|NW|SE|SW)\.?)(?:\s+|$)`)
	// bodyLabelRe is a label naming a body that serves a place, never a
	// part of the level's people or a place: a trust, an ICB, a council
	// or a hospital by its name ("Kent Community Health NHS Foundation
	// Trust", "Medway Council", "Darent Valley Hospital"), "NHS" and an
	// area's name ("NHS Kent and Medway", "NHS England"), or such a body
	// written short ("KCC", "WSCC", "KCHFT", "EKHUFT").
	bodyLabelRe = lazyre.New(`^(?:NHS\s+)?(?:\p{Lu}[\p{L}'’.&-]*\s+(?:(?:and|of|upon|on|the|for)\s+)*)+(?:NHS\s+)?(?:(?:Foundation\s+)?Trust|ICB|ICS|CCG|Integrated\s+Care\s+(?:Board|System)|(?:County\s+|Borough\s+|City\s+|District\s+|Metropolitan\s+Borough\s+)?Council|(?:University\s+)?Hospitals?|Health\s+Board|PCN|Primary\s+Care\s+Network)$` +
		`|^NHS(?:\s+(?:and\s+|of\s+|the\s+)?\p{Lu}[\p{L}'’.-]*)+$|^\p{Lu}{1,5}(?:CC|BC|DC|FT|ICB|CCG)$`)
	// timeLabelRe is a label naming a time within a year, or before, with
	// no year of its own (so no period a record can say): a month or a
	// run of months ("Jan", "Apr-Jun", "April to June"), a season or a
	// school term ("Summer", "Autumn term", "Term 1", "Spring 2"), a
	// quarter or a half ("Q1", "H2"), twelve months to a month ("12
	// months to June", "year to date", "YTD"), an earlier event ("last
	// inspection", "previous survey"), or a financial year written
	// short with no second year ("FY24").
	timeLabelRe = lazyre.New(`(?i)^(?:the\s+)?(?:` + timeMonthExpr + `(?:\s*(?:[-–/]|to)\s*` + timeMonthExpr + `)?` +
		`|(?:spring|summer|autumn|winter)(?:\s+(?:term|half[- ]term|holidays?|[12]))?|(?:term|half[- ]term|semester|trimester)\s*\d` +
		`|q[1-4]|h[12]|(?:quarter|half)\s+[1-4]|(?:first|second|third|fourth|[1-4](?:st|nd|rd|th))\s+(?:quarter|half)` +
		`|(?:(?:rolling\s+)?(?:12|twelve|6|six|3|three)\s+months|(?:rolling\s+)?year)(?:\s+(?:to|ending|ended)\s+` + timeMonthExpr + `)?|year\s+to\s+date|ytd` +
		`|(?:at\s+)?(?:the\s+)?(?:last|previous|prior|preceding|earlier|first)\s+(?:inspection|visit|survey|audit|census|review|report|wave)` +
		`|fy\s?\d{2})$`)
	// weekPartLabelRe is a label naming days of the week or hours of the
	// day ("Mon-Fri", "Monday to Friday", "Weekend", "out of hours"):
	// of the level's time, a part of it.
	weekPartLabelRe = lazyre.New(`(?i)^(?:` + timeDayExpr + `(?:\s*(?:[-–/]|to)\s*` + timeDayExpr + `)?|week\s?days?|week\s?ends?|out[- ]of[- ]hours|in[- ]hours|evenings?|nights?|overnight|daytime|bank\s+holidays?)$`)
	// financialYearLabelRe is a financial year written with "FY": "FY23/24",
	// "FY 2023/24", "FY2023-24". Groups: 1 the first year, 2 the second.
	financialYearLabelRe = lazyre.New(`(?i)^fy\s?((?:19|20)?\d{2})\s?[/–-]\s?((?:19|20)?\d{2})$`)
	// bracketComparedLeadRe opens a bracket's part with the words that set it
	// against the level: "vs", "v.", "cf.", "compared with".
	bracketComparedLeadRe = lazyre.New(`(?i)^\s*(?:vs\.?|v\.|versus|cf\.?|compared\s+(?:with|to)|against)\s+`)
	// valueFirstPartRe is a part of a bracket giving a value before the
	// place or average it is of: "71% in England", "71% England", "vs
	// 71% England", "cf. 71% in England", "71% nationally". Groups: 1
	// the value, 2 "in", "for" or "across", 3 the label.
	valueFirstPartRe = lazyre.New(`^\s*(?i:(?:vs\.?|v\.|versus|cf\.?|compared\s+(?:with|to)|against)\s+)?(` + comparatorValueExpr + `)\s+(?:(in|for|across|throughout)\s+)?(?i:the\s+)?(\p{Lu}[^:;()=,]*?|(?i:nationally|national\s+average|regional\s+average))(?:\s+in\s+((?:19|20)\d{2}(?:/\d{2,4})?))?\s*$`)
	// earlierPartRe is a part of a bracket giving the earlier value of
	// the part before it (laterPartValues): "up from 55%" of "(Medway:
	// 58%, up from 55%)" or "(boys: 60%, up from 55%)", "down from 61% in
	// 2022", "previously 55%", "was 55% in 2022". Groups: 1 the value, 2
	// its own year.
	earlierPartRe = lazyre.New(`(?i)^\s*(?:(?:up|down|rising|falling|rose|fell|increased|decreased|improved|an?\s+(?:rise|fall|increase|decrease))\s+from|from|previously|was|were)\s+(` + comparatorValueExpr + `)(?:\s+in\s+((?:19|20)\d{2}(?:/\d{2,4})?))?\s*$`)
	// yearLikeValueRe is a value that is a year or a financial year, "2021",
	// "2021-22": with no colon before it, the date of a citation, "(Sep.
	// 2021)", "(Scotland, 2021)", never a value of its label.
	yearLikeValueRe = lazyre.New(`^(?:19|20)\d{2}(?:\s?[/–-]\s?(?:19|20)?\d{2})?$`)
)

const (
	// timeMonthExpr is a month's name or its short form.
	timeMonthExpr = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
	// timeDayExpr is a day's name or its short form.
	timeDayExpr = `(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)s?\.?`
)

// placeAbbrevs are the nations' and regions' short forms placeAbbrevRe
// reads, and their names.
var placeAbbrevs = map[string]string{"ENG": "England", "SE": "South East", "SW": "South West", "NE": "North East",
	"NW": "North West", "EOE": "East of England", "Y&H": "Yorkshire and the Humber", "EMIDS": "East Midlands",
	"WMIDS": "West Midlands"}

// compassAbbrevs are compass points written short before a name.
var compassAbbrevs = map[string]string{"N": "North", "S": "South", "E": "East", "W": "West", "NE": "North East",
	"NW": "North West", "SE": "South East", "SW": "South West"}

// expandPlaceLabel is a label with the short forms of places written in
// full: "England" for "Eng" or "Eng.", "South East region" for "SE
// region", "North Kent" for "N. Kent", "Kent and Medway" for "Kent &
// Medway".
func expandPlaceLabel(label string) string {
	l := strings.TrimSpace(label)
	and := func(s string) string { return strings.ReplaceAll(s, " & ", " and ") }
	m := placeAbbrevRe.FindStringSubmatchIndex(l)
	if m == nil {
		return and(l)
	}
	rest := and(l[m[1]:])
	if m[2] >= 0 {
		short := strings.ToUpper(strings.NewReplacer(".", "", " ", "").Replace(l[m[2]:m[3]]))
		if name, ok := placeAbbrevs[short]; ok {
			return strings.TrimSpace(name + " " + rest)
		}
		return and(l)
	}
	if rest == "" || !startsProperName(rest) {
		return and(l)
	}
	return compassAbbrevs[strings.ToUpper(l[m[4]:m[5]])] + " " + rest
}

// labelPlace is the place a comparator's label names whole, "" where it
// names none or names more than one: "England" of "England", "the
// England average", "Eng. avg", "England as a whole"; "South East" of
// "SE region". A place named inside a longer name is not the label's:
// "Inner London", "Outer London", "City of London", "Rest of England"
// name no place (before, hostile check 66, each was London's or
// England's, and Inner and Outer London's values were keyed alike).
func labelPlace(label string) string {
	l := comparatorTheRe.ReplaceAllString(strings.TrimSpace(label), "")
	for _, c := range []string{l, comparatorPlaceTailRe.ReplaceAllString(l, "")} {
		if c = expandPlaceLabel(c); wholePlace(c) {
			return onlyPlace(c)
		}
	}
	return ""
}

// bodyLabel reports a label naming a body that serves a place, "NHS Kent
// and Medway", "Kent Community Health NHS Foundation Trust", "KCC": its
// value is that body's, keyed apart by its name, of no place and never of
// the level's people (hostile check 66: "(NHS Kent and Medway: 61%)" was
// of "children in Kent", the ICB's name in the key of Kent's level).
func bodyLabel(label string) bool {
	return bodyLabelRe.MatchString(strings.TrimSpace(label))
}

// timeLabel reports a label naming a time with no year a record can
// say, "Jan", "Apr-Jun", "Autumn term", "Term 1", "12 months to June",
// "last inspection", or a part of the week or day, "Mon-Fri", "Weekend"
// (weekPartLabelRe): the value is the level's place's and people's, keyed
// apart by the label (ComparatorTime). Before (hostile check 66), such a
// value was placed in the label ("Apr-Jun") or keyed as the level's, of
// the level's year, the label's words in both keys.
func timeLabel(label string) bool {
	l := strings.TrimSpace(label)
	return timeLabelRe.MatchString(l) || weekPartLabelRe.MatchString(l)
}

// labelPeriod is the period a label names whole in a form
// comparatorPeriodRe does not read, as records carry it: "2023/24" of
// "FY23/24" or "FY 2023-24", "April–June 2023" of "Apr-Jun 2023", "12
// months to June 2024"; "" for any other label.
func labelPeriod(label string) string {
	l := strings.TrimSpace(label)
	if m := financialYearLabelRe.FindStringSubmatch(l); m != nil {
		y1, y2 := m[1], m[2]
		if len(y1) == 2 {
			y1 = "20" + y1
		}
		if p, ok := fyPeriod(y1 + "/" + y2); ok {
			return p.Text
		}
		return ""
	}
	if !hasYear(l) {
		return ""
	}
	fs := findPeriods(l)
	if len(fs) != 1 || fs[0].start != 0 || fs[0].end != len(l) || fs[0].since || fs[0].compared || fs[0].Open {
		return ""
	}
	return fs[0].Text
}

// placeGroupSplit is where a label naming a place the place list knows
// and then a group of people parts, "England Year 6", "England boys",
// "South East looked-after children" (a name it does not know, "Medway
// boys", may as well be a word of the group's, "Young carers"): the offset of the space after the place's name, -1 for any
// other label. Before (hostile check 66), "(England Year 6: 37%)" was
// read as no comparator (Kent's 38% beside it placed in England,
// England's 37% keyed as Kent's) and "(England boys: 39%)" as a group,
// "England boys in Kent".
func placeGroupSplit(label string) int {
	for k := strings.IndexByte(label, ' '); k > 0; {
		name, rest := label[:k], strings.TrimSpace(label[k:])
		if labelPlace(name) != "" && comparatorGroupRe.MatchString(rest) {
			return k
		}
		n := strings.IndexByte(label[k+1:], ' ')
		if n < 0 {
			break
		}
		k += n + 1
	}
	return -1
}

// commaLabelledPart reports a part "LABEL, VALUE" whose label names a
// place, a body, an average or a time, "England, 71%", "2022, 61%",
// "Kent, 64%": comparatorParts joins the comma it parted it at.
func commaLabelledPart(part string) bool {
	m := comparatorPartMatch(part)
	if m == nil {
		return false
	}
	switch label := part[m[2]:m[3]]; comparatorLabelKind(label) {
	case ComparatorPlace, ComparatorBenchmark, ComparatorPeriod, ComparatorTime:
		return true
	case ComparatorNone:
		return otherPlaceLabel(label)
	}
	return false
}

// pageLikeValue reports a value written as a page's number is, bare
// digits: after an author's name and year, "(Okafor 2020: 12)", it is
// a page, never a value of a place the name might be.
func pageLikeValue(v string) bool {
	v = strings.TrimSpace(v)
	return v != "" && strings.Trim(v, "0123456789") == ""
}

// namedBefore reports a name written in s before offset open, as a whole
// word: the level's own place, where a bracket after it labels a value
// with it, "In 2023, 64% of children in Kent … (Kent 2022: 60%)".
func namedBefore(s string, open int, name string) bool {
	name = strings.TrimSpace(name)
	if name == "" {
		return false
	}
	before := s[:open]
	for from := 0; ; {
		k := strings.Index(before[from:], name)
		if k < 0 {
			return false
		}
		a, b := from+k, from+k+len(name)
		if (a == 0 || !isWordByteASCII(before[a-1])) && (b == len(before) || !isWordByteASCII(before[b])) {
			return true
		}
		from = b
	}
}

// comparatorPartMatch matches one part of a comparator bracket as
// comparatorPartRe does, its submatch offsets laid out as that pattern's
// (1 the label, 2 the value, 3 "in" or "by", 4 the value's own year),
// with two more forms read: the label opened by words that set it
// against the level, "vs England: 71%", "cf. England 71%" (the label
// starts after them), and the value set before the place or average it
// is of, "71% in England", "vs 71% England", "(cf. 71% in England)",
// "71% nationally" (valueFirstPartRe; a name the place list does not
// know only after "in", "for" or "across", "71% in Medway"). Before
// (hostile check 66), these brackets were no comparators: the level
// beside them was placed in England and England's value keyed as the
// level's.
func comparatorPartMatch(part string) []int {
	if m := dashOrTimeAfterPart(part); m != nil {
		return m
	}
	if m := comparatorPartRe.FindStringSubmatchIndex(part); m != nil {
		if !yearLikeValueRe.MatchString(part[m[4]:m[5]]) || strings.ContainsAny(part[m[3]:m[4]], ":=") {
			if lead := bracketComparedLeadRe.FindStringIndex(part[m[2]:m[3]]); lead != nil {
				m[2] += lead[1]
			}
			return m
		}
		// "(Sep. 2021)", "(Scotland, 2021)", "(August 2023)": a date
		// or a citation, no label's value; but "(compared with 61% in
		// Medway in 2022)" is Medway's value of 2022 (hostile check
		// 67), read below.
	}
	v := valueFirstPartRe.FindStringSubmatchIndex(part)
	if v == nil {
		return nil
	}
	label := part[v[6]:v[7]]
	switch k := comparatorLabelKind(label); {
	case k == ComparatorPlace || k == ComparatorBenchmark:
	case k == ComparatorNone && v[4] >= 0 && otherPlaceLabel(label):
	default:
		return nil
	}
	// "(compared with 61% in Medway in 2022)": of its own year
	// (hostile check 67: the level took it).
	return []int{v[0], v[1], v[6], v[7], v[2], v[3], -1, -1, v[8], v[9]}
}

// dashAsideRe is an aside after a spaced dash that ends a sentence, "…
// within 18 weeks - England 71%.", "– England: 71%": group 1 the dash.
var dashAsideRe = lazyre.New(`\s([-–—])\s+[^-–—()]+?\s*\.?\s*$`)

// dashComparators are the parts of an aside after a dash ending sentence
// s that give the values of places the place list knows or of averages,
// "- England 71%", "– England: 71%, South East: 69%", read as the
// bracket "(England: 71%)" is: each that place's value, and the level
// before it takes no place from it. Nil for any other aside. Before
// (hostile check 66), Kent's 64% before "- England 71%" was placed in
// England and England's 71% keyed as Kent's.
func dashComparators(s string) []Comparator {
	m := dashAsideRe.FindStringSubmatchIndex(s)
	if m == nil {
		return nil
	}
	shut := len(strings.TrimRight(s, " ."))
	if shut <= m[3] {
		return nil
	}
	cs := comparatorsIn(s, m[3]-1, shut)
	for _, c := range cs {
		if c.Kind != ComparatorBenchmark && (c.Kind != ComparatorPlace || labelPlace(c.Label) == "") {
			return nil
		}
	}
	return cs
}
