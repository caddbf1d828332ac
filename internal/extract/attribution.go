package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
	"github.com/cypx/cypx/internal/measure"
)

// Attribution: a statistic that gives its figure as someone else's
// ("according to the ONS", "figures from NHS England show", "the Health
// Foundation found that", "(Health Foundation, 2024)") cites that body, and
// is cited as "Health Foundation, cited in NHS Providers, 2024".

var (
	// inTextCitationRe finds Harvard in-text citations: "(Health Foundation, 2024)".
	inTextCitationRe = lazyre.New(`\(([A-Z][\p{L}&’'. -]{1,80}), (\d{4}[a-z]?)\)`)
	// attributedAfterRe ends with the words after which the body a figure
	// comes from is named: "according to", "figures from", "a report by",
	// "data published by", "according to the latest figures from", "a
	// survey of 318 parents by" (the group surveyed between the survey and
	// its body), "research summarised by", "evidence gathered by" (the
	// body that brought others' work together is the one cited);
	// "research for the national charity" (the body it was done for,
	// which publishes it; never "figures for", whose place is no body);
	// "guidance from NICE says" (the body whose standard it states);
	// "analysis for the ACT by Fenwick Economics" (the body that did the
	// work for another: before, no one was cited).
	attributedAfterRe = newEndRe(lazyre.New(`(?i)(?:\baccording\s+to(?:\s+(?:the|a|an))?(?:\s+(?:latest|new|recent|official|published|provisional|annual|national|separate|further|widely[\s-]cited|often[\s-]cited|much[\s-]cited|well[\s-]known|landmark|influential|\d{4}))*(?:\s+(?:figures|data|statistics|analysis|research|estimates?|survey|report|study|review|poll|census|count|evidence))?(?:\s+(?:from|by|published\s+by|of|for))?|\b(?:figures|data|statistics|analysis|research|estimates|report|survey|study|review|poll|evidence|work|modelling|investigation|guidance|guidelines|standards)\s+(?:published\s+|released\s+|carried\s+out\s+|conducted\s+|commissioned\s+|summari[sz]ed\s+|gathered\s+|collated\s+|reviewed\s+|brought\s+together\s+)?(?:from|by)|\b(?:survey|poll|audit|census|study|review|analysis|consultation)\s+of\s+(?:[\w’'-]+\s+){1,5}?(?:carried\s+out\s+|conducted\s+|run\s+)?by|\b(?:estimated|calculated|modelled|compiled|collected|recommended|set|defined|reported|recorded|published)\s+by|\bspokes(?:person|woman|man)\s+(?:for|from|at)|\b(?:researchers|academics|a\s+team|teams|experts|analysts|economists|statisticians)\s+(?:at|from)|\b(?:research|analysis|modelling|study|report|survey|work)\s+(?:carried\s+out\s+|conducted\s+|commissioned\s+|done\s+)?for|\b(?:research|analysis|modelling|study|report|survey|work)\s+for\s+(?:the\s+)?(?:[\w’'&-]+\s+){1,5}?by|\bsources?:)(?:\s+(?:the\s+)?(?:(?:national|leading|children['’]s|health|independent)\s+)?(?:charity|charities|campaign\s+group|think[\s-]tank|regulator|watchdog))?\s+$`))
	// attributedBeforeRe starts with the words before which the body is
	// named: "found that", "’s analysis shows", "estimates that", " figures
	// also show", "’s national standard is that" (a standard the body
	// sets, stated as its).
	attributedBeforeRe = lazyre.New(`(?i)^(?:(?:’s|'s)\s+(?:latest\s+|new\s+|recent\s+|own\s+|annual\s+|quarterly\s+|monthly\s+|provisional\s+|interim\s+|final\s+|first\s+|second\s+|\d{4}\s+)*(?-i:[a-z][a-z-]+\s+){0,2}?(?:analysis|research|survey|data|figures|report|review|study|estimates|modelling|census|statistics|guidance|audit|inquiry|evaluation|standard)(?:\s+of\s+(?-i:(?:[a-z0-9’'-]+\s+){0,10}?[a-z0-9’'-]+))?\s+(?:shows?|showed|found|finds|suggests?|suggested|reveals?|revealed|estimates?|estimated|indicates?|indicated|says?|said|puts?|is\s+that)|\s+(?:latest\s+|new\s+|official\s+|\d{4}\s+)*(?:data|figures|statistics|analysis|research|estimates|guidance|guidelines|standards)\s+(?:(?:also|now|again|still|clearly)\s+)?(?:shows?|show|showed|suggests?|suggested|reveals?|revealed|indicates?|indicated|published|says?|say|said|recommends?|states?)|\s+(?:monitoring|surveillance|research\s+team|team)\s+(?:found|finds|showed|shows|suggests?|suggested|estimated|estimates)|\s+(?:press\s+office\s+|media\s+team\s+)?spokes(?:person|woman|man))\b`)
	// attributedVerbRe starts with a verb of saying or finding after a
	// body: "found that", ", the Royal College of Emergency Medicine
	// found.", "said". It needs a name that reads as an organisation,
	// since people say and find things too ("Maya said"). A body's
	// standard is its own to state ("NHS England expects 92% of children
	// to receive ...", "The Institute of Health Visiting suggests no more
	// than 250 children"): before, such a standard cited no one.
	// attributedThatRe is a verb of finding followed by "that": a name of
	// two words or more before it is a source even without a word such as
	// Institute or Trust ("Young Epilepsy estimates that").
	attributedThatRe = lazyre.New(`(?i)^\s+(?:has\s+|have\s+)?(?:now\s+|also\s+|recently\s+|previously\s+)?(?:estimates?|estimated|calculated|found|finds|reports?|reported|reckons?|reckoned|tells\s+(?:me|us)|told\s+(?:me|us))\s+that\b`)
	attributedVerbRe = lazyre.New(`(?i)^\s+(?:has\s+|have\s+|had\s+)?(?:now\s+|also\s+|recently\s+|previously\s+)?(?:found|finds|said|says|told|tells\s+(?:me|us)|reckons?|reckoned|estimates?|estimated|calculated|reports?|reported|warned|warns|recommends?|recommended|advises?|advised|expects|expected|suggests|suggested|shows\s+that|showed\s+that)\b`)
	// asNotedBeforeRe and asNotedRe surround a body a clause says a
	// finding is told as ("As the Nuffield Trust noted in 2022, spending
	// fell by 4%", "as NHS England has reported"): the finding is its.
	asNotedBeforeRe = lazyre.New(`(?:^|[\s,;(])as\s+$`)
	asNotedRe       = lazyre.New(`(?i)^\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|recently\s+|previously\s+|rightly\s+)?(?:noted|pointed\s+out|observed|highlighted|found|shown|showed|reported|estimated|calculated|warned|said)\b`)
	// studyFoundRe follows a named study: "The TRACK study, which followed
	// young people..., found that".
	// bodyNounAfterRe is a body's noun set in lower case after its name:
	// "ADHD taskforce", "SEND review panel".
	bodyNounAfterRe = lazyre.New(`^\s+(taskforce|task\s+force|commission|committee|panel|working\s+group|network|alliance|board)\b`)
	studyFoundRe    = lazyre.New(`(?i)^\s+(study|survey|review|trial|inquiry|audit|evaluation|census|report)\b(?:,[^,.;]{0,200},)?\s+(?:has\s+)?(?:found|finds|showed|shows|suggests|suggested|reported|estimated)\b`)
	attributionCues = []string{"according to", "from", " by", "found", "finds", "estimate", "calculated", "reported", "reports", "source", "’s", "'s", "show", "suggest", "reveal", "indicate", "published", "expect",
		"said", "says", " say", "told", "spokes", "guidance", "guidelines", "warn", "recommend", "advise", "reckon", "tells ", " put",
		" noted", "pointed out", "observed", "highlighted"}
	// analysisOfRe and dataShowsRe surround a body whose data another
	// analyses: "The College's analysis of NHS England data shows that".
	analysisOfRe = newEndRe(lazyre.New(`(?i)\b(?:analysis|re-?analysis|examination|breakdown)\s+of\s+(?:the\s+)?(?:latest\s+|new\s+|official\s+|published\s+)?$`))
	dataShowsRe  = lazyre.New(`^\s+(?:\d{4}(?:/\d{2})?\s+)?(?:data|figures|statistics)\s+(?:shows?|showed|suggests?|suggested|reveals?|revealed|indicates?|indicated|finds|found)\b`)
	// paraNumberRe is all that comes before a name opening a numbered
	// paragraph: "4.2 The Care Quality Commission found...".
	paraNumberRe = lazyre.New(`^\s*\(?\d{1,2}(?:\.\d{1,2}){0,2}[.)]?$`)
	// datasetAfterRe follows a body's name with the statistics it
	// publishes, named by their subject: "NHS workforce statistics show".
	datasetAfterRe = lazyre.New(`^\s+((?:[a-z][a-z-]+\s+){1,2}(?:statistics|data|figures|returns|census))\s+(?:shows?|showed|suggests?|suggested|reveals?|revealed|indicates?|indicated)\b`)
	// figuresBeforeRe and publishedAfterRe surround a body that published
	// the figures named before it: "the England figures UKHSA published
	// for 2023/24", "the data the ONS released last week".
	figuresBeforeRe  = newEndRe(lazyre.New(`(?i)\b(?:figures|data|statistics|estimates|numbers|rates)\s+(?:that\s+|which\s+)?(?:the\s+)?$`))
	publishedAfterRe = lazyre.New(`^\s+(?:has\s+|have\s+|had\s+)?(?:published|publishes|released|releases|collected|collects|reported)\b`)
	// workYearRe is the year of the work cited, in brackets after the
	// body's name, as a narrative citation writes it: "the Health
	// Foundation (2021) found", "figures from the King's Fund (2022a, p.
	// 4) show". A financial year ("(2021/22)") is the data's period, not
	// the work's, and is no match.
	workYearRe = lazyre.New(`^\s*\(((?:19|20)\d{2}[a-z]?)(?:,\s*pp?\.\s*\d+(?:[–-]\d+)?)?\)`)
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
	// How far along the figures are: "Provisional data show".
	"provisional": true, "initial": true, "early": true, "final": true, "draft": true, "interim": true, "unvalidated": true,
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
	// A kind of place, no body: "Hospital data show 418 extractions"
	// (before, cited "Hospital").
	"hospital": true, "hospitals": true,
	// A body's word for itself: "The Committee found that".
	"committee": true, "commission": true, "board": true, "council": true, "panel": true, "charity": true,
	"inquiry": true, "partnership": true, "network": true, "alliance": true, "coalition": true,
}

