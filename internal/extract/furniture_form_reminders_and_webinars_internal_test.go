package extract

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
)

// TestFurnitureOfFormRemindersAndWebinars: a service's reminder to parents to return a
// form, a webinar's housekeeping, a forum thread's call for replies and
// bare agreement, its note on why the reader sees a count, a release's
// label are no evidence; each beside a near-miss that is. A quotation's
// lead-in is no item either: the quotation under it is, and names its
// speaker (asserted at the end). The rules are asked alone, without the
// learned model. Every sentence is written for this test.
func TestFurnitureOfFormRemindersAndWebinars(t *testing.T) {
	cases := []struct {
		name, in  string
		furniture bool
	}{
		{"form reminder", "Parents and carers: please return the signed flu vaccine consent forms by Monday 3 March.", true},
		{"form reminder, pupils", "Pupils, please hand in your trip slips at the school office.", true},
		{"questions box", "Please post your questions in the chat box.", true},
		{"slides shared", "The slides and the recording will be circulated within three working days.", true},
		{"love to hear", "I'd love to hear whether other families have had the same letters.", true},
		{"exactly us", "This is exactly us.", true},
		{"same here", "Same here!", true},
		{"topic notice", "You will receive notifications because you are watching this topic.", true},
		{"release label", "Press release from the Kelby Children's Hospital Charity.", true},
		// Near-misses.
		{"forms returned finding", "Parents and carers returned only 58% of consent forms in the six schools.", false},
		{"ask of schools", "Schools: please make sure every pupil knows the name of their school nurse.", false},
		{"questions finding", "Parents posted 240 questions in the Q&A box, most about waiting times.", false},
		{"slides finding", "The slides showed that waits had risen by 14% in a year.", false},
		{"love finding", "Young people would love to hear back from services: 61% said nobody contacted them.", false},
		{"this was finding", "This was exactly the pattern in 40% of the cases reviewed.", false},
		{"because finding", "You will see waits fall because 12 new clinicians start in May.", false},
		{"release finding", "A press release from the trust said waits had fallen by 9%.", false},
		{"speaker with a finding", "Dr Ada Lee said 30% of referrals were turned away, and added:", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got, _, _ := furnitureSentence(c.in); got != c.furniture {
				t.Errorf("%q: furniture %v, want %v", c.in, got, c.furniture)
			}
		})
	}
	assertSpeakerOnQuote(t, "Professor Ruth Ama, the network's clinical lead for asthma, said:", "Professor Ruth Ama, the network's clinical lead for asthma")
}

// assertSpeakerOnQuote extracts a quotation's lead-in and the quotation in
// the paragraph under it: no item holds the lead-in, and the quotation's
// item names the speaker.
func assertSpeakerOnQuote(t *testing.T, lead, speaker string) {
	t.Helper()
	body := "---\ntitle: T\npublisher: P\ndate: 2024\ntype: report\n---\n" + lead + "\n\n“Families in the north of the county are still waiting far too long for help.”\n"
	doc, _ := corpus.Parse("sources/t.md", []byte(body))
	items := Extract(doc)
	if len(items) != 1 {
		t.Fatalf("%q: %d items, want the quotation alone: %+v", lead, len(items), items)
	}
	if strings.Contains(items[0].Text, lead) || !strings.HasPrefix(items[0].Text, "“Families") {
		t.Errorf("%q: item %q, want the quotation", lead, items[0].Text)
	}
	if items[0].Speaker != speaker {
		t.Errorf("%q: speaker %q, want %q", lead, items[0].Speaker, speaker)
	}
}
