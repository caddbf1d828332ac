package measure

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// ComparatorKind is what the label of a bracketed comparator set after a
// figure says its value is: "(2022: 1,150)", "(England: 71%)", "(target:
// 92%)".
type ComparatorKind int

// The kinds of a comparator's label.
const (
	// ComparatorNone: no comparator, or a label read no way here
	// ("(Patel 2021: 37)", a page cited; "(boys: 40%)").
	ComparatorNone ComparatorKind = iota
	// ComparatorPeriod: the value of another time, "2022", "2022/23",
	// "March 2023", "Q1 2023".
	ComparatorPeriod
	// ComparatorEarlier: the value of the time before the sentence's,
	// "previous year", "last year", "the year before", "previous
	// quarter".
	ComparatorEarlier
	// ComparatorPlace: the value of another place, "England", "England
	// average", "London".
	ComparatorPlace
	// ComparatorBenchmark: an average of places not named, "national
	// average", "regional average": of the measure, but no place's.
	ComparatorBenchmark
	// ComparatorTarget: a value aimed at, "target", "national standard":
	// no value achieved, no figure.
	ComparatorTarget
	// ComparatorInterval: a confidence interval or range of the value
	// before, "95% CI": no second value of the measure, no figure.
	ComparatorInterval
	// ComparatorPointer: a pointer to a table or figure, "see Table 2":
	// no figure and no words of the measure.
	ComparatorPointer
	// ComparatorGroup: the value of a group of the people the level
	// counts, "looked-after children", "SEND", "Year 6", "boys", "White
	// British", "most deprived quintile": of the level's measure, place
	// and time, its people that group.
	ComparatorGroup
	// ComparatorActual: the value measured, set beside a plan's or a
	// target's, "(plan 60%, actual 58%)", "(outturn: £4.3m)": of the
	// level's measure, place and time, never aimed at.
	ComparatorActual
	// ComparatorTime: the value of a time with no year a record can say,
	// or of a part of the week, "Apr-Jun", "Autumn term", "last
	// inspection", "Mon-Fri": of the level's place and people, keyed
	// apart by its label (timeLabel).
	ComparatorTime
)

// Comparator is one part of a bracket set after a figure, "LABEL: VALUE",
// as in "(2022: 1,150; 2021: 1,010)".
type Comparator struct {
	Kind ComparatorKind
	// Label is the words before the colon; Open and Close the bracket's
	// offsets (Close at its ")"); ValueStart and ValueEnd the value's.
	Label                string
	Open, Close          int
	ValueStart, ValueEnd int
	// Period is the value's own year where the part names one after it,
	// "(England: 86% in 2022)": the label's place is of that year, not
	// the level's.
	Period string
	// Earlier marks the earlier value of the part before it, "up from
	// 55%" of "(Medway: 58%, up from 55%)" or "(boys: 60%, up from
	// 55%)": of that part's label, of no time but the one Period names
	// (laterPartValues).
	Earlier bool
	// Group is the group of a place's value listed in the order of the
	// groups before it, "(Reception: 22%, Year 6: 38%; England: 23% and
	// 37%)": England's 37% is of Year 6.
	Group string
	// Listed is the place, from 1, of a value in a list of one time's
	// values set after as many levels, "(2022: 89.0%, 86.1% and 85.7%)"
	// (timeListedValues): the earlier value of the level listed in its
	// place; 0 for any other part.
	Listed int
}

// Figured reports a comparator whose value is a figure of the measure
// before it: another time's, another place's or an average's.
func (c Comparator) Figured() bool {
	switch c.Kind {
	case ComparatorPeriod, ComparatorEarlier, ComparatorPlace, ComparatorBenchmark, ComparatorGroup, ComparatorActual, ComparatorTime:
		return true
	}
	return false
}

// ComparatorPeriodLabel is a label naming a time, as a pattern with no
// group, read without regard to case: "2022", "2022/23", "March 2023",
// "Mar 2023", "Q1 2023". The figure reader reads a label pair after a
// money label's by it too, "; 2022/23: 4,200".
const ComparatorPeriodLabel = `(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+|q[1-4]\s+)?(?:19|20)\d{2}(?:[/–-]\d{2,4})?`

// ComparatorEarlierLabel is a label naming the time before the
// sentence's, as a pattern with no group, read without regard to case:
// "previous year", "last year", "the year before"; a label pair after a
// money label's too, "; previous year: 2.9".
const ComparatorEarlierLabel = `(?:(?:the\s+)?(?:previous|prior|preceding|last)\s+(?:financial\s+|calendar\s+|reporting\s+)?(?:year|quarter|month|period|week)|(?:the|a)\s+(?:year|quarter|month)\s+(?:before|earlier)|a\s+year\s+ago|(?:the\s+)?same\s+(?:period|quarter|month|time|week)\s+(?:last\s+year|a\s+year\s+(?:ago|earlier)|(?:of|in)\s+the\s+(?:previous|prior|preceding)\s+year))`

// comparatorValueExpr is a comparator's value: money, a share, a number,
// a range, a rate "per 100,000", a time.
const comparatorValueExpr = `(?:£\s?)?\d[\d,]*(?:\.\d+)?(?:\s?[-–]\s?(?:£\s?)?\d[\d,]*(?:\.\d+)?)?(?:\s?%|\s?per\s?cent|\s?per\s+\d[\d,]*(?:\s+(?:population|people|residents|children|pupils|live\s+births|births))?|\s?(?:m|bn|k|million|billion)\b|\s?(?:weeks?|days?|months?|years?)\b)?`

