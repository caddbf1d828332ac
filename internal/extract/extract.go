// Package extract turns a source's blocks into evidence items: statistics
// (the sentence holding a figure, with the figure parsed), recommendations
// (with the actors they address) and excerpts (the paragraphs in between).
//
// Every item's text is an exact substring of the source body: extraction
// chooses where a quote starts and ends, never what it says.
package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
	"github.com/cypx/cypx/internal/measure"
)

// Version changes whenever extraction would give different items for the
// same text, so that cached indexes built by an older extractor are rebuilt.
// What each number changed is told by the commits that raised it
// (git log -L '/^const Version/,+1:internal/extract/extract.go').
const Version = 326

// MinExcerptWords is the shortest run of prose kept as an excerpt; shorter
// runs are captions, sign-offs and links rather than evidence.
const MinExcerptWords = 8

// MaxItemBytes is the longest item: a run of sentences kept as one excerpt
// ends before it would pass 4 KB (about two long paragraphs), and a list
// item, labelled paragraph or table row longer than that is read sentence
// by sentence (see MaxSentenceBytes), so no item grows with its source.
// The bound is of the item as read, without its Markdown marks (see
// plainDoc), each of which is at most 8 KB.
const MaxItemBytes = 4096

var leadInRe = lazyre.New(`(?i)recommend`)

// Options are what extraction reads besides the document.
type Options struct {
	// Vocabulary normalises the keys of figure records with the
	// thesaurus's forms; nil normalises with stems alone.
	Vocabulary *measure.Vocabulary
	// Progress, when set, is told how far into the body extraction has
	// read, in bytes, after each sentence: one paragraph of a web page can
	// hold megabytes, and its extraction minutes.
	Progress func(offset int)
	// Each, when set, is given each item as soon as it is complete, and
	// ExtractWith keeps none and returns nil: a caller that only counts
	// or saves the items of a 24 MB paragraph (half a million of them)
	// need not hold them all at once.
	Each func(evidence.Item)
}

// Extract returns the items of one document in document order, figure
// records normalised with stems alone.
func Extract(doc corpus.Document) []evidence.Item { return ExtractWith(doc, Options{}) }

// ExtractWith returns the items of one document in document order. Each
// figure of a statistic carries its record: what it measures, of whom,
// when, where, on what base and with what change (see internal/measure).
func ExtractWith(doc corpus.Document, o Options) []evidence.Item {
	// Marks are left out before dashes are evened: a dash a character
	// reference stands for ("12&#x2011;14%", "3&minus;4%") is read as
	// the dash it is, a range (hostile check 85, M2).
	written := doc.Blocks
	doc, plain := plainDoc(doc)
	doc, even := evenDocDashes(doc)
	// An item is made from the document as read (marks left out, dashes
	// evened) and handed out with the source's bytes, and its id from
	// them: the same quote keeps its id whatever the reading.
	ids := map[string]int{}
	restore := func(it *evidence.Item) {
		if even != nil {
			even(it)
		}
		if plain != nil {
			plain(it)
		}
		it.ID = itemID(doc.Source.ID, it.Text, ids)
	}
	each := o.Each
	if each != nil {
		each = func(it evidence.Item) {
			restore(&it)
			o.Each(it)
		}
	}
	x := extractor{doc: doc, records: measure.NewDoc(o.Vocabulary), progress: o.Progress, each: each, read: plain != nil}
	if len(written) == len(doc.Blocks) {
		x.written = written
	}
	// An area SEND report addresses "leaders" of the local area
	// partnership: the council and the ICB.
	x.partnership = strings.Contains(doc.Body, "rea partnership") || strings.Contains(doc.Body, "rea Partnership") ||
		strings.Contains(doc.Body, "SEND partnership") || strings.Contains(doc.Body, "SEND Partnership")
	x.guideline = strings.Contains(doc.Body, "this guideline") || strings.Contains(doc.Body, "guideline committee")
	x.run()
	if x.each != nil && x.pending != nil {
		x.each(*x.pending)
		x.pending = nil
	}
	for i := range x.items {
		restore(&x.items[i])
	}
	return x.items
}

type extractor struct {
	written []corpus.Block // the blocks as written, links and marks kept, by the index of doc's
	doc     corpus.Document
	// read: doc is its source read without its inline marks (plainDoc),
	// a heading's text as its reader sees it.
	read bool
	// progress is Options.Progress, or nil.
	progress func(offset int)
	// each is Options.Each, or nil; pending is the last item made, held
	// back from each until the next is made (a table row's header, a
	// recommendation's number are set on it after it is added), and n
	// counts the items made.
	each    func(evidence.Item)
	pending *evidence.Item
	n       int
	// records describes the figures of the document's statistics.
	records *measure.Doc
	// row is set while a table row is added: the header of each figure's
	// column and the row's label, for the figures' records.
	row   *measure.Input
	items []evidence.Item
	para  int // the block being read
	// captionOf is the section a table's caption set as a heading ("Table
	// 2: Recovery actions") stands in, the heading before it (see
	// captionSection); "" under any other heading.
	captionOf string
	// speaker is who speaks the quotation in block speakerPara, named
	// by the lead-in paragraph before it (quoteSpeaker), which makes no
	// item; its items carry the name instead.
	speaker     string
	speakerPara int
	// itemNumber is the number of the list item read sentence by
	// sentence under a heading of recommendations, which its asks take.
	itemNumber string
	// lines caches the line breaks counted so far in the block at
	// linesBlock, up to linesAt: items of one block come in order, so each
	// is counted from the last, not from the block's start (which made a
	// 24 MB paragraph quadratic).
	linesBlock     lineKey
	linesAt, lines int
	// qsPart is the part of a quality standard being read, qsNumber the
	// number of its statement, and qsKnown whether the document is one
	// (1), is not (-1) or is not yet known (0): see qualityStandardBlock.
	qsPart   qsPart
	qsNumber string
	qsKnown  int
	// remedyLead are the bodies an ombudsman's numbered lead-in says
	// will act, remedyNumber its number: see ombudsmanAction.
	remedyLead   []evidence.Actor
	remedyNumber string
	// last and lastFacts keep the recFacts of the last text analysed: a
	// sentence is read to decide it is a recommendation, then again for
	// its actors.
	last      string
	lastFacts recFacts
	// lead, leadActs and leadKnown keep leadInActors of the last
	// lead-in: the items of a list share theirs.
	lead      string
	leadActs  []evidence.Actor
	leadKnown bool
	// duty is set in a section that states the law ("Statutory duties"),
	// where "must" describes a duty rather than asking for something.
	duty bool
	// leadInCheck is set while a lead-in ("The government should:") is
	// asked whether it recommends, which its colon does not forbid.
	leadInCheck bool
	// askLead is set while the paragraph being read introduces the list
	// of asks under it with a clause its items finish ("We expect every
	// ICB to:", "The government should:"): its closing lead-in is said
	// again by each ask and is no excerpt of its own. A lead-in that is a
	// sentence of its own ("The report makes recommendations for ICSs,
	// including:") stays.
	askLead bool
	// partnership is set for a document about a local area partnership,
	// whose "leaders" are those of the council and the ICB.
	partnership bool
	// guideline is set for a clinical guideline ("this guideline", "the
	// guideline committee"), whose numbered imperatives ("1.1.2 Give
	// every child ...") ask the services its practitioners work in.
	guideline bool
	// recTo is the body a section's paragraph says its recommendations
	// are made to (addresseeRe), for its items in the imperative.
	recTo []evidence.Actor
	// prev is the text read just before the sentence being judged (the
	// sentence before it in its block, or the block before), where a
	// pronoun ("They should", "We ask them to") finds its bodies; empty
	// after a heading.
	prev string
	// citeBefore is the sentence before a statistic in its block, where a
	// finding told from "the most recent release" finds the body that
	// publishes it (releaseBody).
	citeBefore string
	// lastCites is the body the last statistic under the current heading
	// cites, whose short name a later one may use (see fullerCites).
	lastCites string
	// prevCites is the body the item just before cites, "" after an
	// item citing no one or a heading: the body "Its survey found"
	// points back to; statCites is the one the statistic before cites,
	// "" when it cites no one, the body "The same survey" points back to
	// (sameWorkCites).
	prevCites, statCites string
	// itActors are the bodies the last "it should" ask was read as asking
	// ("Second, it should fund ..."), for the next one in the sequence
	// ("Third, it should publish ..."), whose sentence before names none.
	itActors []evidence.Actor
	// prevActors caches antecedents() for prev.
	prevActors     []evidence.Actor
	prevActorsText string
	// greet caches greetingActors: the role a letter's greeting names.
	greet     []evidence.Actor
	greetDone bool
	// inQuote is set while the sentence being judged continues a
	// quotation a speaker opened in an earlier sentence of its block
	// ('said: “Families cannot wait. The council must ...”').
	inQuote bool
	// required is set under a heading over what a named body must do
	// ("Action the provider MUST take to improve"), where its "must" is
	// an inspector's requirement of it, not a duty the text states.
	required bool
	// decisions is set under a heading over a meeting's decisions, where
	// what the meeting will ask of a body is asked of it; elsewhere "The
	// network will ask every ICB to ..." tells a plan.
	decisions bool
	// requiredOf is the body such a heading names, whose leaders its
	// "Leaders should" asks.
	requiredOf []evidence.Actor
	// recLevel is the level of the heading of recommendations the
	// sentence being judged is under ("Recommendations", "Our asks"), 0
	// outside one: there, "The trust must publish ..." asks the trust as
	// "should" would, while a "must" the law states stays a duty.
	recLevel int
	// reqOpener is the heading over a specification's requirements the
	// sentence is under (see requirementsContext), "" outside one.
	reqOpener string
}

// antecedents are the bodies a pronoun at the start of the sentence being
// judged points back to: those named in the last sentence before it.
func (x *extractor) antecedents() []evidence.Actor {
	if x.prev == "" {
		return nil
	}
	if x.prev != x.prevActorsText {
		last := x.prev
		if sp := Sentences(last); len(sp) > 0 {
			last = last[sp[len(sp)-1].start:sp[len(sp)-1].end]
		}
		x.prevActors, x.prevActorsText = mentionedActors(last), x.prev
	}
	return x.prevActors
}

// subjectBefore is the body an "it" at the start of the sentence being
// judged points back to: one body that opens the sentence before ("The
// Government should ...", "NHS England has promised ..."), else none.
func (x *extractor) subjectBefore() []evidence.Actor {
	if x.prev == "" {
		return nil
	}
	last := x.prev
	if sp := Sentences(last); len(sp) > 0 {
		last = last[sp[len(sp)-1].start:sp[len(sp)-1].end]
	}
	last = withoutSequenceLead(last)
	if itAsk(last) {
		return x.itActors // "Third, it should ..." after "Second, it should ..."
	}
	a, _ := leadingActorsEnd(last)
	if len(a) != 1 || a[0] == ownUnit || a[0] == noActor {
		return nil
	}
	return a
}

// readerActors is the role of the reader a letter asks as "you": the
// council where it addresses a councillor, the Government where it
// addresses a minister, else Other (an MP, a committee, a person).
func (x *extractor) readerActors() []evidence.Actor {
	body := x.doc.Body
	switch {
	case strings.Contains(body, "Dear Councillor") || strings.Contains(body, "Dear Cllr") || strings.Contains(body, "\nHi Cllr") || strings.HasPrefix(body, "Hi Cllr"):
		return []evidence.Actor{evidence.LocalAuthorities}
	case strings.Contains(body, "Dear Minister"):
		return []evidence.Actor{evidence.Government}
	}
	if a := x.greetingActors(); len(a) > 0 {
		return a // "Dear colleagues in the ICB"
	}
	if yourPupilsRe.MatchString(body) {
		// "Dear Daniel, ... across your schools ..." : a reader who
		// has pupils and schools of their own runs schools.
		return []evidence.Actor{evidence.Schools}
	}
	return []evidence.Actor{evidence.OtherActor}
}

// ownBodyRe opens an ask, or a clause after a colon, with a body that a
// publisher names itself by: "Governors should ask", "The governing body
// should write to", "the network should ask", "Our forum must". Group 1
// is the body's word.
var ownBodyRe = lazyre.New(`(?:^|[:;]\s+)(?:(?:[Tt]he|[Oo]ur)\s+)?([Gg]overnors|[Gg]overning\s+[Bb]ody|[Nn]etwork|[Ff]orum|[Pp]anel|[Aa]lliance|[Cc]ollaborative)\s+(?:should|must|needs\s+to|ought\s+to)\s+[a-z]`)

