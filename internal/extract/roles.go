package extract

import (
	"math"
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
	"github.com/cypx/cypx/internal/measure"
)

var (
	// baseBeforeRe ends with the words that introduce the group a
	// percentage is of: "our survey of 60", "58% of the 42", "out of 300",
	// "we asked 1,200".
	baseBeforeRe = newEndRe(lazyre.New(`(?i)(?:\b(?:survey|surveyed|surveying|poll|polled|sample|questioned|interviewed|asked|asking|consulted|spoke to|spoke with|heard from|out of|among|amongst|responses from|based on|involving|analysis|audit|review|completed by|answered by|filled in by)(?:\s+(?:of|to))?|(?:%|per ?cent|half|third|thirds|quarter|quarters|fifth|fifths|total|group|cohort|panel|majority|most|all|none|each|establishment)\s+of)(?:\s+(?:the|all|our|these|those|its|their|some|nearly|almost|over|more than|around|about))*\s*$`))
	// baseAfterRe follows a count that is the group surveyed: "1,200
	// respondents", "60 young people who took part".
	baseAfterRe = lazyre.New(`(?i)^\s*(?:[a-z’'-]+\s+){0,3}?(?:respondents|responses|participants|interviewees|(?:who|that)\s+(?:responded|took part|completed|answered|replied)|responded|took part|completed the|surveyed|interviewed|questioned|polled)\b`)
	// changeBeforeRe ends with the words that make a figure a change: "rose
	// by", "a rise of", "up", "cut by", "improved by", "an improvement of"
	// ("improved 41% to 58%" goes from one level to another).
	// elidedChangeRe ends with the "by" of a change whose verb is the
	// change's before it: "grew by 12% and by 9%".
	elidedChangeRe = lazyre.New(`\s(?:and|but|or)\s+by\s+$`)
	changeBeforeRe = newEndRe(lazyre.New(`(?i)\b(?:rose|risen|rising|rise|increased?|increasing|grew|grown|growth|fell|fallen|falling|fall|dropped|drop|decreased?|decline[sd]?|cut|cuts|reduced|reduction|jumped|jump|climbed|up|down|increase|lost|improved\s+by|improvement\s+of)\s+(?:by\s+)?(?:of\s+)?(?:a\s+|an\s+)?(?:further\s+)?$`))
	// changeAfterRe follows a figure that is a change: "a 24% cut", "12%
	// higher than".
	changeAfterRe = lazyre.New(`(?i)^\s*(?:real[- ]terms\s+)?(?:increase|rise|fall|drop|decrease|reduction|cut|growth|jump|higher|lower|more|fewer|less|smaller|larger|greater)\b`)
	// changeTimeAfterRe ends a change listed after another with the time
	// both are changes on: " on 2022", " since 2019", " compared with".
	changeTimeAfterRe = lazyre.New(`^\s+(?:on|since|compared\s+with|over)\b`)
	// ofTheStartRe opens a sentence with the group a percentage is of:
	// "Of the 1,180 requests we received, 64%...".
	ofTheStartRe = lazyre.New(`^\s*(?:\d{1,2}(?:\.\d{1,2})+\.?\s+)?(?:of|out of|among|amongst|across)(?:\s+(?:the|all|our|these|those|its|their))*\s*$`)
	// ofTheRe joins the two counts of "12 of the 41".
	ofTheRe = lazyre.New(`^\s+(?:out\s+)?of\s+(?:the|all|its|their|our|those|these|the\s+[\w-]+(?:’s|'s))?\s*$`)
	// shareGapRe joins a count to its share: "23 shops (27%)", "56, or 72%".
	shareGapRe = lazyre.New(`^\s?(?:\(\s?(?:or\s+)?|,\s+or\s+)$`)
	// peopleAfterRe follows a count of people: "412 young people", "1,100
	// parents and carers".
	peopleAfterRe = lazyre.New(`(?i)^\s*(?:[a-z’'-]+\s+){0,2}?(?:` + peopleNouns + `)\b`)
	// andShareGapRe joins a clause counting people to a share of them:
	// "gave feedback, and 68%", ", and almost 70%", "replied and 84%".
	andShareGapRe = lazyre.New(`(?i)^[^.;:%]{0,80},?\s+and\s+(?:(?:almost|nearly|over|around|about|some|just\s+over|just\s+under|more\s+than|fewer\s+than)\s+)?$`)
	// shareSaidRe follows a share of people saying or feeling something:
	// "68% said", "58% of them told us", "62% backed the plan".
	shareSaidRe = lazyre.New(`(?i)^\s*(?:of\s+(?:them|those|these|respondents)\s+)?(?:said|say|told|reported|felt|feel|agreed|disagreed|thought|think|rated|described|wanted|would|backed|supported|opposed|preferred|favoured|chose|were\s+(?:happy|satisfied|unhappy|dissatisfied|positive))\b`)
	// toAfterRe joins the two figures of "from 12% (in 2019) to 18%", or
	// of two ages' values, "from 9% at age 16 to 17% at 19" (hostile
	// check 66: the 9% headed the item).
	// The counted noun may sit between them, with or without its
	// year ("from 1,870 whole-time posts in 2018 to"), and so may a
	// season ("from 530 in the spring to").
	toAfterRe = lazyre.New(`(?i)^\s*(?:[a-z][a-z’'-]*\s+){0,3}?(?:` + measure.FromWhen + `|in\s+(?:the\s+)?(?:spring|summer|autumn|winter)\s+|a year earlier\s+|last year\s+|(?:at|by)\s+(?:the\s+)?(?:age\s+)?\d{1,2}\s+|aged\s+\d{1,2}\s+)?to\s*$`)
)

