package library

import (
	"strings"
	"testing"
)

// TestKeyFactsListsReadAsLabelledLines: a description list of key facts
// is one line a term, its label and its value together; a stat card list
// whose terms are the figures is the figure and its label; a description
// that is a sentence is a paragraph under its term; a term whose value
// was taken out (the page's date) is no line.
func TestKeyFactsListsReadAsLabelledLines(t *testing.T) {
	for _, c := range []struct {
		name, dl string
		want     []string
		not      []string
	}{
		{"key facts", `<dl class="key-facts"><dt>Children referred in 2024/25</dt><dd>12,400</dd><dt>Seen within 18 weeks</dt><dd>64% (England: 71%)</dd><dt>Median wait</dt><dd>14 weeks</dd><dt>Date of publication</dt><dd>3 June 2025</dd></dl>`,
			[]string{"\n\nChildren referred in 2024/25: 12,400\n\n", "\n\nSeen within 18 weeks: 64% (England: 71%)\n\n", "\n\nMedian wait: 14 weeks"},
			[]string{"\n\nSeen within 18 weeks\n\n", "Date of publication"}},
		{"stat cards", `<dl class="stats"><div><dt>3,100</dt><dd>children referred in 2024/25</dd></div><div><dt>58%</dt><dd>seen within 18 weeks</dd></div><div><dt>71%</dt><dd>England average</dd></div></dl>`,
			[]string{"\n\n3,100 children referred in 2024/25\n\n", "\n\n58% seen within 18 weeks\n\n", "\n\n71% England average"},
			[]string{"\n\n3,100\n\n"}},
		{"stat cards with qualifiers", `<dl><dt>About 1 in 3</dt><dd>people waiting for community health services in Kent is a child.</dd><dt>Over 30,000</dt><dd>children waiting more than a year.</dd><dt>Around 10%</dt><dd>of NHS spending goes on community health services.</dd></dl>`,
			[]string{"\n\nAbout 1 in 3 people waiting", "\n\nOver 30,000 children waiting", "\n\nAround 10% of NHS spending"},
			[]string{"Around 10%:", "## Around"}},
		{"sections", `<dl><dt>Summary</dt><dd>In 2024/25 the service saw more children than in any year before, and waits fell in every district.</dd><dt>What happens next?</dt><dd>A referral</dd></dl>`,
			[]string{"## Summary\n\nIn 2024/25 the service saw more children", "What happens next? A referral"},
			[]string{"Summary: In"}},
	} {
		page := `<html><head><title>Children's mental health waits in Kent</title><meta property="og:site_name" content="Kent County Council"><meta name="date" content="2025-06-03"></head><body><main><h1>Children's mental health waits in Kent</h1><p>This page gives the key facts about children's mental health referrals in Kent for the year 2024/25, drawn from the county's performance returns.</p>` + c.dl + `</main></body></html>`
		im, err := importHTML([]byte(page))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		for _, w := range c.want {
			if !strings.Contains(im.Body+"\n\n", w) {
				t.Errorf("%s: body lacks %q:\n%s", c.name, w, im.Body)
			}
		}
		for _, n := range c.not {
			if strings.Contains(im.Body, n) {
				t.Errorf("%s: body holds %q:\n%s", c.name, n, im.Body)
			}
		}
	}
}
