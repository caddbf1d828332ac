package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestSafetyReferencesNumberTheirAsks: a safety investigation's
// recommendations labelled with a reference, "Safety recommendation
// R/2025/014:", keep the reference as their number, and its safety
// observations labelled so, "Safety observation O/2025/007: It may be
// beneficial if ...", are asks with theirs. Before, the references were
// lost and the observations were excerpts.
func TestSafetyReferencesNumberTheirAsks(t *testing.T) {
	body := "## Safety recommendations and observations\n\n" +
		"Safety recommendation R/2025/014: The panel recommends that NHS England publishes guidance on the transfer of care for young people.\n\n" +
		"Safety observation O/2025/007: It may be beneficial if integrated care boards reviewed their out-of-area placements each year.\n\n" +
		"## Findings\n\nObservation: the ward was busy on every visit and two beds were closed.\n"
	got := strings.Join(recs(t, body), "\n")
	for _, want := range []string{"R/2025/014|The panel recommends that NHS England", "O/2025/007|It may be beneficial if integrated care boards"} {
		if !strings.Contains(got, want) {
			t.Errorf("no recommendation %q in:\n%s", want, got)
		}
	}
	if strings.Contains(got, "ward was busy") {
		t.Errorf("an observation without a reference read as an ask:\n%s", got)
	}
}

// TestRequestedPartsKeepTheirNumbers: a paper's numbered requests set as
// paragraphs that go on from "the Council of Governors asked that:",
// "4.1 the Board should ...", are asks with their part numbers, each one
// (a part naming no known body too). Before, they had no numbers and a
// part with a time in it was read as a statistic.
func TestRequestedPartsKeepTheirNumbers(t *testing.T) {
	body := "## 3. Requests from governors\n\nAfter discussion, the governors asked that:\n\n" +
		"3.1 the Board should receive a termly report on waiting times;\n\n" +
		"3.2 the lead governor should seek assurance that every referral is triaged within a week; and\n\n" +
		"3.3 the Chief Executive should write to the council about school nursing.\n\n" +
		"## 4. Next steps\n\n4.1 The minutes will be published in May.\n"
	got := recs(t, body)
	nums := map[string]bool{}
	for _, r := range got {
		n, _, _ := strings.Cut(r, "|")
		nums[n] = true
	}
	for _, n := range []string{"3.1", "3.2", "3.3"} {
		if !nums[n] {
			t.Errorf("request %s not read with its number: %q", n, got)
		}
	}
	if nums["4.1"] {
		t.Errorf("a numbered paragraph under no lead-in read as an ask: %q", got)
	}
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		if strings.HasPrefix(it.Text, "he ") {
			t.Errorf("item cut into its first word: %q", it.Text)
		}
	}
}
