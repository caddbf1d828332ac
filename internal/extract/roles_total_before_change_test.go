package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestTotalBeforeItsChangeIsTheLevel: "A total of 4,120 new referrals
// were made in 2024, up 12.5% on 2023": the percentage is only the
// change, of no group, so the total is the level it changed and the
// headline, not a base; a total a share is of stays its base. Written
// for this test.
func TestTotalBeforeItsChangeIsTheLevel(t *testing.T) {
	it := itemOf(t, "A total of 4,120 new referrals were made in 2024, up 12.5% on 2023.")
	if f := figureOf(t, it, "4,120 new referrals"); f.Role == evidence.RoleBase {
		t.Errorf("4,120 is a base, want the level")
	}
	if h, ok := it.Headline(); !ok || h.Text != "4,120 new referrals" {
		t.Errorf("headline %q, want 4,120 new referrals", h.Text)
	}
	it = itemOf(t, "Of a total of 400 pupils asked, 45% said they felt safe at school, up 3% on 2023.")
	if f := figureOf(t, it, "400 pupils"); f.Role != evidence.RoleBase {
		t.Errorf("400 has role %q, want base", f.Role)
	}
}