var (
	// comparatorPartRe is one part of a comparator bracket: a label, a
	// colon and a value (money, a share, a number, a range, a rate "per
	// 100,000"), then at most the year the value is of, "in 2022", or
	// for a target the year it is to be reached by, "by 2025"; the colon
	// may be an equals sign, "(2022 = 1,150)", a verb, "(the England
	// average was 71%)", left out, "(England 71%)", or a comma, "boys,
	// 60%" (a part comparatorParts joins again), and the label too where
	// the year follows the value, "(870 in 2023; 980 in 2024)". Groups: 1
	// the label, 2 the value,
	// 3 "in" or "by", 4 the value's own year.
	comparatorPartRe = lazyre.New(`^\s*([^:;()=]*?)(?:\s*[:=]\s*|\s+(?:was|were|is|stood\s+at)\s+|,?\s+|^\s*)(` + comparatorValueExpr + `)(?:(?:\s+(in|by)|,)\s+((?:\p{Lu}\p{Ll}{2,8}\s+)?(?:19|20)\d{2}(?:[/–-]\d{2,4})?))?\s*$`)
	// comparatorPartsRe parts a comparator bracket: a semicolon, or a
	// comma before a space ("(Kent: 64%, England: 71%)"; the comma of
	// "1,150" is none).
	comparatorPartsRe = lazyre.New(`;\s*|,\s+`)
	// comparatorPeriodRe is a label naming a time: "2022", "2022/23",
	// "March 2023", "Mar 2023", "Q1 2023", "2022 figure".
	comparatorPeriodRe = lazyre.New(`(?i)^` + ComparatorPeriodLabel + `(?:\s+(?:figures?|data|values?|levels?|totals?|rates?|numbers?|outturn))?$`)
	// comparatorEarlierRe is a label naming the year before the
	// sentence's: "previous year", "last year", "the year before", "same
	// period last year".
	comparatorEarlierRe = lazyre.New(`(?i)^` + ComparatorEarlierLabel + `$`)
	// comparatorYearBeforeRe is an earlier label naming the year before:
	// its value is of the year before the level's.
	comparatorYearBeforeRe = lazyre.New(`(?i)\byear\b`)
	// comparatorPlaceTailRe is what may follow a place's name in a
	// label: "England average", "London overall", "Eng. avg", "South
	// East region".
	comparatorPlaceTailRe = lazyre.New(`(?i)\s+(?:average|mean|median|overall|figure|rate|as\s+a\s+whole|avg\.?|av\.|region(?:al\s+average)?|regional\s+average)$`)
	// comparatorBenchmarkRe is a label naming an average of places it
	// does not name, or places it names by kind: "national average",
	// "regional average", "national", "statistical neighbours", "all
	// local authorities".
	comparatorBenchmarkRe = lazyre.New(`(?i)^(?:the\s+)?(?:(?:national|regional|peer(?:\s+group)?|comparator|similar\s+areas?|statistical\s+neighbours?|all[- ]areas?|all\s+ICBs|ICB|ICS|county)\s+)?(?:average|mean|median|benchmark)$|^(?:the\s+)?national(?:ly|\s+figure|\s+rate)?$|^(?:the\s+|our\s+)?(?:statistical\s+neighbours?|all\s+(?:local\s+authorities|LAs|councils|areas|ICBs|trusts)|comparator\s+(?:areas|authorities|councils|group)|similar\s+(?:areas|authorities|councils)|peers?|england\s+and\s+wales)$`)
	// comparatorTargetRe is a label naming a value aimed at or foreseen:
	// "target", "national target", "2024/25 ambition", "standard",
	// "expected"; a forecast, a projection, a KPI or a budget, "(Forecast:
	// 75%)", "(Projected: 75%)", "(KPI: 75%)", is no value measured either
	// (hostile check 66: each was a second value of the level's year, its
	// label a word of the level's measure).
	comparatorTargetRe = lazyre.New(`(?i)^(?:the\s+)?(?:(?:national|local|nhs|our|agreed|operational|constitutional|interim|annual|planned|kpi|(?:19|20)\d{2}(?:/\d{2})?)\s+)*(?:target|ambition|standard|goal|aim|trajectory|plan|threshold|expectation|forecast|projection|prediction|kpi|key\s+performance\s+indicator|budget)s?$|^(?:the\s+)?(?:expected|projected|predicted|forecast|planned|budgeted)(?:\s+(?:level|value|figure|outturn|spend))?$`)
	// comparatorActualRe is a label naming the value measured beside a
	// plan's or a target's: "actual", "outturn", "achieved".
	comparatorActualRe = lazyre.New(`(?i)^(?:the\s+)?(?:actual(?:s|\s+(?:performance|outturn|figure|level|value|spend))?|outturn|achieved|achievement|performance)$`)
	// comparatorIntervalRe is a label naming an interval about the value
	// before: "95% CI", "confidence interval", "range", "IQR".
	comparatorIntervalRe = lazyre.New(`(?i)^(?:\d{2}(?:\.\d)?\s?%\s*)?(?:ci|c\.i\.|confidence\s+intervals?|credible\s+intervals?|range|iqr|inter-?quartile\s+range|margin\s+of\s+error)$`)
	// comparatorIntervalPartRe is a bracket of a confidence interval,
	// its limits joined by "to", a dash or a comma: "95% CI 61% to
	// 67%", "95% CI: 61-67%", "CI 20.1, 22.5". Groups: 1 the label, 2
	// the limits.
	comparatorIntervalPartRe = lazyre.New(`^\s*((?:9[059](?:\.\d)?%\s*)?(?i:CI|C\.I\.|confidence\s+interval)\b)\s*[:,=]?\s*(\d+(?:\.\d+)?%?\s*(?:to|-|–|,)\s*\d+(?:\.\d+)?%?)\s*$`)
	// comparatorNamedYearRe is a bracket naming a place and a year before
	// its value, "(Kent: 2022, 58%)": groups 1 the name, 2 the year, 3
	// the value.
	comparatorNamedYearRe = lazyre.New(`^\s*(\p{Lu}[^:;(),]*?)\s*:\s*((?:19|20)\d{2}(?:/\d{2,4})?)\s*,\s+(` + comparatorValueExpr + `)\s*$`)
	// comparatorLabelYearRe is a year ending a label, "England 2022",
	// "England, 2022": group 1 the year.
	comparatorLabelYearRe = lazyre.New(`,?\s+((?:19|20)\d{2}(?:[/–-]\d{2,4})?)$`)
	// comparatorYearPartRe opens a part that is a year's label after a
	// comma, "2022: 71%" of "(England, 2022: 71%)": the year of the
	// name before the comma, no part of its own.
	comparatorYearPartRe = lazyre.New(`^(?:19|20)\d{2}(?:/\d{2,4})?\s*:`)
	// comparatorTheRe is the "the" a label may open with, "the England
	// average".
	comparatorTheRe = lazyre.New(`(?i)^the\s+`)
	// comparatorPointerPartRe opens a bracket with what may be a pointer,
	// alone or before a colon: group 1 the pointer.
	comparatorPointerPartRe = lazyre.New(`^\s*([^:;()]+?)\s*(?::|$)`)
	// comparatorPeriodTailRe is what may follow a year in a label, "2022
	// figure": no part of the time.
	comparatorPeriodTailRe = lazyre.New(`(?i)\s+(?:figures?|data|values?|levels?|totals?|rates?|numbers?|outturn)$`)
	// comparatorPointerRe is a label pointing to a part of the work:
	// "see Table 2", "Figure 3", "see p. 4".
	comparatorPointerRe = lazyre.New(`(?i)^(?:see\s+(?:also\s+)?)?(?:table|figure|fig\.?|chart|graph|annex|appendix|page|p\.?|para(?:graph)?|section|box|slide)\s+[\w.]+$`)
	// comparatorGroupRe is a label naming a group of people: a few words
	// before a people word ("looked-after children", "boys", "young
	// carers"), perhaps with their need, status or age after it
	// ("children in care", "pupils with an EHCP", "children aged 5 to
	// 11"), a need or status written short ("SEND", "EHCP", "non-FSM",
	// "FSM-eligible") or in words ("English as an additional language"),
	// a school year or key stage ("Year 6", "KS2"), a deprivation band
	// ("most deprived quintile", "IMD decile 1"), an ethnic group ("White
	// British", "Irish Traveller", "Gypsy/Roma") or an age ("aged 5 to
	// 11", "under-fives", "under-5s"): groupLabelExpr.
	comparatorGroupRe = lazyre.New(`(?i)^(?:` + groupLabelExpr + `)$`)
)

