package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestOwnWardsReviewCadenceAndAskedLimitsAreNoFigures: set 63 spent (every sentence written for this
// test). The writer's own wards or units named with their kind beside a
// finding, how often a plan's status is reviewed, the places a
// document's examples come from, the limit of a standard an ask would
// set and how often an ask would have a body act are no figures; the
// findings beside them, and the same words in findings, stay.
func TestOwnWardsReviewCadenceAndAskedLimitsAreNoFigures(t *testing.T) {
	for _, c := range []struct {
		sentence string
		none     string // the text no figure may hold, or ""
		keep     string // a figure's text that must stay, or ""
	}{
		{"Staff on our three adolescent inpatient wards logged 140 restraints last year.", "three", "140"},
		{"Across its two eating disorder units, 61% of admissions were planned.", "two", "61%"},
		{"The team will reach around 3,200 pupils across our five primary schools.", "", "five"},
		{"Three wards had no psychiatrist on call at night.", "", "Three wards"},
		{"Progress on each action is reported to the partnership board every three months.", "three months", ""},
		{"The RAG status is reviewed by the steering group every six weeks.", "six weeks", ""},
		{"Children on the list were reviewed every three months, and 22% were missed.", "", "22%"},
		{"The report includes case studies from six local areas and a self-assessment tool.", "six", ""},
		{"Our toolkit draws on examples from three trusts.", "three", ""},
		{"Case studies from 12 areas showed that 40% of plans had no health advice.", "", "40%"},
		{"The Department should introduce a six-week standard for autism assessments.", "six-week", ""},
		{"NHS England must adopt a 12-week waiting time target for eating disorder care.", "12-week", ""},
		{"Only 54% of children were seen within the four-week waiting time standard.", "", "54%"},
		{"The service must make sure every young person on the list is contacted every two weeks.", "two weeks", ""},
		{"Staff checked on waiting children every four hours in only 38% of the records we audited.", "", "38%"},
	} {
		var texts []string
		for _, it := range extract.Extract(parseBody(t, "P", "## Findings\n\n"+c.sentence+"\n")) {
			for _, f := range it.Figures {
				texts = append(texts, f.Text)
			}
		}
		joined := strings.Join(texts, "|")
		if c.none != "" && strings.Contains(strings.ToLower(joined), strings.ToLower(c.none)) {
			t.Errorf("%s\nfigures %q hold %q", c.sentence, texts, c.none)
		}
		if c.keep != "" && !strings.Contains(joined, c.keep) {
			t.Errorf("%s\nfigures %q lack %q", c.sentence, texts, c.keep)
		}
	}
}

// TestAskedFrequencyIsAnAsk: an inspector's "must make sure"
// whose only number is how often the body is to act is a recommendation
// asking the body, not a statistic.
func TestAskedFrequencyIsAnAsk(t *testing.T) {
	s := "The trust must make sure young people held in the assessment suite have a documented observation every two hours."
	items := extract.Extract(parseBody(t, "P", "## What the trust must do\n\n"+s+"\n"))
	if len(items) != 1 || items[0].Kind != "recommendation" || len(items[0].Figures) != 0 {
		t.Fatalf("items %+v, want one recommendation with no figure", items)
	}
}

// TestExactRatioInBrackets: a multiple in words followed by its
// exact value in brackets with "times" is the bracketed value, not the
// rounded word.
func TestExactRatioInBrackets(t *testing.T) {
	s := "Boys in the poorest areas were nearly three times as likely (2.8 times) to be excluded as boys in the richest."
	var vals []float64
	for _, it := range extract.Extract(parseBody(t, "P", "## Findings\n\n"+s+"\n")) {
		for _, f := range it.Figures {
			vals = append(vals, f.Value)
		}
	}
	if !slices.Equal(vals, []float64{2.8}) {
		t.Errorf("figures %v, want [2.8]", vals)
	}
}

// TestReaderErrandIsFurniture: a reply's errand asked of its
// reader ("Can you also check whether ...?") is no evidence; a question
// with a figure, and a question asking a body to act, stay.
func TestReaderErrandIsFurniture(t *testing.T) {
	cases := []struct {
		sentence string
		kept     bool
	}{
		{"Can you also check whether the provider saw the report before it was published?", false},
		{"Could you find out when the board last discussed the waiting list?", false},
		{"Can you check whether the 212 children waiting over a year have been offered support?", true},
		{"Could the ICB publish its waiting times for each school every term?", true},
	}
	for _, c := range cases {
		body := "Thanks for sending this over, it is a clear summary of what the panel heard.\n\n" + c.sentence + "\n"
		var texts []string
		for _, it := range extract.Extract(parseBody(t, "E", body)) {
			texts = append(texts, it.Text)
		}
		if got := slices.Contains(texts, c.sentence); got != c.kept {
			t.Errorf("%q kept = %v, want %v (items %q)", c.sentence, got, c.kept, texts)
		}
	}
}