// connectors may join the words of a name: "Department for Education",
// "Royal College of Paediatrics and Child Health".
var connectors = map[string]bool{"of": true, "for": true, "and": true, "&": true, "the": true, "on": true, "in": true}

// citedWork is the body a statistic attributes its figure to: the one
// in-text citation it holds ("Health Foundation, 2024"), else the body
// named by "according to", "figures from", "X found that" and the like
// ("Health Foundation", without "the"). It is empty when the figure is the
// publisher's own or the sentence names no one, or names several. When a
// later clause gives another body's finding ("..., while the Children's
// Commissioner found 52%") and the first body's clause holds a figure of
// its own (figs), the first body is cited and rival is where the other
// body's clause starts (its figures are othersFigures'); else rival is -1.
// A body named in a later clause than the first measured figure's is not
// cited, or, named for a compared value, cited from where that value's
// phrase starts (from; see laterClause).
func citedWork(text, publisher string, figs []evidence.Figure) (cites string, rival, from int) {
	return citedWorkOf(text, publisher, figs, false)
}

// citedAsk is the body a recommendation reports another made, read as
// citedWork reads a statistic's (the same in-text citation, the same
// "according to", "X says", "NICE guidance says"), and by the verbs of
// asking after the body (askedVerbRe: "The Royal College ... recommends
// that", "the Children's Commissioner called on ministers to"): "" when
// the ask is the publisher's own or names no body. Before (hostile check
// 69 F15) such a recommendation was the publisher's alone, cited
// "(Publisher, 2025)", never "(Royal College ..., cited in Publisher,
// 2025)" as a statistic citing a body is.
func citedAsk(text, publisher string) string {
	cites, _, _ := citedWorkOf(text, publisher, nil, true)
	for _, part := range strings.Split(strings.ReplaceAll(cites, " & ", " and "), " and ") {
		if sameBody(strings.TrimSpace(part), publisher) {
			// "Ofsted and CQC ask that" in Ofsted's letter: the
			// publisher's own ask, made jointly.
			return ""
		}
	}
	return cites
}

