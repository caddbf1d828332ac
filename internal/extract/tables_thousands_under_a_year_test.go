package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestCountsInThousandsUnderAYear: a header that gives its counts in
// thousands and then the year of its column ("Referrals (thousands)
// 2023/24", as a PDF's header cell merged over two years heads each) is
// scaled as "Referrals (thousands)" is. Before, the scale was read only
// at the header's end: 12.4 thousand referrals were a count of 12.4.
func TestCountsInThousandsUnderAYear(t *testing.T) {
	body := "| Area | Referrals (thousands) 2023/24 | Children ('000s) 2024 | Population (millions) FY 2024-25 |\n" +
		"|---|---|---|---|\n" +
		"| North | 12.4 | 340 | 2.7 |\n"
	var got []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		got = append(got, describe(it.Figures))
	}
	want := "12.4=12400 count; 340=340000 count; 2.7=2700000 count"
	if strings.Join(got, "\n") != want {
		t.Errorf("got  %q\nwant %q", strings.Join(got, "\n"), want)
	}
}
