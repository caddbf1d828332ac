package extract_test

import "testing"

// TestLevelAfterUpByAndYearsJoinedByTo: the level a change reached is a
// count after ", up by N% ... to" ("Calls kept rising, up by 12% in
// 2024/25 to 930.") as after "rose by N% to", and after a change whose
// years are joined by "to" ("rose by 22% between 2018 to 2019 and 2023
// to 2024, to 740 a year"), where the years' "to" was taken for the
// level's; the level leads both (the quality package's conventions).
// Before, both levels were lost.
func TestLevelAfterUpByAndYearsJoinedByTo(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Calls to the helpline kept rising, up by 12% in 2024/25 to 930.", "12%=12 percent/change; 930=930 count/headline"},
		{"Calls to the helpline kept rising, up 12% to 930.", "12%=12 percent/change; 930=930 count/headline"},
		{"Admissions rose by 22% between 2018 to 2019 and 2023 to 2024, to 740 a year.", "22%=22 percent/change; 740=740 count/headline"},
	}
	checkDescribed(t, cases)
}
