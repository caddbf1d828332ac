package evidence

import (
	"strings"
	"testing"
	"time"
)

// TestSameTitleOfAnotherTypeIsAnotherWork: a report and the web page
// announcing it, of one title, publisher and date and with no URL to tell
// them apart, are two works in every style: two entries in the reference
// list, and in the author–date styles two letters, in the text and the
// list alike. Before, WorkKey (the Harvard reference, which cites a
// report and a web page alike) made them one work: one entry, and two
// citations "(NHS Providers, 2024)" of different works leading to it.
// Two parts of one report (one title, publisher, date, type and URL)
// stay one work.
func TestSameTitleOfAnotherTypeIsAnotherWork(t *testing.T) {
	accessed := time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)
	report := Source{ID: "np-report", Title: "Waiting times for children", Publisher: "NHS Providers", Date: Date{Year: 2024, Month: 3}, Type: Report}
	page := report
	page.ID, page.Type = "np-page", WebPage
	part := report
	part.ID = "np-report-part-two"
	items := []Item{{ID: "np-report#1", Source: report, Text: "a"}, {ID: "np-page#1", Source: page, Text: "b"}, {ID: "np-report-part-two#1", Source: part, Text: "c"}}
	if WorkKey(report) == WorkKey(page) {
		t.Errorf("a report and a web page of one title, publisher and date are one work: %q", WorkKey(report))
	}
	if WorkKey(report) != WorkKey(part) {
		t.Errorf("two parts of one report are two works")
	}
	for _, st := range CiteStyles {
		c := NewCiter(st, accessed, items)
		var cites []string
		for _, it := range items {
			got := c.Cite(it)
			cites = append(cites, got.InText+got.Note.String())
		}
		refs := c.References()
		if len(refs) != 2 {
			var texts []string
			for _, r := range refs {
				texts = append(texts, r.Text.String())
			}
			t.Errorf("%s: %d entries, want 2 (the report and the page):\n%s", st, len(refs), strings.Join(texts, "\n"))
			continue
		}
		if st != Harvard && st != APA {
			continue
		}
		if cites[0] == cites[1] || cites[0] != cites[2] {
			t.Errorf("%s: citations %q: the report and the page must differ, the report's parts agree", st, cites)
		}
		for i, r := range refs {
			letter := Letter(i)
			if !strings.Contains(r.Text.String(), "2024"+letter) {
				t.Errorf("%s: entry %d lacks its letter 2024%s: %q", st, i, letter, r.Text.String())
			}
			if want := "2024" + c.Letter(r.Source); !strings.Contains(strings.Join(cites, " "), want) {
				t.Errorf("%s: no citation leads to %q (%q)", st, r.Text.String(), cites)
			}
		}
	}
}

// TestAPALettersTheYearNotTheMonth: APA letters the year of a dated web
// page, "(2024b, March)"; it was "(2024, Marchb)".
func TestAPALettersTheYearNotTheMonth(t *testing.T) {
	s := Source{Title: "T", Publisher: "NHS Providers", Date: Date{Year: 2024, Month: 3}, Type: WebPage}
	got := apaReference(s, "b", time.Time{}).String()
	if !strings.Contains(got, "(2024b, March)") {
		t.Errorf("APA reference %q, want (2024b, March)", got)
	}
}