// markRoles gives the figures of a sentence their roles (lower is the
// sentence in lower case): the count a percentage is of is its base, and
// the percentage then the headline ("of whom", "12 of the 41" too); a
// figure stating a difference is a change; in "rose from 12% to 18%" the
// later figure is the headline.
func markRoles(lower string, figs []evidence.Figure) {
	if len(figs) < 1 {
		return
	}
	hasPercent := false
	for _, f := range figs {
		if f.Unit == evidence.UnitPercent {
			hasPercent = true
		}
	}
	// "3,410 children were waiting, of whom around 70%...", "172,000
	// people ..., and 89% of them": the count before is the base.
	if hasPercent {
		for _, phrase := range []string{"of whom", "of which", "of them", "of these", "of those"} {
			k := strings.Index(lower, phrase)
			if k < 0 || countAfterPhrase(phrase, lower[k+len(phrase):]) || (phrase == "of those" || phrase == "of these") && otherGroupAfterRe.MatchString(lower[k+len(phrase):]) {
				continue
			}
			if i := groupBeforePhrase(lower, figs, k); i >= 0 {
				figs[i].Role = evidence.RoleBase
			}
		}
	}
	// "412 young people gave feedback, and 68% said": the people counted
	// in the first clause are those the share of the second is of.
	for i := 0; i+1 < len(figs); i++ {
		n, p := &figs[i], figs[i+1]
		if n.Unit != evidence.UnitCount || p.Unit != evidence.UnitPercent || n.Role != "" || n.IsRange() || p.Offset < n.Offset+len(n.Text) {
			continue
		}
		// The people's noun may be in the figure's text ("1,100 parents")
		// or after it ("412 young people").
		after := lower[n.Offset+len(n.Text):]
		if k := strings.LastIndexAny(n.Text, "0123456789"); k >= 0 {
			after = lower[n.Offset+k+1:]
		}
		if peopleAfterRe.MatchString(after) && andShareGapRe.MatchString(lower[n.Offset+len(n.Text):p.Offset]) &&
			shareSaidRe.MatchString(lower[p.Offset+len(p.Text):]) {
			n.Role = evidence.RoleBase
		}
	}
	// "12 of the 41 young people": 41 is the base, 12 the headline.
	for i := 0; i+1 < len(figs); i++ {
		a, b := &figs[i], &figs[i+1]
		if a.Unit == evidence.UnitCount && b.Unit == evidence.UnitCount && a.Role == "" && b.Role == "" &&
			ofTheRe.MatchString(lower[a.Offset+len(a.Text):b.Offset]) {
			b.Role, a.Role = evidence.RoleBase, evidence.RoleHeadline
		}
	}
	// "Of the 34 hospices, 11 received...", "In a survey of 52 nurses, 44
	// said...": with no percentage, the group a later count is drawn from
	// is its base. A later count with a noun of its own ("We heard from
	// 412 young people ... and six sessions") is not drawn from it.
	if !hasPercent {
		for i := range figs {
			f := &figs[i]
			if f.Unit != evidence.UnitCount || f.IsRange() || f.Role != "" {
				continue
			}
			opens := f.Offset < 40 && ofTheStartRe.MatchString(lower[:f.Offset])
			if opens && (laterCount(figs[i+1:], false) || laterLevel(figs[i+1:])) || baseBeforeRe.MatchString(tail(lower, f.Offset)) &&
				(laterDrawnCount(lower, figs[i+1:]) || laterOfSameNoun(lower, *f, figs[i+1:])) {
				f.Role = evidence.RoleBase
				break
			}
		}
	}
	// "Vacancies of 6.4 WTE across two services, out of 38 WTE funded":
	// with no share, a count after "out of" is the whole an earlier count
	// is part of, however far apart.
	if !hasPercent {
		for i := 1; i < len(figs); i++ {
			f := &figs[i]
			if f.Unit != evidence.UnitCount || f.Role != "" || f.IsRange() || !outOfBeforeRe.MatchString(tail(lower, f.Offset)) {
				continue
			}
			for j := i - 1; j >= 0; j-- {
				if g := figs[j]; g.Unit == evidence.UnitCount && g.Role == "" && !g.IsRange() && g.Value < f.Value {
					f.Role = evidence.RoleBase
					break
				}
			}
		}
	}
	// "carried out 84 test purchases, and 23 shops (27%) sold...": a
	// count and its share in brackets whose sum agrees with an earlier
	// count make that count the base.
	for i := 1; i+1 < len(figs); i++ {
		m, p := figs[i], figs[i+1]
		if m.Unit != evidence.UnitCount || p.Unit != evidence.UnitPercent || p.Value <= 0 || m.Offset+len(m.Text) > p.Offset ||
			!shareGapRe.MatchString(lower[m.Offset+len(m.Text):p.Offset]) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if n := &figs[j]; n.Unit == evidence.UnitCount && n.Role == "" && !n.IsRange() && n.Value > m.Value &&
				math.Abs(m.Value/n.Value*100-p.Value) <= 1 {
				n.Role = evidence.RoleBase
				break
			}
		}
	}
	// "A total of 97,747 new plans ..., up 15.8% on 2023": a percentage
	// that is only a change is a share of no group, and the count before
	// it is the level that changed, not a base.
	hasShare := false
	for _, g := range figs {
		if g.Unit == evidence.UnitPercent && !isChange(lower, g) {
			hasShare = true
		}
	}
	base := false
	for i := range figs {
		f := &figs[i]
		if f.Role == evidence.RoleBase {
			base = true
			continue
		}
		before := tail(lower, f.Offset)
		after := lower[f.Offset+len(f.Text) : min(len(lower), f.Offset+len(f.Text)+48)]
		switch {
		case hasShare && f.Unit == evidence.UnitCount && !f.IsRange() && !shareOfOwnGroupBefore(lower, figs[:i], *f) &&
			(baseBeforeRe.MatchString(before) || baseAfterRe.MatchString(after) || countNounIsBase(f.Text) ||
				f.Offset < 40 && ofTheStartRe.MatchString(lower[:f.Offset])):
			f.Role, base = evidence.RoleBase, true
		case f.Unit != evidence.UnitCount && (isChange(lower, *f) || i > 0 && pointsListed(lower, figs, i)) || listedChanges(lower, figs, i):
			f.Role = evidence.RoleChange
		case f.Unit != evidence.UnitCount && i > 0 && figs[i-1].Role == evidence.RoleChange && figs[i-1].Unit == f.Unit &&
			elidedChangeRe.MatchString(before) && !strings.Contains(lower[figs[i-1].Offset+len(figs[i-1].Text):f.Offset], ";"):
			// "grew by 12% (Kent, 2024) and by 9% (Medway, 2024)",
			// "rose by 12% in 2024 and by 9% in 2023": the second "by"
			// the same verb's, its value a change too (hostile check
			// 69: the 9% was a level of the waiting lists).
			f.Role = evidence.RoleChange
		case f.Unit == evidence.UnitGBP && i > 0 && figs[i-1].Role == evidence.RoleChange && figs[i-1].Unit != evidence.UnitGBP &&
			listedGap(lower, figs[i-1], *f) && changeTimeAfterRe.MatchString(lower[f.Offset+len(f.Text):]):
			// "up 12% and 5.1 on 2022" under "(£m)": the sum listed
			// after a change in per cent, by the same verb, is the
			// change in money (hostile check 60: 5.1 was the level).
			f.Role = evidence.RoleChange
		case f.Unit == evidence.UnitCount && !f.IsRange() && i > 0 && figs[i-1].Unit == evidence.UnitCount && figs[i-1].Role != evidence.RoleBase &&
			changedBeforeRe.MatchString(before):
			// "1,200 patients were seen, up 40": the count's change.
			f.Role = evidence.RoleChange
		case f.Unit == evidence.UnitCount && !f.IsRange() && i+1 < len(figs) && figs[i+1].Unit == evidence.UnitCount &&
			figs[i+1].Offset >= f.Offset+len(f.Text) && changeToRe.MatchString(lower[f.Offset+len(f.Text):figs[i+1].Offset]) &&
			changeBefore(before):
			// "increased by 1,200 to 14,500 children": a count's change,
			// then the level it reached. A count alone after "rose by"
			// may be what rose, and stays unmarked.
			f.Role = evidence.RoleChange
		}
	}
	// "two transition nurse posts would cost roughly £180,000 a year":
	// the cost is the finding, the posts counted what costs it.
	for i := 1; i < len(figs); i++ {
		if g := &figs[i]; g.Unit == evidence.UnitGBP && g.Role == "" && costVerbBeforeRe.MatchString(tail(lower, g.Offset)) &&
			figs[i-1].Unit == evidence.UnitCount && figs[i-1].Role == "" && !strings.ContainsAny(lower[figs[i-1].Offset:g.Offset], ",;:") {
			g.Role = evidence.RoleHeadline
		}
	}
	markPerPound(lower, figs)
	from := fromValues(lower, figs)
	if base && staffInPostHeadline(lower, figs) {
		base = false // the count in post is the headline, not the share
	}
	if base {
		// The share of the base, and of each clause joined after it
		// ("58% felt listened to, while 20% did not"): each clause's
		// share is a headline of its own.
		clause := clauseIndexes(lower, figs)
		marked := map[int]bool{}
		for i := range figs {
			if figs[i].Unit == evidence.UnitPercent && figs[i].Role == "" && !from[i] && !marked[clause[i]] {
				figs[i].Role = evidence.RoleHeadline
				marked[clause[i]] = true
			}
		}
	}
	// "rose from 12% in 2019 to 18%": the later figure is the headline,
	// in each clause that says so ("..., while waits rose from 9 to 14
	// weeks").
	for i := range from {
		if b := &figs[i+1]; b.Role == "" && !leadBefore(lower, figs, from, i) {
			b.Role = evidence.RoleHeadline
		}
	}
}

