package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// leadModalRe finds where a lead-in's ask begins: its modal, or the
	// "to" of "asking the council to". What follows it up to the colon is
	// the ask's own words.
	leadModalRe = lazyre.New(`(?i)\b(?:should|must|shall|will|need\s+to|needs\s+to|ought\s+to|has\s+to|have\s+to|to)\b`)
	// purposeFirstRe is a clause of purpose that opens a lead-in, to its
	// comma: "To reduce waits, ", "In order to cut waits, ", "So as to
	// reach every family, ".
	purposeFirstRe = lazyre.New(`^(?i:(?:in\s+order\s+|so\s+as\s+)?to)\s[^,:;]{1,80},\s+`)
	// bodyMustLeadRe is a lead-in of what bodies must do, all of it the
	// bodies and the modal ("The council must:", "To put this right, the
	// ICB and the council must now:"), perhaps after a clause of context;
	// group 1 names the bodies.
	bodyMustLeadRe = lazyre.New(`(?i)^(?:[^:]{0,80},\s+)?((?:the|our|your|every|both|all)\s+[^,:;]{2,80}?|[A-Z][^,:;]{1,80}?)\s+(?:must|has\s+to|have\s+to)\b([^:]{0,60})\s*:\s*$`)
	// listVerbRe is the verb of a lead-in whose object its items are:
	// "The council must ensure that:", "... must also consider:", "...
	// must fund:". "be" and "have" say what a thing must be, not what a
	// body must do.
	listVerbRe = lazyre.New(`^\s*(?:(?:also|now|urgently|therefore|first|then|at\s+least)\s+)*(?:(?:ensure|make\s+sure)(?:\s+that)?|(?:[a-z]{3,}\b)(?:\s+(?:out|up|on|at|for|to))?)\s*$`)
	// ensureTailRe is a lead-in's "ensure that" or "make sure that",
	// whose clause each item finishes ("... must also make sure that:"
	// over "every family knows whom to call").
	ensureTailRe = lazyre.New(`^\s*(?:(?:also|now|urgently|therefore|first|then)\s+)*(?:ensure|make\s+sure)(?:\s+that)?\s*$`)
	// hereIsWhatRe is a lead-in that says whose asks follow: "Here is what
	// the council should do:", "What the ICB must do next:"; group 1
	// names the bodies.
	hereIsWhatRe = lazyre.New(`(?i)^(?:(?:here\s+is|here['’]s|this\s+is|below\s+is|set\s+out\s+below\s+is)\s+)?what\s+(.{2,80}?)\s+(?:should|must|needs?\s+to|ought\s+to|has\s+to|have\s+to)\s+(?:now\s+|urgently\s+|also\s+)?do\b([^:]{0,40})\s*:\s*$`)
	// reportedFindingRe opens a sentence that tells what people said or
	// what was found: a subject of a few words ("Families", "40% of
	// parents", "Nearly half of the families we surveyed", "Our survey"),
	// perhaps "have" or an adverb, then a verb of telling or finding.
	// Group 1 is the subject.
	reportedFindingRe = lazyre.New(`^((?:[\w’',%-]+\s+){0,7}?[\w’'-]+)\s+(?:(?:have|has|had|all|often|also|repeatedly|consistently|clearly|regularly|frequently|again|previously|recently)\s+)*(?:told|tell|tells|said|say|says|reported|report|reports|described|describe|describes|explained|felt|feel|feels|mentioned|spoke|shared|raised|commented|noted|found|find|finds|heard|saw|highlighted|stressed|expressed|talked|were\s+told|was\s+told)\b`)
)