// comparatorLabelKind is the kind a comparator's label names.
func comparatorLabelKind(label string) ComparatorKind {
	l := strings.TrimSpace(label)
	bare := comparatorTheRe.ReplaceAllString(l, "")
	switch {
	case l == "":
		return ComparatorNone
	case demonymLabelRe.MatchString(bare):
		// "(Scottish: 20%)": a group by national identity, never
		// Scotland's value (hostile check 66).
		return ComparatorGroup
	case comparatorPeriodRe.MatchString(l) || labelPeriod(l) != "":
		return ComparatorPeriod
	case comparatorEarlierRe.MatchString(l):
		return ComparatorEarlier
	case labelPlace(bare) != "":
		return ComparatorPlace
	case comparatorBenchmarkRe.MatchString(l) || rankLabelRe.MatchString(l):
		return ComparatorBenchmark
	case comparatorTargetRe.MatchString(l) || ownedAimLabel(l):
		return ComparatorTarget
	case comparatorActualRe.MatchString(l):
		return ComparatorActual
	case comparatorIntervalRe.MatchString(l):
		return ComparatorInterval
	case comparatorPointerRe.MatchString(l):
		return ComparatorPointer
	case timeLabel(bare):
		return ComparatorTime
	case bodyLabel(bare) || namedBodyLabel(bare):
		// A body serving a place, "NHS Kent and Medway", "KCC": another
		// place's value, of no place the list knows (labelPlace).
		return ComparatorPlace
	case placeGroupLabel(l):
		// "England Year 6", "England boys", "Year 6 England", "girls in
		// Kent": a place's value of a group, never a group of the
		// level's people (splitPlaceGroup).
		return ComparatorPlace
	case comparatorGroupRe.MatchString(l) || partLabel(l) || placedGroupLabel(l):
		return ComparatorGroup
	}
	return ComparatorNone
}

// Comparators are the parts of the bracket opening at s[open] ("(") when
// each of its parts is "LABEL: VALUE" with a label read here, as a report
// sets another year's, place's or average's value beside its own:
// "(2022: 1,150)", "(2022: 1,150; 2021: 1,010)", "(March 2023: 335)",
// "(previous year: 1,150)", "(England: 71%)", "(national average: 71%)",
// "(target: 92%)", "(95% CI: 60-68%)", "(see Table 2: 14)". This one
// reading serves the figure reader (what a value in the bracket is,
// in which unit) and the record reader (what it measures, when, where):
// nil for any other bracket, "(Patel 2021: 37)" and "(boys: 40%)" among
// them.
func Comparators(s string, open int) []Comparator {
	if open < 0 || open >= len(s) || s[open] != '(' && s[open] != '[' {
		return nil
	}
	// A square bracket, "[England: 65%]", sets a value beside the level
	// as a round one does (hostile check 67: Kent's 58% was placed in
	// England and England's 65% keyed as Kent's).
	shut := strings.IndexByte(s[open:min(len(s), open+MaxComparatorBytes)], closerOf(s[open]))
	if shut < 0 {
		return nil
	}
	if t, end := labelYearBracketed(s, open, open+shut); end > 0 {
		return comparatorsIn(t, open, end)
	}
	return comparatorsIn(s, open, shut+open)
}

// comparatorsIn reads the parts of s[open+1:shut], the inside of a
// comparator bracket opening at open and shutting at shut, or of an
// aside after a dash (dashComparators).
func comparatorsIn(s string, open, shut int) []Comparator {
	inner := s[open+1 : shut]
	if strings.IndexByte(inner, '(') >= 0 {
		return nil
	}
	if m := comparatorPointerPartRe.FindStringSubmatchIndex(inner); m != nil && comparatorPointerRe.MatchString(inner[m[2]:m[3]]) {
		// "(Table 3)", "(see Figure 4: 2022 data)": a pointer, whatever
		// follows it, dates and measures nothing (hostile check 64: the
		// 1,240 of 2023 was dated 2022, "#3 tabl" was in its key).
		return []Comparator{{Kind: ComparatorPointer, Label: inner[m[2]:m[3]], Open: open, Close: shut, ValueStart: open + 1 + m[1], ValueEnd: shut}}
	}
	if m := comparatorIntervalPartRe.FindStringSubmatchIndex(inner); m != nil {
		// "(95% CI 61% to 67%)", "(95% CI: 61%, 67%)": an interval's
		// limits, however joined, are one value of no measure.
		return []Comparator{{Kind: ComparatorInterval, Label: inner[m[2]:m[3]], Open: open, Close: shut, ValueStart: open + 1 + m[4], ValueEnd: open + 1 + m[5]}}
	}
	if m := comparatorNamedYearRe.FindStringSubmatchIndex(inner); m != nil {
		// "(Kent: 2022, 58%)": a place's value of that year; the level's
		// own place, named before the bracket ("children in Kent"), is
		// of that year alone. Before (hostile check 64), the 64% of 2023
		// was dated 2022 and the 58% 2023.
		name, year := inner[m[2]:m[3]], inner[m[4]:m[5]]
		c := Comparator{Kind: comparatorLabelKind(name), Label: name, Open: open, Close: shut, ValueStart: open + 1 + m[6], ValueEnd: open + 1 + m[7], Period: year}
		switch {
		case c.Kind == ComparatorPlace || c.Kind == ComparatorBenchmark:
		case c.Kind == ComparatorNone && (strings.Contains(s[:open], name+" ") || strings.HasSuffix(strings.TrimSpace(s[:open]), name)):
			c.Kind, c.Label, c.Period = ComparatorPeriod, year, ""
		default:
			return nil
		}
		return []Comparator{c}
	}
	if cs := timeListedValues(s, open, shut); cs != nil {
		return cs
	}
	var out []Comparator
	at := open + 1
	next := func(part string) {
		at += len(part)
		if at < shut {
			at += len(comparatorPartsRe.FindString(s[at:shut]))
		}
	}
	for _, part := range comparatorParts(inner) {
		if cs := laterPartValues(part, at, open, shut, out); cs != nil {
			out = append(out, cs...)
			next(part)
			continue
		}
		m := comparatorPartMatch(part)
		if m == nil {
			return nil
		}
		label, period := part[m[2]:m[3]], ""
		if strings.TrimSpace(label) == "" && m[6] >= 0 && part[m[6]:m[7]] == "in" {
			// "(870 in 2023; 980 in 2024)": each value of the year
			// after it, as "(2023: 870; 2024: 980)" is (hostile check
			// 65: both were lost after "Referrals rose by 13%").
			label = part[m[8]:m[9]]
		}
		k := comparatorLabelKind(label)
		if k == ComparatorNone {
			k, label, period = groupYearLabel(s[:open], label)
		}
		if y := comparatorLabelYearRe.FindStringSubmatchIndex(label); k == ComparatorNone && y != nil {
			// "(England 2022: 71%)": a place's or an average's value
			// of the year its label names after it, never the level's
			// (hostile check 64: the 64% of 2023 was dated 2022 and
			// placed in England).
			name, year := label[:y[0]], label[y[2]:y[3]]
			switch k = comparatorLabelKind(name); {
			case k == ComparatorPlace || k == ComparatorBenchmark || k == ComparatorTime:
				label, period = name, year
			case k == ComparatorNone && pageLikeValue(part[m[4]:m[5]]) && !strings.Contains(year, "/"):
				// "(Okafor 2020: 12)", "(Jones and Smith, 2020: 12)": an
				// author's page, no place's value; a financial year,
				// "(Medway 2022/23: 480)", dates no work (hostile check
				// 67).
				k = ComparatorNone
			case k == ComparatorNone && otherPlaceLabel(name) && namedBefore(s, open, strings.TrimSpace(name)):
				// "(Kent 2022: 60%)" beside Kent's level: Kent's value
				// of 2022, as "(2022: 60%)" is; another name's,
				// "(Medway 2022: 60%)", is that place's of 2022 (hostile
				// check 66: the level of 2023 was dated 2022, the
				// bracket's value 2023).
				k, label = ComparatorPeriod, year
			case k == ComparatorNone && otherPlaceLabel(name):
				k, label, period = ComparatorPlace, name, year
			default:
				k = ComparatorNone
			}
		}
		if k == ComparatorNone {
			// "(Baseline 2021: 50%)", "(2024 YTD: 61%)", "(target by
			// 2025: 75%)", "(2022/23 England average 71%)": the
			// bracket's year is its value's, never the level's (hostile
			// check 67).
			k, label, period = yearedLabelKind(label)
		}
		if k == ComparatorNone && otherPlaceLabel(label) {
			k = ComparatorPlace
		}
		if k == ComparatorNone {
			return nil
		}
		if p := labelPeriod(label); k == ComparatorPeriod && p != "" {
			// "FY23/24", "Apr-Jun 2023": the period as records carry it.
			label = p
		}
		if m[6] >= 0 && part[m[6]:m[7]] == "by" {
			// A value "by 2025" is one to come, aimed at or foreseen,
			// whoever's label it has: "(England: 71% by 2025)" is no
			// value England achieved, and no place of the level.
			k = ComparatorTarget
		}
		if p := wholePeriod(period); p != "" {
			period = p // "England 2022-23": 2022/23, as records carry it
		}
		c := Comparator{Kind: k, Label: strings.TrimSpace(label), Open: open, Close: shut, ValueStart: at + m[4], ValueEnd: at + m[5], Period: period}
		if m[8] >= 0 {
			c.Period = part[m[8]:m[9]]
			if p := wholePeriod(c.Period); p != "" {
				c.Period = p // "in 2022-23": 2022/23, as records carry it
			}
		}
		out = append(out, c)
		next(part)
	}
	groupPlacesInherited(out)
	return out
}