// leadBefore reports a figure of its own before the change from
// figs[i]: a level or share an earlier clause reported, none marked
// ("Only 58% of units met the standard, and those with a family room fell
// from 7 to 5"), leads the sentence, the change after it its second
// finding. A count in words ("recruited three audiologists, and the wait
// fell from 39 to 22 weeks") or a duration leads nothing. Before, the
// level the change reached was the headline.
func leadBefore(lower string, figs []evidence.Figure, from map[int]bool, i int) bool {
	for k := 0; k < i; k++ {
		f := figs[k]
		if f.Role == "" && !from[k] && f.Unit != figs[i].Unit && (f.Unit == evidence.UnitCount || f.Unit == evidence.UnitPercent || f.Unit == evidence.UnitGBP) &&
			strings.ContainsAny(f.Text, "0123456789") && strings.Contains(lower[f.Offset+len(f.Text):figs[i].Offset], ", and ") {
			return true
		}
	}
	return false
}

// isChange reports a figure that states a difference: "rose by 12%", "up
// 15.8%", "a 24% cut".
// A figure in points above or below a time is a change on it
// (pointsAboveTime), and one with a sign is a change too (signedPoints).
func isChange(lower string, f evidence.Figure) bool {
	end := f.Offset + len(f.Text)
	after := lower[end:min(len(lower), end+48)]
	return changeBefore(tail(lower, f.Offset)) || changeAfterRe.MatchString(after) || pointsAboveTime(f, after) ||
		signedPoints(lower, f)
}