// ownBodyActors are the actors of a subject naming the publisher's own
// body (see ownBodyRe): the publisher's kind, Other when it is of none (a
// network, a forum); a school's governors are the school's (Schools).
// None when the publisher's name does not name the body ("The panel
// should invite ..." in a forum's paper is the council's panel).
func (x *extractor) ownBodyActors(text string) []evidence.Actor {
	if !strings.Contains(text, "should") && !strings.Contains(text, "must") && !strings.Contains(text, "need") && !strings.Contains(text, "ought") {
		return nil
	}
	m := ownBodyRe.FindStringSubmatch(text)
	if m == nil {
		return nil
	}
	pub := lazyre.ASCIILower(x.doc.Source.Publisher)
	word := lazyre.ASCIILower(m[1])
	if word == "governors" || strings.HasPrefix(word, "governing") {
		if strings.Contains(pub, "governor") || strings.Contains(pub, "governing body") {
			return []evidence.Actor{evidence.Schools}
		}
		return nil
	}
	if !strings.Contains(pub, word) {
		return nil
	}
	return x.publisherActors()
}

// readerLeadRe is a lead-in asking its reader, by "you" or by the body
// the reader is, to do what its list says: "It would really help if the
// panel could:", "I'd be grateful if you would:".
var readerLeadRe = lazyre.New(`(?i)\bif\s+(?:you|the\s+(?:[\w-]+\s+){0,3}?(?:panel|committee|board|council|cabinet|group|forum|partnership))\s+(?:could|would|were\s+able\s+to)\s*:\s*$`)

// ministerAskedRe is a call on a minister named by office alone to act:
// "called on the Minister to publish", "urge the Minister of State to".
// cabinetAskedRe opens a recommendation with a Cabinet asked to act,
// after its number or a resolution's "That": "R1 Cabinet should ask",
// "That Cabinet works with", "The Cabinet must". "The Cabinet Member for
// ..." is a councillor, read as any named post is.
var cabinetAskedRe = lazyre.New(`^(?:R?\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?(?:That\s+)?(?:[Tt]he\s+)?Cabinet\s+(?:(?:also|now|formally)\s+)?(?:should|must|needs?\s+to|ought\s+to|works?|agrees?|asks?|commissions?|writes?)\b`)

var ministerAskedRe = lazyre.New(`\b(?:call(?:s|ed|ing)?\s+on|urge[sd]?|urging)\s+the\s+Minister(?:\s+of\s+State)?\s+to\s+[a-z]`)

// theDepartmentShouldRe opens an ask of "the Department" by that name
// alone: "The Department should set ...", "c) the Department should
// make sure ...".
var theDepartmentShouldRe = lazyre.New(`^(?:\(?[a-z\d]{1,3}[).]\s+)?[Tt]he\s+Department\s+(?:should|must|needs\s+to|ought\s+to)\b`)

// departmentIsDHSC reports a document whose "the Department" can only be
// the Department of Health and Social Care: the Department publishes it,
// or it names that department and not the Department for Education.
func (x *extractor) departmentIsDHSC() bool {
	if slices.Equal(x.publisherActors(), []evidence.Actor{evidence.DHSC}) || healthCommitteeRe.MatchString(x.doc.Source.Publisher) {
		return true
	}
	body := x.doc.Body
	return (strings.Contains(body, "DHSC") || strings.Contains(body, "Department of Health and Social Care") || strings.Contains(body, "Department of Health & Social Care")) &&
		!strings.Contains(body, "DfE") && !strings.Contains(body, "Department for Education")
}

// healthCommitteeRe is the Commons select committee that scrutinises the
// Department of Health and Social Care, whose reports call it "the
// Department": "Health and Social Care Committee", "Health Committee".
var healthCommitteeRe = lazyre.New(`(?i)^(?:the\s+)?(?:house\s+of\s+commons\s+)?health(?:\s+(?:and|&)\s+social\s+care)?\s+(?:select\s+)?committee$`)

// yourPupilsRe is a letter speaking of its reader's schools or pupils:
// "your schools", "your pupils", "your trust's schools".
var yourPupilsRe = lazyre.New(`(?i)\byour\s+(?:pupils|schools|students|(?:academy\s+)?trust['’]s\s+schools)\b`)

// publisherActors is the actor of the publishing body, for the parts of
// it a paper addresses ("The Quality Committee should"): the trust, the
// council or the ICB its name says it is, else Other.
func (x *extractor) publisherActors() []evidence.Actor {
	if a := actorsIn(x.doc.Source.Publisher); len(a) == 1 {
		return a
	}
	return []evidence.Actor{evidence.OtherActor}
}

// talkItOverRe is a question after a dash about when or where the group
// will talk over what goes before: " - can we discuss at the board on
// 3 May?", " – shall we pick this up on Thursday?".
var talkItOverRe = lazyre.New(`(?i)\s[-–—]\s+(?:(?:and|so|perhaps|maybe)\s+)?(?:can|could|shall|should)\s+we\s+(?:(?:also|perhaps|maybe|quickly|briefly)\s+)?(?:discuss|talk|pick|go\s+(?:through|over)|look\s+at|meet|chat|cover|take|put|add|raise|agree)\b[^?!.]{0,80}\?\s*$`)

// recsCountedRe is a sentence that only counts a document's
// recommendations: "The panel makes 4 recommendations.", "This report
// sets out six recommendations for the ICB." It asks no one; the asks
// follow it.
var recsCountedRe = lazyre.New(`(?i)^(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+)?(?:the|this|our|its)\s+(?:[\w’'-]+\s+){0,4}?(?:makes?|made|sets?\s+out|has|have|contains?|includes?|gives?|offers?)\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?:key|main|further|new|specific)\s+)?recommendations(?:\s+(?:for|to)\s+[^.;:]{1,60})?\.?$`)

// recsPointerRe is a sentence that only points to the recommendations
// after it: "We ask the Committee to consider the following
// recommendations in its report.", "4.1 The recommendations below are
// for the ICB." Like a count of them it asks no one; the asks follow.
var recsPointerRe = lazyre.New(`(?i)^(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+)?[^.;:!?]{0,80}\bthe\s+(?:following\s+(?:(?:key|main|specific|further)\s+)?recommendations|recommendations\s+(?:below|that\s+follow|set\s+out\s+below))\b[^.;:!?]{0,60}\.?$`)

// recsAbout reports a sentence that only counts the document's
// recommendations or points to them (recsCountedRe, recsPointerRe); a
// board asked to endorse "the following recommendations" decides, and
// is asked.
func recsAbout(t string) bool {
	return recsCountedRe.MatchString(t) || recsPointerRe.MatchString(t) && !decisionAskRe.MatchString(t)
}

// isRec reports whether s recommends, in its context: a question and a
// lead-in ending with a colon do not, nor does "must" in a section that
// states the law.
func (x *extractor) isRec(s string) bool {
	t := strings.TrimSpace(s)
	if writtenQuestionRe.MatchString(t) {
		return false // "To ask the Secretary of State ..., what steps": a question
	}
	if infoRequestLead(t) || inlineInfoRequest(t) {
		return false // "Please provide the following information ...:": figures asked for
	}
	if demandForService(t) {
		return false // "More families are asking for our help": demand, no ask
	}
	if recsAbout(t) {
		return false // "The panel makes 4 recommendations.": a count of asks, none
	}
	if m := resolutionAskRe.FindStringSubmatch(t); m != nil && len(actorsIn(m[1])) > 0 {
		return true // "That the ICB be asked to publish ...": a resolution asks it
	}
	if x.roleAsk(t) {
		return true // "Please fund ..." to "Dear Councillor"
	}
	if m := talkItOverRe.FindStringIndex(t); m != nil && m[0] > 0 {
		// "We ask the trusts to ring-fence clinic time - can we discuss
		// at the board on 3 May?": the writer's question of when to talk
		// it over leaves the ask before it one.
		t = strings.TrimSpace(t[:m[0]])
		s = t
	}
	if strings.HasSuffix(t, "?") {
		// A question asks nothing, unless it asks a body to act: "Could
		// NHS England please publish the specification?".
		return x.facts(s).question
	}
	if strings.HasSuffix(unemphasised(t), ":") && !x.leadInCheck {
		return false // a lead-in, also set in bold ("**The ICB should:**")
	}
	if x.specAsk(s) {
		return true // "Bidders should describe how they will ...": asked of the tender's party
	}
	if (x.inQuote || x.required || x.recLevel > 0) && requirement(s) && !strings.Contains(lazyre.ASCIILower(s), "must have ") {
		// "The council must recruit ..." in a councillor's quotation is
		// the speaker's demand, not a duty the text states.
		return true
	}
	if !x.duty && theDepartmentShouldRe.MatchString(t) && x.departmentIsDHSC() {
		// "The Department should introduce a waiting time standard."
		// after a committee's conclusion in its numbered paragraph:
		// the one department the paper can mean is asked, as it is
		// under a lead-in ("We recommend that:").
		return true
	}
	f := x.facts(s)
	if f.planned && !x.decisions {
		return false // "The network will also ask every ICB to": a plan
	}
	if f.it && len(x.subjectBefore()) == 0 {
		return false // "It should cut waits": no body before to point to
	}
	if f.pronoun && !f.it && len(x.antecedents()) == 0 {
		return false // "They should..." with no body named before
	}
	if x.duty && !f.asks {
		// In a section stating the law, "must" states a duty, and so does
		// "should" when it reports what guidance says; only a body told
		// it should do something is asked.
		if mustOnly(s) {
			return false
		}
		if subject, at, _, _ := subjectMatch(s, lazyre.ASCIILower(s), shouldModals); len(subject) > 0 && !isView(s, at) {
			return true
		}
		return f.recThat || f.there || f.reported || f.required
	}
	return f.isRec()
}

// shouldModals are the verbs of advice, as against the "must" of a duty.
var shouldModals = []string{"should", "ought to"}

// decisionsHeadingRe is a heading over a meeting's decisions:
// "Decisions", "Decisions made", "3. Resolutions", "Agreed".
var decisionsHeadingRe = lazyre.New(`(?i)^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:key|main|summary\s+of(?:\s+the)?)\s+)?(?:decisions?(?:\s+(?:made|taken|agreed|and\s+actions|and\s+recommendations))?|resolutions?|resolved|agreed|what\s+(?:we|the\s+[\w-]+|members)\s+agreed)\s*:?$`)

// mustOnly reports an obligation stated with "must" or "shall" and never
// "should": the language of duties.
func mustOnly(s string) bool {
	return (strings.Contains(s, "must") || strings.Contains(s, "shall")) && !strings.Contains(s, "should")
}

var (
	// dutyHeadingRe is a heading over a statement of the law, also when a
	// PDF glued it to the text under it: "Statutory duties of ICBs",
	// "3. Legal duties", "What the law says".
	dutyHeadingRe = lazyre.New(`(?i)^(?:\d+(?:\.\d+)*\.?\s+)?(?:the\s+)?(?:summary\s+of\s+)?(?:(?:statutory|legal)\s+(?:duties|requirements|framework|responsibilities|obligations)|the\s+law\b|what\s+the\s+law\s+(?:says|requires)|legislative\s+framework)`)
	// sectionNumberRe opens a numbered heading: "3. ", "2.1 ".
	sectionNumberRe = lazyre.New(`^\d{1,2}(?:\.\d{1,2})*\.?\s`)
	// inlineLabelRe is a "Recommendation 2:" label after a sentence, as
	// in a PDF whose list was joined into one paragraph.
	inlineLabelRe = lazyre.New(`(?:^|[.!?]["’”)]?\s+)(?i:recommendation)\s+\d{1,2}(?:\.\d{1,2})?[a-z]?\s*[:.–—-]`)
)

// leadActors is leadInActors(leadIn), remembered for the last lead-in;
// each caller has its own copy.
func (x *extractor) leadActors(leadIn string) []evidence.Actor {
	if !x.leadKnown || leadIn != x.lead {
		x.lead, x.leadActs, x.leadKnown = leadIn, leadInActors(leadIn), true
	}
	return slices.Clone(x.leadActs)
}

// facts is analyse(s), remembered for the last s.
func (x *extractor) facts(s string) recFacts {
	if len(s) != len(x.last) || s != x.last {
		x.last, x.lastFacts = s, analyse(s)
	}
	return x.lastFacts
}

// recContext tracks whether the blocks being read are under a heading that
// opens recommendations, and at what level, so that a sibling heading
// closes it and a sub-heading ("For ICBs") keeps it.
type recContext struct {
	always bool   // the source's section: is about recommendations
	level  int    // the level of the heading that opened it, or 0
	opener string // the heading that opened it
}

func (r *recContext) heading(text string, level int) {
	switch {
	case isRecHeading(text):
		if r.level == 0 || level <= r.level {
			r.level = max(level, 1)
			r.opener = text
		}
	case r.level > 0 && level <= r.level && !addresseeHeadingRe.MatchString(strings.TrimSpace(text)) && !recSubsection(r.opener, text):
		// A heading naming whom the next asks are for ("For integrated
		// care boards", "To the government") stays inside the
		// recommendations even where an import flattened its level.
		r.level = 0
	}
}

// addresseeHeadingRe is a heading that names the addressee of the asks
// under it: "For integrated care boards", "3.2 To NHS England".
var addresseeHeadingRe = lazyre.New(`^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:For|To)\s+(?:the\s+|all\s+|local\s+|national\s+)?[A-Za-z]`)

func (r recContext) on() bool { return r.always || r.level > 0 }