// citedWorkOf is citedWork, and citedAsk when asks is set.
func citedWorkOf(text, publisher string, figs []evidence.Figure, asks bool) (cites string, rival, from int) {
	if plain, kept := evidence.WithoutInlineMarks(text); kept != nil {
		// Read as the page shows it: "according to the [Care Quality
		// Commission](https://…)" or "*NHS Digital*" names its body as
		// plain words do (hostile checks 69 F7 and 70 G1: the figure was
		// cited to its publisher alone). Offsets in and out are text's.
		moved := make([]evidence.Figure, len(figs))
		for i, f := range figs {
			moved[i] = f
			moved[i].Offset = sort.SearchInts(kept, f.Offset)
		}
		cites, rival, from = citedWorkOf(plain, publisher, moved, asks)
		switch {
		case from >= len(kept):
			from = len(text)
		case from > 0:
			from = kept[from]
		}
		return cites, rival, from
	}
	m := inTextCitationRe.FindAllStringSubmatch(text, -1)
	if len(m) == 1 {
		at := inTextCitationRe.FindStringIndex(text)[0]
		other, from := laterClause(text, figs, at)
		if sameBody(m[0][1], publisher) || ownFindingClash(text, at) || other || noWorkNamed(m[0][1]) {
			return "", -1, 0
		}
		return strings.TrimSpace(m[0][1]) + ", " + m[0][2], -1, from
	}
	if len(m) > 1 {
		return "", -1, 0
	}
	body, at, rival := attributionsOf(text, asks)
	if rival >= 0 && !rivalValue(text, figs, rival) {
		return "", -1, 0
	}
	if body == "" || sameBody(withoutWorkYear(body), publisher) || publisherShortName(withoutWorkYear(body), publisher) {
		return "", rival, 0
	}
	if rival < 0 {
		other, from := laterClause(text, figs, at)
		if other {
			return "", -1, 0
		}
		return body, rival, from
	}
	return body, rival, 0
}

