package measure

import (
	"slices"
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// listedItem is one of the periods, places or groups listed after a list
// of changes ("in 2021, 2022 and 2023", "in Kent, Sussex and Surrey",
// "for boys and girls"): a period, a place the sentence names, another
// capitalised name, or a group of people.
type listedItem struct {
	period, place, name, group string
}

// kind is what the item is, a period, a group or a place (a name is a
// place the sentence does not know): a list is all of one kind.
func (it listedItem) kind() int {
	switch {
	case it.period != "":
		return 1
	case it.group != "":
		return 2
	}
	return 3
}

// listedGroupRe is a group of people in a list: "boys", "young people",
// "Girls" opening a sentence. groupInNameRe follows such a word that is
// part of a name, "Children's Services", "Carers Trust": no group.
var (
	listedGroupRe = lazyre.New(`^(?i:` + moneyPeopleWords + `)\b`)
	groupInNameRe = lazyre.New(`^(?:['’-]|\s+[A-Z])`)
)

// listLeadRe opens the periods or places listed after a list of changes.
// "Respectively" may stand before them: "fell 3pp, 2pp and 1pp
// respectively in Kent, Sussex and Surrey".
var listLeadRe = lazyre.New(`^(?:\s+respectively\s*,?)?\s+(?:in|for|across|among)\s+`)

// listedNameRe is a capitalised name in a list, "Kent", "West Sussex":
// a place the sentence's place list does not know.
var listedNameRe = lazyre.New(`^[A-Z][A-Za-z'’-]*(?:\s+[A-Z][A-Za-z'’-]*)*`)

// listCommaRe parts names in a list before its last; listAndRe is the
// last part, ", and", " and" or " or".
var (
	listCommaRe = lazyre.New(`^\s*,\s+`)
	listAndRe   = lazyre.New(`^(?:\s*,)?\s+(?:and|or)\s+`)
	listTheRe   = lazyre.New(`^the\s+`)
)

// listedItemAt reads one period, place or name at text[pos:], with its
// end.
func (s *sentence) listedItemAt(pos int) (listedItem, int, bool) {
	if m := listTheRe.FindString(s.text[pos:]); m != "" {
		pos += len(m)
	}
	for _, p := range s.periods {
		if p.start == pos && !p.compared && !p.since {
			return listedItem{period: p.Text}, p.end, true
		}
	}
	for _, p := range s.places {
		if p.start == pos {
			return listedItem{place: p.name}, p.end, true
		}
	}
	if n := andPlaceAt(s.text[pos:]); n != "" {
		return listedItem{name: n}, pos + len(n), true
	}
	if m := listedGroupRe.FindString(s.text[pos:]); m != "" && !groupInNameRe.MatchString(s.text[pos+len(m):]) {
		return listedItem{group: strings.ToLower(m)}, pos + len(m), true
	}
	if m := listedNameRe.FindString(s.text[pos:]); m != "" {
		return listedItem{name: m}, pos + len(m), true
	}
	return listedItem{}, pos, false
}

// listedAfter reads the n periods or the n places listed at text[pos:]
// after a list of n changes, "in 2021, 2022 and 2023", "in Kent, Sussex
// and Surrey respectively", or later in their clause before
// "respectively" (listedLater): exactly n, joined as a list is, all
// periods or all places; else none.
func (s *sentence) listedAfter(pos, n int) []listedItem {
	if !listLeadRe.MatchString(s.text[pos:]) {
		out, _, _ := s.listedLater(pos, n)
		return out
	}
	return s.listedRightAfter(pos, n)
}

// listedRightAfter is listedAfter's list where a lead, " in ", " for ",
// follows the last change right away.
func (s *sentence) listedRightAfter(pos, n int) []listedItem {
	m := listLeadRe.FindString(s.text[pos:])
	out, end := s.listedAt(pos+len(m), n)
	if out != nil && out[0].kind() == 2 && !strings.Contains(m, "respectively") && !respectivelyAfterRe.MatchString(s.text[end:]) {
		// "40% and 35% among boys and girls": without "respectively"
		// each value may be of both groups, and a list after them, "in
		// 2022 and 2023", "from Black and White ethnic groups", may as
		// well be the one the values pair with (hostile check 64: 40%
		// of boys and 35% of girls, both of 2022): no group is paired.
		return nil
	}
	return out
}

// laterListLeadRe opens a list of places or periods later in the clause
// of the values it pairs with: " in " of "were referred to CAMHS in 2022
// and 2023 respectively".
var laterListLeadRe = lazyre.New(`\s(?:in|during|for|across|among)\s+`)

// listedLater reads n periods or places listed later in the clause of the
// values that end at text[pos:], with "respectively" right after them,
// and the list's span: "1,250 and 1,400 children were referred to CAMHS
// in 2022 and 2023 respectively", "£4.1m and £4.5m on school nursing in
// 2021/22 and 2022/23, respectively", "64% and 58% of children were seen
// within 18 weeks in Kent and Medway respectively" (hostile check 68: the
// 1,400 dated 2022, the first undated; both shares keyed "kent medway").
// What stands between is what respectivelyAhead allows.
func (s *sentence) listedLater(pos, n int) ([]listedItem, int, int) {
	rest := s.text[pos:]
	r := respectivelyAhead(rest)
	if r < 0 {
		return nil, 0, 0
	}
	for _, m := range laterListLeadRe.FindAllStringIndex(rest[:r], -1) {
		out, end := s.listedAt(pos+m[1], n)
		if out != nil && out[0].kind() != 2 && respectivelyAfterRe.MatchString(s.text[end:]) {
			return out, pos + m[0], end
		}
	}
	return nil, 0, 0
}

// listedAt reads the n periods or places listed from text[pos:] on,
// as listedAfter does, with the list's end.
func (s *sentence) listedAt(pos, n int) ([]listedItem, int) {
	var out []listedItem
	for k := 0; k < n; k++ {
		it, end, ok := s.listedItemAt(pos)
		if !ok || len(out) > 0 && it.kind() != out[0].kind() {
			return nil, pos
		}
		out = append(out, it)
		pos = end
		if k == n-1 {
			break
		}
		sep := listCommaRe
		if k == n-2 {
			sep = listAndRe
		}
		g := sep.FindString(s.text[pos:])
		if g == "" {
			return nil, pos
		}
		pos += len(g)
	}
	// One more item joined on would make the list longer than the
	// changes: no pairing.
	for _, sep := range []*lazyre.Regexp{listCommaRe, listAndRe} {
		if g := sep.FindString(s.text[pos:]); g != "" {
			if it, _, ok := s.listedItemAt(pos + len(g)); ok && it.kind() == out[0].kind() {
				return nil, pos
			}
		}
	}
	return out, pos
}

// interleavedGapRe is the text between two changes each with its own
// place before the next: " in Kent and ", " in West Sussex, ". Group 1
// is the place.
var interleavedGapRe = lazyre.New(`^\s+(?:in|for)\s+(` + ListedName + `)(?:\s*,|,?\s+and|,?\s+or)\s+$`)

// ownPlaceAfterRe is the place written right after a change: " in
// Sussex". Group 1 is the place.
var ownPlaceAfterRe = lazyre.New(`^\s+(?:in|for)\s+(` + ListedName + `)`)

// pairListed gives changes a..b, listed after one verb, the periods or
// places listed after the last in order: "rose 3pp, 2pp and 1pp in 2021,
// 2022 and 2023" is up 3pp in 2021, 2pp in 2022 and 1pp in 2023, and
// "fell 3pp, 2pp and 1pp in Kent, Sussex and Surrey" down 3pp in Kent.
// Before (hostile check 58) all three took 2021, or lost their places.
// base is the subject's measure, with no change's own place.
func (s *sentence) pairListed(a, b int, base string) {
	figs := s.in.Figures
	pos := figs[b].Offset + len(figs[b].Text)
	var items []listedItem
	if listLeadRe.MatchString(s.text[pos:]) {
		items = s.listedRightAfter(pos, b-a+1)
	} else if later, from, to := s.listedLater(pos, b-a+1); to > 0 {
		items = later
		// "were seen within 18 weeks in Kent and Medway respectively":
		// the list is none of the measure, and the year the first
		// value takes, "In 2023, 64% and 58% …", is the list's.
		base = withoutFold(base, strings.TrimSpace(s.text[from:to]))
		for k := a + 1; k <= b && later[0].kind() != 1; k++ {
			if figs[k].Period == "" {
				figs[k].Period = figs[a].Period
			}
		}
		if later[0].kind() == 1 {
			s.sharePeopleOfYears(a, b)
		}
	}
	for k, it := range items {
		// "200 children respectively in Kent and Medway": the list after
		// is the pairing's, no words of the people (hostile check 62:
		// keyed "kent medway respect").
		if p, _, cut := strings.Cut(figs[a+k].Population, " respectively"); cut {
			figs[a+k].Population = strings.TrimSpace(p)
		}
		s.giveListed(a+k, it, base)
		if s.afterComparedLead(a) {
			s.comparedListed(a+k, it, base)
		}
	}
	if items == nil && s.periodsListedAfter(pos) {
		// "rose 3pp, 2pp and 1pp in 2021 and 2022": the years pair with
		// nothing, and sharing the first would date two changes falsely
		// (hostile check 59: all three were 2021's); none is dated.
		for k := a; k <= b; k++ {
			figs[k].Period = ""
		}
	}
}

// sharePeopleOfYears gives values a..b, one measure's values listed for
// the years after them, one people: the last value's noun, "2,100 and
// 2,350 referrals", is every value's, and the place the sentence opens
// with, "In Kent, 1,250 and 1,400 children were referred", is every
// value's place, no value's people (hostile check 68: the 1,250 was of
// the people "Kent", the 1,400 of no place, two keys for one series).
func (s *sentence) sharePeopleOfYears(a, b int) {
	figs := s.in.Figures
	opening := ""
	if m := openingPlaceRe.FindStringSubmatch(s.text); m != nil && s.statesPlace(m[1]) {
		opening = m[1]
	}
	pop := figs[b].Population
	if opening != "" && strings.EqualFold(pop, opening) {
		pop = ""
	}
	for k := a; k <= b; k++ {
		f := &figs[k]
		if opening != "" && f.Place == "" {
			f.Place = opening
		}
		if f.Population == "" || opening != "" && strings.EqualFold(f.Population, opening) {
			f.Population = pop
		}
	}
}

// withoutFold is m without the first instance of words in any case:
// "were seen in Kent and Medway" without "in Kent and Medway".
func withoutFold(m, words string) string {
	if i := strings.Index(strings.ToLower(m), strings.ToLower(words)); words != "" && i >= 0 {
		return squeeze(m[:i] + m[i+len(words):])
	}
	return m
}

// leadListRe opens a sentence with the places its changes are listed
// for: "In Kent, Sussex and Surrey uptake fell …".
var leadListRe = lazyre.New(`^(?:In|Across|For|Among)\s+`)

// respectivelyAfterRe follows the last of a list of changes that pairs
// with a list stated before them.
var respectivelyAfterRe = lazyre.New(`^\s*,?\s+respectively\b`)

// laterListStopRe is a word that sets another value against the listed
// ones: a list after it is that value's, never theirs.
var laterListStopRe = lazyre.New(`\b(?:compared|against|versus|than|from|to\s+\d)\b`)

// respectivelyListedAfterRe is what follows the last of a list of values
// up to the "respectively" that pairs them in order with a list: nothing
// more, " respectively"; the people they are of, " of children
// respectively"; the words of what they count and the clause's year, "
// referrals to CAMHS in 2023, respectively"; or the list they pair with
// and the words before it, " in Q1 and Q2 2024 respectively", " were
// seen within 18 weeks in Kent and Medway respectively". No share, sum,
// bracket or clause break stands between.
var respectivelyListedAfterRe = lazyre.New(`^[^;:()%£]{0,140}?[\s,]respectively\b`)

// respectivelyAhead is where "respectively" stands in text, what follows
// the last of a list of values, when it pairs them
// (respectivelyListedAfterRe) and no word between sets another value
// against them, "compared with 71% and 69% in 2022 respectively"; else
// -1. It is the one reader of the words before "respectively": the
// reader of figures (RespectivelyAfter) and the pairings here see the
// same lists.
func respectivelyAhead(text string) int {
	if !strings.Contains(text, "respectively") {
		return -1
	}
	m := respectivelyListedAfterRe.FindStringIndex(text)
	if m == nil {
		return -1
	}
	r := m[1] - len("respectively")
	if laterListStopRe.MatchString(text[:r]) {
		return -1
	}
	return r
}

// RespectivelyAfter reports text opening with "respectively", or with
// the words and the list "respectively" ends (respectivelyAhead): what
// follows the last of a list of values paired in order with a list
// stated before or after them. The reader of figures takes the counts
// and times listed before "100 children respectively" or "11 weeks in Q1
// and Q2 2024 respectively" by it (hostile check 63: the 14 of "14 and
// 11 weeks" was lost), and pairLeadListed and pairListed pair them.
func RespectivelyAfter(text string) bool { return respectivelyAhead(text) >= 0 }

// respectivelyLeadRe opens a sentence with the places or periods its
// values are listed for and "respectively" after them: "In 2022 and 2023
// respectively, ".
var respectivelyLeadRe = lazyre.New(`^(?:In|Across|For|Among)\s+[^;:.()]{1,100}?\s+respectively\s*,\s+`)

// RespectivelyLead reports text, a sentence up to a value, opening with
// the places or periods its values pair with and "respectively" after
// them: "In 2022 and 2023 respectively, 300 and 320 children were
// referred". The reader of figures takes the counts listed before "320
// children" by it, and pairLeadListed pairs them.
func RespectivelyLead(text string) bool { return respectivelyLeadRe.MatchString(text) }

// withoutRespectively is a measure or population without the
// "respectively" read into it: "children respectively" is "children".
func withoutRespectively(m string) string {
	return strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(m, "respectively"), ","))
}

