package measure

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// More ways reports write a comparator bracket's label (hostile check 67),
// read by the one label reader (comparatorLabelKind, comparatorsIn,
// comparatorPartMatch): a year before or after a label's word ("Baseline
// 2021", "2024 YTD", "Ambition for 2025", "target by 2025", "2022/23
// England average"), a dash for the colon ("2022 - 60%", "England -
// 71%"), a time's label after its value ("60% the year before"), the
// value's year after a comma ("England average: 65%, 2022"), an aim owned
// by a place or a body ("England target", "ICB ambition"), bodies by their
// names or short forms ("Ofsted", "ONS", "KMPT", "Healthwatch Kent",
// "Medway NHS FT") and a place with a group in any order ("Year 6
// England", "England, Year 6", "Medway Year 6", "girls in Kent", "boys
// nationally"). Read no way, each such bracket gave the level beside it
// the bracket's year or place and its words, and its value the level's
// year, people and key.

var (
	// labelYearFirstRe is a label opening with the year of its value,
	// "2024 YTD", "2022/23 England average": groups 1 the year, 2 the
	// name.
	labelYearFirstRe = lazyre.New(`^((?:19|20)\d{2}(?:/\d{2,4})?),?\s+(\S.*)$`)
	// labelYearLastRe is a label ending with the year of its value, or
	// for an aim the year it is to be reached by: "Baseline 2021",
	// "Ambition for 2025", "target by 2025", "England March 2024",
	// "Medway, 2022/23". Groups: 1 the name, 2 the year.
	labelYearLastRe = lazyre.New(`^(.*?\S),?\s+(?:(?:for|by|in|of|to)\s+)?((?:(?i:` + timeMonthExpr + `)\s+)?(?:19|20)\d{2}(?:/\d{2,4})?)$`)
	// baselineLabelRe is a label naming the value a change is measured
	// from: with a year, "Baseline 2021", the value of that year.
	baselineLabelRe = lazyre.New(`(?i)^(?:the\s+)?(?:baseline|base\s+year|starting\s+point)$`)
	// ownedAimLabelRe is an aim's label naming whose aim it is, a place,
	// a body or a plan written short: "England target", "ICB ambition",
	// "LTP ambition", "NHS England trajectory". Never a value achieved.
	ownedAimLabelRe = lazyre.New(`^(?:the\s+)?(?:\p{Lu}[\p{L}&'’.-]*\s+){1,3}(?i:targets?|ambitions?|trajector(?:y|ies)|plans?|standards?|goals?|aims?)$`)
	// dashPartRe is a part whose label is set before its value by a
	// spaced dash, "2022 - 60%", "England – 71%": groups 1 the label, 2
	// the value.
	dashPartRe = lazyre.New(`^\s*([^:;()=\s](?:[^:;()=]*?[^:;()=\s])?)\s+[-–]\s+(` + comparatorValueExpr + `)\s*$`)
	// valueThenTimePartRe is a part whose value comes before the label of
	// its time, "60% the year before", "1,100 previous year": groups 1
	// the value, 2 the label.
	valueThenTimePartRe = lazyre.New(`(?i)^\s*(` + comparatorValueExpr + `)\s+(` + ComparatorEarlierLabel + `)\s*$`)
	// trailingYearPartRe is a part that is a year alone, ending the
	// bracket or its part: the year of the value before it, "65%, 2022"
	// of "(England average: 65%, 2022)".
	trailingYearPartRe = lazyre.New(`^(?:19|20)\d{2}(?:/\d{2,4})?\s*(?:$|;)`)
	// bodyNameLabelRe is a body named by its own name, a regulator, a
	// statistics office, a watchdog or a charity, or a trust written
	// "NHS FT": "Ofsted", "ONS", "CQC", "Healthwatch Kent", "NSPCC",
	// "Barnardo's", "Medway NHS FT".
	bodyNameLabelRe = lazyre.New(`^(?:Healthwatch(?:\s+\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*)*)?|Ofsted|CQC|ONS|UKHSA|OHID|PHE|DfE|DHSC|NICE|NSPCC|Barnardo['’]s|(?:\p{Lu}[\p{L}'’-]*\s+){1,4}NHS\s+(?:FT|Foundation\s+Trust|Trust))$`)
	// acronymLabelRe is a label written as a body's short form is, three
	// to six capitals, "KMPT", "EKHUFT", "SECAmb" aside.
	acronymLabelRe = lazyre.New(`^\p{Lu}{3,6}$`)
	// notBodyAcronyms are short forms of labels that are no body: a
	// vaccine, an exam or a stage, a need.
	notBodyAcronyms = setOf(`MMR DTAP HPV BCG GCSE GCSES SATS EYFS KPI YTD SEND EHCP UASC NEET ADHD CAMHS BAME
MSOA LSOA IMD ALL AVG CI IQR`)
	// placeAfterGroupRe is a group's label with its place after it,
	// "girls in Kent", "boys nationally", "Year 6 England", "Year 6,
	// England": groups 1 the group, 2 the place's words.
	placeAfterGroupRe = lazyre.New(`^(.+?)(?:,\s*|\s+(?:in|across)\s+|\s+)((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*)*|nationally|regionally)$`)
	// placeBeforeGroupRe is a place's name before a group's label, "Kent
	// girls", "England, Year 6", "Medway Year 6": groups 1 the place, 2
	// the group.
	placeBeforeGroupRe = lazyre.New(`^(\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*)*?),?\s+(\S.*)$`)
)

