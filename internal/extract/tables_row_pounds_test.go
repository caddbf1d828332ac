package extract_test

import "testing"

// TestARowLabelOfPoundsGivesPounds: a table row whose label ends "(£)"
// ("Average transport cost per child (£)") holds pounds, as one ending
// "(£m)" holds millions of them; a row of children beside it stays a
// count. Before, 8,920 was a count of 8,920 (held-out set 96).
func TestARowLabelOfPoundsGivesPounds(t *testing.T) {
	checkDescribed(t, []struct{ in, want string }{
		{"| Measure | 2023/24 | 2024/25 |\n| --- | --- | --- |\n| Average transport cost per child (£) | 8,920 | 9,760 |\n", "8,920=8920 gbp; 9,760=9760 gbp/headline"},
		{"| Measure | 2023/24 | 2024/25 |\n| --- | --- | --- |\n| Children given transport | 1,140 | 1,310 |\n", "1,140=1140 count; 1,310=1310 count/headline"},
		{"| Measure | 2023/24 | 2024/25 |\n| --- | --- | --- |\n| Total spend (£m) | 10.2 | 12.8 |\n", "10.2=10200000 gbp; 12.8=12800000 gbp/headline"},
	})
}