// pairLeadListed gives values a..b the places or periods the sentence
// opens with, in order, where "respectively" after the last says they
// pair: "In Kent, Sussex and Surrey uptake fell by 3pp, 2pp and 1pp
// respectively in 2023" is down 3pp "uptake in Kent" and so on, each of
// 2023. Before (hostile check 59) the first two had the population
// "Kent, Sussex and Surrey uptake" and no period, the last the measure
// "respectively". A list set apart by a comma, "In London and the North
// West, uptake fell by 3pp and 2pp respectively", "In 2022 and 2023,
// ...", "In Kent, Sussex and Surrey, 300, 200 and 100 children
// respectively were referred", pairs so too (hostile check 60: the
// places were lost, or only the first year given), and so does one with
// "respectively" after the list rather than the values, "In 2022 and
// 2023 respectively, 300 and 320 children were referred" (hostile check
// 62: one figure, 320 of 2022). A list later in the sentence, before the
// values' verb, "Referrals in Kent and Medway were 300 and 200
// respectively in 2023", pairs too (pairMidListed). The places must be
// as many as the values: "In 2022 and 2023 respectively, 300, 320 and
// 340 children were referred" says no value's year, and pairing two
// years with three values would date one wrongly, so nothing is paired.
func (s *sentence) pairLeadListed(a, b int) bool {
	figs := s.in.Figures
	end := figs[b].Offset + len(figs[b].Text)
	// "respectively" after the values, the words of what they count
	// between, pairs them with the list before; a list between is the
	// one they pair with (pairListed).
	after := end <= len(s.text) && respectivelyAhead(s.text[end:]) >= 0
	if after {
		if _, _, to := s.listedLater(end, b-a+1); to > 0 {
			after = false
		}
	}
	m := leadListRe.FindString(s.text)
	if m == "" {
		return after && s.pairMidListed(a, b)
	}
	items, listEnd := s.listedAt(len(m), b-a+1)
	if items == nil || listEnd > figs[a].Offset {
		if e := s.listOfOtherLength(len(m), b-a+1); e > 0 && e <= figs[a].Offset && (after || respectivelyAfterRe.MatchString(s.text[e:])) {
			s.leaveUnpaired(a, b, 0, e)
			return true
		}
		return after && s.pairMidListed(a, b)
	}
	lead := strings.TrimSpace(s.text[len(m):listEnd])
	if r := respectivelyAfterRe.FindString(s.text[listEnd:]); r != "" {
		listEnd += len(r)
	} else if !after {
		return false
	}
	var base, pop string
	if strings.HasPrefix(s.text[listEnd:], ",") {
		base = withoutRespectively(figs[a].Measure)
		if base == "" {
			base = withoutRespectively(figs[b].Measure)
		}
		pop = withoutRespectively(figs[b].Population)
		if strings.Contains(pop, lead) {
			pop = ""
		}
	} else {
		if items[0].period != "" || !strings.HasPrefix(figs[a].Population, lead) {
			return false
		}
		base = strings.ToLower(strings.TrimSpace(figs[a].Population[len(lead):]))
		if base == "" {
			return false
		}
	}
	s.giveAllListed(a, b, items, base, pop)
	return true
}

