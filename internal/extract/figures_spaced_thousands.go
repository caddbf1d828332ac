package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// groupSpaces are the spaces that group a number's thousands: plain,
// thin, narrow no-break and no-break; groupSpaceExpr matches one, and
// noGroupSpaces leaves them out.
var groupSpaces = []string{" ", "\u2009", "\u202f", "\u00a0"}

const groupSpaceExpr = `(?: |\x{2009}|\x{202F}|\x{00A0})`

var noGroupSpaces = strings.NewReplacer(" ", "", "\u2009", "", "\u202f", "", "\u00a0", "")

// spacedGroupsRe is a number whose thousands are grouped by a space,
// plain, thin, narrow or no-break, as journals and the SI style write
// them ("370 000", "1 250 000"): the byte before it, the leading group
// and the spaced groups.
var spacedGroupsRe = lazyre.New(`(^|[^\d,.\p{L}])(\d{1,3})((?:` + groupSpaceExpr + `\d{3})+)(?:$|[^\d,.\p{L}]|[.,](?:$|\D))`)

// digitSpaceDigit reports a digit, one of spacedGroupsRe's spaces and a
// digit in a row, which every match of it holds ("370 000"): most
// sentences with a space hold no such run, and regexp tries the pattern
// from each byte to find so.
func digitSpaceDigit(s string) bool {
	for i := 1; i < len(s); i++ {
		if !isDigit(s[i-1]) {
			continue
		}
		rest := s[i:]
		for _, sp := range groupSpaces {
			if strings.HasPrefix(rest, sp) && len(rest) > len(sp) && isDigit(rest[len(sp)]) {
				return true
			}
		}
	}
	return false
}

// spacedLinkBeforeRe ends with a word that joins two numbers ("aged 11 to
// 16 100 times"): the number after it is one of a pair, grouped by space
// only where the sentence already groups a number so ("from 12 000 to
// 14 000").
var spacedLinkBeforeRe = newEndRe(lazyre.New(`(?i)(?:\b(?:to|and|or|by|between)|[-–/])\s*$`))

// phoneBeforeRe ends with a dialling code or trunk prefix ("0800 ",
// "+44 "): the groups after it are a phone number's.
var phoneBeforeRe = newEndRe(lazyre.New(`(?:\b0\d{2,4}|\+\d{1,3})\s$`))

// spacedThousands are the spaces that group a number's thousands in s,
// to be left out so the number is read whole, as dropMarkers leaves out a
// note marker: "370 000 children" is 370,000 children, not a count "000
// children". A space after an age band's end, a list, year group or table
// number, or a phone number's prefix parts two numbers and is kept.
func spacedThousands(s string) []evidence.Marker {
	if !digitSpaceDigit(s) {
		return nil
	}
	var ms []evidence.Marker
	grouped := false
	for _, m := range spacedGroupsRe.FindAllStringSubmatchIndex(s, -1) {
		start, groups := m[4], m[6]
		before := s[:start]
		if notCountBefore(before) || phoneBeforeRe.MatchString(before) ||
			!grouped && spacedLinkBeforeRe.MatchString(before) && !groupedAfterLink(before, s[start:m[5]], s[m[5]:m[7]]) {
			continue
		}
		grouped = true
		rest := s[groups:m[7]]
		for i := 0; i < len(rest); {
			if isDigit(rest[i]) {
				i++
				continue
			}
			j := i + 1
			for j < len(rest) && !isDigit(rest[j]) {
				j++
			}
			ms = append(ms, evidence.Marker{Start: groups + i, End: groups + j})
			i = j
		}
	}
	return ms
}

// bodyAskAfterRe follows the bodies an ask opens with: a modal of
// asking or the "to" of a meeting's action ("Councils should tell",
// "The acute trust to report"). "Must" may state a duty the law sets
// ("The council must respond within 28 days"), a figure: it is left out.
var bodyAskAfterRe = lazyre.New(`^\s*(?:should|need\s+to|needs\s+to|to\s+[a-z])`)

// askedDeadline reports a duration after "within" or "every" in an ask
// whose subject is a body ("Councils should tell the GP within two
// working days", "The acute trust to report every admission within 48
// hours", "a check-in at least every four weeks"): the term the ask
// sets, not a finding; so is one a board's decision puts ("agree that
// the ICB and both councils should set up a process so that teams are
// told within two working days"). A standard measured by a share ("95% of cases
// should start treatment within one week") opens with no body and keeps
// its figure.
func (r *reader) askedDeadline(a, b int) bool {
	t := tail(r.lower, a)
	if !strings.HasSuffix(t, "within ") && !strings.HasSuffix(t, "every ") {
		return false
	}
	from := 0
	if m := decideThatRe.FindStringIndex(r.s); m != nil {
		from = m[1] // "agree that the ICB should ...": the ask is after the decision
	}
	acts, end := leadingActorsEnd(r.s[from:])
	if len(acts) == 0 || end < 0 || from+end > a {
		return from == 0 && bodySubjectAsk(r.lower, a)
	}
	return bodyAskAfterRe.MatchString(r.lower[from+end : a])
}

// decideThatRe opens a board's decision that puts an ask: "agree that",
// "(c) to recommend that", "The panel agreed that" (leftovers round 13h).
var decideThatRe = lazyre.New(`(?i)^(?:\(?[a-z0-9]{1,3}[.)]\s+)?(?:(?:the\s+)?(?:board|committee|panel|group|meeting|partnership)\s+)?(?:is\s+asked\s+)?(?:to\s+)?(?:agree|agrees|agreed|recommend|recommends|recommended|resolve|resolves|resolved)\s+that\s+`)