// noWorkNamed reports the name of a bracket "(name, 2023)" that is no
// author of a work: a place, "(England, 2023)", "(Kent, 2023)" (where and
// when the figure is), or a word that says what the figure is,
// "(Provisional, 2023)", "(Boys, 2023)". Before, each was cited as a work
// by "England" or "Provisional", cited in the publisher.
func noWorkNamed(name string) bool {
	name = strings.TrimSpace(name)
	lower := strings.ToLower(name)
	return measure.PlaceNoBody(name) || !strings.Contains(name, " ") && (notBodies[lower] || figureStateWords[lower])
}

// figureStateWords are single words a bracket may give with a year to say
// whom or how far along a figure is: "(Boys, 2023)", "(Unpublished, 2023)".
var figureStateWords = map[string]bool{
	"boys": true, "girls": true, "unpublished": true, "forthcoming": true, "revised": true,
	"estimated": true, "estimate": true, "actual": true, "projected": true, "baseline": true,
}

// rivalTailRe is all a clause giving another body's value of the same
// measure may hold after the value: a year, a bracket, the full stop
// ("the Children's Commissioner found 52% in 2023.").
var rivalTailRe = lazyre.New(`^\s*(?:(?:in|for)\s+(?:19|20)\d{2}(?:/\d{2,4})?\s*)?(?:\([^)]*\)\s*)?[.!]?\s*$`)

// rivalValue reports a sentence whose clause from rival on gives another
// body's value of the measure the clause before it gives a figure of:
// the first clause holds a measured figure (no threshold, no base) and
// the rival clause one value and nothing of a measure after it ("...,
// while the Children's Commissioner found 52%."). A rival clause with a
// measure of its own ("while NHS England data show 12% waited") is a
// finding of its own, and a first clause with no figure ("NHS England
// says waits grew, while ...") leaves the item no one body's.
func rivalValue(text string, figs []evidence.Figure, rival int) bool {
	first, value := false, -1
	for i, f := range figs {
		if f.Offset < rival && f.Role.Measured() {
			first = true
		}
		if f.Offset >= rival && value < 0 {
			value = i
		}
	}
	return first && value >= 0 && rivalTailRe.MatchString(text[figs[value].Offset+len(figs[value].Text):])
}

// publisherShortName reports a name the publisher calls itself by in its
// own text: its initials ("the LGA estimates" in the Local Government
// Association's release) or the one word of its name that says what it is
// ("according to the College's analysis" in the Royal College of
// Emergency Medicine's). The figure is the publisher's own, no citation.
func publisherShortName(body, publisher string) bool {
	body = strings.TrimPrefix(strings.TrimSpace(body), "the ")
	words := strings.Fields(publisher)
	if body == "" || len(words) < 2 || strings.Contains(body, " ") {
		return false
	}
	initials := ""
	for _, w := range words {
		if connectors[strings.ToLower(w)] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			initials += string(r)
		}
	}
	if len(initials) >= 2 && body == initials {
		return true
	}
	if !orgWords[strings.ToLower(body)] {
		return false
	}
	for _, w := range words {
		if w == body {
			return true
		}
	}
	return false
}

// attributedBody finds the body named by an attribution in text.
func attributedBody(text string) string {
	body, _, _ := attributions(text)
	return body
}

// rivalClauseRe opens a clause setting another body's finding against
// the one before it: ", while", ", whilst", ", whereas", ", but", "; ".
var rivalClauseRe = lazyre.New(`(?i)(?:,\s*|\s+)(?:while|whilst|whereas)[\s,]|,\s*(?:but|although|though)\s|;\s`)

// attributions finds the body named by an attribution in text, and,
// where a later clause opened by rivalClauseRe names another body's
// finding ("According to NHS England, 45% ..., while the Children's
// Commissioner found 52%"), where that clause starts (rival, else -1):
// the body is then the first one, whose clause is text[:rival]. Two
// bodies with no such clause between them ("NHS England and the ONS
// found") are no one attribution, and body is "". at is where the body's
// name starts.
func attributions(text string) (body string, at, rival int) {
	return attributionsOf(text, false)
}

// askCues are the words one of which a sentence reporting another body's
// ask holds (askedVerbRe), as attributionCues are a finding's.
var askCues = []string{"recommend", "call", "urge", "advise", "ask", "propose", "want"}