// giveAllListed gives values a..b the items listed for them in order,
// each the measure base and the population pop, and the last value's
// period where one has none.
//
// Periods listed after the values as well, "Kent, Medway and Surrey saw
// 1,200, 900 and 1,450 referrals respectively in 2022, 2023 and 2024",
// pair in order too, value i of place i and year i; a list of periods of
// another length dates none (hostile check 64: all three were 2022's).
func (s *sentence) giveAllListed(a, b int, items []listedItem, base, pop string) {
	figs := s.in.Figures
	p := figs[b].Period
	if p == "" {
		// "In 2023, 40% and 35% of boys and girls respectively": the
		// year opening the sentence is the first's, and the list's.
		p = figs[a].Period
	}
	var years []listedItem
	if items[0].kind() != 1 {
		pos := figs[b].Offset + len(figs[b].Text)
		if years = s.listedAfter(pos, len(items)); years != nil && years[0].kind() != 1 {
			years = nil
		}
		if from, to := s.periodListAfter(pos); years == nil && from > 0 {
			for _, q := range s.periods {
				if q.start >= from && q.start < to && q.Text == p {
					p = ""
				}
			}
		}
	}
	for k, it := range items {
		f := &figs[a+k]
		f.Population = pop
		f.Measure = base
		switch {
		case years != nil:
			f.Period = years[k].period
		case f.Period == "" || f.Period == figs[b].Period:
			f.Period = p
		}
		s.giveListed(a+k, it, base)
	}
}

