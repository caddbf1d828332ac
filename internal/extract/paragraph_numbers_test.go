package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestADecimalParagraphNumberIsNoWordOfTheItem: a board paper's or a
// report's paragraph number, "2.1 ", "3.4.2 ", "1.1. ", opens no quote,
// measure or key: the same measure in another paper's paragraph meets
// it. A decimal value before a word in lower case, "2.5 million", stays
// the sentence's. Before (hostile check 66), quotes opened "2.1 Only
// 54% …", the measure was "2.1 were weighed and measured in Westmarsh"
// and the key held "#2.1"; a count's measure was only "2.2". A form's
// numbered question, no sentence, keeps its number, and "neither of the
// two" counts nothing.
func TestADecimalParagraphNumberIsNoWordOfTheItem(t *testing.T) {
	doc := parsePublished(t, "Westmarsh County Council", `## 2. Key findings

2.1 Only 54% of Year 6 children were weighed and measured in Westmarsh in 2023/24, compared with 95% in England.

2.2 The number of safeguarding referrals in Medway rose from 310 in 2022/23 to 402 in 2023/24.

3.4.1 In 2023/24 the service in Surrey had 42 school nurses.

4.2. "Waits are too long," parents told us: 61% of families in Kent waited more than 18 weeks in 2024.

2.5 million children were seen by school nurses in England in 2024.

2.6 Neither of the two services in Kent is accredited, and 14% of fittings in 2024 had no check.

1.5 Total income in your last financial year £186,400
`)
	items := extract.Extract(doc)
	want := map[string]bool{"Only 54%": false, "The number of": false, "In 2023/24 the": false, "\"Waits are": false, "2.5 million": false, "Neither of the two": false, "1.5 Total income": false}
	for _, it := range items {
		for w := range want {
			if strings.HasPrefix(it.Text, w) {
				want[w] = true
			}
		}
		for _, f := range it.Figures {
			if strings.HasPrefix(it.Text, "1.5") {
				continue // a form's question, quoted as the form sets it
			}
			if strings.ContainsAny(f.Measure[:min(len(f.Measure), 1)], "0123456789") || strings.Contains(f.Key, "#2.") || strings.Contains(f.Key, "#3.") || strings.Contains(f.Key, "#4.") {
				t.Errorf("%q: %v measure %q key %q holds the paragraph number", it.Text, f.Value, f.Measure, f.Key)
			}
		}
		if strings.HasPrefix(it.Text, "Neither") && (len(it.Figures) != 1 || it.Figures[0].Value != 14) {
			t.Errorf("%q: figures %+v, want 14%% alone", it.Text, it.Figures)
		}
		if strings.HasPrefix(it.Text, "2.5 million") && (len(it.Figures) == 0 || it.Figures[0].Value != 2.5e6) {
			t.Errorf("%q: figures %+v, want 2.5 million", it.Text, it.Figures)
		}
	}
	for w, ok := range want {
		if !ok {
			t.Errorf("no item opens %q: %v", w, items)
		}
	}
}

// TestADecimalParagraphNumberBeforeAFigureIsNoWordOfTheItem: a paragraph
// number before the figure that opens its paragraph ("2.1 54% of …",
// "2.2 1,150 children …", "2.10 £4.5m …", "4.1 2023/24 saw …"), in
// brackets ("(2.11) In 2023/24 …") or with a list letter ("4.4 (a) 62%
// …") is no word of the quote, measure or key, and the quote stays a
// piece of the paragraph. Before (hostile check 67) the number stayed:
// measure "2.1 were weighed and measured", key "#2.1 measur weigh".
func TestADecimalParagraphNumberBeforeAFigureIsNoWordOfTheItem(t *testing.T) {
	body := `## 2. Findings

2.1 54% of Year 6 children in Kent were weighed and measured in 2023/24, compared with 95% in England.

2.2 1,150 children in Medway were referred to the school nursing service in 2023/24.

2.10 £4.5m was spent on school nursing in Surrey in 2023/24.

(2.11) In 2023/24, 412 safeguarding referrals were made by school nurses in Kent.

3.2 12 school nurses left the service in Medway in 2023/24.

4.1 2023/24 saw 640 referrals to the emotional wellbeing service in Surrey.

4.4 (a) 62% of parents in Kent said waits were too long in 2024.
`
	items := extract.Extract(parsePublished(t, "Kent County Council", body))
	want := map[string]string{
		"54% of Year 6":    "were weighed and measured",
		"1,150 children":   "were referred to the school nursing service",
		"£4.5m was spent":  "was spent on school nursing",
		"In 2023/24, 412":  "were made by school nurses",
		"12 school nurses": "left the service",
		"2023/24 saw 640":  "saw",
		"62% of parents":   "said waits were too long",
	}
	seen := map[string]bool{}
	for _, it := range items {
		if !strings.Contains(body, it.Text) {
			t.Errorf("quote %q is no piece of the paragraph", it.Text)
		}
		for open, measure := range want {
			if !strings.HasPrefix(it.Text, open) {
				continue
			}
			seen[open] = true
			if len(it.Figures) == 0 {
				t.Errorf("%q: no figures", it.Text)
				continue
			}
			f := it.Figures[0]
			if !strings.HasPrefix(f.Measure, measure) {
				t.Errorf("%q: measure %q, want it to open %q", it.Text, f.Measure, measure)
			}
			for _, g := range it.Figures {
				if strings.ContainsAny(g.Measure[:min(len(g.Measure), 1)], "0123456789(") || strings.Contains(g.Key, "#") && strings.ContainsAny(g.Key[strings.Index(g.Key, "#"):], "0123456789") && !strings.Contains(g.Key, "2023") {
					t.Errorf("%q: %v measure %q key %q holds the paragraph number", it.Text, g.Value, g.Measure, g.Key)
				}
			}
		}
	}
	for open := range want {
		if !seen[open] {
			t.Errorf("no item opens %q", open)
		}
	}
}
