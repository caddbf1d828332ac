package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestRegulatorToldUsHeading: set 63 spent (every sentence written
// for this test). Under a heading of what a regulator told the writer to
// improve, a numbered "The trust must ..." is the inspector's requirement
// of the trust, an ask with its number, as under "What the trust must
// do"; the same "must" under a heading of findings stays a statement.
func TestRegulatorToldUsHeading(t *testing.T) {
	body := "## 4.2 What Ofsted told us to improve\n\nInspectors visited the service in May and found it required improvement.\n\n" +
		"1. The trust must make sure every child on the caseload has a named key worker.\n\n" +
		"2. The trust must make sure health assessments for children in care are shared with their social worker.\n"
	var recs []evidence.Item
	for _, it := range extract.Extract(parseBody(t, "Brackwater Trust", body)) {
		if it.Kind == evidence.Recommendation {
			recs = append(recs, it)
		}
	}
	if len(recs) != 2 || recs[0].Number != "1" || recs[1].Number != "2" {
		t.Fatalf("recommendations %+v, want the two numbered items", recs)
	}
	for _, r := range recs {
		if len(r.Actors) != 1 || r.Actors[0] != evidence.Trusts {
			t.Errorf("%q actors %v, want [Trusts]", r.Text, r.Actors)
		}
	}
	findings := "## 4.2 What we found\n\nThe trust must make sure every child on the caseload has a named key worker.\n"
	for _, it := range extract.Extract(parseBody(t, "Brackwater Trust", findings)) {
		if it.Kind == evidence.Recommendation {
			t.Errorf("under a findings heading %q read as an ask", it.Text)
		}
	}
}
