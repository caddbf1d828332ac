package measure

// The labels of a group's value set in brackets beside a level of the
// people it counts (comparatorGroupRe, ComparatorGroup), as pieces of one
// pattern read without regard to case.
const (
	// groupAgeNumber is an age bound's number, in digits or words.
	groupAgeNumber = `(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)`
	// groupAgeBand is an age band after "aged": "5 to 11", "12-17",
	// "under 5", "16+", "16 and over", "5".
	groupAgeBand = `(?:\d{1,2}\s*(?:to|-|–)\s*\d{1,2}|(?:under|below|over)\s+\d{1,2}|\d{1,3}\s*\+|\d{1,2}\s+(?:and|or)\s+(?:over|above|older|under|younger)|\d{1,2})`
	// groupAgedExpr is an age band a group is named by after a word of
	// people, or alone: "aged 5 to 11", "ages 0-4", "aged under 18
	// months", "under 5", "under five"; "under 2 years" only after
	// "aged" (alone it may be a wait).
	groupAgedExpr = `(?:aged?|ages)\s+` + groupAgeBand + `(?:\s+(?:years?(?:\s+old)?|months))?|(?:under|below)\s+` + groupAgeNumber
	// groupAgeExpr is a group named by its age alone: groupAgedExpr,
	// "under-fives", "under-5s", "under 5s", "under 5's", "5 to 11 year
	// olds", "11-year-olds".
	groupAgeExpr = groupAgedExpr + `|under[- ]?\d{1,2}['’]?s|under[- ](?:ones|twos|threes|fours|fives|sevens|eights|nines|tens|elevens|twelves|eighteens)|\d{1,2}\s*(?:to|-|–)\s*\d{1,2}[- ]years?[- ]olds?|\d{1,2}[- ]years?[- ]olds?`
	// groupNeedExpr is a need or status written short, perhaps negated
	// or with its eligibility: "SEND", "SEN support", "EHCP", "EHC plan",
	// "FSM", "non-FSM", "FSM-eligible", "no SEN", "disadvantaged".
	// A status of children's social care or an identity written short
	// too: "CP", "CPP", "UASC", "NEET", "LGBTQ+".
	groupNeedExpr = `(?:non[- ]?|no\s+|not\s+)?(?:send|sen(?:\s+support)?|ehcps?|ehc\s+plans?|lac|cla|cin|cp|cpp|uasc|neet|lgbt(?:q|qi|qia)?\+?|fsm|eal|pupil\s+premium|disadvantaged)(?:[- ]eligible)?`
	// groupStatusExpr is a need or status in words: "with an EHCP",
	// "on SEN support", "in care", "eligible for free school meals",
	// "English as an additional language", "Welsh-speaking": a language's
	// name there is no place.
	groupStatusExpr = `(?:with|without)\s+(?:an?\s+)?(?:send|sen(?:\s+support)?|ehcps?|ehc\s+plans?|disabilit(?:y|ies)|special\s+educational\s+needs(?:\s+and\s+disabilit(?:y|ies))?)` +
		`|on\s+(?:sen\s+support|a\s+child\s+protection\s+plan|child\s+protection\s+plans)|in\s+care|looked\s+after|leaving\s+care` +
		`|(?:not\s+)?eligible\s+for\s+(?:fsm|free\s+school\s+meals|pupil\s+premium)|english\s+as\s+an?\s+additional\s+language|(?:welsh|english|gaelic)[- ]speak(?:ing|ers)|welsh[- ]medium|first\s+language\s+(?:other\s+than\s+english|not\s+english|english)`
	// groupPeopleExpr is a few words before a people word ("looked-after
	// children", "boys", "young carers"), perhaps with their need,
	// status or age after it ("children in care", "pupils with an EHCP",
	// "children aged 5 to 11").
	groupPeopleExpr = `(?:[\p{L}-]+\s+){0,3}(?:` + moneyPeopleWords + `|males?|females?|men|women|care\s+leavers|looked[- ]after)(?:\s+(?:` + groupStatusExpr + `|` + groupAgedExpr + `))?`
	// groupSchoolExpr is a school year or years, or a key stage: "Year
	// 6", "Yr 6", "Y6", "Year R", "Years 7-11", "Years 10 and 11", "KS2".
	groupSchoolExpr = `(?:school\s+)?(?:years?|yrs?\.?|y)\s*(?:\d{1,2}|r)(?:\s*(?:-|–|to|and|&)\s*(?:\d{1,2}|r))?|reception|key\s+stage\s+\d(?:\s*(?:-|–|to|and|&)\s*\d)?|ks\d`
	// groupDeprivationExpr is a deprivation band: "most deprived
	// quintile", "IMD decile 1".
	groupDeprivationExpr = `(?:the\s+)?(?:most|least|more|less)\s+deprived(?:\s+(?:quintile|decile|areas?|fifth|tenth|\d{1,2}%))?|(?:imd\s+)?(?:quintile|decile)\s+\d{1,2}`
	// groupEthnicExpr is an ethnic group, its words joined by spaces, a
	// slash or commas: "White British", "Asian or Asian British", "Irish
	// Traveller", "Traveller of Irish heritage", "Gypsy/Roma", "Gypsy,
	// Roma and Traveller", "Any other ethnic group".
	groupEthnicExpr = `(?:white|black|asian|(?:south|east)\s+asian|mixed|chinese|arab|gypsy|roma|romany|bangladeshi|pakistani|indian|irish\s+travell?ers?|travell?ers?(?:\s+of\s+irish\s+heritage)?|grt|(?:any\s+)?other\s+(?:ethnic\s+(?:groups?|backgrounds?)|(?:white|black|asian|mixed)(?:\s+backgrounds?)?))` +
		`(?:(?:\s+|\s*/\s*|,\s+)(?:or\s+|and\s+)?(?:white|black|asian|mixed|british|caribbean|african|irish|other|chinese|indian|pakistani|bangladeshi|gypsy|roma|travell?ers?|any\s+other|[a-z]+\s+background|ethnic\s+groups?))*` +
		`|bame|bme|(?:black\s+and\s+)?minority\s+ethnic(?:\s+groups?)?`
	// groupLabelExpr is every label naming a group.
	// "Those with SEND", "those aged 5 to 11": the level's people of
	// that need or age (hostile check 67).
	groupLabelExpr = groupPeopleExpr + `|males?|females?|those\s+(?:` + groupStatusExpr + `|` + groupAgedExpr + `)|` + groupNeedExpr + `|` + groupStatusExpr + `|` + groupSchoolExpr + `|` + groupDeprivationExpr + `|` + groupEthnicExpr + `|` + groupAgeExpr
)

// comparatorPartKind is the kind of a bracket's part "LABEL: VALUE" by
// its label alone, ComparatorNone where it is no such part.
func comparatorPartKind(part string) ComparatorKind {
	m := comparatorPartRe.FindStringSubmatch(part)
	if m == nil {
		return ComparatorNone
	}
	return comparatorLabelKind(m[1])
}

// withGroupAge is a level's people a group's label is set beside,
// without the level's age band where the label names one of its own:
// "children in Kent" of "children aged 0 to 17 in Kent" beside "(aged 5
// to 11: 70%)", so the group's value is keyed by its own band, never the
// level's (ageBand reads the first band it finds).
func withGroupAge(label, people string) string {
	if _, age := ageBand(label); age == "" {
		return people
	}
	if rest, age := ageBand(people); age != "" {
		return squeeze(rest)
	}
	return people
}
