package measure

import "strings"

// setOf makes a set of the words in a space-separated list.
func setOf(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// functionWords say nothing about what is measured.
var functionWords = setOf(`a an the and or of to in on at by for from with as into onto about than that which who whom
whose this these those it its their they them there here he she his her we our us you your be been being is are was
were am has have had having do does did doing will would shall should may might can could must so such some any all
each every both either neither per via within across over under between up down out off also just only still even
yet then when where while whether if because since until around about nearly almost approximately
roughly some more most less least fewer many much very quite rather further another other same own too now currently
already ever never again not no nor respectively`)

// hedgeWords are the words of hedged and worded quantities ("nearly all",
// "almost two thirds", "more than half"), which restate the figure and
// are not what it measures.
var hedgeWords = setOf(`nearly almost around about approximately roughly just over under more than less fewer only some
at least up to majority minority most all half halves third thirds quarter quarters fifth fifths tenth tenths sixth
eighth one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy
eighty ninety hundred thousand million billion in out every each per cent percent percentage point points proportion
share number total figure figures estimated estimate some further remaining rest rate rates prevalence level levels
place made make makes live lives living lived`)

// reportingWords introduce what people said rather than what they said it
// about: "82% said", "respondents told us", "leaders reported".
var reportingWords = setOf(`said say says saying told tell telling reported report reporting felt feel feeling feels
believe believed believes thought think thinks agreed agree agrees stated state states indicated indicate indicates
described describe describes responded respond answered considered consider felt claimed claim cited mentioned
noted note found find finds showed shows show suggested suggests revealed reveals highlighted`)

// genericPeople are words for whom a figure is of that say nothing about
// which group: a figure of "respondents" or "children and young people"
// is compared by what was asked of them.
var genericPeople = setOf(`children child young people person persons cyp =cyp respondents respondent participants
participant those surveyed survey responses response individuals individual people's interviewees sample`)

// relativeTime are words that date a figure relative to when it was
// written ("last year", "now"): no period can be read from them.
var relativeTime = setOf(`last past previous recent recently now currently today this year's current latest
earlier ago`)

// negations turn a measure into its opposite: "could not meet demand" is
// another measure than "could meet demand".
var negations = setOf(`not no never cannot can't couldn't didn't don't doesn't won't wasn't weren't isn't aren't
hasn't haven't hadn't unable without lack lacked lacking lacks fail failed failing fails none nobody`)

// directions are the words of a change, read as up or down.
var directions = map[string]string{
	"up": "up", "rose": "up", "risen": "up", "rise": "up", "rises": "up", "rising": "up", "increase": "up",
	"increased": "up", "increases": "up", "increasing": "up", "grew": "up", "grown": "up", "grow": "up",
	"growth": "up", "higher": "up", "more": "up", "jumped": "up", "jump": "up", "climbed": "up", "doubled": "up",
	"tripled": "up", "trebled": "up", "greater": "up", "larger": "up", "reaching": "up", "above": "up",
	"down": "down", "fell": "down", "fallen": "down", "fall": "down", "falls": "down", "falling": "down",
	"decrease": "down", "decreased": "down", "decreasing": "down", "declined": "down", "decline": "down",
	"declining": "down", "dropped": "down", "drop": "down", "cut": "down", "cuts": "down", "reduced": "down",
	"reduction": "down", "lower": "down", "below": "down", "fewer": "down", "less": "down", "shrunk": "down", "shrank": "down",
	"lost": "down", "halved": "down", "smaller": "down",
}

// canonicalWords read synonyms of measures as one word before stemming:
// a rise is an increase, a cut a fall.
var canonicalWords = map[string]string{
	"rose": "increase", "risen": "increase", "rise": "increase", "rises": "increase", "rising": "increase",
	"grew": "increase", "grown": "increase", "grow": "increase", "growth": "increase", "increased": "increase",
	"increases": "increase", "increasing": "increase", "up": "increase", "higher": "increase",
	"fell": "decrease", "fallen": "decrease", "fall": "decrease", "falls": "decrease", "falling": "decrease",
	"declined": "decrease", "decline": "decrease", "dropped": "decrease", "drop": "decrease", "cut": "decrease",
	"cuts": "decrease", "reduced": "decrease", "reduction": "decrease", "down": "decrease", "lower": "decrease",
	"decreased": "decrease", "decreases": "decrease",
	"waited": "wait", "waiting": "wait", "waits": "wait",
	"can't": "not", "cannot": "not", "couldn't": "not", "didn't": "not", "don't": "not", "doesn't": "not",
	"won't": "not", "wasn't": "not", "weren't": "not", "isn't": "not", "aren't": "not", "hasn't": "not",
	"haven't": "not", "hadn't": "not", "unable": "not", "never": "not", "no": "not", "without": "not",
	"lack": "not", "lacked": "not", "lacking": "not", "lacks": "not", "fail": "not", "failed": "not",
	"failing": "not", "fails": "not", "nobody": "not", "none": "not",
	"able": "", "reaching": "", "reached": "", "totalled": "", "totaled": "", "stood": "", "stands": "",
	"enough": "enough", "sufficient": "enough", "adequate": "enough", "adequately": "enough",
	"sufficiently": "enough",
}

// canonicalWord maps a word to its canonical synonym, or itself.
func canonicalWord(w string) string {
	if c, ok := canonicalWords[w]; ok && c != "" {
		return c
	}
	return w
}

// dropFromMeasure reports a word that is no term of a measure.
func dropFromMeasure(w string) bool {
	return len(w) < 2 || measureStops[w]
}

// measureStops are the words dropFromMeasure drops, gathered once: a word
// of a measure costs one lookup.
var measureStops = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{functionWords, hedgeWords, reportingWords, genericPeople, relativeTime} {
		for w := range set {
			m[w] = true
		}
	}
	for w := range negations {
		delete(m, w)
	}
	for w, c := range canonicalWords {
		if c == "" {
			m[w] = true
		} else {
			delete(m, w)
		}
	}
	return m
}()

