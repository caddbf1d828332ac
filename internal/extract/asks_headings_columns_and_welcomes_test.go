package extract_test

import (
	"slices"
	"testing"
)

// Round 20 (asks): shapes of asks that web pages and e-mails written for
// the round held and the rules missed, each in sentences written for these
// tests, with near-misses.

// TestWantHeadingItemsNameTheirBody holds items under a heading of what is
// wanted that say whom they ask themselves: a body in the infinitive with a
// verb of telling, a body named as the one to pay or agree, and noun
// phrases under "What needs to happen".
func TestWantHeadingItemsNameTheirBody(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"a service in the infinitive, telling", "## Our asks\n\n- CAMHS to tell schools and parents, with consent, when a child is discharged.\n",
			[]string{"|CAMHS to tell schools and parents, with consent, when a child is discharged.|Trusts"}},
		{"the body that is to pay", "## Our asks\n\n- A parent carer place on each working group, with travel costs paid by the council.\n",
			[]string{"|A parent carer place on each working group, with travel costs paid by the council.|Local authorities"}},
		{"noun phrases under what needs to happen", "## What needs to happen\n\n- A funding settlement for children's hospices that lasts several years, agreed between NHS England and the Department of Health and Social Care.\n",
			[]string{"|A funding settlement for children's hospices that lasts several years, agreed between NHS England and the Department of Health and Social Care.|DHSC,NHSE"}},
		// Near-misses.
		{"a person who is to write, no body", "## Our asks\n\n- Therapy advice in every plan written by a therapist who has met the child.\n",
			[]string{"|Therapy advice in every plan written by a therapist who has met the child.|"}},
		{"findings under a lead-in of their own", "## What needs to happen\n\nParents told us:\n\n- a long wait for a first appointment\n", nil},
		{"findings under a heading of what needs to happen next week", "## What needs to happen by Friday\n\n- a room booked for the meeting\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations of %q:\n got %q\nwant %q", c.body, got, c.want)
			}
		})
	}
}

// TestNextStepsHeadingNamesTheBody holds bare imperatives under a heading
// of next steps or actions for a body it names ("Next steps for ICBs"),
// which asks that body; the heading's own plans, what a body did and
// questions put under it are no asks.
func TestNextStepsHeadingNamesTheBody(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"next steps for ICBs", "## Next steps for ICBs\n\n- Check that every child admitted with asthma is reviewed by their practice after going home.\n- Commission a school nurse lead for asthma in each place.\n",
			[]string{"|Check that every child admitted with asthma is reviewed by their practice after going home.|ICBs", "|Commission a school nurse lead for asthma in each place.|ICBs"}},
		{"next steps for government", "## Next steps for government\n\n- Fund enough training places to fill audiology vacancies.\n",
			[]string{"|Fund enough training places to fill audiology vacancies.|Government"}},
		{"priorities for the next government", "## Priorities for the next government\n\n- Restore the public health grant to its 2015 level.\n",
			[]string{"|Restore the public health grant to its 2015 level.|Government"}},
		// Near-misses.
		{"next steps for a body that is no actor", "## Next steps for the network\n\n- Publish the annual report in June.\n", nil},
		{"actions by a body", "## Actions by the ICB\n\n- Opened two new clinics for children in the spring.\n", nil},
		{"questions put under the heading", "## Next steps for ICBs\n\nWe asked:\n\n1. At what age should planning for adult services start?\n2. What should a named worker do?\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations of %q:\n got %q\nwant %q", c.body, got, c.want)
			}
		})
	}
}

// TestAskColumnsInOtherWords holds tables whose column of asks is headed
// in other words than "Recommendation" ("What we are asking", "What we
// want to see"), each row's body named in a "Who" column; a column of
// what was done is no ask.
func TestAskColumnsInOtherWords(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"what we are asking", "| Who | What we are asking |\n|---|---|\n| Councils | Include children with life-limiting conditions in short breaks plans. |\n| NHS trusts | Make sure every child has an advance care plan the hospice can see. |\n",
			[]string{"|Include children with life-limiting conditions in short breaks plans.|Local authorities", "|Make sure every child has an advance care plan the hospice can see.|Trusts"}},
		{"what we want to see", "| Who | What we want to see |\n|---|---|\n| Integrated care boards | Name an executive lead for children's palliative care |\n",
			[]string{"|Name an executive lead for children's palliative care|ICBs"}},
		// Near-miss.
		{"what was done", "| Who | What we did |\n|---|---|\n| Councils | Included children with life-limiting conditions in short breaks plans. |\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations of %q:\n got %q\nwant %q", c.body, got, c.want)
			}
		})
	}
}

// TestWelcomeFromABody holds welcomes that name the body with "from",
// before the welcome or after the thing welcomed; a welcome of views or
// applications, or from people by their work, asks no body to act.
func TestWelcomeFromABody(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"a commitment from a department", "We would also welcome a commitment from the Department of Health and Social Care to a national standard for night nursing.\n",
			[]string{"|We would also welcome a commitment from the Department of Health and Social Care to a national standard for night nursing.|DHSC"}},
		{"from a service, set before", "From the children's mental health service, we would welcome a named contact our staff can ring for advice.\n",
			[]string{"|From the children's mental health service, we would welcome a named contact our staff can ring for advice.|Trusts"}},
		// Near-misses.
		{"views from a body", "We would welcome views from the ICB on the draft plan by Friday.\n", nil},
		{"applications from nurses", "We would welcome applications from experienced paediatric nurses who want to work in the community.\n", nil},
		{"from a point of view", "From our point of view, we would welcome a quicker answer.\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations of %q:\n got %q\nwant %q", c.body, got, c.want)
			}
		})
	}
}

