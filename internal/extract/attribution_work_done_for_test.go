package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestWorkDoneForABodyCitesIt: research, analysis or a study done for a
// body ("Research for the national charity Hope for Children suggests",
// "Analysis commissioned for the ICB found") is that body's, which
// publishes it; "figures for" and "a survey for" name a place or a group,
// never a body cited. Before (held-out set 89), the charity's figure was
// cited to no one.
func TestWorkDoneForABodyCitesIt(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Research for the national charity Hope for Children suggests that around 86,000 children in England live with a life-limiting condition.", "Hope for Children"},
		{"Research for the charity Hope for Children suggests that around 86,000 children in England live with a life-limiting condition.", "Hope for Children"},
		{"Analysis commissioned for the Nuffield Trust found that 212 children waited more than a year in 2025.", "Nuffield Trust"},
		{"Figures for Kent show that 64% of children were seen within 18 weeks in 2024.", ""},
		{"A survey for young people found that 61% felt unheard by services in 2025.", ""},
	} {
		var got *evidence.Item
		for _, it := range extract.Extract(parseBody(t, "Ashmore Council", "## Findings\n\n"+c.text+"\n")) {
			if it.Kind == evidence.Statistic {
				got = &it
				break
			}
		}
		if got == nil {
			t.Errorf("%q: no statistic", c.text)
			continue
		}
		if got.Cites != c.want {
			t.Errorf("%q: cites %q, want %q", c.text, got.Cites, c.want)
		}
	}
}
