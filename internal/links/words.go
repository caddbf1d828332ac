package links

import (
	"github.com/cypx/cypx/internal/lazyre"
	"strings"
	"unicode"

	"github.com/cypx/cypx/internal/evidence"
)

// stopWords are words that say nothing about which finding a sentence
// states: English function words, and the words every sentence about
// children's health services uses.
var stopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a about above after again all also am an and any are as at be because been
	before being between both but by can could did do does doing during each few for from further had has have
	having he her here hers him his how i if in into is it its itself just more most my no nor not now of off on
	once only or other our out over own same she should so some such than that the their them then there these
	they this those through to too under until up very was we were what when where which while who whom why will
	with would you your said says say per cent percent would well also must need needs one two three
	children child young people services service cyp babies report respondent respondents trust trusts nhs`) {
		stopWords[w] = true
	}
}

// contentWords are the distinct words of s that carry meaning, lower-cased,
// possessives dropped and a plural "s" trimmed.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '’' && r != '\''
	}) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
		w = strings.Trim(w, "’'")
		if len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			w = w[:len(w)-1]
		}
		if len(w) < 3 || stopWords[w] {
			continue
		}
		out[w] = true
	}
	return out
}

// wordOverlap is the share of the shorter text's content words that the
// other text also has: 1 when one says everything the other does.
func wordOverlap(a, b string) float64 {
	wa, wb := contentWords(a), contentWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	n := 0
	for w := range wa {
		if wb[w] {
			n++
		}
	}
	return float64(n) / float64(len(wa))
}

// distinctive is the IDF below which a term is too common to show that two
// texts are about the same thing (children, people, services, health).
const distinctive = 1.0

// genericStems are stemmed words of report prose that bleve's English stop
// list keeps but that never show two texts share a topic ("also", "taking
// place", "at a local level", "across a range").
var genericStems = map[string]bool{
	"also": true, "level": true, "take": true, "place": true, "across": true, "rang": true, "way": true,
	"make": true, "new": true, "key": true, "within": true, "includ": true, "well": true, "mani": true,
	"much": true, "like": true, "use": true, "part": true,
}

// specificWeight sums the IDF of the distinctive terms two texts share.
func specificWeight(a, b map[string]float64) float64 {
	sum := 0.0
	for t, w := range a {
		if _, ok := b[t]; ok && w >= distinctive && !genericStems[t] {
			sum += w
		}
	}
	return sum
}

// deficitRe finds the words in which findings state a problem: what is
// missing, too little, cut or failing.
var deficitRe = lazyre.New(`(?i)\b(?:not|no|only|too few|too little|less than|fewer than|failed|failing|fail|lacking|lack|absent|cut|cuts|reduced|fell|dissatisfied|unmet|rarely|insufficient|inadequate|gaps?|delays?|waits?|waiting)\b`)

// askRe finds an ask: a list item of what respondents want, opening with a
// verb in -ing ("Increasing investment...", "Adopting a...").
var askRe = lazyre.New(`^[A-Z][a-z]+ing\b|\bsupport for\b|\bcalled for\b|\bwould like\b`)

// answerable reports whether the statistic of a pair states a problem or an
// ask, which is what a recommendation can respond to; a neutral description
// ("76% said their trust is involved") is not.
func answerable(a, b evidence.Item) bool {
	stat := a
	if b.Kind == evidence.Statistic {
		stat = b
	}
	return deficitRe.MatchString(stat.Text) || askRe.MatchString(stat.Text)
}
