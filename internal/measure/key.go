package measure

import (
	"cmp"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/cypx/cypx/internal/evidence"
)

// Key is a figure's record normalised for comparison: its unit, the terms
// of its population and age band, and the terms of its measure. Two
// figures are of one measure when their keys Match.
type Key struct {
	// Unit is the figure's unit, and "change:" before it for a change
	// ("up 8%" is not a level of 8%).
	Unit string
	// Pop are the population's terms, generic words left out ("children
	// with an EHCP" → [=ehcp]); Age is its age band ("8-16", "under 18").
	Pop []string
	Age string
	// Terms are the measure's terms, sorted: thesaurus heads, stems,
	// "not" for a negation and numbers as digits.
	Terms []string
	// Req are the terms of Terms a table row's label adds to its column's
	// measure ("Speech and language therapy" under "Service"), sorted: a
	// key without them is of another measure (the row's total, or another
	// service), however many other terms the two share.
	Req []string
}

// IsZero reports a key with nothing to compare.
func (k Key) IsZero() bool { return len(k.Terms) == 0 && len(k.Pop) == 0 }

// String writes the key as records carry it: "unit|pop|age|terms".
func (k Key) String() string {
	if k.IsZero() {
		return ""
	}
	n := len(k.Unit) + len(k.Age) + 3
	for _, t := range k.Pop {
		n += len(t) + 1
	}
	for _, t := range k.Terms {
		n += len(t) + 1
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteString(k.Unit)
	b.WriteByte('|')
	for i, t := range k.Pop {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t)
	}
	b.WriteByte('|')
	b.WriteString(k.Age)
	b.WriteByte('|')
	for i, t := range k.Terms {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t)
	}
	for _, t := range k.Req {
		b.WriteString(" +")
		b.WriteString(t)
	}
	return b.String()
}

// ParseKey reads what String wrote.
func ParseKey(s string) Key {
	parts := strings.SplitN(s, "|", 4)
	if len(parts) != 4 {
		return Key{}
	}
	k := Key{Unit: parts[0], Pop: strings.Fields(parts[1]), Age: parts[2], Terms: strings.Fields(parts[3])}
	if strings.Contains(parts[3], "+") {
		terms := k.Terms[:0]
		for _, t := range k.Terms {
			if r, ok := strings.CutPrefix(t, "+"); ok && r != "" {
				k.Req = append(k.Req, r)
			} else {
				terms = append(terms, t)
			}
		}
		k.Terms = terms
	}
	return k
}

// KeyOf normalises a figure's record with a vocabulary (nil: stems only).
// A figure with no measure and no population has the zero key.
func KeyOf(f evidence.Figure, v *Vocabulary) Key {
	_, k := keyOf(f, v, nil)
	return k
}

// keyString is the key as records carry it, with memory for words the
// caller reuses (returned grown). req is what a table row's label adds
// to its measure (Key.Req), or "".
func keyString(f evidence.Figure, req string, v *Vocabulary, scratch []token) ([]token, string) {
	scratch, k := keyOf(f, v, scratch)
	if req != "" && !k.IsZero() {
		scratch = tokenizeInto(scratch[:0], req)
		for _, t := range uniqueSorted(v.terms(pointsTokens(numberWords(yearTokens(scratch))), dropFromMeasure)) {
			if containsString(k.Terms, t) {
				k.Req = append(k.Req, t)
			}
		}
	}
	return scratch, k.String()
}

