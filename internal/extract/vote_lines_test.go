package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestVoteLinesUnderRecommendationsAreStatistics: a line under a
// numbered recommendation stating how many supported it, "Support: 15 of
// 18 panel members (83%)", is a statistic of the panel's voice with the
// count its headline, not a recommendation, and takes no recommendation's
// number; the recommendations keep theirs. A verb before a colon labels
// a line and commands nothing.
func TestVoteLinesUnderRecommendationsAreStatistics(t *testing.T) {
	body := "## Our recommendations\n\nThe panel agreed the following recommendations.\n\n" +
		"1. Every school should have a named mental health lead.\n\nSupport: 15 of 18 panel members (83%)\n\n" +
		"2. The council should publish waiting times each month.\n\nSupport: all 18 panel members (100%)\n\n" +
		"3. Review the referral form with parents before the summer.\n\nSupport: 11 of 18 panel members (61%)\n"
	nums := map[string]bool{}
	votes := 0
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		vote := strings.HasPrefix(it.Text, "Support:")
		switch {
		case vote && it.Kind == evidence.Statistic:
			votes++
			if it.Number != "" {
				t.Errorf("vote line %q took number %q", it.Text, it.Number)
			}
		case vote:
			t.Errorf("vote line %q read as %s", it.Text, it.Kind)
		case it.Kind == evidence.Recommendation:
			nums[it.Number] = true
		}
	}
	if votes != 3 {
		t.Errorf("%d vote lines read as statistics, want 3", votes)
	}
	for _, n := range []string{"1", "2", "3"} {
		if !nums[n] {
			t.Errorf("recommendation %s lost its number: %v", n, nums)
		}
	}
}
