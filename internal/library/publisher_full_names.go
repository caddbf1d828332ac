package library

import (
	"regexp"
	"strings"
	"unicode"
)

// orgEndWords are the last words of a body's name: "Trust", "Foundation".
// Words a part of a body is named by as often ("the NHS England Board",
// "Kelby Council's Children's Service") are left out. A set, not a
// pattern: nothing is compiled at start-up.
var orgEndWords = wordSet("Trust Foundation Charity Society Association Institute Alliance Federation Coalition Fund")

// bodyEndWords end a name that names a body already: "Kelby Council".
var bodyEndWords = wordSet("Council Board Service Services Commission Centre Center Partnership Network Forum Collaborative Group College University Department Office Agency")

// fullPublisher gives a publisher found as a short name as the document
// writes it in full, so the citation names the body as it names itself:
// a copyright line's "© Brightmind 2026" over a footer's "Brightmind
// Young People's Trust, 14 Ropewalk", or a sender's "NHS Kelby and Marsh
// ICB" over the mail's "NHS Kelby and Marsh Integrated Care Board". The
// longer form must be the short name followed by one to four capitalised
// words (an apostrophe's "People's" allowed) ending in a body's word
// (orgEndWords); or, for a name ending in capitals, the same name with those
// capitals spelled out by as many capitalised words. A name that already
// ends in a body's word, or is longer than two words, is kept.
func fullPublisher(name, body string) string {
	name = strings.TrimSpace(name)
	if full := innerAcronymSpelt(name, body); full != "" {
		return full
	}
	words := strings.Fields(name)
	if len(words) == 0 || orgEndWords[words[len(words)-1]] || bodyEndWords[words[len(words)-1]] {
		return name
	}
	last := words[len(words)-1]
	if n := len(last); n >= 2 && n <= 5 && strings.IndexFunc(last, func(r rune) bool { return !unicode.IsUpper(r) }) < 0 && len(words) > 1 {
		// Capitals only: each is spelt out by a word in the pattern, so a
		// bracket or a stop among them ("ICB(" of a sender's name) made
		// no pattern and the import panicked (found by FuzzImportEmail).
		stem := strings.Join(strings.Fields(regexp.QuoteMeta(strings.Join(words[:len(words)-1], " "))), `\s+`)
		var parts []string
		for _, r := range last {
			parts = append(parts, string(r)+`[\pL’'-]+`)
		}
		re := regexp.MustCompile(`(?:^|[^\pL])(` + stem + `\s+` + strings.Join(parts, `\s+`) + `)(?:[^\pL]|$)`)
		if m := re.FindStringSubmatch(body); m != nil {
			return strings.Join(strings.Fields(m[1]), " ")
		}
		return name
	}
	if len(words) > 2 {
		return name
	}
	re := regexp.MustCompile(`(?:^|[^\pL])(` + strings.Join(strings.Fields(regexp.QuoteMeta(name)), `\s+`) + `((?:\s+\p{Lu}[\pL’'-]*){1,4}))(?:[^\pL]|$)`)
	for _, m := range re.FindAllStringSubmatch(body, 20) {
		tail := strings.Fields(m[2])
		if orgEndWords[tail[len(tail)-1]] {
			return strings.Join(strings.Fields(m[1]), " ")
		}
	}
	return name
}

// innerAcronymSpelt is a publisher's name with the acronym inside it
// spelt out as the document writes the whole name: "Fenmoor CYP Eczema
// Network", from a running header, is the "Fenmoor Children and Young
// People's Eczema Network" its cover and contact line name, the words'
// initials the acronym's letters, small joining words (and, of, for, the)
// between them. Else "".
func innerAcronymSpelt(name, body string) string {
	words := strings.Fields(name)
	if len(words) < 3 {
		return ""
	}
	for i := 1; i < len(words)-1; i++ {
		w := words[i]
		if n := len(w); n < 2 || n > 5 || strings.ToUpper(w) != w || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsUpper(r) }) >= 0 {
			continue
		}
		var parts []string
		for _, r := range w {
			parts = append(parts, string(r)+`[\pL’'-]+`)
		}
		quote := func(ws []string) string {
			return strings.Join(strings.Fields(regexp.QuoteMeta(strings.Join(ws, " "))), `\s+`)
		}
		re := regexp.MustCompile(`(?:^|[^\pL])(` + quote(words[:i]) + `\s+` + strings.Join(parts, `\s+(?:(?:and|of|for|the|&)\s+)?`) + `\s+` + quote(words[i+1:]) + `)(?:[^\pL]|$)`)
		if m := re.FindStringSubmatch(body); m != nil {
			return strings.Join(strings.Fields(m[1]), " ")
		}
	}
	return ""
}