// labelYearSplit parts a label and the year it names before or after
// its words, "2024 YTD", "Baseline 2021", "Ambition for 2025", "England
// March 2024": the words and the year, ok false where it names no year
// so, or names nothing else.
func labelYearSplit(label string) (name, year string, ok bool) {
	l := strings.TrimSpace(label)
	if m := labelYearFirstRe.FindStringSubmatch(l); m != nil {
		return strings.TrimSpace(m[2]), m[1], true
	}
	if m := labelYearLastRe.FindStringSubmatch(l); m != nil {
		return strings.TrimSpace(m[1]), m[2], true
	}
	return "", "", false
}

// yearedLabelKind is the kind of a label that names the year of its
// value around its words, with its name and year: an aim's, "target by
// 2025", "Plan 2023" (ComparatorTarget, no value achieved); a
// baseline's, "Baseline 2021" (the value of that year, ComparatorPeriod,
// label the year); a time's with no year a record can say, "2024 YTD"
// (ComparatorTime of the year); a place's, an average's or a place's
// group's, "2022/23 England average" (of that year). ComparatorNone for
// any other label.
func yearedLabelKind(label string) (ComparatorKind, string, string) {
	name, year, ok := labelYearSplit(label)
	if !ok || name == "" {
		return ComparatorNone, label, ""
	}
	switch k := comparatorLabelKind(name); {
	case k == ComparatorTarget:
		return ComparatorTarget, name, year
	case baselineLabelRe.MatchString(name):
		return ComparatorPeriod, year, ""
	case k == ComparatorTime || k == ComparatorPlace || k == ComparatorBenchmark:
		return k, name, year
	}
	return ComparatorNone, label, ""
}

// ownedAimLabel reports an aim's label naming whose aim it is,
// "England target", "ICB ambition": an aim, never England's value or
// the level's.
func ownedAimLabel(label string) bool {
	// "EHC plan" is a group's need, no aim.
	l := strings.TrimSpace(label)
	return ownedAimLabelRe.MatchString(l) && !comparatorGroupRe.MatchString(l)
}

// namedBodyLabel reports a label naming a body by its own name or short
// form, "Ofsted", "ONS", "KMPT", "Healthwatch Kent", "Medway NHS FT":
// its value is that body's, keyed apart by the name, never the level's
// people's (before, hostile check 67, the name was in the level's key
// and the value of "children in Kent").
func namedBodyLabel(label string) bool {
	l := strings.TrimSpace(label)
	if bodyNameLabelRe.MatchString(l) {
		return true
	}
	return acronymLabelRe.MatchString(l) && !notBodyAcronyms[l] && labelPlace(l) == "" &&
		!comparatorGroupRe.MatchString(l) && !partLabel(l) && !timeLabel(l)
}