// askedVerbRe follows a body that asks for something with its verb of
// asking, or its work's: " recommends that", " has called on", " urged",
// "'s report recommends", "'s guidance says". Only a recommendation's
// sentence reads it (attributionsOf with asks): a finding is no one's
// for being beside an ask.
var askedVerbRe = lazyre.New(`(?i)^(?:(?:’s|')s?\s+(?:[a-z][a-z-]+\s+){0,3}?(?:report|review|inquiry|guidance|guidelines|standards|statement|strategy|framework|consultation|response|submission|evidence)\s+(?:also\s+)?(?:recommends?|recommended|calls?\s+(?:on|for)|called\s+(?:on|for)|urges?|urged|says?|said|states?|stated|sets\s+out|advises?|advised|asks?|asked|proposes?|proposed)|\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|recently\s+|previously\s+|now\s+|repeatedly\s+|again\s+)?(?:recommends?|recommended|calls?\s+(?:on|for)|called\s+(?:on|for)|urges?|urged|advises?|advised|asks?|asked|wants?|wanted|proposes?|proposed))\b`)

// askerName reports a name at start that may be the body making an ask
// a recommendation reports: the subject of its clause ("The Royal
// College ... recommends", "In its report, the Children's Commissioner
// called on"), or after "according to"; not a body named in the ask
// ("... within the 13 weeks set by NICE", "... from Year 9"), a
// resolution's "That the Panel", the source's own ("Our SENCOs", "The
// ICB's Children's Board") or a body of a kind named by its kind alone
// ("The ICB asks", "The PPG has asked"), who no reader could look up.
func askerName(text, lower string, start int, name string) bool {
	if !atClauseStart(lower, start) && !accordingToRe.MatchString(before(lower, start, 40)) {
		return false
	}
	first, _, _ := strings.Cut(name, " ")
	if k := possessiveLen(first); k > 0 && kindAlone[first[:len(first)-k]] || ownWords[strings.ToLower(first)] {
		return false
	}
	return !kindAlone[name]
}

var (
	// accordingToRe ends the words before a body an ask is told as
	// the body's: "according to the", "as recommended by".
	accordingToRe = newEndRe(lazyre.New(`(?i)\b(?:according\s+to|as\s+(?:recommended|advised|proposed|urged)\s+by)(?:\s+(?:the|an?))?\s+$`))
	// ownWords open a name of the source's own or of a resolution:
	// "Our SENCOs", "That the Panel".
	ownWords = map[string]bool{"our": true, "their": true, "its": true, "that": true, "this": true, "my": true}
	// kindAlone are bodies' kinds that name no one body when alone.
	kindAlone = map[string]bool{"ICB": true, "ICS": true, "CCG": true, "PCN": true, "PPG": true, "LA": true, "Trust": true,
		"Board": true, "Panel": true, "Council": true, "Committee": true, "Forum": true, "Partnership": true, "Network": true}
)