func (x *extractor) run() {
	section := x.doc.Source.Section
	rc := recContext{always: leadInRe.MatchString(x.doc.Source.Section)}
	labelled := false // the previous block was a "Recommendation:" label
	titled := false   // the label was a heading with a title of its own
	number := ""      // the number the label gave
	leadIn := ""      // a paragraph introducing a list of recommendations
	itemLead := ""    // a list item leading into lettered sub-items
	// leadNumber is the number a label gave the lead-in leadIn holds
	// ("Recommendation 3: NHS England should:"), which its items take.
	leadNumber := ""
	planLead := false    // the list under this paragraph holds the writer's own proposals
	requestLead := false // the list or paragraph under this one is what a request for information asks for
	willLead := false    // ... and its lead-in says what "we will" do
	caption := ""        // the caption of the table being read
	capHeader := ""      // the header line of the table the caption is of
	dutyPart := false    // under a numbered section that states the law
	var tbl table        // what is said about the table being read
	prevBlock := ""      // the text before this block, for pronouns
	// noEvidence: the blocks under this heading are a roster or a
	// listing of events; changes: the list being read is a page's change
	// history; an action log's row that is done is none either
	// (sections_rosters_and_done_actions.go).
	noEvidence, listings, changes := false, false, false
	capUnder, capNotOver := x.captionsUnder()
	for i, b := range x.doc.Blocks {
		x.para = i
		x.prev = prevBlock
		// Told at every block too, not only at sentences: a table's rows
		// have none, and a source of 200,000 rows said nothing until its
		// end (hostile check 50).
		if x.progress != nil {
			x.progress(b.Offset)
		}
		switch {
		case b.Kind == corpus.Heading:
			noEvidence, listings, changes = rosterHeadingRe.MatchString(b.Text), listingsHeadingRe.MatchString(b.Text), false
		case b.Kind == corpus.Paragraph && changeHistoryRe.MatchString(b.Text):
			changes = true
		case b.Kind != corpus.ListItem:
			changes = false
		}
		if noEvidence && (b.Kind == corpus.Paragraph || b.Kind == corpus.ListItem) && !rosterFinding(b.Text) ||
			(listings || changes) && b.Kind == corpus.ListItem || b.Kind == corpus.TableRow && doneActionRow(b) {
			continue
		}
		if b.Kind == corpus.Paragraph && (leadIn != "" || rc.on()) && markedParagraph(b.Text) {
			// "(ii) require each ICB to …" set as a paragraph under "NHS
			// England should:", or "(b) The council must …" under a
			// heading of recommendations: an item of their list.
			b.Kind = corpus.ListItem
		}
		if b.Kind == corpus.Heading {
			prevBlock = ""
		} else if b.Kind != corpus.Footnote {
			prevBlock = b.Text
		}
		if b.Kind != corpus.TableRow && b.Kind != corpus.Footnote {
			caption, capHeader = "", ""
		}
		if who := x.quoteLeadIn(i); who != "" {
			x.speaker, x.speakerPara = who, i+1
			continue
		}
		switch b.Kind {
		case corpus.Footnote:
			continue // a reference, not evidence
		case corpus.TableRow:
			// A caption belongs to the table right after it, not to the
			// next one.
			if capHeader == "" {
				capHeader = b.HeaderLine
			} else if b.HeaderLine != capHeader {
				caption = ""
			}
			if i == 0 || b.HeaderLine != tbl.header || x.doc.Blocks[i-1].Kind != corpus.TableRow && x.doc.Blocks[i-1].Kind != corpus.Footnote {
				if caption == "" {
					caption = capUnder[i] // "Table 2: ..." set under the table
				}
				tbl = x.newTable(i, caption)
			}
			switch {
			case i == tbl.unitsRow:
				// A row of units says what the cells under it are.
			case len(b.Text) > MaxItemBytes:
				x.sentences(b, section) // not a row anyone would quote whole
			default:
				x.tableRow(b, section, &tbl)
			}
			labelled, leadIn, planLead, willLead, titled = false, "", false, false, false
			requestLead = false
			continue
		case corpus.Heading:
			// A heading as its reader sees it: "## *Our recommendations*"
			// heads recommendations, and the items under it name their
			// section without its marks (hostile check 70, G25, G31).
			// Read once: a heading's "\&amp;" or "\*" is shown as
			// written, where read again it was "&" and the stars left out
			// (hostile check 85, L12). A code span's backticks, which the
			// extractor's reading keeps, are left out here.
			heading := b.Text
			if !x.read || strings.Contains(heading, "`") {
				heading, _ = evidence.WithoutInlineMarks(b.Text)
			}
			x.captionOf = x.captionSection(section, heading)
			section = heading
			x.lastCites, x.prevCites, x.statCites = "", "", ""
			x.recTo = nil
			rc.heading(heading, b.Level)
			x.qualityStandardHeading(heading)
			x.duty = dutyHeadingRe.MatchString(heading)
			x.requiredOf, x.required = actionHeadingOf(heading)
			if x.requirementsContext(heading) && !x.required || regulatorToldHeading(heading) {
				x.requiredOf, x.required = nil, true
			}
			x.decisions = decisionsHeadingRe.MatchString(strings.TrimSpace(heading))
			switch {
			case isRecHeading(heading):
				x.recLevel = max(b.Level, 1)
			case b.Level <= x.recLevel:
				x.recLevel = 0 // a heading beside it, not one of its parts
			}
			// Under a numbered heading that states the law ("3. Statutory
			// duties of ICBs"), the unnumbered headings that follow are its
			// parts, though an import flattened their levels; the next
			// numbered heading, or one of recommendations, ends it.
			switch {
			case sectionNumberRe.MatchString(heading) || isRecHeading(heading):
				dutyPart = x.duty
			case dutyPart:
				x.duty = true
			}
			labelled, leadIn, planLead, willLead, titled = false, "", false, false, false
			requestLead = false
			if h := headingLeadIn(heading); h != "" && x.itemFollows(i+1) && x.isLeadIn(h) {
				// "### The Department of Health and Social Care should:"
				// over the list of what it should do.
				leadIn = h
			}
			// "### Recommendation 3" labels the paragraph under it, and so
			// does a heading that titles it ("Recommendation 2: Children
			// in crisis", an accordion's "Recommendation 3 – Therapy in
			// schools"), where the paragraph asks: a title that is itself
			// the ask leaves the paragraph under it to explain.
			if m := labelOnlyRe.FindStringSubmatch(heading); m != nil {
				labelled, number = true, m[1]+m[2]
			} else if m := pledgeLabelRe.FindStringSubmatch(heading); m != nil && x.pledgeFollows(i+1) {
				// "## Pledge 3" over "Publish every term how long
				// families wait ...": a manifesto's numbered ask.
				labelled, number = true, m[1]
			} else if m := titledLabelRe.FindStringSubmatch(strings.TrimSpace(heading)); m != nil && !x.isRec(m[2]) {
				labelled, number, titled = true, m[1], true
			}
			continue
		case corpus.Paragraph:
			x.noteAddressee(b.Text)
			if leadIn != "" && x.runningHeader(i) {
				continue // the lead-in above leads the list below it
			}
			if x.tableNote(i) && !x.isRec(b.Text) {
				// A note on how a table's cells were made states no
				// finding: it is quoted as it stands, with no figures.
				if len(strings.Fields(b.Text)) >= MinExcerptWords && !noteOfMaking(b.Text) {
					x.addWith(b, 0, len(b.Text), evidence.Excerpt, section, "", []evidence.Figure{})
				}
				labelled, leadIn, titled = false, "", false
				continue
			}
			if (evidence.TableCaption(b.Text) || x.unitCaption(i)) && !strings.Contains(b.Text, "\n") && len(b.Text) < 400 {
				// "Table 1: Health checks for children looked after for 12
				// months": a title, whose numbers describe the table; its
				// unit ("£ million") is the table's; one set under the
				// table before is that table's (captionsUnder).
				caption = b.Text
				if capNotOver[i] {
					caption = ""
				}
				if figs := captionFinding(b.Text); len(figs) > 0 {
					// "Figure 1: More than six in 10 families reported damp":
					// a caption that states a finding, as charts are titled.
					x.addWith(b, 0, len(b.Text), evidence.Statistic, section, "", figs)
				} else if len(strings.Fields(b.Text)) >= MinExcerptWords && !captionOnly(b.Text, strings.ToLower(b.Text)) {
					// A caption that only names what its table holds is
					// the table's furniture; one that says something of it
					// ("Table 3: Waits rose in every area") is quoted.
					x.addWith(b, 0, len(b.Text), evidence.Excerpt, section, "", []evidence.Figure{})
				}
				labelled, leadIn, titled = false, "", false
				continue
			}
			if x.titleOverTable(i) {
				// A table's title set as a line right over it, "Children's
				// community services: key performance indicators, August
				// to October 2025": the table's furniture, as a caption
				// naming what its table holds is (tables_title_lines.go).
				labelled, leadIn, titled = false, "", false
				continue
			}
			if m := titledLabelRe.FindStringSubmatch(strings.TrimSpace(b.Text)); m != nil && titleOnly(m[2]) && !x.isRec(m[2]) {
				// An accordion's summary or a card's title read as a
				// paragraph: "Recommendation 2 – Plans on time".
				labelled, number, titled = true, m[1], true
				continue
			}
			if m := labelOnlyRe.FindStringSubmatch(strings.TrimSpace(b.Text)); m != nil ||
				labelRe.MatchString(b.Text) && strings.TrimSpace(labelRe.Get().ReplaceAllString(b.Text, "")) == "" {
				labelled, number, titled = true, "", false
				if m != nil {
					number = m[1] + m[2]
				}
				continue
			}
		}
		wasLabelled, labelNumber := labelled, number
		// "Recommendation 3: NHS England should:" over the list of what
		// it should do: the label numbers the items, and the lead-in,
		// which each item says again, is no item.
		leads := b.Kind == corpus.Paragraph && x.itemFollows(i+1) && bareLead(b.Text) && x.isLeadIn(b.Text)
		if titled && !x.asksUnderTitle(b.Text) && !leads {
			wasLabelled, labelNumber = false, ""
		}
		labelled, number, titled = false, "", false
		switch {
		case dutyHeadingRe.MatchString(b.Text):
			x.duty = true // a heading glued to its text
		case b.Kind == corpus.ListItem && b.Number != "" || isRecHeading(b.Text):
			x.duty = false // the next numbered section of a PDF
		}
		outerLead := leadIn
		if b.Kind != corpus.ListItem || !itemMarkerRe.MatchString(b.Text) {
			itemLead = ""
		} else if itemLead != "" {
			// "(a) contact every family" under "R3 The units should ...,
			// and in particular they should:", for this item only.
			leadIn = itemLead
		}
		// Each label holds "recommendation": two labels need two of it.
		glued := countFold(b.Text, "recommendation", 2) > 1 && len(inlineLabelRe.FindAllStringIndex(b.Text, 2)) > 1
		// Under a recommendations heading, the heading says whom the list
		// addresses when an item does not ("Recommendations for ICBs",
		// "### For government").
		lead := leadIn
		if lead == "" && rc.on() {
			lead = section
		}
		long := len(b.Text) > MaxItemBytes
		var inlineLead string
		var inline []inlineItem
		if b.Kind == corpus.Paragraph && !long && strings.Contains(b.Text, ": ") {
			inlineLead, inline = x.inlineItems(b.Text)
		}
		switch {
		case x.relatedLink(b):
			// A link to another story, in a list of them.
		case x.qsPart != qsNone && (b.Kind == corpus.ListItem || b.Kind == corpus.Paragraph) && x.qualityStandardBlock(b, section):
			// A quality standard's statement, or an audience's line.
		case b.Kind == corpus.ListItem && x.ombudsmanRemedy(section) && x.ombudsmanAction(b, section):
			// An ombudsman's agreed remedy.
		case requestLead && (b.Kind == corpus.ListItem || b.Kind == corpus.Paragraph), b.Kind == corpus.Paragraph && !long && inlineInfoRequest(b.Text):
			// "Please provide the following information:" over "1. The
			// number of referrals received. 2. The percentage ... within
			// one week": the measures asked for, no finding and no ask.
			if len(strings.Fields(b.Text)) >= MinExcerptWords {
				x.addWith(b, 0, len(b.Text), evidence.Excerpt, section, "", []evidence.Figure{})
			}
		case long, glued, askedToNote(b.Text):
			// Read sentence by sentence: too long to quote whole, several
			// labelled recommendations joined by a PDF, or a board asked
			// only to note something.
			x.sentences(b, section)
		case len(inline) > 0:
			// "NHS England should: (i) publish …; (ii) require …": each
			// numbered part an ask of the lead-in's bodies, the lead-in no
			// item, as when the parts are set as a list.
			for _, it := range inline {
				x.addRec(b, it.start, it.end, section, inlineLead, it.number)
			}
		case wasLabelled && !leads:
			x.addRec(b, 0, len(b.Text), section, lead, labelNumber)
			if it := x.lastItem(); len(it.Actors) == 0 && pledgeLabelRe.MatchString(strings.TrimSpace(section)) {
				it.Actors = x.pledgedTo()
			}
		case b.Kind == corpus.Paragraph && labelRe.MatchString(b.Text) && !leads:
			// "Recommendation 3: Government should..." or "R3 NHSE should..." on one line.
			m := labelRe.FindStringSubmatchIndex(b.Text)
			x.addRec(b, m[1], len(b.Text), section, lead, submatch(b.Text, m, 1)+submatch(b.Text, m, 2))
		case b.Kind == corpus.Paragraph && rc.on() && numberedRec(b.Text) > 0 && !boardAskRe.MatchString(b.Text) && !x.isLeadIn(b.Text) && !recsAbout(strings.TrimSpace(b.Text)) && !numberedOffer(b.Text):
			// "1.2 ICBs should..." under a recommendations heading.
			skip := numberedRec(b.Text)
			x.addRec(b, skip, len(b.Text), section, lead, strings.TrimRight(strings.TrimSpace(b.Text[:skip]), ".):"))
		case b.Kind == corpus.ListItem && leadIn != "" && boardAskRe.MatchString(leadIn):
			n := len(x.items)
			x.boardItem(b, section, leadIn)
			if len(x.items) > n && groupAskedRe.MatchString(leadIn) {
				// "The sub-group is asked to:": a group of several
				// bodies decides, none of them the publisher alone.
				if it := x.lastItem(); slices.Equal(it.Actors, x.publisherActors()) {
					it.Actors = []evidence.Actor{evidence.OtherActor}
				}
			}
		case b.Kind == corpus.ListItem && leadIn == "" && rc.on() && b.Number != "" && passiveAskRe.MatchString(b.Text) && !x.isRec(firstSentence(b.Text)):
			// "4. The teams should be extended to colleges, because ...":
			// a numbered recommendation in the passive, which names no
			// one who should act (the colleges are where, not who).
			x.addRec(b, 0, len(b.Text), section, "", b.Number)
			x.lastItem().Actors = []evidence.Actor{}
		case b.Kind == corpus.ListItem && leadIn == "" && ownerCellEnd(b.Text) > 0:
			// "- Share a breakdown of agency spend | Owner: Calderbrook
			// Children's Hospital NHS FT | Due: 2 October": a meeting's
			// action table written out as text, each row an ask of the
			// body that owns it, as a "Recommendation | Lead" table's is.
			end := ownerCellEnd(b.Text)
			x.addRec(b, 0, end, section, "", "")
			x.lastItem().Actors = actionRowOwners(b.Text, end)
		case leadIn == "" && !rc.on() && x.improvementItem(b, section):
			// "- The timeliness of dental checks ..." under "What needs to
			// improve?": an area the inspector asks the addressee to improve.
			x.addImprovementItem(b, section)
		case b.Kind == corpus.ListItem && leadIn == "" && x.opensWithProse(b.Text):
			// "5. Implications for policy The government has said...": a
			// PDF's numbered heading glued to its text; each sentence is
			// read on its own. Under a heading of recommendations, a
			// numbered item that states a finding before its ask ("5. Head
			// teachers are left to decide alone. ICBs should agree a
			// protocol.") gives the ask its number.
			if rc.on() {
				x.itemNumber = b.Number
				if m := itemMarkerRe.FindStringSubmatch(b.Text); m != nil && b.Number == "" {
					x.itemNumber = m[1] // "- (f) Families told us ... The ICB should ..."
				}
			}
			x.sentences(b, section)
			x.itemNumber = ""
		case b.Kind == corpus.ListItem && (leadIn != "" || rc.on() && !recsAbout(strings.TrimSpace(b.Text)) && !x.statedPlan(b.Text) && !x.reportedFinding(b.Text) && !x.statedFact(b.Text) && (b.Number != "" && !x.idleQuestion(b.Text) || x.listRec(b.Text) || wantHeadingRe.MatchString(section) && !x.underOtherLeadIn(i)) || b.Number != "" && x.isRec(b.Text)):
			start, num := 0, b.Number
			if m := labelRe.FindStringSubmatchIndex(b.Text); m != nil {
				start = m[1]
				if n := submatch(b.Text, m, 1) + submatch(b.Text, m, 2); n != "" {
					num = n
				}
			} else if m := subNumberRe.FindStringSubmatchIndex(b.Text); m != nil && num == "" && leadIn != "" {
				// "4.1 the Board should provide ..." under "the Council
				// of Governors asked that:": a numbered part of the
				// request keeps its number.
				start, num = m[5], b.Text[m[2]:m[3]]
			} else if m := itemMarkerRe.FindStringSubmatchIndex(b.Text); m != nil && num == "" && (leadIn != "" || rc.on()) {
				// "(a) require each ICB to...", a lettered sub-item a PDF
				// set as a bullet, or a lettered paragraph under a heading
				// of recommendations: its letter is its number.
				start, num = m[1], b.Text[m[2]:m[3]]
			}
			if num == "" && leadIn != "" && leadIn == outerLead {
				num = leadNumber // "publish …" under "Recommendation 3: NHS England should:"
			}
			if leadIn == "" && !rc.on() && num == b.Number && x.paragraphNumbers(i) {
				// "15. We ask the Department to write to us ..." among a
				// report's numbered paragraphs of findings: the number is
				// the paragraph's, not the recommendation's.
				num = ""
			}
			x.addRec(b, start, len(b.Text), section, lead, num)
			if leadIn == "" && num == "" && wantHeadingRe.MatchString(section) && !x.listRec(b.Text) && !x.underOtherLeadIn(i) {
				// "a school nurse for every secondary school" under "What
				// we want to see": asked of whom the heading names, not of
				// the bodies the item is about. An item that opens with its
				// body in the infinitive ("CAMHS to tell schools when ...")
				// or names who is to pay or agree ("with costs paid by the
				// council") says whom it asks itself.
				it := x.lastItem()
				it.Actors = actorsIn(section)
				if a := openingSubject(b.Text[start:]); len(a) > 0 {
					it.Actors = a
				} else if a := agentActors(b.Text[start:]); len(a) > 0 {
					it.Actors = union(it.Actors, a)
				}
			}
			if strings.HasSuffix(strings.TrimSpace(b.Text), ":") {
				itemLead = b.Text[start:]
			}
		case (actionLabelRe.MatchString(b.Text) || b.Kind == corpus.ListItem && actionsHeadingRe.MatchString(section)) && leadIn == "" && ownerCellEnd(b.Text) == 0 && ownedAction(strings.TrimSpace(b.Text)):
			// "Action: Trust to set out a recovery plan", "Health
			// visitors to add a language screen": a meeting's action
			// owned by a body.
			x.addRec(b, 0, len(b.Text), section, "", b.Number)
		case b.Kind == corpus.Paragraph && rc.on() && imperativeParagraph(b.Text) && !x.isLeadIn(b.Text):
			// "Restore the public health grant ...", a paragraph of its
			// own under "Our asks of the next government": the heading
			// names whom it asks.
			x.addRec(b, 0, len(b.Text), section, lead, "")
		case b.Kind == corpus.ListItem && planLead && !x.isRec(b.Text) && !(willLead && strings.ContainsAny(b.Text, "%£")):
			// "We propose to: - open two new clubs": what the writer plans
			// to do, not what was found; its numbers count nothing yet.
			if len(strings.Fields(b.Text)) >= MinExcerptWords {
				x.addWith(b, 0, len(b.Text), evidence.Excerpt, section, "", []evidence.Figure{})
			}
		case b.Kind == corpus.Paragraph && strings.IndexByte(b.Text, '\n') > 0 && datedListing(b.Text):
			// An event's title, day and booking line: no evidence.
		default:
			x.askLead = b.Kind == corpus.Paragraph && leadSaysNothing(b.Text) && x.itemFollows(i+1) && x.isLeadIn(b.Text)
			x.sentences(b, section)
			x.askLead = false
		}
		leadIn = outerLead
		if b.Kind == corpus.ListItem && b.Number != "" && itemLead == "" && x.markedItemFollows(i+1) && strings.HasSuffix(strings.TrimSpace(b.Text), ":") && x.isLeadIn(b.Text) {
			// "7. We ask providers to:", a letter's numbered paragraph
			// set as a list item, over "(a) submit …", "(b) validate …":
			// the lead-in of its lettered items.
			itemLead = b.Text
		}
		if b.Kind == corpus.Paragraph {
			leadIn = ""
			if (x.isLeadIn(b.Text) || rc.on() && groupNeedsRe.MatchString(lastSentence(strings.TrimSpace(b.Text)))) && x.itemFollows(i+1) {
				leadIn = b.Text
				leadNumber = ""
				if leads && wasLabelled {
					leadNumber = labelNumber
				} else if m := labelRe.FindStringSubmatch(b.Text); leads && m != nil {
					leadNumber = m[1] + m[2]
				}
			}
			// The pattern ends with a colon: a text trimmed of spaces
			// that does not cannot match it.
			t := strings.TrimSpace(b.Text)
			planLead = i+1 < len(x.doc.Blocks) && x.doc.Blocks[i+1].Kind == corpus.ListItem &&
				strings.HasSuffix(t, ":") && planLeadRe.MatchString(t)
			// Under "we will:" the money a plan is funded with and the
			// share it targets are read, as the development set labels
			// them ("with ICB funding of £640,000", "reach our target of
			// 90%"); counts of new things and time targets are not.
			willLead = planLead && willLeadRe.MatchString(t)
			requestLead = i+1 < len(x.doc.Blocks) && infoRequestLead(t)
		}
	}
}

