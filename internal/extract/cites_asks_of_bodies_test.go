package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestAnotherBodysAskIsCitedToIt: a recommendation the source reports
// another body made ("The Royal College ... recommends that", "NICE
// guidance says", "the Children's Commissioner called on ministers to")
// cites that body, as a statistic citing one does; the source's own ask,
// and an ask of a body that names no asker, cite no one. Before (hostile
// check 69 F15) every such ask was the publisher's alone.
func TestAnotherBodysAskIsCitedToIt(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"The Royal College of Paediatrics and Child Health recommends that every ICB should appoint a named lead for children's community therapies.", "Royal College of Paediatrics and Child Health"},
		{"NICE guidance recommends that ICBs should commission a specialist service to assess children with suspected ADHD.", "NICE"},
		{"In its report, the Children's Commissioner called on ministers to fund a mental health practitioner in every secondary school.", "Children's Commissioner"},
		{"We recommend that every ICB should appoint a named lead for children's community therapies.", ""},
		{"ICBs should publish their waiting times for children's therapies every quarter.", ""},
		{"Fenwick Health Trust recommends that commissioners should fund two more therapists.", ""},
		{"Fenwick Health Trust and the Eastmoor Parent Carer Forum ask that the ICB funds more therapists for special schools.", ""},
		{"Our governors have asked the board to publish therapy waits for each school every term.", ""},
		{"The ICB's children's board recommended that providers contact every family waiting for a therapy assessment.", ""},
		{"The ICB has asked every practice to record children's asthma reviews on the new template.", ""},
		{"NHS England should bring therapy waits back within the 18 weeks set by NICE.", ""},
		{"Healthwatch Eastmoor has called on the ICB to publish children's therapy waits every quarter.", "Healthwatch Eastmoor"},
	} {
		its := extract.Extract(parseBody(t, "Fenwick Health Trust", c.s+"\n"))
		if len(its) != 1 || c.want != "" && its[0].Kind != evidence.Recommendation || its[0].Cites != c.want {
			t.Errorf("%q: %d items, kind %v, cites %q; want one item citing %q (a recommendation where it cites one)", c.s, len(its), askKindOf(its), citesOfS79b(its), c.want)
		}
	}
}

func askKindOf(its []evidence.Item) evidence.Kind {
	if len(its) == 0 {
		return ""
	}
	return its[0].Kind
}