// midListLeadRe opens places or periods listed within a sentence: "in ",
// "across ". midListVerbRe is what may stand between such a list and the
// values it pairs with: the verb, "were", "fell by".
var (
	midListLeadRe = lazyre.New(`^|\b(?:in|across|for|among|of)\s+`)
	midListWordRe = lazyre.New(`^(?:in|across|for|among|of)\s+`)
	midListVerbRe = lazyre.New(`^\s+[a-z]+(?:\s+[a-z]+){0,2}\s+$|^\s+[a-z]+\s+within\s+\d+\s+(?:days|weeks|months)\s+(?:was|were)\s+$`)
)

// openingYearCommaRe is the year a sentence opens with, set apart by a
// comma: "In 2023/24, ".
var openingYearCommaRe = lazyre.New(`^(?:In|During)\s+(?:19|20)\d{2}(?:[/–-]\d{2,4})?\s*,\s+`)

// pairMidListed gives values a..b, "respectively" after the last, the
// places, periods or groups listed before their verb, in order:
// "Referrals in Kent and Medway were 300 and 200 respectively in 2023" is
// 300 "referrals in Kent" and 200 "referrals in Medway", both of 2023.
// The list may open the sentence as its subject, "Kent, Medway and
// Surrey saw 1,200, 900 and 1,450 referrals respectively in 2023", name
// groups, "The proportions for boys and girls were 40% and 35%
// respectively", or follow "of", "across the four localities of
// Southvale, Northvale, Eastvale and Westvale was 410, 385, 290 and 515
// respectively" (hostile check 63: each measured the whole list, and the
// last "respectively" or of "referrals respectively"). A noun the last
// value names, "1,450 referrals", is every value's people. The list must
// be as many as the values, and end right before their verb; else
// nothing is paired.
func (s *sentence) pairMidListed(a, b int) bool {
	figs := s.in.Figures
	from := figs[a].Offset
	var items []listedItem
	var at, listEnd int
	for _, m := range midListLeadRe.FindAllStringIndex(s.text[:from], -1) {
		it, e := s.listedAt(m[1], b-a+1)
		if it != nil && e <= from && midListVerbRe.MatchString(s.text[e:from]) {
			items, at, listEnd = it, m[0], e
		} else if e := s.listOfOtherLength(m[1], b-a+1); e > 0 && e <= from && midListVerbRe.MatchString(s.text[e:from]) {
			items, at, listEnd = nil, m[0], e
		}
	}
	subject := at == 0
	if listEnd == 0 {
		// "In 2023/24, Kent and Medway spent £4.5m and £1.2m
		// respectively": the subject list after the year the sentence
		// opens with (hostile check 68: both sums keyed "kent medway
		// spent", the second undated).
		if m := openingYearCommaRe.FindStringIndex(s.text[:from]); m != nil {
			if it, e := s.listedAt(m[1], b-a+1); it != nil && e <= from && midListVerbRe.MatchString(s.text[e:from]) {
				items, at, listEnd, subject = it, m[1], e, true
			}
		}
	}
	if items == nil {
		if listEnd > 0 {
			s.leaveUnpaired(a, b, at, listEnd)
			return true
		}
		return false
	}
	list := strings.TrimSpace(s.text[at:listEnd])
	// The measure may hold the list up to a place the sentence knows,
	// "rates for Kent" of "The rates for Kent and the North West were":
	// its first item, with the word before it, is none of the measure.
	head := ""
	if m := midListWordRe.FindStringIndex(s.text[at:]); m != nil {
		if _, e, ok := s.listedItemAt(at + m[1]); ok {
			head = strings.TrimSpace(s.text[at:e])
		}
	}
	without := func(t string) string {
		if i := strings.Index(strings.ToLower(t), strings.ToLower(list)); i >= 0 {
			t = t[:i] + t[i+len(list):]
		} else if i := strings.Index(strings.ToLower(t), strings.ToLower(head)); head != "" && i >= 0 {
			t = t[:i] + t[i+len(head):]
		}
		return withoutRespectively(t)
	}
	// The people keep a word tidy leaves out of a measure: "children".
	cut := func(t string) string { return tidy(without(t)) }
	people := func(t string) string { return cleanPopulation(squeeze(without(t))) }
	base, pop := cut(figs[a].Measure), people(figs[a].Population)
	if base == "" {
		base = cut(figs[b].Measure)
	}
	tail := ""
	if t, ok := cutPrefixFold(strings.TrimSpace(figs[b].Measure), "respectively "); ok {
		// "spent £4.5m and £1.2m respectively on school nursing": what
		// follows the list is every value's measure (hostile check 68:
		// the first sum's measure lost it).
		tail = cut(t)
	}
	if pop == "" {
		pop = people(figs[b].Population)
	}
	// The values' verb, "were" of "Referrals in Kent and Medway were",
	// ends no measure; "Kent and Medway saw": the list is the subject,
	// its verb alone no measure.
	verb := strings.TrimSpace(s.text[listEnd:from])
	if b := withoutVerb(base, verb); b != base {
		base = b
	} else if subject && strings.EqualFold(base, verb) {
		base = ""
	}
	if tail != "" && !strings.Contains(strings.ToLower(base), strings.ToLower(tail)) {
		if base == "" && subject {
			base = strings.ToLower(verb) // "spent on school nursing"
		}
		base = squeeze(base + " " + tail)
	}
	if base == "" && (!subject || items[0].kind() == 2) {
		base, pop = strings.ToLower(pop), ""
	}
	if base == "" && pop == "" && items[0].kind() != 2 {
		// "The rates of Kent and Medway were 12% and 9% respectively":
		// "rates" is no word of meaning, yet each value is its place's,
		// never two values of one key (hostile check 64).
		base = withoutVerb(squeeze(without(figs[a].Measure)), verb)
		if base == "" {
			base = withoutVerb(squeeze(without(figs[b].Measure)), verb)
		}
		if base == "" && !allPlaces(items) {
			return false
		}
	}
	s.giveAllListed(a, b, items, base, pop)
	return true
}

