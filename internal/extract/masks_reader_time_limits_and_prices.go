package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// readerAskedWithinRe is a time limit asked of the reader: "Please publish
	// this letter on your website within four weeks", "We would ask you to
	// reply within 10 working days". When the reader is to act is the
	// letter's request, not a finding; "please note that 71% were seen
	// within four weeks" states one (no share may stand in the sentence).
	// Group 1 is the time.
	readerAskedWithinRe = lazyre.New(`^(?:please\s+|kindly\s+|we\s+(?:would\s+|do\s+)?ask\s+(?:that\s+)?you\s+(?:to\s+)?|you\s+(?:should|must|are\s+asked\s+to)\s+)(?:(?:also|now|then)\s+)?(?:publish|reply|respond|return|send|submit|confirm|share|provide|complete|let\s+us\s+know|tell\s+us|write|update|acknowledge|agree|post|upload|circulate|make)\b[^.;:!?%]{0,140}?\bwithin\s+(` + s48Num + `\s+(?:working\s+|calendar\s+)?(?:days?|weeks?|months?))\b`)
	// actionDueRe is the time a finding's action is due in by its
	// priority, as an audit's or an inspection's key defines it: "Action
	// should be completed within three months", "Recommendations must be
	// implemented within six months". The key's rule, not a finding.
	// Group 1 is the time.
	actionDueRe = lazyre.New(`^(?:the\s+|all\s+|remedial\s+|agreed\s+)?(?:actions?|recommendations?|it|this|they|findings?)\s+(?:should|must|will|shall|need\s+to|needs\s+to|(?:is|are)\s+(?:expected|required)\s+to)\s+(?:be\s+)?(?:completed|implemented|addressed|taken|resolved|actioned|agreed|carried\s+out|put\s+in\s+place|in\s+place)\s+(?:within|in)\s+(` + s48Num + `\s+(?:working\s+)?(?:days?|weeks?|months?|years?))\b`)
	// contactCadenceRe is how often a service writes to or calls the
	// families it keeps in touch with: "begun writing to every waiting
	// family every three months", "we call each family every six weeks".
	// A service's practice of keeping in touch, as a body's meeting
	// cadence is, not a finding. Group 1 is the interval.
	contactCadenceRe = lazyre.New(`\b(?:writ(?:e|es|ing)|wrote|call(?:s|ing)?|phon(?:e|es|ing)|ring(?:s|ing)?|text(?:s|ing)?|contact(?:s|ing)?|check(?:s|ing)?\s+in\s+with|e-?mail(?:s|ing)?)\s+(?:to\s+)?(?:every|each|all|the|those|waiting|families|parents|patients|young)\b[^.;:!?%]{0,50}?\bevery\s+(` + s48Num + `\s+(?:weeks?|months?))\b`)
	// docVersionPagesRe is a document's length on its listing or its
	// notice beside its version, format or upload: "Version 2, 142 pages,
	// published 26 February", "PDF, 2.1 MB, 38 pages". Group 1 is the
	// count (a second form's group 2).
	docVersionPagesRe = lazyre.New(`\b(?:version\s*\d+(?:\.\d+)*|v\d+(?:\.\d+)*|pdf|\d+(?:\.\d+)?\s*(?:kb|mb))\s*[,;·|–-]\s*(?:\d+(?:\.\d+)?\s*(?:kb|mb)\s*[,;·|–-]\s*)?(\d{1,4})\s+pages\b|\b(\d{1,4})\s+pages\s*[,;·|–-]\s*(?:published|uploaded|updated|added|posted|last\s+updated|pdf|version)\b`)
	// memberRateRe is a price or a fee of a membership, an event or a
	// course: "The early-bird member rate of £145", "the non-member price
	// is £95", "delegate fee: £120". What the reader pays, not evidence.
	// The words open at a space, not inside a hyphened word: a hospital's
	// "bed-day price of £910" is a cost, evidence. Group 1 is the price.
	memberRateRe = lazyre.New(`(?:^|[\s(“"])(?:(?:early[- ]bird|members?['’]?|non-members?|delegates?|standard|reduced|concession(?:ary)?|student|group|day|conference|course|membership|subscription|annual)\s+)+(?:rates?|prices?|fees?|tickets?|costs?|subscriptions?)\s*(?:is|are|of|will\s+be|costs?|:|at)?\s+(£\s?\d[\d,]*(?:\.\d+)?)`)
	// concessionPriceRe is an event's price per head beside who comes
	// free: "£3 per child, siblings free", "Tickets cost £5 per family,
	// under-fives free", "Entry £3 per child, under-2s free" (hostile
	// check 60: a figure, "under-2s free" in its measure). Group 1 is the
	// price; "£120 per child, and free school meals" costs something else.
	concessionPriceRe = lazyre.New(`(?:^|[\s(“"])(£\s?\d{1,3}(?:\.\d{2})?)\s+(?:per|a|for\s+each)\s+(?:child|adult|person|family|head|ticket|place|session|delegate)\s*[,;(–—-]\s*(?:siblings?|under[- ]?(?:[a-z]+|\d{1,2}s)|babies|toddlers|infants|carers?|parents|adults|children|members|accompanying\s+[a-z]+)\s+(?:go\s+|come\s+|are\s+|is\s+)?(?:free|half[- ]price)\b`)
	// memberIncomeRe is the earnings bounding who may pay a reduced rate
	// or apply for a bursary: "Members earning under £30,000 can apply for
	// the reduced rate". Group 1 is the bound.
	memberIncomeRe = lazyre.New(`\b(?:members|applicants|delegates|those|anyone|students|people)\s+(?:earning|paid|on\s+(?:a\s+)?salar(?:y|ies)\s+of|with\s+(?:an?\s+)?(?:income|salary)\s+of)\s+((?:under|below|less\s+than|up\s+to|over|above|more\s+than)\s+£\s?\d[\d,]*(?:\.\d+)?)\b[^.!?]{0,40}\b(?:rate|fee|discount|bursary|concession|price|free|reduced)`)
)