// pointerWords are the words of an ask that only points to the list under
// it: "act on each of these points", "take the following steps", "do
// three things", ", as a matter of urgency", "now".
var pointerWords = map[string]bool{
	"act": true, "acts": true, "action": true, "actions": true, "take": true, "takes": true, "do": true, "does": true,
	"deliver": true, "respond": true, "work": true, "focus": true, "start": true, "begin": true, "move": true,
	"on": true, "upon": true, "in": true, "at": true, "as": true, "of": true, "with": true, "by": true, "for": true,
	"to": true, "over": true, "within": true, "and": true, "or": true, "then": true, "also": true, "now": true,
	"each": true, "every": true, "all": true, "both": true, "these": true, "those": true, "this": true, "the": true,
	"a": true, "an": true, "following": true, "below": true, "here": true, "them": true, "it": true, "out": true,
	"set": true, "point": true, "points": true, "step": true, "steps": true, "thing": true, "things": true,
	"measure": true, "measures": true, "recommendation": true, "recommendations": true, "change": true,
	"changes": true, "priority": true, "priorities": true, "area": true, "areas": true, "way": true, "ways": true,
	"ask": true, "asks": true, "matter": true, "urgency": true, "urgent": true, "urgently": true, "immediately": true,
	"therefore": true, "particular": true, "least": true, "minimum": true, "follows": true, "number": true,
	"key": true, "main": true, "specific": true, "further": true, "next": true, "year": true, "years": true,
	"month": true, "months": true, "swiftly": true, "quickly": true, "together": true, "jointly": true,
	"first": true, "short": true, "medium": true, "long": true, "term": true, "coming": true, "still": true,
	"please": true, "one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "once": true,
}

// onlyPointers reports words that are all pointerWords or numbers: an
// ask that says nothing of its own.
func onlyPointers(words string) bool {
	for _, w := range strings.Fields(lazyre.ASCIILower(words)) {
		w = strings.Trim(w, ",;()–—-")
		if w != "" && !pointerWords[w] && strings.Trim(w, "0123456789") != "" {
			return false
		}
	}
	return true
}

// leadSaysNothing reports a lead-in of asks whose own ask only points to
// the list under it: its verb or clause is finished by the items ("The
// ICB should:", "We are asking the council to:", "The council must make
// sure that:"), or what it asks is to act on
// them ("The ICB should act on each of these points:", "The ICB should,
// as a matter of urgency:", "We are asking the council to do three
// things:", "Here is what the council should do:"). Each item says the
// ask again, so the lead-in is no excerpt of its own.
func leadSaysNothing(text string) bool {
	t := unemphasised(lastSentence(unemphasised(text)))
	if unfinishedLeadRe.MatchString(t) || hereIsWhatRe.MatchString(t) {
		return true
	}
	return modalThenPointer(t)
}

// bareLead reports a lead-in that is only whom it asks and a pointer to
// the list under it, a label before it or not: "Recommendation 3: NHS
// England should:", "NHS England should, as a matter of urgency:". "NHS
// England should make adolescent health a priority, and in particular it
// should:" asks something of its own.
func bareLead(text string) bool {
	t := unemphasised(text)
	if m := labelRe.FindStringIndex(t); m != nil {
		t = t[m[1]:]
	}
	if hereIsWhatRe.MatchString(t) {
		return true
	}
	return modalThenPointer(t)
}

// modalThenPointer reports a lead-in ending in a colon whose modal is
// followed only by a pointer to the list under it ("should act on each of
// these points:") or by "ensure that:" or "make sure that:".
func modalThenPointer(t string) bool {
	body, ok := strings.CutSuffix(t, ":")
	if !ok {
		return false
	}
	// "To reduce waits, NHS England should:": the purpose's "to" is no
	// modal of the lead-in's.
	body = purposeFirstRe.Get().ReplaceAllString(body, "")
	m := leadModalRe.FindStringIndex(body)
	return m != nil && (onlyPointers(body[m[1]:]) || ensureTailRe.MatchString(body[m[1]:]))
}

// bodyMustLead reports a lead-in of what the bodies it names must do:
// "The council must:", "The ICB and the council must now:". Over a list,
// as over "The council should:", each item asks the bodies, wherever it
// stands. A must the law sets stays a duty: under a heading of the law,
// after words naming it ("Under section 42, the council must:"), in
// guidance (whose "The local authority must:" says what every authority
// must do), and of a body of a kind ("Each local authority must:").
func (x *extractor) bodyMustLead(t string) bool {
	if x.duty || x.doc.Source.Type == evidence.Guidance || legalDutyRe.MatchString(t) {
		return false
	}
	last := lastSentence(t)
	if l := labelRe.FindStringIndex(last); l != nil {
		last = last[l[1]:] // "Recommendation 4: the council must:"
	}
	m := bodyMustLeadRe.FindStringSubmatch(last)
	if m == nil || !onlyPointers(m[2]) && !listVerbRe.MatchString(m[2]) {
		return false
	}
	switch first, _, _ := strings.Cut(lazyre.ASCIILower(m[1]), " "); first {
	case "each", "any", "a", "an":
		return false
	}
	if v := strings.Fields(m[2]); len(v) > 0 && (v[len(v)-1] == "be" || v[len(v)-1] == "have") {
		return false
	}
	return len(actorsIn(m[1])) > 0
}