// ownerCellRe is the owner's cell of an action row written out as text:
// " | Owner: ICB workforce team | Due: 16 October". Group 1 is the owner.
var ownerCellRe = lazyre.New(`\s+\|\s*(?i:(?:action\s+)?owners?|leads?|responsible(?:\s+(?:body|organisation|lead))?|who|by\s+whom)\s*:\s*([^|]+?)\s*(?:\||$)`)

// ownerCellEnd is where the action ends in a line of an action table
// written out as text ("Draft a business case ... | Owner: ICB workforce
// team | Due: 16 October"), when the action opens with a verb of action
// that asks more than information and its owner is a body; else 0. A
// person's action ("| Owner: Priya") is the meeting's housekeeping.
func ownerCellEnd(text string) int {
	if !strings.Contains(text, "|") {
		return 0
	}
	m := ownerCellRe.FindStringSubmatchIndex(text)
	if m == nil || m[0] == 0 || len(actionRowOwners(text, m[0])) == 0 {
		return 0
	}
	action := strings.TrimSpace(text[:m[0]])
	if !tableAction(action) {
		return 0
	}
	return m[0]
}

// ownedBy are the bodies an owner cell names, nil when it names none the
// vocabulary knows (a person, "Chair").
func ownedBy(rest string) []evidence.Actor {
	m := ownerCellRe.FindStringSubmatch(rest)
	if m == nil {
		return nil
	}
	a := mentionedActors(m[1])
	if len(a) == 0 || slices.Equal(a, []evidence.Actor{evidence.OtherActor}) {
		return nil
	}
	return a
}

// tableAction reports the text of an action a meeting gives a body: it
// opens with a verb of action (imperativeParagraph, or one of the verbs
// of work set for the next meeting: "Draft a business case", "Prepare a
// report") and asks more than information ("Confirm whether ...", "Send
// the figures"). An action is short ("Review how caseloads are
// weighted"): its owner says it asks, so it needs fewer words than an
// excerpt.
func tableAction(t string) bool {
	t = bodyActionRest(t)
	w := strings.ToLower(firstWord(t))
	if infoVerbs[w] && !sendCopyRe.MatchString(t) || len(strings.Fields(t)) < 4 {
		return false
	}
	if imperativeParagraph(t) {
		return true
	}
	f := strings.Fields(t)
	// "Report on young people waiting": the subject reported on, where
	// "Plan on" or "Audit of" would name a noun's.
	next := strings.ToLower(strings.Trim(f[1], ",;:"))
	return (actionWorkVerbs[w] || actionWorkVerbs[strings.ToLower(f[0])]) && len(f) > 2 && (!nounFollowers[next] || w == "report" && next == "on")
}

// actionWorkVerbs open an action a meeting sets a body that lists of
// recommendations seldom use: "Draft a business case", "Prepare a paper".
var actionWorkVerbs = map[string]bool{"draft": true, "prepare": true, "write": true, "present": true, "scope": true,
	"explore": true, "investigate": true, "audit": true, "plan": true, "design": true, "test": true,
	// A board report's own actions (set 58): "Run sessions on every
	// night shift", "Add a module to induction", "Report cases to the
	// committee each quarter", "Complete the planning tool".
	"run": true, "add": true, "report": true, "complete": true,
	// A mortality report's actions from its reviews (sets 59 and 60):
	// "Revise the family leaflet", "Ask the coroner to agree a target
	// time".
	"revise": true, "ask": true, "repeat": true, "update": true,
	// An audit report's agreed management actions (set 62): "Renew the
	// section 75 agreement".
	"renew": true,
	// A partnership's action log (set 78): "Circulate the draft
	// pathway", "Invite the adult team manager to the group".
	"circulate": true, "invite": true,
	// An audit's action plan (set 83): "Open a transition plan at the
	// Year 9 review", "Send a copy of every plan to the GP".
	"open": true, "send": true, "start": true,
	// An action table's rows owned by a body or an officer: "Re-audit
	// escalation on the three wards", "Record ethnicity for every
	// referral", "Host evening clinics in Harbour ward", "Contact every
	// family on the waiting list".
	"re-audit": true, "record": true, "host": true, "contact": true}

