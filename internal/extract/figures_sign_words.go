package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// signWords are the words a dash directly before a figure follows where it
// is a minus sign, as a change or a level is told: "changed by –12%", "was
// –12% on 2023". After any other word a dash is a break in the sentence.
var signWords = map[string]bool{"by": true, "was": true, "were": true, "is": true, "are": true, "of": true,
	"at": true, "to": true, "stood": true, "stands": true, "reached": true, "showed": true, "shows": true,
	"recorded": true, "change": true, "changed": true, "difference": true}

// signed gives a figure the minus sign set directly before it in running
// text: "changed by -12%" is -12%, "was −12% on 2023" (U+2212) −12%,
// "changed by -£2m" -£2m, each with the sign in its text. Before (hostile
// check 52) the sign was dropped and a fall read as a rise, where a table
// cell kept it. A hyphen-minus or a minus sign is a sign after a space
// following a word, or after an opening bracket; an en dash only after a
// word a sign follows (signWords) or a bracket; a hyphen-minus or a
// minus sign also after a comma or semicolon inside a bracket ("(88% in
// 2022, -3pp)", hostile check 55: the 3pp lost its sign). A hyphen inside a word or
// between numbers ("COVID-19", "under-18s", "10-12%", "2023-24") is none,
// nor is a hedged figure's or a range's.
func signed(s string, figs []evidence.Figure) {
	for i := range figs {
		f := &figs[i]
		a := f.Offset
		if f.Value <= 0 || f.Qualifier != "" || f.IsRange() || a == 0 || !(isDigit(s[a]) || strings.HasPrefix(s[a:], "£")) {
			continue
		}
		sign, enDash := 0, false
		switch {
		case s[a-1] == '-':
			sign = 1
		case strings.HasSuffix(s[:a], "\u2212"):
			sign = len("\u2212")
		case strings.HasSuffix(s[:a], "–"):
			sign, enDash = len("–"), true
		default:
			continue
		}
		before := s[:a-sign]
		switch {
		case strings.HasSuffix(before, "("):
		case !enDash && (strings.HasSuffix(before, ", ") || strings.HasSuffix(before, "; ")) && strings.LastIndexByte(before, '(') > strings.LastIndexByte(before, ')'):
			// "(88% in 2022, -3pp)": a list in a bracket
		case strings.HasSuffix(before, " "):
			word := strings.TrimRight(before, " ")
			j := len(word)
			for j > 0 && isLetter(word[j-1]) {
				j--
			}
			if j == len(word) || enDash && !signWords[lazyre.ASCIILower(word[j:])] {
				continue
			}
		default:
			continue
		}
		f.Offset -= sign
		f.Text = s[f.Offset:a] + f.Text
		f.Value = -f.Value
	}
}