// hereIsWhatLead reports "Here is what the council should do:": a lead-in
// naming the bodies its items ask.
func hereIsWhatLead(t string) bool {
	m := hereIsWhatRe.FindStringSubmatch(lastSentence(t))
	return m != nil && onlyPointers(m[2]) && len(actorsIn(m[1])) > 0
}

// itemFollows reports that block i is an item of a list: a list item, or
// a paragraph that opens with an item's own letter or number ("(ii)
// require …", "iii. fund …"), as Markdown sources and web pages set the
// items under a lead-in.
func (x *extractor) itemFollows(i int) bool {
	if i >= len(x.doc.Blocks) {
		return false
	}
	b := x.doc.Blocks[i]
	if x.runningHeader(i) || b.Kind == corpus.Footnote {
		// A PDF's notes at the foot of the page a lead-in ends stand
		// between it and its list on the next page: a reader skips
		// them. Before (set 82), an MP's "I would therefore ask the ICB
		// to do three things:" over two notes led nothing, and the
		// three asks were excerpts.
		return x.itemFollows(i + 1)
	}
	return b.Kind == corpus.ListItem || b.Kind == corpus.Paragraph && markedParagraph(b.Text)
}

// runningHeader reports a short line that opens a PDF's page between a
// lead-in ending the page before and the list it leads into ("I would
// therefore ask the Government to:", then "Minister for Public Health –
// 3 March 2025" atop the next page, then "1. extend ..."): the page's
// running header, which a reader skips; the lead-in still leads the list.
func (x *extractor) runningHeader(i int) bool {
	if i < 1 || i+1 >= len(x.doc.Blocks) {
		return false
	}
	b, next := x.doc.Blocks[i], x.doc.Blocks[i+1]
	k := i - 1
	for k > 0 && x.doc.Blocks[k].Kind == corpus.Footnote {
		k-- // the notes of the page before, under its lead-in
	}
	prev := x.doc.Blocks[k]
	t := strings.TrimSpace(b.Text)
	return b.Kind == corpus.Paragraph && prev.Page > 0 && b.Page > prev.Page && next.Kind == corpus.ListItem &&
		strings.HasSuffix(strings.TrimSpace(prev.Text), ":") && !strings.Contains(t, "\n") &&
		len(strings.Fields(t)) <= 15 && !sentenceEndRe.MatchString(t)
}

// markedParagraph reports a paragraph that opens with an item's letter,
// roman number or number in brackets: "(i) publish", "iii. fund", "b)
// require", "(3) set", or with a part number before a word in lower
// case, "4.1 the Board should".
func markedParagraph(text string) bool {
	return itemMarkerRe.MatchString(text) || subNumberRe.MatchString(text)
}

// reportedFinding reports a list item that tells what people said or what
// was found and asks nothing: "(c) Families told us they want one named
// contact.", "(g) We found that only three of the ten schools had a
// nurse." Under a heading of recommendations it is a finding, not an ask
// of no one, though the list letters it as it letters the asks.
func (x *extractor) reportedFinding(text string) bool {
	t := strings.TrimSpace(text)
	if m := itemMarkerRe.FindStringIndex(t); m != nil {
		t = t[m[1]:]
	} else if m := labelRe.FindStringIndex(t); m != nil {
		t = t[m[1]:]
	}
	first := firstSentence(t)
	m := reportedFindingRe.FindStringSubmatch(first)
	if m == nil || imperativeRe.MatchString(capitalised(first)) || x.isRec(t) || x.isRec(first) {
		return false
	}
	for i, w := range strings.Fields(lazyre.ASCIILower(m[1])) {
		if i == 0 && w == "that" {
			return false // "That the Director of Public Health reports …": a resolution
		}
		switch w {
		case "what", "how", "why", "when", "where", "which", "whether", "if", "should", "must", "will", "would",
			"could", "can", "may", "need", "needs", "to":
			return false // "A record of what families said": a thing asked for
		}
	}
	return true
}

