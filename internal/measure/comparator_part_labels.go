package measure

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// The labels of a bracket that name a part of what the level counts — a
// service, a specialty, a condition or need, a setting, a tier, an
// urgency, a kind of area, the whole — rather than a place or a time:
// "(Speech and Language: 45%)", "(Community: 40%)", "(Routine: 61%;
// Urgent: 90%)", "(Tier 4: 12)", "(Total: 61%)". Each value is the
// level's, of that part (ComparatorGroup, groupOf): "children in Kent
// (Community)", keyed apart from the level and from the other parts.
// Before (hostile check 66), such a label was read as a place, or the
// bracket as no comparator, its words and digits in the level's measure
// and key ("#300 outpati"), and two measures shared one key by them.

var (
	// partLabelWords are words (written small) that make a label a
	// part of a service or of the people a level counts, wherever they
	// stand in it: "School Nursing", "Eating Disorders", "Tier 4".
	partLabelWords = setOf(`service services team teams clinic clinics nursing visiting visitors therapy therapies
help support camhs paediatrics paediatric audiology physiotherapy dietetics continence management misuse
justice fostering adoption speech language safeguarding immunisation immunisations vaccination vaccinations
screening psychology psychiatry counselling midwifery dental dentistry orthodontics optometry maternity
neonatal perinatal palliative respite residential sleep weight autism autistic adhd asd epilepsy diabetes
asthma harm self-harm anxiety depression disorder disorders disability disabilities difficulties
neurodevelopmental crisis identity obesity overweight allergy allergies eczema psychosis trauma bereavement
dyslexia community acute inpatient inpatients outpatient outpatients primary secondary special nursery
nurseries academy academies independent maintained mainstream schools colleges college urgent routine
emergency elective unplanned total totals overall combined rural urban coastal deprived affluent pilot
non-pilot trailblazer tier tiers heritage need needs protection programme education employment training
wellbeing behaviour emotional social health mental kooth childline barnardo barnardos`)
	// partLabelRe is a part written short or with a number, read whole
	// without regard to case: "Early Years", "Post-16", "Pre-school".
	partLabelRe = lazyre.New(`(?i)^(?:early\s+years|post[- ]?16|pre[- ]?school|under[- ]?18s?|0[- ]?19)$`)
	// notPartLabelWords are words (written small) of a label that is a
	// body, a time or an aim, never a part: "(NHS Kent and Medway: 61%)"
	// is the ICB's, "(Autumn term: 45%)" a time's, "(Plan: 75%)" no
	// value achieved.
	notPartLabelWords = setOf(`nhs trust trusts icb icbs ics ccg ccgs council councils kcc foundation board
authority authorities university hospital hospitals partnership ltd limited plc cic charity
target targets ambition plan planned forecast projected projection trajectory goal goals aim aims standard
expected kpi threshold baseline autumn spring summer winter term terms semester quarter week weekend month
year years inspection january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun q1 q2 q3 q4 fy`)
	// partLabelSplitRe parts a label into its words.
	partLabelSplitRe = lazyre.New(`[^\p{L}\d+-]+`)
	// rankLabelRe is a label naming a rank or a set of other places,
	// read without regard to case: "Best Performing", "Top Quartile",
	// "Lowest", "Nearest Neighbours", "Region", "Comparator",
	// "Elsewhere": an average or a value of places it does not name
	// (ComparatorBenchmark), never the level's place's nor a part of it.
	rankLabelRe = lazyre.New(`(?i)^(?:the\s+)?(?:(?:best|worst|top|highest|lowest|bottom)(?:[- ](?:performing|ranked|scoring))?(?:\s+(?:quartile|quintile|decile|10%|ten|five|areas?|councils?|authorities|las?|icbs?|trusts?|performers?))?|(?:nearest|closest|statistical)\s+neighbours?|(?:the\s+)?region(?:al)?|comparators?|comparator\s+group|elsewhere)$`)
	// demonymLabelRe is a label naming a nation's people alone:
	// "Scottish", "Welsh", "English", "Irish", "British" — a group of
	// people by their national identity (or a subject, "English"), never
	// the nation's place (the place list reads "Scottish" as
	// Scotland).
	demonymLabelRe = lazyre.New(`(?i)^(?:white\s+)?(?:scottish|welsh|english|northern\s+irish|irish|british)$`)
)

// partLabel reports a label naming a part of what the level counts: a
// service, a specialty, a condition or need, a setting, an urgency, a
// tier, a kind of area or the whole (partLabelWords, partLabelRe), that
// names no place, no body and no time or aim (notPartLabelWords): those
// are read as places, bodies, times and aims are, or not at all.
func partLabel(label string) bool {
	l := strings.TrimSpace(comparatorTheRe.ReplaceAllString(strings.TrimSpace(label), ""))
	if l == "" || len(findPlaces(l)) > 0 {
		return false
	}
	if partLabelRe.MatchString(l) {
		return true
	}
	part := false
	for _, w := range partLabelSplitRe.Split(strings.ToLower(l), -1) {
		w = strings.Trim(w, "-+")
		if notPartLabelWords[w] {
			return false
		}
		part = part || partLabelWords[w]
	}
	return part
}

var (
	// listedPartRe is a bracket's part giving one label two values,
	// "England: 23% and 37%": groups 1 the label, 2 and 3 the values.
	listedPartRe = lazyre.New(`^\s*([^:;()=]+?)\s*:\s*(` + comparatorValueExpr + `)\s+and\s+(` + comparatorValueExpr + `)\s*$`)
)