// cutPrefixFold is t without prefix, in any case, and whether t opened
// with it.
func cutPrefixFold(t, prefix string) (string, bool) {
	if len(t) < len(prefix) || !strings.EqualFold(t[:len(prefix)], prefix) {
		return t, false
	}
	return t[len(prefix):], true
}

// allPlaces reports every item a place the sentence names: a value
// paired with one has its place even where nothing says what it measures.
func allPlaces(items []listedItem) bool {
	for _, it := range items {
		if it.place == "" {
			return false
		}
	}
	return true
}

// withoutVerb is measure m without the verb v at its end: "rates were" is
// "rates".
func withoutVerb(m, v string) string {
	if strings.HasSuffix(strings.ToLower(m), " "+strings.ToLower(v)) {
		return strings.TrimSpace(m[:len(m)-len(v)])
	}
	return m
}

// listOfOtherLength is the end of a list of two to eight places or
// periods at text[pos:] that is not n long, or 0.
func (s *sentence) listOfOtherLength(pos, n int) int {
	for k := 2; k <= 8; k++ {
		if it, e := s.listedAt(pos, k); it != nil && k != n {
			return e
		}
	}
	return 0
}

// ofGroupsLeadRe opens the groups listed after a list of shares or
// counts: " of boys and girls". respectivelyOpensRe opens a sentence
// with the word: "Respectively, 40% and 35% of boys and girls".
var (
	ofGroupsLeadRe      = lazyre.New(`^\s+of\s+(?:the\s+)?`)
	respectivelyOpensRe = lazyre.New(`^(?i:respectively)\s*,\s+`)
)

// pairGroupsListed gives values a..b the groups listed after the last,
// "40% and 35% of boys and girls respectively reported low wellbeing",
// or after the last in a sentence opening "Respectively,": the 40% is of
// boys, the 35% of girls, both of the first measure said. Without the
// word the values may each be of both, and none is paired. Before
// (hostile check 63), the 40% measured "respectively" and the 35% was of
// "boys and girls".
func (s *sentence) pairGroupsListed(a, b int) bool {
	figs := s.in.Figures
	pos := figs[b].Offset + len(figs[b].Text)
	m := ofGroupsLeadRe.FindString(s.text[pos:])
	if m == "" {
		return false
	}
	items, end := s.listedAt(pos+len(m), b-a+1)
	if items == nil || items[0].kind() != 2 || !respectivelyAfterRe.MatchString(s.text[end:]) && !respectivelyOpensRe.MatchString(s.text) {
		return false
	}
	base := ""
	for k := a; k <= b && base == ""; k++ {
		base = withoutRespectively(figs[k].Measure)
	}
	s.giveAllListed(a, b, items, base, "")
	return true
}

// otherLengthListedAfter is the span of the places or periods listed at
// text[pos:], after the last of n values, that "respectively" pairs with
// them though they are not n: "14 and 11 weeks in Q1, Q2 and Q3 2024
// respectively"; else 0, 0. Pairing in order would date or place one
// wrongly (hostile check 63: the 11 weeks was Q1's).
func (s *sentence) otherLengthListedAfter(pos, n int) (from, to int) {
	m := listLeadRe.FindString(s.text[pos:])
	if m == "" {
		return 0, 0
	}
	from = pos + len(m)
	to = s.listOfOtherLength(from, n)
	if to == 0 || !strings.Contains(m, "respectively") && !respectivelyAfterRe.MatchString(s.text[to:]) {
		return 0, 0
	}
	return from, to
}

// leaveUnpaired gives values a..b, listed "respectively" against a list
// of places or periods at text[from:to] of another length, none of that
// list: "In 2022 and 2023 respectively, 300, 320 and 340 children were
// referred" says which year no value is of, and pairing in order would
// date one wrongly (hostile check 62: the 300 was 2022's, and measured
// "respectively"). The values are left unlabelled rather than wrongly
// labelled: each takes the list's one measure and people, and only a
// period said outside the list, "in 2023" after it.
func (s *sentence) leaveUnpaired(a, b, from, to int) {
	figs := s.in.Figures
	listed := func(p string) bool {
		for _, q := range s.periods {
			if q.start >= from && q.start < to && q.Text == p {
				return true
			}
		}
		return false
	}
	// A measure or people naming the list, "in Kent, Medway and Surrey"
	// after the last value, is none of the values'.
	list := strings.ToLower(s.text[from:to])
	ofList := func(m string) string {
		if strings.Contains(strings.ToLower(m), list) {
			return ""
		}
		return withoutRespectively(m)
	}
	base, pop := ofList(figs[b].Measure), ofList(figs[b].Population)
	if base == "" {
		base = ofList(figs[a].Measure)
	}
	if pop == "" {
		pop = ofList(figs[a].Population)
	}
	p := figs[b].Period
	if listed(p) {
		p = ""
	}
	for k := a; k <= b; k++ {
		f := &figs[k]
		f.Measure, f.Population, f.Place = base, pop, ""
		if f.Period == "" || listed(f.Period) {
			f.Period = p
		}
	}
}