// statedFactRe opens a sentence that says what is or was so: perhaps a
// time or place first ("Since 2019, "), then "There is"/"There were", or
// a subject of a few words and a verb of statement: the perfect ("have
// risen", "has been"), the past ("were offered", "was unable", "had a
// plan", "rose", "waited"), or the present progressive ("are rising").
// Group 1 is the subject.
var statedFactRe = lazyre.New(`^(?:(?i:in|by|since|over|across|at|during|last|this|for)\b[^,]{0,40},\s+)?(?:(?i:there)\s+(?:is|are|was|were|has\s+been|have\s+been|remains?|remained)\b|((?:[\w’'%,.-]+\s+){0,9}?[\w’'%.-]+)\s+(?:(?:has|have|had)\s+(?:(?:not|now|also|already|still|consistently|steadily|sharply|more\s+than|almost|nearly|never|only)\s+)*(?:[a-z]+ed|been|seen|had|gone|done|made|become|begun|left|lost|met|paid|spent|told|found|kept|given|taken|fallen|risen|grown|shown|doubled)|(?:is|are)\s+(?:(?:not|now|still|also|often|rarely|increasingly|already)\s+)*(?:being\s+)?[a-z]{3,}ing|(?:was|were)|(?:had|rose|fell|grew|increased|decreased|doubled|trebled|tripled|halved|dropped|declined|waited|reached|peaked|remained|varied|ranged|took|saw|received|reported))\b)`)

// statementSubjectWords are words that keep a subject from being the
// subject of a statement: a relative, a condition or a reason ("Support
// for children who have waited", "If NHS England were to"), or a modal.
var statementSubjectWords = map[string]bool{"who": true, "which": true, "that": true, "whose": true, "whom": true,
	"where": true, "when": true, "if": true, "unless": true, "whether": true, "should": true, "must": true,
	"will": true, "would": true, "could": true, "can": true, "may": true, "might": true, "need": true, "needs": true,
	"what": true, "how": true, "why": true, "as": true, "because": true, "while": true, "although": true}

// obligationRe is a modal of obligation anywhere in an item: "…, and it
// should do so", "…; this must change" ask, whatever they state first.
var obligationRe = lazyre.New(`(?i)\b(?:should|must|ought\s+to|needs?\s+to|has\s+to|have\s+to)\b`)

// targetDateRe is a date a state is wanted by: "By 2030, every child
// has been offered a review" is a target, not what is so.
var targetDateRe = lazyre.New(`(?i)\bby\s+(?:(?:the\s+)?end\s+of|(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter)\b|(?:19|20)\d{2}\b)`)

// askedOfRe is a body asked in the passive or the perfect ("Schools have
// been asked to name a lead", "Trusts were urged to"): an ask reported,
// not a statement of what is so.
var askedOfRe = lazyre.New(`(?i)\b(?:asked|urged|encouraged|invited|reminded|required|expected|requested|called\s+(?:on|upon))\s+to\b`)

// statedFact reports a list item that says what is or was so and asks
// nothing (see statedFactRe): "Waiting times have risen in every ICB
// area.", "Only a third of families were offered support." Under a
// heading of recommendations it is a finding, though the list numbers it
// as it numbers the asks; a wish put as a noun phrase ("A named worker
// for every family") or as a state ("Every child is offered a review")
// has no verb of statement, and stays an ask.
func (x *extractor) statedFact(text string) bool {
	t := strings.TrimSpace(text)
	if m := itemMarkerRe.FindStringIndex(t); m != nil {
		t = t[m[1]:]
	}
	first := firstSentence(t)
	m := statedFactRe.FindStringSubmatchIndex(first)
	if m == nil || imperativeRe.MatchString(capitalised(t)) || askedOfRe.MatchString(first) || targetDateRe.MatchString(first) ||
		obligationRe.MatchString(t) {
		return false
	}
	if m[2] >= 0 {
		subject := first[m[2]:m[3]]
		if a, end := leadingActorsEnd(subject); len(a) > 0 && strings.HasPrefix(strings.TrimLeft(subject[end:], " "), "to ") {
			return false // "NHS England to report how many were seen"
		}
		for _, w := range strings.Fields(lazyre.ASCIILower(subject)) {
			if statementSubjectWords[strings.Trim(w, ",")] {
				return false
			}
		}
	}
	for _, sp := range Sentences(t) {
		if x.isRec(t[sp.start:sp.end]) {
			return false
		}
	}
	return !x.isRec(t)
}

