package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// A service's leaflet tells the reader how it will handle them: how soon
// it reads a referral, how long an appointment lasts, how much notice to
// give when cancelling. Those times are the service's procedure, told to
// the reader, not findings about it; "we saw 80% of children within 18
// weeks" and "the average appointment wait was 14 weeks" measure, and stay
// figures.
var (
	// handledWithinRe ends with what a service does with every referral or
	// with the reader within a time: "We read every referral within",
	// "we aim to contact you within", "we will write to your family
	// within". The verbs handle a referral or answer the reader; to see or
	// treat children within a time is a standard or a finding, and is not
	// here.
	handledWithinRe = lazyre.New(`\bwe\s+(?:aim\s+to\s+|try\s+to\s+|will\s+|always\s+|usually\s+|normally\s+)?(?:read|review|look\s+at|screen|triage|process|acknowledge|reply\s+to|respond\s+to|contact|call|ring|phone|write\s+to|send)\s+(?:every|each|all|your|you)\b[^.;:!?]{0,60}\bwithin\s+$`)
	// appointmentLastsRe ends with how long an appointment or visit lasts:
	// "Appointments usually last", "each session takes about", "the
	// assessment will last up to". The noun and the verb stand together:
	// "waits for assessments lasted" is a wait. The second end of a range
	// ("last 45 minutes to 1 hour") is read after its first.
	appointmentLastsRe = lazyre.New(`\b(?:appointments?|sessions?|visits?|assessments?|consultations?|calls?|groups?|clinics?)\s+(?:(?:usually|normally|typically|generally|often|will|can|may|should)\s+)?(?:last|lasts|take|takes)\s+(?:for\s+)?(?:about\s+|around\s+|up\s+to\s+|between\s+|roughly\s+)?(?:\d+(?:\.\d+)?\s*(?:minutes?|mins?|hours?|hrs?)?\s*(?:to|or|and|-|–)\s*)?$`)
	// appointmentIsRe ends with an appointment's length told as a fact of
	// the service, "long" after the time: "Appointments are 15 minutes
	// long", "Each visit is about an hour long". "Appointments are only
	// 15 minutes long" complains of it and stays a figure.
	appointmentIsRe = lazyre.New(`\b(?:appointments?|sessions?|visits?|consultations?|calls?)\s+(?:are|is|will\s+be)\s+(?:usually\s+|normally\s+|typically\s+|generally\s+)?(?:about\s+|around\s+|up\s+to\s+)?$`)
	longAfterRe     = lazyre.New(`^\s+long\b`)
	// readerTaskRe ends with how long a task told to the reader takes
	// them: "you can apply online in about", "you can register in
	// under". "Parents said the form took 40 minutes" measures.
	readerTaskRe = lazyre.New(`\byou\s+can\s+(?:apply|register|sign\s+up|book|refer\s+yourself|complete\s+(?:it|the\s+(?:form|survey|questionnaire)))\b[^.;:!?]{0,40}?\s+in\s+(?:about\s+|around\s+|under\s+|less\s+than\s+|just\s+)?$`)
	// noticeAskedRe ends with the notice a reader is asked to give: "please
	// tell us at least", "you should let us know", "please call the
	// clinic"; the time is notice when "before" or "in advance" follows it.
	noticeAskedRe = lazyre.New(`\b(?:please|you\s+(?:must|should|need\s+to|will\s+need\s+to))\s+(?:tell|let|give|call|ring|phone|contact|email|e-mail|inform|cancel)\b[^.;:!?]{0,40}?\s$`)
	// lengthComparedRe follows a length told against another: "takes 5
	// or 10 minutes longer than planned" measures, and stays a figure.
	lengthComparedRe = lazyre.New(`^\s+(?:longer|more|less|fewer|shorter|over|beyond|extra)\b`)
	noticeAfterRe    = lazyre.New(`^\s+(?:before|in\s+advance|notice|beforehand)\b`)
	// anyOfTheRe ends with the periods a comparison runs over, named by
	// their count: "has not met either standard in any of the three
	// years", "in each of the four quarters". The count of periods is no
	// length of anything found, as "the last four quarters" is none
	// (trendPeriodsRe).
	anyOfTheRe = lazyre.New(`\b(?:any|each|all|none|either|neither|both|every\s+one|one|two|three|four)\s+of\s+the\s+$`)
)

// readerProcedureTime reports a time a service tells its reader it will
// take or asks the reader to give, or the count of periods a comparison
// runs over (see the expressions above): none of them a finding.
func (r *reader) readerProcedureTime(a, b int) bool {
	t := before(r.lower, a, 120)
	switch {
	case strings.HasSuffix(t, " the ") && anyOfTheRe.MatchString(t):
		return true
	case strings.HasSuffix(t, "within ") && handledWithinRe.MatchString(t):
		return true
	case (strings.Contains(t, "last") || strings.Contains(t, "take")) && appointmentLastsRe.MatchString(t) && !lengthComparedRe.MatchString(r.lower[b:min(len(r.lower), b+24)]):
		return true
	case longAfterRe.MatchString(r.lower[b:min(len(r.lower), b+24)]) && appointmentIsRe.MatchString(t):
		return true
	case strings.Contains(t, "you can") && readerTaskRe.MatchString(t):
		return true
	case noticeAfterRe.MatchString(r.lower[b:min(len(r.lower), b+24)]) && noticeAskedRe.MatchString(strings.TrimSuffix(strings.TrimSuffix(t, "at least "), "no later than ")):
		return true
	}
	return false
}

// unwrapped is a sentence of a plain-text message wrapped at a fixed
// width, its line breaks read as the spaces they stand for: "around a\n
// quarter lower" is "around a quarter lower", a fraction the words of
// which the wrap parted. A break and a space are one byte each, so the
// figures' offsets hold for the text as written.
func unwrapped(s string) string {
	if !strings.Contains(s, "\n") {
		return s
	}
	// A quoted block's later lines are read without their markers.
	return strings.ReplaceAll(evidence.BlankQuoteMarkers(s), "\n", " ")
}

// rewrapped gives figures read from the unwrapped sentence the text as
// written, its line breaks kept.
func rewrapped(figs []evidence.Figure, written string) {
	for i := range figs {
		figs[i].Text = written[figs[i].Offset : figs[i].Offset+len(figs[i].Text)]
	}
}
