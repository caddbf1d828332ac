package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/evidence"
)

// readable is a sentence as the figure reader reads it, and at, the
// written byte of each byte read (nil when every byte is read where it
// is written). A number is read through the invisible characters inside
// it by the rule the measure keys read words by (evidence.Ignorable: a
// soft hyphen, a zero-width space, joiner or non-joiner, a word joiner, a
// byte order mark, a variation selector), so "4\u200b0%" is 40%, not 0%,
// and "1\u00ad200 children" 1,200 children, not 200. A no-break, thin,
// narrow no-break or figure space is read as the space it shows ("£2.5
// million", "45 %", "18 weeks" with a no-break space were £2.5 and no
// figures), a middle dot between digits as the decimal point it is
// ("0·45%" is 0.45%, not 45%: middleDotDecimal), and a line break as the
// space it stands for (unwrapped). The
// figures keep the text as written: the reader maps them back by at.
func readable(s string) (string, []int) {
	odd := false
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			odd = strings.IndexFunc(s[i:], readAsSpaceOrNothing) >= 0
			break
		}
	}
	if !odd && !hasGluedHedge(s) {
		return unwrapped(s), nil
	}
	b := make([]byte, 0, len(s)+4)
	at := make([]int, 0, len(s)+4)
	for i, r := range s {
		switch {
		case gluedHedge(s, i) && r == '~':
			// "~45%" reads as "c. 45%", approximately 45%.
			b = append(b, "c. "...)
			at = append(at, i, i, i)
		case gluedHedge(s, i):
			// "c.45%" reads as "c. 45%": the space after the stop.
			b = append(b, 'c')
			at = append(at, i)
		case r == '.' && i > 0 && gluedHedge(s, i-1) && s[i-1] == 'c':
			b = append(b, ". "...)
			at = append(at, i, i)
		case r == '·' && middleDotDecimal(s, i):
			b = append(b, '.')
			at = append(at, i)
		case r == '\n' || readAsSpace(r):
			b = append(b, ' ')
			at = append(at, i)
		case evidence.Ignorable(r):
		default:
			n := utf8.RuneLen(r)
			if r == utf8.RuneError {
				_, n = utf8.DecodeRuneInString(s[i:])
			}
			for k := 0; k < n; k++ {
				b = append(b, s[i+k])
				at = append(at, i+k)
			}
		}
	}
	if len(b) == len(s) && string(b) == s {
		return s, nil
	}
	return string(b), at
}

// cellFigures are the figures of a table's cell, read as a sentence's
// are (readable): through the invisible characters inside a number, a
// no-break space before its unit, a middle-dot decimal, a glued hedge;
// each figure's text the cell's as written. Before (hostile check 52) a
// row whose cells held "4\u200b0%" or "45\u00a0%" had no figure and was
// lost, and "0·45%" was none.
func cellFigures(text string, col column) []evidence.Figure {
	if figs := spacedCellFigures(text, col); figs != nil {
		return figs
	}
	read, at := readable(text)
	if at == nil {
		return cellFiguresRead(text, col)
	}
	figs := cellFiguresRead(read, col)
	for i := range figs {
		a, b := writtenSpan(text, read, at, figs[i].Offset, figs[i].Offset+len(figs[i].Text))
		figs[i].Offset, figs[i].Text = a, text[a:b]
	}
	return figs
}

// gluedHedge reports a hedge at i of s glued to the number after it, read
// as the same hedge set apart: "~45%" and "c.45%" are approximately 45%,
// as "c. 45%" is, where "~45%" lost its hedge and "c.45%" was no figure.
// The hedge opens a word (at the start, after a space or a bracket) and a
// digit or a pound sign follows it.
func gluedHedge(s string, i int) bool {
	if i > 0 && s[i-1] != ' ' && s[i-1] != '(' {
		return false
	}
	rest := s[i:]
	switch {
	case strings.HasPrefix(rest, "~"):
		rest = rest[1:]
	case strings.HasPrefix(rest, "c."):
		rest = rest[2:]
	default:
		return false
	}
	return rest != "" && (isDigit(rest[0]) || strings.HasPrefix(rest, "£"))
}