// laterPartValues reads a part of a comparator bracket that leans on the
// parts before it (done), part opening at s[at]: an earlier value of the
// part before, "(boys: 60%, up from 55%)", of that part's label and kind;
// or a place's or an average's two values after two groups', "(Reception:
// 22%, Year 6: 38%; England: 23% and 37%)", each of the group listed in
// its order. Before (hostile check 66), either made the bracket no
// comparator: its values keyed as the level's, its labels in the
// level's measure, England's values "pupils in Kent". Nil where the part
// is neither.
func laterPartValues(part string, at, open, shut int, done []Comparator) []Comparator {
	if len(done) == 0 {
		return nil
	}
	if m := earlierPartRe.FindStringSubmatchIndex(part); m != nil {
		c := done[len(done)-1]
		switch {
		case c.Earlier:
			return nil
		case c.Kind == ComparatorPlace, c.Kind == ComparatorBenchmark, c.Kind == ComparatorGroup, c.Kind == ComparatorTime:
		default:
			// After a part of a time, "(2022: 58%, up from 55%)", no
			// label says the earlier value's time.
			return nil
		}
		c.ValueStart, c.ValueEnd, c.Earlier, c.Period = at+m[2], at+m[3], true, ""
		if m[4] >= 0 {
			c.Period = part[m[4]:m[5]]
		}
		return []Comparator{c}
	}
	m := listedPartRe.FindStringSubmatchIndex(part)
	if m == nil {
		return nil
	}
	var groups []string
	for _, c := range done {
		if c.Kind == ComparatorGroup && !c.Earlier {
			groups = append(groups, c.Label)
		}
	}
	label := part[m[2]:m[3]]
	k := comparatorLabelKind(label)
	if len(groups) != 2 || k != ComparatorPlace && k != ComparatorBenchmark {
		return nil
	}
	label = strings.TrimSpace(label)
	return []Comparator{
		{Kind: k, Label: label, Open: open, Close: shut, ValueStart: at + m[4], ValueEnd: at + m[5], Group: groups[0]},
		{Kind: k, Label: label, Open: open, Close: shut, ValueStart: at + m[6], ValueEnd: at + m[7], Group: groups[1]},
	}
}

// laterPartRecord gives value f of comparator c what its part's place in
// the bracket says beyond its label (laterPartValues): the group it is
// listed for, and an earlier value's own time (none where the part
// names none, never the level's) with no change of its own.
func laterPartRecord(c Comparator, f *evidence.Figure) {
	if c.Group != "" {
		f.Population = groupOf(c.Group, f.Population)
	}
	if c.Earlier {
		f.Period, f.Change = c.Period, ""
	}
}

// groupYearLabel reads a label of a group and a year, "Year 6, 2022" of
// "(Year 6, 2022: 36%)": the group's value of that year, or, where the
// text before the bracket (before) names the group already ("38% of Year
// 6 pupils in Kent"), the level's own value of that year. Before (hostile
// check 66), the level took the bracket's year and the bracket the
// level's. ComparatorNone, label and no year where it is no such label.
func groupYearLabel(before, label string) (ComparatorKind, string, string) {
	y := comparatorLabelYearRe.FindStringSubmatchIndex(label)
	if y == nil {
		return ComparatorNone, label, ""
	}
	name, year := strings.TrimSpace(label[:y[0]]), label[y[2]:y[3]]
	if comparatorLabelKind(name) != ComparatorGroup || placedGroupLabel(name) {
		return ComparatorNone, label, ""
	}
	if strings.Contains(strings.ToLower(before), strings.ToLower(name)) {
		return ComparatorPeriod, year, ""
	}
	return ComparatorGroup, name, year
}

// placedGroup splits a group's label that opens with a place, "England
// boys", "England Year 6": the place's name and the group, or "" where
// the label names no place first.
func placedGroup(label string) (place, group string) {
	ps := findPlaces(label)
	if len(ps) == 0 || strings.TrimSpace(label[:ps[0].start]) != "" || demonymLabelRe.MatchString(label[ps[0].start:ps[0].end]) {
		// "English as an additional language" is a group, no
		// England's.
		return "", ""
	}
	rest := strings.TrimSpace(label[ps[0].end:])
	if rest == "" || !comparatorGroupRe.MatchString(rest) && !partLabel(rest) {
		return "", ""
	}
	return ps[0].name, rest
}

// placedGroupLabel reports a label of a place and a group (placedGroup).
func placedGroupLabel(label string) bool {
	p, _ := placedGroup(label)
	return p != ""
}

// followedByEarlier reports comparator c followed in its bracket by its
// own earlier value, "boys: 60%" of "(boys: 60%, up from 55%)": it keeps
// the change from it.
func (s *sentence) followedByEarlier(c Comparator) bool {
	for _, cs := range s.comparatorSpans() {
		if cs[0].Open != c.Open {
			continue
		}
		for k := 0; k+1 < len(cs); k++ {
			if cs[k].ValueStart == c.ValueStart && cs[k+1].Earlier {
				return true
			}
		}
	}
	return false
}

// inOtherComparator reports figure j the value of a comparator bracket
// figure i stands outside: its measure holds the bracket's label, "was
// (boys:)", and lends none (its level's, to a figure after the bracket,
// "compared with 870 in Medway") (hostile check 66: "the rate ... in
// Kent was 12.5 per 1,000 (boys: 14.1)" measured "was (boys:)", keyed
// "boy", where the rate's own words are all its people).
func (s *sentence) inOtherComparator(i, j int) bool {
	cj, ok := s.inComparator(j)
	if !ok {
		return false
	}
	ci, ok := s.inComparator(i)
	return !ok || ci.Open != cj.Open
}