// keyOf is KeyOf with memory for words, which a caller may reuse.
func keyOf(f evidence.Figure, v *Vocabulary, scratch []token) ([]token, Key) {
	if f.Measure == "" && f.Population == "" || f.Role == evidence.RoleBase {
		return scratch, Key{}
	}
	k := Key{Unit: string(f.Unit)}
	if f.Unit == evidence.UnitGBP && perPerson(f.Measure) {
		// "Spend per child (£)", "£120 per pupil": money per person is a
		// measure of its own, as a rate per 1,000 is, never the total
		// "Spending (£m)" gives; the two were one key, £120 and £45.2m a
		// disagreement (hostile check 55).
		k.Unit = perPersonUnit
	}
	if f.Role == evidence.RoleChange {
		k.Unit = "change:" + k.Unit
	}
	popText, age := ageBand(f.Population)
	// "Spending (£000s) was": the money note says how the value is
	// given, not what it measures (withoutMoneyNote), as in a header;
	// "000s" was a term of its key, and one of "(£'000)" a number of 0
	// (hostile check 58).
	mText := withoutMoneyNote(f.Measure)
	if hasPer(mText) {
		// A rate's base is what its value is scaled by (RateBase), not
		// what it measures: "admissions per 1,000 pupils" and "per
		// 100,000 pupils" are one measure, compared as shares of one.
		mText = rateBaseRe.ReplaceAllString(mText, "per")
	}
	if k.Unit == perPersonUnit {
		// "per head", "per capita" and "per person" say only that the
		// money is per person, as the key's unit now does.
		mText = perAnyoneRe.ReplaceAllString(mText, "per")
	}
	mText, age2 := ageBand(mText)
	if age == "" {
		age = age2
	}
	k.Age = age
	scratch = tokenizeInto(scratch[:0], popText)
	k.Pop = uniqueSorted(v.terms(pointsTokens(yearTokens(scratch)), dropFromPopulation))
	bracketed := strings.HasSuffix(f.Population, ")")
	if bracketed && wholeGroupRe.MatchString(f.Population) {
		// "children in Kent (Total)" of "(Total: 61%)": the whole the
		// level is a part of, though "total" is a hedge word no key
		// holds; keyed as the level was, the two were one measure of
		// one year that disagreed (hostile check 66).
		k.Pop = uniqueSorted(append(k.Pop, "=total"))
	}
	if m := groupPartRe.FindStringSubmatch(f.Population); bracketed && m != nil {
		// "children in Surrey (Routine)" of "(Routine: 61%)": a part of
		// the level, never the level itself nor another part, however
		// many terms the keys share; its label's terms are required of
		// any key it matches (hostile check 66: the routine 61% and the
		// children's 58% "disagreed" in `cypx figures`).
		rest, _ := ageBand(m[1])
		req := v.terms(pointsTokens(yearTokens(tokenizeInto(nil, rest))), dropFromPopulation)
		if wholeGroupRe.MatchString(f.Population) {
			req = append(req, "=total")
		}
		k.Req = uniqueSorted(append(k.Req, req...))
	}
	scratch = tokenizeInto(scratch[:0], mText)
	k.Terms = uniqueSorted(v.terms(pointsTokens(numberWords(yearTokens(scratch))), dropFromMeasure))
	if perPlaceWordRe.MatchString(mText) {
		// "The cost per place was 45 (£000s)": the place the money is
		// per is what it measures, though "place" is a hedge word ("took
		// place") left out of keys; keyed "cost" alone, it was compared
		// with every total cost (hostile check 59).
		k.Terms = uniqueSorted(append(k.Terms, "place"))
	}
	if f.Role == evidence.RoleChange {
		// A change is compared by its signed value: "cut by 24%" and
		// "rose by 24%" are one measure saying opposite things.
		k.Terms = without(k.Terms, "increas", "decreas")
	}
	return scratch, k
}

// shortYear reads a school year written short in one word, "y6" or
// "yr10", giving its number: a comparison, not a regular expression, as
// keyOf runs on every token of every figure's words.
func shortYear(w string) (string, bool) {
	n := strings.TrimPrefix(w, "yr")
	if n == w {
		n = strings.TrimPrefix(w, "y")
	}
	if n == w || len(n) == 0 || len(n) > 2 {
		return "", false
	}
	for i := 0; i < len(n); i++ {
		if n[i] < '0' || n[i] > '9' {
			return "", false
		}
	}
	return n, true
}

// wholeGroupRe ends a population with the label of a bracket's whole,
// "(Total)", "(Overall)", "(All)" (groupOf).
var wholeGroupRe = regexp.MustCompile(`(?i)\((?:totals?|overall|all|combined)\)$`)

// groupPartRe ends a population with the label of a part or group set
// in brackets beside its level (groupOf): group 1 the label.
var groupPartRe = regexp.MustCompile(`\(([^()]+)\)$`)

// perPlaceWordRe is money or a count given per place: "cost per place",
// "per school place".
var perPlaceWordRe = regexp.MustCompile(`(?i)\bper\s+(?:[a-z-]+\s+)?places?\b`)

// perPersonUnit is the unit of a key of money per person.
const perPersonUnit = "gbp/head"

// perPersonRe is a measure of money given per person: "spend per
// child", "per head", "per capita", "per pupil", "per young person".
var perPersonRe = regexp.MustCompile(`(?i)\bper\s+(?:head|capita|person|child|pupil|student|learner|patient|resident|family|household|young\s+person|baby|infant|adult|case)\b`)

