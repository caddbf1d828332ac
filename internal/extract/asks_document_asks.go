package extract

import "github.com/cypx/cypx/internal/lazyre"

// Asks of leftovers round 13h.
//
// A document asked to say something, whose authors are not named, is an
// ask of no body: "The guidance should say clearly who is accountable",
// "we would like the strategy to require it", "we recommend that every
// local plan names the school nursing team". Only verbs of what a text
// holds count ("say", "set out", "include", "name", "require"): "The plan
// should be reviewed" and "The plan will include" ask nothing. "The
// guidance says plans should include" reports the guidance (it opens
// with no document as the subject of the modal).
const (
	askedDocument = `(?:[\w’'-]+\s+){0,2}?(?:guidance|guidelines|plans?|strateg(?:y|ies)|framework|specifications?|code(?:\s+of\s+practice)?|standards?|polic(?:y|ies)|protocols?|pathways?|contracts?|toolkits?|templates?)`
	documentVerb  = `(?:say|says|set\s+out|sets\s+out|state|states|name|names|include|includes|require|requires|make\s+clear|makes\s+clear|explain|explains|describe|describes|list|lists|spell\s+out|spells\s+out|give|gives)\b`
)

var documentAskRe = lazyre.New(`(?i)^(?:the|this|each|every|any|all|our|your)\s+` + askedDocument + `\s+(?:should|ought\s+to)\s+(?:also\s+|clearly\s+|explicitly\s+|then\s+)?` + documentVerb +
	`|\b(?:we|i)\s+(?:would\s+(?:also\s+|really\s+)?like|(?:also\s+)?want|wish)\s+(?:the|this|each|every|all)\s+` + askedDocument + `\s+to\s+(?:also\s+|clearly\s+)?` + documentVerb +
	`|\b(?:we|i)\s+(?:also\s+|therefore\s+|strongly\s+)?recommend\s+that\s+(?:the|this|each|every|all|any)\s+` + askedDocument + `\s+(?:should\s+|also\s+)?` + documentVerb)

// documentAsk reports an ask of a document (see documentAskRe); one
// reported ("The guidance says plans should include") asks nothing.
func documentAsk(s string) bool {
	m := documentAskRe.FindStringIndex(s)
	return m != nil && !reportingVerbRe.MatchString(s[m[0]:m[1]])
}

// reportingVerbRe is a verb reporting what a text says, before the modal
// of a document's ask.
var reportingVerbRe = lazyre.New(`(?i)\b(?:says|said|states|stated|notes|noted|expects|expected|sets\s+out|set\s+out\s+that|requires|required)\s+(?:that\s+)?(?:the\s+|all\s+|each\s+|every\s+)?[\w’'-]+\s+(?:should|ought)`)

// connectiveRe opens a writer's sentence with a word joining it to the
// one before: "And we are asking every primary school to ...", "Finally,
// we recommend ...". The sentence asks as it would without it.
var connectiveRe = lazyre.New(`^((?:And|Also|So|Finally|Lastly|Next)\s*,?\s+)(?:we|I)\b`)

// connectiveLen is the length of s's opening connective, or 0.
func connectiveLen(s string) int {
	if m := connectiveRe.FindStringSubmatchIndex(s); m != nil {
		return m[3]
	}
	return 0
}
