package measure

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/evidence"
)

// separators split a sentence between two figures, strongest first: a
// clause of each figure ("53% said fairly, while 10% said very"). Two
// spaces set a second "label: value" pair beside the first on its line ("Beds open: 3   Cots open: 3"): cut at the colon, the
// second label was the first figure's (hostile check 59).
var separators = [][]string{
	{";", "  "},
	{" while ", " whereas ", ", but ", " but ", " although ", ", compared with ", " compared with ", ", compared to ", " compared to ", " against ", " versus ", ", up from ", ", down from ", " (of which ", " (of whom ", " (including "},
	{", and ", ", with ", ", ", " – ", " — ", ": "},
	{" and ", " or "},
}

// partOpenerRe opens a clause that is a part of the figure before it:
// " (of whom 300 were girls)", " (including 300 urgent referrals)".
// The part's clause reaches back over the total's (hostile check 65:
// cut at the bracket, the part lost the total's year, place and verb).
var partOpenerRe = regexp.MustCompile(`^ \((?:of which|of whom|including) `)

// clauseSpans gives each figure the part of the sentence that is its own:
// between two measured figures (bases belong to no one) the sentence is cut
// at the strongest separator, at its last place before the second figure.
// Figures with no separator between them share a clause: "seen within one
// week", "rose from 9% to 13%". A threshold is part of its share's
// clause, and no figure of its own to cut at: "45% of children, and of
// young people, waited over 18 weeks" was cut at the comma before
// "waited", and the share measured nothing.
func clauseSpans(text string, figs []evidence.Figure) []span {
	var measured []int
	for i, f := range figs {
		if f.Role != evidence.RoleBase && f.Role != evidence.RoleThreshold {
			measured = append(measured, i)
		}
	}
	cuts := []int{0}
	parts := map[int]bool{} // cuts that open a part of the clause before
	var asides []span
	for k := 0; k+1 < len(measured); k++ {
		a, b := figs[measured[k]], figs[measured[k+1]]
		from := a.Offset + len(a.Text)
		to := b.Offset
		if to <= from {
			continue
		}
		if sp, ok := parallelAside(text, figs, a, b); ok {
			asides = append(asides, sp)
			continue // "45% of children, but only 30% of adults, waited": one clause
		}
		gap := text[from:to]
		if k := strings.LastIndexByte(gap, '('); k >= 0 && !strings.Contains(gap[k:], ")") && !hasVerb(gap[:k]) && !strings.ContainsAny(gap[:k], ",;:") {
			// "40% of children and young people (42% of girls and 37% of
			// boys) waited": brackets after a figure's group break it
			// down, in its clause. Before, the clause was cut at "and
			// young people", and none of the three measured the wait.
			continue
		}
		for _, group := range separators {
			best := -1
			for _, sep := range group {
				if j := strings.LastIndex(gap, sep); j >= 0 && j > best && !insideBrackets(text, from+j) {
					best = j
				}
			}
			if best >= 0 {
				cuts = append(cuts, from+best)
				if partOpenerRe.MatchString(gap[best:]) {
					parts[from+best] = true
				}
				break
			}
		}
	}
	cuts = append(cuts, len(text))
	out := make([]span, len(figs))
	for i, f := range figs {
		if f.Role == evidence.RoleBase {
			out[i] = span{0, len(text)}
			continue
		}
		for k := 0; k+1 < len(cuts); k++ {
			if f.Offset >= cuts[k] && (f.Offset < cuts[k+1] || k+2 == len(cuts)) {
				from := cuts[k]
				if k > 0 && parts[from] {
					// "1,240 children were referred in Kent (of whom 300
					// were girls)": the part is of the total's clause, its
					// year, place and verb, while the total's clause stops
					// at the bracket and keeps its own key.
					from = cuts[k-1]
				}
				out[i] = ownClause(text, window(text, span{from, cuts[k+1]}, f.Offset, f.Offset+len(f.Text)), f.Offset, f.Offset+len(f.Text), asides)
				break
			}
		}
	}
	return out
}

// MaxClauseSide bounds how far a figure's clause reaches on either side of
// it, in bytes. A clause of a report is a few dozen words; a "sentence" of
// thousands of figures with no punctuation (a flattened table, a hostile
// page) made every figure's clause the whole item, so each record held
// most of the item's text (60 KB of records for 1.2 KB of text) and took
// time in proportion to it. The longest measure of the labelled sources
// is 275 bytes (a run-on clause itself); most are under 80.
const MaxClauseSide = 240

// MaxMeasureBytes bounds a measure, for the same reason: past it a
// "measure" is a run of the item's words, not what a figure counts, and
// every figure of an item would hold its own copy. It is cut at a word.
const MaxMeasureBytes = 240