// periodsListedAfter reports two or more periods listed at text[pos:],
// "in 2021 and 2022", "in 2021, 2022 and 2023", or after groups listed
// there, "among boys and girls in 2022 and 2023": two lists that either
// may pair with the values, so the years date none (hostile check 64).
func (s *sentence) periodsListedAfter(pos int) bool {
	from, _ := s.periodListAfter(pos)
	return from > 0
}

// periodListAfter is the span of two or more periods listed at
// text[pos:], or right after groups listed there; else 0, 0.
func (s *sentence) periodListAfter(pos int) (from, to int) {
	m := listLeadRe.FindString(s.text[pos:])
	if m == "" {
		return 0, 0
	}
	at := pos + len(m)
	for n := 2; n <= 8; n++ {
		it, e := s.listedAt(at, n)
		switch {
		case it == nil:
		case it[0].kind() == 1:
			return at, e
		case it[0].kind() == 2:
			if m := listLeadRe.FindString(s.text[e:]); m != "" {
				for k := 2; k <= 8; k++ {
					if ps, pe := s.listedAt(e+len(m), k); ps != nil && ps[0].kind() == 1 {
						return e + len(m), pe
					}
				}
			}
			return 0, 0
		}
	}
	return 0, 0
}

// giveListed gives change i the period or place listed for it: a place
// the sentence names as its place, another name in its measure, as
// "Uptake fell 3pp in Kent" measures "uptake in Kent".
func (s *sentence) giveListed(i int, it listedItem, base string) {
	f := &s.in.Figures[i]
	switch {
	case it.period != "":
		f.Period = it.period
	case it.place != "":
		f.Place = it.place
		f.Measure = base
	case it.name != "":
		// The name is the value's place: no other place the
		// sentence names is (hostile check 64: Kent's rate placed in
		// the North West, listed after it).
		f.Measure, f.Place = clip(tidy(base+" in "+it.name)), ""
	case it.group != "":
		f.Population = it.group
		f.Measure = base
	}
}

// interleavedPlace is the place written right after change i, the text
// up to next (or the sentence's end where next < 0): a place the
// sentence names, or a capitalised name.
func (s *sentence) interleavedPlace(i int) (listedItem, bool) {
	f := s.in.Figures[i]
	m := ownPlaceAfterRe.FindStringSubmatchIndex(s.text[f.Offset+len(f.Text):])
	if m == nil {
		return listedItem{}, false
	}
	it, _, ok := s.listedItemAt(f.Offset + len(f.Text) + m[2])
	return it, ok && it.period == ""
}

// withoutPlace is measure m without its own place's words at its end:
// "uptake in Kent" is "uptake", "figures were for Kent" "figures were".
func withoutPlace(m string, it listedItem) string {
	if it.name == "" {
		return m
	}
	low := strings.ToLower(m)
	for _, by := range []string{" in ", " for "} { // "64% for Kent, 58% for Medway"
		if suf := strings.ToLower(by + it.name); strings.HasSuffix(low, suf) {
			return strings.TrimSpace(m[:len(m)-len(suf)])
		}
	}
	return m
}

// isStatedBase reports g a base the sentence states: a count, or "n=".
func isStatedBase(g evidence.Figure) bool {
	return g.Role == evidence.RoleBase && (g.Unit == evidence.UnitCount || strings.ContainsAny(g.Text, "="))
}

// statedBase is the base the sentence states for figure i: the nearest
// before it, else the first after it ("81% ..., from 2,640 responses"),
// or -1. "Of the 1,200 children referred, 300 were assessed; of those
// assessed, 45% were diagnosed" gives the 45% the 300, the group it is
// of, never the 1,200 (hostile check 58: the first base was every
// share's).
func (s *sentence) statedBase(i int) int {
	if k := s.ownBase(i); k >= 0 {
		return k
	}
	f, k := s.in.Figures[i], -1
	for j, g := range s.in.Figures {
		if !isStatedBase(g) {
			continue
		}
		if g.Offset < f.Offset {
			k = j
			continue
		}
		if k < 0 {
			k = j
		}
		break
	}
	if k >= 0 && k < i {
		if r := s.restatedGroup(k, i); r >= 0 {
			if s.namesOtherGroup(i, r) {
				// "2,000 children and 52% of adults": the share is of
				// a group of its own, counted nowhere (hostile check
				// 60: the 52% of adults had the base 2,000 children).
				return -1
			}
			return r
		}
	}
	if k >= 0 && k < i && s.afterComparedLead(i) {
		// "Of the 1,200 children referred in 2023, 45% …, compared with
		// 52% in 2022": the earlier share is of another year's group,
		// the one counted after it (", when 2,000 children were
		// referred") or none (hostile check 60: the 1,200 of 2023).
		if r := s.groupCountedAfter(k, i); r >= 0 {
			return r
		}
		if s.ofAnotherPeriod(k, i) {
			return -1
		}
	}
	if k >= 0 && (s.sampleOfAnother(k, i) || s.baseAcrossComparison(k, i)) {
		return s.ownSample(i)
	}
	return k
}

// groupCountedAfterRe is what stands between an earlier share and the
// count of its own group told after it: " in 2022, when ".
var groupCountedAfterRe = lazyre.New(`(?i)^[^;:]*\b(?:when|where)\s+$`)

// groupCountedAfter is the count after share i of base k's noun that
// tells the share's own group, "52% in 2022, when 2,000 children were
// referred", or -1.
func (s *sentence) groupCountedAfter(k, i int) int {
	figs := s.in.Figures
	noun := lastWord(figs[k].Text)
	if i+1 >= len(figs) || noun == "" || isNumber(noun) {
		return -1
	}
	g := figs[i+1]
	end := figs[i].Offset + len(figs[i].Text)
	if g.Unit != evidence.UnitCount || lastWord(g.Text) != noun || g.Offset < end || !groupCountedAfterRe.MatchString(s.text[end:g.Offset]) {
		return -1
	}
	return i + 1
}

