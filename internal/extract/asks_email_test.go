package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestEmailRoundAsks holds the asks e-mails nobody tuned for were found to
// miss (the e-mail round), each in sentences written for this test, with
// near-misses: "Please ..." under a greeting of headteachers, of GPs, or
// (in a forwarder's note) "Hi Cllr ..."; a campaign asking its supporter
// ("We're asking you to write to your MP ..."); a network's own
// recommendation ("The network recommends that the ICBs ..."); and an
// infinitive ask of "Every integrated care board" under a heading of asks.
func TestEmailRoundAsks(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"please under a headteacher's greeting", "Dear Headteacher,\n\nPlease make a quiet room available on the day for pupils who are anxious about needles.\n",
			[]string{"|Please make a quiet room available on the day for pupils who are anxious about needles.|Schools"}},
		{"please under a greeting of GPs", "Dear colleagues in general practice,\n\nPlease offer every child on your register a personalised asthma action plan.\n",
			[]string{"|Please offer every child on your register a personalised asthma action plan.|Other"}},
		{"could you under Hi Cllr", "Hi Cllr Ahmed,\n\nCould you raise the speech therapy waits at the health scrutiny committee in July?\n\nDear Ms Patel,\n\nWe are writing about the waits.\n",
			[]string{"|Could you raise the speech therapy waits at the health scrutiny committee in July?|Local authorities"}},
		{"asking you to write to your MP", "Dear Sam,\n\nWe're asking you to write to your MP and ask them to back a waiting time standard for children's mental health.\n",
			[]string{"|We're asking you to write to your MP and ask them to back a waiting time standard for children's mental health.|Other"}},
		{"a network recommends", "The network recommends that the ICBs in the region jointly commission a palliative care advice line for families.\n",
			[]string{"|The network recommends that the ICBs in the region jointly commission a palliative care advice line for families.|ICBs"}},
		{"every ICB to, under a heading of asks", "## What we are asking for\n\n- Every integrated care board to set out how it will cut waits for young people in its area.\n",
			[]string{"|Every integrated care board to set out how it will cut waits for young people in its area.|ICBs"}},
		{"a second body in a polite request", "We have asked Wendle Community Health NHS Trust to extend the asthma nurse service to Saturdays, and I'd be grateful if Oakhurst Council could include asthma in its school health plan.\n",
			[]string{"|We have asked Wendle Community Health NHS Trust to extend the asthma nurse service to Saturdays, and I'd be grateful if Oakhurst Council could include asthma in its school health plan.|Local authorities,Trusts"}},
		// Near-misses.
		{"grateful if, of no body", "We have asked Wendle Community Health NHS Trust to extend the asthma nurse service to Saturdays, and I'd be grateful if we could meet in May to discuss it.\n",
			[]string{"|We have asked Wendle Community Health NHS Trust to extend the asthma nurse service to Saturdays, and I'd be grateful if we could meet in May to discuss it.|Trusts"}},
		{"a tell verb under a headteacher's greeting", "Dear Headteacher,\n\nPlease share this letter with parents before the visit in October.\n", nil},
		{"please under Hi and a first name", "Hi Sam,\n\nPlease fund the taxi for Thursday's visit from the petty cash.\n", nil},
		{"asking you to bring something", "Dear parent,\n\nWe're asking you to bring your child's red book to the clinic next week.\n", nil},
		{"every child to have, a wish with no body", "## What we are asking for\n\n- Every child to have a named school nurse by the end of the year.\n",
			[]string{"|Every child to have a named school nurse by the end of the year.|"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations of %q:\n got %q\nwant %q", c.body, got, c.want)
			}
		})
	}
}

// TestEmailRoundActionsAndTimetables: a meeting's actions listed under
// "Actions" with no "Action:" label, owned by initials, everyone or a
// person's role, are no evidence (they were excerpts), while a body's
// stays a recommendation with its number; "at least two weeks before our
// session" times a task (it was a statistic of two weeks).
func TestEmailRoundActionsAndTimetables(t *testing.T) {
	body := "## Actions\n\n1. JB to circulate the slides and the draft transition protocol.\n" +
		"2. Network manager to set up a task-and-finish group on transition.\n" +
		"3. Trusts to name a lead for children's end of life care before the next meeting.\n" +
		"4. All to send case studies to Priti by 30 September.\n\n" +
		"## How you can help\n\nPlease share the e-consent link with parents through your usual channels at least two weeks before our session.\n\n" +
		"Families told us they had waited at least two weeks before the first appointment, and some much longer.\n"
	items := extract.Extract(parseBody(t, "North Riding Network", body))
	var got []string
	for _, it := range items {
		var figs []string
		for _, f := range it.Figures {
			figs = append(figs, f.Text)
		}
		got = append(got, string(it.Kind)+"|"+it.Number+"|"+firstWords(it.Text, 4)+"|"+strings.Join(figs, ","))
	}
	want := []string{
		"recommendation|3|Trusts to name a|",
		string(evidence.Excerpt) + "||Please share the e-consent|",
		"statistic||Families told us they|at least two weeks",
	}
	if !slices.Equal(got, want) {
		t.Errorf("items:\n got %q\nwant %q", got, want)
	}
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}