// sendCopyRe opens an action that sends a copy of a record to another
// service ("Send a copy of every plan to the GP"): a step of care, where
// "Send" alone most often asks for information (infoVerbs).
var sendCopyRe = lazyre.New(`(?i)^send\s+(?:a\s+copy|copies)\s+of\b|^send\s+(?:[\w’'-]+\s+){0,4}?(?:data|extracts?)\s+to\s+(?:the|its|each|every|all)\b`)

// headingLeadIn is a heading read as the lead-in of the list under it:
// one that ends with a colon as it stands, or a slide's title that ends
// with the "to" of its infinitive and no colon ("The Board is asked
// to"), which no heading but a lead-in does; else "".
func headingLeadIn(h string) string {
	t := strings.TrimSpace(h)
	switch {
	case strings.HasSuffix(t, ":"):
		return h
	case strings.HasSuffix(lazyre.ASCIILower(t), " to"):
		return t + ":"
	}
	return ""
}

// idleQuestion reports a question that asks no body to act: a
// consultation's "At what age should planning start?" numbered under a
// heading of next steps is a question put, not a recommendation.
func (x *extractor) idleQuestion(text string) bool {
	t := strings.TrimSpace(text)
	return strings.HasSuffix(strings.TrimRight(t, `"'’”)`), "?") && !x.isRec(t)
}

// statedPlanRe is a sentence saying what a body will do: perhaps a time
// first ("In spring, "), its subject, a few words naming a body ("The
// network", "Our partnership board", "NHS England"), then the future
// ("will", "'ll", "is going to", "plans to", "intends to", "aims to")
// and a verb of doing. Group 1 is the verb, group 2 the word after it.
var statedPlanRe = lazyre.New(`^(?:(?i:in|by|from|next|this|later|over|during|early|before|after)\b[^,]{0,40},\s+)?(?:(?:the|this|that|our|their|its|each|every|a|an)\s+)?[\w’'&().-]+?(?:\s+[\w’'&().-]+?){0,5}?(?:\s+will|['’]ll|\s+(?:is|are)\s+(?:going|planning)\s+to|\s+(?:plans?|intends?|aims?|expects?)\s+to)\s+(?:(?:also|now|then|shortly|soon|next|first|jointly|formally)\s+)?([a-z]+)\b(?:\s+([a-z]+))?`)

// planNounRe is a plan or an aim named as a thing, not a body's future:
// "Describe the plan to families", "Set out our aims to parents".
var planNounRe = lazyre.New(`(?i)\b(?:the|a|an|our|its|their|this|that|each|every|any)\s+(?:plans?|aims?)\s+to\b`)

// wantedStates are the verbs after "will" that say how things will be for
// someone, which a list of what is wanted asks for ("every child will have
// a named worker"), or that ask themselves ("will need to", "will have
// to", "will be expected to"): no plan. "will be publishing" is one.
var wantedStates = map[string]bool{"have": true, "be": true, "get": true, "receive": true, "know": true, "feel": true, "see": true, "need": true, "want": true, "wish": true, "require": true, "expect": true, "benefit": true, "hear": true, "find": true, "experience": true, "face": true}

// statedPlan reports a list item saying what a body will do, once, and
// asking nothing: "The network will publish its plan in spring." (or "is
// going to", "plans to", "In spring, the network will …") under a heading
// of recommendations or of what needs to happen is the network's plan, not
// an ask of it (red-team round 20). An item that asks besides ("…, and
// ICBs should fund it") is still read as an ask, and so are the wants
// told as a future ("Every school will have a mental health lead").
func (x *extractor) statedPlan(text string) bool {
	t := strings.TrimSpace(text)
	if len(Sentences(t)) > 1 || x.isRec(t) {
		return false
	}
	m := statedPlanRe.FindStringSubmatch(t)
	if m == nil || strings.Contains(lazyre.ASCIILower(m[0]), " should ") || planNounRe.MatchString(m[0]) {
		return false
	}
	return !wantedStates[m[1]] || m[1] == "be" && strings.HasSuffix(m[2], "ing") && m[2] != "being"
}

// underOtherLeadIn reports a list item whose list a paragraph ending in a
// colon introduces, which is no lead-in to asks ("Families told us:"):
// under a heading of what is wanted, its items are what that paragraph
// says they are, not asks.
func (x *extractor) underOtherLeadIn(i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch b := x.doc.Blocks[j]; b.Kind {
		case corpus.ListItem:
			continue
		case corpus.Paragraph:
			t := strings.TrimSpace(b.Text)
			return strings.HasSuffix(t, ":") && !x.isLeadIn(t)
		default:
			return false
		}
	}
	return false
}

// agentActors are the bodies an agent phrase names (agentRe): who is to
// pay for or agree what a noun phrase asks for.
func agentActors(text string) []evidence.Actor {
	var out []evidence.Actor
	for _, m := range agentRe.FindAllStringSubmatch(text, -1) {
		out = union(out, actorsIn(m[1]))
	}
	return out
}

// titleOnly reports the title of a label that is no sentence and no ask
// of its own: "Plans on time", not "Restore the grant" or "The trust
// should open a crisis room."
func titleOnly(t string) bool {
	t = strings.TrimSpace(t)
	return len(strings.Fields(t)) <= 8 && !sentenceEndRe.MatchString(t) && !imperativeParagraph(t)
}

// asksUnderTitle reports a paragraph under a titled label that asks: a
// sentence with a modal of obligation, a recommendation, or a verb of
// action opening it. Under "Recommendation 2: Workforce" the paragraph
// may instead say what was found, which the label does not make an ask.
func (x *extractor) asksUnderTitle(text string) bool {
	for _, m := range []string{" should ", " must ", " need to ", " needs to ", " ought to "} {
		if strings.Contains(text, m) {
			return true
		}
	}
	return imperativeParagraph(text) || x.isRec(text)
}

// submatch is the text of group g of a FindStringSubmatchIndex match, or "".
func submatch(s string, m []int, g int) string {
	if m[2*g] < 0 {
		return ""
	}
	return s[m[2*g]:m[2*g+1]]
}

// isLeadIn reports a paragraph that introduces a list of recommendations:
// it ends with a colon and speaks of recommending ("We recommend:",
// "Recommendations for ICBs:") or asks ("The government should:", "We are
// calling on ministers to:").
func (x *extractor) isLeadIn(text string) bool {
	t := unemphasised(text)
	if !strings.HasSuffix(t, ":") {
		return false
	}
	if leadInRe.MatchString(t) && !isDuty(t, lazyre.ASCIILower(t)) || boardAskRe.MatchString(t) || askThemRe.MatchString(t) || needFromRe.MatchString(lastSentence(t)) {
		return true
	}
	if m := nextStepsRe.FindStringSubmatch(lastSentence(t)); m != nil && len(actorsIn(m[1])) > 0 {
		return true
	}
	if m := expectsFromRe.FindStringSubmatch(lastSentence(t)); m != nil && len(expectedActors(m)) > 0 {
		return true
	}
	if who := askedToDo(t); who != "" && len(addresseeActors(who)) > 0 {
		// "What we are asking MPs to do:" over the asks of them.
		return true
	}
	if x.bodyMustLead(t) || hereIsWhatLead(t) || askedThatLeadRe.MatchString(t) || readerHelpLead(t) {
		return true
	}
	if m := addresseeLeadRe.FindStringSubmatch(t); m != nil && len(actorsIn(m[1])) > 0 {
		// "Of the Department for Education:" over the asks of it.
		return true
	}
	x.leadInCheck = true
	defer func() { x.leadInCheck = false }()
	if x.isRec(t) {
		return true
	}
	// "It is time for the government to:", "There is an urgent need for
	// NHS England to:": an ask whose verb each item gives, read as the
	// ask it is once a verb finishes it.
	body, ok := strings.CutSuffix(t, " to:")
	return ok && x.isRec(body+" to act.")
}

