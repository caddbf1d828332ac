package extract_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestPaperHousekeepingAndPagePointers holds a paper's housekeeping and a
// page's pointers, each in a sentence written for this test: a report
// back to the board, the paper's maker, where the rest of it is, a
// chapter introducing itself, a live page's welcome and where to watch,
// a briefing's covering line and reading time, a listing set after a
// dash. Each is dropped; the near-misses, saying something about a
// service, are kept.
func TestPaperHousekeepingAndPagePointers(t *testing.T) {
	cases := []struct {
		name, sentence string
		kept           bool
	}{
		{"an update to come", "A further update will come to the Board in January 2026.", false},
		{"progress at a meeting", "The Panel will review progress at its meeting in October 2025.", false},
		{"the paper's maker", "Report prepared by the Public Health Intelligence Team.", false},
		{"the full tables", "The full data tables are available to members on the Board's document portal.", false},
		{"read the full report", "You can read the full evaluation, with every table, on our publications page.", false},
		{"a chapter's opening", "This chapter looks at the areas where uptake is lowest, and at what the partnership plans to do.", false},
		{"a live page's welcome", "Welcome to our live coverage from the Guildhall, where the debate begins at 2pm.", false},
		{"where to watch", "You can watch the livestream on the council's YouTube channel.", false},
		{"a covering line", "Ahead of the Health and Wellbeing Board on 9 October, please find below a short note on school readiness in Tollbridge.", false},
		{"a reading time", "Reading time: about 6 minutes.", false},
		{"a newsletter's pointer", "Here is our news from the last few months.", false},
		{"a term's round-up", "Here’s this term’s round-up from the school nursing team.", false},
		{"news with a finding", "Here is our news: 45% of the families we support waited more than a year.", true},
		{"a listing after a dash", "Webinar: supporting young carers at school – Thursday 6 March, 3.30pm to 4.30pm", false},
		// Near-misses.
		{"an update that found", "An update from the trust showed that waits for a first appointment fell by a fifth since March.", true},
		{"a cost available", "The full cost of the service is available from the council's budget book, at £2.4 million a year.", true},
		{"a chapter's finding", "This chapter looks at why 38% of children in the north of the county missed their second dose.", true},
		{"ahead of winter", "Ahead of the winter, the trust has opened 12 extra beds on the children's ward.", true},
		{"written by carers who found", "This report was written by young carers, who found that most of them had no break all summer.", true},
		{"a target reviewed", "The Board will review the waiting list target of 18 weeks at its next meeting.", true},
		{"a film of the service", "You can watch how the new clinic works in our short film about the service.", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			body := "Dear Sam,\n\nThe new pathway has been agreed by the board.\n\n" + c.sentence + "\n\nKind regards,\nJo\n"
			var texts []string
			for _, it := range extract.Extract(parseBody(t, "P", body)) {
				texts = append(texts, it.Text)
			}
			if got := slices.Contains(texts, c.sentence); got != c.kept {
				t.Errorf("%q kept = %v, want %v (items %q)", c.sentence, got, c.kept, texts)
			}
		})
	}
}
