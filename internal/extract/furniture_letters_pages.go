package extract

import "github.com/cypx/cypx/internal/lazyre"

// lettersRulesRe is a letters page's rules for writers and its own
// standfirst, which a paper prints beside the letters: "Letters should be
// no longer than 250 words and must include your name and address", "We
// may edit letters for length and clarity", "Have your say on the issues
// that matter in Eastvale". The words' limit is no figure, the page's
// house rules no evidence.
var lettersRulesRe = lazyre.New(`(?i)^(?:(?:letters?|e-?mails?|submissions?|contributions?)\s+(?:should|must)\s+(?:be\s+)?(?:no\s+(?:longer|more)\s+than|under|fewer\s+than|not\s+exceed|include|be\s+sent)\b[^!?]{0,160}|we\s+(?:may|reserve\s+the\s+right\s+to)\s+(?:edit|shorten|cut)\s+(?:all\s+)?(?:letters|contributions|submissions|comments)\b[^!?]{0,80}|have\s+your\s+say\s+on\s+[^.!?]{2,80})\.?$`)

// viewerPartRe is an online document viewer's notice that its text
// version holds only part of the publication: "Only the first pages of
// this publication are shown as text." The viewer's words, not the
// publication's.
var viewerPartRe = lazyre.New(`(?i)^only\s+(?:the\s+)?(?:first|opening)\s+(?:few\s+|\d{1,2}\s+)?pages\s+of\s+this\s+(?:publication|document|book|magazine|report)\s+(?:are|is)\s+(?:shown|displayed|available|given)\b[^!?]{0,60}\.?$`)

// lettersClasses are this file's furniture classes (see
// furnitureClasses).
var lettersClasses = []furnitureClass{
	{lead: []string{"only the first", "only the opening", "only first"}, re: viewerPartRe, maxWords: 25, made: true, whole: true},
	{lead: []string{"letter", "email", "e-mail", "submission", "contribution", "we may", "we reserve", "have your say"}, re: lettersRulesRe, maxWords: 40, made: true, whole: true, and: noMoney},
}
