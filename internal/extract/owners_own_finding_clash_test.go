package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestAnotherBodysFigureIsNotTheWritersFinding: a figure another body
// states, which the sentence rejects ("Contrary to X's claim that",
// "X's estimate of N is too low"), contrasts ("Unlike X, which found")
// or cites beside the writer's own finding ("compared with 45% ...
// (Acme Trust, 2023)"), is neither the headline nor compared as the
// publisher's (no key), the writer's own figure is the headline, and the
// item cites no other work for it (hostile check 53). Before, the other
// body's figure was the headline, copied as the publisher's and said to
// disagree with others, or the citation was applied to the writer's own.
func TestAnotherBodysFigureIsNotTheWritersFinding(t *testing.T) {
	for _, c := range []struct {
		sentence   string
		own, other float64
	}{
		{"Contrary to the Ministry's claim that 90% of pupils were seen within 18 weeks in 2023, our survey found 60%.", 60, 90},
		{"Unlike the Acme Trust, which found 34% of pupils waiting, our survey found 28%.", 28, 34},
		{"The Acme Trust's estimate of 20% is too low; our analysis finds 30% of pupils affected.", 30, 20},
		{"Our survey found 30% of parents were worried in 2023, compared with 45% of pupils waiting more than 18 weeks (Acme Trust, 2023).", 30, 45},
		{"The Acme Trust found 20% of pupils were waiting in 2023 (Acme Trust, 2023); we found 25% (this report).", 25, 20},
	} {
		items := extract.Extract(parseBody(t, "Writer Body", "## Findings\n\n"+c.sentence+"\n"))
		if len(items) != 1 {
			t.Fatalf("%q: %d items", c.sentence, len(items))
		}
		it := items[0]
		h, _ := it.Headline()
		if h.Value != c.own {
			t.Errorf("%q: headline %v, want the writer's own %v", c.sentence, h.Value, c.own)
		}
		if it.Cites != "" {
			t.Errorf("%q: cites %q for the writer's own finding", c.sentence, it.Cites)
		}
		for _, f := range it.Figures {
			if f.Value == c.other && f.Unit == evidence.UnitPercent && (f.Key != "" || f.Role == evidence.RoleHeadline) {
				t.Errorf("%q: the other body's %v has key %q, role %q", c.sentence, f.Value, f.Key, f.Role)
			}
		}
	}
	// Still the publisher's: an estimate the text does not reject, and a
	// citation with no finding of the writer's beside it.
	items := extract.Extract(parseBody(t, "Writer Body", "## Findings\n\nThe Acme Trust's estimate of 20% of pupils waiting has been confirmed.\n\nIn 2023, 45% of pupils waited more than 18 weeks (Acme Trust, 2023).\n"))
	if len(items) != 2 {
		t.Fatalf("%d items", len(items))
	}
	if h, _ := items[0].Headline(); h.Value != 20 || h.Key == "" {
		t.Errorf("confirmed estimate: headline %v key %q, want 20 with a key", h.Value, h.Key)
	}
	if items[1].Cites != "Acme Trust, 2023" {
		t.Errorf("a cited finding cites %q, want Acme Trust, 2023", items[1].Cites)
	}
}
