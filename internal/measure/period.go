package measure

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// Period is when a figure holds, read from its text: a year ("2023"), a
// financial or academic year ("2023/24"), a month ("March 2024"), a run of
// months ("April–May 2024"), a quarter of a calendar or financial year
// ("Q1 2024", "Q4 2023/24"), twelve months to a month ("12 months to
// November 2023"), a span of years ("2015–2023") or a start with no end
// ("since 2015/16").
type Period struct {
	// From and To are the first and last month it covers, as year*12 +
	// month-1; To is 0 for an open period.
	From, To int
	// Open marks "since X": from X to when the source was written.
	Open bool
	// Text is the canonical form, as records carry it.
	Text string
}

// IsZero reports the absence of a period.
func (p Period) IsZero() bool { return p.Text == "" }

// Equal reports two periods that cover the same months. Open periods are
// equal only to each other, from the same start.
func (p Period) Equal(q Period) bool {
	return !p.IsZero() && !q.IsZero() && p.Open == q.Open && p.From == q.From && p.To == q.To
}

// Before reports a closed period that ends before another closed one starts.
func (p Period) Before(q Period) bool {
	return !p.IsZero() && !q.IsZero() && !p.Open && !q.Open && p.To < q.From
}

var monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December"}

// monthIndex reads a month's name or its abbreviation ("Sep", "Sept",
// "Sep.", "Jan"): 1 to 12, or 0. It is the one list of month names the
// period scanner, the citation reader and the sentence splitter
// (MonthCutShort) read.
func monthIndex(w string) int {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	if len(w) < 3 {
		return 0
	}
	for i, m := range monthNames {
		lm := strings.ToLower(m)
		if w == lm || len(w) >= 3 && strings.HasPrefix(lm, w) && (len(w) == 3 || w == "sept") {
			return i + 1
		}
	}
	return 0
}

// MonthCutShort reports a month's name cut short, "Sep", "Sept" or
// "Jan" (with or without its stop): a stop after it ends no sentence and
// parts it from no year. "May" is the whole name.
func MonthCutShort(w string) bool {
	m := monthIndex(w)
	return m > 0 && len(strings.TrimSuffix(w, ".")) < len(monthNames[m-1])
}

// seasonMonths are the months of "spring 2025" and its kind.
var seasonMonths = map[string][2]int{"spring": {3, 5}, "summer": {6, 8}, "autumn": {9, 11}, "winter": {12, 14}}

// found is a period found in a text, with its span and what comes before.
type found struct {
	Period
	start, end int
	// since, by and compared say what the words before it make it: the
	// start of an open period, a target, or the period a figure is
	// compared with ("on 2022/23", "than in 2019-20").
	since, compared bool
}

// hasYear is a cheap test before the patterns run: most statistics name no year.
func hasYear(s string) bool {
	for i := 0; i+3 < len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigit(s[i+2]) && isDigit(s[i+3]) &&
			(i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4])) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// findPeriods lists the periods of a text in order, none overlapping.
func findPeriods(s string) []found { return scanPeriods(s, nil, nil) }

func spanTaken(taken []bool, a, b int) bool {
	for i := a; i < b; i++ {
		if taken[i] {
			return true
		}
	}
	return false
}

// comparedBeforeRe ends with the words that make a period the one a figure
// is compared with: "up 8% on 2022/23", "down 3pp on 2022" (as "down 3
// percentage points on 2022" is; hostile check 54: the 3pp was stored as
// 2022's), "than in 2019-20", "compared with 49.2% in 2022", "from 1,020
// in", "its 2015/16 value", "3pp above 2022" (hostile check 55: the 3pp
// was stored as 2022's), "up 3 pts on 2022" (hostile check 57), "down 2
// from 2022" (hostile check 60: the 2 was stored as 2022's), "Compared
// with Kent in 2019, there is now one … for every 2,800" (a few words,
// no number, between: the year is Kent's, compared with; hostile check
// 64: the 2,800 was stored as 2019's, and linked as a trend from it),
// "the same as in 2022", "unchanged from 2022", "similar to 2022" (the
// level is of the sentence's other year, and the year named is the one
// it is likened to; hostile check 66: the 2023 level was dated 2022).
var comparedBeforeRe = lazyre.New(`(?:(?:\d(?:%|\s?(?i:pp|ppts?))?|per cent|points?|\bpts?|\bup|\bdown|\bhigher|\blower|\bmore|\bfewer|\bless|\bincrease|\brise|\bfall|\bdrop|\bdecrease|\bcut|\bgrowth)\s+on(?:\s+the\s+same\s+(?:period|month|quarter|time)\s+(?:in|of|last))?|(?:\d(?:%|\s?(?i:pp|ppts?))?|per cent|points?|(?:\d|%)\s?pts?)\s+(?:above|below)(?:\s+(?:that\s+)?(?:of|in))?|\bthan(?:\s+(?:it|they|there)\s+(?:was|were|did|had))?(?:\s+in)?|\bcompared\s+(?:with|to)(?:\s+[\d,.]+%?)?(?:\s+(?:the\s+)?same\s+(?:period|month|quarter|time))?(?:\s+in)?|\bcompared\s+(?:with|to)(?:\s+[^\s\d,;:.()]+){1,4}\s+in|\bagainst(?:\s+\S+)?(?:\s+in)?|\bfrom\s+[\d,.]+%?(?:\s+\S+)?\s+in|(?:\d(?:%|\s?(?i:pp|ppts?))?|points?|\bpts?|\bup|\bdown)\s+from|\bits|\bsame\s+as(?:\s+(?:it\s+was\s+|they\s+were\s+)?in)?|\bunchanged\s+(?:from|on)(?:\s+in)?|\bsimilar\s+to(?:\s+(?:that\s+)?(?:of|in))?)$`)