// hasGluedHedge reports a gluedHedge anywhere in s.
func hasGluedHedge(s string) bool {
	for _, h := range []string{"~", "c."} {
		for k := strings.Index(s, h); k >= 0; {
			if gluedHedge(s, k) {
				return true
			}
			next := strings.Index(s[k+1:], h)
			if next < 0 {
				break
			}
			k += 1 + next
		}
	}
	return false
}

// readAsSpace is a space the figure reader reads as a plain one: no-break
// (U+00A0), figure (U+2007), thin (U+2009) and narrow no-break (U+202F).
func readAsSpace(r rune) bool {
	return r == '\u00a0' || r == '\u2007' || r == '\u2009' || r == '\u202f'
}

func readAsSpaceOrNothing(r rune) bool { return readAsSpace(r) || evidence.Ignorable(r) || r == '·' }

// middleDotDecimal reports a middle dot (U+00B7) at i of s set between
// two digits, the decimal point of the older British style: "0·45%" is
// 0.45%, where the reader read the "45%" after it.
func middleDotDecimal(s string, i int) bool {
	return i > 0 && isDigit(s[i-1]) && i+len("·") < len(s) && isDigit(s[i+len("·")])
}

// composeAt is the written byte of each byte read through two readings in
// turn: first[i] the written byte of byte i of the first reading, second[j]
// the byte of the first reading that byte j of the second was. Either may
// be nil, read byte for byte.
func composeAt(first, second []int) []int {
	switch {
	case first == nil:
		return second
	case second == nil:
		return first
	}
	out := make([]int, len(second))
	for j, i := range second {
		out[j] = first[i]
	}
	return out
}

// writtenSpan is the written bytes [a, b) of the read bytes [start, end)
// of a figure: a read byte standing for a written character of more bytes
// (a space read for a no-break one) ends at that character's end.
func writtenSpan(written, read string, at []int, start, end int) (int, int) {
	a, last := at[start], at[end-1]
	b := last + 1
	if read[end-1] < utf8.RuneSelf && written[last] >= utf8.RuneSelf {
		_, n := utf8.DecodeRuneInString(written[last:])
		b = last + n
	}
	return a, b
}

// plusHedged gives a figure the hedge of a plus sign set right after it:
// "45%+" is at least 45%, stored with its qualifier as "at least 45%"
// is, the "+" in its text. Before
// (hostile check 52) the sign was dropped and the figure read as exact. A
// plus before a digit ("2+2") or a letter is no hedge, nor one after a
// range. A count reads its noun past the plus ("1,200+ children are
// waiting", plusBeforeWord), which is at least 1,200 children; before
// (hostile check 53) it was no figure. A plus after "over" or "more
// than" ("Over 1,200+ families") says at least too; after any other
// hedge the hedge stays, and the plus is the figure's text, never its
// measure's word.
func plusHedged(s string, figs []evidence.Figure) {
	for i := range figs {
		f := &figs[i]
		if f.IsRange() || f.Text == "" {
			continue
		}
		b := f.Offset + len(f.Text)
		inner := f.Unit == evidence.UnitCount && strings.Contains(f.Text, "+ ") && plusBeforeWord(s, f.Offset+strings.Index(f.Text, "+ "), f.Value)
		if !inner {
			if b >= len(s) || s[b] != '+' {
				continue
			}
			if last := f.Text[len(f.Text)-1]; !isDigit(last) && last != '%' && !gluedScaleEnd(f.Text) {
				continue
			}
			if b+1 < len(s) && (isDigit(s[b+1]) || isLetter(s[b+1])) {
				continue
			}
			f.Text += "+"
		}
		switch f.Qualifier {
		case "", "over", "more than":
			f.Qualifier = "at least"
		}
	}
}

// gluedScaleEnd reports a figure's text ending in a scale glued to its
// number, "£10k", "£2m", "£1.5bn", so "£10k+" is at least £10,000; before
// (hostile check 55) the plus was left in the measure ("+ was raised")
// and the sum read as exact.
func gluedScaleEnd(text string) bool {
	for _, sc := range []string{"k", "m", "bn"} {
		if t, ok := strings.CutSuffix(text, sc); ok && t != "" && isDigit(t[len(t)-1]) {
			return true
		}
	}
	return false
}

