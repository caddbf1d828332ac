package measure_test

import (
	"testing"

	"github.com/cypx/cypx/internal/measure"
)

// TestMatchStatedTakesOneFindingInOtherWords: two keys of one value in
// one study that share half their terms are one measure said in other
// words ("will reach" of "will cover"), where Match asks more of keys in
// general; a number, a group or a measure that shares less still makes
// two measures (hostile check 69).
func TestMatchStatedTakesOneFindingInOtherWords(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"percent|pupil||=mhst reach", "percent|pupil||=mhst cover", true},
		{"percent|kent||#18 seen week", "percent|||#18 seen week", true},
		{"percent|kent||#18 assess wait week wheelchair", "percent|kent||#12 =slt assess wait week", false},
		{"percent|medway||#12 =slt assess wait week", "percent|kent||#12 =slt assess wait week", false},
		{"count|kent||=la appoint counti dental kent list wait", "count|kent||=autism assess list wait", false},
		{"percent|kent||#18 seen week", "percent|||dartford", false},
		{"percent|||not seen", "percent|||seen", false},
	} {
		a, b := measure.ParseKey(tc.a), measure.ParseKey(tc.b)
		if got := measure.MatchStated(a, b); got != tc.want {
			t.Errorf("MatchStated(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := measure.MatchStated(b, a); got != tc.want {
			t.Errorf("MatchStated(%q, %q) = %v, want %v", tc.b, tc.a, got, tc.want)
		}
	}
	if measure.Match(measure.ParseKey("percent|pupil||=mhst reach"), measure.ParseKey("percent|pupil||=mhst cover"), measure.SameStudy) {
		t.Error("Match took reach and cover for one measure: MatchStated's lower bar is not needed")
	}
}