// listedChanges reports figs[i] one of a list of values of one unit
// after one verb of change ("fell by 12% and 9%", "by 3 and 2 weeks", "by
// 300 and 200") that pairs them with places or periods: "respectively"
// after the list, or as many names listed after it, "in Kent, Medway and
// Surrey", "in 2021, 2022 and 2023". Each is a change, as the first is;
// the pairing itself is the measure package's (pairLeadListed,
// pairListed), as for changes in points. Before (hostile check 62), only
// the first was a change and the others took its change ("down 12%") and
// measured "respectively". A list not so paired, "fell by 12% and 9% of
// children were seen", lists no changes.
func listedChanges(lower string, figs []evidence.Figure, i int) bool {
	u := figs[i].Unit
	if u == evidence.UnitGBP || figs[i].IsRange() {
		return false
	}
	first, last := i, i
	for first > 0 && figs[first-1].Unit == u && !figs[first-1].IsRange() && listedGap(lower, figs[first-1], figs[first]) {
		first--
	}
	for last+1 < len(figs) && figs[last+1].Unit == u && !figs[last+1].IsRange() && listedGap(lower, figs[last], figs[last+1]) {
		last++
	}
	if first == last || !changeBefore(tail(lower, figs[first].Offset)) {
		return false
	}
	for k := first; k < last; k++ {
		if gap := lower[figs[k].Offset+len(figs[k].Text) : figs[k+1].Offset]; strings.Contains(gap, " in ") || strings.Contains(gap, " by ") {
			return false // "fell by 12% in Kent and by 9% in Medway": each its own
		}
	}
	after := lower[figs[last].Offset+len(figs[last].Text):]
	return measure.RespectivelyAfter(after) || namesListedAfter(after) == last-first+1
}

// namesListedLeadRe opens names listed after a list of values: " in ",
// " across ". namesListedEndRe ends them: a year said once after them,
// or the sentence's or clause's end.
var (
	namesListedLeadRe = lazyre.New(`^\s+(?:in|for|across|among)\s+`)
	namesListedEndRe  = lazyre.New(`(?:\s+(?:in|during)\s+(?:19|20)\d{2}(?:[/–-]\d{2,4})?)?\s*(?:[.;:]|$)`)
	namesListedSepRe  = lazyre.New(`\s*,\s*(?:and\s+)?|\s+and\s+`)
)

// namesListedAfter is the number of names or periods listed at the head
// of after, "in kent, medway and surrey in 2023" (three), or 0.
func namesListedAfter(after string) int {
	m := namesListedLeadRe.FindStringIndex(after)
	if m == nil {
		return 0
	}
	rest := after[m[1]:]
	e := namesListedEndRe.FindStringIndex(rest)
	if e == nil || e[0] == 0 {
		return 0
	}
	list := rest[:e[0]]
	if strings.ContainsAny(list, "()%£") {
		return 0
	}
	return len(namesListedSepRe.Split(list, -1))
}

// perPoundBeforeRe ends with the words that make a sum of money what
// another is per: "every", "for each", "per".
var perPoundBeforeRe = newEndRe(lazyre.New(`(?i)\b(?:every|each|per)\s+$`))

// markPerPound makes a sum of money that another sum of the sentence is
// per its base: in "every £1 invested returns £3.06" and "£4 of value for
// each £1 spent" the finding is the return, and the £1 what it is a
// return on, as a survey's size is what its share is of.
func markPerPound(lower string, figs []evidence.Figure) {
	for i := range figs {
		f := &figs[i]
		if f.Unit != evidence.UnitGBP || f.Role != "" || f.IsRange() || !perPoundBeforeRe.MatchString(tail(lower, f.Offset)) ||
			strings.HasPrefix(lower[f.Offset+len(f.Text):], " of ") {
			continue // "every £1 of the budget" is all of it
		}
		for j, g := range figs {
			if j != i && g.Unit == evidence.UnitGBP && g.Role != evidence.RoleBase && !perPoundBeforeRe.MatchString(tail(lower, g.Offset)) {
				f.Role = evidence.RoleBase
				break
			}
		}
	}
}

// establishmentBeforeRe ends with the words before a workforce's
// establishment (see outOfBeforeRe).
var establishmentBeforeRe = newEndRe(lazyre.New(`(?i)\bestablishment\s+of\s+$`))

// staffInPostHeadline marks as the headline the count an establishment
// base is counted against ("18.6 WTE nurses against an establishment of
// 24 WTE, a vacancy rate of 22.5%"): the staff in post are what the
// sentence reports, the vacancy rate what follows from them. It reports
// whether it marked one.
func staffInPostHeadline(lower string, figs []evidence.Figure) bool {
	for i := range figs {
		if figs[i].Role != evidence.RoleBase || !establishmentBeforeRe.MatchString(tail(lower, figs[i].Offset)) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if g := &figs[j]; g.Unit == evidence.UnitCount && g.Role == "" && !g.IsRange() {
				g.Role = evidence.RoleHeadline
				return true
			}
		}
	}
	return false
}

// outOfBeforeRe ends with the "out of" before a whole: "out of 38",
// "out of the 58", "out of a total of 120"; or a workforce's
// establishment, the posts its vacancies or staff in post are counted
// in: "24 vacancies in an establishment of 131", "against a commissioned
// establishment of 24 WTE".
var outOfBeforeRe = newEndRe(lazyre.New(`(?i)(?:\bout\s+of\s+(?:(?:the|all|its|their|our|a\s+total\s+of)\s+)?|\b(?:in|against|from|of)\s+(?:an?|the|its|their|our)\s+(?:(?:funded|commissioned|agreed|budgeted|planned|full|total)\s+)?establishment\s+of\s+)$`))

// costVerbBeforeRe ends with the verb of what a thing counted costs:
// "would cost", "will cost roughly", "costs".
var costVerbBeforeRe = newEndRe(lazyre.New(`(?i)\b(?:would|will|could|may|might|to)?\s*(?:cost|costs|costing)\s+(?:(?:roughly|around|about|approximately|an\s+estimated|up\s+to|some|nearly|almost|just\s+over|just\s+under|over|more\s+than|less\s+than)\s+)?$`))