// plusBeforeWord reports a plus sign at i after a number of value v
// ("1,200+ children", "500+ schools", "3.2k+ referrals") with a space and
// a word after it: at least v of what the word names. Only a number of
// 100 or more is read so (a thousands separator's too): a plus after a
// smaller number is an age band or a class ("18+ care leavers", "11+
// children", "65+ patients", "5+ GCSEs", "3+ children"), never at least
// so many, and was read as one (hostile check 54: "18+ care leavers" at
// least 18, and the 1,200's key lost its "18+").
//
// A singular noun of length or size after the plus makes the number an
// adjective of what follows ("a 1,000+ word essay", "a 100+ page
// report", "a 500+ mile trip"): the essay's length, no count, which was
// read as at least 1,000 (hostile check 55). "2,000+ hours of therapy"
// counts hours, and a plural noun after the size word ("100+ bed days")
// makes the two words what is counted.
func plusBeforeWord(s string, i int, v float64) bool {
	if !(v >= 2 && i > 0 && i+2 < len(s) && s[i] == '+' && (isDigit(s[i-1]) || isLetter(s[i-1])) && s[i+1] == ' ' && isLetter(s[i+2])) {
		return false
	}
	w, _ := wordAt(s, i+2)
	if v < 100 {
		// "30+ hospitals", "50+ bed spaces": places and things have no
		// age band, so at least so many (hostile check 57: "30+" and
		// "50+" were left in the key as age bands).
		if w == "bed" {
			next, _ := wordAt(s, i+2+len(w)+1)
			return i+2+len(w) < len(s) && s[i+2+len(w)] == ' ' && pluralNoun(next)
		}
		return agelessNouns[w]
	}
	if !sizeAdjectiveNouns[strings.ToLower(w)] {
		return true
	}
	// "100+ bed days", "2,000+ page views", "500+ place offers": a plural
	// noun after the size word is what is counted, the two words one
	// noun (hostile check 57: they were no figures).
	k := i + 2 + len(w)
	if k+1 < len(s) && s[k] == ' ' && isLetter(s[k+1]) {
		next, _ := wordAt(s, k+1)
		return pluralNoun(strings.ToLower(next))
	}
	return false
}

// agelessNouns are plural nouns of places and things a plus after a
// number under 100 counts ("30+ hospitals"), as no age band or class of
// them is written so.
var agelessNouns = map[string]bool{"hospitals": true, "schools": true, "clinics": true, "practices": true, "sites": true,
	"nurseries": true, "trusts": true, "wards": true, "hubs": true, "beds": true, "spaces": true, "venues": true,
	"charities": true, "organisations": true, "councils": true, "pharmacies": true, "surgeries": true, "colleges": true}

// pluralNoun reports a word that reads as a plural noun: "days",
// "views", "offers", "spaces", never "class", "bonus" or "analysis".
func pluralNoun(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// sizeAdjectiveNouns are singular nouns of length or size that make the
// number before them an adjective of the noun after: "a 1,000+ word
// essay", "a 100+ page report", "a 200+ bed hospital".
var sizeAdjectiveNouns = map[string]bool{"word": true, "page": true, "mile": true, "hour": true, "minute": true, "day": true,
	"week": true, "month": true, "year": true, "metre": true, "meter": true, "kilometre": true, "km": true, "line": true,
	"bed": true, "seat": true, "place": true, "pupil": true, "member": true, "person": true, "step": true, "slide": true, "character": true}

// pcPercent reports "pc" glued after a digit in s, as newspapers write a
// percentage ("45pc of children", hostile check 52: no figure before),
// which percentRe reads as "45 per cent" is. "PCs" and "4pcs" are none.
func pcPercent(s string) bool {
	for k := strings.Index(s, "pc"); k >= 0; {
		if k > 0 && isDigit(s[k-1]) && (k+2 == len(s) || !isWordByte(s[k+2])) {
			return true
		}
		next := strings.Index(s[k+1:], "pc")
		if next < 0 {
			break
		}
		k += 1 + next
	}
	return false
}
