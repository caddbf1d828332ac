package measure

import (
	"slices"
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// oneForEveryTextRe is a ratio figure's own text as the extractor reads it,
// people to one worker: "one school nurse for every 4,000 pupils", "one
// GP per 2,100 patients", "one school nurse to 2,600 pupils". Groups: 1
// the worker, 2 the people.
var oneForEveryTextRe = lazyre.New(`(?i)^(?:one|1|a|an)\s+(.+?)\s+(?:(?:for|to)\s+every|per|to)\s+[\d,.]+(?:\s+(?:or\s+so\s+)?(under\s+(?:\d{1,2}['’]?s|[a-z]+s)|[a-z]+(?:-(?:[a-z]+|\d{1,2}['’]?s))*))?$`)

// ratioOfTextRe is a ratio figure's text named before its value: "ratio
// of pupils to school nurses was 4,000 to 1". Groups: 1 the people, 2 the
// workers.
var ratioOfTextRe = lazyre.New(`(?i)^ratio\s+of\s+([a-z]+)\s+to\s+(.+?)\s+(?:was|is|stood\s+at|of)\s+(?:around\s+|about\s+)?[\d,.]+\s*(?:to\s+|:\s*)(?:one|1)$`)

// namedRatioTextRe is a ratio figure's text named by its two words before
// "ratio": "pupil to nurse ratio was 2,600:1", "pupil-to-school-nurse
// ratio is 3,000 to 1". Groups: 1 the people (one, as a word of a name
// is), 2 the worker.
var namedRatioTextRe = lazyre.New(`(?i)^([a-z]+)[- ]to[- ](.+?)\s+ratio\s+(?:was|is|stood\s+at|of)\s+(?:around\s+|about\s+)?[\d,.]+\s*(?:to\s+|:\s*)(?:one|1)$`)

// eachCoversTextRe is a ratio figure's text told of each worker: "each
// school nurse covers 2,600 pupils". Groups: 1 the worker, 2 the people.
var eachCoversTextRe = lazyre.New(`(?i)^(?:each|every)\s+(.+?)\s+(?:covers|covered|serves|served|looks\s+after|looked\s+after|is\s+responsible\s+for|was\s+responsible\s+for)\s+(?:around\s+|about\s+|roughly\s+|an\s+average\s+of\s+)?[\d,.]+\s+([a-z]+)$`)

// ratioMeasure is the measure of a figure of people to one worker, said
// in its own text ("pupils per school nurse"), and the people counted:
// the words round the number in the sentence ("there was ... in
// England") say nothing of what it measures. Empty where the text names
// no worker and people ("1 for every 2,500" measures what its partner
// does).
func ratioMeasure(f evidence.Figure) (measure, people string) {
	if f.Unit != evidence.UnitCount && f.Unit != evidence.UnitOther {
		return "", ""
	}
	text := f.Text
	if q := f.Qualifier; q != "" && len(text) > len(q) && strings.EqualFold(text[:len(q)], q) {
		text = strings.TrimSpace(text[len(q):]) // "roughly one nurse for every ..."
	}
	m := oneForEveryTextRe.Get().FindStringSubmatch(text)
	if m == nil {
		m = eachCoversTextRe.Get().FindStringSubmatch(text)
	}
	if m == nil {
		// "pupil to nurse ratio was 2,600:1": the people named in the
		// singular, as a name's word is (hostile check 63).
		if o := namedRatioTextRe.Get().FindStringSubmatch(text); o != nil {
			people = pluralPeople(strings.ToLower(o[1]))
			return people + " per " + workerName(strings.ReplaceAll(o[2], "-", " ")), people
		}
		// "ratio of pupils to school nurses was 4,000 to 1": the same
		// measure, the workers named in the plural; its people are
		// named before the value, and the sentence's words round it
		// are the ratio's own.
		o := ratioOfTextRe.Get().FindStringSubmatch(text)
		if o == nil {
			return "", ""
		}
		people = strings.ToLower(o[1])
		return people + " per " + workerName(strings.TrimSuffix(o[2], "s")), people
	}
	if m[2] == "" {
		return "", ""
	}
	people = strings.ToLower(m[2])
	if ageGroupWordRe.MatchString(people) {
		// "for every 500 under-fives": children, the age their group
		// (hostile check 64: "under-f" a word of the measure's key, apart
		// from "500 children under five").
		return "children per " + workerName(m[1]), ratioPeople(f.Population, people)
	}
	return people + " per " + workerName(m[1]), ratioPeople(f.Population, people)
}

// ageGroupWordRe is a group of children named by its age alone, in lower
// case: "under-fives", "under-5s", "under-twos", "under 5s", "under
// fives", "under-5's".
var ageGroupWordRe = lazyre.New(`^under[- ]?(?:\d{1,2}['’]?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)s$`)

// pluralPeople is a ratio's people word, named in the singular before
// "to ... ratio" ("pupil", "child", "patient"), as a count names them.
func pluralPeople(w string) string {
	switch {
	case w == "child":
		return "children"
	case w == "person":
		return "people"
	case strings.HasSuffix(w, "s"):
		return w
	case strings.HasSuffix(w, "y") && !strings.HasSuffix(w, "ey"):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

// workerName is a ratio's worker in lower case, acronyms kept ("GP").
func workerName(s string) string {
	worker := strings.Fields(s)
	for k, w := range worker {
		if !isAcronym(w) {
			worker[k] = strings.ToLower(w)
		}
	}
	return strings.Join(worker, " ")
}

// ratioPeople is the group a ratio counts: the population the sentence
// gave from its people's word on ("health visitor for children aged under
// five in Kent" is of "children aged under five in Kent"), so the key keeps
// the group and the place as other counts' keys do (hostile check 62: both
// were "children", keyed as a ratio for all children). Only the people's
// word where the population does not name them.
func ratioPeople(pop, people string) string {
	lower := strings.ToLower(pop)
	for at := 0; at < len(lower); {
		k := strings.Index(lower[at:], people)
		if k < 0 {
			break
		}
		k += at
		end := k + len(people)
		if (k == 0 || lower[k-1] == ' ') && (end == len(lower) || lower[end] == ' ') {
			return pop[k:]
		}
		at = k + 1
	}
	return people
}

// elidedRatio reports a ratio figure naming no worker or people of its
// own, "1 for every 2,500": it measures what its partner does, of whom
// its partner is.
func elidedRatio(f evidence.Figure) bool {
	if f.Unit != evidence.UnitCount && f.Unit != evidence.UnitOther {
		return false
	}
	return elidedRatioRe.Get().MatchString(f.Text)
}

// elidedRatioRe is a ratio's text with nothing between its one and "for
// every" and nothing after its number.
var elidedRatioRe = lazyre.New(`(?i)^(?:[a-z]+\s+)?(?:one|1)\s+(?:(?:for|to)\s+every|per)\s+[\d,.]+$`)

// workerElidedRatio is the measure and people of ratio figure i naming
// its people but not its worker, "one for every 1,450 pupils" after "the
// service had 42 school nurses for 61,000 pupils": the worker is the one
// the count before it counts, "pupils per school nurse". Before (hostile
// check 66), the ratio measured the sentence's words, keyed as the count
// of 61,000 pupils. Empty where no count before names the workers.
func (s *sentence) workerElidedRatio(i int) (measure, people string) {
	f := s.in.Figures[i]
	if f.Unit != evidence.UnitCount && f.Unit != evidence.UnitOther {
		return "", ""
	}
	m := peopleOnlyRatioRe.Get().FindStringSubmatch(f.Text)
	if m == nil {
		return "", ""
	}
	people = strings.ToLower(m[1])
	for j := i - 1; j >= 0; j-- {
		g := s.in.Figures[j]
		pop := strings.ToLower(g.Population)
		if g.Unit != evidence.UnitCount || pop == "" || pop == people || strings.Contains(pop, people) || strings.Contains(pop, " ") && len(strings.Fields(pop)) > 3 {
			continue
		}
		worker := strings.TrimSuffix(pop, "s")
		if strings.HasSuffix(pop, "ss") {
			worker = pop
		}
		return people + " per " + workerName(worker), people
	}
	return "", ""
}

// peopleOnlyRatioRe is a ratio's text naming its people and no worker:
// "one for every 1,450 pupils", "1 per 2,000 children". Group 1 the people.
var peopleOnlyRatioRe = lazyre.New(`(?i)^(?:one|1)\s+(?:(?:for|to)\s+every|per)\s+[\d,.]+\s+([a-z]+(?:-[a-z]+)*)$`)

// perWorkerRates makes each figure of people to one worker a rate, unit
// other, as "480 children per health visitor" is: "one school nurse for
// every 4,000 pupils", "one nurse per 2,600 pupils", "each school nurse
// covers 2,600 pupils", "the ratio of pupils to school nurses was 4,000
// to 1", and an earlier value of the same ratio ("1 for every 2,200 in
// 2015", "up from 410 in 2021"). The extractor reads them as counts of
// the people, so their population, place and change are read as a
// count's are; only their unit and key change here. Before, every
// wording but "N children per worker" was a count of the people.
func (d *Doc) perWorkerRates(figs []evidence.Figure) {
	first := -1
	var keys []string
	for i := range figs {
		f := &figs[i]
		// A ratio's measure is "pupils per school nurse" (ratioMeasure),
		// or its text says "every" or "per" ("1 for every 2,500"): the
		// cheap tests first.
		if f.Unit != evidence.UnitCount || f.Role == evidence.RoleBase ||
			!strings.Contains(f.Measure, " per ") && !strings.Contains(f.Text, "every") && !strings.Contains(f.Text, " per ") {
			continue
		}
		if m, _ := ratioMeasure(*f); m == "" && !elidedRatio(*f) {
			continue
		}
		if f.Key != "" {
			keys = append(keys, f.Key)
		}
		if first < 0 {
			first = i
		}
		f.Unit = evidence.UnitOther
		f.Key = d.key(*f)
	}
	if keys == nil {
		return
	}
	// Only a value after the ratio is its earlier value: the people and
	// workers counted before it ("14.6 nurses for 36,900 pupils, or one
	// for every 2,500") are counts that share its key.
	for i := first + 1; i < len(figs); i++ {
		f := &figs[i]
		if f.Unit == evidence.UnitCount && f.Role != evidence.RoleBase && f.Key != "" && slices.Contains(keys, f.Key) {
			f.Unit = evidence.UnitOther
			f.Key = d.key(*f)
		}
	}
}