var (
	// passiveAskRe is an ask in the passive that opens an item: "The
	// teams should be extended to colleges", "Waiting times must be
	// published". "should have been" judges the past; "should be able
	// to" is an entitlement, read as one elsewhere.
	passiveAskRe = lazyre.New(`^(?:The|These|Such|All|Both|Its|Their)?\s*(?:[\w’'-]+\s+){0,5}(?:should|must|ought\s+to)\s+(?:also\s+|now\s+|urgently\s+)?be\s+(?:[a-z]+ed|given|made|set|kept|built|run|taken|brought|paid|drawn\s+up|written)\b`)
	// wantHeadingRe is a heading of what the writer wants, under which a
	// list of bare noun phrases is what is asked for: "What we want to
	// see by 2030", "Our asks".
	wantHeadingRe = lazyre.New(`(?i)^(?:what\s+we\s+(?:want|need|are\s+(?:asking|calling)\s+for|ask\s+for|call\s+for)|what\s+we\s*['’]re\s+(?:asking|calling)\s+for|our\s+(?:asks|calls|demands)|what\s+(?:needs|has)\s+to\s+(?:happen|change)\s*$)`)
	// agentRe names who is to pay for, agree or set what a noun phrase
	// asks for: "with costs paid by the council", "agreed between NHS
	// England and the Department of Health and Social Care".
	agentRe = lazyre.New(`\b(?:paid(?:\s+for)?|funded|agreed|set(?:\s+in\s+law)?|commissioned|guaranteed|underwritten)\s+(?:by|between)\s+([^,;:.()]{2,100})`)
	// groupNeedsRe is a lead-in, under a heading of asks, saying what a
	// group of people needs: "To put this right, young carers need:".
	// Outside such a heading it may describe care ("Children with
	// asthma need:"), and after a verb of saying it reports a view.
	groupNeedsRe = lazyre.New(`(?i)^(?:[^:]{0,60},\s+)?(?:(?:all|every|disabled|young|these|such)\s+)*(?:children|young\s+people|young\s+carers|carers|families|parents|pupils|babies|teenagers|care\s+leavers|students|patients|child|family|young\s+person)(?:\s+and\s+(?:their\s+)?(?:families|parents|carers))?(?:\s+(?:with|who|in|on|waiting)\b[^:]{0,60})?\s+(?:need|needs|deserve|deserves)\s*:$`)
	// unfinishedLeadRe ends a lead-in whose verb its list items finish:
	// "... to:", "... should:", "... must:".
	unfinishedLeadRe = lazyre.New(`(?i)\b(?:to|should|must|shall|will|need\s+to|needs\s+to|ought\s+to)\s*:\s*$`)
	// expectsFromRe is a lead-in of what a body expects from others:
	// "The plan sets out what the ICB expects from local health services
	// this winter:", "We expect every integrated care board to:" (the
	// others are asked).
	expectsFromRe = lazyre.New(`(?i)\bexpects?\s+(?:of|from)\s+(.{2,80}?)(?:\s+(?:this|next|over|by|in|during|from)\b[^:]*)?\s*:\s*$|\bexpects?\s+((?:every|each|all|the|our|local|national|[A-Z])[^:]{1,80}?)\s+(?:to|will)\s*:\s*$`)
	// planLeadRe introduces a list of the writer's own proposals or plans:
	// "We propose to:", "The council is proposing to:", "Our proposals
	// are:", "In the coming year we will:" (an annual report's
	// priorities: "open two new clinics", "bring every wait under a year
	// by March" count and time nothing yet).
	planLeadRe = lazyre.New(`(?i)(?:\b(?:we|the\s+\w+(?:\s+\w+)?)\s+(?:propose|proposes|are\s+proposing|is\s+proposing|plan|plans|are\s+planning|is\s+planning|intend|intends)\s+to|^(?:our|the|its)\s+(?:main\s+)?proposals?(?:\s+(?:are|is))?|\bwe\s+will(?:\s+also|\s+now)?)\s*:\s*$`)
	// willLeadRe is planLeadRe's "we will:" lead-in.
	willLeadRe = lazyre.New(`(?i)\bwe\s+will(?:\s+also|\s+now)?\s*:\s*$`)
	// needFromRe heads a list of what the writer asks, of a body ("What we
	// need from the ICB:", "Our asks of the government are:") or of no one
	// in particular ("Our asks:", "In the meantime, we are asking:", where
	// each item names its own addressee).
	// A list of what is asked with no addressee ("What we need:", "Key
	// asks:", "What we're calling for:") asks whom each item names.
	needFromRe = lazyre.New(`(?i)^(?:(?:what|here\s+is\s+what|this\s+is\s+what)\s+(?:we|i)(?:\s+(?:also|now|still|really))?(?:\s+(?:need|want|would\s+like|are\s+(?:asking|calling)\s+for|ask(?:\s+for)?|call\s+for)|\s*['’](?:d\s+like|re\s+(?:asking|calling)\s+for))(?:\s+(?:from|of)\s+[^:.;]{2,60})?|(?:(?:our|my|the)\s+)?(?:(?:main|key|specific|urgent|top|priority|\w+)\s+)?(?:asks?|requests?|demands?)(?:\s+(?:of|for|to)\s+[^:.;]{2,60}?)?(?:\s+(?:are|is))?|(?:[\w ]{0,30},\s+)?(?:we|i)(?:\s+(?:(?:are|am)\s+)?|\s*['’](?:re|m)\s+)(?:also\s+|now\s+|therefore\s+)?(?:asking|urging|calling\s+for))\s*:\s*$`)
	// nextStepsRe heads what a named body is to do next: "Next steps for
	// the council:", "Actions for ICBs:". Without a body ("Next steps:")
	// it lists the writer's own plans.
	nextStepsRe = lazyre.New(`(?i)^(?:(?:the|our|suggested|proposed|recommended|key|priority)\s+)?(?:next\s+steps|actions?|priorities)\s+(?:for|by)\s+([^:.;]{2,60}?)\s*:\s*$`)
	// addresseeLeadRe is a lead-in that only names whom the list under
	// it asks: "Of the Department for Education:", "For ICBs:".
	addresseeLeadRe = lazyre.New(`^(?:For|Of|To)\s+([^:.;?!]{2,60}?)\s*:$`)
	// askedThatLeadRe ends a body's request whose items finish it:
	// "Following discussion, the Council of Governors asked that:",
	// "Members requested that:".
	askedThatLeadRe = lazyre.New(`(?i)\b(?:asked|asks|ask|requested|requests|request|urged|urges|urge)\s+that\s*:\s*$`)
	// askThemRe asks bodies named just before to do what the list says:
	// "We are asking them to:", "We urge both to:".
	askThemRe = lazyre.New(`(?i)\b(?:we\s+are|we['’]re|we)\s+(?:asking|calling\s+on|urging|ask|call\s+on|urge)\s+(?:them|you|both(?:\s+of\s+them)?|each\s+of\s+them|these\s+(?:bodies|organisations|services))\s+to\s*:\s*$`)
	// boardAskRe is a paper's request to the body it goes to: "The Board
	// is asked to:", "Members are invited to:", a partnership's "The
	// sub-group is asked to:", "The Board is asked to
	// note the position in this paper, and to approve:".
	// A minute's resolution elides the body in each item: "RESOLVED that
	// the committee: ... b) asks the ICB to ...".
	boardAskRe = lazyre.New(`(?i)(?:\b(?:board|committee|sub-committee|(?:sub-?|working\s+|steering\s+)?group|cabinet|panel|council|governing\s+body|governors|members|meeting)\s+(?:is|are)\s+(?:asked|invited|requested|recommended)\s+to(?:\s+(?:approve|agree|endorse|support|ratify|consider\s+and\s+approve|note\s+and\s+approve|` + noteThenDecide + `)(?:\s+the\s+following(?:\s+\w+){0,3})?)?|^resolved\s*[,:–-]?\s*(?:that\s+)?(?:the\s+)?(?:board|committee|sub-committee|cabinet|panel|meeting|council))\s*:\s*$`)
	// withBodyRe names the bodies a board acts with: "Agree a template
	// with both councils", "jointly with the trusts".
	withBodyRe = lazyre.New(`\b(?:with|alongside)\s+((?:the|both|all|our|each\s+of\s+the|local)\s+[\w’'&-]+(?:\s+[\w’'&-]+){0,2})`)
	// withNamedBodyRe names a body a board's item is done with by its
	// name: "a joint review with NHS Eastvale ICB of the capacity".
	withNamedBodyRe = lazyre.New(`\b(?:with|alongside)\s+(\p{Lu}[\w’'&-]*(?:\s+(?:and\s+|&\s+|of\s+|for\s+)?\p{Lu}[\w’'&-]*){0,8})`)
	// boardAskItemRe opens a board item that has the board ask another
	// body: "Ask the trusts to report ...", "Request that the councils",
	// and by letter: "Write to the Secretary of State urging ...",
	// "Support a joint letter asking NHS England to ...".
	boardAskItemRe = lazyre.New(`^(?:Ask|Request|Invite|Instruct|Direct|Require|Urge|Call\s+on|Write\s+to|Support\s+(?:a|the)\s+(?:joint\s+)?letter)\b`)
	// boardDecideRe opens a board item that decides: "Approve the
	// proposal to commission ... jointly with both local authorities".
	boardDecideRe = lazyre.New(`^(?:Approve|Agree|Endorse|Support|Ratify|Confirm|Nominate|Appoint|Delegate|Adopt)\b`)
	// agreeThatRe opens a board item deciding what bodies shall do:
	// "Agree that the ICB and both councils jointly commission ...".
	agreeThatRe = lazyre.New(`^(?:Agree|Approve|Endorse|Support|Confirm|Resolve)\s+that\s+`)
	// subNumberRe is a paragraph's section-and-part number before a word
	// in lower case that goes on from a lead-in: "4.1 the Board should".
	// Group 2 is the space before the word.
	subNumberRe = lazyre.New(`^(\d{1,2}\.\d{1,2})\.?(\s+)[a-z]`)
	// itemMarkerRe is a list item's own letter or number kept in its text:
	// "a) ", "(ii) ", "3. ".
	itemMarkerRe = lazyre.New(`^\(?([a-z]|[ivx]{1,4}|\d{1,2})[).]\s+`)
	// noteItemRe opens a request to take note rather than to decide:
	// "note the risks", "receive the report", "be assured that".
	// "agree to receive a progress report" takes information too.
	noteItemRe = lazyre.New(`^(?i:notes?|receives?|be\s+assured|is\s+assured|takes?\s+assurance|discuss(?:es)?|comments?\s+on|agrees?\s+to\s+(?:receive|note))\b`)
)

// noteThenDecide is a board's request to take note of one thing and to
// decide on the list that follows: "note the position set out in this
// paper, and to approve". Lead-ins of asks (boardAskRe) and lead-ins that
// are no evidence (listLeadRe) both end in it.
const noteThenDecide = `note\s+[^:.;!?]{1,80}?,?\s+and\s+(?:to\s+)?(?:approve|agree|endorse|support|ratify)`

// groupProcedureRe is a board's or group's item about its own
// business: "AGREE the terms of reference", "approve the minutes of the
// last meeting", "agree the dates of future meetings".
var groupProcedureRe = lazyre.New(`(?i)^(?:agree|approve|confirm|adopt|note|review)\s+(?:the\s+)?(?:(?:group['’]s|board['’]s|committee['’]s|draft|revised|new|updated)\s+)?(?:terms\s+of\s+reference|minutes|agenda|dates?\s+of\s+(?:the\s+)?(?:next|future)\s+meetings?|membership|forward\s+plan|work\s+plan)\b[^.;]{0,40}[.;]?$`)

// groupAskedRe is a lead-in asking a group rather than a body's board:
// "The sub-group is asked to:", "The steering group is invited to:".
var groupAskedRe = lazyre.New(`(?i)\b(?:sub-?group|working\s+group|steering\s+group|task\s+and\s+finish\s+group|group)\s+(?:is|are)\s+(?:asked|invited|requested)\s+to\b`)

// noteThenDecideItemRe is a board's item that notes one thing and
// decides another: "note the fall in referrals and agree a review".
var noteThenDecideItemRe = lazyre.New(`(?i)^` + noteThenDecide + `\b`)

// baseForm puts a resolution's verb in the third person into the
// imperative: "Asks the ICB to" is read as "Ask the ICB to", "Invites"
// as "Invite".
func baseForm(item string) string {
	w, rest, _ := strings.Cut(item, " ")
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return item
	}
	for _, base := range []string{w[:len(w)-1], strings.TrimSuffix(w, "es")} {
		if c := base + " " + rest; imperativeRe.MatchString(c) || boardAskItemRe.MatchString(c) {
			return c
		}
	}
	return item
}

// boardItem reads one item of a paper's request to its board. A request
// to decide ("c) approve the plan and the investment of £1.2m") is a
// recommendation to the body the paper goes to, which is the publisher's
// own; a request to note is information.
func (x *extractor) boardItem(b corpus.Block, section, leadIn string) {
	start, num := 0, b.Number
	if m := itemMarkerRe.FindStringSubmatchIndex(b.Text); m != nil {
		start, num = m[1], b.Text[m[2]:m[3]]
	}
	if groupProcedureRe.MatchString(b.Text[start:]) {
		// "AGREE the terms of reference": the meeting's own business,
		// no ask of a body.
		return
	}
	if noteItemRe.MatchString(b.Text[start:]) && !noteThenDecideItemRe.MatchString(b.Text[start:]) {
		// "note the risks" takes note; "note the fall and agree a deep
		// dive" decides too.
		x.sentences(b, section)
		return
	}
	x.addRec(b, start, len(b.Text), section, x.doc.Source.Publisher, num)
	if m := withNamedBodyRe.FindStringSubmatch(b.Text[start:]); m != nil {
		// "a joint review with NHS Eastvale ICB": the board's body acts
		// with the body named.
		if pub := x.boardBody(leadIn); len(pub) > 0 {
			it := x.lastItem()
			it.Actors = union(union(pub, it.Actors), actorsIn(m[1]))
		}
	}
	// A PDF's lettered items open in lower case ("c) ask the ICB to
	// fund"): the verb is read as if it opened a sentence.
	if item := baseForm(capitalised(strings.TrimSpace(b.Text[start:]))); imperativeRe.MatchString(item) || boardAskItemRe.MatchString(item) || boardDecideRe.MatchString(item) {
		// "Ask the trusts to report ...", "Agree a template with both
		// councils": the board asked acts, with or through the bodies
		// the item names.
		if pub := x.boardBody(leadIn); len(pub) > 0 {
			it := x.lastItem()
			it.Actors = union(pub, it.Actors)
			if m := withBodyRe.FindStringSubmatch(item); m != nil {
				it.Actors = union(it.Actors, actorsIn(m[1]))
			}
			if m := agreeThatRe.FindStringIndex(item); m != nil {
				// "Agree that the ICB and both councils jointly commission
				// one pathway": the bodies the board agrees shall act
				// are asked with it.
				if a, _ := leadingActorsEnd(item[m[1]:]); len(a) > 0 {
					it.Actors = union(it.Actors, a)
				} else if who, _, ok := strings.Cut(item[m[1]:], " jointly "); ok {
					// "Agree that public health and the ICB jointly
					// review": a team of the board's own body beside a
					// body named, who act together.
					it.Actors = union(it.Actors, actorsIn(who))
				}
			}
			if boardAskItemRe.MatchString(item) {
				// "Ask the trusts to report ...", "Invite the ICB to give
				// evidence", "Call on the Government to ...": the board
				// is asked, not the bodies it is to ask or invite
				// (internal/quality's conventions, as "The board should
				// ask the trust to ..." is read).
				it.Actors = slices.Clone(pub)
			}
		}
	}
}

// boardBody is the body a board's request asks: a school's when the
// lead-in asks its governors ("Governors are asked to:"), else the
// publisher's own when its kind is known, else, for a paper that asks a
// health and wellbeing board, that board's (Other, the partnership of
// bodies it is).
func (x *extractor) boardBody(leadIn string) []evidence.Actor {
	lower := lazyre.ASCIILower(leadIn)
	if boardGovernorsRe.MatchString(lower) {
		return []evidence.Actor{evidence.Schools}
	}
	if pub := x.publisherActors(); len(pub) == 1 && pub[0] != evidence.OtherActor {
		return pub
	}
	if strings.Contains(lower, "health and wellbeing board") {
		return []evidence.Actor{evidence.OtherActor}
	}
	return nil
}

// boardGovernorsRe is a lead-in asking a school's governors: "Governors
// are asked to:", "The governing body is recommended to:".
var boardGovernorsRe = lazyre.New(`\b(?:governors|governing\s+(?:body|board))\s+(?:is|are)\s+(?:asked|invited|requested|recommended)\s+to\b`)

// actionsHeadingRe is a heading over a meeting's actions: "ACTIONS",
// "Actions arising", "Action items", "Agreed actions", "Further actions agreed", "Next
// steps", and actions for the readers, "Actions for partners". Its items in the
// infinitive ("Trust to set out a plan") are what each owner is to do;
// elsewhere a list of "NHS England to publish guidance" may report an
// announcement.
var actionsHeadingRe = lazyre.New(`(?i)^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:agreed|summary\s+of|key|new|outstanding|further|other|additional)\s+)?(?:actions?(?:\s+(?:arising|points|items|log|agreed|and\s+next\s+steps))?|next\s+steps)(?:\s+for\s+[^:.;?!]{2,40})?\s*:?$`)