// TestLeadersOfBodiesSpeakForThem holds what leaders of bodies say bodies
// should do, as news reports it ("Health leaders said integrated care
// boards should ..."): their ask. What school leaders or leaders in a
// survey said stays a finding about them.
func TestLeadersOfBodiesSpeakForThem(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"health leaders said", "Health leaders said integrated care boards should set out every year how much of their budget goes on children.\n",
			[]string{"|Health leaders said integrated care boards should set out every year how much of their budget goes on children.|ICBs"}},
		{"NHS leaders have warned that", "NHS leaders have warned that the government must fund more beds for children in crisis.\n",
			[]string{"|NHS leaders have warned that the government must fund more beds for children in crisis.|Government"}},
		// Near-misses.
		{"school leaders said", "School leaders said the government should fund more counsellors for pupils.\n", nil},
		{"leaders told us", "Leaders told us the ICB should publish its waiting times.\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations of %q:\n got %q\nwant %q", c.body, got, c.want)
			}
		})
	}
}

// TestWhatABodyMustDoIs holds an ask set after what it is of ("What the
// Department for Education must now do, the letter says, is extend ..."):
// an ask of the body named; what the writer or families must do, and a
// judgement of it, are none.
func TestWhatABodyMustDoIs(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"with an aside", "What the Department for Education must now do, the letter says, is extend mental health support teams to every secondary school.\n",
			[]string{"|What the Department for Education must now do, the letter says, is extend mental health support teams to every secondary school.|Other"}},
		{"need to do first", "What ministers need to do first is fund more assessment places for children.\n",
			[]string{"|What ministers need to do first is fund more assessment places for children.|Government"}},
		// Near-misses.
		{"a judgement of it", "What the ICB must do is clear from the report.\n", nil},
		{"the writer's own", "What we should do is publish our own data on waits.\n", nil},
		{"families", "What families need to do is wait for a letter.\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations of %q:\n got %q\nwant %q", c.body, got, c.want)
			}
		})
	}
}

// TestPlannedKnownAndHeardAskNothing holds sentences with the words of an
// ask that make none: an ask planned for later ("will also ask every ICB
// to"), a constraint the writer grants ("We know the council has to"), a
// body asked only to know something ("I would like the ICB to know"); with
// the asks beside them.
func TestPlannedKnownAndHeardAskNothing(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"an ask planned", "The network will also ask every ICB in the region to sign up to the asthma bundle this year.\n", nil},
		{"an ask planned by the writer", "We will be calling on the government to fund the bundle.\n", nil},
		{"a constraint granted", "We know the council has to follow procurement rules and cannot name a provider in advance.\n", nil},
		{"to know only", "I would like the ICB to know what that looks like from a school.\n", nil},
		// The asks beside them.
		{"an ask made", "We are asking every ICB to sign up to the asthma bundle.\n",
			[]string{"|We are asking every ICB to sign up to the asthma bundle.|ICBs"}},
		{"a wish that a body act", "We would like the ICB to publish its waiting times.\n",
			[]string{"|We would like the ICB to publish its waiting times.|ICBs"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations of %q:\n got %q\nwant %q", c.body, got, c.want)
			}
		})
	}
}

// TestBoardAgreesToReceive holds a paper's request that its board agree
// to receive a report: information, like "note"; approving is a decision.
func TestBoardAgreesToReceive(t *testing.T) {
	body := "The Board is asked to:\n\n- note the findings of the review;\n- approve the four recommendations and the leads named for them;\n- agree to receive a progress report in November.\n"
	want := []string{"|approve the four recommendations and the leads named for them;|"}
	if got := recs(t, body); !slices.Equal(got, want) {
		t.Errorf("recommendations of %q:\n got %q\nwant %q", body, got, want)
	}
}

// TestAsideJoinsASecondBody holds a second body joined to the first in an
// aside between the bodies and the modal (", and the trusts they pay to
// run these services,"): both are asked. An aside that only describes the
// first asks it alone.
func TestAsideJoinsASecondBody(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"and the trusts they pay", "Integrated care boards, and the trusts they pay to run these services, now have to show parents that every test is done properly.\n",
			[]string{"|Integrated care boards, and the trusts they pay to run these services, now have to show parents that every test is done properly.|ICBs,Trusts"}},
		{"together with the councils", "NHS England, together with the councils, should publish a plan for children's hearing services.\n",
			[]string{"|NHS England, together with the councils, should publish a plan for children's hearing services.|NHSE,Local authorities"}},
		// Near-miss: an aside that describes the body.
		{"which took on", "Integrated care boards, which took on dentistry in 2023, should publish waits for children.\n",
			[]string{"|Integrated care boards, which took on dentistry in 2023, should publish waits for children.|ICBs"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations of %q:\n got %q\nwant %q", c.body, got, c.want)
			}
		})
	}
}