// inlineMarkerRe is an item's number set in the run of a sentence: "(ii)
// ", "iii. ", "b) ", "(3) ". Group 1 is the number.
var inlineMarkerRe = lazyre.New(`(?:^|[\s:;,])\(?([ivx]{1,4}|[a-h]|\d{1,2})[).]\s+`)

// romanNumbers are the roman numbers of a list, in order.
var romanNumbers = []string{"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"}

// inlineItem is one item of a list set in the run of a paragraph: its
// span in the paragraph and its number.
type inlineItem struct {
	start, end int
	number     string
}

// inlineItems reads a paragraph that is a lead-in of asks followed by
// its items in one run, numbered in order: "NHS England should: (i)
// publish …; (ii) require …; and iii. fund …", as a web page's lines
// joined at their breaks or a plain text's one line set it. It gives the
// lead-in and the items, or no items when the paragraph is not one: the
// lead-in must be one sentence that leads in asks, the first number must
// follow its colon, and the numbers must run i, ii, iii (a, b, c; 1, 2,
// 3) with two at least.
func (x *extractor) inlineItems(text string) (string, []inlineItem) {
	ms := inlineMarkerRe.FindAllStringSubmatchIndex(text, 40)
	if len(ms) < 2 {
		return "", nil
	}
	colon := strings.LastIndexByte(text[:ms[0][2]], ':')
	if colon < 0 || strings.Trim(text[colon+1:ms[0][2]], " (") != "" {
		return "", nil // the first number does not follow the lead-in's colon
	}
	lead := strings.TrimSpace(text[:colon+1])
	var series []string
	switch first := text[ms[0][2]:ms[0][3]]; first {
	case "i":
		series = romanNumbers
	case "a":
		series = strings.Split("abcdefgh", "")
	case "1":
		series = strings.Split("1 2 3 4 5 6 7 8 9 10 11 12", " ")
	default:
		return "", nil
	}
	var items []inlineItem
	for _, m := range ms {
		if len(items) == len(series) || text[m[2]:m[3]] != series[len(items)] {
			continue // "(a)" inside an item of a roman list
		}
		if len(items) > 0 {
			items[len(items)-1].end = m[0]
		}
		items = append(items, inlineItem{start: m[1], end: len(text), number: series[len(items)]})
	}
	if len(items) < 2 || len(Sentences(lead)) > 1 || !x.isLeadIn(lead) {
		return "", nil
	}
	for k := range items {
		items[k].end = items[k].start + len(trimJoin(text[items[k].start:items[k].end]))
	}
	return lead, items
}

// trimJoin is an item of an inline list without what joins it to the
// next: "publish …; and " is "publish …".
func trimJoin(s string) string {
	s = strings.TrimRight(s, " \t\n")
	for _, w := range []string{" and", " or"} {
		s = strings.TrimSuffix(s, w)
	}
	return strings.TrimRight(s, " ,;")
}

// unemphasised is t trimmed of spaces and of the Markdown emphasis that
// wraps it whole: "**The ICB should act on each of these points:**" is
// the lead-in it sets in bold.
func unemphasised(t string) string {
	t = strings.TrimSpace(t)
	if n := emphasisAround(t); n > 0 {
		return strings.TrimSpace(t[n : len(t)-n])
	}
	return t
}

// markedItemFollows reports the block at i a list item that opens with a
// letter or a roman number in brackets ("(a) submit ..."): a part of the
// item before it.
func (x *extractor) markedItemFollows(i int) bool {
	return i < len(x.doc.Blocks) && x.doc.Blocks[i].Kind == corpus.ListItem && itemMarkerRe.MatchString(x.doc.Blocks[i].Text)
}
