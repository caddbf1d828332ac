package extract_test

import "testing"

// TestADashWrittenAsACharacterReferenceMakesARange: a non-breaking hyphen
// or a minus sign written as a character reference between two numbers
// ("9&#x2011;11%", "5&minus;6%") is the range the same sentence with the
// character gives, not its high end alone (hostile check 85, M2).
func TestADashWrittenAsACharacterReferenceMakesARange(t *testing.T) {
	readsAsUnmarked(t, []string{
		"Sickness absence among health visitors fell by 9&#x2011;11% during 2022.",
		"The share of pupils persistently absent rose to 5&minus;6% in 2024.",
		"Between 2023&#8209;24 and last year, 17&#x2212;19% of places went unfilled.",
	}, []string{
		"Sickness absence among health visitors fell by 9\u201111% during 2022.",
		"The share of pupils persistently absent rose to 5\u22126% in 2024.",
		"Between 2023\u201124 and last year, 17\u221219% of places went unfilled.",
	})
}
