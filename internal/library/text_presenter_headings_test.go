package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestAgendaItemWithItsPresentersInitialsIsAHeading: minutes name who
// presents an item in brackets after its title ("4. Vaping survey results
// (RB)"); the line is the item's heading as "1. Welcome and
// introductions" is, not a paragraph. Before (held-out set 93), the
// bracket read as a sentence's close and three of five agenda items lost
// their headings.
func TestAgendaItemWithItsPresentersInitialsIsAHeading(t *testing.T) {
	text := "Youth Panel: minutes of the meeting of 14 January 2026\n\nPublished by NHS Fenwold ICB, January 2026\n\n" +
		"1. Welcome and introductions\n\n1.1 The Chair welcomed two new members to the panel this evening.\n\n" +
		"4. Vaping survey results (RB)\n\n4.1 Ruth presented the survey, which had 1,312 responses from young people.\n\n" +
		"5. Waiting times update (IQ/SL)\n\n5.1 The average wait for a first appointment was 14 weeks, down from 21 weeks.\n\n" +
		"6. A word from our sponsor (thanks)\n\n6.1 The panel thanked the youth centre for the room and the pizza.\n"
	im := importText(t, text, library.Meta{Type: "report"})
	for _, h := range []string{"## 1. Welcome and introductions", "## 4. Vaping survey results (RB)", "## 5. Waiting times update (IQ/SL)"} {
		if !strings.Contains(im.Body, "\n"+h+"\n") {
			t.Errorf("no heading %q in\n%s", h, im.Body)
		}
	}
	if strings.Contains(im.Body, "## 6.") {
		t.Errorf("a bracket of words made a heading:\n%s", im.Body)
	}
}