// dropFromPopulation reports a word that is no term of a population.
func dropFromPopulation(w string) bool {
	return functionWords[w] || hedgeWords[w] || genericPeople[w] || len(w) < 2
}

// verbs end a noun phrase: the words after a population that begin what
// is said of it. Only words that are seldom nouns are listed ("plans",
// "waits" and "cuts" are nouns as often as verbs); past forms in -ed and
// forms in -ing end a phrase too, as nounPhrase reads them.
var verbs = setOf(`is are was were be been being has have had do does did will would shall should may might can could
must cannot can't couldn't didn't don't doesn't won't wasn't weren't isn't aren't hasn't haven't hadn't said say says
told tell felt feel feels believe believes believed think thinks thought agree agrees agreed reported stated
indicated expect expects expected want wants wanted know knows knew get gets got receive receives received waited
live lives lived attend attends attended account accounts accounted make makes made take takes took see sees saw
reach reaches reached cover covers covered hold holds held lacked fail fails failed start starts started spend
spends spent accessed meet meets met worked planned identify identifies identified mention mentions mentioned
consider considers considered addressed go goes went experienced struggle struggles struggled leave leaves left
remain remains remained rose fell grew increased decreased declined dropped responded completed took became become
becomes gave give gives found find finds showed shows`)

// ingNouns end in -ing but are nouns of the field, which a phrase keeps:
// "health visiting", "school nursing", "funding".
var ingNouns = setOf(`funding training housing nursing safeguarding spending wellbeing meeting building setting
screening learning parenting visiting offending being morning evening thing things something nothing anything
everything ring king spring during`)

// relativePronouns open a clause inside a noun phrase ("young people who
// moved to adult services").
var relativePronouns = setOf(`who whom whose that which`)
