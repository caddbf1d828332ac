package export_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
)

// TestAPacksMarkedQuoteBoldsItsFigures: the Markdown pack bolds a
// figure of a quote whose source writes marks in or around it as it
// bolds the same figure unmarked, and quotes the words without the marks
// (hostile check 70, G4, and 84b, F5: "rose to **1 120** children" was
// quoted with no bold at all; a figure holding an earlier value in
// brackets, "**2,000** (1,800) children", still was, and the figure of
// "Of *12 trusts* asked, 12 trusts replied" was bolded at the first "12
// trusts", as each was found again by its shown text).
func TestAPacksMarkedQuoteBoldsItsFigures(t *testing.T) {
	src := evidence.Source{ID: "w", Title: "Waits", Publisher: "Westby Trust", Type: evidence.Report, Date: evidence.Date{Year: 2024}}
	item := func(n int, text, fig string) evidence.Item {
		return evidence.Item{ID: "w#0000000" + string(rune('0'+n)), Kind: evidence.Statistic, Source: src, Text: text, Themes: []string{"t"},
			Figures: []evidence.Figure{{Text: fig, Offset: strings.LastIndex(text, fig), Value: 1120, Unit: evidence.UnitCount, Role: evidence.RoleHeadline}}}
	}
	for _, c := range []struct{ text, fig, want string }{
		{"Waiting lists rose to **1 120** children in 2024.", "**1 120** children", "> Waiting lists rose to **1 120 children** in 2024."},
		{"Around **45% of trusts** saw waits rise in 2024.", "Around **45%", "> **Around 45%** of trusts saw waits rise in 2024."},
		{"A total of 1,2[^1]00 children were referred in 2024.", "1,2[^1]00 children", "> A total of **1,200 children** were referred in 2024."},
		{"Waiting lists rose to 1 120 children in 2024.", "1 120 children", "> Waiting lists rose to **1 120 children** in 2024."},
		{"In 2024, **2,000** (1,800) children waited.", "**2,000** (1,800) children", "> In 2024, **2,000 (1,800) children** waited."},
		{"Of *12 trusts* asked, 12 trusts replied in 2024.", "12 trusts", "> Of 12 trusts asked, **12 trusts** replied in 2024."},
	} {
		var b bytes.Buffer
		p := export.Pack{Items: []evidence.Item{item(1, c.text, c.fig)}, Accessed: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)}
		if err := p.WriteMarkdown(&b); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), c.want) {
			t.Errorf("%q: pack quotes\n%s\nwant a line opening %q", c.text, b.String(), c.want)
		}
	}
}