// fromValues are the figures that are the earlier value of "rose from
// 12% (in 2019) to 18%", or of "went 31% to 9%" with no "from": the level
// the sentence reports is the one after "to", never the one it went
// from, a survey's base or no.
func fromValues(lower string, figs []evidence.Figure) map[int]bool {
	var from map[int]bool
	for i := 0; i+1 < len(figs); i++ {
		a, b := figs[i], figs[i+1]
		if a.Unit != b.Unit || a.Role != "" || b.Role != "" && b.Role != evidence.RoleHeadline || b.Offset < a.Offset+len(a.Text) {
			continue
		}
		gap := lower[a.Offset+len(a.Text) : b.Offset]
		if !toAfterRe.MatchString(gap) {
			continue
		}
		lead := tail(lower, a.Offset)
		if strings.HasSuffix(strings.TrimRight(lead, " "), "from") && changeVerbBefore(lower, a.Offset-len("from ")) ||
			directChangeVerbRe.MatchString(lead) {
			if from == nil {
				from = map[int]bool{}
			}
			from[i] = true
		}
	}
	return from
}

// changeBefore reports the words of a change before a figure (before is
// the text before it): "rose by", "a rise of", "up"; not the "up" of a
// phrasal verb ("make up half of referrals", "take up the offer").
func changeBefore(before string) bool {
	if !changeBeforeRe.MatchString(before) {
		return false
	}
	t := strings.TrimRight(before, " ")
	if strings.HasSuffix(t, " up") {
		t = strings.TrimSuffix(t, " up")
		return !endsWithAny(t, "make", "makes", "made", "making", "take", "takes", "took", "taking", "taken", "sign", "signed", "pick", "picked", "set", "sets", "end", "ended", "ends", "end")
	}
	return true
}

// laterCount reports a count among figs that is not yet a base; with
// bare set, only a number with no noun of its own ("44 said") counts.
func laterCount(figs []evidence.Figure, bare bool) bool {
	for _, f := range figs {
		if f.Unit == evidence.UnitCount && f.Role == "" && (!bare || bareNumber(f.Text)) {
			return true
		}
	}
	return false
}

// laterDrawnCount reports a later count among figs with no noun of its
// own, drawn from the group before it ("In a survey of 52 nurses, 44
// said"); a count of people named after it ("We spoke to 23 parents and
// 11 young people") is a second group beside the first, not part of it,
// though the figure's text may hold the number alone.
func laterDrawnCount(lower string, figs []evidence.Figure) bool {
	for _, f := range figs {
		if f.Unit == evidence.UnitCount && f.Role == "" && bareNumber(f.Text) && !peopleAfterRe.MatchString(lower[f.Offset+len(f.Text):]) {
			return true
		}
	}
	return false
}

// laterLevel reports a later sum or rate among figs: "Across the 20
// councils we surveyed, the budget averaged £74,000" measures the group
// it opens with, which is its base.
func laterLevel(figs []evidence.Figure) bool {
	for _, f := range figs {
		if (f.Unit == evidence.UnitGBP || f.Unit == evidence.UnitOther) && f.Role == "" {
			return true
		}
	}
	return false
}

// laterOfSameNoun reports a later count whose noun is the one after the
// group's number: "In our audit of 120 EHC plans, ... 31 plans had not
// been updated" counts plans drawn from the 120.
func laterOfSameNoun(lower string, group evidence.Figure, figs []evidence.Figure) bool {
	nouns := map[string]bool{}
	if gw := strings.Fields(strings.ToLower(group.Text)); len(gw) > 1 {
		nouns[gw[len(gw)-1]] = true
	} else {
		// The group's noun after its number, up to the end of its phrase:
		// "120 EHC plans,".
		end := group.Offset + len(group.Text)
		for k, w := range strings.Fields(lower[end:min(len(lower), end+40)]) {
			t := strings.TrimRight(w, ",;:.()")
			if k == 3 || t == "" || t == "from" || t == "in" || t == "at" || t == "across" || t == "of" {
				break
			}
			nouns[t] = true
			if t != w {
				break
			}
		}
	}
	for _, f := range figs {
		if f.Unit != evidence.UnitCount || f.Role != "" {
			continue
		}
		fw := strings.Fields(strings.ToLower(f.Text))
		if len(fw) > 1 && nouns[fw[len(fw)-1]] {
			return true
		}
	}
	return false
}

// bareNumber reports a figure's text that ends with its number: "44",
// "only 9", "eight".
func bareNumber(text string) bool {
	t := strings.TrimSpace(text)
	if t == "" {
		return false
	}
	if isDigit(t[len(t)-1]) {
		return true
	}
	f := strings.Fields(strings.ToLower(t))
	return numberWordSet[f[len(f)-1]]
}

// countNounIsBase reports a count whose noun names the people surveyed
// ("1,200 respondents").
func countNounIsBase(text string) bool {
	t := strings.ToLower(text)
	return strings.HasSuffix(t, "respondents") || strings.HasSuffix(t, "responses") || strings.HasSuffix(t, "participants") ||
		strings.HasSuffix(t, "interviewees")
}

var (
	// thresholdBeforeRe ends with the words that make a duration the time
	// limit a share is counted against: "seen within", "waiting over",
	// "waits of more than", "within the" (before "18-week standard").
	thresholdBeforeRe = newEndRe(lazyre.New(`(?i)\b(?:within|under|over|more\s+than|longer\s+than|less\s+than|beyond|at\s+least|exceeding|in\s+excess\s+of)(?:\s+the)?\s*$`))
	// thresholdStatedRe ends with words that make the duration after the
	// limit word the finding itself: "the median wait was over 18 weeks",
	// "rose to more than 20 weeks".
	thresholdStatedRe = newEndRe(lazyre.New(`(?i)\b(?:is|are|was|were|be|been|being|to|by|at|from|of\s+around|averaged|averaging|remained|stood|reached|now|still|typically|usually|median|average|mean)\s+(?:within|under|over|more\s+than|longer\s+than|less\s+than|beyond|at\s+least|exceeding|in\s+excess\s+of)(?:\s+the)?\s*$`))
)

