package extract_test

import (
	"slices"
	"strings"
	"testing"
)

// letterHead is a letter's opening as an inspectorate sets it: the
// addressee's name, post, body and address, then the greeting.
const letterHead = "Ms Alison Fairweather\nDirector of Children's Services\nBrindle County Council\nCounty Hall, Market Street\nBrindle BR4 9QX\n\nDear Ms Fairweather\n\n"

// TestImprovementListAsksTheAddressee holds an inspection letter's list of
// what needs to improve, whose items are verbless ("The consistency of
// dental checks for ..."): each is the inspector's ask of the body the
// letter is addressed to, with any other body the item names. A list of
// what has improved, or of strengths, asks nothing.
func TestImprovementListAsksTheAddressee(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"what needs to improve", letterHead + "## What needs to improve in this area of practice?\n\n" +
			"- The consistency of dental checks for children placed with foster carers out of area.\n" +
			"- Access to speech therapy for children in care under five, planned with the integrated care board.\n\n## Main findings\n\nFoster carers spoke warmly of the support they get from the nursing team.\n",
			[]string{"|The consistency of dental checks for children placed with foster carers out of area.|Local authorities",
				"|Access to speech therapy for children in care under five, planned with the integrated care board.|ICBs,Local authorities"}},
		{"areas for development", "Mr Tom Reyes\nChief Executive\nLarchmoor Community Health NHS Trust\nLarchmoor LM2 7PD\n\nDear Mr Reyes\n\n## Areas for development\n\n" +
			"- Recording of consent when young people attend the sexual health clinic alone.\n",
			[]string{"|Recording of consent when young people attend the sexual health clinic alone.|Trusts"}},
		// Near-misses.
		{"what has improved", letterHead + "## What has improved since the last visit\n\n- The timeliness of review health assessments for children in care.\n", nil},
		{"strengths", letterHead + "## Areas of strength\n\n- The quality of the nursing team's advice to foster carers.\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations of %q:\n got %q\nwant %q", c.body, got, c.want)
			}
		})
	}
}

// TestExpectationsAndLettersAsk holds three forms of asking set 24 showed:
// a body's expectation of another ("The department expects councils to
// report ..."), a person writing to a minister "calling for" something
// (the minister's government asked), and a writer asking a committee to
// recommend what bodies should do ("It would help if the committee could
// recommend that the council and the ICB share ..."). An expectation of
// what will happen, a letter about something else and a help that was
// given ask nothing.
func TestExpectationsAndLettersAsk(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"expects councils to", "The department expects councils to publish how they spent the grant by the end of March.\n",
			[]string{"|The department expects councils to publish how they spent the grant by the end of March.|Local authorities"}},
		{"expects every ICB to", "NHS England expects every integrated care board to name a lead for children's palliative care.\n",
			[]string{"|NHS England expects every integrated care board to name a lead for children's palliative care.|ICBs"}},
		{"written to the minister calling for", "The local MP has written to the education secretary calling for a review of school transport for disabled pupils.\n",
			[]string{"|The local MP has written to the education secretary calling for a review of school transport for disabled pupils.|Government"}},
		{"help if the committee could recommend", "It would help us if the panel could recommend that the council and the ICB share the cost of the new key workers.\n",
			[]string{"|It would help us if the panel could recommend that the council and the ICB share the cost of the new key workers.|ICBs,Local authorities"}},
		// Near-misses.
		{"expects demand to rise", "The department expects demand for health visiting to rise next year.\n", nil},
		{"expects to publish", "The council expects to publish its plan in the spring.\n", nil},
		{"expects schools to struggle", "The council expects schools to struggle with the new rules.\n", nil},
		{"a report expects", "The review expects councils to spend more on home-to-school transport.\n", nil},
		{"written to thank", "The local MP has written to the education secretary about the new school.\n", nil},
		{"it helped", "It helped us that the panel recommended joint funding last year.\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations of %q:\n got %q\nwant %q", c.body, got, c.want)
			}
		})
	}
}

// TestExpectationOfALawAsksNothing holds the near-miss the development set
// showed: what an Act or guidance "expects" of a body is the law's, stated
// as a fact.
func TestExpectationOfALawAsksNothing(t *testing.T) {
	for _, body := range []string{
		"The Children Act already expects councils to promote the health of children in care.\n",
		"Statutory guidance expects every ICB to publish a joint forward plan.\n",
	} {
		if got := recs(t, body); len(got) != 0 {
			t.Errorf("recommendations of %q: got %q, want none", body, got)
		}
	}
}

// TestAdviceToDescribedParents holds advice to a group of the public
// described by a clause before its modal ("Parents who think their baby
// may be tongue-tied should ask ..."), read as "Parents should check ..."
// is: an ask of Other. The public owed something ("should not have to")
// is no one advised.
func TestAdviceToDescribedParents(t *testing.T) {
	cases := []struct{ body, want string }{
		{"Parents who think their baby may be tongue-tied should ask their health visitor for a check.\n", "Other"},
		{"Young people with a cough that will not go away should book an appointment with their GP.\n", "Other"},
	}
	for _, c := range cases {
		got := recs(t, c.body)
		if len(got) != 1 || !strings.HasSuffix(got[0], "|"+c.want) {
			t.Errorf("recommendations of %q: got %q, want one asking %s", c.body, got, c.want)
		}
	}
	for _, body := range []string{
		"Parents who have waited over a year should not have to chase the service for news.\n",
		"Families who took part said they should be told sooner.\n",
	} {
		for _, r := range recs(t, body) {
			if strings.HasSuffix(r, "|Other") {
				t.Errorf("recommendations of %q: got %q, want no ask of the public", body, r)
			}
		}
	}
}
