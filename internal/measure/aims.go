package measure

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// aimed reports figure i as aimed at, not measured
// (evidence.Record.Aim): its own words (evidence.OwnWords, a comparison
// after it cut off) state an aim, a pledge, a plan, an expectation, a
// target or a recommendation: "The trust aims to see 2,000 children by
// 2026", "The council will spend £4.5m in 2026", "The ICB expects to
// commission 300 places", "…, against a target of 92%". The extractor
// gives an aim's, a pledge's or a recommendation's ratio no figure; an
// aim's count or sum is a figure, and this says so. Before (hostile check
// 65), a copy judged it from the sentence, and the record, exports and
// `cypx figures` read the aim as a level of now.
//
// Both the words a copy reads as the figure's own and its clause here
// (ownClause, which ends at a plan joined to it) must say so: "Medway
// employs 45 health visitors and plans to recruit more" measures the 45.
// The clause is read with the plan that joins it to the clause before,
// "… in 2023 and aims to reach 75% by 2025", and both are read as the
// figure's own words (aimWords): a bracket beside a figure is another
// value's, "58% … (target: 75%)" no aim, and a figure in a bracket is its
// own part's, "(2023: 58%)" after an aim measured (hostile check 66).
func (s *sentence) aimed(i int) bool {
	f := s.in.Figures[i]
	words, ok := evidence.OwnWords(s.in.Text, f)
	if !ok {
		return false
	}
	cl := s.clauses[i]
	start := cl.start
	for _, sep := range clauseEnds {
		if strings.HasSuffix(s.text[:start], sep) && unmeasuredRe.MatchString(sep) {
			start -= len(sep)
			break
		}
	}
	a, b := f.Offset, f.Offset+len(f.Text)
	at := strings.Index(s.in.Text, words)
	own, clause := aimWords(words, a-at, b-at), aimWords(s.text[start:cl.end], a-start, b-start)
	if !unmeasuredRe.MatchString(own) || !unmeasuredRe.MatchString(clause) {
		return false
	}
	if k := lastComparisonLead(s.text[start:max(start, a)]); k >= 0 && !unmeasuredRe.MatchString(s.text[start+k:cl.end]) {
		// "The target of 75% by March 2025 compares with 64% of children
		// in Kent seen …": a value set beside the aim after it is
		// measured (hostile check 68: the 64% an aim, measured "target
		// of compares with").
		return false
	}
	// "14 of 42 ICBs met the 95% target": the target met is no aim of
	// the 14, a measured count (hostile check 68: the 14 an aim).
	return unmeasuredRe.MatchString(withoutMetAims(own, a-at, b-at)) && unmeasuredRe.MatchString(withoutMetAims(clause, a-start, b-start))
}

// lastComparisonLead is the start of the last comparison's lead in text,
// "compares with", "compared with", "against", "than", or -1.
func lastComparisonLead(text string) int {
	if !strings.Contains(text, "compar") && !strings.Contains(text, "against") && !strings.Contains(text, "than") {
		return -1
	}
	ms := comparisonLeadRe.FindAllStringIndex(text, -1)
	if ms == nil {
		return -1
	}
	return ms[len(ms)-1][0]
}

// comparisonLeadRe is a comparison's lead words.
var comparisonLeadRe = lazyre.New(`(?i)\b(?:compares?\s+(?:with|to)|compared\s+(?:with|to)|against|than)\s`)

// metAimRe is an aim that the figure's subject met or missed, a
// measured fact about it: "met the 95% target", "missed their targets",
// "achieved the national standard", "fell short of the ambition", "14 of
// 42 ICBs meet the 95% standard"; never an aim to meet one, "to meet the
// 95% target" (metAims).
var metAimRe = lazyre.New(`(?i)\b(?:met|meets|meet|achieved|achieves|hit|hits|reached|reaches|exceeded|exceeds|missed|misses|failed\s+to\s+meet|fell\s+short\s+of|falls\s+short\s+of)\s+(?:the|their|its|this|that)\s+(?:[\w.,%-]+\s+){0,3}?(?:targets?|standards?|ambitions?|goals?|thresholds?|benchmarks?)\b`)

