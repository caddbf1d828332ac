package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestFurnitureOfOffersToMeetAndSubscribeLines: round 20's classes (an offer to meet, thanks
// for reading, a post's subscribe line, a reply's pointer to the figures
// asked for, a signature line under a foreword, an invitation to write
// back), each beside a near-miss that is evidence. Every sentence is
// written for this test.
func TestFurnitureOfOffersToMeetAndSubscribeLines(t *testing.T) {
	cases := []struct {
		name, in string
		want     evidence.Kind // "" when no item may hold the sentence
	}{
		{"offer to meet", "I would be very happy to meet the group; my PA, Lisa, can find a date in July.", ""},
		{"glad to meet with", "We'd be glad to meet with the forum again after the summer.", ""},
		{"thanks for reading", "Thanks for reading Wait Watch!", ""},
		{"subscribe to receive", "Subscribe for free to receive new posts and support my work.", ""},
		{"figures asked for", "Here are the figures you asked for, all for 2024/25 to the end of February (Q1 to Q3 plus January and February).", ""},
		{"as requested", "As requested, here are the latest numbers for the board.", ""},
		{"write back", "If you are waiting too, I would love to hear from you: reply to this email or leave a comment below.", ""},
		{"comment below", "Leave a comment below and tell us what happened to your family.", ""},
		// Near-misses.
		{"met parents", "I was happy to meet 40 parents who told us 62% of their children waited over a year.", evidence.Statistic},
		{"reading ages", "Thanks to the reading recovery programme, 64% of pupils now read at their age.", evidence.Statistic},
		{"subscribers counted", "Subscriptions to the service's text reminders rose to 3,200 families.", evidence.Statistic},
		{"here are the findings", "Here are the findings: 58% of parents waited more than six months.", evidence.Statistic},
		{"hear from young people", "The council should hear from young people before it changes the service.", evidence.Recommendation},
		{"comments counted", "The consultation received 1,140 comments, most of them from parents.", evidence.Statistic},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := kindOf(t, "Fenwold Parent Carer Forum", c.in); got != c.want {
				t.Errorf("%q: kind %q, want %q", c.in, got, c.want)
			}
		})
	}
	// Signature lines stand as paragraphs of their own.
	lines := []struct {
		name, in string
		want     evidence.Kind
	}{
		{"signature under a foreword", "Mia Castellano, Young Ambassador, Spark Children's Epilepsy Trust, October 2024", ""},
		{"chair's signature", "Dr Ruth Akande, Chair, Fenwold Children's Partnership, March 2025", ""},
		// Near-misses: a clause after the name, a finding.
		{"name then a clause", "Sarah Kent, who chairs the board, said families had been let down since March 2025.", evidence.Excerpt},
		{"places then a share", "Leeds, Bradford and Wakefield, where 41% of children waited, March 2025", evidence.Statistic},
	}
	for _, c := range lines {
		t.Run(c.name, func(t *testing.T) {
			if got := kindOfLine(t, "Fenwold Parent Carer Forum", c.in); got != c.want {
				t.Errorf("%q: kind %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestNoonIsATime: "12 noon" and "12 midday" are times, as "12pm" is, so
// a parent's account of when a line is open holds no figure.
func TestNoonIsATime(t *testing.T) {
	for _, s := range []string{
		"Parents told us they were told to call back between 10am and 12 noon on weekdays, which many could not do from work.",
		"The drop-in runs from 9.30am until 12 midday at the family hub.",
	} {
		if got := kindOf(t, "Fenwold Parent Carer Forum", s); got == evidence.Statistic {
			t.Errorf("%q: read as a statistic", s)
		}
	}
	if got := kindOf(t, "Fenwold Parent Carer Forum", "Parents waited 12 weeks for a call back, and 40% gave up."); got != evidence.Statistic {
		t.Errorf("a wait of 12 weeks: kind %q, want statistic", got)
	}
}