func comparedBefore(before string) bool {
	// Every form ends with one of these words; most periods have none.
	b := before
	if i := strings.LastIndexByte(b, ' '); i >= 0 {
		b = b[i+1:]
	}
	switch b {
	case "on", "in", "than", "with", "to", "against", "its", "was", "were", "did", "had", "time", "period",
		"month", "quarter", "of", "last", "above", "below", "from", "as":
		return comparedBeforeRe.MatchString(before)
	}
	return false
}

// notAPeriod rules out years that name something else: an act ("Children
// and Families Act 2014"), a plan or a strategy, a year used as an
// adjective ("the 2014 reforms"), an age ("in their 2020s").
func notAPeriod(s string, a, b int) bool {
	before := strings.ToLower(strings.TrimSpace(s[max(0, a-24):a]))
	if strings.HasSuffix(before, "act") || strings.HasSuffix(before, "regulations") || strings.HasSuffix(before, "plan") ||
		strings.HasSuffix(before, "strategy") || strings.HasSuffix(before, "order") {
		return true
	}
	if publishedBeforeRe.MatchString(before) {
		// "A report published in March 2024 found that 45% …": when the
		// work came out, not when its figures are of (hostile check 100:
		// dated March 2024, and set against another source's 2024 value).
		return true
	}
	after := s[b:]
	if strings.HasPrefix(after, "s") || strings.HasPrefix(after, "'s") {
		return true // the 2020s
	}
	if w := strings.ToLower(firstWord(after)); (w == "prices" || w == "price") && (strings.HasSuffix(before, "(") || strings.HasSuffix(before, "at") ||
		priceBaseAfterRe.MatchString(after)) {
		// "(2023/24 prices)", "at 2024 price levels": the year whose
		// prices a sum is given in, not when it was spent; taken out as a
		// period, the measure kept "( prices)".
		return true
	}
	// "the 2014 reforms": a year between a determiner and a noun dates the
	// noun, unless the noun is a survey's or a count's.
	if strings.HasSuffix(before, "the") || strings.HasSuffix(before, "its") || strings.HasSuffix(before, "their") {
		next := strings.ToLower(firstWord(after))
		switch next {
		case "", "to", "and", "survey", "census", "data", "figures", "statistics", "wave", "report", "count", "snapshot":
			return false
		}
		return next[0] >= 'a' && next[0] <= 'z'
	}
	return false
}

// publishedBeforeRe ends the words before the day a work came out:
// "published in", "released in", "published on 3".
var publishedBeforeRe = lazyre.New(`\b(?:published|released|issued)\s+(?:in|on)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?$`)

// priceBaseAfterRe follows the year of a price base that ends its phrase:
// "2023/24 prices)", "2024 prices,".
var priceBaseAfterRe = lazyre.New(`^\s*(?i:prices?)(?:\s+(?:base|levels?))?\s*(?:[),.;:]|$)`)

// firstWord is the first word of s, after spaces.
func firstWord(s string) string {
	s = strings.TrimLeft(s, " ")
	i := 0
	for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z' || s[i] == '-') {
		i++
	}
	return s[:i]
}

// monthsPeriod is a run of months: "April–May 2024", "December 2023–January 2024".
func monthsPeriod(y1, m1, y2, m2 int) Period {
	text := monthNames[m1-1] + "–" + monthNames[m2-1] + " " + strconv.Itoa(y2)
	if y1 != y2 {
		text = monthNames[m1-1] + " " + strconv.Itoa(y1) + "–" + monthNames[m2-1] + " " + strconv.Itoa(y2)
	}
	return Period{From: y1*12 + m1 - 1, To: y2*12 + m2 - 1, Text: text}
}

// fyPeriod reads a financial or academic year written "2023/24", "2023-24",
// "2023–24" or "2023/2024": April to March (an academic year starts in
// September, but both are written alike and compared as the same year).
func fyPeriod(s string) (Period, bool) {
	y1, err := strconv.Atoi(s[:4])
	if err != nil {
		return Period{}, false
	}
	rest := strings.TrimLeft(s[4:], " /–-")
	rest = strings.TrimLeft(rest, "\u2013")
	y2, err := strconv.Atoi(rest)
	if err != nil {
		return Period{}, false
	}
	if y2 < 100 {
		y2 += y1 / 100 * 100
	}
	if y2 != y1+1 {
		if y2 > y1 {
			return Period{From: y1 * 12, To: y2*12 + 11, Text: fmt.Sprintf("%d–%d", y1, y2)}, true
		}
		return Period{}, false
	}
	return fyOf(y1), true
}

// fyOf is the financial year starting in April of y.
func fyOf(y int) Period {
	return Period{From: y*12 + 3, To: (y+1)*12 + 2, Text: fmt.Sprintf("%d/%02d", y, (y+1)%100)}
}

// ParsePeriod reads a period in the canonical form records carry (see
// Period); the zero Period when it cannot.
func ParsePeriod(text string) Period {
	t := strings.TrimSpace(text)
	if t == "" {
		return Period{}
	}
	open := strings.HasPrefix(t, "since ")
	fs := findPeriods(strings.TrimPrefix(t, "since "))
	if len(fs) != 1 {
		return Period{}
	}
	p := fs[0].Period
	p.Text = t
	if open {
		p.Open, p.To = true, 0
	}
	return p
}
