package detail_test

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/tui/detail"
	"github.com/cypx/cypx/internal/tui/styles"
)

// TestDetailShowsSourceURLAsCited: the pane's URL line is the address
// every citation and export writes (evidence.CitedURL), so a URL typed
// with a space is shown encoded, as it links and as a copy gives it.
// Before (hostile check 61), the pane showed it raw.
func TestDetailShowsSourceURLAsCited(t *testing.T) {
	m := detail.New(nil)
	m.SetSize(80, 30)
	it := evidence.Item{ID: "x#1", Kind: evidence.Excerpt, Text: "Clinic waits doubled in a year.",
		Source: evidence.Source{Title: "Clinic waits", Publisher: "Northmoor Health Board", Type: evidence.Report,
			Date: evidence.Date{Year: 2023}, URL: "https://ex.org/a b?x=1&y=2"}}
	d := detail.Item{Hit: index.Hit{Item: it}, Has: true, Links: -1, Cite: evidence.ItemCitation(it)}
	v := ansi.Strip(m.View(styles.New(true), d))
	if !strings.Contains(v, "URL: https://ex.org/a%20b?x=1&y=2") || strings.Contains(v, "a b?") {
		t.Errorf("the pane does not show the URL as cited:\n%s", v)
	}
}