var (
	// properNameLabelRe is a label written as a place's name is, each
	// word capitalised: "Medway", "West Sussex", "Brighton and Hove",
	// "Stoke-on-Trent", "Isle of Wight".
	properNameLabelRe = lazyre.New(`^\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+(?:(?:and|of|upon|on|in)\s+)?(?:the\s+)?\p{Lu}\p{Ll}[\p{L}'’-]*){0,4}$`)
	// notPlaceLabels are capitalised words that label a part or a kind of
	// a figure's people or service, never a place: "(Primary: 58%)",
	// "(Total: 1,240)", "(Urgent: 12)".
	notPlaceLabels = setOf(`Total Totals Overall All Mean Median Average Primary Secondary Special Urgent Routine Emergency
Elective Acute Community Inpatient Inpatients Outpatient Outpatients Baseline Current Previous Latest Male Males Female
Females Other Others Unknown Tier Phase Wave Cohort Urban Rural Nursery Reception Academies Academy Independent
Maintained Boys Girls Yes No None Target Actual Plan Forecast Budget Spend Income Staff Referrals Cases Autumn Spring
Summer Winter Irish Traveller Travellers Gypsy Roma White Black Asian Mixed Chinese Arab Any Not Before After
Pre Post Early Late Age Aged Under Over Children Adults Pupils Schools Families Parents Carers Women Men Source Sources
Note Notes See Data Survey Census Ofsted Page Chapter Part Annex Appendix Figure Table Chart Key Rate Ratio Number
Share Percentage Proportion Change Difference Gap Increase Decrease Rise Fall Growth Trend Estimate Projected Projection
Predicted Expected Benchmark Standard Threshold Limit Minimum Maximum Min Max Range Low High Medium Lower Upper Higher
Band Level Grade Stage Step Year Years Month Months Week Weeks Day Days Quarter Term Semester Period Date Time Cost
Costs Funding Grant Income Savings Pay Capital Revenue Outturn Allocation Contract Outcome Outcomes Good Outstanding
Inadequate Requires Improvement Met Unmet Achieved Eligible Ineligible Open Closed Active Waiting Seen Treated
Referred Accepted Rejected Declined New Existing Returning Repeat First Second Third Final Interim Initial Review
Healthwatch Mind Unicef Childline Kooth Hospital Hospitals Home Homes Clinic Clinics Practice Practices Ward Wards
Setting Settings Service Services Team Teams Care Health Services`)
)

// otherPlaceLabel reports a label no rule here reads that names a place
// by its name, "(Medway: 58%)", "(West Sussex: 58%)": written as a
// place's name is, every word capitalised, and no word of it a part, a
// kind, a time or a source of a figure (notPlaceLabels) or a month;
// short forms of its compass point or its "and" are read as written in
// full, "N. Kent", "Kent & Medway" (expandPlaceLabel; before, hostile
// check 66, such a bracket was no comparator, its value keyed as the
// level's, one key for both). Read
// as no comparator, the bracket's value was keyed as the local figure,
// "medway" in the measure of both and the people of the value "Kent"
// (hostile check 65).
func otherPlaceLabel(label string) bool {
	// "Dartford, Gravesham and Swanley": a list of names as one
	// (hostile check 67).
	l := strings.ReplaceAll(expandPlaceLabel(comparatorTheRe.ReplaceAllString(strings.TrimSpace(label), "")), ", ", " and ")
	if !properNameLabelRe.MatchString(l) || comparatorPeriodRe.MatchString(l+" 2000") || strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "’s") {
		// "(Barnardo's: 300)": an owner, a body's name, no place's.
		return false
	}
	for _, w := range strings.Fields(l) {
		if notPlaceLabels[w] || groupOwnerRe.MatchString(w) || monthWordRe.MatchString(w) {
			return false
		}
	}
	return true
}

