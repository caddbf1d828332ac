package extract

import "github.com/cypx/cypx/internal/lazyre"

// writtenQuestionRe is a written parliamentary question in its set form,
// "To ask the Secretary of State for Health and Social Care, what steps he
// is taking to ...": a member's question, with no question mark, that asks
// the minister for an answer, not any body to act. The Lords' form has
// no comma: "To ask His Majesty's Government what steps they are taking".
var writtenQuestionRe = lazyre.New(`^To\s+ask\s+(?:the\s+|His\s+Majesty's\s+|Her\s+Majesty's\s+)?(?:Secretary\s+of\s+State|Minister|Chancellor|Prime\s+Minister|Government|Leader\s+of\s+the\s+House|Attorney\s+General|Deputy\s+Prime\s+Minister)\b(?:[^,]{0,120},)?\s+(?:what|how|whether|when|if|which|for\s+what|with\s+reference\s+to)\b`)

// resolutionAskRe is a committee's resolution that a body be asked to act,
// told in the passive as minutes record it: "(2) That the Integrated Care
// Board be asked to publish ...", "That schools be encouraged to share
// ...". The body is the first group; a resolution that a report "be noted"
// asks no one.
var resolutionAskRe = lazyre.New(`^(?:\(?[0-9a-z]{1,3}[.)]\s*)?That\s+((?:the\s+)?[^,;]{2,100}?)\s+be\s+(?:asked|requested|invited|encouraged|urged|recommended)\s+to\s+\w`)