// perPlaceRe is a place or unit money may be given per that a person's
// word can open: "per family hub", "per child place", "per patient bed".
// Money per hub, school, practice or bed is no money per person
// (hostile check 57: "£150,000 per family hub" was keyed gbp/head).
var perPlaceRe = regexp.MustCompile(`(?i)^\s+(?:hubs?|centres?|centers?|schools?|practices?|beds?|places?|homes?|units?|services?|settings?|nurser(?:y|ies)|sites?|clinics?|teams?|wards?|providers?|workers?|groups?|visits?|sessions?)\b`)

// perPerson reports whether measure gives money per person: "spend per
// child", "per head", "per pupil", "per family" (a family is one
// household, as "per household" is), but not "per family hub" or "per
// school" (perPlaceRe).
func perPerson(measure string) bool {
	for _, m := range perPersonRe.FindAllStringIndex(measure, -1) {
		if !perPlaceRe.MatchString(measure[m[1]:]) {
			return true
		}
	}
	return false
}

// perAnyoneRe is money's base of any one person: "per head", "per
// capita", "per person".
var perAnyoneRe = regexp.MustCompile(`(?i)\bper\s+(?:head|capita|person)\b`)

// without drops the given terms.
func without(terms []string, drop ...string) []string {
	out := terms[:0:0]
	for _, t := range terms {
		if !containsString(drop, t) {
			out = append(out, t)
		}
	}
	return out
}

func containsString(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func uniqueSorted(xs []string) []string {
	sort.Strings(xs)
	out := xs[:0]
	for i, x := range xs {
		if x == "" || i > 0 && x == xs[i-1] {
			continue
		}
		out = append(out, x)
	}
	return out
}

var smallNumbers = map[string]string{"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
	"seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "eighteen": "18",
	"twenty": "20", "thirty": "30", "fifty": "50"}

// numberWords turns number words into digits and keeps numbers as terms:
// "within four weeks", "within 4 weeks" and "the 4-week limit" are one
// measure, "within 18 weeks" another.
func numberWords(toks []token) []token {
	out := toks
	for i, t := range toks {
		if n, unit, ok := strings.Cut(t.lower, "-"); ok && isNumber(n) && unit != "" && !isNumber(unit) {
			// rare: copy the rest with the word split in two
			out = append(toks[:i:i], toks[i:]...)
			out[i].lower = n
			t.lower = unit
			out = append(out[:i+1], append([]token{t}, out[i+1:]...)...)
			return numberWords(out)
		}
	}
	for i := range out {
		if d, ok := smallNumbers[out[i].lower]; ok {
			out[i].lower = "#" + d
		} else if isNumber(out[i].lower) {
			out[i].lower = "#" + strings.ReplaceAll(out[i].lower, ",", "")
		}
	}
	for i := range out {
		if strings.HasPrefix(out[i].lower, "#") {
			out[i].lower = limitTerm(out, i)
		}
	}
	return out
}

// timeUnitCodes are the units of a time limit, as its number's term ends
// in them.
var timeUnitCodes = map[string]string{"hour": "h", "hours": "h", "day": "d", "days": "d", "week": "w", "weeks": "w",
	"month": "m", "months": "m", "year": "y", "years": "y"}

// limitTerm is the term of the number at toks[i]: "#12", with the unit of
// time after it ("#12w" of "12 weeks") and "<" where the number is a limit
// from below ("#<12w" of "within 12 weeks", "less than 12 weeks", "up to
// 12 weeks", "12 weeks or less"). A share waiting more than 12 weeks, one
// seen within 12 weeks and one waiting more than 12 months are three
// measures; the numbers alone made them one, and a story's "less than 12
// weeks" was cited to the report that said "more than" (hostile check 70,
// G15).
func limitTerm(toks []token, i int) string {
	n := strings.TrimPrefix(toks[i].lower, "#")
	unit := ""
	if i+1 < len(toks) {
		unit = timeUnitCodes[toks[i+1].lower]
	}
	before := func(words ...string) bool {
		if i < len(words) {
			return false
		}
		for k, w := range words {
			if toks[i-len(words)+k].lower != w {
				return false
			}
		}
		return true
	}
	below := before("within") || before("under") || before("below") || before("up", "to") ||
		before("less", "than") || before("fewer", "than") || before("shorter", "than") || before("no", "more", "than") || before("no", "longer", "than")
	if j := i + 1; unit != "" && j+2 < len(toks) && toks[j+1].lower == "or" && (toks[j+2].lower == "less" || toks[j+2].lower == "fewer" || toks[j+2].lower == "under") {
		below = true
	}
	if below {
		return "#<" + n + unit
	}
	return "#" + n + unit
}

// yearTokens joins a school year and its number: "Year 6" is one group,
// "Year 10" another. Written short or as a span, a school year keeps its
// number too: "Yr 6" and "Y6" are "Year 6", "Years 7-11" is "year7-11",
// and "Year R" is Reception (hostile check 66: "(Years 7-11: 45%)" and
// "(Year R: 45%)" were one key, "year", the number dropped).
func yearTokens(toks []token) []token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		if n, ok := shortYear(toks[i].lower); ok {
			t := toks[i]
			t.lower = "year" + n
			out = append(out, t)
			continue
		}
		if yearWords[toks[i].lower] && i+1 < len(toks) && (toks[i+1].lower == "r" || yearSpanRe.MatchString(toks[i+1].lower)) {
			t := toks[i]
			t.lower = "year" + toks[i+1].lower
			if toks[i+1].lower == "r" {
				t.lower = "reception"
			}
			out = append(out, t)
			i++
			continue
		}
		if (yearWords[toks[i].lower] || toks[i].lower == "stage" || toks[i].lower == "tier") && i+1 < len(toks) && isNumber(toks[i+1].lower) && len(toks[i+1].lower) <= 2 {
			// "Tier 4" is a tier of a service as "Year 6" is a year
			// group: "(Tier 3: 40)" and "(Tier 4: 12)" are two.
			t := toks[i]
			school := yearWords[t.lower]
			if school {
				t.lower = "year"
			}
			t.lower += toks[i+1].lower
			i++
			if school && i+2 < len(toks) && (toks[i+1].lower == "and" || toks[i+1].lower == "to") && isNumber(toks[i+2].lower) && len(toks[i+2].lower) <= 2 {
				// "Years 10 and 11": both years, one group.
				t.lower += "-" + toks[i+2].lower
				i += 2
			}
			out = append(out, t)
			continue
		}
		out = append(out, toks[i])
	}
	return out
}

