package evidence

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestEveryFormOfACitationHasOneShape: the in-text citation, its Markdown,
// its Word runs, the footnote and the narrative all name the attributed
// body first ("X, cited in"), then each work, the primary before the
// coverage reporting it; a link covers its work alone. Before, the
// Markdown and Word forms of an attributed figure put the body inside the
// link to the work, while Vancouver's left it outside.
func TestEveryFormOfACitationHasOneShape(t *testing.T) {
	report := Source{ID: "r", Title: "Report", Publisher: "NHS Providers", Date: Date{Year: 2024}, Type: Report, URL: "https://example.org/r"}
	news := Source{ID: "n", Title: "Story", Publisher: "Daily Post", Date: Date{Year: 2025}, Type: News, URL: "https://example.org/n"}
	attributed := Item{ID: "r#1", Source: report, Text: "t", Cites: "Health Foundation"}
	coverage := Item{ID: "n#1", Source: news, Text: "t", Primary: &report, PrimaryPage: 4}
	both := coverage
	both.ID, both.Cites = "n#2", "Health Foundation"
	items := []Item{attributed, coverage, both}
	mdLink := regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	accessed := time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
	for _, st := range []Style{Harvard, APA, Vancouver, Footnotes} {
		c := NewCiter(st, accessed, items)
		for _, it := range items {
			cit := c.Cite(it)
			text := cit.InText
			if st == Footnotes {
				text = cit.Note.String()
			}
			if it.Cites != "" && !strings.HasPrefix(strings.TrimPrefix(text, "("), "Health Foundation, ") {
				t.Errorf("%s %s: %q does not lead with the attributed body", st, it.ID, text)
			}
			if it.Primary != nil && !strings.Contains(text, "; reported by ") {
				t.Errorf("%s %s: %q does not say who reported the primary", st, it.ID, text)
			}
			if st == Footnotes {
				continue
			}
			if got := cit.Linked.String(); got != text {
				t.Errorf("%s %s: Word runs %q, in-text %q", st, it.ID, got, text)
			}
			for _, sp := range cit.Linked {
				if sp.Link != "" && (strings.Contains(sp.Text, "cited in") || strings.Contains(sp.Text, "reported by")) {
					t.Errorf("%s %s: the link %q covers more than its work", st, it.ID, sp.Text)
				}
			}
			md := mdLink.ReplaceAllString(cit.Markdown, "$1")
			if md != text {
				t.Errorf("%s %s: Markdown %q reads %q, in-text %q", st, it.ID, cit.Markdown, md, text)
			}
			for _, m := range mdLink.FindAllStringSubmatch(cit.Markdown, -1) {
				if strings.Contains(m[1], "cited in") || strings.Contains(m[1], "reported by") {
					t.Errorf("%s %s: the Markdown link %q covers more than its work", st, it.ID, m[0])
				}
			}
		}
	}
	for _, it := range items {
		n := ItemNarrative(it)
		if it.Cites != "" && !strings.HasPrefix(n, "Health Foundation, cited in ") {
			t.Errorf("narrative %q does not lead with the attributed body", n)
		}
		if it.Primary != nil && !strings.Contains(n, "NHS Providers (2024, p. 4), reported by Daily Post (2025)") {
			t.Errorf("narrative %q does not cite the primary first", n)
		}
	}
}