// ofAnotherPeriod reports share i dated other than a share of base k
// stated between them: the base is the group of that share's time.
func (s *sentence) ofAnotherPeriod(k, i int) bool {
	figs := s.in.Figures
	if figs[i].Period == "" {
		return false
	}
	for _, e := range figs[k+1 : i] {
		if e.Unit == evidence.UnitPercent && e.Role != evidence.RoleChange && e.Role != evidence.RoleBase && e.Period != "" && e.Period != figs[i].Period {
			return true
		}
	}
	return false
}

// restatedGapRe joins a restated group to its share: " and ", ", ".
var restatedGapRe = lazyre.New(`^\s*(?:,\s*)?(?:and\s+)?$`)

// restatedGroup is the count right before share i that states base k's
// group again, of its own noun, after a share of k: the group of another
// time, i's own. "Of the 1,200 children referred in 2023, 45% were seen
// …, compared with 2,000 children and 52% in 2022" gives the 52% the
// 2,000 children, never the 1,200 of 2023 (hostile check 59). -1 if none.
func (s *sentence) restatedGroup(k, i int) int {
	figs := s.in.Figures
	j := i - 1
	noun := lastWord(figs[k].Text)
	if j <= k+1 || noun == "" || isNumber(noun) {
		return -1
	}
	g := figs[j]
	end := g.Offset + len(g.Text)
	if g.Unit != evidence.UnitCount || g.Role != "" && g.Role != evidence.RoleBase || lastWord(g.Text) != noun ||
		end > figs[i].Offset || !restatedGapRe.MatchString(s.text[end:figs[i].Offset]) {
		return -1
	}
	for _, e := range figs[k+1 : j] {
		if e.Unit == evidence.UnitPercent && e.Role != evidence.RoleChange {
			return j // a share of k's group stated between
		}
	}
	return -1
}

// namesOtherGroup reports share i naming right after itself a group
// other than the one count r counts: "52% of adults" after "2,000
// children", never "52% of those" or "52% of children".
func (s *sentence) namesOtherGroup(i, r int) bool {
	f := s.in.Figures[i]
	end := min(len(s.text), f.Offset+len(f.Text))
	m := namedGroupRe.FindStringSubmatch(s.text[end:])
	if m == nil {
		return false
	}
	w := strings.ToLower(m[1])
	return !groupPronouns[w] && stem(w) != stem(lastWord(s.in.Figures[r].Text))
}

// namedGroupRe is the noun of the group a share names right after
// itself: "of adults", "of all families", "of the parents".
var namedGroupRe = lazyre.New(`(?i)^\s*of\s+(?:all\s+)?(?:the\s+)?([a-z][a-z-]*)`)

// groupPronouns name the group of a count stated before, no other.
var groupPronouns = setOf(`those these them whom which that this it each all`)

