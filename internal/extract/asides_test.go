package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestAsidesCoveringLinesAndLeadIns holds furniture of letters, e-mails,
// charity pages and papers that a sentence rule must drop (asides joined
// by a dash, writing on the move, a forwarder's covering lines, a sender's
// opening and closing, reassurance, front matter, list lead-ins), and
// near-misses that stay evidence. Each sentence is written for this test.
func TestAsidesCoveringLinesAndLeadIns(t *testing.T) {
	cases := []struct {
		name, in string
		want     evidence.Kind // "" when no item may hold the sentence
	}{
		{"two asides by a dash", "Thanks for the quick turnaround, and sorry I've been slow myself – the past fortnight has been chaotic on the ward.", ""},
		{"offer and days by a dash, a date", "Glad to pick this up at the network meeting – I'm off on Thursday and most of next week, back on the 19th.", ""},
		{"offer and a date in words", "Happy to go through it at the forum – I'm away until 2 July.", ""},
		{"sorry by a dash", "Sorry – typing this on my phone between home visits so it's brief!", ""},
		{"on the move", "Writing this from the car park between clinics, so forgive the typos.", ""},
		{"passing this along", "Passing this along from the youth council in case it's of use.", ""},
		{"the part that struck me", "The section on school nurses really jumped out at me.", ""},
		{"sender's opening", "I am writing to share the findings of our spring survey of parents.", ""},
		{"sender's closing", "We would welcome the opportunity to talk this through with the board.", ""},
		{"not on your own", "If your family is waiting for a diagnosis, you are not on your own.", ""},
		{"here for you", "Our helpline and online forum are here for you.", ""},
		{"prepared for", "Prepared for the Children and Young People's Partnership Board.", ""},
		{"lead officer", "Lead officer: Sam Idowu, Director of Public Health.", ""},
		{"board lead-in", "The Cabinet is asked to agree the following steps for 2026/27.", ""},
		{"review line", "The Society will review this statement in 2028.", ""},
		// Near-misses: evidence.
		{"aside then a percentage", "Sorry to labour the point – waits for a first appointment have risen by 23% since April.", evidence.Statistic},
		{"thanks then a finding", "Thanks for the report – it shows 41% of children waited more than a year.", evidence.Statistic},
		{"not alone in waiting", "Parents told us they are not alone in waiting 2 years for a wheelchair review.", evidence.Statistic},
		{"writing to ask", "We are writing to ask the council to fund a second school nurse.", evidence.Recommendation},
		{"aside then an ask", "Sorry to nag – but the ICB should fund the second crisis team this year.", evidence.Recommendation},
		{"a service that is here to help children", "Our school nurses are here to help children with asthma manage their inhalers at school.", evidence.Excerpt},
		{"a service here to help, reported", "Parents said the helpline was meant to be there to help but rarely answered.", evidence.Excerpt},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := kindOf(t, "Eastmere Parent Carer Forum", c.in); got != c.want {
				t.Errorf("%q: kind %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestSoftAsksAndBoardItems holds asks as e-mails and board papers write
// them, with the bodies they name, and questions that ask no body to act.
func TestSoftAsksAndBoardItems(t *testing.T) {
	cases := []struct {
		name, in string
		want     string // the actors
	}{
		{"leave to use", "Could the college let families use the sports hall on Saturdays?", "Schools"},
		{"put it to the ICB", "Could we put it to the ICB at the autumn board that it funds a link nurse?", "ICBs"},
		{"ask the ICB whether it will", "Could we ask the ICB at the next meeting whether it will commission a second team?", "ICBs"},
		{"carry an ask", "It would be brilliant if you could raise the dental waits with the ICB.", ""},
		{"two bodies each to act", "We want the council to keep the youth club open and the ICB to fund two more nurses.", "ICBs,Local authorities"},
		{"a bracket of departments", "The government should fund more children’s nursing places (DHSC and DfE).", "Government,DHSC,Other"},
	}
	wantOneAskEach(t, cases)
	for _, in := range []string{
		"Could you let us know the dates?",
		"Can we meet on Friday?",
		"Could we ask the ICB whether it has the figures for last year?",
		"NHS bodies must reply within 15 working days of a request from the council.",
		"Health services have to send their advice to the council within six weeks of being asked.",
	} {
		if got := recs(t, in); len(got) != 0 {
			t.Errorf("%q read as a recommendation: %q", in, got)
		}
	}
	// A lead-in that announces a list is no item; its items are asks.
	for _, lead := range []string{"Here are some things that would make a difference:", "To keep every child safe, the College calls for the following:"} {
		body := lead + "\n\n- NHS England should publish waits for every area.\n- Integrated care boards should fund a named nurse for every school.\n"
		for _, it := range extract.Extract(parseBody(t, "P", body)) {
			if strings.Contains(it.Text, strings.TrimSuffix(lead, ":")) {
				t.Errorf("lead-in %q made an item (%s)", lead, it.Kind)
			}
		}
		if got := recs(t, body); len(got) != 2 {
			t.Errorf("items under %q: %q, want two recommendations", lead, got)
		}
	}
	// A board paper's list: the lead-in is no recommendation, and each
	// imperative item names the publisher's body, with those it acts
	// with; not those it is to ask (internal/quality's conventions: a
	// board asked to ask is asked, the body it is to ask not).
	body := "## Recommendations\n\nThe Board is asked to approve:\n\n- Invest £300,000 in a second crisis team.\n- Ask the trusts to publish their waits every month.\n- Agree a joint protocol with both councils by June.\n"
	var got []string
	for _, it := range extract.Extract(parseBody(t, "NHS Westmarch Integrated Care Board", body)) {
		if it.Kind != evidence.Recommendation {
			continue
		}
		var as []string
		for _, a := range it.Actors {
			as = append(as, string(a))
		}
		got = append(got, it.Text+"|"+strings.Join(as, ","))
	}
	want := []string{
		"Invest £300,000 in a second crisis team.|ICBs",
		"Ask the trusts to publish their waits every month.|ICBs",
		"Agree a joint protocol with both councils by June.|ICBs,Local authorities",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("board items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