// earlierTimeListed reports figure f a value of a bracket of times'
// values before the last, "64%" of "fell by 6 points (64% in 2023; 58%
// in 2024)": an earlier value, never the headline (hostile check 65).
func earlierTimeListed(lower string, f evidence.Figure) bool {
	c, ok := measure.ComparatorAt(lower, f.Offset, f.Offset+len(f.Text))
	if !ok || c.Kind != measure.ComparatorPeriod {
		return false
	}
	cs := measure.Comparators(lower, c.Open)
	return len(cs) > 1 && cs[len(cs)-1].ValueStart > c.ValueStart
}

// markThresholds gives the role of threshold to a duration that is the
// time limit a share of the same sentence is counted against ("the share
// seen within four weeks fell by 5 percentage points to 30%"), or the
// people or events counted past it ("more than 12 hours in A&E on 8,700
// occasions"), and makes the share or count the headline: a briefing
// quoting "four weeks" as the finding quoted the measure's name, not its
// value. A duration stated as the finding ("the median wait was over 18
// weeks") is no threshold.
func markThresholds(lower string, figs []evidence.Figure) {
	share := -1
	for i, f := range figs {
		if f.Unit == evidence.UnitPercent && (f.Role == "" || f.Role == evidence.RoleHeadline) && !earlierTimeListed(lower, f) {
			if share < 0 || f.Role == evidence.RoleHeadline {
				share = i
			}
		}
	}
	if share < 0 {
		// "Waits of more than 52 weeks affected 1,200 children": the
		// count of the people past the limit, where no share is given;
		// "waits of over two years in three areas" counts no people,
		// and its wait may be the finding.
		for i, f := range figs {
			if f.Unit != evidence.UnitCount || f.IsRange() || (f.Role != "" && f.Role != evidence.RoleHeadline) {
				continue
			}
			after := lower[f.Offset+len(f.Text):]
			if k := strings.LastIndexAny(f.Text, "0123456789"); k >= 0 {
				after = lower[f.Offset+k+1:]
			}
			if peopleAfterRe.MatchString(after) || eventsAfterRe.MatchString(after) || waitedAfterRe.MatchString(after) && !hasCount(figs[:i]) || numberReached(lower, f) || labelsValue(lower, f) || drawnFromPeople(lower, figs[:i], f) {
				share = i
				break
			}
		}
	}
	if share < 0 {
		// "The share seen within 18 weeks fell by 4 percentage points":
		// a change in points is the share's, the only figure it has.
		for i, f := range figs {
			if f.Role == evidence.RoleChange && (measure.PointsChange(f) || numberOfRe.MatchString(lower)) {
				share = i
				break
			}
		}
	}
	if share < 0 {
		return
	}
	found := false
	var clause []int
	for i := range figs {
		f := &figs[i]
		if f.Role != "" || f.IsRange() || !limitDuration(*f) {
			continue
		}
		if f.Unit == evidence.UnitOther {
			// Hours and days bound only what their own clause counts:
			// "contacts every family within 10 working days, and the
			// share ... fell to 12%" is a service's timetable and a
			// finding, "aim to see them within 4 hours; they met it for
			// 82%" a standard and how often it was met.
			if clause == nil {
				clause = clauseIndexes(lower, figs)
			}
			if clause[i] != clause[share] {
				continue
			}
		}
		if limitWorded(lower, *f) {
			f.Role, found = evidence.RoleThreshold, true
		}
	}
	if found && figs[share].Role == "" {
		figs[share].Role = evidence.RoleHeadline
	}
	if found {
		headlineEachThresholdClause(lower, figs)
		headlineStatedWait(lower, figs)
	}
}

// drawnFromPeople reports a count f with no noun of its own drawn from a
// base among earlier that counts people or events: "Of the 10,000
// children referred in 2023, 3,200 were seen within 18 weeks" counts
// 3,200 of the children past (here, within) the limit, the headline.
// Before (hostile check 55) the 3,200 had no role and the 18 weeks was
// read as a figure of its own.
func drawnFromPeople(lower string, earlier []evidence.Figure, f evidence.Figure) bool {
	if !bareNumber(strings.TrimSuffix(f.Text, "k")) {
		return false
	}
	for _, g := range earlier {
		if g.Role != evidence.RoleBase || g.Unit != evidence.UnitCount || g.IsRange() {
			continue
		}
		after := lower[g.Offset+len(g.Text):]
		if k := strings.LastIndexAny(g.Text, "0123456789"); k >= 0 {
			after = strings.TrimPrefix(lower[g.Offset+k+1:], "k")
		}
		if peopleAfterRe.MatchString(after) || eventsAfterRe.MatchString(after) {
			return true
		}
	}
	return false
}

// limitWorded reports a duration worded as a time limit ("more than 18
// weeks", "within four weeks"), not stated as a finding ("the median
// wait was over 18 weeks"). The limit word may be the figure's own
// qualifier ("more than 52 weeks") or stand before it ("within four
// weeks").
func limitWorded(lower string, f evidence.Figure) bool {
	if f.IsRange() || !limitDuration(f) {
		return false
	}
	lead := lower[max(0, f.Offset-64):f.Offset]
	if f.Qualifier != "" {
		lead += " " + strings.ToLower(f.Qualifier)
	}
	return thresholdBeforeRe.MatchString(lead) && !thresholdStatedRe.MatchString(lead)
}

