package extract

import (
	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// formReminderRe is a notice to parents or pupils to hand in a form
	// or book a place: "Parents and carers: please return your child's
	// consent form by Friday". A service's errand for its readers, no
	// finding and no ask of a body (those are addressed to schools,
	// councils or boards).
	formReminderRe = lazyre.New(`(?i)^(?:parents|carers|families|pupils|students|young\s+people)(?:\s+(?:and|&)\s+(?:parents|carers|families|pupils|students|guardians))?\s*[:,]\s*(?:please\s+)?(?:remember\s+to\s+)?(?:return|complete|sign|fill\s+in|send\s+back|hand\s+in|book|register)\b[^!?]{0,120}\b(?:forms?|slips?|letters?|places?|appointments?|online)\b[^!?]{0,60}$`)

	// webinarHouseRe is a webinar's housekeeping: where to put questions
	// and when the slides or recording follow ("Please type your
	// questions in the Q&A box", "Slides and a recording will be shared
	// within five working days").
	webinarHouseRe = lazyre.New(`(?i)^(?:(?:please\s+)?(?:type|post|put|add|submit|send|drop|pop|leave|ask)\s+(?:your|any)\s+(?:questions?|comments?)\s+(?:in|into|using|via|through)\s+(?:the\s+)?(?:q\s*&\s*a|q\s+and\s+a|chat|questions?)(?:\s+(?:box|panel|function|window|tab))?|(?:the\s+)?(?:slides|slide\s+deck|presentation|recording|webinar\s+recording)(?:\s+(?:and|&)\s+(?:a\s+|the\s+)?(?:slides|recording|presentation|transcript))?\s+(?:will\s+be|are\s+being|have\s+been|has\s+been)\s+(?:shared|circulated|sent|e-?mailed|posted|uploaded|made\s+available)\b[^!?]{0,60})[.!]?$`)

	// forumReplyRe is a forum post's call for replies or a reply's bare
	// agreement: "Would love to hear if this matches your experience",
	// "This was exactly us.", "Same here." A thread's talk, no finding.
	forumReplyRe = lazyre.New(`(?i)^(?:(?:(?:i|we)(?:['’]d|\s+would)\s+|would\s+)love\s+to\s+hear\s+(?:if|whether|what|how|from|about|your|others|anyone|other)\b[^.!?]{0,80}|(?:this|that)\s+(?:is|was)\s+(?:exactly|just|so|totally)\s+(?:us|me|like\s+us|(?:our|my)\s+(?:experience|story|family))|same\s+(?:here|for\s+us|with\s+us)|exactly\s+this|so\s+true)[.!]*(?:\s+x+)?$`)

	// topicNoticeRe is a forum's note on why the reader is shown a
	// count or alerts: "You will see a count of new replies because you
	// read this topic."
	topicNoticeRe = lazyre.New(`(?i)^you(?:\s+will|['’]ll|\s+are|['’]re)\s+[^.!?]{0,80}\bbecause\s+you\s+(?:read|are\s+watching|are\s+tracking|are\s+following|follow|posted\s+in|created|replied\s+to|subscribed\s+to)\s+this\s+(?:topic|thread|post|conversation|discussion|category)\b[^!?]{0,30}$`)

	// releaseLabelRe is a line naming the release and its sender: "Press
	// release from the Royal College of ...". It says what the text is,
	// not what it found.
	releaseLabelRe = lazyre.New(`(?i)^(?:a\s+)?(?:press|news|media)\s+(?:release|statement)\s+(?:from|by|issued\s+by)\s+(?:the\s+)?[A-Z][^.!?:;]{2,100}\.?$`)
)

// s37Classes are this file's furniture classes (see furnitureClasses).
var s37Classes = []furnitureClass{
	{lead: []string{"parents", "carers", "families", "pupils", "students", "young people"}, re: formReminderRe, maxWords: 30, dates: true},
	{lead: []string{"please", "type", "post", "put", "add", "submit", "send", "drop", "pop", "leave", "ask", "the ", "slides", "slide", "recording", "presentation", "webinar"}, re: webinarHouseRe, maxWords: 25, made: true, whole: true},
	{lead: []string{"would love", "i'd love", "i’d love", "we'd love", "we’d love", "i would love", "we would love", "this ", "that ", "same ", "exactly", "so true"}, re: forumReplyRe, maxWords: 16},
	{lead: []string{"you "}, re: topicNoticeRe, maxWords: 30},
	{lead: []string{"press release", "news release", "media release", "press statement", "a press", "a news", "a media"}, re: releaseLabelRe, maxWords: 25, made: true, whole: true, and: func(_, lower string) bool {
		// "A press release from the trust said waits fell": a report of it.
		return !containsAny(lower, []string{" said", " says", " show", " found", " warn", " report", " is ", " are ", " was ", " were ", " has ", " had "})
	}},
}