// attributionsOf is attributions, reading the verbs of asking as well
// when asks is set (citedAsk).
func attributionsOf(text string, asks bool) (body string, at, rival int) {
	rival = -1
	lower := lazyre.ASCIILower(text)
	cue := false
	for _, c := range attributionCues {
		if strings.Contains(lower, c) {
			cue = true
			break
		}
	}
	for _, c := range askCues {
		if asks && !cue && strings.Contains(lower, c) {
			cue = true
		}
	}
	if !cue {
		return "", -1, -1
	}
	found, foundEnd := "", 0
	// A name after its cue: "according to the ONS", "figures from NHS England".
	for i := 0; i < len(text); i++ {
		if !isUpper(text[i]) || (i > 0 && !isSpace(text[i-1]) && text[i-1] != '(') {
			continue
		}
		if w, we := nameWordAt(text, i); w == "The" || w == "A" || w == "An" || w == "As" || w == "In" {
			// The name starts at the next word ("As the Nuffield Trust
			// noted", "In the Forum's survey").
			i = we
			continue
		}
		start := i
		for _, article := range []string{"the ", "an ", "a "} {
			if start >= len(article) && strings.EqualFold(text[start-len(article):start], article) {
				start -= len(article)
				break
			}
		}
		name, end := nameAt(text, i)
		if name == "" {
			continue
		}
		if unnamedBody(name) || titledPersonRe.MatchString(name) || measure.PlaceNoBody(name) || asks && !askerName(text, lower, start, name) {
			// A place is no body: "Data from Kent and Medway show that"
			// cites no one (hostile check 69: "Kent and Medway, cited in
			// ...").
			i = end
			continue
		}
		// The year of the work cited goes with the body, as an in-text
		// citation's does ("Health Foundation, 2021"): dropped, "cited
		// in" named the body but not which of its works.
		year := ""
		if m := workYearRe.FindStringSubmatchIndex(text[end:]); m != nil {
			year, end = text[end+m[2]:end+m[3]], end+m[1]
		}
		rest := text[end:min(len(text), end+260)]
		if m := datasetAfter(lower, rest, end); m != nil && atClauseStart(lower, start) {
			// The statistics are the source: "NHS workforce statistics".
			name, end = name+" "+rest[m[2]:m[3]], end+m[3]
			if found != "" && found != name {
				if rival < 0 {
					if rival = rivalAt(text, foundEnd, start); rival < 0 {
						return "", -1, -1
					}
				}
				i = end
				continue
			}
			found, foundEnd, at = name, end, start
			i = end
			continue
		}
		if m := nhsDatasetAfter(name, rest); m != nil {
			// "according to NHS workforce statistics": the NHS is many
			// bodies, the statistics named by their subject the work a
			// reader looks up (nhsDatasetRe).
			name, end = name+" "+rest[m[2]:m[3]], end+m[3]
			rest = text[end:min(len(text), end+260)]
		}
		if m := bodyNounAfterRe.FindStringSubmatchIndex(rest); m != nil && attributedBeforeRe.MatchString(rest[m[1]:min(len(rest), m[1]+60)]) {
			// "The ADHD taskforce's interim report estimated": the body
			// is the name with its noun in lower case.
			name, end = name+" "+rest[m[2]:m[3]], end+m[1]
			rest = text[end:min(len(text), end+260)]
		}
		if workForRe.MatchString(before(lower, start, 40)) && doneByRe.MatchString(rest[:min(len(rest), 12)]) {
			// "analysis for the ACT by Fenwick Economics": the body the
			// work was done for gives way to the one that did it.
			i = end
			continue
		}
		if !attributionNear(lower, start, end) && !(asks && askedVerbRe.MatchString(rest[:min(len(rest), 80)])) {
			i = end
			continue
		}
		if m := studyFoundRe.FindStringSubmatchIndex(rest); m != nil {
			name, end = name+rest[m[2]-1:m[3]], end+m[3] // "TRACK study"
		}
		if m := coAuthorsRe.FindStringSubmatchIndex(rest); m != nil {
			// "Kessler and colleagues", "Masters et al.": the authors
			// as the text names them.
			name, end = name+rest[m[2]:m[3]], end+m[3]
			rest = text[end:min(len(text), end+260)]
		}
		subject := atClauseStart(lower, start) && !personRole(name)
		if attributedAfterRe.MatchString(before(lower, start, 120)) ||
			subject && attributedBeforeRe.MatchString(rest[:min(len(rest), 140)]) ||
			strings.HasSuffix(name, " study") || strings.HasSuffix(name, " survey") || strings.HasSuffix(name, " review") ||
			strings.HasSuffix(name, " trial") || strings.HasSuffix(name, " inquiry") || strings.HasSuffix(name, " audit") ||
			strings.HasSuffix(name, " evaluation") || strings.HasSuffix(name, " census") || strings.HasSuffix(name, " report") ||
			subject && orgLike(name) && attributedVerbRe.MatchString(rest[:min(len(rest), 40)]) ||
			orgLike(name) && asNotedBeforeRe.MatchString(before(lower, start, 12)) && asNotedRe.MatchString(rest[:min(len(rest), 40)]) ||
			subject && strings.Contains(name, " ") && attributedThatRe.MatchString(rest[:min(len(rest), 40)]) ||
			asks && subject && orgLike(name) && askedVerbRe.MatchString(rest[:min(len(rest), 80)]) ||
			analysisOfRe.MatchString(before(lower, start, 60)) && dataShowsRe.MatchString(rest[:min(len(rest), 40)]) ||
			figuresBeforeRe.MatchString(before(lower, start, 60)) && orgLike(name) && publishedAfterRe.MatchString(rest[:min(len(rest), 40)]) ||
			inWorkOpening(lower, start) && orgLike(name) && inWorkRe.MatchString(rest[:min(len(rest), 100)]) {
			name = withWorkYear(name, year)
			if found != "" && found != name && rival < 0 {
				if rival = rivalAt(text, foundEnd, start); rival < 0 {
					return "", -1, -1 // several bodies: the sentence is not one attribution
				}
			}
			if found == "" {
				found, foundEnd, at = name, end, start
			}
		}
		i = end
	}
	return found, at, rival
}

var (
	// workForRe ends the words before a body a work was done for:
	// "analysis for the", "research for".
	workForRe = newEndRe(lazyre.New(`\b(?:research|analysis|modelling|study|report|survey|work)\s+for\s+(?:the\s+|an?\s+)?$`))
	// doneByRe follows that body with the one that did the work: " by F".
	doneByRe = lazyre.New(`^\s+by\s+(?:the\s+)?[A-Z]`)
)

// inWorkRe follows a body opening a sentence with its work, "In the
// Eastmoor Parent Carer Forum's spring survey, 180 parents responded
// …": the work's noun and the comma closing the opening phrase.
var inWorkRe = lazyre.New(`^(?:’s|'s)\s+(?:[a-z0-9-]+\s+){0,3}?(?:survey|poll|report|review|analysis|audit|census|study|research|consultation|data|figures|snapshot|findings)(?:\s+of\s+[^,.;]{1,60}?)?\s*,`)

