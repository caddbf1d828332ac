package measure

import (
	"strconv"
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// sampleBracketAfter is where a sample's blanked bracket opening right after
// offset end closes (sampleAsides), or end: "64% (n=1,200) of children"
// is a share of children, its sample set between them. Before (hostile
// check 67), the share lost its people ("of children in Kent" was its
// measure) and its key its place.
func (s *sentence) sampleBracketAfter(end int) int {
	for _, p := range s.samples {
		if p.start >= end && strings.TrimSpace(s.text[end:p.start]) == "" {
			return p.end
		}
	}
	return end
}

// sampleOfAnother reports base figure k a sample size in brackets set
// after a figure other than i, "64% (n=1,200) of children …, compared
// with 71% in England": that figure's sample alone. The bracket may
// follow the figure's people or place ("64% of children in Kent
// (n=1,200) were seen", "compared with 71% in England (n=54,000)"): it is
// the sample of the nearest value before it in its clause. Before
// (hostile checks 67 and 68), England's 71% had Kent's n=1,200 as its
// base, and Kent's 64% England's n=54,000.
func (s *sentence) sampleOfAnother(k, i int) bool {
	j := s.sampleOwner(k)
	// A threshold's bracket, "within 18 weeks (n=1,200).", is the sample
	// of the sentence's value.
	return j >= 0 && j != i && s.in.Figures[j].Role != evidence.RoleThreshold
}

// sampleOwner is the value whose sample base figure k is, written in
// brackets after it ("64% (n=1,200)", "64% of children in Kent
// (n=1,200)", "71% in England (n=54,000)"), or -1: the nearest value
// before the bracket with no stop, comma or comparison between.
func (s *sentence) sampleOwner(k int) int {
	g, open := s.in.Figures[k], -1
	for _, p := range s.samples {
		if p.has(g.Offset) {
			open = p.start
		}
	}
	if open < 0 {
		return -1
	}
	for j := k - 1; j >= 0; j-- {
		f := s.in.Figures[j]
		end := f.Offset + len(f.Text)
		if f.Role == evidence.RoleBase || end > open {
			continue
		}
		gap := strings.TrimSpace(s.text[end:open])
		if len(gap) > 60 || strings.ContainsAny(gap, ",;:()[]") || comparisonWordRe.MatchString(gap) {
			return -1
		}
		return j
	}
	return -1
}

// baseAcrossComparison reports base figure k stated on the other side of
// a comparison from value i: "64% of 1,200 children in Kent …, compared
// with 71% in England" (England's 71% is of no Kent sample), "Of the
// children surveyed in Medway (n=1,200), 64% …, compared with 71% in
// Kent", and a base after the comparison is no base of the value before
// it ("64% …, compared with 71% in England (n=54,000)"). A value before
// the base is set beside it only where it is placed: "Of 1,200 pupils,
// 45% of girls …, compared with 30% of boys" keeps its one sample
// (hostile check 68).
func (s *sentence) baseAcrossComparison(k, i int) bool {
	g, f := s.in.Figures[k], s.in.Figures[i]
	if g.Offset < f.Offset {
		return f.Place != "" && comparisonWordRe.MatchString(s.text[g.Offset+len(g.Text):f.Offset])
	}
	return comparisonWordRe.MatchString(s.text[f.Offset+len(f.Text) : g.Offset])
}

// ownSample is the sample base written in brackets after value i, "71%
// (n=54,000) in England", "71% in England (n=54,000)", or -1.
func (s *sentence) ownSample(i int) int {
	for k := i + 1; k < len(s.in.Figures); k++ {
		if isStatedBase(s.in.Figures[k]) && s.sampleOwner(k) == i {
			return k
		}
	}
	return -1
}

// sampleBracketRe is the inside of a bracket that states only a sample's
// size, "n=1,200", "n = 845 pupils", "base: 1,200", "sample size 1,200",
// "unweighted base = 2,010", "base: 1,200 children aged 5-11", or begins
// with one before a semicolon, "n=1,200; 2022: 58%". Groups: 1 the label
// (unset for "n="), 2 the size, 3 set where the rest begins.
var sampleBracketRe = lazyre.New(`^\s*(?:[nN]\s*=\s*|((?i:(?:un)?weighted\s+)?(?i:base|sample(?:\s+size)?))\s*[:=]?\s*)(\d[\d,]*)(?:\s+\p{Ll}[^;]*?)?\s*(?:$|;\s*())`)

// SampleBracket is a bracket stating the size of its value's sample
// (SampleBracketAt).
type SampleBracket struct {
	// Labelled is a size said with a word, "(base: 1,200)", "(sample
	// size 845)", not "(n=1,200)".
	Labelled bool
	// Start and End are the size's offsets; Rest is where the part after
	// a semicolon begins, "2022: 58%" of "(n=1,200; 2022: 58%)", or Close
	// where there is none; Close is the bracket's ")" or "]".
	Start, End, Rest, Close int
}

// SampleBracketAt is the sample bracket opening at s[open], if it is one:
// the one reading of a sample's bracket, by which the figure reader makes
// its size a base and the record reader blanks it from the measure's
// words. Before (hostile check 68), each read it its own way, and "(base:
// 1,200 children aged 5-11)" was a base left in the measure's words.
func SampleBracketAt(s string, open int) (SampleBracket, bool) {
	if open < 0 || open >= len(s) || s[open] != '(' && s[open] != '[' {
		return SampleBracket{}, false
	}
	b := strings.IndexByte(s[open+1:], closerOf(s[open]))
	if b < 0 {
		return SampleBracket{}, false
	}
	b += open + 1
	inner := s[open+1 : b]
	if strings.ContainsAny(inner, "([") {
		return SampleBracket{}, false
	}
	m := sampleBracketRe.FindStringSubmatchIndex(inner)
	if m == nil {
		return SampleBracket{}, false
	}
	at := open + 1
	sb := SampleBracket{Labelled: m[2] >= 0, Start: at + m[4], End: at + m[5], Rest: b, Close: b}
	if m[6] >= 0 {
		sb.Rest = at + m[6]
	}
	return sb, true
}

// intervalAsideRe is the inside of a bracket that states bare limits of
// an interval, "20.1% to 22.5%" (read as limits only around a share:
// intervalAround); a labelled one, "(95% CI: 61-67%)", is the comparator
// parser's (intervalBracket).
var intervalAsideRe = lazyre.New(`^\s*(\d+(?:\.\d+)?)%?\s*(?:to|-|–|,)\s*(\d+(?:\.\d+)?)%?\s*$`)

// intervalWord is the cheap test for intervalBracket: inner names an
// interval, "CI", "C.I." or "confidence", in any case.
func intervalWord(inner string) bool {
	l := strings.ToLower(inner)
	return strings.Contains(l, "ci") || strings.Contains(l, "c.i.") || strings.Contains(l, "confidence")
}

// intervalBracket reports the bracket opening at text[open] a comparator
// bracket of an interval, "(95% CI: 61-67%)", "(CI 20.1-22.5)".
func intervalBracket(text string, open int) bool {
	cs := Comparators(text, open)
	for _, c := range cs {
		if c.Kind != ComparatorInterval {
			return false
		}
	}
	return len(cs) > 0
}

// sampleAsides are the brackets after a value that say only how sure or
// how large its sample is, "64% (n=1,200) of children", "64% (95% CI 61%
// to 67%) of children", "64% (base: 1,200) of children": spans of text
// (the first two offsets) to blank and, where a bracket ends in ",", ";"
// or ":", the mark to keep where the bracket opened. They are no words
// of what the value measures and stand between it and its people; left
// in (hostile check 68), Kent's 64% was measured "(95% CI 61% to 67%) of
// children in Kent …", keyed apart from every other source's, its
// interval copied into England's measure; "base:" made the base a count
// of children seen; "n=1,200; 2022: 58%" dated the 64% 2022.
func sampleAsides(text string, figs []evidence.Figure) []span {
	var out []span
	for a := 0; a < len(text); a++ {
		if text[a] != '(' && text[a] != '[' {
			continue
		}
		b := strings.IndexByte(text[a+1:], closerOf(text[a]))
		if b < 0 {
			return out
		}
		b += a + 1
		inner := text[a+1 : b]
		if strings.IndexAny(inner, "0123456789") < 0 || strings.ContainsAny(inner, "([") {
			continue
		}
		if sb, ok := SampleBracketAt(text, a); ok {
			if sb.Rest < sb.Close {
				// "(n=1,200; 2022: 58%)": the sample goes, the earlier
				// value's bracket stays.
				out = append(out, span{a + 1, sb.Rest})
			} else {
				out = append(out, span{a, b + 1})
			}
		} else if intervalWord(inner) && intervalBracket(text, a) && !figureWithin(figs, a, b) && shareBefore(text, figs, a) >= 0 {
			out = append(out, span{a, b + 1})
		} else if m := intervalAsideRe.FindStringSubmatchIndex(inner); m != nil && !figureWithin(figs, a, b) && intervalAround(text, figs, a, inner, m) {
			out = append(out, span{a, b + 1})
		}
		a = b
	}
	return out
}

// figureWithin reports a figure read between offsets a and b.
func figureWithin(figs []evidence.Figure, a, b int) bool {
	for _, f := range figs {
		if f.Offset > a && f.Offset < b {
			return true
		}
	}
	return false
}

// shareBefore is the share set right before the bracket opening at a,
// or -1.
func shareBefore(text string, figs []evidence.Figure, a int) int {
	for i, f := range figs {
		if f.Unit == evidence.UnitPercent && f.Offset+len(f.Text) <= a && strings.TrimSpace(text[f.Offset+len(f.Text):a]) == "" {
			return i
		}
	}
	return -1
}

// intervalAround reports a bracket of bare limits (intervalAsideRe's
// match m of inner, opening at a) set right after a share they hold on
// either side, "21.3% (20.1% to 22.5%)", never a range of its own ("(2022
// to 2024)").
func intervalAround(text string, figs []evidence.Figure, a int, inner string, m []int) bool {
	i := shareBefore(text, figs, a)
	if i < 0 {
		return false
	}
	lo, err1 := strconv.ParseFloat(inner[m[2]:m[3]], 64)
	hi, err2 := strconv.ParseFloat(inner[m[4]:m[5]], 64)
	return err1 == nil && err2 == nil && strings.Contains(inner, "%") && lo < figs[i].Value && figs[i].Value < hi
}

// blankSampleAsides is text with each of sampleAsides written as spaces,
// so every offset holds; a ",", ";" or ":" right after a blanked bracket
// moves to where the bracket opened ("Of the children surveyed in Medway
// (n=1,200), 64%" reads "… in Medway,           64%"), so the clause ends
// where it did.
func blankSampleAsides(text string, figs []evidence.Figure) (string, []span) {
	if strings.IndexAny(text, "([") < 0 {
		return text, nil
	}
	sp := sampleAsides(text, figs)
	if sp == nil {
		return text, nil
	}
	b := []byte(text)
	for _, p := range sp {
		for k := p.start; k < p.end; k++ {
			b[k] = ' '
		}
		if p.end < len(b) && strings.IndexByte(",;:", b[p.end]) >= 0 && (text[p.start] == '(' || text[p.start] == '[') {
			at := p.start
			if at > 0 && b[at-1] == ' ' {
				at--
			}
			b[at], b[p.end] = b[p.end], ' '
		}
	}
	return string(b), sp
}

// sampleLabel is the words of a labelled sample's bracket holding base
// figure k, "base: 1,200" of "(base: 1,200)", or "".
func (s *sentence) sampleLabel(k int) string {
	g := s.in.Figures[k]
	for _, p := range s.samples {
		if p.has(g.Offset) && p.end-p.start > 2 {
			// A whole bracket's span holds its brackets; a sample
			// opening a longer bracket's ("(n=1,200; 2022: 58%)") starts
			// after "(" and ends past its "; ".
			return strings.Trim(s.in.Text[p.start:p.end], "()[]; ")
		}
	}
	return ""
}