// maskS62Counts marks the not-figures above, from set 62: a time limit
// asked of the reader, an action's due time by its priority, how often a
// service keeps in touch, a document's length beside its version and the
// prices of a membership or an event, one beside who comes free too.
func maskS62Counts(lower string, taken []bool) {
	var res []*lazyre.Regexp
	if strings.Contains(lower, "within") {
		res = append(res, readerAskedWithinRe)
		res = append(res, actionDueRe)
	} else if strings.Contains(lower, " in ") {
		res = append(res, actionDueRe)
	}
	if strings.Contains(lower, "every") {
		res = append(res, contactCadenceRe)
	}
	if strings.Contains(lower, "pages") {
		res = append(res, docVersionPagesRe)
	}
	if strings.Contains(lower, "£") {
		res = append(res, memberRateRe, memberIncomeRe, concessionPriceRe)
	}
	for _, re := range res {
		for _, m := range re.FindAllStringSubmatchIndex(lower, -1) {
			for g := 2; g+1 < len(m); g += 2 {
				for i := m[g]; m[g] >= 0 && i < m[g+1]; i++ {
					taken[i] = true
				}
			}
		}
	}
}

// concessionThenRe follows a concession price its clause ends with, before
// the next clause's figure: ") and ", ", and ".
var concessionThenRe = lazyre.New(`^\)?\s*,?\s+(?:and|while|but)\s+$`)

// withoutConcessionClause is text with a clause stating a concession price
// (concessionPriceRe, no figure) blanked where the sentence's first figure
// opens the clause after it: "Tickets are £3 per child (siblings free) and
// 1,200 families attended" measures the families "attended". Before
// (hostile check 60), the price's words, left by its mask, were the
// families' measure and key. Offsets are kept: the clause is spaces.
func withoutConcessionClause(text string, figs []evidence.Figure) string {
	if len(figs) == 0 || !strings.Contains(text, "£") {
		return text
	}
	first := figs[0].Offset
	for _, f := range figs {
		first = min(first, f.Offset)
	}
	lower := strings.ToLower(text)
	m := concessionPriceRe.FindStringIndex(lower)
	if m == nil || m[1] > first || !concessionThenRe.MatchString(lower[m[1]:first]) {
		return text
	}
	return strings.Repeat(" ", first) + text[first:]
}
