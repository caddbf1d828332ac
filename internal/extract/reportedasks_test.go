package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestReportedAsks holds the asks of issue 13's twelfth round on asks
// (reported requests of service users, places offered to a body's members,
// a standing request with its body described before the verb, demands
// quoted in news, ministers named by role), and sentences like them that
// ask nothing. Each sentence is written for this test.
func TestReportedAsks(t *testing.T) {
	wantOneAskEach(t, []struct{ name, in, want string }{
		// Requests reported of service users: no actor, unless the
		// clause opens with a body.
		{"their top request is for", "Their top request is for a drop-in that stays open until eight in the evening.", ""},
		{"parents' main ask was for", "Parents’ main ask at the workshops was for a single phone number to call.", ""},
		{"the most common request from", "The most common request from carers was for respite at weekends.", ""},
		{"what they asked for most was", "What young people asked for most was a say in who their worker would be.", ""},
		{"what they want most is, after a colon", "The pupils were clear: what they want most is a nurse they already know.", ""},
		{"several also asked for", "Several parents also asked for letters written in plain English.", ""},
		{"a request that opens with a body", "Their main ask was that the council keeps the holiday scheme open.", "Local authorities"},
		// Places offered to members of a body.
		{"welcome members of a forum on a group", "We would welcome three members of the parent carer forum on our steering group.", "Other"},
		{"welcome officers from the council", "We'd welcome a senior officer from the council on the project board.", "Local authorities"},
		{"could the forum help", "Could the forum help us recruit parents for the review?", "Other"},
		{"love the youth board to join", "We'd love the youth board to join our staff induction day.", "Other"},
		// A standing request, the body described before the verb.
		{"has asked X, which ..., to", "The hospice has asked the council, which runs the short breaks service, to extend it to weekends.", "Local authorities"},
		{"have asked the ICB, which ..., to", "We have asked the ICB, which holds the contract, to publish the review.", "ICBs"},
		{"called on X, which ..., to", "The charity has called on the government, which sets the grant, to index it to inflation.", "Government"},
		// Demands quoted in news.
		{"said X must, quoted", "Campaigner Ali Khan said the council must \"stop passing families from door to door\" and open the hub.", "Local authorities"},
		{"said X, then a quoted must", "She said ministers “must put children first” in the spending review.", "Government"},
		// Ministers named by role.
		{"urged the health secretary", "The college has urged the health secretary to fund more training posts.", "Government"},
		{"written to the children's minister, urging her", "We have written to the children's minister, urging her to protect the grant.", "Government"},
		{"the Secretary of State should", "The Secretary of State should publish the plan before the summer.", "Government"},
		{"a SEND partnership", "The SEND partnership should publish one plan for therapies.", "ICBs,Local authorities"},
	})
	for _, in := range []string{
		"What parents want is not always what services can offer.",
		"Parents asked for help from their GP before they came to us.",
		"Their top priority was getting back to school.",
		"We would welcome applications from experienced nurses.",
		"We would welcome your views on the draft by Friday.",
		"I have asked the adult CHC team to pick up the rest before Christmas.",
		"NHS England has asked trusts to submit their plans by March.",
		"The ICB must arrange the provision in the plan under the Children and Families Act.",
		"Could you let me know which members would like to come?",
		"He said the wait was \"far too long\" for his son.",
	} {
		if got := recs(t, in); len(got) != 0 {
			t.Errorf("%q read as a recommendation: %q", in, got)
		}
	}
}

// TestNumbersInAsksAndStories: a count in words is the size of what an
// ask asks for, a bare number of a range inside one an age, and a count
// of the different people one family met is its story; none is a figure.
// Digits, money and durations in an ask, and counts in a finding, keep
// theirs.
func TestNumbersInAsksAndStories(t *testing.T) {
	figures := func(body, key string) ([]string, bool) {
		t.Helper()
		for _, it := range extract.Extract(parseBody(t, "P", body)) {
			if strings.Contains(it.Text, key) {
				var out []string
				for _, f := range it.Figures {
					out = append(out, f.Text)
				}
				return out, true
			}
		}
		return nil, false
	}
	for _, c := range []struct {
		name, body, key, num string
		keep                 bool
	}{
		{"a count in words in an ask", "We would welcome two members of the forum on our group.", "two members", "two", false},
		{"more posts in an ask", "The trust has asked the ICB to fund three more nurse posts.", "three more", "three", false},
		{"an age range in an ask", "Their top request is for one worker who stays with them from 16 to 18, rather than a handover.", "from 16 to 18", "16", false},
		{"a standard asked for keeps its figure", "The ICB should make sure no child waits more than 18 weeks.", "18 weeks", "18", true},
		{"a story's count of different people", "My son saw five different doctors before anyone listened.", "five different", "five", false},
		{"a count of different teams, told of one family", "She said they had been passed between seven different teams.", "seven different", "seven", false},
		{"a finding's count of different services keeps its figure", "Families in the audit were seen by 4 different services on average.", "4 different", "4", true},
		{"a count in words in a finding keeps its figure", "Three different providers run the service across the county.", "Three different", "Three", true},
		{"a count in words in thanks", "We would like to thank you for meeting four of our young carers in March.", "four of our", "four", false},
		// A thank-you on its own may be dropped whole as page furniture
		// by the learned model: it then gives no figure either.
		{"a count in words after thank you", "Thank you for giving two of your officers to the steering group.", "two of your", "two", false},
		{"a count in digits in thanks keeps its figure", "Thank you to the 412 parents who answered our survey.", "412 parents", "412", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, ok := figures(c.body, c.key)
			if !ok {
				if c.keep || !strings.HasPrefix(c.body, "Thank you") {
					t.Fatalf("no item holds %q", c.key)
				}
				return
			}
			found := false
			for _, g := range got {
				found = found || strings.Contains(g, c.num)
			}
			if found != c.keep {
				t.Errorf("%q: figures %q; want %q among them: %v", c.body, got, c.num, c.keep)
			}
		})
	}
}

// TestMoreInformationLine: a line sending the reader elsewhere for more is
// furniture; a finding that opens the same way is not.
func TestMoreInformationLine(t *testing.T) {
	for _, in := range []string{
		"To find out about nursing jobs on our wards, visit our careers pages.",
		"For more information about the clinic, please contact the team.",
	} {
		if got := kindOf(t, "Riverside Hospitals NHS Trust", in); got != "" {
			t.Errorf("%q read as %s, want no item", in, got)
		}
	}
	if got := kindOf(t, "Riverside Hospitals NHS Trust", "To find out how long families waited, we asked 212 parents and 41% said more than a year."); got != evidence.Statistic {
		t.Errorf("a finding read as %q", got)
	}
}