// clip is a measure cut to MaxMeasureBytes at a space.
func clip(m string) string {
	if len(m) <= MaxMeasureBytes {
		return m
	}
	if k := strings.LastIndexByte(m[:MaxMeasureBytes], ' '); k > 0 {
		return m[:k]
	}
	k := MaxMeasureBytes
	for k > 0 && !utf8.RuneStart(m[k]) {
		k--
	}
	return m[:k]
}

// window is cl cut to MaxClauseSide bytes either side of a figure at
// [a, b), at a space so no word is halved.
func window(text string, cl span, a, b int) span {
	if from := a - MaxClauseSide; from > cl.start {
		if k := strings.IndexByte(text[from:a], ' '); k >= 0 {
			cl.start = from + k + 1
		} else {
			for cl.start = from; cl.start < a && !utf8.RuneStart(text[cl.start]); cl.start++ {
			}
		}
	}
	if to := b + MaxClauseSide; to < cl.end {
		if k := strings.LastIndexByte(text[b:to], ' '); k >= 0 {
			cl.end = b + k
		} else {
			for cl.end = to; cl.end > b && !utf8.RuneStart(text[cl.end]); cl.end-- {
			}
		}
	}
	return cl
}

// insideBrackets reports a position inside brackets opened earlier in s.
func insideBrackets(s string, j int) bool {
	return strings.Count(s[:j], "(") > strings.Count(s[:j], ")")
}

// clauseEnds join two clauses each with a subject and verb of its own: a
// figure's clause ends at them even where no other figure lies beyond.
// A plan joined to what was done, "recruited 20 staff and plan to
// recruit 10 more", "planning to recruit 20, having already recruited
// 15", is another clause: the plan is no part of what the count measures
// (hostile check 63: "we have recruited and plan to recruit 10 more"),
// "and expect to recruit 8 more" too (hostile check 64), and "and will
// expand in 2025", "and is expected to grow by 2026/27" (hostile check
// 65: the plan's words and year were the count's).
var clauseEnds = []string{";", " while ", " whereas ", ", but ", ", although ", ", and ", ", having already ",
	" and plan to ", " and plans to ", " and aim to ", " and aims to ", " and intend to ", " and intends to ", " and hope to ", " and hopes to ",
	" and is planning to ", " and are planning to ", " and expect to ", " and expects to ", " and want to ", " and wants to ",
	" and will ", " and is expected to ", " and are expected to ", " and is due to ", " and are due to ", " and is set to ", " and are set to "}

// ownClause is cl cut to the clause of the figure at [a, b), past no
// joined clause but one opening an aside among asides (parallelAside): "There were
// 1,200 admissions in 2024, and the rate per 100,000 rose" counts
// admissions, and the rate, its base and its rise are another clause's.
func ownClause(text string, cl span, a, b int, asides []span) span {
	opensAside := func(at int) bool {
		for _, sp := range asides {
			if sp.start == at {
				return true
			}
		}
		return false
	}
	for _, sep := range clauseEnds {
		if j := strings.LastIndex(text[cl.start:a], sep); j >= 0 && !insideBrackets(text[cl.start:a], j) &&
			!(sep == ", and " && strings.Contains(text[cl.start+j+len(sep):a], ",")) {
			// "Of the 300 referred, and seen by the service, 45%
			// waited": an "and" opening a phrase closed by a comma
			// before the figure joins no clause.
			cl.start += j + len(sep)
		}
		if j := strings.Index(text[b:cl.end], sep); j >= 0 && !insideBrackets(text[b:cl.end], j) && !opensAside(b+j) &&
			!(sep == ", and " && phraseAfterAnd(text[b+j+len(sep):cl.end])) {
			cl.end = b + j
		}
	}
	if m := planClauseRe.FindStringIndex(text[b:cl.end]); m != nil {
		cl.end = b + m[0]
	}
	if m := comparisonTailRe.FindStringIndex(text[b:cl.end]); m != nil {
		cl.end = b + m[0]
	}
	if k := placeGapTail(text[b:cl.end]); k >= 0 {
		cl.end = b + k
	}
	return cl
}

// planClauseRe opens a clause after a figure's in which a body says what
// it means to do: "Having recruited 15 health visitors, the trust plans
// to recruit 20 more by 2025" counts the 15 recruited, and the plan, its
// number and its year are no part of the 15 (hostile check 64: the 15
// was dated 2025 and keyed "#20 plan"). The subject is a few words
// opening on a determiner or pronoun, its verb one of planVerbs.
var planClauseRe = regexp.MustCompile(`(?i),\s+(?:the|a|an|our|its|their|this|that|these|we|they|it|he|she)(?:\s+[a-z'’-]+){0,4}?\s+(?:plans?|aims?|intends?|hopes?|expects?|wants?|(?:is|are)\s+(?:planning|aiming|hoping|intending))\s+to\b`)

