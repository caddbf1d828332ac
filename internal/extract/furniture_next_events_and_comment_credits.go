package extract

import "github.com/cypx/cypx/internal/lazyre"

var (
	// nextEventRe is a notice of a body's next event and its day: "Our
	// next members' webinar on EHC plan reviews is on Tuesday 9 December
	// at 7.30pm", "The next parent forum drop-in will be on 14 May at
	// the library". A newsletter's diary, not what it found.
	nextEventRe = lazyre.New(`(?i)^(?:our|the)\s+next\s+(?:[\w'’-]+\s+){0,4}?(?:webinar|meeting|session|drop-in|event|forum|coffee\s+morning|workshop|briefing|surgery|open\s+day|meet-up|meetup|conference|get-together|catch-up)\b[^%£!?]{0,80}?\b(?:is|will\s+be|takes\s+place|will\s+take\s+place|runs|will\s+run)\s+(?:on|at|from|in)\b[^%£!?]{0,80}$`)
	// commentCreditRe credits an officer with a paper's comments on its
	// implications: "Legal comments provided by Sunita Rao, Senior
	// Solicitor (Education)", "Financial implications prepared by the
	// Finance Business Partner". A council paper's sign-off of its
	// section, not what it says.
	commentCreditRe = lazyre.New(`(?i)^(?:legal|financial|finance|hr|human\s+resources|procurement|equalit(?:y|ies)|risk|property|public\s+health)\s+(?:comments|implications|advice|observations)\s+(?:(?:were|have\s+been)\s+)?(?:provided|prepared|written|given|supplied|agreed|checked|cleared|approved)\s+by\s+[^%£!?]{2,120}$`)
)

// nextEventClasses are this file's furniture classes (see
// furnitureClasses). Before (held-out set 94), both notices were
// excerpts.
var nextEventClasses = []furnitureClass{
	{lead: []string{"our next", "the next"}, re: nextEventRe, maxWords: 30, dates: true},
	{lead: []string{"legal", "financial", "finance", "hr ", "human", "procurement", "equalit", "risk", "property", "public health"}, re: commentCreditRe, maxWords: 30, made: true},
}