var (
	// yearSpanRe is a span of school years after "Years", "7-11".
	yearSpanRe = regexp.MustCompile(`^\d{1,2}[-–]\d{1,2}$`)
	// yearWords are the words a school year's number may follow, "Yr 6",
	// "Years 7-11".
	yearWords = setOf(`year years yr yrs y`)
)

// gluedPointsRe is a word of a number with percentage points
// abbreviated after it: "3pp", "12ppts", "2.5ppt", "B-3pp".
var gluedPointsRe = regexp.MustCompile(`^(?:\S*-)?\d+(?:\.\d+)?(?:pp|ppts?)$`)

// pointsTokens drops percentage points abbreviated from a measure's or
// a population's words: a number glued to them ("3pp", "12ppts", "6pp"
// of "4-6pp"), and "pp", "ppt" or "ppts" in lower case, which are points,
// pages ("see pp 4-6") or per person ("£25pp"), never a term of what is
// measured. Before (hostile check 54) "3pp" stayed in keys where the
// figure was not read ("percent|||3pp coverag"). "PP" in capitals is the
// pupil premium ("12 PP pupils", "PP pupils") and is kept.
func pointsTokens(toks []token) []token {
	out := toks[:0]
	for _, t := range toks {
		w := t.lower
		if gluedPointsRe.MatchString(w) || (w == "pp" || w == "ppt" || w == "ppts") && t.text != strings.ToUpper(t.text) {
			continue
		}
		out = append(out, t)
	}
	return out
}

