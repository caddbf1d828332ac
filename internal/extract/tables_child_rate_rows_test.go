package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestChildStatusRateRowsAreRates: a row labelled with the rate of
// children in a status ("Children in need rate", "Child protection plan
// rate"), its base left out, holds rates (per 10,000 children), unit
// other, never counts of children; a row of counts beside it stays
// counts. Before, 352 was a count of 352.
func TestChildStatusRateRowsAreRates(t *testing.T) {
	body := "| Measure | 2023/24 | 2024/25 | England |\n|---|---|---|---|\n" +
		"| Children in need rate | 352 | 367 | 333 |\n" +
		"| Child protection plan rate | 41 | 44 | 42 |\n" +
		"| Referrals to children's social care | 4,210 | 4,390 | 621,880 |\n"
	var got []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		got = append(got, describe(it.Figures))
	}
	want := "352=352 other; 367=367 other/headline; 333=333 other\n41=41 other; 44=44 other/headline; 42=42 other\n4,210=4210 count; 4,390=4390 count/headline; 621,880=621880 count"
	if strings.Join(got, "\n") != want {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
}
