package extract_test

import (
	"slices"
	"testing"
)

// TestReaderHelpLeadInAsksEachItem holds an e-mail's "It would really
// help if you could:" (or "I'd be grateful if you would:") over a list of
// acts: each item asks the reader, a councillor's council here. A request
// for information stays none, and a benefit the writer names for what a
// body does, or for the writer's own act, leads in no asks.
func TestReaderHelpLeadInAsksEachItem(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"it would really help", "Dear Councillor Patel,\n\nThanks for asking about the flu clinics at the two primary schools.\n\nIt would really help if you could:\n\n1. put the consent reminder in the council's newsletter to parents on Friday;\n2. let our nurses use the community centre from 9am on clinic days;\n3. ask the school crossing patrols to point families to the clinic.\n\nBest wishes,\nSam\n",
			[]string{"1|put the consent reminder in the council's newsletter to parents on Friday;|Local authorities", "2|let our nurses use the community centre from 9am on clinic days;|Local authorities", "3|ask the school crossing patrols to point families to the clinic.|Local authorities"}},
		{"grateful if you would", "Dear Councillor Patel,\n\nI'd be grateful if you would:\n\n- raise the clinic closures at the next scrutiny panel;\n- press the trust for a date when the Saturday clinic reopens.\n\nBest wishes,\nSam\n",
			[]string{"|raise the clinic closures at the next scrutiny panel;|Local authorities", "|press the trust for a date when the Saturday clinic reopens.|Local authorities"}},
		// Near-misses.
		{"a request for information", "Dear Councillor Patel,\n\nCould you send me the list of children still to be seen by the end of the week?\n\nBest wishes,\nSam\n", nil},
		{"the writer's own act", "Dear Councillor Patel,\n\nIt would really help if we could:\n\n1. meet the school nurses before the clinics start;\n2. see the room we will use.\n\nBest wishes,\nSam\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}

// TestCallOnToExtendADutyIsAnAsk holds the writer calling on a body to
// extend a duty, which the rules read as an excerpt: the word "duty" is
// no statement of the law there. A duty the law states stays no ask.
func TestCallOnToExtendADutyIsAnAsk(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string
	}{
		{"we call on a body to extend a duty", "We also call on the Department of Health and Social Care to extend the duty to offer a health check so that it covers every young carer.\n",
			[]string{"|We also call on the Department of Health and Social Care to extend the duty to offer a health check so that it covers every young carer.|DHSC"}},
		// Near-misses.
		{"a statutory duty", "The council has a statutory duty to offer a health check to every child coming into care.\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.in); !slices.Equal(got, c.want) {
				t.Errorf("recommendations:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}