// comparatorParts parts the inside of a comparator bracket where
// comparatorPartsRe does, with two joins:
//   - a comma between a name with no value and the year of its value,
//     "(England, 2022: 71%)", parts nothing: one part, a place's value of
//     that year (before, hostile check 65, it was two, the bracket no
//     comparator, and the 64% of Kent before it England's);
//   - a group's label set before its value by a comma, "(boys, 60%; girls,
//     68%)", or listing its words with commas, "(Gypsy, Roma and
//     Traveller: 25%)", is joined again with what follows it: a part read
//     no way alone joins the parts after it up to the first that makes it
//     a group's "LABEL, VALUE" (comparatorPartRe). Before (hostile check
//     65), the bracket was read as no comparator, its values keyed as the
//     level's and its labels words of every measure; so is a place's, a
//     body's or a time's, "(England, 71%)", "(2022, 61%)", "(Kent, 64%;
//     Medway, 58%)" (commaLabelledPart; hostile check 66: Kent's 64%
//     was placed in England, dated 2022).
func comparatorParts(inner string) []string {
	var parts, seps []string
	from := 0
	for _, sep := range comparatorPartsRe.FindAllStringIndex(inner, -1) {
		if name := inner[from:sep[0]]; inner[sep[0]] == ',' && comparatorYearPartRe.MatchString(inner[sep[1]:]) && (!comparatorPartRe.MatchString(name) || comparatorLabelKind(name) == ComparatorGroup) {
			// "(Year 6, 2022: 36%)": a group's name with a number
			// is a name still.
			continue
		}
		if name := inner[from:sep[0]]; inner[sep[0]] == ',' && trailingYearPartRe.MatchString(inner[sep[1]:]) && comparatorPartRe.MatchString(name) {
			// "(England average: 65%, 2022)", "(Medway: 480,
			// 2022/23)": the year of the value before the comma
			// (hostile check 67: the level took it).
			continue
		}
		parts = append(parts, inner[from:sep[0]])
		seps = append(seps, inner[sep[0]:sep[1]])
		from = sep[1]
	}
	parts = append(parts, inner[from:])
	out := make([]string, 0, len(parts))
	for i := 0; i < len(parts); i++ {
		part := parts[i]
		if comparatorPartKind(part) == ComparatorNone {
			joined := part
			for j := i + 1; j < len(parts) && seps[j-1][0] == ','; j++ {
				joined += seps[j-1] + parts[j]
				if comparatorPartKind(joined) == ComparatorGroup || commaLabelledPart(joined) {
					part, i = joined, j
					break
				}
			}
		}
		out = append(out, part)
	}
	return out
}

// MaxComparatorBytes bounds a comparator bracket: a few parts of a label
// and a value. Looked for no further, a line of thousands of figures and
// brackets (a flattened table) is read in time in proportion to it.
const MaxComparatorBytes = 160

// ComparatorAt is the comparator whose value s[a:b] is part of, if any:
// the figure reader asks it of a number it reads.
func ComparatorAt(s string, a, b int) (Comparator, bool) {
	from := max(0, a-MaxComparatorBytes)
	open := max(strings.LastIndexByte(s[from:a], '('), strings.LastIndexByte(s[from:a], '['))
	if open < 0 {
		return Comparator{}, false
	}
	open += from
	if strings.IndexByte(s[open:a], closerOf(s[open])) >= 0 {
		return Comparator{}, false
	}
	for _, c := range Comparators(s, open) {
		if c.ValueStart <= a && b <= c.ValueEnd {
			return c, true
		}
	}
	return Comparator{}, false
}

// PeriodComparatorAt reports s[a:b] the value of a comparator part of a
// time, "(2022: 870)", "(870 in 2023)", "(previous year: 870)".
func PeriodComparatorAt(s string, a, b int) bool {
	c, ok := ComparatorAt(s, a, b)
	return ok && (c.Kind == ComparatorPeriod || c.Kind == ComparatorEarlier)
}

// ComparatorAfter reports a comparator bracket right after a value (after
// is the text after it: " (2022: 1,150)."): it ends no clause, so the
// value before it is read as the one the bracket is set beside.
func ComparatorAfter(after string) bool {
	k := 0
	if strings.HasPrefix(after, " ") {
		k = 1
	}
	return k < len(after) && (after[k] == '(' || after[k] == '[') && Comparators(after, k) != nil
}

// comparatorSpans are the brackets of the sentence that are comparators,
// in order, read once a sentence.
func (s *sentence) comparatorSpans() [][]Comparator {
	if s.compsRead {
		return s.comps
	}
	s.compsRead = true
	for k := strings.IndexAny(s.text, "(["); k >= 0; {
		if cs := Comparators(s.text, k); cs != nil {
			s.comps = append(s.comps, cs)
		}
		n := strings.IndexAny(s.text[k+1:], "([")
		if n < 0 {
			break
		}
		k += n + 1
	}
	if cs := dashComparators(s.text); cs != nil && (len(s.comps) == 0 || s.comps[len(s.comps)-1][0].Close < cs[0].Open) {
		s.comps = append(s.comps, cs)
	}
	return s.comps
}

// comparatorAround is the comparator bracket holding offset k, if any.
func (s *sentence) comparatorAround(k int) ([]Comparator, bool) {
	cs := s.comparatorSpans()
	n := sort.Search(len(cs), func(j int) bool { return cs[j][0].Close >= k })
	if n < len(cs) && cs[n][0].Open < k {
		return cs[n], true
	}
	return nil, false
}

// inComparator is the comparator figure i's value is, if any.
func (s *sentence) inComparator(i int) (Comparator, bool) {
	f := s.in.Figures[i]
	cs, ok := s.comparatorAround(f.Offset)
	if !ok {
		return Comparator{}, false
	}
	for _, c := range cs {
		if c.ValueStart <= f.Offset && f.Offset+len(f.Text) <= c.ValueEnd {
			return c, true
		}
	}
	return Comparator{}, false
}

// comparatorLevel is the figure a comparator bracket opening at open is
// set beside: the nearest figure before it in its clause that is no
// base, no threshold and no comparator's value; a change there is read
// for the level it changes ("1,240 children were referred, an increase
// of 8% (2022: 1,150)"), and a change with none gives none; -1 where
// there is none.
func (s *sentence) comparatorLevel(open int) int {
	figs := s.in.Figures
	level := -1
	for j, g := range figs {
		end := g.Offset + len(g.Text)
		if end > open || g.Role == evidence.RoleBase || g.Role == evidence.RoleThreshold {
			continue
		}
		if _, in := s.inComparator(j); in {
			continue
		}
		level = j
	}
	if level < 0 {
		return -1
	}
	if prev := s.levelSetAgainst(level); prev >= 0 {
		level = prev
	}
	if figs[level].Role == evidence.RoleChange {
		p := s.partner(level)
		if p < 0 || p > level || figs[p].Role == evidence.RoleChange {
			return -1
		}
		level = p
	}
	if gap := s.text[figs[level].Offset+len(figs[level].Text) : open]; strings.ContainsAny(gap, ";.") {
		return -1
	}
	return level
}