// timeWorthRe is the minutes a note says a paper is worth of the
// reader's time, as a reading time says how long it takes: "worth ten
// minutes if you can", "well worth 15 minutes of your time".
var timeWorthRe = lazyre.New(`(?i)\bworth\s+(?:(?:just|only|about|around)\s+)?(?:a\s+few|[1-9]|[1-5]\d|one|two|three|five|ten|fifteen|twenty|thirty)\s+(?:min|mins|minutes)\b`)

// yearHedgeRe ends with a hedge that counts, not dates: "about", "nearly",
// "more than".
var yearHedgeRe = newEndRe(lazyre.New(`(?i)\b(?:about|around|nearly|almost|some|roughly|approximately|over|more\s+than|fewer\s+than|less\s+than|under|just\s+over|just\s+under)\s+$`))

// hedgedCount reports a number that reads as a year, 1800 to 1989, with a
// hedge before it: "capacity for about 1800 first appointments", "nearly
// 1950 families". No report of children's services dates a finding by
// such a year hedged so; later years ("around 2020") stay years.
func (r *reader) hedgedCount(a, b int) bool {
	v := parseNumber(r.s[a:b])
	return v >= 1800 && v <= 1989 && yearHedgeRe.MatchString(r.s[:a])
}

// ratioLowRe ends with the low end of a multiple's range and its joining
// word, before the high end: "three to ", "two or ", "2 – ".
var ratioLowRe = newEndRe(lazyre.New(`(?i)\b(` + smallWordRe + `|\d{1,2}(?:\.\d)?)\s*(?:to|or|-|–)\s*$`))

// ratioLowEnd is where a multiple's range starts and its low end, when
// the multiple whose number opens at i of s (v times) is the high end of
// one ("three to four times as often"); i and 0 otherwise.
func ratioLowEnd(s string, i int, v float64) (int, float64) {
	lead := s[max(0, i-16):i]
	if !ratioLowRe.MatchString(lead) {
		return i, 0
	}
	f := strings.Fields(strings.NewReplacer("-", " ", "–", " ").Replace(lead))
	for k := len(f) - 1; k >= 0; k-- {
		if low := wordOrNumber(f[k]); low == low && low > 0 {
			if low >= v {
				return i, 0
			}
			return i - (len(lead) - strings.LastIndex(lead, f[k])), low
		}
	}
	return i, 0
}

// reachedToRe ends with a verb a change reaches its level by and "to"
// (reachedVerbs): "rose to ", "has fallen to ": the number after it is
// the level reached, one number.
var reachedToRe = newEndRe(lazyre.New(`(?i)\b` + reachedVerbs + `\s+to\s*$`))

// lastNumberRe is the last number written before a link word, "980" of
// "from 980 to ".
var lastNumberRe = lazyre.New(`(\d[\d,]*(?:\.\d+)?)\D*$`)

// groupedAfterLink says whether a number after a word joining two
// numbers ("to", "and") is grouped by its space all the same: a thin,
// narrow or no-break space only ever groups thousands ("to 1\u202f120");
// a level a change reached is one number ("rose to 1 120"); and the
// number before the link larger than the lead group would be a pair
// going down a thousandfold ("from 980 to 1 120 children" read as 980
// to 1): a range climbs, "aged 11 to 16 100 times" stays two numbers.
// Before (hostile check 69), "from 980 to 1 120 children" was a count of
// 1, the headline, and 120 children.
func groupedAfterLink(before, lead, groups string) bool {
	if !strings.HasPrefix(groups, " ") {
		return true
	}
	if reachedToRe.MatchString(before) {
		return true
	}
	m := lastNumberRe.FindStringSubmatch(before)
	if m == nil {
		return false
	}
	prev := parseNumber(m[1])
	return prev >= 10 && prev > parseNumber(lead)
}

// spacedCellRe is a cell that is one number grouped in thousands by a
// space, plain, thin, narrow or no-break ("1 120", "£12\u202f500",
// "1\u00a0204\u00a0000"): group 2 is the lead group, 3 the spaced ones.
// A lead group opens with no nought: "0 388" is two values a PDF glued
// into one cell (a target of 0 beside 388), no number.
var spacedCellRe = lazyre.New(`^(£\s?)?([1-9]\d{0,2})((?:` + groupSpaceExpr + `\d{3})+)(?:\.\d+)?%?$`)

// spacedCellFigures reads a table cell that is one spaced number (spacedCellRe)
// as that number, the cell's text as written: "1 120" under "2022/23" is
// 1,120. Before (hostile check 69), such a cell was no figure at all (two
// values of glued columns are never read from it), and a row whose
// figures were all so written was lost. A plain space after three
// digits with one group after it ("212 980") may part two values a
// PDF's columns glued into one cell: read as before (nil), as is a cell
// that is no such number.
func spacedCellFigures(text string, col column) []evidence.Figure {
	t := strings.TrimSpace(text)
	if !digitSpaceDigit(t) {
		return nil
	}
	m := spacedCellRe.FindStringSubmatchIndex(t)
	if m == nil {
		return nil
	}
	groups := t[m[6]:m[7]]
	if m[5]-m[4] == 3 && groups[0] == ' ' && len(groups) == 4 {
		return nil
	}
	read := t[:m[6]] + noGroupSpaces.Replace(groups) + t[m[7]:]
	figs := cellFiguresRead(read, col)
	if len(figs) != 1 || figs[0].Offset != 0 || len(figs[0].Text) != len(read) {
		return nil
	}
	figs[0].Offset, figs[0].Text = strings.Index(text, t), t
	return figs
}
