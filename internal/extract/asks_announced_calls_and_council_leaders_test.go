package extract_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestAnnouncedCallsTrustLeadersAndCouncilLeadersAsk: a call a body
// announces it will make ("We will also call on ministers to ...", "Our
// panel will call on the Department ... to ...") is its ask, though an
// errand it plans ("The network will also ask every ICB to sign up")
// stays a plan, as does a campaign to come ("We will be calling on the
// government to ..."); the leaders of trusts speak for bodies ("Trust leaders
// said integrated care boards should ..."), though what parents said
// stays their view; and a council's leader asked in its own report ("The
// Leader should write to the Secretary of State") is the council, though
// a note of who a panel must hold asks no one.
// Before: each ask was read as an excerpt.
func TestAnnouncedCallsTrustLeadersAndCouncilLeadersAsk(t *testing.T) {
	for _, c := range []struct {
		publisher, s string
		want         []evidence.Actor // nil: no recommendation
	}{
		{"Little Voices Trust", "We will also call on ministers to fund a speech and language therapist for every secondary school.", []evidence.Actor{evidence.Government}},
		{"Little Voices Trust", "At the launch we will urge NHS England to set a waiting time standard.", []evidence.Actor{evidence.NHSE}},
		{"Little Voices Trust", "The network will also ask every ICB to sign up to the charter.", nil},
		{"Tarnbury Echo", "Trust leaders said integrated care boards should move money from out-of-area beds into crisis teams.", []evidence.Actor{evidence.ICBs}},
		{"Tarnbury Echo", "Parents said the council should publish its waiting figures every month.", nil},
		{"Harlow Bridge Council", "Please remember that the panel needs to include at least two young people and one parent.", nil},
		{"Little Voices Trust", "We will be calling on the government to fund the bundle.", nil},
		{"Kestrelford Borough Council", "The Leader should write to the Secretary of State asking for a national waiting time standard.", []evidence.Actor{evidence.LocalAuthorities}},
		{"Kestrelford Borough Council", "The Cabinet Member will write to the ICB chief executive by the end of May 2026.", nil},
	} {
		checkSentenceAsk(t, c.publisher, c.s, c.want)
	}
}

// checkSentenceAsk extracts s alone from a document of publisher and
// checks it is one item: a recommendation of want, or (want nil) no
// recommendation.
func checkSentenceAsk(t *testing.T, publisher, s string, want []evidence.Actor) {
	t.Helper()
	its := extract.Extract(parseBody(t, publisher, s+"\n"))
	if len(its) != 1 {
		t.Errorf("%q: items %v", s, its)
		return
	}
	it := its[0]
	if want == nil {
		if it.Kind == evidence.Recommendation {
			t.Errorf("%q: a recommendation of %v, want none", s, it.Actors)
		}
		return
	}
	if it.Kind != evidence.Recommendation {
		t.Errorf("%q: kind %s, want a recommendation", s, it.Kind)
		return
	}
	got := slices.Clone(it.Actors)
	slices.Sort(got)
	want = slices.Clone(want)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("%q: actors %v, want %v", s, got, want)
	}
}
