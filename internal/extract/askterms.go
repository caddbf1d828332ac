package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// Numbers that an ask or a story carries are not findings. A count
// written in words inside a recommendation is the size of what is asked
// ("We would welcome two members of the forum", "fund two more posts",
// "a drop-in in each of the three localities"), and a bare number in a
// range inside one is an age ("one worker who stays with them from 17 to
// 19"). A count of the different people or teams one family met, written
// in words in a story told in the first or third person ("I saw four
// different people", "we have been passed between six different teams"),
// is one person's experience, not a statistic. Counts in digits, money,
// percentages and durations keep their figures: "cut waits to 18 weeks"
// is the standard asked for.

// askTerms drops from a recommendation's figures the terms of the ask
// (see above).
func askTerms(text string, figs []evidence.Figure) []evidence.Figure {
	out := figs[:0]
	for _, f := range figs {
		if f.Unit == evidence.UnitCount && (countInWords(f.Text) || ageInRange(text, f)) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// countInWords reports a count whose number is a word ("two members",
// "three", "two more"), not digits.
func countInWords(text string) bool {
	w, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(text)), " ")
	_, ok := wordNumbers[w]
	return ok && w != "half" && w != "twice"
}

// ageInRange reports a bare number of a range "from 17 to 19" within the
// ages of childhood and youth (up to 25).
func ageInRange(text string, f evidence.Figure) bool {
	t := strings.TrimSpace(f.Text)
	for i := 0; i < len(t); i++ {
		if !isDigit(t[i]) {
			return false
		}
	}
	if f.Value > 25 {
		return false
	}
	return ageRangeRe.MatchString(text)
}

// ageRangeRe is an age range in an ask: "from 17 to 19", "from 16 until
// 25".
var ageRangeRe = lazyre.New(`(?i)\bfrom\s+(?:1\d|2[0-5]|[5-9])\s+(?:to|until|till|through)\s+(?:1\d|2[0-5])\b(?:\s*(?:,|\.|;|$|rather|and|or|so|when|while|instead))`)

// storyCounts drops from a sentence's figures the counts of a personal
// story (see above).
func storyCounts(s string, figs []evidence.Figure) []evidence.Figure {
	if !strings.Contains(s, " different ") || !storyVoiceRe.MatchString(s) {
		return figs
	}
	out := figs[:0]
	for _, f := range figs {
		if f.Unit == evidence.UnitCount && countInWords(f.Text) && differentAfter(s, f) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// differentAfter reports "different" right after the number: "four
// different people".
func differentAfter(s string, f evidence.Figure) bool {
	if f.Offset < 0 || f.Offset >= len(s) {
		return false
	}
	w, _, _ := strings.Cut(strings.TrimSpace(f.Text), " ")
	rest := strings.TrimLeft(s[min(len(s), f.Offset+len(w)):], " ")
	return strings.HasPrefix(rest, "different ")
}

// storyVoiceRe is a story's voice: the first person, or one person told
// of ("he had seen", "she was passed").
var storyVoiceRe = lazyre.New(`\b(?:I|[Mm]y|[Ww]e|[Oo]ur|[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Mm]e)\b`)

// thanksOpenRe opens a sentence of thanks: "We would like to thank", "Thank
// you for", "Many thanks to", "I want to thank".
var thanksOpenRe = lazyre.New(`^(?:(?:And|Finally|Lastly|Once\s+again),?\s+)?(?:(?:We|I)\s+(?:would|’d|'d|also|want|wanted|wish)?\s*(?:also\s+)?(?:like\s+to\s+|to\s+)?thank\b|Thank\s+you\b|(?:Many|Huge|Special|Our|My)\s+thanks\b|Thanks\s+(?:to|for|again)\b)`)

// thanksCounts drops from a sentence of thanks the counts written in
// words: "We would like to thank you for meeting three of our parents" is
// the occasion thanked for, not a finding. Digits stay ("Thank you to the
// 412 parents who answered").
func thanksCounts(s string, figs []evidence.Figure) []evidence.Figure {
	if len(figs) == 0 || !strings.Contains(s, "hank") || !thanksOpenRe.MatchString(s) {
		return figs
	}
	out := figs[:0]
	for _, f := range figs {
		if f.Unit == evidence.UnitCount && countInWords(f.Text) {
			continue
		}
		out = append(out, f)
	}
	return out
}