// lastWord is the last word of a figure's text, lower case: "children"
// of "1,200 children".
func lastWord(t string) string {
	w := wordsOf(t)
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

// ownGroupRe is the group a share names right after itself: "of the 500
// pupils", "of 1,000 children" (group 1 the number), "of all pupils"
// (group 2 the noun).
var ownGroupRe = lazyre.New(`(?i)^\s*of\s+(?:(?:(?:the|these|those)\s+)?(\d[\d,]*)\b|all\s+(?:the\s+)?([a-z][a-z-]*))`)

// ownGroupCount is the stated base share i names right after itself, "52%
// of 1,000 children", or -1: the group it is of, whose period is the
// share's too ("52% of 1,000 children in 2022" is 2022's).
func (s *sentence) ownGroupCount(i int) int {
	f := s.in.Figures[i]
	if f.Unit != evidence.UnitPercent {
		return -1
	}
	end := min(len(s.text), f.Offset+len(f.Text))
	m := ownGroupRe.Get().FindStringSubmatchIndex(s.text[end:])
	if m == nil || m[2] < 0 {
		return -1
	}
	for j, g := range s.in.Figures {
		if isStatedBase(g) && g.Offset == end+m[2] {
			return j
		}
	}
	return -1
}

// ownBase is the base share i names as its own group, or -1: "70% of the
// 500 pupils" is of the 500 pupils stated right after it, "10% of all
// pupils" of the sentence's first base counting pupils. A share's own
// group wins over the nearest base before it (hostile check 59: "300
// teachers were also surveyed and 70% of the 500 pupils" had the base 300
// teachers, and "10% of all pupils failed" the 1,500 who passed; hostile
// check 60: "compared with 52% of 1,000 children in 2022", with no "the",
// had the 1,200 children stated before).
func (s *sentence) ownBase(i int) int {
	figs := s.in.Figures
	if j := s.ownGroupCount(i); j >= 0 {
		// "20% of the 1,200" after "Of the 1,200 children": the same
		// group stated with its noun before.
		for k, e := range figs[:i] {
			if isStatedBase(e) && e.Value == figs[j].Value {
				return k
			}
		}
		return j
	}
	f := figs[i]
	if f.Unit == evidence.UnitCount && i+1 < len(figs) && figs[i+1].Role == evidence.RoleBase && figs[i+1].Offset >= f.Offset+len(f.Text) &&
		countOfOwnBaseRe.MatchString(s.text[f.Offset+len(f.Text):figs[i+1].Offset]) {
		// "compared with 9 of 14 in the Midlands": a later count's own
		// base, never the first count's (hostile check 68: the 9 of
		// "18 trusts", London's).
		return i + 1
	}
	if f.Unit != evidence.UnitPercent {
		return -1
	}
	end := min(len(s.text), f.Offset+len(f.Text))
	m := ownGroupRe.Get().FindStringSubmatchIndex(s.text[end:])
	if m == nil || m[4] < 0 {
		return -1
	}
	noun := strings.ToLower(s.text[end+m[4] : end+m[5]])
	for j, g := range figs {
		if isStatedBase(g) && g.Offset < f.Offset && slices.Contains(wordsOf(strings.ToLower(g.Text)), noun) {
			return j
		}
	}
	return -1
}

// countOfOwnBaseRe is the words between a count and its own base: " of
// ", " out of the ".
var countOfOwnBaseRe = lazyre.New(`^\s+(?:out\s+)?of\s+(?:the\s+)?$`)

// OfOwnBase reports gap, the words between a count and the base after
// it, as joining the count to its own base (countOfOwnBaseRe): " of the "
// of "12 of the 18 trusts". The extractor reads a count of bodies of a
// base by this one reading.
func OfOwnBase(gap string) bool { return countOfOwnBaseRe.MatchString(gap) }

// subgroupRe is a group another share picked out: "of those referred",
// "of these", "of them", "of whom".
var subgroupRe = lazyre.New(`(?i)\bof\s+(?:those|these|them|whom)\b`)

// ofSubgroup reports share i, of base k, taken of a group an earlier share
// picked out of that base: in "Of 500 children assessed, 40% were
// referred, and of those referred 60% were seen" the 60% is of the 200
// referred, not of the 500, so it has no base the sentence states.
func (s *sentence) ofSubgroup(k, i int) bool {
	figs := s.in.Figures
	f := figs[i]
	if figs[k].Offset > f.Offset {
		return false
	}
	between := -1
	for j := k + 1; j < i; j++ {
		if figs[j].Unit == evidence.UnitPercent && figs[j].Role != evidence.RoleChange && figs[j].Role != evidence.RoleBase {
			between = j
		}
	}
	if between < 0 {
		return false
	}
	from := figs[between].Offset + len(figs[between].Text)
	end := min(len(s.text), f.Offset+len(f.Text))
	return subgroupRe.MatchString(s.text[from:f.Offset]) || subgroupRe.MatchString(s.text[end:min(len(s.text), end+12)])
}

// levelSubjectRe is a sentence's opening subject and the verb that gives
// it a level, before a count with no noun of its own: "Referrals rose to
// ", "The number of referrals reached ". Group 1 is the subject, what the
// count counts: "Referrals rose to 1,200 in 2023, 40% of whom were girls"
// is a base of 1,200 referrals (hostile check 58: of "1,200").
// Group 2 is the verb and its "to" or "at".
//
// A place's possessive may open it, and a waiting list, caseload or
// backlog is a subject counted as a plural one is: "Kent's waiting list
// was 900 in March 2024" (hostile check 66: the 900 was no figure, and
// the 1,100 it fell from measured "kent's waiting list was 900").
var levelSubjectRe = lazyre.New(`^(?i:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)?(?i:(?:total\s+)?number\s+of\s+)?([A-Za-z][a-z-]*s|(?i:waiting\s+list|caseload|backlog))\s+((?:rose|fell|grew|increased|decreased|dropped|climbed|reached|totall?ed|stood\s+at|were|was)(?:\s+(?:to|at))?)\s+$`)

// LevelSubject is the opening subject of a sentence, before (the text
// up to a count), that the count is the level of, with its verb:
// "referrals", "were" of "Referrals were "; "", "" if before is no such
// opening. The reader of counts takes "Referrals were 300 in 2023" as a
// count by it, and the base reader names a count's noun by it.
func LevelSubject(before string) (subject, verb string) {
	m := levelSubjectRe.FindStringSubmatch(before)
	if m == nil {
		return "", ""
	}
	return strings.ToLower(m[1]), strings.ToLower(m[2])
}

// listedPeriodLeadRe is what stands between a listed value and its
// period: " in ", " (".
var listedPeriodLeadRe = lazyre.New(`(?i)^\s*(?:in\s+|\()?$`)

// listedJoinRe joins a listed value's period to the next value: " and ",
// ", ", "), and ".
var listedJoinRe = lazyre.New(`(?i)^\)?\s*(?:,\s*(?:and\s+)?|and\s+)$`)

// listedPeriod is the period written right after figure k, of periods
// ps the one period reader found in text.
func listedPeriod(text string, ps []found, f evidence.Figure) (found, bool) {
	end := f.Offset + len(f.Text)
	for _, p := range ps {
		if p.start < end {
			continue
		}
		return p, !p.since && !p.compared && p.start <= len(text) && listedPeriodLeadRe.MatchString(text[end:p.start])
	}
	return found{}, false
}

// ListedLevel is the level a change stated after a list of values of one
// measure changes, given j, the value just before the change: the list's
// latest year, else its first value. "Spending was £45.2m in 2023 and
// £40.1m in 2022, a rise of £5.1m" rose to the £45.2m of 2023, never the
// £40.1m of 2022 (hostile check 59: the earlier year became the
// headline, up £5.1m). A value alone is its own level. The years are
// the periods the one period reader finds (findPeriods), compared as
// periods, so a list dated "in March 2023" or "(2022/23)" reads as one
// dated "in 2023" does.
func ListedLevel(text string, figs []evidence.Figure, j int) int {
	ps := findPeriods(text)
	if len(ps) == 0 {
		return j
	}
	first := j
	for first > 0 {
		a, b := figs[first-1], figs[first]
		if a.Unit != b.Unit || a.Role == evidence.RoleBase || a.Role == evidence.RoleChange || a.IsRange() || b.Offset > len(text) {
			break
		}
		p, ok := listedPeriod(text, ps, a)
		if !ok || p.end > b.Offset || !listedJoinRe.MatchString(text[p.end:b.Offset]) {
			break
		}
		first--
	}
	if first == j {
		return j
	}
	best, latest := first, Period{}
	for k := first; k <= j; k++ {
		if p, ok := listedPeriod(text, ps, figs[k]); ok && (latest.IsZero() || latest.Before(p.Period)) {
			best, latest = k, p.Period
		}
	}
	return best
}
