package library

import (
	"strings"
	"unicode"

	"github.com/cypx/cypx/internal/evidence"
)

// releaseMail is what a press release sent as an e-mail says of itself
// over its text: the embargo line's date and the headline in capitals.
type releaseMail struct {
	headline string        // the headline, in sentence case
	date     evidence.Date // the embargo's date, zero when it gives none
}

// mailRelease reads a press release sent as an e-mail: its plain text
// opens with an embargo line ("EMBARGOED UNTIL 00:01 TUESDAY 4 MARCH
// 2025") over a headline set in capitals. The release is for the day its
// embargo lifts, a day after it was sent, and it is titled by its
// headline, where the subject line shortens it and adds the embargo.
// Before, the subject was the title, the sending day the date, and the
// headline a sentence whose "ONE IN FOUR" was read as a statistic.
func mailRelease(raw string) (releaseMail, bool) {
	lines := strings.Split(strings.ReplaceAll(raw, "\r\n", "\n"), "\n")
	k := 0
	for k < len(lines) && strings.TrimSpace(lines[k]) == "" {
		k++
	}
	if k >= len(lines) || !releaseEmbargoRe.MatchString(strings.TrimSpace(lines[k])) {
		return releaseMail{}, false
	}
	r := releaseMail{date: textDate(strings.TrimSpace(lines[k]))}
	k++
	for k < len(lines) && strings.TrimSpace(lines[k]) == "" {
		k++
	}
	var head []string
	for ; k < len(lines) && strings.TrimSpace(lines[k]) != ""; k++ {
		head = append(head, strings.TrimSpace(lines[k]))
	}
	h := strings.Join(head, " ")
	if !capitalsLine(h) || len(strings.Fields(h)) < 4 {
		return releaseMail{}, false
	}
	r.headline = sentenceCase(h)
	return r, true
}

// capitalsLine reports a line whose letters are all capitals, with
// enough of them to be words.
func capitalsLine(s string) bool {
	n := 0
	for _, c := range s {
		if unicode.IsLower(c) {
			return false
		}
		if unicode.IsLetter(c) {
			n++
		}
	}
	return n >= 8
}

// sentenceCase writes a headline set in capitals as a citation gives it:
// its first letter capital, a word with no vowel or a known acronym
// ("NHS", "CAMHS") kept, the rest in lower case.
func sentenceCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if keepsCapitals(w) {
			continue
		}
		lw := strings.ToLower(w)
		if i == 0 {
			r := []rune(lw)
			for j, c := range r {
				if unicode.IsLetter(c) {
					r[j] = unicode.ToUpper(c)
					break
				}
			}
			lw = string(r)
		}
		words[i] = lw
	}
	return strings.Join(words, " ")
}

// releaseMailBody sets a release's headline and its sections' headings
// in capitals ("NOTES TO EDITORS") as headings in the body: they name
// what follows and state no finding.
func releaseMailBody(body string, r releaseMail) string {
	paras := strings.Split(body, "\n\n")
	for i, p := range paras {
		t := strings.TrimSpace(p)
		switch {
		case i == 0 && capitalsLine(t) && sentenceCase(strings.Join(strings.Fields(t), " ")) == r.headline:
			paras[i] = "# " + r.headline
		case i > 0 && !strings.Contains(t, "\n") && capitalsLine(t) && len(strings.Fields(t)) <= 6 && !strings.ContainsAny(t, "0123456789.!?:"):
			paras[i] = "## " + sentenceCase(strings.TrimSpace(strings.TrimLeft(t, "#")))
		}
	}
	return strings.Join(paras, "\n\n")
}
