package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Attribution: a statistic that gives its figure as someone else's
// ("according to the ONS", "figures from NHS England show", "the Health
// Foundation found that", "(Health Foundation, 2024)") cites that body, and
// is cited as "Health Foundation, cited in NHS Providers, 2024".

var (
	// inTextCitationRe finds Harvard in-text citations: "(Health Foundation, 2024)".
	inTextCitationRe = lazyRegexp(`\(([A-Z][\p{L}&’'. -]{1,80}), (\d{4}[a-z]?)\)`)
	// attributedAfterRe ends with the words after which the body a figure
	// comes from is named: "according to", "figures from", "a report by",
	// "data published by", "according to the latest figures from".
	attributedAfterRe = lazyRegexp(`(?i)(?:\baccording\s+to(?:\s+(?:the|a|an))?(?:\s+(?:latest|new|recent|official|published|provisional|annual|national|separate|further|\d{4}))*(?:\s+(?:figures|data|statistics|analysis|research|estimates|survey|report|study|review|poll|census|count|evidence))?(?:\s+(?:from|by|published\s+by|of|for))?|\b(?:figures|data|statistics|analysis|research|estimates|report|survey|study|review|poll|evidence|work|modelling|investigation)\s+(?:published\s+|released\s+|carried\s+out\s+|conducted\s+|commissioned\s+)?(?:from|by)|\bsources?:)\s+$`)
	// attributedBeforeRe starts with the words before which the body is
	// named: "found that", "’s analysis shows", "estimates that".
	attributedBeforeRe = lazyRegexp(`(?i)^(?:(?:’s|'s)\s+(?:latest\s+|new\s+|recent\s+|own\s+|annual\s+)?(?:analysis|research|survey|data|figures|report|review|study|estimates|modelling|census|statistics)\s+(?:shows?|showed|found|finds|suggests?|suggested|reveals?|revealed|estimates?|estimated|indicates?|indicated)|\s+(?:found|finds|has\s+found|estimates|estimated|has\s+estimated|calculated|reports|reported)\s+that|\s+(?:latest\s+|new\s+|official\s+)?(?:data|figures|statistics|analysis|research|estimates)\s+(?:shows?|showed|suggests?|suggested|reveals?|revealed|indicates?|indicated|published))\b`)
	attributionCues    = []string{"according to", "from", " by", "found", "finds", "estimate", "calculated", "reported", "reports", "source", "’s", "'s", "show", "suggest", "reveal", "indicate", "published"}
)

// notBodies are capitalised words that open a sentence or a phrase but
// name no organisation: "Research found that", "Our analysis shows".
var notBodies = map[string]bool{
	"our": true, "we": true, "this": true, "that": true, "these": true, "those": true, "it": true, "its": true,
	"their": true, "they": true, "a": true, "an": true, "the": true, "research": true, "analysis": true,
	"data": true, "figures": true, "evidence": true, "previous": true, "recent": true, "separate": true,
	"further": true, "other": true, "one": true, "another": true, "earlier": true, "survey": true,
	"surveys": true, "studies": true, "inspectors": true, "researchers": true, "analysts": true,
	"authors": true, "officials": true, "respondents": true, "participants": true, "in": true, "on": true,
	"at": true, "for": true, "however": true, "overall": true, "nationally": true, "locally": true,
	"meanwhile": true, "similarly": true, "separately": true, "he": true, "she": true, "his": true, "her": true,
	"parents": true, "children": true, "families": true, "staff": true, "leaders": true, "trusts": true,
	"icbs": true, "schools": true, "councils": true, "many": true, "some": true, "most": true, "all": true,
	"new": true, "latest": true, "official": true, "national": true, "local": true, "government": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true, "study": true,
	"review": true, "report": true, "statistics": true, "work": true, "modelling": true, "estimates": true,
	"reviewers": true, "investigators": true, "auditors": true, "evaluators": true, "interviews": true,
	"inspections": true, "audits": true, "evaluations": true, "trials": true, "reviews": true, "reports": true,
	"findings": true, "others": true, "experts": true, "academics": true, "scientists": true, "clinicians": true,
	"professionals": true, "teachers": true, "nurses": true, "doctors": true, "gps": true, "providers": true,
	"services": true, "authorities": true, "commissioners": true, "there": true, "what": true, "when": true,
	"where": true, "while": true, "although": true, "since": true, "as": true, "but": true, "and": true,
	"if": true, "so": true, "yet": true, "also": true, "today": true, "now": true, "then": true,
	"table": true, "figure": true, "chart": true, "source": true, "sources": true, "note": true, "notes": true,
	"i": true, "you": true, "young": true, "people": true, "pupils": true, "students": true,
}

// connectors may join the words of a name: "Department for Education",
// "Royal College of Paediatrics and Child Health".
var connectors = map[string]bool{"of": true, "for": true, "and": true, "&": true, "the": true, "on": true, "in": true}