// dashOrTimeAfterPart matches a part whose label is set before its value
// by a dash, "2022 - 60%", "England - 71%", or whose time's label follows
// its value, "60% the year before", its offsets laid out as
// comparatorPartRe's; nil for any other part, and for a dash whose label
// is read no way ("(60 - 70)" is a range).
func dashOrTimeAfterPart(part string) []int {
	if !strings.Contains(part, " - ") && !strings.Contains(part, " – ") {
		if m := valueThenTimePartRe.FindStringSubmatchIndex(part); m != nil {
			return []int{m[0], m[1], m[4], m[5], m[2], m[3], -1, -1, -1, -1}
		}
		return nil
	}
	m := dashPartRe.FindStringSubmatchIndex(part)
	if m == nil {
		return nil
	}
	label := part[m[2]:m[3]]
	if k, _, _ := yearedLabelKind(label); comparatorLabelKind(label) == ComparatorNone && !otherPlaceLabel(label) && k == ComparatorNone {
		return nil
	}
	return []int{m[0], m[1], m[2], m[3], m[4], m[5], -1, -1, -1, -1}
}

// splitPlaceGroup parts a label naming a place and a group of people in
// any order: "England Year 6", "Year 6 England", "England, Year 6",
// "Medway Year 6", "Kent girls", "girls in Kent", "boys nationally". The
// place's name (a place the list knows, an average's word, or a name
// written as a place's is, otherPlaceLabel) and the group; "" and "" for
// any other label.
func splitPlaceGroup(label string) (name, group string) {
	l := strings.TrimSpace(label)
	if k := placeGroupSplit(l); k > 0 {
		return strings.TrimSpace(l[:k]), strings.TrimSpace(l[k:])
	}
	placeLike := func(n string) bool {
		n = strings.TrimSpace(n)
		return labelPlace(n) != "" || otherPlaceLabel(n) || strings.EqualFold(n, "nationally") || strings.EqualFold(n, "regionally")
	}
	if m := placeAfterGroupRe.FindStringSubmatch(l); m != nil && comparatorGroupRe.MatchString(m[1]) && placeLike(m[2]) {
		return strings.TrimSpace(m[2]), strings.TrimSpace(m[1])
	}
	if m := placeBeforeGroupRe.FindStringSubmatch(l); m != nil && comparatorGroupRe.MatchString(m[2]) && placeLike(m[1]) {
		return strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
	}
	return "", ""
}

// groupPlacesInherited gives a group's part after a place's group's part
// that place, "girls" of "(England boys: 39%, girls: 35%)": England's
// girls, never the level's place's (before, hostile check 67, "girls in
// Kent").
func groupPlacesInherited(cs []Comparator) {
	for i := 1; i < len(cs); i++ {
		prev := cs[i-1]
		if cs[i].Kind != ComparatorGroup || cs[i].Earlier || prev.Kind != ComparatorPlace {
			continue
		}
		if name, group := splitPlaceGroup(prev.Label); name != "" && group != "" {
			cs[i].Kind, cs[i].Label = ComparatorPlace, name+" "+cs[i].Label
		}
	}
}

// monthWordRe is a month's name or its short form, a word of no place's
// name: "(England March 2024: 71%)" is England's value of March 2024
// (hostile check 67: a place "England March").
var monthWordRe = lazyre.New(`(?i)^` + timeMonthExpr + `$`)

// placeGroupLabel reports a label naming a place and a group of people
// (splitPlaceGroup) that is not a group's name whole: "Young carers" and
// "Kent girls" stay groups (a name the list does not know may as well be
// a word of the group's).
func placeGroupLabel(label string) bool {
	if placeGroupSplit(label) > 0 {
		return true
	}
	name, _ := splitPlaceGroup(label)
	return name != "" && !comparatorGroupRe.MatchString(strings.TrimSpace(label))
}

// namedBeforeOutside reports name written before offset open outside
// every comparator bracket: the level's own place, "Kent" of "64% of
// children in Kent … (Kent, 64%)". A name only an earlier bracket labels,
// "(England: 71%); in Medway, 58% (England: 71%)", is no place of a level
// (hostile check 67: England's second 71% was Medway's).
func (s *sentence) namedBeforeOutside(open int, name string) bool {
	name = strings.TrimSpace(name)
	if name == "" {
		return false
	}
	before := s.text[:open]
	for from := 0; ; {
		k := strings.Index(before[from:], name)
		if k < 0 {
			return false
		}
		a, b := from+k, from+k+len(name)
		if (a == 0 || !isWordByteASCII(before[a-1])) && (b == len(before) || !isWordByteASCII(before[b])) && !s.comparatorLabel(a) {
			return true
		}
		from = b
	}
}

// closerOf is the bracket that closes the one opening with b: "]" for
// "[", ")" for "(".
func closerOf(b byte) byte {
	if b == '[' {
		return ']'
	}
	return ')'
}