// MetAimAt reports the value at [a, b) of text as the aim of an aim met
// or missed (metAimRe) that holds it: the 95% of "14 of 42 ICBs met the
// 95% target", "4 of the 15 schools missed their 90% standard". The
// extractor makes such a share the counted bodies' bar, and aimed keeps
// it an aim, by this one reading.
func MetAimAt(text string, a, b int) bool {
	for _, m := range metAims(text) {
		if metAimHolds(m, a, b) {
			return true
		}
	}
	return false
}

// metAims are the spans of text's aims met or missed (metAimRe), less a
// "meet" that is aimed at: "plans to meet the 95% target" is an aim.
func metAims(text string) [][]int {
	ms := metAimRe.FindAllStringIndex(text, -1)
	out := ms[:0]
	for _, m := range ms {
		if !(strings.HasSuffix(text[:m[0]], "to ") && strings.EqualFold(text[m[0]:m[0]+4], "meet")) {
			out = append(out, m)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// metAimHolds reports span m of an aim met (metAimRe) holding [a, b).
func metAimHolds(m []int, a, b int) bool { return m[0] <= a && b <= m[1] && a < b }

// withoutMetAims is text with each aim met or missed (metAimRe) blanked,
// except one holding the figure at [a, b), which is the aim's own value:
// the 95% of "met the 95% target" stays an aim.
func withoutMetAims(text string, a, b int) string {
	ms := metAims(text)
	if ms == nil {
		return text
	}
	out := []byte(text)
	for _, m := range ms {
		if metAimHolds(m, a, b) {
			continue
		}
		for k := m[0]; k < m[1]; k++ {
			out[k] = ' '
		}
	}
	return string(out)
}

// aimWords are the words of text that say whether the figure at [a, b)
// is aimed at: within a bracket the part holding it, "2023: 58%" of
// "(2023: 58%; England: 91%)", "actual 58%" of "(plan 60%, actual 58%)";
// outside, the text without its brackets, each another value's or an
// aside's: "58% … (target: 75%)" measured, "(Forecast: 75%)" no aim of
// the 58%. Before (hostile check 66), a target in brackets marked the
// measured level an aim, and a baseline in brackets after an aim was one.
func aimWords(text string, a, b int) string {
	if a < 0 || b > len(text) || a > b {
		return text
	}
	if open := strings.LastIndexByte(text[:a], '('); open >= 0 && strings.IndexByte(text[open:a], ')') < 0 {
		end := len(text)
		if k := strings.IndexByte(text[b:], ')'); k >= 0 {
			end = b + k
		}
		from, to := open+1, end
		if k := strings.LastIndexAny(text[from:a], ";,"); k >= 0 {
			from += k + 1
		}
		if k := strings.IndexAny(text[b:to], ";,"); k >= 0 {
			to = b + k
		}
		return text[from:to]
	}
	if aimFromRe.MatchString(text[:a]) {
		// "plans to reduce the waiting list from 1,200 in 2023 to 800":
		// the level an aim starts from is measured.
		return text[a:b]
	}
	var out strings.Builder
	depth := 0
	for k := 0; k < len(text); k++ {
		switch c := text[k]; {
		case c == '(' || c == '[':
			// "[target: 75%]" too (hostile check 67).
			depth++
		case (c == ')' || c == ']') && depth > 0:
			depth--
		case depth == 0:
			out.WriteByte(c)
		}
	}
	return out.String()
}

// unmeasuredRe is a clause whose figure is an aim, a pledge, a plan, a
// forecast ("is forecast to need 120 more places") or a recommendation,
// not a measured fact; a body's hope, "the ICB hopes to cut waits", is an
// aim too (hostile check 66), where "20% of pupils hope to" is no body's
// (a survey's finding, measured). A body's must, "The ICB must make sure
// that at least 90% of children are seen within 18 weeks", requires the
// level: no level measured (hostile check 68: Wexdale's measured 90%).
// A plan is one a body makes, "plans to",
// "the plan is", "it is planned", never a plan a child has or care
// planned ahead: "38% of new EHC plans were issued within 20 weeks", "the
// wait for a planned appointment" are measured (hostile check 66: both
// were aims, the 38% undated in copies). "Against a plan of 70%" is a
// plan a body makes (hostile check 67: measured, Medway's 58% "a plan").
var unmeasuredRe = lazyre.New(`(?i)\b(?:aims?|aimed|aiming|targets?|targeted|plans?\s+to|plans\s+(?:are|were)\s+in\s+place\s+to|(?:the|our|this|its|their)\s+(?:(?:19|20)\d{2}(?:/\d{2})?\s+)?plan|an?\s+plan\s+of|trajector(?:y|ies)|planned\s+(?:to|for)|(?:is|are|was|were|been)\s+planned|planning\s+(?:to|for)|pledged?|pledges|promised?|promises|recommend(?:s|ed|ation|ations)?|will|would|should|commit(?:s|ted|ment)?|goal|ambition|intends?|intended|propose[sd]?|expects?|expected|standard|maximum|minimum|hopes\s+to|(?:is|are)\s+hoping\s+to|` + mustEnsureWords + `|(?:forecasts?|forecasted|projected|predicted)\s+to)\b`)

// mustEnsureWords are a body's must that a level be reached: "must make
// sure", "shall ensure".
const mustEnsureWords = `(?:must|shall)\s+(?:make\s+sure|ensure)`

// requiredShareRe is a must that a share be reached: "must make sure that
// at least 90% of", "must ensure 95% of".
var requiredShareRe = lazyre.New(`(?i)\b` + mustEnsureWords + `\s+(?:that\s+)?(?:at\s+least\s+|no\s+(?:fewer|less)\s+than\s+|a\s+minimum\s+of\s+)?\d+(?:\.\d+)?%\s+of\b`)

// RequiredShare reports text requiring a share of a group be reached
// (requiredShareRe): "The ICB must make sure that at least 90% of
// children are seen within 18 weeks". Its share is an aim (unmeasuredRe's
// must), and the extractor reads the sentence as the body's requirement,
// no statutory duty, by the same words.
func RequiredShare(text string) bool {
	return strings.IndexByte(text, '%') >= 0 && requiredShareRe.MatchString(text)
}

// aimMeasures mends the measures an aim and a measured figure lend each
// other (hostile check 66): a measured figure whose clause says nothing
// of its own, "; in 2023 the figure was 64%" after "The target is for
// 95% of children to be seen within 18 weeks by 2026", measures what the
// aim does without the aim's words, "to be seen within 18 weeks" (before:
// "target is for to be seen within 18 weeks", keyed with "target"); an
// aim whose clause only reaches a level, "… in 2023 and aims to reach 75%
// by 2025", measures what the measured figure before it does (before:
// "reach", keyed with nothing else).
func (s *sentence) aimMeasures() {
	figs := s.in.Figures
	// The aims alone are looked through for each figure: a line of
	// thousands of figures holds few or none.
	var aims []int
	for j, g := range figs {
		if g.Aim {
			aims = append(aims, j)
		}
	}
	if len(aims) == 0 {
		return
	}
	for i := range figs {
		f := &figs[i]
		if !f.Role.Measured() || f.Role == evidence.RoleChange || f.Measure == "" {
			continue
		}
		if !f.Aim {
			if k := lastComparisonLead(f.Measure); k >= 0 && unmeasuredRe.MatchString(f.Measure[:k]) {
				// "The target of 75% by March 2025 compares with 64% of
				// children … seen within 18 weeks": the aim's words
				// before the comparison are no words of the value set
				// beside it (hostile check 68: "target of compares with
				// within 18 weeks").
				if m := comparisonLeadRe.FindStringIndex(f.Measure[k:]); m != nil && k+m[1] < len(f.Measure) {
					f.Measure = tidy(f.Measure[k+m[1]:])
				}
			}
			for _, j := range aims {
				g := figs[j]
				label, same := besideAimMeasure(f.Measure, g.Measure)
				if !same && nationalOnlyRe.MatchString(f.Measure) && i > j && andOnlyRe.MatchString(s.text[g.Offset+len(g.Text):f.Offset]) {
					// "compared with an ambition of 75% and 65%
					// nationally": the nation's value of the level's
					// measure, as "compared with 65% nationally" is.
					label, same = " (national)", s.levelSetAgainst(j) >= 0
				}
				if j != i && same {
					k := s.levelSetAgainst(j)
					if k < 0 && i > j {
						k = s.levelBeforeAim(j)
					}
					if k >= 0 && i > j {
						s.comparedBesideTarget(i, k, j)
						f.Measure += label
						if (f.Period == "" || f.Period == g.Period) && !s.laterOwnYearAfter(f) {
							// "against a target of 75% by 2025 and a
							// national average of 65%": 2025 is the
							// aim's; the value compared is of the
							// level's time.
							f.Period = figs[k].Period
						}
						break
					}
					if m := aimLeadRe.FindStringIndex(f.Measure); m != nil && m[1] < len(f.Measure) {
						f.Measure = strings.TrimSpace(f.Measure[m[1]:])
					}
					break
				}
			}
			continue
		}
		if m := aimYearRe.FindStringSubmatchIndex(f.Measure); m != nil && f.Period == "" {
			// "below the 2025 target of 75%", "the 2024/25 plan of
			// 65%": the year the aim is named for is its time, no
			// number of what it measures (hostile check 67: undated,
			// "#2025" in its key).
			f.Period = f.Measure[m[2]:m[3]]
			f.Measure = tidy(f.Measure[:m[2]] + f.Measure[m[3]:])
		}
		if strings.Contains(f.Population, " in ") && nationalAimRe.MatchString(f.Measure) {
			// "against the national target of 75%", "the 2024/25 target
			// of 75% set by NHS England": the nation's aim, of no local
			// people (hostile check 68: keyed as Kent's).
			f.Population, f.Place = withoutLocalPlace(f.Population), ""
		}
		if !reachOnlyRe.MatchString(f.Measure) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if g := figs[j]; !g.Aim && g.Unit == f.Unit && g.Role.Measured() && g.Role != evidence.RoleChange && g.Measure != "" {
				f.Measure = g.Measure
				if f.Population == "" {
					f.Population = g.Population
				}
				break
			}
		}
	}
}

// besideAimMeasure reports measure m of a measured value as the aim's
// (aim) it borrowed, with the label a named average added after it (" (national
// average)" of "a target (national average)"): such a value says nothing
// of its own.
func besideAimMeasure(m, aim string) (label string, same bool) {
	if m == aim {
		return "", true
	}
	if aim != "" && strings.HasPrefix(m, aim+" (") && strings.HasSuffix(m, ")") {
		return m[len(aim):], true
	}
	return "", false
}

// levelBeforeAim is the measured level of the clause before aim j's
// clause, of its unit, where a clause of its own states the aim: "In
// 2023, 58% of children in Kent were seen within 4 weeks; the target is
// 75% by 2025, and the England figure is 65%" gives the 58%, which the
// 65% is set beside. -1 where there is none, or where the aim opens the
// sentence ("The target is for 95% …; in 2023 the figure was 64%").
func (s *sentence) levelBeforeAim(j int) int {
	figs := s.in.Figures
	for k := j - 1; k >= 0; k-- {
		g := figs[k]
		if g.Aim || !g.Role.Measured() || g.Role == evidence.RoleChange || g.Role == evidence.RoleThreshold || g.Measure == "" {
			continue
		}
		if _, in := s.inComparator(k); in || g.Unit != figs[j].Unit {
			continue
		}
		if strings.Contains(s.text[g.Offset+len(g.Text):figs[j].Offset], ";") {
			return k
		}
		return -1
	}
	return -1
}

// comparedBesideTarget gives figure i, a value set after target j that
// is set against level k, "64% … against a target of 92% by 2026 and 71%
// in England", "… and an England average of 71%", "…, short of the 92%
// target; in Medway, 58%", the level's measure and people without the
// level's own place: a value compared with the level, never a second
// target. A place written right after it and nowhere before the level
// is its own, no place of the level or the target. Before (hostile check
// 66), the 71% measured "a target", keyed with the target and the people
// of Kent, and Kent's 64% and the target were placed in England.
func (s *sentence) comparedBesideTarget(i, k, j int) {
	figs := s.in.Figures
	f, lvl := &figs[i], figs[k]
	f.Measure = s.withoutLocalSubject(withoutLocalPlace(lvl.Measure))
	if f.Population == figs[j].Population {
		// People of its own, "; in Medway, 58%" (children in Medway),
		// stay.
		f.Population = withoutLocalPlace(lvl.Population)
	}
	m := comparedOwnPlaceRe.FindStringSubmatch(s.text[f.Offset+len(f.Text):])
	if m == nil || f.Place == "" || strings.Contains(s.text[:lvl.Offset], m[1]) {
		return
	}
	for n := range figs {
		if n != i && figs[n].Place == f.Place && (n == j || figs[n].Offset < f.Offset) {
			figs[n].Place = ""
		}
	}
}

var (
	// aimFromRe ends the words before a level a change starts from.
	aimFromRe = lazyre.New(`(?i)\bfrom\s+(?:around\s+|about\s+|nearly\s+|almost\s+|over\s+|just\s+over\s+|just\s+under\s+)?$`)
	// aimLeadRe opens a measure with the aim's words and a subject that
	// names no place: "target is for ", "ICB aims to ", "the ambition is
	// that ", "plan sets out to ". "medway aims to" keeps its place's
	// name, and so its words.
	aimLeadRe = lazyre.New(`(?i)^(?:(?:the|our|its|their|local|national|nhs|trust|icb|council|service|board|programme|partnership|system|we|it)\s+){0,3}?(?:aims?|plans?|targets?|ambitions?|goals?|intends?|hopes?|expects?|pledged?|committed)\s+(?:(?:is|are|was)\s+(?:for|that|to)\s+|(?:sets?\s+out\s+)?to\s+)`)
	// nationalOnlyRe is a measure saying only that a value is the
	// nation's: "nationally".
	nationalOnlyRe = lazyre.New(`(?i)^(?:nationally|across\s+the\s+country)$`)
	// andOnlyRe is the words between an aim and a value joined to it:
	// " and ".
	andOnlyRe = lazyre.New(`^\s*,?\s+and\s+$`)
	// aimYearRe is a year naming an aim in its measure's words: "the
	// 2025 target", "the 2024/25 plan". Group 1 is the year.
	aimYearRe = lazyre.New(`(?i)\b((?:19|20)\d{2}(?:/\d{2})?)\s+(?:targets?|plans?|ambitions?|aims?|goals?|trajector(?:y|ies))\b`)
	// nationalAimRe is an aim's measure naming it the nation's: "national
	// target", "set by NHS England", "the government's ambition".
	nationalAimRe = lazyre.New(`(?i)\b(?:national|nationally|set\s+(?:by|for)\s+(?:NHS\s+England|the\s+(?:government|department|nhs)|DfE|DHSC|ministers|England)|(?:the\s+)?government['’]s)\b`)
	// reachOnlyRe is a measure saying only that a level is reached:
	// "reach", "achieve", "hit", "get to".
	reachOnlyRe = lazyre.New(`(?i)^(?:to\s+)?(?:reach|achieve|hit|get\s+to|meet|attain|exceed|increase\s+(?:this|it|that)\s+to|raise\s+(?:this|it|that)\s+to)$`)
)