// inWorkOpening says the words before start are "In" opening the
// sentence or a clause ("In the Forum's survey, …"; "…; in NHS
// England's data, …"). Before (held-out set 94), the survey's
// figures cited no one.
func inWorkOpening(lower string, start int) bool {
	t := strings.TrimRight(lower[:start], " ")
	return t == "in" || strings.HasSuffix(t, ", in") || strings.HasSuffix(t, "; in") || strings.HasSuffix(t, ": in")
}

// rivalAt is where the last clause opened by rivalClauseRe in
// text[from:to] starts, or -1.
func rivalAt(text string, from, to int) int {
	if from >= to {
		return -1
	}
	m := rivalClauseRe.FindAllStringIndex(text[from:to], -1)
	if m == nil {
		return -1
	}
	return from + m[len(m)-1][0]
}

// coAuthorsRe follows a first author's surname with the rest of the
// authors left unnamed: " and colleagues", " et al.". Group 1 is kept with
// the name.
var coAuthorsRe = lazyre.New(`^( and (?:colleagues|co-authors|coauthors|co-workers)| et al\.?)`)

// unnamedBody reports a name that names no one body a reader could look
// up: some of a kind ("Some ICBs have reported", "Many trusts").
func unnamedBody(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	if first == name && adjectiveOnlyRe.MatchString(name) {
		// "according to the European survey": an adjective alone names
		// no body (hostile check 53: it cited "European").
		return true
	}
	switch strings.ToLower(first) {
	case "some", "many", "most", "several", "other", "few", "all", "both":
		return strings.Contains(name, " ")
	}
	return false
}

// titledPersonRe is a person named with a title ("Ms Carvalho", "Dr
// Patel", "Cllr Hughes"): no body. Before, "Ms Carvalho reported that in
// a Youth Council poll ..." in a committee's minutes cited Ms Carvalho,
// a member reporting to the meeting, as the figure's source.
var titledPersonRe = lazyre.New(`^(?:Dr|Prof|Professor|Cllr|Councillor|Mr|Mrs|Ms|Miss|Mx|Sir|Dame)\s+\p{Lu}`)

// adjectiveOnlyRe is a word of place, people, kind or standing that
// qualifies a noun and names no body by itself: "European", "British",
// "National", "Statutory guidance says", "Interim figures show".
var adjectiveOnlyRe = lazyre.New(`^(?:European|British|English|Scottish|Welsh|Irish|Northern|Southern|Eastern|Western|American|Australian|Canadian|French|German|Dutch|Spanish|Italian|Nordic|Scandinavian|Asian|African|International|National|Global|Federal|Regional|Annual|Latest|Recent|Independent|Official|Local|Statutory|Legal|Clinical|Professional|Draft|Interim|Revised|Updated|Current|Existing|Previous)$`)

// withWorkYear is a body's name with the year of the work cited, in the
// form of an in-text citation: "Health Foundation, 2021".
func withWorkYear(name, year string) string {
	if year == "" {
		return name
	}
	return name + ", " + year
}

// withoutWorkYear is an attribution without the year withWorkYear adds.
func withoutWorkYear(cites string) string {
	if i := strings.LastIndex(cites, ", "); i > 0 && workYearRe.MatchString("("+cites[i+2:]+")") {
		return cites[:i]
	}
	return cites
}

// datasetAfter matches datasetAfterRe on rest, the text after a name
// ending at end of lower, when a word naming statistics comes soon enough
// for it to match.
func datasetAfter(lower, rest string, end int) []int {
	near := lower[end:min(len(lower), end+48)]
	if !strings.Contains(near, "statistics") && !strings.Contains(near, "data") && !strings.Contains(near, "figures") &&
		!strings.Contains(near, "returns") && !strings.Contains(near, "census") {
		return nil
	}
	return datasetAfterRe.FindStringSubmatchIndex(rest)
}

// cueBefore are the words an attributed name follows ("according to the
// ONS", "figures from NHS England", "Source: DWP"); cueAfter are the
// starts of what an attributed name is followed by ("found that", "’s
// analysis", "data show").
var (
	cueBefore = []string{"to", "from", "by", "of", "for", "at", "source:", "sources:", "charity", "charities", "watchdog", "regulator", "tank", "figures", "data", "statistics", "estimates"}
	cueAfter  = []string{"’s ", "'s ", " found", " finds", " has ", " have ", " had ", " estimate", " calculated", " report",
		" data", " figures", " statistics", " analysis", " research", " latest", " new ", " official", " said", " says",
		" told", " warn", " spokes", " press office", " media team", " guidance", " guidelines", " study", " survey",
		" review", " trial", " inquiry", " audit", " evaluation", " census", " standards", " recommend", " advise", " 1", " 2",
		" now ", " also ", " recently ", " previously ", " reckon", " tells me", " tells us", " shows that", " showed that", " monitoring", " surveillance", " team", " research team",
		" noted", " pointed out", " observed", " highlighted", " expect", " suggest"}
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
		capital := isUpper(w[0]) || w == "&" || w == "+"
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
	if deptNameRe.MatchString(name) {
		// "Ministry of Housing, Communities and Local Government",
		// "Department for Digital, Culture, Media and Sport": a
		// department's name lists its parts with commas.
		if m := deptPartsRe.FindStringIndex(s[end:]); m != nil {
			end += m[1]
			name = s[i:end]
		}
	}
	return name, end
}

