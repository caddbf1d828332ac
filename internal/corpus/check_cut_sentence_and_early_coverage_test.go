package corpus_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/cypx/cypx/internal/corpus"
)

// TestAPageMarkerCuttingASentenceIsAProblem: a page marker written
// inside a paragraph, where the words before it end no sentence, is a
// problem at the marker's line naming how the item before it ends; a
// marker after a full stop, or between paragraphs, is none. Before
// (hostile check 70 G24), `cypx check` passed a quote ending "…, and".
func TestAPageMarkerCuttingASentenceIsAProblem(t *testing.T) {
	src := "---\ntitle: Clinic review\npublisher: Fenmoor Trust\ndate: 2024-05-01\ntype: report\n---\n" +
		"<!-- page 4 -->\n" + // line 7
		"The service should offer every family a named worker by 2026, and\n" + // 8
		"<!-- page 5 -->\n" + // 9: cuts the sentence
		"should publish its waits each quarter.\n\n" + // 10
		"Referrals rose by 12% in 2023.\n" + // 12
		"<!-- page 6 -->\n" + // 13: after a full stop
		"Waits fell in the spring.\n\n" + // 14
		"<!-- page 7 -->\n" + // 16: between paragraphs
		"Staffing was stable.\n"
	_, probs := corpus.Parse("sources/r.md", []byte(src))
	var lines []int
	for _, p := range probs {
		lines = append(lines, p.Line)
		if p.Line == 9 && !strings.Contains(p.Message, `ends "… worker by 2026, and"`) {
			t.Errorf("line 9: %s", p.Message)
		}
	}
	if len(lines) != 1 || lines[0] != 9 {
		t.Errorf("problems at lines %v, want 9 alone: %v", lines, probs)
	}
}

// TestCoverageDatedBeforeItsWorkIsAProblem: a story `about:` a report
// dated after it is a problem at its about: line (the about kept); one
// dated after the report, or of the same year where one gives no month,
// is none. Before (hostile check 70 G32), `cypx check` passed it.
func TestCoverageDatedBeforeItsWorkIsAProblem(t *testing.T) {
	fm := func(title, date, about string) string {
		s := "---\ntitle: " + title + "\npublisher: Fenmoor Echo\ndate: " + date + "\ntype: news\n"
		if about != "" {
			s += "about: " + about + "\n"
		}
		return s + "---\nAbout 40% of children waited more than 18 weeks in 2023.\n"
	}
	fsys := fstest.MapFS{
		"sources/rep.md":   {Data: []byte("---\ntitle: Waits\npublisher: Fenmoor Trust\ndate: 2024-03-01\ntype: report\n---\nAbout 40% of children waited more than 18 weeks in 2023.\n")},
		"sources/early.md": {Data: []byte(fm("Waits preview", "2023-11-20", "rep"))},
		"sources/late.md":  {Data: []byte(fm("Waits out", "2024-03-04", "rep"))},
		"sources/year.md":  {Data: []byte(fm("Waits year", "2024", "rep"))},
	}
	docs, probs := corpus.Load(fsys)
	if len(probs) != 1 || probs[0].File != "sources/early.md" || probs[0].Line != 6 ||
		!strings.Contains(probs[0].Message, `about: "rep" is dated 1 March 2024, after this source (20 November 2023)`) {
		t.Errorf("problems %v", probs)
	}
	for _, d := range docs {
		if d.Source.ID == "early" && d.Source.About != "rep" {
			t.Errorf("the early story's about was dropped")
		}
	}
}