// phraseAfterAnd reports what follows ", and" in a figure's clause as a
// phrase that continues it, set off by a comma the clause goes on after:
// "45% of children, and of young people, waited". One that runs to the
// clause's end opens the next figure's clause: "38% of referrals were
// closed, and of those seen, 60% waited" (cut before the 60%).
func phraseAfterAnd(rest string) bool {
	k := strings.IndexByte(rest, ',')
	return phraseAfterAndRe.MatchString(rest) && k >= 0 && strings.TrimSpace(rest[k+1:]) != ""
}

// phraseAfterAndRe opens a phrase that continues a figure's clause after
// ", and": a preposition, not a clause's subject.
var phraseAfterAndRe = regexp.MustCompile(`(?i)^(?:of|in|for|among|amongst|at|with|by|from|to|within|over|under|aged)\b`)

// parallelAside is the aside, set off by commas or dashes, in which figure
// b is stated in parallel with figure a before it, what is said of both
// following it: ", but only 30% of adults," in "45% of children, but only
// 30% of adults, waited over 18 weeks", "– and 30% of adults –", ", as
// well as 30% of adults,". The span runs from the comma or dash that
// opens it to the end of the one that closes it. The words between a and
// the aside, and in the aside after b, must be the figures' groups alone
// (no verb), and a verb must follow it. Before, the sentence was cut at
// the aside's opening: the 45% measured nothing, or "as well as, waited".
func parallelAside(text string, figs []evidence.Figure, a, b evidence.Figure) (span, bool) {
	from, to := a.Offset+len(a.Text), b.Offset
	if to <= from || to-from > maxAsideGap {
		return span{}, false
	}
	gap := text[from:to]
	for _, f := range figs {
		if f.Offset >= from && f.Offset < to {
			return span{}, false // "45% waited over 18 weeks, and 30% ...": a's clause says more
		}
	}
	k := strings.LastIndexAny(gap, ",–—")
	if k < 0 || !groupOnly(gap[:k]) || strings.ContainsAny(gap[:k], ",;:()–—") {
		return span{}, false
	}
	delim := ","
	if gap[k] != ',' {
		_, n := utf8.DecodeRuneInString(gap[k:])
		delim = gap[k : k+n]
	} else if strings.IndexByte(gap[:k], ',') >= 0 {
		return span{}, false
	}
	open := from + k
	if open > 0 && text[open-1] == ' ' && delim != "," {
		open--
	}
	if !parallelOpenerRe.MatchString(text[from+k+len(delim) : to]) {
		return span{}, false
	}
	end := b.Offset + len(b.Text)
	j := strings.Index(text[end:min(len(text), end+maxAsideGap)], delim)
	if j < 0 {
		return span{}, false
	}
	closing := end + j
	if inner := text[end:closing]; !groupOnly(inner) || strings.ContainsAny(inner, ";:()") || strings.Contains(inner, ",") && delim != "," {
		return span{}, false
	}
	if !hasVerb(text[closing+len(delim) : min(len(text), closing+len(delim)+80)]) {
		return span{}, false
	}
	return span{open, closing + len(delim)}, true
}

// groupOnly reports words after a figure that name its group and say
// nothing of it: no verb, or "of those" and a participle ("of those
// referred", "of those seen in 2024").
func groupOnly(s string) bool {
	t := strings.TrimSpace(s)
	return !hasVerb(t) || participleGroupRe.MatchString(t)
}

// participleGroupRe is a group named by what was done to it: "of those
// referred", "of those placed out of area".
var participleGroupRe = regexp.MustCompile(`(?i)^of\s+(?:those|these|the\s+children|the\s+young\s+people)\s+[a-z]+(?:ed|en|seen)\b[^,;]*$`)

// maxAsideGap bounds the words between a figure and an aside stating
// another in parallel, and the aside's group: a group is a few words,
// and a sentence of thousands of bytes between figures holds no aside.
const maxAsideGap = 160

// parallelOpenerRe is what opens an aside stating a figure in parallel,
// before the figure (with its hedge): "but only", "and", "as well as",
// "compared with".
var parallelOpenerRe = regexp.MustCompile(`(?i)^\s*(?:and|or|but|as\s+well\s+as|compared\s+(?:with|to)|against|versus|vs\.?|while|whereas)\s*$`)
