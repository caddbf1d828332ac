package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestPointerFurniture holds lines that point the reader somewhere or
// arrange something (a number to ring, a call to fix, a place to book, a
// bulletin's opening, a forwarded reply, a pointer to what follows, a
// dated listing, a signature run into one line), each beside a near-miss
// that is evidence. Every sentence is written for this test.
func TestPointerFurniture(t *testing.T) {
	cases := []struct {
		name, in string
		line     bool          // set as a line of its own
		want     evidence.Kind // "" when no item may hold the sentence
	}{
		{"a call to fix", "Let me know if a call on Tuesday would be easier.", false, ""},
		{"a day that suits", "Tell me if Friday morning suits you for a visit to the unit.", false, ""},
		{"a bulletin's opening", "Here is our spring bulletin on school nursing and family hubs.", false, ""},
		{"a bulletin's opening counting its parts", "Here is our winter newsletter for youth workers, with the latest news and three requests.", false, ""},
		{"a forwarded reply", "I'm forwarding the council's answer to our letter about short breaks.", false, ""},
		{"a place to book", "Please book your place at the spring conference by 3 May.", false, ""},
		{"a number to book on", "Families can book an appointment on 01632 960 118 on weekdays.", false, ""},
		{"a line open on a number", "Our advice line is open on 0800 123 4567 from 10am to 4pm.", false, ""},
		{"what follows", "I have set out below what the school nurses in the county's four teams told me.", false, ""},
		{"a dated listing", "Carers' coffee morning: Friday 6 June, 10.30am to noon, Central Library.", true, ""},
		{"a signature on one line", "Dr Sam Okafor Clinical Director for Children's Services", true, ""},
		// Near-misses.
		{"a share of calls", "Parents can call the advice line on 0800 123 4567, but 38% of calls went unanswered last year.", false, evidence.Statistic},
		{"an update with its finding", "Here is our update: 1,200 children waited more than a year for a first appointment.", false, evidence.Statistic},
		{"bookings counted", "Parents could not book a place at the clinic for 14 weeks after referral.", false, evidence.Statistic},
		{"what the plan would do", "We have set out below a plan that would cut waits by 25% within two years.", false, evidence.Statistic},
		{"a dated finding", "Clinic closures: Friday 6 June, when 40% of the day's appointments were cancelled.", true, evidence.Statistic},
		{"a director's finding", "Dr Sam Okafor, the clinical director, said waits had fallen by 20% since April.", false, evidence.Statistic},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got evidence.Kind
			if c.line {
				got = kindOfLine(t, "Fenwold Parent Carer Forum", c.in)
			} else {
				got = kindOf(t, "Fenwold Parent Carer Forum", c.in)
			}
			if got != c.want {
				t.Errorf("%q: kind %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestCaptionNamingItsTableNoExcerpt holds a caption that only names what
// its table holds, which is the table's title and no item, beside one that
// says something of it, which is quoted.
func TestCaptionNamingItsTableNoExcerpt(t *testing.T) {
	table := "\n\n| Area | 2022 | 2024 |\n|---|---|---|\n| North | 310 | 355 |\n"
	for _, c := range []struct {
		caption string
		want    bool
	}{
		{"Table 3: Young carers known to the council, by area and year, 2022 and 2024", false},
		{"Table 3: Young carers known to the council rose in every area between 2022 and 2024", true},
	} {
		kept := false
		for _, it := range extract.Extract(parseBody(t, "P", c.caption+table)) {
			if strings.Contains(it.Text, c.caption) {
				kept = true
			}
		}
		if kept != c.want {
			t.Errorf("%q: kept %v, want %v", c.caption, kept, c.want)
		}
	}
}
