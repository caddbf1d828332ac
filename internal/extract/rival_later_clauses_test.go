package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestARivalBodysClauseLeavesTheFirstAttribution: a sentence giving one
// body's figure and, in a later clause opened by "while", "whereas" or a
// semicolon, another body's ("According to the Acme Trust, 38% of pupils
// waited more than 12 weeks in 2022, while the Bexley Institute found
// 47%.") cites the first body, whose figure is the headline; the other
// body's figure is neither the headline nor given a key, as another
// body's figure beside the writer's is (hostile check 53 F3/F4). Before,
// the sentence named two bodies and cited no one, and 47% kept a key,
// compared as the publisher's finding.
func TestARivalBodysClauseLeavesTheFirstAttribution(t *testing.T) {
	for _, s := range []string{
		"According to the Acme Trust, 38% of pupils waited more than 12 weeks in 2022, while the Bexley Institute found 47%.",
		"According to the Acme Trust, 38% of pupils waited more than 12 weeks in 2022; the Bexley Institute found 47%.",
		"The Acme Trust found 38% of pupils waited more than 12 weeks in 2022, whereas the Bexley Institute reported 47%.",
		"According to the Acme Trust, 38% of pupils waited more than 12 weeks, while the Bexley Institute found 47% in 2022.",
	} {
		items := extract.Extract(parseBody(t, "Writer Body", "## Findings\n\n"+s+"\n"))
		if len(items) != 1 {
			t.Fatalf("%q: %d items", s, len(items))
		}
		it := items[0]
		if it.Cites != "Acme Trust" {
			t.Errorf("%q: cites %q, want Acme Trust", s, it.Cites)
		}
		if h, _ := it.Headline(); h.Value != 38 || h.Key == "" {
			t.Errorf("%q: headline %v key %q, want the Acme Trust's 38 with a key", s, h.Value, h.Key)
		}
		seen := false
		for _, f := range it.Figures {
			if f.Value == 47 {
				seen = true
				if f.Key != "" || f.Role == evidence.RoleHeadline {
					t.Errorf("%q: the other body's 47%% has key %q, role %q", s, f.Key, f.Role)
				}
			}
		}
		if !seen {
			t.Errorf("%q: no 47%% figure", s)
		}
	}
	// Still no one attribution: two bodies with no clause between them, a
	// first body's clause holding no figure of its own, and a second
	// clause with a measure of its own (two findings).
	for _, s := range []string{
		"The Acme Trust found 38% of pupils waited more than 12 weeks in 2022, the Bexley Institute found.",
		"According to the Acme Trust, waits grew in 2022, while the Bexley Institute found 47% of pupils waited more than 12 weeks.",
		"According to the Acme Trust, 38% of pupils were absent in 2022, while the Bexley Institute found 47% waited more than 12 weeks.",
	} {
		items := extract.Extract(parseBody(t, "Writer Body", "## Findings\n\n"+s+"\n"))
		if len(items) != 1 {
			t.Fatalf("%q: %d items", s, len(items))
		}
		if items[0].Cites != "" {
			t.Errorf("%q: cites %q, want no one", s, items[0].Cites)
		}
	}
}