// headlineStatedWait makes a wait or stay stated as an earlier clause's
// finding ("The median wait was 27 weeks, and 19% had waited more than a
// year") that clause's headline, as each clause's level is one: the
// share past the later limit is its own clause's headline, not the
// sentence's. Only a duration with no role, in a clause before every
// headline, is one: a limit counted against was made a threshold before.
func headlineStatedWait(lower string, figs []evidence.Figure) {
	clause := clauseIndexes(lower, figs)
	first := -1
	for i, f := range figs {
		if f.Role == evidence.RoleHeadline {
			first = i
			break
		}
	}
	if first < 0 {
		return
	}
	for i, f := range figs[:first] {
		if clause[i] < clause[first] && f.Role == "" && !f.IsRange() && limitDuration(f) {
			figs[i].Role = evidence.RoleHeadline
			return
		}
	}
}

// eventsAfterRe follows a count of things that happened, each of which
// may have passed a time limit: "8,700 occasions", "2,300 attendances by
// children", "2,140 cases".
// waitedAfterRe opens what a bare count did: waited. "Of these, 61,200
// had been waiting for more than 52 weeks, compared with fewer than 2,000
// adults" counts the 61,200 past the limit; the adults after "compared
// with" were read as the finding. Only the sentence's first count:
// "Three of them …, and two had waited more than 18 weeks" counts the
// three.
var waitedAfterRe = lazyre.New(`^\s+(?:(?:had|have|has|were|was)\s+)?(?:been\s+)?(?:waiting|waited)\b`)

// numberOfRe opens a sentence on the number of those past a limit: "The
// number of children waiting more than 52 weeks fell by 38% in the
// quarter, to 146."
var numberOfRe = lazyre.New(`^(?:\W*(?:in|by|at)\s[^,]{1,40},\s+)?the\s+(?:total\s+)?number\s+of\s`)

// reachedBeforeRe ends the words before the value a number reached:
// "fallen to", "rose to", "stood at", "was".
var reachedBeforeRe = newEndRe(lazyre.New(`\b(?:to|at|was|is|were|reached|of)\s+(?:just\s+|around\s+|about\s+)?$`))

// numberReached reports a count f that a sentence opening on "the number
// of" those past a limit gives as the number's value: "The number of
// young people waiting more than 18 weeks had fallen to 310" counts 310
// of them; the 18 weeks, read as the headline, was the measure's name
// (held-out set 93).
func numberReached(lower string, f evidence.Figure) bool {
	return numberOfRe.MatchString(lower) && reachedBeforeRe.MatchString(lower[:f.Offset])
}

// hasCount reports a count among figs.
func hasCount(figs []evidence.Figure) bool {
	for _, f := range figs {
		if f.Unit == evidence.UnitCount {
			return true
		}
	}
	return false
}

var eventsAfterRe = lazyre.New(`(?i)^\s*(?:[a-z’'-]+\s+){0,2}?(?:` + eventNouns + `)\b`)

// peopleNouns and eventNouns are the nouns of people and of things that
// happened a count counts: "412 young people", "8,700 occasions". A
// glued "k" scales a count of them (scaleAfter).
const (
	peopleNouns = `people|children|parents|carers|families|pupils|students|respondents|members|adults|girls|boys|teenagers|residents|patients|users|staff|nurses|teachers|clinicians`
	eventNouns  = `occasions|cases|attendances|admissions|referrals|episodes|incidents|visits|appointments|contacts|presentations|assessments|transfers|stays`
)

// limitDuration reports a duration a count or share may be counted
// against: weeks, months and years, and hours and days ("more than 12
// hours in A&E", "within 5 days"), which are unit other.
func limitDuration(f evidence.Figure) bool {
	switch f.Unit {
	case evidence.UnitWeeks, evidence.UnitMonths, evidence.UnitYears:
		return true
	case evidence.UnitOther:
		w := strings.Fields(strings.ToLower(f.Text))
		return len(w) > 0 && durationUnit(w[len(w)-1]) == evidence.UnitOther
	}
	return false
}

// labelsValue reports a count that is a label's value, ending its line:
// "Waiting more than 18 weeks: 1,145" counts those past the label's limit.
func labelsValue(lower string, f evidence.Figure) bool {
	end := f.Offset + len(f.Text)
	return strings.HasSuffix(strings.TrimRight(lower[:f.Offset], " "), ":") && strings.Trim(lower[min(end, len(lower)):], " .") == ""
}

// headlineEachThresholdClause makes the share of each clause holding a
// threshold its headline, where the clause has none: "45% of children
// waited over 18 weeks, while 30% of adults waited over 12 weeks" reports
// both shares.
func headlineEachThresholdClause(lower string, figs []evidence.Figure) {
	clause := clauseIndexes(lower, figs)
	for i, f := range figs {
		if f.Role != evidence.RoleThreshold {
			continue
		}
		share := -1
		for j, g := range figs {
			if clause[j] != clause[i] {
				continue
			}
			if g.Role == evidence.RoleHeadline {
				share = -1
				break
			}
			if share < 0 && g.Unit == evidence.UnitPercent && g.Role == "" {
				share = j
			}
		}
		if share >= 0 {
			figs[share].Role = evidence.RoleHeadline
		}
	}
}

// clauseJoins join two clauses each with a subject and verb of its own.
var clauseJoins = []string{";", " while ", " whereas ", ", but ", ", although ", ", and ", ", with "}

// clauseIndexes numbers the clauses of a sentence's figures: figures
// with a clause join between them (outside brackets) are in clauses one
// after the other.
func clauseIndexes(lower string, figs []evidence.Figure) []int {
	out := make([]int, len(figs))
	for i := 1; i < len(figs); i++ {
		out[i] = out[i-1]
		from, to := figs[i-1].Offset+len(figs[i-1].Text), figs[i].Offset
		if to <= from {
			continue
		}
		for _, sep := range clauseJoins {
			if k := strings.Index(lower[from:to], sep); k >= 0 && strings.Count(lower[:from+k], "(") <= strings.Count(lower[:from+k], ")") {
				out[i]++
				break
			}
		}
	}
	return out
}

