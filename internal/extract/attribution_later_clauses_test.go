package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// laterClauseCase is a sentence, the body its item cites, the body its
// headline figure is cited to alone, and the text of a later figure with
// the body that figure is cited to alone.
type laterClauseCase struct {
	s, cites, headline, later, laterCites string
}

// checkLaterClauses extracts each case's sentence from a report of
// publisher and checks its attributions, whole and per figure.
func checkLaterClauses(t *testing.T, publisher string, cases []laterClauseCase) {
	t.Helper()
	for _, c := range cases {
		var item *evidence.Item
		for _, it := range extract.Extract(parseBody(t, publisher, "## Waiting\n\nThe borough has grown quickly over the last decade.\n\n"+c.s+"\n")) {
			if it.Text == c.s {
				item = &it
			}
		}
		if item == nil {
			t.Errorf("%q: no item", c.s)
			continue
		}
		if item.Cites != c.cites {
			t.Errorf("%q cites %q, want %q", c.s, item.Cites, c.cites)
		}
		h, ok := item.Headline()
		if !ok {
			t.Errorf("%q: no headline", c.s)
			continue
		}
		if got := item.ForFigure(h).Cites; got != c.headline {
			t.Errorf("%q: headline %q cited to %q, want %q", c.s, h.Text, got, c.headline)
		}
		if c.later == "" {
			continue
		}
		found := false
		for _, f := range item.Figures {
			if f.Text == c.later {
				found = true
				if got := item.ForFigure(f).Cites; got != c.laterCites {
					t.Errorf("%q: %q cited to %q, want %q", c.s, f.Text, got, c.laterCites)
				}
			}
		}
		if !found {
			t.Errorf("%q: no figure %q", c.s, c.later)
		}
	}
}

// TestABodyNamedInALaterClauseIsNotTheHeadlines: a body named in a
// clause after the headline's, opened by "while", "but" or a semicolon,
// sources that clause's finding: the item, and its first clause's
// headline, cite no one (hostile check 69). A body closing the sentence
// after a comma, with no figure after it, is the whole sentence's
// source. Before: "Some 1,200 children (Nuffield Trust, cited in Cole,
// 2025)".
func TestABodyNamedInALaterClauseIsNotTheHeadlines(t *testing.T) {
	checkLaterClauses(t, "Whitstable Gazette", []laterClauseCase{
		{s: "Some 1,200 children in Whitstable are waiting, the trust said, while figures from the Nuffield Trust put the national total at 300,000."},
		{s: "The council said 870 children in Faversham were waiting for an assessment, but the Children's Commissioner estimates that 400,000 children are waiting nationally."},
		{s: "In Faversham, 52% of parents said they struggled to get help, while a survey by YoungMinds found 76% of parents nationally had the same experience."},
		{s: "Local figures show 230 referrals in Faversham last year; the Royal College of Psychiatrists says referrals have doubled nationally since 2019."},
		{s: "Some 640 children in Swale are waiting for an autism assessment, the ICB said, whereas the National Autistic Society estimates that 150,000 children are waiting across England."},
		{s: "In Medway, 41% of families waited more than a year, while, according to the Health Foundation, 28% did so nationally."},
		{s: "Some 310 children in Swale were waiting more than a year, whilst NHS England figures show 12,500 children waiting that long nationally."},
		{s: "In 2024, 45% of children in Whitstable waited more than 18 weeks; the England figure was 38%, NHS England said."},
		// The body closes the sentence: the whole of it is its.
		{s: "Black children made up 29% of children in custody, although they account for around 6% of the population aged 10 to 17, according to the Youth Justice Board.",
			cites: "Youth Justice Board", headline: "Youth Justice Board"},
		// The body opens the sentence: the headline is its.
		{s: "According to NHS England, 45% of children in Kent waited more than 18 weeks, while 30% waited more than a year.",
			cites: "NHS England", headline: "NHS England"},
	})
}

// TestABodyNamedForAComparedPlaceIsNotTheHeadlines: a body named for a
// value set beside the headline's, of another place ("compared with 38%
// across England according to NHS England", "against 45% nationally (NHS
// England, 2024)", "higher than 870 in Swale (Kent and Medway ICB,
// 2024)"), is that value's source: the item cites it, but the headline
// figure cited alone is the publisher's (hostile check 69). A body after
// a comma, before the headline, or for another time's value of the same
// place is the whole sentence's. Before: "45% (NHS England, cited in
// Cole, 2025)".
func TestABodyNamedForAComparedPlaceIsNotTheHeadlines(t *testing.T) {
	checkLaterClauses(t, "Hythe Health Partnership", []laterClauseCase{
		{s: "In 2024, 45% of children in Whitstable waited more than 18 weeks, compared with 38% across England according to NHS England.",
			cites: "NHS England", later: "38%", laterCites: "NHS England"},
		{s: "In 2024, 38% of children in Hythe waited more than 18 weeks, against 45% nationally (NHS England, 2024).",
			cites: "NHS England, 2024", later: "45%", laterCites: "NHS England, 2024"},
		{s: "In 2024, 1,240 children in Hythe were referred to CAMHS, compared with 1.1 million in England (NHS Digital, 2025).",
			cites: "NHS Digital, 2025", later: "1.1 million", laterCites: "NHS Digital, 2025"},
		{s: "In March 2024, 1,020 children in Medway were on the waiting list, higher than the 870 children in Swale (Kent and Medway ICB, 2024).",
			cites: "Kent and Medway ICB, 2024", later: "870 children", laterCites: "Kent and Medway ICB, 2024"},
		// Another time of the same place: the body's, all of it.
		{s: "In 2024, 38% of children in England waited more than 18 weeks, compared with 45% in 2023 (NHS England, 2024).",
			cites: "NHS England, 2024", headline: "NHS England, 2024"},
		// After a comma: the whole sentence's.
		{s: "In 2025, 44% of new EHC plans in Kent were issued within 20 weeks, compared with 46% in England, according to the Department for Education.",
			cites: "Department for Education", headline: "Department for Education"},
		// Before the headline: the headline's.
		{s: "According to NHS England, 45% of children in Kent waited more than 18 weeks, compared with 38% across England.",
			cites: "NHS England", headline: "NHS England"},
	})
}