var ageRes = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\b(?:aged|ages|age)\s+(\d{1,2})\s*(?:to|-|–)\s*(\d{1,2})\b`),
	regexp.MustCompile(`(?i)\b(\d{1,2})\s*(?:to|-|–)\s*(\d{1,2})[- ]years?[- ]olds?\b`),
	regexp.MustCompile(`(?i)\b(?:aged\s+)?(?:under|below)[- ](\d{1,2})s?\b()`),
	regexp.MustCompile(`(?i)\baged\s+(\d{1,2})\s+(?:and|or)\s+(?:over|above|older)\b()`),
	regexp.MustCompile(`(?i)\b(?:aged\s+)?(\d{1,2})\s*\+()`),
	// "aged 100+": three digits before a plus are an age only after
	// "aged" ("100+ schools" is at least 100).
	regexp.MustCompile(`(?i)\baged\s+(\d{3})\s*\+()`),
	// One age: "5 year olds", "5-year-olds", "aged 5", "aged 5 years".
	// Tried last, so a band or a bound above reads first.
	regexp.MustCompile(`(?i)\b(?:aged\s+)?(\d{1,2})[- ]years?[- ]olds?\b()`),
	regexp.MustCompile(`(?i)\b(?:aged|age)\s+(\d{1,2})(?:\s+years?(?:\s+old)?)?\b()`),
}

// openAgeRe follows a single age that is the end of a band the patterns
// above do not read ("aged 5 and under", "aged 11+"): no one age is named.
var openAgeRe = regexp.MustCompile(`(?i)^\s*(?:\+|(?:and|or|to|-|–)\b|(?:-|–)\s*\d)`)

// underWordsRe is a bound of age in words: "under five", "aged under
// two", "under-fives". Group 1 the number.
var underWordsRe = regexp.MustCompile(`(?i)\b(?:aged\s+)?(?:under|below)[- ](two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)s?\b`)

// notAgeAfterRe follows a number that counts no years of age: "under
// five minutes", "below two per cent".
var notAgeAfterRe = regexp.MustCompile(`(?i)^[- ]+(?:minutes?|mins?|hours?|days?|weeks?|months?|miles?|per|pounds?|percent|times|points?|%)\b`)

// underIsAge reports a bound "under N" at s[start:end] (in words or
// digits) an age: "under N" is an age only of people. A time after it
// ("under five minutes", "under 18 weeks") makes it a wait; "years" after
// it is an age only after "aged" or a word of people ("children under two
// years"), never after a verb ("waited under two years", hostile check
// 64: the wait keyed as the under-twos).
func underIsAge(s string, start, end int) bool {
	if notAgeAfterRe.MatchString(s[end:]) {
		return false
	}
	if !yearsAfterRe.MatchString(s[end:]) || strings.HasPrefix(strings.ToLower(s[start:end]), "aged") {
		return true
	}
	return agePeopleBeforeRe.MatchString(s[:start])
}

// monthsAgeRe is an age bound in months after "aged": "aged under 18
// months". Group 1 the number.
var monthsAgeRe = regexp.MustCompile(`(?i)\baged\s+(?:under|below)\s+(\d{1,2})\s+months\b`)

// yearsAfterRe follows a bound counted in years: "under two years".
var yearsAfterRe = regexp.MustCompile(`(?i)^[- ]+years?\b`)

// agePeopleBeforeRe ends the words before a bound that is people's age:
// "children under two years", "babies under 2 years old".
var agePeopleBeforeRe = regexp.MustCompile(`(?i)(?:^|\b(?:children|child|kids|babies|infants|toddlers|pupils|people|persons|girls|boys|those|learners|students|patients|residents|population)[ ,]*)\s*$`)

// ageBand finds an age band in a phrase and returns the phrase without it.
// A bound in words is the bound in digits: "children under five" are of
// "under 5" as "children under 5" are, so a ratio "to every 500 children
// under five" keeps its group in its key as one "for every 2,500 children
// aged under five" does (hostile check 63: the first kept none).
func ageBand(s string) (string, string) {
	if strings.IndexAny(s, "0123456789") < 0 {
		return ageInWords(s)
	}
	if m := monthsAgeRe.FindStringSubmatchIndex(s); m != nil {
		// "children aged under 18 months": an age in months, only after
		// "aged" (hostile check 64: "age month" words of the group).
		return s[:m[0]] + " " + s[m[1]:], "under " + s[m[2]:m[3]] + " months"
	}
	for i, re := range ageRes {
		m := re.FindStringSubmatchIndex(s)
		if m == nil {
			continue
		}
		a := s[m[2]:m[3]]
		var band string
		switch i {
		case 0, 1:
			band = a + "-" + s[m[4]:m[5]]
		case 2:
			if !underIsAge(s, m[0], m[1]) {
				continue
			}
			band = "under " + a
		case 3, 4, 5:
			band = a + "+"
		default:
			// An age alone is the group: 3 year olds and 5 year olds are
			// two groups, which dropping the number as any other made one.
			if openAgeRe.MatchString(s[m[1]:]) {
				continue
			}
			band = a
		}
		return s[:m[0]] + " " + s[m[1]:], band
	}
	return ageInWords(s)
}

// ageInWords is ageBand for a bound written in words (underWordsRe).
func ageInWords(s string) (string, string) {
	if !strings.Contains(s, "nder") && !strings.Contains(s, "elow") && !strings.Contains(s, "NDER") && !strings.Contains(s, "ELOW") {
		return s, ""
	}
	m := underWordsRe.FindStringSubmatchIndex(s)
	if m == nil || !underIsAge(s, m[0], m[1]) {
		return s, ""
	}
	return s[:m[0]] + " " + s[m[1]:], "under " + smallNumbers[strings.ToLower(s[m[2]:m[3]])]
}

// Related says how two figures' sources stand to each other, which decides
// how much of a record may be missing for them to be compared.
type Related int

const (
	// Unrelated sources: each record must say what it measures and of whom.
	Unrelated Related = iota
	// SameStudy: one source reports the other's figures (coverage of a
	// report, a citation of a body's own report, parts of one report): a
	// figure "of respondents" there is of the other's respondents.
	SameStudy
)

// Match reports whether two keys are of one measure: the same unit and
// age band; populations that do not conflict; and measures whose terms
// mostly agree, with the same polarity. A population one record leaves
// unsaid ("90% said ...") is taken to be the other's only within one study.
func Match(a, b Key, rel Related) bool { return matchAt(a, b, rel, matchSimilarity) }

// matchAt is Match with the least Similarity the two keys must have.
func matchAt(a, b Key, rel Related, least float64) bool {
	if a.IsZero() || b.IsZero() || a.Unit != b.Unit || a.Age != b.Age {
		return false
	}
	if hasNot(a.Terms) != hasNot(b.Terms) || empty(a) || empty(b) || opposed(a, b) || !holds(b, a.Req) || !holds(a, b.Req) {
		return false
	}
	if !sameNumbers(a.Terms, b.Terms) {
		return false
	}
	switch {
	case len(a.Pop) > 0 && len(b.Pop) > 0:
		if n := overlap(a.Pop, b.Pop); n == 0 || partOf(a, b, n) {
			return false
		}
	case len(a.Pop) > 0 || len(b.Pop) > 0:
		// One names its group, the other does not: the same group only
		// when it is the same study, or the group's words are in the
		// other's measure ("ICBs' plans" and "of plans by ICBs").
		named, other := a, b
		if len(b.Pop) > 0 {
			named, other = b, a
		}
		if rel != SameStudy && overlap(named.Pop, other.Terms) < len(named.Pop) {
			return false
		}
		for _, t := range named.Pop {
			// "28% of girls" in a story of a report's "28% of children":
			// one half of a pair (girls, boys; primary, secondary) is a
			// part of the group, in one study or two (hostile check 70,
			// G15).
			if oppositeTerms[t] && overlap([]string{t}, other.Terms) == 0 {
				return false
			}
		}
	}
	return Similarity(a, b) >= least
}

// partOf reports two keys' populations, shared of whose terms they have
// in common, one of which holds every term of the other and more: the more
// name a part of the other's group ("boys in Kent", "boy kent", of
// "children in Kent", "kent"; "looked after children in Kent" of it), and
// a part is never the whole. Before (hostile check 67) the boys' 800 of
// "1,400 children in Kent were referred to CAMHS (boys: 800, girls: 600)"
// matched another source's 1,400 children in Kent, and `cypx figures`
// called the two a disagreement.
//
// A term the more hold that a measure holds too names no part: "Referrals
// in the North" (population "north referr") of a table row measuring
// "referrals" is the North's referrals, as "North" under "Region" is.
func partOf(a, b Key, shared int) bool {
	if len(a.Pop) == len(b.Pop) || shared != min(len(a.Pop), len(b.Pop)) {
		return false
	}
	more := a.Pop
	if len(b.Pop) > len(a.Pop) {
		more = b.Pop
	}
	for _, t := range more {
		if overlap([]string{t}, a.Pop) == 1 && overlap([]string{t}, b.Pop) == 1 {
			continue // shared
		}
		if overlap([]string{t}, a.Terms) == 0 && overlap([]string{t}, b.Terms) == 0 {
			return true
		}
	}
	return false
}

// sameNumbers reports two measures' terms holding the same numbers (the
// "#18" of "seen within 18 weeks", numberWords): a number in a measure is
// part of what it measures — a wait's threshold, a dose, a count of
// times — so "seen within 18 weeks" and "seen within 4 weeks", or
// "waited more than 18 weeks" and "more than 52 weeks", are two measures
// however many other terms they share, and neither is one that states
// no number. Before (hostile check 67) the number was one term among
// others in Similarity, so "kent #18 seen week" and "kent #4 seen week"
// shared three of five terms (0.6, enough), and `cypx figures seen` set
// Kent's 64% within 18 weeks as a 4-week value that disagreed, and a
// pack's note cited it under the other.
func sameNumbers(a, b []string) bool {
	i, j := nextNumber(a, 0), nextNumber(b, 0)
	for i < len(a) && j < len(b) {
		if a[i] != b[j] {
			return false
		}
		i, j = nextNumber(a, i+1), nextNumber(b, j+1)
	}
	return i == len(a) && j == len(b)
}

// nextNumber is the index of the first number term of terms from i on
// (len(terms) if none): in sorted terms they come first, so it looks no
// further than the first word.
func nextNumber(terms []string, i int) int {
	for ; i < len(terms); i++ {
		if strings.HasPrefix(terms[i], "#") {
			return i
		}
		if terms[i] > "#" {
			return len(terms)
		}
	}
	return i
}

// holds reports a key that has every one of terms, in its measure or its
// population.
func holds(k Key, terms []string) bool {
	for _, t := range terms {
		if overlap([]string{t}, k.Terms) == 0 && overlap([]string{t}, k.Pop) == 0 {
			return false
		}
	}
	return true
}

// Similarity is the share of their terms, population's and measure's
// together, two keys have in common (Jaccard), from 0 to 1; 0 when one
// is negated and the other not, or when they share a single term and
// either has more.
func Similarity(a, b Key) float64 {
	if hasNot(a.Terms) != hasNot(b.Terms) {
		return 0
	}
	var bufA, bufB [32]string // Match runs for every candidate of a comparison table: no garbage
	ta, tb := unionInto(bufA[:0], a.Terms, a.Pop), unionInto(bufB[:0], b.Terms, b.Pop)
	shared := overlap(ta, tb)
	all := len(ta) + len(tb) - shared
	if all == 0 || shared < 2 && !(len(ta) == 1 && len(tb) == 1 && shared == 1) {
		return 0
	}
	return float64(shared) / float64(all)
}

// AllTerms are a key's measure and population terms together, sorted,
// each once: what Similarity compares, read once for a key set against
// thousands (MayMatch).
func AllTerms(k Key) []string { return unionInto(nil, k.Terms, k.Pop) }

// MayMatch reports whether Match may hold for a and b, from their units,
// age bands and terms read once (ta is AllTerms(a), tb AllTerms(b)): it
// is false only where Match is, for want of terms in common (Similarity
// under what Match asks). A figure compared with every statistic of a
// measure thousands of sources' rows state, their keys differing in
// their numbers, is matched whole with those it may match alone.
func MayMatch(a, b Key, ta, tb []string) bool {
	if a.Unit != b.Unit || a.Age != b.Age {
		return false
	}
	return MaySimilar(len(ta), len(tb), SharedSorted(ta, tb))
}

// SharedSorted counts the values two sorted lists of distinct values have
// in common: the terms MayMatch compares, as words or as their numbers.
func SharedSorted[T cmp.Ordered](a, b []T) int {
	shared := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			shared++
			i++
			j++
		}
	}
	return shared
}

// MaySimilar reports whether keys of na and nb terms (AllTerms), shared
// of them in common, are alike enough for Match: MayMatch from the counts.
func MaySimilar(na, nb, shared int) bool {
	all := na + nb - shared
	if all == 0 || shared < 2 && !(na == 1 && nb == 1 && shared == 1) {
		return false
	}
	return float64(shared)/float64(all) >= matchSimilarity
}

// SamePopulation reports two keys of one group: the same terms and age band.
func SamePopulation(a, b Key) bool {
	return a.Age == b.Age && strings.Join(a.Pop, " ") == strings.Join(b.Pop, " ")
}

// matchSimilarity is the least share of their terms two statements of one
// measure have in common (Jaccard), chosen on the development set: the
// paraphrases of one finding there share 0.6 or more, and different
// findings of one survey under 0.5.
const matchSimilarity = 0.6

// empty reports a key that says nothing but a negation ("failed to do so").
func empty(k Key) bool {
	n := len(k.Terms) + len(k.Pop)
	if hasNot(k.Terms) {
		n--
	}
	return n == 0
}

func hasNot(terms []string) bool { return containsString(terms, "not") }

// overlap counts the terms of a that b has; both are sorted.
func overlap(a, b []string) int {
	n := 0
	for _, x := range a {
		if i := sort.SearchStrings(b, x); i < len(b) && b[i] == x {
			n++
		}
	}
	return n
}

// union is the sorted union of two sorted term lists.
func union(a, b []string) []string {
	return unionInto(nil, a, b)
}

// unionInto is union written over dst, which a caller may keep on its
// stack.
func unionInto(dst, a, b []string) []string {
	out := append(append(dst, a...), b...)
	slices.Sort(out)
	w := 0
	for i, x := range out {
		if x == "" || i > 0 && x == out[i-1] {
			continue
		}
		out[w] = x
		w++
	}
	return out[:w]
}

// opposites are pairs of terms that make two otherwise alike measures
// different ones: poverty before housing costs is not poverty after them,
// the first dose is not the second.
var opposites = func() [][2]string {
	pairs := [][2]string{{"before", "after"}, {"boys", "girls"}, {"male", "female"}, {"first", "second"},
		{"primary", "secondary"}, {"urban", "rural"}, {"highest", "lowest"}, {"most", "least"},
		{"minimum", "maximum"}, {"inpatient", "outpatient"}, {"full-time", "part-time"}}
	out := make([][2]string, len(pairs))
	for i, p := range pairs {
		out[i] = [2]string{stem(p[0]), stem(p[1])}
	}
	return out
}()

// oppositeTerms are the terms of the pairs in opposites.
var oppositeTerms = func() map[string]bool {
	out := map[string]bool{}
	for _, p := range opposites {
		out[p[0]], out[p[1]] = true, true
	}
	return out
}()

// holdsOpposite reports a key with a term of one of the opposites.
func holdsOpposite(k Key) bool {
	for _, t := range k.Terms {
		if oppositeTerms[t] {
			return true
		}
	}
	for _, t := range k.Pop {
		if oppositeTerms[t] {
			return true
		}
	}
	return false
}

// opposed reports keys where one has a term and the other its opposite
// (and neither has both).
func opposed(a, b Key) bool {
	// Most keys hold no term of a pair: a look-up a term rules them out
	// before the unions and the pairs' searches, which were a twentieth of
	// a comparison table's time at 100,000 items (BenchmarkFigureTable).
	if !holdsOpposite(a) || !holdsOpposite(b) {
		return false
	}
	var bufA, bufB [32]string
	ta, tb := unionInto(bufA[:0], a.Terms, a.Pop), unionInto(bufB[:0], b.Terms, b.Pop)
	has := func(ts []string, t string) bool {
		i := sort.SearchStrings(ts, t)
		return i < len(ts) && ts[i] == t
	}
	for _, p := range opposites {
		x, y := p[0], p[1]
		if has(ta, x) && !has(ta, y) && has(tb, y) && !has(tb, x) || has(ta, y) && !has(ta, x) && has(tb, x) && !has(tb, y) {
			return true
		}
	}
	return false
}

// IndexTerms are the terms a key is found by in the index: each of its
// population's and measure's terms (the terms Similarity counts), with
// its unit, age band and number of terms before it ("percent|8-16|5|wait"),
// so that a term is shared only by keys of the unit and age band Match
// wants, and a search can ask for as many shared terms as each size of key
// needs (Alike). Empty for the zero key.
func (k Key) IndexTerms() []string {
	if k.IsZero() {
		return nil
	}
	all := union(k.Terms, k.Pop)
	return sized(k, len(all), all)
}

// sized writes terms as IndexTerms does, for keys of n terms.
func sized(k Key, n int, terms []string) []string {
	prefix := k.Unit + "|" + k.Age + "|" + strconv.Itoa(n) + "|"
	out := make([]string, len(terms))
	for i, t := range terms {
		out[i] = prefix + t
	}
	return out
}

// TermSet is a set of index terms and the fewest of them a key must hold.
type TermSet struct {
	Terms []string
	Min   int
}

// Alike describes every key Match could pair with k by its index terms:
// a key of m terms sharing s of k's n has Similarity s/(n+m-s), which
// reaches matchSimilarity (θ) only when s ≥ θ(n+m)/(1+θ), and so only
// when θn ≤ m ≤ n/θ. For each such m, Alike gives k's terms as a key of
// m terms indexes them and that least s: a key Match pairs with k holds
// at least Min terms of one set. (Keys it will not pair hold them too:
// Match also weighs populations, negation and opposites.)
func (k Key) Alike() []TermSet {
	if k.IsZero() {
		return nil
	}
	all := union(k.Terms, k.Pop)
	n, θ := float64(len(all)), matchSimilarity
	// Each bound is rounded a hair towards more keys, so that floating
	// point never leaves a pair out.
	const eps = 1e-9
	var out []TermSet
	for m := int(math.Ceil(θ*n - eps)); m <= int(math.Floor(n/θ+eps)); m++ {
		least := max(1, int(math.Ceil(θ*(n+float64(m))/(1+θ)-eps)))
		if least > min(len(all), m) {
			continue
		}
		out = append(out, TermSet{Terms: sized(k, m, all), Min: least})
	}
	return out
}