// imperativeParagraph reports a paragraph that opens with a verb of action
// used as one ("Restore the grant ..."), not as a noun ("Support for
// families is patchy", "Work on the plan began"), and says nothing with a
// modal, whose subject then decides.
func imperativeParagraph(text string) bool {
	t := strings.TrimSpace(text)
	if !imperativeRe.MatchString(t) || strings.Contains(t, " should ") || strings.Contains(t, " must ") {
		return false
	}
	f := strings.Fields(t)
	return len(f) > 2 && !nounFollowers[strings.ToLower(strings.Trim(f[1], ",;:"))]
}

// nounFollowers follow a verb of action used as a noun: "Support for",
// "Review of", "Work on", "Use is".
var nounFollowers = map[string]bool{"of": true, "for": true, "on": true, "in": true, "is": true, "was": true, "has": true,
	"have": true, "are": true, "were": true, "from": true, "and": true, "at": true, "by": true, "will": true, "can": true}

// capitalised is s with its first letter in upper case.
func capitalised(s string) string {
	if s == "" || !isLower(s[0]) {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// listRec reports a list item under a recommendations heading that reads
// as one: it opens with a verb of action ("Publish a plan..."), or is a
// recommendation sentence. A bullet of findings there ("58% of trusts...")
// is not one.
func (x *extractor) listRec(text string) bool {
	t := strings.TrimSpace(text)
	if m := labelRe.FindStringIndex(t); m != nil && m[1] < len(t) {
		// "- R2 That the Director of Public Health reports ...": a
		// bullet whose label numbers it; the ask is what follows.
		t = t[m[1]:]
		text = t
	} else if m := itemMarkerRe.FindStringIndex(t); m != nil && m[1] < len(t) {
		// "- (c) Publish the waits ...": a PDF's lettered item, its
		// letter kept in its text.
		t = t[m[1]:]
		text = t
	}
	if strings.HasSuffix(t, ":") {
		// "R3 The units should make sure ..., and in particular they
		// should:" leads into sub-items and recommends itself.
		return x.isLeadIn(t)
	}
	// "The next government to restore the grant", "Every family to
	// have a named health visitor": asks in the infinitive, as lists of
	// asks set them.
	return imperativeRe.MatchString(t) || x.isRec(text) || len(openingSubject(t)) > 0 && ownedAction(t) || bodyToHave(t) || everyoneToRe.MatchString(t) || requirement(t)
}

// opensWithProse reports a list item of several sentences whose first
// sentence neither recommends nor opens with a verb of action: a heading
// and its section joined into one item, not one recommendation.
func (x *extractor) opensWithProse(text string) bool {
	sp := Sentences(text)
	if len(sp) < 2 {
		return false
	}
	first := text[sp[0].start:sp[0].end]
	return !x.listRec(first) && !labelRe.MatchString(first)
}

// numberedOffer reports a numbered paragraph under a heading of
// recommendations whose first sentence is the writer's furniture, an
// offer to give evidence or to meet ("5.2 The Network would be pleased to
// give oral evidence."): the number is the paragraph's, no ask's.
func numberedOffer(text string) bool {
	skip, _, _ := furnitureSentence(firstSentence(text[numberedRec(text):]))
	return skip
}

// numberedRec is the length of a recommendation number opening a
// paragraph ("1.2 ", "3. ", "4) "), followed by a capital; 0 when there is none.
func numberedRec(text string) int {
	i := 0
	for i < len(text) && isDigit(text[i]) {
		i++
	}
	if i == 0 || i > 2 {
		return 0
	}
	for i+1 < len(text) && text[i] == '.' && isDigit(text[i+1]) {
		i++
		for i < len(text) && isDigit(text[i]) {
			i++
		}
	}
	if i < len(text) && (text[i] == '.' || text[i] == ')' || text[i] == ':') {
		i++
	}
	j := skipSpace(text, i)
	if j == i || j >= len(text) || !isUpper(text[j]) {
		return 0
	}
	return j
}

// sentences classifies each sentence of a block; runs of sentences that are
// neither statistic nor recommendation become one excerpt, cut before it
// would pass MaxItemBytes.
func (x *extractor) sentences(b corpus.Block, section string) {
	runStart := -1
	runEnd := 0
	flush := func() {
		if runStart >= 0 && countFields(b.Text[runStart:runEnd]) >= MinExcerptWords {
			// An excerpt is made of sentences without figures.
			x.addWith(b, runStart, runEnd, evidence.Excerpt, section, "", []evidence.Figure{})
		}
		runStart = -1
	}
	defer func() { x.inQuote = false }()
	var quote quoteTracker
	sents := Sentences(b.Text)
	if len(sents) > 0 && b.Kind == corpus.Paragraph {
		// "2.1 Only 54% of ...": a board paper's paragraph number is no
		// word of its first sentence, its quote, measure or key.
		sents[0].start += paragraphNumberLen(b.Text[sents[0].start:sents[0].end])
		// "Ana Ruiz (Eastbury Parent Carer Forum): We would ask ...": a
		// chat digest's poster label names the speaker of the message.
		if n, who := posterLabel(b.Text[sents[0].start:sents[0].end]); n > 0 {
			sents[0].start += n
			x.speaker, x.speakerPara = who, x.para
		}
	}
	for i := range sents {
		sents[i].start += gluedLabelLen(b.Text, sents[i].start, sents[i].end)
	}
	for i, sp := range sents {
		s := b.Text[sp.start:sp.end]
		x.inQuote = quote.continues(b.Text, sp.start)
		// Told before the sentence is read, whatever it becomes: told only
		// for statistics and excerpts, a source of recommendations alone
		// said nothing until its end (a 4 MB one: 20 s of "0 sources").
		if x.progress != nil {
			x.progress(b.Offset + sp.start)
		}
		if x.askLead && strings.TrimSpace(b.Text[sp.end:]) == "" && strings.HasSuffix(unemphasised(s), ":") {
			flush()
			break
		}
		if editorsBoilerplate(s, section) || sourceListEntry(s, b, section) || furnitureLines(s) || ownTitleLine(s, x.doc.Source.Title, x.doc.Source.Publisher) {
			flush()
			continue
		}
		if skip, rest, overAsk := furnitureSentence(s); skip && (overAsk || !x.isRec(s)) {
			// An aside, a helpline line or a study's furniture: no item,
			// and no excerpt runs across it.
			flush()
			if rest && len(strings.Fields(b.Text[sp.end:])) <= 60 {
				break // the citation's title and publisher
			}
			continue
		}
		if (x.isRec(s) || labelledListAsk(x, s)) && !lawAccount(b.Text, sents, i, x.facts(s).asks || x.facts(s).recThat || x.facts(s).question || x.specAsk(s)) && !x.aimOfList(b.Text, sents, i) {
			flush()
			// "Recommendation 2: ICBs should..." inside a paragraph: the
			// label gives the number and is not quoted.
			start, num := sp.start, x.itemNumber
			if m := labelRe.FindStringSubmatchIndex(s); m != nil {
				start, num = sp.start+m[1], submatch(s, m, 1)+submatch(s, m, 2)
			}
			x.addRec(b, start, sp.end, section, "", num)
			x.prev = s
			continue
		}
		read := untorn(b.Text, sp, Figures(tileRead(s)))
		if len(read) == 0 && x.learnedFurniture(s, b, section) {
			// Furniture by the learned model: as by a rule above.
			flush()
			continue
		}
		x.citeBefore = ""
		if i > 0 {
			x.citeBefore = b.Text[sents[i-1].start:sents[i-1].end]
		}
		x.prev = s
		figs := thanksCounts(s, storyCounts(s, read))
		if len(figs) > 0 && (tableLike(s) || measureNameOnly(s, figs)) {
			figs = nil
		}
		switch {
		case len(figs) > 0:
			flush()
			x.addWith(b, sp.start, sp.end, evidence.Statistic, section, "", figs)
		default:
			if runStart >= 0 && sp.end-runStart > MaxItemBytes {
				flush()
			}
			if runStart < 0 {
				runStart = sp.start
			}
			runEnd = sp.end
		}
	}
	flush()
}

// tableLike reports text that is cells of a table rather than a sentence:
// fewer than two words, or more numbers than words ("North East 45% 52%
// 61%"). Its numbers are not figures: without a header nobody can say
// what they count. A year after "in" is the sentence's time, counted as
// neither: "Coverage was 85% in 2023 (88% in 2022, -3pp)." is a sentence,
// read as cells before (hostile check 55), with no figure. A year in
// brackets is one too: "Spending (£m) was 45.2 (2023) and 40.1 (2022)."
// was cells, no figure (hostile check 59). A quarter's year is its time
// too and a money note no number: "Spending in Q1 2024 (£000s) was
// 4,500." was cells, no item (hostile check 60). So is the year of a
// prior-year comparator, "(2022:": "Income was £4.5m (2022: £4.2m)." was
// cells, no item (hostile check 60), where "The trust's income was ..."
// had one word more.
func tableLike(s string) bool {
	words, numbers := 0, 0
	prev := ""
	for _, f := range strings.Fields(s) {
		if (strings.EqualFold(prev, "in") || quarterWord(prev) || strings.HasPrefix(f, "(") && f != "(" && strings.HasSuffix(strings.TrimRight(f, ",.;:"), ")")) && isYearNumber(strings.Trim(f, "(,.;:)")) ||
			comparatorYearRe.Get().MatchString(f) ||
			moneyNoteRe.Get().MatchString(f) {
			prev = f
			continue
		}
		prev = f
		if quarterWord(strings.Trim(f, "(,.;:)")) {
			// "in Q1, Q2 and Q3 2023": the quarters are periods' names,
			// no values (hostile check 60: "rose 3pp, 2pp and 1pp in Q1,
			// Q2 and Q3 2023" had more numbers than words, a table's).
			continue
		}
		letters, digits := 0, 0
		for i := 0; i < len(f); i++ {
			switch {
			case isLetter(f[i]):
				letters++
			case isDigit(f[i]):
				digits++
			}
		}
		switch {
		case digits > 0:
			numbers++
		case letters >= 2:
			words++
		}
	}
	return words < 2 && !oneWordCountLabel(s) && !moneyLabelLine(s) || numbers >= 3 && numbers > words
}

// moneyLabelLineRe is a line of a label naming money and its one sum,
// marked as money by a note on the label or a "£" on the value: "Budget
// (£000s): 4,500", "Budget: £4.5m", "Spend (£m): 12.5", with the label's
// year before or after the note, "Budget 2023/24 (£000s): 4,500" (hostile
// check 63: no item), and another time's value after it, "; 2022/23:
// 4,200" (hostile check 64: no item). Group 1 is the label's words,
// group 2 its note, group 3 the value's "£".
var moneyLabelLineRe = lazyre.New(`(?i)^\s*((?:\pL+[\s'’-]+){0,3}?` + measure.MoneyWords + `)(?:\s+` + labelYearRe + `)?\s*(\(\s*£` + measure.MoneyScaleWords + `\s*\)|\(\s*£\s*\))?(?:\s+` + labelYearRe + `)?\s*:\s+(£)?\d[\d,]*(?:\.\d+)?\s?(?:k|m|bn|million|billion)?(?:;\s+` + timeLabelPairRe + `\s+£?\d[\d,]*(?:\.\d+)?\s?(?:k|m|bn|million|billion)?)?\.?\s*$`)

// moneyLabelLine reports a label line naming money with its sum
// (moneyLabelLineRe): a statistic of the sum, scaled by its note, as
// "Staff in post: 45" is a count. Before (hostile check 62), one word
// and a note were too few for a sentence, and the line held no figure.
func moneyLabelLine(s string) bool {
	m := moneyLabelLineRe.Get().FindStringSubmatchIndex(s)
	return m != nil && (m[4] >= 0 || m[6] >= 0)
}

// comparatorYearRe is the year that opens a prior-year comparator in
// brackets: "(2022:", "(2022/23:".
// A later part's year, "2021:" of "(2022: 1,150; 2021: 1,010)", is one
// too (hostile check 63: the sentence was cells, no figure).
var comparatorYearRe = lazyre.New(`^\(?(?:19|20)\d{2}(?:[/–-]\d{2,4})?:$`)

// oneWordCountLabelRe is a line of one word's label and its value:
// "Caseload: 14". Group 1 is the label.
// "Staff (FTE): 45" too, its note how the people are counted
// (workforceNoteRe).
var oneWordCountLabelRe = lazyre.New(`^\s*(\pL+)(?:\s*` + measure.WorkforceNote + `)?:\s+\d[\d,]*\.?\s*$`)

// oneWordCountLabel reports a label line whose one word names a number of
// people (labelCountNames), "Caseload: 14", "Backlog: 3": a figure, no
// table's cell, as the label reader counts it. Before (hostile check 60),
// one word was too few for a sentence and the line held no figure.
func oneWordCountLabel(s string) bool {
	m := oneWordCountLabelRe.Get().FindStringSubmatch(s)
	return m != nil && labelCountNames[strings.ToLower(m[1])]
}

// quarterWord reports a quarter's short name, "Q1" to "Q4", before its year.
func quarterWord(w string) bool {
	return len(w) == 2 && (w[0] == 'Q' || w[0] == 'q') && w[1] >= '1' && w[1] <= '4'
}

// askedToNote reports a paper asking a board only to note something: for
// information, not a recommendation, even under a "Recommendation" label.
func askedToNote(s string) bool {
	return (strings.Contains(s, " to note") || strings.Contains(s, " to receive")) && askedToNoteRe.MatchString(s) &&
		!decisionAskRe.MatchString(s)
}

var askedToNoteRe = lazyre.New(`(?i)\b(?:asked|invited|requested)\s+to\s+(?:note|receive)\b`)

// addRec makes a recommendation from b.Text[start:end] with its number.
func (x *extractor) addRec(b corpus.Block, start, end int, section, leadIn, number string) {
	end = start + x.askTailLen(b.Text[start:end])
	x.addWith(b, start, end, evidence.Recommendation, section, leadIn, askTerms(b.Text[start:end], withoutSchedules(b.Text[start:end], Figures(b.Text[start:end]))))
	x.lastItem().Number = number
	x.addressed(x.lastItem())
}

// withoutSchedules drops from a recommendation the durations that say how
// often to act ("review chairs at least every six months", "report
// progress every quarter"): a schedule for the asked action, not a
// finding. A statement of how often care is given ("reviews follow every
// six months") is not a recommendation and keeps its figure.
func withoutSchedules(text string, figs []evidence.Figure) []evidence.Figure {
	out := figs[:0]
	for _, f := range figs {
		switch f.Unit {
		case evidence.UnitWeeks, evidence.UnitMonths, evidence.UnitYears, evidence.UnitOther:
			if lead := strings.ToLower(strings.TrimRight(text[:f.Offset], " ")); endsWithAny(lead, "every", "each") {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// add makes an item from b.Text[start:end].
func (x *extractor) add(b corpus.Block, start, end int, kind evidence.Kind, section, leadIn string) {
	x.addWith(b, start, end, kind, section, leadIn, Figures(b.Text[start:end]))
}

// addWith is add with the figures already found.
func (x *extractor) addWith(b corpus.Block, start, end int, kind evidence.Kind, section, leadIn string, figs []evidence.Figure) {
	text := b.Text[start:end]
	it := evidence.Item{
		Kind:    kind,
		Source:  x.doc.Source,
		Section: section,
		Text:    text,
		Offset:  b.Offset + start,
		Line:    b.Line + x.linesBefore(b, start),
		Seq:     x.n,
		Para:    x.para,
		Page:    b.Page,
		Figures: figs,
		Speaker: x.speakerOf(),
		Actors:  []evidence.Actor{},
		Themes:  []string{},
	}
	if it.Figures == nil {
		it.Figures = []evidence.Figure{}
	}
	if kind == evidence.Recommendation {
		// Another body's ask the source reports is cited to it, as a
		// statistic's finding is (citedAsk).
		it.Cites = citedAsk(text, x.doc.Source.Publisher)
	}
	if kind == evidence.Statistic {
		var rival int
		it.Cites, rival, it.CitesFrom = citedWork(text, x.doc.Source.Publisher, it.Figures)
		if it.Cites == "" {
			it.Cites = releaseBody(text, x.citeBefore)
		}
		if it.Cites == "" {
			it.Cites = sameWorkCites(text, x.statCites, x.prevCites)
		}
		it.Cites = fullerCites(it.Cites, x.lastCites)
		if it.Cites != "" {
			x.lastCites = it.Cites
		}
		x.statCites = it.Cites
		x.citeBefore = ""
		if x.row != nil {
			meansAreNoCounts(text, it.Figures, x.row.Columns, x.row.Label)
		} else {
			meansAreNoCounts(text, it.Figures, nil, "")
		}
		in := measure.Input{Text: withoutConcessionClause(tileRead(text), it.Figures), Figures: it.Figures, Section: section, Note: x.doc.Source.Note, Cites: it.Cites}
		if x.row == nil && b.Kind != corpus.TableRow && !strings.HasPrefix(strings.TrimSpace(text), "|") {
			// A sentence, no table's row (whose columns may be other
			// places'), takes its source's place (measure.SourcePlace).
			in.Publisher = x.doc.Source.Publisher
		}
		if x.row != nil {
			in.Columns, in.Label, in.Labels, in.LabelColumns, in.Caption, in.SetApart = x.row.Columns, x.row.Label, x.row.Labels, x.row.LabelColumns, x.row.Caption, x.row.SetApart
		}
		x.records.Describe(in)
		unkeyPlaceGaps(text, it.Figures)
		othersFigures(text, it.Figures, rival)
		measuredHeadsAim(text, it.Figures)
	}
	if kind == evidence.Recommendation {
		f := x.facts(text)
		a := recommendationActors(text, leadIn, f, x.leadActors)
		if len(a) == 0 && (x.inQuote || x.required || x.recLevel > 0) && requirement(text) {
			a = leadingActors(text) // the body the demand opens with
		}
		switch {
		case f.it:
			a = x.subjectBefore()
		case f.pronoun:
			a = x.antecedents()
		case f.own:
			a = union(union(f.subject, f.askActors), x.publisherActors())
		}
		if f.leaders && len(f.subject) == 0 && x.partnership && !f.it && !f.pronoun {
			// "Leaders should work with schools to ..." in an area SEND
			// report: the partnership's leaders are asked, not the
			// bodies they are to work with or share information with.
			a = nil
		}
		if ministerAskedRe.MatchString(text) {
			// "I have called on the Minister to publish ...": a minister
			// is the Government, whoever else the clause names.
			a = []evidence.Actor{evidence.Government}
		}
		if i := slices.Index(a, evidence.Schools); i >= 0 {
			// "Support in school should never depend on a diagnosis":
			// a school named only as where children are asks no school;
			// one the sentence or its lead-in asks in other words
			// ("Head teachers should ...") keeps its actor.
			if t := withoutSchoolAsPlace(text); t != text && !slices.Contains(recommendationActors(t, leadIn, analyse(t), x.leadActors), evidence.Schools) {
				a = slices.Delete(slices.Clone(a), i, i+1)
			}
		}
		if cabinetAskedRe.MatchString(text) && slices.Equal(x.publisherActors(), []evidence.Actor{evidence.LocalAuthorities}) {
			// "R1 Cabinet should ask the ICB and the trust to publish
			// ...", "That Cabinet works with the ICB to ...": in a
			// council's paper its Cabinet is the council, the one asked,
			// not the bodies it is to ask or work with.
			a = []evidence.Actor{evidence.LocalAuthorities}
		}
		if a2 := x.ownBodyActors(text); len(a2) > 0 {
			// "Governors should ask the trust to ..." in the governing
			// body's letter, "the network should ask the ICB to ..." in
			// the network's digest: the publisher's own body is asked,
			// its kind (Other for a network or forum), not the body it
			// is to ask.
			a = a2
		}
		if theDepartmentShouldRe.MatchString(text) && x.departmentIsDHSC() {
			// "The Department should set a national standard" in a
			// paper of, or about, the Department of Health and Social
			// Care alone; "The Department should work with NHS England
			// to ..." asks the Department, its partner not, as a body
			// asked to work with another is read.
			a = []evidence.Actor{evidence.DHSC}
		}
		if x.specAsk(text) {
			a = []evidence.Actor{evidence.OtherActor} // the tender's party, of no kind
		}
		if x.roleAsk(text) {
			// "Please also ask the ICB to fund ...", "Could you ask the
			// ICB to publish ...?": the reader is asked, not the body it
			// is to ask (internal/quality's conventions).
			a = []evidence.Actor{readerUnit}
		}
		if leadIn != "" && readerLeadRe.MatchString(lastSentence(leadIn)) && boardAskItemRe.MatchString(baseForm(capitalised(strings.TrimSpace(text)))) {
			// "It would really help if the panel could:" over "- ask the
			// ICB to include ...": the reader the lead-in asks is asked,
			// not the body it is to ask (internal/quality's conventions
			// on relayed asks).
			if l := x.leadActors(leadIn); len(l) > 0 {
				a = l
			}
		}
		if i := slices.Index(a, readerUnit); i >= 0 {
			a = union(slices.Delete(slices.Clone(a), i, i+1), x.readerActors())
		}
		if len(a) > 0 {
			// "The government should fund ... (DHSC and DfE)": the
			// bracket says which of it.
			it.Actors = union(a, bracketActors(text))
		} else if f.leaders && x.partnership {
			it.Actors = canonical(map[evidence.Actor]bool{evidence.LocalAuthorities: true, evidence.ICBs: true})
		} else if f.leaders && x.required && len(x.requiredOf) > 0 {
			// "Leaders should make sure ..." under "What does the school
			// need to do to improve?": the school's leaders.
			it.Actors = slices.Clone(x.requiredOf)
		}
		if len(it.Actors) == 0 && bothBodiesRe.MatchString(text) {
			it.Actors = x.prevRecActors()
		}
		if itAsk(text) {
			x.itActors = it.Actors
		}
	}
	x.n++
	x.prevCites = it.Cites
	if x.each == nil {
		x.items = append(x.items, it)
		return
	}
	if x.pending != nil {
		x.each(*x.pending)
	}
	x.pending = &it
}

// lastItem is the item made last, to be completed.
func (x *extractor) lastItem() *evidence.Item {
	if x.pending != nil {
		return x.pending
	}
	return &x.items[len(x.items)-1]
}

// lineKey tells one block from another for extractor.linesBefore.
type lineKey struct {
	offset, line, size int
	set                bool
}

// linesBefore is the number of line breaks in b.Text before start.
func (x *extractor) linesBefore(b corpus.Block, start int) int {
	k := lineKey{b.Offset, b.Line, len(b.Text), true}
	if x.linesBlock != k || start < x.linesAt {
		x.linesBlock, x.linesAt, x.lines = k, 0, 0
	}
	x.lines += strings.Count(b.Text[x.linesAt:start], "\n")
	x.linesAt = start
	return x.lines
}

// itemID is the source id and a hash of an item's text, so the same text
// in the same source keeps its id across runs and edits elsewhere in the
// file; seen counts the ids given so far, and a second item of the same
// text takes "-2".
func itemID(source, text string, seen map[string]int) string {
	sum := sha256.Sum256([]byte(text))
	id := source + "#" + hex.EncodeToString(sum[:4])
	seen[id]++
	if n := seen[id]; n > 1 {
		id += "-" + strconv.Itoa(n)
	}
	return id
}

// paragraphNumbers reports the numbered list item at i as one of a run
// of numbered paragraphs (three or more, outside any heading of
// recommendations) most of which ask nothing: a report's numbered
// paragraphs, whose numbers are no recommendation's.
func (x *extractor) paragraphNumbers(i int) bool {
	from, to := i, i
	for from > 0 && x.doc.Blocks[from-1].Kind == corpus.ListItem && x.doc.Blocks[from-1].Number != "" {
		from--
	}
	for to+1 < len(x.doc.Blocks) && x.doc.Blocks[to+1].Kind == corpus.ListItem && x.doc.Blocks[to+1].Number != "" {
		to++
	}
	if to-from+1 < 3 {
		return false
	}
	asks := 0
	for k := from; k <= to; k++ {
		if x.isRec(x.doc.Blocks[k].Text) {
			asks++
		}
	}
	return 2*asks < to-from+1
}

// firstSentence is the first sentence of t.
func firstSentence(t string) string {
	if sp := Sentences(t); len(sp) > 0 {
		return t[sp[0].start:sp[0].end]
	}
	return t
}

// lastSentence is the last sentence of t: a lead-in may follow a sentence
// of context in its paragraph ("Ahead of the Spending Review, we have
// written to the Secretary of State. Our asks of the government are:").
func lastSentence(t string) string {
	sp := Sentences(t)
	if len(sp) < 2 {
		return t
	}
	return t[sp[len(sp)-1].start:sp[len(sp)-1].end]
}

// captionFinding are the figures of a caption that states a finding (a
// share: "More than six in 10 families reported damp or mould", "54% of
// families said"), or none: a table's title names what it counts ("Waits
// over 18 weeks by area, 2024"), and its numbers are no finding.
func captionFinding(text string) []evidence.Figure {
	figs := Figures(text)
	for _, f := range figs {
		if f.Unit == evidence.UnitPercent {
			return figs
		}
	}
	return nil
}

// bracketActorsRe is a closing bracket of names: "(DHSC and DfE)",
// "(NHS England, ICBs)".
var bracketActorsRe = lazyre.New(`\(([^()]{2,60})\)\s*[.!]?\s*$`)

// bracketActors are the bodies a recommendation's closing bracket names,
// when it holds nothing but their names.
func bracketActors(text string) []evidence.Actor {
	m := bracketActorsRe.FindStringSubmatch(text)
	if m == nil {
		return nil
	}
	var out []evidence.Actor
	for _, part := range strings.FieldsFunc(strings.ReplaceAll(strings.ReplaceAll(m[1], " and ", ","), "&", ","), func(r rune) bool { return r == ',' || r == '/' || r == ';' }) {
		a := actorsIn(strings.TrimSpace(part))
		if len(a) != 1 || len(strings.Fields(part)) > 6 {
			return nil
		}
		out = union(out, a)
	}
	return out
}