// levelSetAgainst is the measured level a target, figure j, is set
// against before it, "93% …, against a target of 90%" (aimComparedRe): a
// bracket after the target, "(2022: 88%)", is the level's earlier value,
// never the target's (hostile check 66: the 88% was keyed and marked as
// the target). -1 where j is no such target.
func (s *sentence) levelSetAgainst(j int) int {
	figs := s.in.Figures
	if !figs[j].Aim {
		return -1
	}
	for k := j - 1; k >= 0; k-- {
		g := figs[k]
		if g.Role == evidence.RoleBase || g.Role == evidence.RoleThreshold {
			continue
		}
		if _, in := s.inComparator(k); in {
			continue
		}
		// The target's word may follow its value: "short of the 92%
		// target".
		end := figs[j].Offset + len(figs[j].Text)
		if w := nextWordRe.FindStringIndex(s.text[end:]); w != nil {
			end += w[1]
		}
		if gap := s.text[g.Offset+len(g.Text) : figs[j].Offset]; !g.Aim && !strings.ContainsAny(gap, ";.") && aimComparedRe.MatchString(s.text[g.Offset+len(g.Text):end]) {
			return k
		}
		return -1
	}
	return -1
}

// nextWordRe is the word after a value, with the space before it.
var nextWordRe = lazyre.New(`^\s+[\p{L}'’-]+`)

// changeWithNoLevel is the change a bracket of times is set beside, of a
// measure no level states, where figure j, the bracket's value, is no
// value of the change's unit: "Referrals increased by 8% (2022: 1,150;
// 2023: 1,240)" gives the levels of referrals the 8% is a change of, each
// of its year (hostile check 64: both were lost); "(2022: 6%)" after it
// is no level. -1 where there is none.
func (s *sentence) changeWithNoLevel(c Comparator, j int) int {
	if c.Kind != ComparatorPeriod && c.Kind != ComparatorEarlier {
		return -1
	}
	figs := s.in.Figures
	k := -1
	for i, g := range figs {
		if g.Offset+len(g.Text) <= c.Open {
			k = i
		}
	}
	if k < 0 || figs[k].Role != evidence.RoleChange || s.partner(k) >= 0 {
		return -1
	}
	if figs[k].Unit == figs[j].Unit && (figs[k].Unit == evidence.UnitPercent || !s.timesListed(c)) {
		// "rose by 8% (2022: 6%)" may give the change of another year;
		// "rose by £0.4m (£4.2m in 2022/23; £4.6m in 2023/24)", two
		// times' values of the change's unit, are its levels (hostile
		// check 65: both were undated).
		return -1
	}
	if gap := s.text[figs[k].Offset+len(figs[k].Text) : c.Open]; strings.ContainsAny(gap, ";.,") {
		return -1
	}
	return k
}

// timesListed reports the bracket of comparator c a list of two or more
// times' values: "(2022: 1,150; 2023: 1,240)", "(870 in 2023; 980 in
// 2024)".
func (s *sentence) timesListed(c Comparator) bool {
	for _, cs := range s.comparatorSpans() {
		if cs[0].Open != c.Open {
			continue
		}
		n := 0
		for _, p := range cs {
			if p.Listed > 0 {
				return false // one time's values of as many levels
			}
			if p.Kind == ComparatorPeriod {
				n++
			}
		}
		return n >= 2 && n == len(cs)
	}
	return false
}

// describeComparators gives each value of a comparator bracket that is
// a figure of the measure beside it (Comparator.Figured) that figure's
// record: its measure and group, of the bracket's time ("(2022: 1,150)",
// "(March 2023: 335)"; "(previous year: 1,150)" the year before the
// level's, none where the level has none) or its place ("(England:
// 71%)", of the level's time, its group's place words left out), or an
// average's ("(national average: 71%)", the average named in its
// measure, so it is keyed apart from the level). Before (hostile check
// 63), "(England: 71%)" was keyed as Kent's, "(previous year: 1,150)"
// dated the level's year, and after a change "(2022: 1,150)" measured
// "an increase of 8%", keyed apart from its level.
func (s *sentence) describeComparators() {
	figs := s.in.Figures
	for j := range figs {
		c, ok := s.inComparator(j)
		if !ok || !c.Figured() {
			continue
		}
		i := s.comparatorLevel(c.Open)
		if c.Listed > 0 {
			if i = s.listedLevel(c, j); i < 0 {
				// No level in its place: of its time, of no measure,
				// place or people a record can say.
				f := &figs[j]
				f.Measure, f.Population, f.Place, f.Change, f.Period = "", "", "", "", comparatorTime(c)
				continue
			}
		}
		keepChange := false
		if i < 0 {
			// The levels of a change: the later keeps its change from
			// the earlier (earlierListedTime).
			i, keepChange = s.changeWithNoLevel(c, j), true
		}
		if i < 0 {
			continue
		}
		f, g := &figs[j], figs[i]
		f.Measure, f.Population = g.Measure, g.Population
		if !keepChange && !s.followedByEarlier(c) {
			f.Change = ""
		}
		switch c.Kind {
		case ComparatorPeriod:
			f.Period, f.Place = comparatorTime(c), g.Place
		case ComparatorEarlier:
			// "previous quarter" of 2023 is no time a record can say.
			f.Period, f.Place = "", g.Place
			if g.Period != "" && comparatorYearBeforeRe.MatchString(c.Label) {
				f.Period = shiftYear(g.Period)
			}
		case ComparatorActual:
			// The time an aim is to be reached by, "(actual: 1,800)"
			// after "planned to see 2,000 by 2025", is no time the
			// actual held.
			f.Period, f.Place = g.Period, g.Place
			if c.Period != "" {
				f.Period = c.Period
			}
		case ComparatorPlace:
			f.Period = g.Period
			if c.Period != "" {
				f.Period = c.Period
			}
			if otherPlaceLabel(c.Label) && s.namedBeforeOutside(c.Open, c.Label) {
				// "(Kent, 64%; Medway, 58%)" beside Kent's 64%: the
				// level's own place's value, of its record (hostile
				// check 66: the bracket was read no way, "kent medway"
				// in every key).
				f.Place, f.Population, f.Measure = g.Place, g.Population, g.Measure
				break
			}
			name, group := c.Label, ""
			if n, gr := splitPlaceGroup(c.Label); n != "" {
				// "(England Year 6: 37%)", "(Year 6 England: 37%)":
				// England's value of the group, which the level's
				// people may name already.
				name, group = n, gr
			}
			if group != "" && otherPlaceLabel(name) && s.namedBeforeOutside(c.Open, name) {
				// "(girls in Kent: 34%)" beside "boys in Kent": the
				// level's place's value of the group (hostile check
				// 67: of "boys in Kent").
				f.Place, f.Population, f.Measure = g.Place, groupOf(group, g.Population), g.Measure
				break
			}
			f.Place = labelPlace(name)
			f.Population = withoutLocalPlace(g.Population)
			if group != "" && !strings.Contains(strings.ToLower(f.Population), strings.ToLower(group)) {
				f.Population = groupOf(group, f.Population)
			}
			f.Measure = s.withoutLocalSubject(withoutLocalPlace(g.Measure))
			if f.Place == "" {
				// A name the place list does not know, "(Medway: 58%)"
				// (otherPlaceLabel), is keyed apart by its label in
				// the measure, with no place: such a label is as often
				// a service, a condition or a time, "(Speech and
				// Language: 45%)", "(Autism: 45%)", "(Apr-Jun: 45%)",
				// and named as a place it was a wrong one (hostile
				// check 66).
				f.Measure = tidy(f.Measure + " (" + strings.ToLower(expandPlaceLabel(comparatorTheRe.ReplaceAllString(name, ""))) + ")")
			}
		case ComparatorGroup:
			f.Period, f.Place = g.Period, g.Place
			if c.Period != "" {
				f.Period = c.Period
			}
			f.Population = groupOf(c.Label, g.Population)
			if place, group := placedGroup(c.Label); place != "" {
				// "(England boys: 39%)": England's boys, of the
				// level's measure without its place's words.
				f.Place = place
				f.Population = groupOf(group, withoutLocalPlace(g.Population))
				f.Measure = s.withoutLocalSubject(withoutLocalPlace(g.Measure))
			}
		case ComparatorBenchmark:
			f.Period, f.Place = g.Period, ""
			if c.Period != "" {
				f.Period = c.Period
			}
			f.Population = withoutLocalPlace(g.Population)
			f.Measure = tidy(s.withoutLocalSubject(withoutLocalPlace(g.Measure)) + " (" + strings.ToLower(c.Label) + ")")
		case ComparatorTime:
			// "(Apr-Jun: 61%)", "(Autumn term: 61%)": the level's
			// place's and people's value of a time no record can date
			// but by a year its label names, "(Autumn term 2023:
			// 61%)"; a part of the week, "(Mon-Fri: 61%)", is of the
			// level's time. Keyed apart by its label, never the level's
			// year with the label's words in both keys (hostile check
			// 66).
			f.Place, f.Period = g.Place, c.Period
			if weekPartLabelRe.MatchString(c.Label) {
				f.Period = g.Period
			}
			f.Measure = tidy(g.Measure + " (" + strings.ToLower(c.Label) + ")")
		}
		if g.Aim && c.Period == "" && c.Kind != ComparatorPeriod {
			// Beside an aim, "Medway aims to vaccinate 95% of children
			// by 2025 (2023: 88%; England: 91%)", the year aimed at is
			// no time England's value, an actual or the year before
			// held (hostile check 66: England's 91% was of 2025); a
			// group's value is a part of the aim, of its year.
			f.Period = ""
			if c.Kind == ComparatorGroup {
				f.Aim, f.Period = true, g.Period
			}
		}
		laterPartRecord(c, f)
	}
}

