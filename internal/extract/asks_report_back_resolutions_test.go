package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestResolutionAsksAnOfficerToReportBack: a committee's resolution that
// "asks the Director of Public Health to report back to the committee in
// six months on ..." asks the officer's body (the council), whether the
// resolution is one paragraph or a lettered item under "That the
// committee:"; a paper's lettered "ask the Trust to report back on ..."
// under "Members are asked to:" asks the committee's council, not the
// trust it is to ask (internal/quality's conventions). The time is the deadline of the ask, no figure. Written for
// this test. Before, every one of them was an excerpt (a report back
// was read as an account asked for, no act).
func TestResolutionAsksAnOfficerToReportBack(t *testing.T) {
	doc := parsePublished(t, "Kelbury Borough Council",
		"## 14. Children's community health waits\n\n"+
			"RESOLVED: That the committee asks the Director of Public Health to report back to the committee in six months on progress with the school nursing review.\n\n"+
			"Resolved that the Committee:\n\n"+
			"(a) notes the report;\n\n"+
			"(b) asks the Director of Public Health to report back to the committee in six months on school nursing vacancies.\n\n"+
			"## 15. Crisis care\n\n"+
			"2.1 Members are asked to:\n\n"+
			"(a) note the responses in section 3;\n\n"+
			"(b) ask the Trust to report back on transition planning for 17-year-olds in September 2026.\n")
	checkLines(t, recLines(itemLines(doc)), []string{
		"recommendation||Local authorities|RESOLVED: That the committee asks the Director of Public Health to report back to the committee in six months on progress with the school nursing review.",
		"recommendation|b|Local authorities|asks the Director of Public Health to report back to the committee in six months on school nursing vacancies.",
		"recommendation|b|Local authorities|ask the Trust to report back on transition planning for 17-year-olds in September 2026.",
	})
	for _, s := range []string{
		"That the committee asks the Director of Public Health to report back to the committee in six months on progress with the school nursing review.",
		"asks the Director of Public Health to report back to the committee in six months on school nursing vacancies.",
	} {
		if f := extract.Figures(s); len(f) != 0 {
			t.Errorf("%q: figures %v, want none", s, f)
		}
	}
}
