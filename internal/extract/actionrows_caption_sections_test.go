package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestCaptionInsideRecoveryPlanAsks: a board paper's "5. Recovery plan"
// whose table an import captioned as a heading of its own ("Table 2:
// Recovery actions") is the trust's plan, each row owned by one of its
// officers an ask of the trust. Before, the caption was a section of its
// own, and the rows were excerpts. A performance report's "Recovery
// actions" and a caption under another section ask no one.
func TestCaptionInsideRecoveryPlanAsks(t *testing.T) {
	table := "| Action | Owner | By when |\n|---|---|---|\n" +
		"| Recruit to the two vacant dietitian posts through a rolling advert | Service Manager | 31 March 2027 |\n" +
		"| Agree a shared-care protocol with GP practices for blood tests | Clinical Lead | 30 April 2027 |\n"
	for _, c := range []struct {
		body string
		want int
	}{
		{"## 5. Recovery plan\n\n5.1 The actions below were agreed with the care group.\n\n## Table 2: Recovery actions\n\n" + table, 2},
		{"## 5. Recovery plan\n\n" + table, 2},
		{"## 3. Performance\n\nWaits rose in the quarter.\n\n## Table 2: Recovery actions\n\n" + table, 0},
		{"## Recovery actions\n\n" + table, 0},
	} {
		n := 0
		for _, it := range extract.Extract(parseBody(t, "Wexley Partnership NHS Foundation Trust", c.body)) {
			if it.Kind == evidence.Recommendation {
				n++
				if len(it.Actors) != 1 || it.Actors[0] != evidence.Trusts {
					t.Errorf("%q: actors %v, want [Trusts]", it.Text, it.Actors)
				}
			}
		}
		if n != c.want {
			t.Errorf("%q: %d recommendations, want %d", c.body[:30], n, c.want)
		}
	}
}

// TestRecommissionOpensAnAsk: a council's action plan row "Recommission the
// 0 to 19 public health nursing service ..." led by its Director of Public
// Health asks the council, as "Commission ..." does. Before, the row was
// an excerpt. A row reporting a recommissioning ("Recommissioning of the
// service is complete") asks no one.
func TestRecommissionOpensAnAsk(t *testing.T) {
	body := "## 3. Action plan for 2026/27\n\n| Action | Lead | Due |\n|---|---|---|\n" +
		"| Recommission the 0 to 19 public health nursing service with a target for on-time reviews | Director of Public Health | April 2027 |\n" +
		"| Recommissioning of the school nursing service is complete this year | Director of Public Health | April 2027 |\n"
	var got []string
	for _, it := range extract.Extract(parseBody(t, "Kelmarsh Borough Council", body)) {
		if it.Kind == evidence.Recommendation {
			got = append(got, it.Text)
			if len(it.Actors) != 1 || it.Actors[0] != evidence.LocalAuthorities {
				t.Errorf("%q: actors %v, want [Local authorities]", it.Text, it.Actors)
			}
		}
	}
	if len(got) != 1 || !strings.HasPrefix(got[0], "Recommission the 0 to 19") {
		t.Errorf("recommendations %q, want the recommission row alone", got)
	}
}

// TestOwnerCellNamingABodysTeam: an owner cell opening with a body and
// going on with one of its teams' remit ("ICB primary care commissioning")
// asks that body alone; the remit's "primary care" is no body asked.
// Before, the row asked the ICBs and Other. A cell joining two bodies ("ICB
// and GP practices") still asks both.
func TestOwnerCellNamingABodysTeam(t *testing.T) {
	body := "## Recommendations\n\n| No. | Recommendation | Lead | By when |\n|---|---|---|---|\n" +
		"| 2 | Commission an urgent dental access scheme for children with no regular dentist | ICB primary care commissioning | April 2027 |\n" +
		"| 3 | Offer a dental check to every child in care at their health assessment | ICB and GP practices | April 2027 |\n"
	want := map[string]string{"2": "ICBs", "3": "ICBs,Other"}
	n := 0
	for _, it := range extract.Extract(parseBody(t, "Corbury Vale Council", body)) {
		if it.Kind != evidence.Recommendation {
			continue
		}
		n++
		var as []string
		for _, a := range it.Actors {
			as = append(as, string(a))
		}
		if got := strings.Join(as, ","); got != want[it.Number] {
			t.Errorf("%s %q: actors %s, want %s", it.Number, it.Text, got, want[it.Number])
		}
	}
	if n != 2 {
		t.Errorf("%d recommendations, want 2", n)
	}
}