// earlierPairBeforeRe ends the text before a value a label pair of the
// time before gives after a semicolon: "; previous year: ". Group 1 is
// the label.
var earlierPairBeforeRe = lazyre.New(`;\s*((?i:` + ComparatorEarlierLabel + `)):\s*$`)

// earlierLabelPairs gives a value set after a semicolon under a label of
// the time before, "Spend (£m) 2023: 3.2; previous year: 2.9", the
// record "(previous year: 2.9)" would have (describeComparators): the
// measure, group and place of the value before it, and the year before
// that one's, none where it has none. Before (hostile check 64), the 2.9
// was lost; read, it would have been undated beside a dated level.
func (s *sentence) earlierLabelPairs() {
	figs := s.in.Figures
	for j := 1; j < len(figs); j++ {
		f, g := &figs[j], figs[j-1]
		m := earlierPairBeforeRe.FindStringSubmatch(s.text[:min(len(s.text), f.Offset)])
		if m == nil || f.Unit != g.Unit || g.Role == evidence.RoleBase || strings.ContainsAny(s.text[g.Offset+len(g.Text):f.Offset-len(m[0])], ";.") {
			continue
		}
		f.Measure, f.Population, f.Place, f.Change, f.Period = g.Measure, g.Population, g.Place, "", ""
		if g.Period != "" && comparatorYearBeforeRe.MatchString(m[1]) {
			f.Period = shiftYear(g.Period)
		}
	}
}

// peopleWordRe is a word naming people in a group's label.
var peopleWordRe = lazyre.New(`(?i)\b(?:` + moneyPeopleWords + `|males?|females?|men|women|leavers)\b`)

// groupOf is the people of a group's value set beside a level of people:
// a label naming people stands for the level's people word and keeps what
// follows it, "boys in Kent" for "(boys: 60%)" beside "children in Kent",
// "girls in Year 6" beside "pupils in Year 6"; a label naming none, "(SEND:
// 49%)", "(Year 6: 60%)", qualifies the level's people, "children in Kent
// (SEND)". Keyed so, the group's value is never the whole population's
// (hostile check 64: both had one key and year). A group named by its age,
// "(under-fives: 70%)", stands for the people word as a people word does,
// "under-fives in Kent"; an age band in a label, "(aged 5 to 11: 70%)",
// takes the place of the level's own (withGroupAge), "children in Kent
// (aged 5 to 11)" beside "children aged 0 to 17 in Kent" (hostile check 65).
func groupOf(label, people string) string {
	if people == "" {
		return label
	}
	people = withGroupAge(label, people)
	if peopleWordRe.MatchString(label) || ageGroupWordRe.MatchString(strings.ToLower(label)) {
		words := peopleWordRe.FindAllStringIndex(people, -1)
		if len(words) == 0 {
			// "hospital admissions for self-harm in Kent (boys)":
			// the level's people name no people word the label's
			// could stand for (hostile check 66: "boys" alone).
			return people + " (" + label + ")"
		}
		return label + people[words[len(words)-1][1]:]
	}
	return people + " (" + label + ")"
}

var (
	// localPlaceRe is a place's words in a group or a measure: " in
	// Kent", " in Kent and Medway", " across the North West".
	// " in the Isle of Wight", " in the City of London": "of" joins a
	// name (hostile check 68: Hampshire's 58% was of "children of Wight").
	localPlaceRe = lazyre.New(`\s+(?:in|across|within|living\s+in|resident\s+in)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+|of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)*\b`)
	// openingPlaceWordsRe is a place's words a measure opens with, as the
	// sentence does: "in Kent, " of "In Kent, 64% of children were seen",
	// "across Surrey, ".
	openingPlaceWordsRe = lazyre.New(`^(?i:in|across|within|throughout)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*)*,\s*`)
	// localBodySubjectRe is a local body a measure opens with as its
	// subject, "council spent" of "The council spent £4.5m": the level's
	// body, never another place's.
	localBodySubjectRe = lazyre.New(`(?i)^(?:the\s+|our\s+)?(?:county\s+|local\s+)?(?:council|authority|borough|icb|integrated\s+care\s+board|trust)\s+`)
	// localOwnerRe is the owner opening a measure, "Kent's" of "Kent's
	// rate was", "the Trust's": the level's place or body, never another
	// place's. Group 1 the owner.
	localOwnerRe = lazyre.New(`(?i)^(?:the\s+)?(\p{L}[\p{L}-]*)['’]s\s+`)
	// groupOwnerRe is an owner that is a group, not a place or a body:
	// "children's", "young people's" keep their words.
	groupOwnerRe = lazyre.New(`(?i)^(?:child|children|people|person|women|men|boys|girls|pupils?|patients?|parents?|famil(?:y|ies)|carers?|students?|babies|baby|mothers?|infants?)$`)
)