// citedWork is the body a statistic attributes its figure to: the one
// in-text citation it holds ("Health Foundation, 2024"), else the body
// named by "according to", "figures from", "X found that" and the like
// ("Health Foundation", without "the"). It is empty when the figure is the
// publisher's own or the sentence names no one, or names several.
func citedWork(text, publisher string) string {
	m := inTextCitationRe.get().FindAllStringSubmatch(text, -1)
	if len(m) == 1 {
		if sameBody(m[0][1], publisher) {
			return ""
		}
		return strings.TrimSpace(m[0][1]) + ", " + m[0][2]
	}
	if len(m) > 1 {
		return ""
	}
	body := attributedBody(text)
	if body == "" || sameBody(body, publisher) {
		return ""
	}
	return body
}

// attributedBody finds the body named by an attribution in text.
func attributedBody(text string) string {
	lower := asciiLower(text)
	cue := false
	for _, c := range attributionCues {
		if strings.Contains(lower, c) {
			cue = true
			break
		}
	}
	if !cue {
		return ""
	}
	found := ""
	// A name after its cue: "according to the ONS", "figures from NHS England".
	for i := 0; i < len(text); i++ {
		if !isUpper(text[i]) || (i > 0 && !isSpace(text[i-1]) && text[i-1] != '(') {
			continue
		}
		if w, we := nameWordAt(text, i); w == "The" || w == "A" || w == "An" {
			i = we // the name starts at the next word
			continue
		}
		start := i
		if start >= 4 && strings.EqualFold(text[start-4:start], "the ") {
			start -= 4
		}
		name, end := nameAt(text, i)
		if name == "" {
			continue
		}
		if !attributionNear(lower, start, end) {
			i = end
			continue
		}
		if attributedAfterRe.get().MatchString(before(lower, start, 120)) ||
			attributedBeforeRe.get().MatchString(text[end:min(len(text), end+60)]) {
			if found != "" && found != name {
				return "" // several bodies: the sentence is not one attribution
			}
			found = name
		}
		i = end
	}
	return found
}

// cueBefore are the words an attributed name follows ("according to the
// ONS", "figures from NHS England", "Source: DWP"); cueAfter are the
// starts of what an attributed name is followed by ("found that", "’s
// analysis", "data show").
var (
	cueBefore = []string{"to", "from", "by", "of", "for", "source:", "sources:"}
	cueAfter  = []string{"’s ", "'s ", " found", " finds", " has ", " estimate", " calculated", " report", " data",
		" figures", " statistics", " analysis", " research", " latest", " new ", " official"}
)

// attributionNear is the cheap test for the attribution patterns around
// a name at [start, end) of lower.
func attributionNear(lower string, start, end int) bool {
	j := start
	for j > 0 && lower[j-1] == ' ' {
		j--
	}
	i := j
	for i > 0 && lower[i-1] != ' ' && lower[i-1] != '(' {
		i--
	}
	prev := lower[i:j]
	for _, c := range cueBefore {
		if prev == c {
			return true
		}
	}
	rest := lower[end:]
	for _, c := range cueAfter {
		if strings.HasPrefix(rest, c) {
			return true
		}
	}
	return false
}

// nameAt reads a name starting at i: capitalised words ("Health
// Foundation", "NHS England", "YoungMinds"), joined by connectors that are
// followed by another capitalised word ("Department for Education"). An
// acronym in brackets after it is left out. It returns "" for a word that
// names no body.
func nameAt(s string, i int) (string, int) {
	end := i
	j := i
	words := 0
	for j < len(s) && words < 10 {
		w, we := nameWordAt(s, j)
		if w == "" {
			break
		}
		capital := isUpper(w[0]) || w == "&"
		if !capital {
			if !connectors[strings.ToLower(w)] || words == 0 {
				break
			}
			// A connector must lead to another capitalised word.
			k := skipSpace(s, we)
			if nw, _ := nameWordAt(s, k); nw == "" || !isUpper(nw[0]) {
				break
			}
			j = k
			continue
		}
		end = we
		words++
		if we >= len(s) || s[we] != ' ' {
			break
		}
		j = skipSpace(s, we)
		// A possessive before a lower-case word ends the name: "Ofsted’s
		// analysis"; before a capital it is part of it: "Children’s
		// Commissioner".
		if poss := possessiveLen(w); poss > 0 {
			if nw, _ := nameWordAt(s, j); nw == "" || !isUpper(nw[0]) {
				end = we - poss
				break
			}
		}
	}
	if end == i {
		return "", i
	}
	name := strings.TrimSpace(s[i:end])
	if notBodies[strings.ToLower(name)] {
		return "", end
	}
	return name, end
}

// nameWordAt is the word at i: letters, digits, hyphens, apostrophes and
// "&" ("Barnardo’s", "Children’s", "YoungMinds").
func nameWordAt(s string, i int) (string, int) {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '’' || r == '\'' || r == '&') {
			break
		}
		j += size
	}
	return s[i:j], j
}

// possessiveLen is the length of a possessive ending ("’s", "'s"), or 0.
func possessiveLen(w string) int {
	switch {
	case strings.HasSuffix(w, "’s"):
		return len("’s")
	case strings.HasSuffix(w, "'s"):
		return len("'s")
	}
	return 0
}

// sameBody reports whether two names are the same body, ignoring case, a
// leading "The" and punctuation.
func sameBody(a, b string) bool {
	norm := func(s string) string {
		s = strings.ToLower(strings.TrimSpace(s))
		s = strings.TrimPrefix(s, "the ")
		return strings.Trim(s, " .,")
	}
	return norm(a) != "" && norm(a) == norm(b)
}
