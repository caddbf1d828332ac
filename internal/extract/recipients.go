package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// Asks and actors that documents nobody tuned for held and the rules
// misread (round 20, second pass):
//
//   - a national council is no local authority: "NHS England and the
//     General Dental Council should agree ..." asks NHS England and a
//     regulator (Other), not a council;
//   - a body told, informed or consulted in the passive is the one the
//     ask serves, not the one to act: "Schools should be informed in
//     writing which team holds a child's plan" asks no named body, nor
//     does "..., and families should be told when it is reviewed";
//   - a body asking professionals by their work: "The council is asking
//     GP practices to ...", as the writer's "We are asking" does;
//   - the reader asked to carry an ask, put politely: "I'd be grateful if
//     you could raise the gap at the board", as "Could you raise ...?"
//     is.
var (
	// nationalCouncilRe names a national body called a council: the
	// regulators of health and care professions and the research and
	// arts councils.
	nationalCouncilRe = lazyre.New(`(?i)\b(?:the\s+)?(?:nursing\s+and\s+midwifery|general\s+(?:medical|dental|optical|pharmaceutical|chiropractic|osteopathic)|health\s+and\s+care\s+professions|(?:medical|economic\s+and\s+social|arts\s+and\s+humanities)\s+research|national\s+police\s+chiefs['’]?|arts)\s+council\b`)
	// toldPassiveRe is an obligation whose subject is told rather than
	// asked to act: "should be told", "must be informed", "need to be
	// kept up to date".
	toldPassiveRe = lazyre.New(`\s(?:should|must|need\s+to|needs\s+to|ought\s+to)\s+(?:also\s+|always\s+|now\s+|routinely\s+)?be\s+(?:told|informed|notified|alerted|consulted|sent|copied\s+in(?:to)?|kept\s+(?:informed|updated|up\s+to\s+date)|made\s+aware|warned|given\s+(?:notice|a\s+copy|copies))\b`)
	// publicToldRe is the public told in the passive, opening a sentence
	// or a clause after ", and": "Families should be told in writing
	// when ...", "..., and parents must be informed".
	publicToldRe = lazyre.New(`(?:^|,\s+and\s+|;\s+)((?i:the\s+|all\s+)?(?i:parents\s+and\s+carers|parents|carers|families|young\s+people|children|pupils|patients))\s+(?:should|must)\s+(?:also\s+|always\s+)?be\s+(?:told|informed|notified|kept\s+informed|consulted)\b`)
	// bodyAsksRe is a body before its verb of asking: "The council is",
	// "The trust now", "Healthwatch".
	bodyAsksRe = lazyre.New(`^((?:The|This|Our|Its|[A-Z][\w’'&-]*)(?:\s+[\w’'&-]+){0,6}?)\s+(?:(?:is|are)\s+)?(?:also\s+|now\s+|therefore\s+)?$`)
)

// nationalCouncils are the national councils named in s, as Other, and s
// with their names blanked so that "council" in them names no local
// authority.
func nationalCouncils(s string) (string, bool) {
	if !strings.Contains(s, "ouncil") {
		return s, false
	}
	t := nationalCouncilRe.Get().ReplaceAllStringFunc(s, func(m string) string { return strings.Repeat(" ", len(m)) })
	return t, t != s
}

// toldNotAsked reports an obligation in s whose subject is only told or
// informed: no body is asked to act by it.
func toldNotAsked(s, lower string) bool {
	return strings.Contains(lower, " be ") && toldPassiveRe.MatchString(s)
}

// bodyAsking reports a body named just before a verb of asking at the
// end of lead ("The council is" before "asking GP practices to"): it asks
// those it names, as the writer does. A verb of asking after anything
// else ("The survey is asking parents to rate") is no ask of a body.
func bodyAsking(lead string) bool {
	m := bodyAsksRe.FindStringSubmatch(lead)
	if m == nil {
		return false
	}
	a := actorsIn(m[1])
	return len(a) > 0 && !(len(a) == 1 && a[0] == evidence.OtherActor && !hasProperName(m[1]))
}