// withoutLocalPlace is a group or a measure without its place's words:
// those of another place's value set beside it, "children" of "children
// in Kent", "coverage was" of "coverage in Kent was", "rate was" of
// "Kent's rate was" ("children's" stays: a group, not an owner), "were
// assessed" of "in Kent, were assessed" (hostile check 65: "In Kent, 64%
// of young carers were assessed in 2023 (England average 71%)" keyed
// England's 71% with "kent").
func withoutLocalPlace(s string) string {
	s = strings.TrimSpace(localPlaceRe.ReplaceAllString(s, ""))
	s = openingPlaceWordsRe.ReplaceAllString(s, "")
	if m := localOwnerRe.FindStringSubmatchIndex(s); m != nil && !groupOwnerRe.MatchString(s[m[2]:m[3]]) {
		s = s[m[1]:]
	}
	return strings.TrimSpace(s)
}

// localSubjectRe is the name a measure opens with, "kent spent" of "In
// 2023, Kent spent £4.5m" (a measure's first letter is written small),
// "Kent and Medway saw". Group 1 the name.
var localSubjectRe = lazyre.New(`^(\p{L}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*)*)\s+\S`)

// withoutLocalSubject is a measure without the name of the place or body
// it opens with where the sentence writes that name capitalised past its
// first word, "In 2023, Kent spent £4.5m": the subject of the level, never
// of another place's value set beside it. Before (hostile check 64),
// "(England: £310m)" was keyed "kent spent", as Kent's £4.5m was. A name
// opening the sentence ("Schools spent") may be any noun, and an acronym
// ("CAMHS saw") a service: both stay.
func (s *sentence) withoutLocalSubject(m string) string {
	if l := s.openingLabelInMeasure(m); l != nil {
		m = m[l[1]:] // "Kent: 64% …, compared with 71% in England"
	}
	if b := localBodySubjectRe.FindStringIndex(m); b != nil && b[1] < len(m) {
		// "council spent" of "The council spent £4.5m (England:
		// £310m)": England's is no council's spending (hostile check 65:
		// both keyed "=la spent").
		return m[b[1]:]
	}
	sm := localSubjectRe.FindStringSubmatchIndex(m)
	if sm == nil {
		return m
	}
	name := m[sm[2]:sm[3]]
	r, n := utf8.DecodeRuneInString(name)
	written := string(unicode.ToUpper(r)) + name[n:]
	k := strings.Index(s.text, written)
	if k < 0 || !startsProperName(s.text[k:]) || groupOwnerRe.MatchString(strings.Fields(name)[0]) {
		return m
	}
	if pre := strings.TrimRight(s.text[:k], " "); (pre == "" || strings.HasSuffix(pre, ".")) && !openingPlaceName(written, m[sm[3]:]) {
		return m
	}
	return strings.TrimSpace(m[sm[3]:])
}

// actorVerbRe opens what follows a subject that acts as a place or a
// body does: "spent", "received", "saw", never "was" or "rose" ("Uptake
// was", "Demand rose": a measure's noun).
var actorVerbRe = lazyre.New(`^\s*(?:spent|received|saw|had|recorded|reported|employed|allocated|invested|paid|commissioned|funded|budgeted|delivered|treated|assessed|referred|vaccinated|immunised)\b`)

// openingPlaceName reports a name opening a sentence that is read as a
// place's, "Kent spent £4.5m …, compared with £3.9m in Surrey": a place
// the place list knows, or a single capitalised word that is no plural
// ("Schools", "Parents") and no word of a part or kind (notPlaceLabels),
// acting (actorVerbRe) in rest, the words after it. Before (hostile
// check 65), Surrey's £3.9m and England's £310m were keyed "kent spent",
// as Kent's own sum.
func openingPlaceName(name, rest string) bool {
	if wholePlace(name) {
		return true
	}
	return !strings.ContainsAny(name, " ") && !strings.HasSuffix(name, "s") && !notPlaceLabels[name] && properNameLabelRe.MatchString(name) && actorVerbRe.MatchString(rest)
}

// startsProperName reports text opening with a capital and then a small
// letter, as a place's name is written ("Kent"), not an acronym.
func startsProperName(text string) bool {
	r, n := utf8.DecodeRuneInString(text)
	r2, _ := utf8.DecodeRuneInString(text[n:])
	return unicode.IsUpper(r) && unicode.IsLower(r2)
}

// comparatorLabel reports offset k inside a comparator bracket: a place
// named there, "(England: 71%)", is its value's, never the place of the
// figure the bracket is set beside (hostile check 63: the 64% of
// children in Kent was England's).
func (s *sentence) comparatorLabel(k int) bool {
	_, ok := s.comparatorAround(k)
	return ok
}

// pastOwnBracket is where a compared value's own bracket of another
// time's values closes, when one opens at end, after the value's place:
// "compared with 71% in England (2022: 74%) and 58% in Medway" reads on
// past "(2022: 74%)", which is England's (describeComparators), so the
// 71% and the 58% are compared values of the level's year, each of its
// own place. Else end. Before (hostile check 68), both were undated and
// the 58% was of "children in Kent", measured "in Medway".
func (s *sentence) pastOwnBracket(end int) int {
	k := end
	for k < len(s.text) && s.text[k] == ' ' {
		k++
	}
	if k == len(s.text) || s.text[k] != '(' && s.text[k] != '[' {
		return end
	}
	cs, ok := s.comparatorAround(k + 1)
	if !ok || cs[0].Open != k || !periodBracket(cs) {
		return end
	}
	return cs[0].Close + 1
}

// periodBracket reports every part of a comparator bracket a value of
// another time, "(2022: 74%)", "(previous year: 1,150; 2021: 1,010)":
// the one test of a value's own bracket of earlier values, read past by
// the list and compared-value readers alike.
func periodBracket(cs []Comparator) bool {
	for _, c := range cs {
		if c.Kind != ComparatorPeriod && c.Kind != ComparatorEarlier {
			return false
		}
	}
	return len(cs) > 0
}

// pastOwnBracketOpen is where a comparator bracket of other times' values
// (periodBracket) opens between end and stop, or stop: the time it names
// is its values'.
func (s *sentence) pastOwnBracketOpen(end, stop int) int {
	for _, cs := range s.comparatorSpans() {
		o := cs[0].Open
		if o >= stop {
			break
		}
		if o >= end && periodBracket(cs) {
			return o
		}
	}
	return stop
}

// gapPastOwnBracket is the text from a to b without a bracket of other
// times' values set in it, " in England (2022: 69%) and " read as " in
// England and ": the values listed around it are read as if it were not
// there (hostile check 68: the 58% after it was of "children in Kent").
func (s *sentence) gapPastOwnBracket(a, b int) string {
	o := s.pastOwnBracketOpen(a, b)
	if o >= b {
		return s.text[a:b]
	}
	k := o
	for k > a && s.text[k-1] == ' ' {
		k--
	}
	if c := s.pastOwnBracket(k); c > k && c <= b {
		return s.text[a:k] + s.text[c:b]
	}
	return s.text[a:b]
}
