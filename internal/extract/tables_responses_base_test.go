package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestResponsesColumnIsTheBase: a column of responses beside shares
// ("Responses", "Satisfied", "Dissatisfied") counts whom the row's shares
// are of, so its count is the row's base and the first share its
// headline. Before: the count was the headline and no base was marked.
// A table of responses with no share keeps its count as the finding.
func TestResponsesColumnIsTheBase(t *testing.T) {
	body := "| Clinic | Responses | Satisfied | Dissatisfied |\n|---|---|---|---|\n" +
		"| Audiology | 318 | 88.4% | 4.1% |\n| Orthoptics | 145 | 92.0% | 2.7% |\n"
	var got []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		got = append(got, describe(it.Figures))
	}
	want := []string{
		"318=318 count/base; 88.4%=88.4 percent; 4.1%=4.1 percent",
		"145=145 count/base; 92.0%=92 percent; 2.7%=2.7 percent",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	body = "| Clinic | Responses |\n|---|---|\n| Audiology | 318 |\n| Orthoptics | 145 |\n"
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		if d := describe(it.Figures); strings.Contains(d, "base") {
			t.Errorf("responses with no share read as a base: %s", d)
		}
	}
}

// TestAnsweredColumnIsTheBase: a poll's column of those who answered
// each question, "Answered" beside "Agreed (%)", counts whom the share is
// of: the count the base, the share the headline. Before: the count was
// the headline and no base was marked. A column of those examined stays
// the row's count.
func TestAnsweredColumnIsTheBase(t *testing.T) {
	body := "| Question | Answered | Agreed (%) |\n|---|---|---|\n" +
		"| Discharge letters reach my GP on time | 96 | 41 |\n"
	its := extract.Extract(parseBody(t, "P", body))
	if len(its) != 1 || describe(its[0].Figures) != "96=96 count/base; 41=41 percent" {
		t.Errorf("poll row: %v", its)
	}
	body = "| Clinic | Children examined | With decay (%) |\n|---|---|---|\n| Northside | 412 | 23 |\n"
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		if d := describe(it.Figures); strings.Contains(d, "base") {
			t.Errorf("children examined read as a base: %s", d)
		}
	}
}

// TestSampleNColumnIsTheBase: a column headed with a sample's "(n)"
// beside shares ("Families (n)", "Waited over a year (%)") counts whom
// the share is of: the count the base, the share the headline. Before:
// the count was the headline. A column of those examined with no "(n)"
// stays the row's count, and an "(n)" column beside no share keeps its
// count.
func TestSampleNColumnIsTheBase(t *testing.T) {
	body := "| Therapy | Families (n) | Waited over a year (%) |\n|---|---|---|\n" +
		"| Speech and language therapy | 151 | 34 |\n"
	its := extract.Extract(parseBody(t, "P", body))
	if len(its) != 1 || describe(its[0].Figures) != "151=151 count/base; 34=34 percent" {
		t.Errorf("sample row: %v", its)
	}
	for _, body := range []string{
		"| Clinic | Children examined | With decay (%) |\n|---|---|---|\n| Northside | 412 | 23 |\n",
		"| Clinic | Children (n) | Mean wait (weeks) |\n|---|---|---|\n| Northside | 412 | 23 |\n",
	} {
		for _, it := range extract.Extract(parseBody(t, "P", body)) {
			if d := describe(it.Figures); strings.Contains(d, "base") {
				t.Errorf("%q: read as a base: %s", body, d)
			}
		}
	}
}
