package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestFinancialYearWrittenWithTo: "2023 to 24" is the financial year
// 2023/24, as "2023-24" and "2023 to 2024" are, in a table's header and in
// a sentence. Before, it was the year 2023, and the header's figures
// measured "to 24" (red-team round 15 leftovers). A count after "to" is
// still a count ("rose from 12 in 2023 to 24 in 2024", "to 24%").
func TestFinancialYearWrittenWithTo(t *testing.T) {
	body := "## Waits\n\n| Region | Children waiting 2022 to 23 | Children waiting 2023 to 24 | Children waiting 2023 to 2024 |\n|---|---|---|---|\n" +
		"| North | 1,200 | 1,350 | 1,350 |\n\n" +
		"In 2023 to 24, 4,120 children were referred to community paediatrics.\n\n" +
		"Referrals to the school nursing team rose from 12 in 2023 to 24 in 2024.\n\n" +
		"The share of families waiting rose in 2023 to 24% of all families.\n"
	var got []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		for _, f := range it.Figures {
			got = append(got, f.Text+": "+f.Measure+" in "+f.Period)
		}
	}
	all := strings.Join(got, "\n") + "\n"
	for _, want := range []string{
		"1,200: children waiting in 2022/23\n",
		"1,350: children waiting in 2023/24\n",
		"4,120 children: ",
		"24: ",
		"24%: ",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("no %q in\n%s", want, all)
		}
	}
	if strings.Count(all, "1,350: children waiting in 2023/24\n") != 2 || strings.Contains(all, "to 24") || strings.Contains(all, "4,120 children: children referred to community paediatrics in 2023\n") {
		t.Errorf("2023 to 24 read as 2023:\n%s", all)
	}
	for _, line := range got {
		if strings.HasPrefix(line, "4,120 children:") && !strings.HasSuffix(line, " in 2023/24") {
			t.Errorf("the sentence's figure is not of 2023/24: %q", line)
		}
	}
}
