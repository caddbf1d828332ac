package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestTrendSpansListCountsAndThresholdsAreNoFigures: set 47 spent (every sentence written for this
// test). A trend that held for a span, how often a body counts, the rest
// of a quotation opened in the sentence before, a document's own length,
// the count of a list a colon opens, half a day a week set aside, an
// aim's target after "so that" and a rule's qualifying threshold are no
// figures; the findings beside them stay.
func TestTrendSpansListCountsAndThresholdsAreNoFigures(t *testing.T) {
	for _, c := range []struct {
		sentence string
		none     string // the text no figure may hold, or ""
		keep     string // a figure's text that must stay, or ""
	}{
		{"Dental registrations have held steady for four years, while 31% of five-year-olds now have decay.", "four years", "31%"},
		{"School readiness has remained broadly stable over the past three years.", "three years", ""},
		{"The society has surveyed its members every two years since 2014.", "two years", ""},
		{"“The letters never came. We rang four times and each time got a different answer,” one mother told us.", "four", ""},
		{"This short note sets the problem out in three pages.", "three pages", ""},
		{"The panel agreed three principles: openness, speed and fairness.", "three", ""},
		{"Every school should give its nurse lead at least half a day a week for the role.", "half", ""},
		{"Cut waits for speech therapy so that at least 90% of children are seen within 18 weeks.", "90%", ""},
		{"Parliament debates all petitions that reach more than 100,000 signatures.", "100,000", ""},
		{"In 2024, 62% of children were seen within 18 weeks, so that the target was missed.", "", "62%"},
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

// TestWordRangeOfPercents: a range in words before "per cent" or
// "percentage points" is one figure with both ends (set 47 spent; written
// for this test).
func TestWordRangeOfPercents(t *testing.T) {
	for _, c := range []struct {
		sentence string
		low, hi  float64
		unit     string
	}{
		{"Attendance has dropped by between three and five percentage points since 2021.", 3, 5, "other"},
		{"Uptake rose by six to eight per cent in the pilot wards.", 6, 8, "percent"},
	} {
		items := extract.Extract(parseBody(t, "P", "## Findings\n\n"+c.sentence+"\n"))
		found := false
		for _, it := range items {
			for _, f := range it.Figures {
				if f.Low == c.low && f.High == c.hi && string(f.Unit) == c.unit {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("%s: no %v–%v %s range in %+v", c.sentence, c.low, c.hi, c.unit, items)
		}
	}
}

// TestJudgedCount: a count a review's verdict is given of, its noun left
// to the group before it ("An audit of 80 care plans rated 52 as good"),
// is a figure, the group its base (set 47 spent; written for this test).
func TestJudgedCount(t *testing.T) {
	items := extract.Extract(parseBody(t, "P", "## Quality\n\nAn audit of 80 care plans in May rated 52 as good or better.\n"))
	var got []string
	for _, it := range items {
		for _, f := range it.Figures {
			got = append(got, f.Text+"/"+string(f.Role))
		}
	}
	if strings.Join(got, " ") != "80/base 52/" {
		t.Errorf("figures %q, want 80 the base and 52", got)
	}
}

// TestLevelSince: the level a change reached, dated by "since" after it
// ("fallen from 30 weeks to 21 weeks since March"), is a figure and the
// headline; "three years since" alone dates what follows (set 47 spent;
// written for this test).
func TestLevelSince(t *testing.T) {
	items := extract.Extract(parseBody(t, "P", "## Waits\n\nThe wait for a hearing test has fallen from 30 weeks to 21 weeks since March 2025.\n"))
	var got []string
	for _, it := range items {
		for _, f := range it.Figures {
			got = append(got, f.Text+"/"+string(f.Role))
		}
	}
	if strings.Join(got, " ") != "30 weeks/ 21 weeks/headline" {
		t.Errorf("figures %q, want 30 weeks and 21 weeks the headline", got)
	}
	for _, it := range extract.Extract(parseBody(t, "P", "## Waits\n\nIt is three years since the clinic opened.\n")) {
		if len(it.Figures) > 0 {
			t.Errorf("%q: figures %v", it.Text, it.Figures)
		}
	}
}

// TestEarlierValueInTheSameTerm: "up from 455 in the same term last
// year" is the earlier value of a change, dated by its term as by its
// year (set 47 spent; written for this test).
func TestEarlierValueInTheSameTerm(t *testing.T) {
	var got []string
	for _, it := range extract.Extract(parseBody(t, "P", "## Demand\n\nThe school nurses saw 730 pupils in the spring term, up from 540 in the same term last year.\n")) {
		for _, f := range it.Figures {
			got = append(got, f.Text)
		}
	}
	if !strings.Contains(strings.Join(got, "|"), "540") {
		t.Errorf("figures %q lack the earlier 540", got)
	}
}
