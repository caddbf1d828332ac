package extract_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestMailArrangementsAreFurniture holds a mail's arrangements, each in a
// sentence written for this test: when the writer is free, the writer's
// errand to a meeting, a colleague asked to look something over, what
// the mail holds, a bulletin's listing of an event or a post. Each is
// dropped; the near-misses, saying something about services, are kept.
func TestMailArrangementsAreFurniture(t *testing.T) {
	cases := []struct {
		name, sentence string
		kept           bool
	}{
		{"free if a call is easier", "I'm free most mornings if a call is easier.", false},
		{"around to talk", "I am around all week to talk it through.", false},
		{"bring the minutes", "I'll bring the minutes.", false},
		{"bring carers to a surgery", "I can bring two carers to your surgery on the 12th.", false},
		{"a colleague to look", "Could you and the data team have a look at the two options before Monday?", false},
		{"a colleague named first", "Sam - can you take a look through the draft before Friday?", false},
		{"below is a summary", "Below is a short note of what we agreed, with the actions.", false},
		{"attached", "The slides and the Q3 dashboard are attached.", false},
		{"a webinar", "Webinar: Getting discharge right, Tuesday 4 March, 1pm to 2pm, on Teams.", false},
		{"a vacancy", "Job: Band 7 Nurse Lead, 0.8 WTE, fixed term for 9 months, closing date 14 March.", false},
		// Near-misses.
		{"a look at waits", "Could you look at why families in the north wait twice as long for a first appointment?", true},
		{"a service free to families", "The clinic is free to families and open on Saturdays.", true},
		{"we can bring the clinic", "We can bring the audiology clinic into schools from September, which would cut missed appointments.", true},
		{"a finding attached", "The audit is attached and shows 40% of children waited more than a year.", true},
		{"a vacancy as a finding", "The Band 7 lead post has been vacant since March, and the closing date has passed twice without an applicant.", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			body := "Dear Sam,\n\nThe new pathway has been agreed by the board.\n\n" + c.sentence + "\n\nKind regards,\nJo\n"
			var texts []string
			for _, it := range extract.Extract(parseBody(t, "P", body)) {
				texts = append(texts, it.Text)
			}
			if got := slices.Contains(texts, c.sentence); got != c.kept {
				t.Errorf("%q kept = %v, want %v (items %q)", c.sentence, got, c.kept, texts)
			}
		})
	}
}

// TestNumberToRingAfterAnAlternative holds the reader told whom to speak
// to or, as an alternative, which line to ring: furniture, as "can call
// ... on 0300" is. A finding beside the number keeps the sentence.
func TestNumberToRingAfterAnAlternative(t *testing.T) {
	cases := []struct {
		name, sentence string
		kept           bool
	}{
		{"key worker or the duty team", "Young people who want to know more can speak to their key worker or call the duty team on 0300 555 0192.", false},
		{"GP or the helpline", "Parents can speak to your GP or ring the children's advice line on 0800 555 0134.", false},
		// Near-miss.
		{"a finding beside it", "Families can speak to their key worker or call the duty team on 0300 555 0192, but 40% of calls went unanswered last year.", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			body := "## The service\n\nThe new pathway opened in March for young people aged 16 to 25.\n\n" + c.sentence + "\n"
			var texts []string
			for _, it := range extract.Extract(parseBody(t, "P", body)) {
				texts = append(texts, it.Text)
			}
			if got := slices.Contains(texts, c.sentence); got != c.kept {
				t.Errorf("%q kept = %v, want %v (items %q)", c.sentence, got, c.kept, texts)
			}
		})
	}
}