// changeToRe joins a change to the level it reached: "by 5 percentage
// points to" before "30%", "12% to" before "4,500", "12% in real terms
// to" before "£4.1bn", "£2m in 2024 to", "18% between 2021/22 and
// 2023/24, to"; and "18% on the same quarter last year, at" before the
// level it changed to. A period of any words may come between, with a
// comma or none ("risen by 58% in five years, to 4,120", "by 40% since
// 2015, to about 6,400", "by 56% between April 2022 and June 2025, to"):
// the level is the headline, as the quality package's conventions say of
// "fell by about a quarter ..., to 968 children". A level after ",
// reaching" is no headline: the development set leads with the change
// there ("rose by 140% since 2015, reaching 576,474").
var changeToRe = lazyre.New(`^\s*(?:,\s*)?(?:in\s+(?:real|cash)\s+terms\s+|in\s+\S+\s+|between\s+\S+\s+and\s+[^\s,]+,?\s+|(?:in|on|over|since|between|during|compared\s+with)\s+[^.;:,()%]{1,50}?(?:,\s*|\s+))?to\s*$|^\s*(?:(?:on|from|since|in|over|compared\s+with)\s+[^.;:,]{1,50})?,\s*at\s*$`)

// markChangeTargets makes the level a change reached a headline: in
// "fell by 5 percentage points to 30%" the sentence reports 30%, and 5
// percentage points is its change. Each clause's level is one, whatever
// another clause reports: in "Spending fell by £2m to £10m, while 45% of
// children waited" both £10m and 45% are findings.
func markChangeTargets(lower string, figs []evidence.Figure) {
	for i := 0; i+1 < len(figs); i++ {
		c, t := figs[i], &figs[i+1]
		if c.Role != evidence.RoleChange || t.Role != "" || t.IsRange() || t.Offset < c.Offset+len(c.Text) {
			continue
		}
		if changeToRe.MatchString(lower[c.Offset+len(c.Text) : t.Offset]) {
			t.Role = evidence.RoleHeadline
		}
	}
	// "Spending rose to £10m in 2024, up £2m on 2023": the level stated
	// before its change.
	for i := 0; i+1 < len(figs); i++ {
		t, c := &figs[i], figs[i+1]
		if c.Role != evidence.RoleChange || t.Role != "" || t.IsRange() || t.Unit != c.Unit || c.Offset < t.Offset+len(t.Text) {
			continue
		}
		if changeAfterLevelRe.MatchString(lower[t.Offset+len(t.Text) : c.Offset]) {
			// After a list, the list's latest value: "was 45.2 in 2023
			// and 40.1 in 2022, a rise of 5.1" rose to 45.2.
			if l := &figs[measure.ListedLevel(lower, figs, i)]; l.Role == "" {
				l.Role = evidence.RoleHeadline
			}
		}
	}
}

// changeAfterLevelRe joins a level to the change stated after it, in
// its clause: "in 2024, up", ", a rise of", "(down".
var changeAfterLevelRe = lazyre.New(`^[^,;()]{0,30}(?:,\s*|\(\s*)(?:up|down|a\s+(?:rise|fall|drop|increase|decrease|cut|reduction)\s+of|an\s+increase\s+of)\s+(?:by\s+)?$`)

// likelihoodRe follows (or ends) a ratio that compares how likely or how
// often something is for a group than for others: "twice as likely",
// "three times more likely", "twice the rate", "as often".
var likelihoodRe = lazyre.New(`(?i)^[^,;:()]{0,12}?\b(?:likely|often|the\s+rate|their\s+rate)\b`)

// markRatioHeadlines makes a ratio comparing a group's likelihood the
// headline of its clause over a count before it: in "In 2024, 3,100
// children in care were almost twice as likely to be admitted" the
// finding is the ratio, and the 3,100 the group it is of, its base; in
// "Across 14 schools, pupils were nearly three times as likely to be
// excluded" the schools are where it was found. The first figure of the
// clause was quoted for the comparison. "3,100 children were referred,
// almost twice as many as in 2019" compares the count with a year and
// keeps the count.
func markRatioHeadlines(lower string, figs []evidence.Figure) {
	var clause []int
	for i := range figs {
		f := figs[i]
		if f.Unit != evidence.UnitRatio || f.Role != "" || f.IsRange() {
			continue
		}
		k := strings.LastIndex(strings.ToLower(f.Text), "times")
		if k < 0 {
			k = strings.LastIndex(strings.ToLower(f.Text), "twice")
		}
		if k < 0 || !likelihoodRe.MatchString(lower[f.Offset+k:]) {
			continue
		}
		if clause == nil {
			clause = clauseIndexes(lower, figs)
		}
		count, marked := -1, false
		for j := range figs {
			g := figs[j]
			if j == i || clause[j] != clause[i] {
				continue
			}
			if g.Role == evidence.RoleHeadline {
				marked = true
			}
			if j < i && count < 0 && g.Unit == evidence.UnitCount && !g.IsRange() && (g.Role == "" || g.Role == evidence.RoleBase) {
				count = j
			}
		}
		if marked || count < 0 {
			continue
		}
		figs[i].Role = evidence.RoleHeadline
		if c := &figs[count]; c.Role == "" {
			after := lower[c.Offset+len(c.Text):]
			if k := strings.LastIndexAny(c.Text, "0123456789"); k >= 0 {
				after = lower[c.Offset+k+1:]
			}
			if peopleAfterRe.MatchString(after) || c.Offset < 40 && ofTheStartRe.MatchString(lower[:c.Offset]) {
				c.Role = evidence.RoleBase
			}
		}
	}
}
