package extract_test

import (
	"math"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestLabelsBareCountIsAFigure: a boxed panel's or dashboard's "label:
// count" line ("Young carers supported: 96") states a count whether or
// not it is grouped in thousands, and where the label carries a limit
// ("Waiting over 52 weeks: 87") the count is the headline and the limit
// its threshold. Numbered steps, times, years, pages, versions,
// references and phone numbers after a label are no counts. Before, a
// count under 1,000 after a label was no figure, and the limit became the
// headline.
func TestLabelsBareCountIsAFigure(t *testing.T) {
	for _, c := range []struct{ line, count string }{
		{"Young carers supported: 96", "96"},
		{"Families on the caseload this month: 412", "412"},
		{"Member practices: 14.", "14"},
		{"Open cases: 1,145", "1,145"},
	} {
		figs := extract.Figures(c.line)
		if len(figs) != 1 || figs[0].Text != c.count || figs[0].Unit != evidence.UnitCount {
			t.Errorf("%q: figures %v, want the count %s", c.line, figs, c.count)
		}
	}
	it := itemOf(t, "Waiting over 52 weeks: 87")
	if f := figureOf(t, it, "over 52 weeks"); f.Role != evidence.RoleThreshold {
		t.Errorf("over 52 weeks has role %q, want threshold", f.Role)
	}
	if h, _ := it.Headline(); h.Text != "87" {
		t.Errorf("headline %q, want 87", h.Text)
	}
	for _, line := range []string{
		"Stage 2: review", "Opening time: 10:30", "Financial year: 2025", "Pages: 36", "Issue: 7",
		"Version: 3", "Ref: 4417", "Helpline: 0808 802 5544", "Phone: 0808", "Meeting: 14",
		"Average wait in weeks: 18", "Median age of children: 9", "Rate per 1,000 pupils: 12", "Registered charity: 1094",
	} {
		if figs := extract.Figures(line); len(figs) != 0 {
			t.Errorf("%q: figures %v, want none", line, figs)
		}
	}
}

// TestOneNounInEveryMIsAShare: "one pupil in every 12", "one young
// person in seven" are shares, read as "one in every 12" and "one in
// seven" are; a count of places after the second number ("one school in
// three areas") is none. Before, the noun between the words hid the share.
func TestOneNounInEveryMIsAShare(t *testing.T) {
	for _, c := range []struct {
		sentence, text string
		value          float64
	}{
		{"Around one pupil in every 12 has a social worker.", "Around one pupil in every 12", 100.0 / 12},
		{"One young person in seven said they had no one to talk to.", "One young person in seven", 100.0 / 7},
		{"This is one child in 20 across the county.", "one child in 20", 5},
		{"One in every four young people waited.", "One in every four", 25},
	} {
		figs := extract.Figures(c.sentence)
		if len(figs) != 1 || figs[0].Text != c.text || figs[0].Unit != evidence.UnitPercent || math.Abs(figs[0].Value-c.value) > 0.06 {
			t.Errorf("%q: figures %v, want the share %q (%.1f%%)", c.sentence, figs, c.text, c.value)
		}
	}
	for _, s := range []string{"We run one school in three areas.", "One child in 2023 waited.", "One referral in 10 days."} {
		for _, f := range extract.Figures(s) {
			if f.Unit == evidence.UnitPercent {
				t.Errorf("%q: share %q, want none", s, f.Text)
			}
		}
	}
}