var (
	// deptNameRe is a department's name whose parts a list may go on
	// with: "Ministry of Housing", "Department for Digital".
	deptNameRe = lazyre.New(`^(?:Ministry|Department)\s+(?:of|for)\s+\S+$`)
	// deptPartsRe is the rest of a department's list of parts:
	// ", Communities and Local Government", ", Culture, Media and Sport".
	deptPartsRe = lazyre.New(`^(?:,\s+[A-Z][\w’']*(?:\s+[A-Z][\w’']*)?)+\s+and\s+[A-Z][\w’']*(?:\s+[A-Z][\w’']*)?`)
)

// nameWordAt is the word at i: letters, digits, hyphens, apostrophes and
// "&" ("Barnardo’s", "Children’s", "YoungMinds").
func nameWordAt(s string, i int) (string, int) {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '’' || r == '\'' || r == '&' || r == '+') {
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

// orgWords are words that make a name an organisation's: "Royal College of
// Emergency Medicine", "Centre for Mental Health", "NHS England".
var orgWords = map[string]bool{"foundation": true, "fund": true, "trust": true, "college": true, "council": true,
	"commission": true, "commissioner": true, "institute": true, "institution": true, "society": true,
	"association": true, "department": true, "office": true, "nhs": true, "board": true, "centre": true,
	"center": true, "alliance": true, "network": true, "partnership": true, "charity": true, "service": true,
	"services": true, "agency": true, "authority": true, "government": true, "committee": true, "university": true,
	"union": true, "confederation": true, "federation": true, "group": true, "bureau": true, "unit": true,
	"observatory": true, "forum": true, "coalition": true, "campaign": true, "ministry": true, "treasury": true,
	"parliament": true, "inquiry": true, "team": true, "statistics": true, "healthwatch": true, "providers": true,
	"england": true, "digital": true, "trusts": true, "collaborative": true, "consortium": true, "panel": true,
	"executive": true, "department’s": true, "barnardo’s": true, "barnardo's": true,
	"organisation": true, "organization": true}

// knownBodies are organisations known by one ordinary-looking word.
var knownBodies = map[string]bool{"ofsted": true, "healthwatch": true, "barnardo’s": true, "barnardo's": true,
	"youngminds": true, "mind": true, "beat": true, "unicef": true, "nesta": true, "demos": true, "nice": true,
	"ofcom": true, "ofqual": true}

// orgLike reports a name that reads as an organisation's rather than a
// person's: an acronym ("ONS", "NICE"), a name with inner capitals
// ("YoungMinds"), a known body, or a name with a word such as College,
// Foundation or Department.
func orgLike(name string) bool {
	if knownBodies[strings.ToLower(name)] {
		return true
	}
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(w)
		if orgWords[lw] {
			return true
		}
		caps := 0
		for i := 0; i < len(w); i++ {
			if isUpper(w[i]) {
				caps++
			}
		}
		if caps >= 2 {
			return true // "ONS", "YoungMinds", "NHSE"
		}
	}
	return false
}

// atClauseStart reports a name at the start of a clause, where the body
// that found or said something stands: the sentence's start, or after a
// comma, semicolon, dash, bracket or conjunction. "those referred to
// CAMHS said" and "the maximum that NICE guidance says" are not.
func atClauseStart(lower string, start int) bool {
	j := start
	for j > 0 && lower[j-1] == ' ' {
		j--
	}
	if j == 0 {
		return true
	}
	switch lower[j-1] {
	case ',', ';', ':', '(', '.':
		return true
	}
	if strings.HasSuffix(lower[:j], "–") || strings.HasSuffix(lower[:j], "—") || paraNumberRe.MatchString(lower[:j]) {
		return true
	}
	return endsWithAny(lower[:j], "and", "but", "while", "whereas", "as", "and the", "but the", "while the")
}

// roleWords end a name that is a person's job, not a body: "the ICB’s
// Commissioning Manager reported".
var roleWords = map[string]bool{"manager": true, "director": true, "officer": true, "lead": true, "chair": true,
	"chairman": true, "chairwoman": true, "head": true, "president": true, "secretary": true, "minister": true,
	"adviser": true, "advisor": true, "consultant": true, "nurse": true, "doctor": true, "clinician": true,
	"mp": true, "councillor": true, "spokesperson": true}

// personRole reports a name that ends in a person's role.
func personRole(name string) bool {
	f := strings.Fields(name)
	return len(f) > 0 && roleWords[strings.ToLower(f[len(f)-1])]
}
