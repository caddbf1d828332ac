package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestClosingImprintBesideReviewAndCharityLines: a briefing pasted as
// text whose foot is "Next review: June 2026", then "Published by Ashvale
// Children's Trust, June 2025", then its charity number, is published by
// the trust in June 2025: the review date dates nothing and the charity
// number is no line of the text. Before, it was refused: "could not tell
// who published it and the date".
func TestClosingImprintBesideReviewAndCharityLines(t *testing.T) {
	const body = "Young carers and their health\n\nIn our survey of 260 young carers, 44% said their own health had got worse because of caring.\n\nEvery school should name a young carers lead.\n\n"
	im, err := library.Import(write(t, "carers.txt", []byte(body+"Next review: June 2026\n\nPublished by Ashvale Children's Trust, June 2025\nRegistered charity number 1098765\n")), library.Meta{Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Publisher != "Ashvale Children's Trust" || im.Source.Date.String() != "2025-06" {
		t.Errorf("publisher %q, date %s; want Ashvale Children's Trust, 2025-06", im.Source.Publisher, im.Source.Date)
	}
	// A review date alone dates nothing: cypx still asks.
	_, err = library.Import(write(t, "review.txt", []byte(body+"Next review: June 2026\n")), library.Meta{Type: "report", Publisher: "Ashvale Children's Trust"})
	if err == nil || !strings.Contains(err.Error(), "--date") || !strings.Contains(err.Error(), "review.txt") {
		t.Errorf("review date only: err %v; want the refusal naming the file and asking for --date", err)
	}
	// An imprint line above a last line of text is no foot: "Published
	// by" there is the text's, not the briefing's.
	_, err = library.Import(write(t, "middle.txt", []byte(body+"Published by Ashvale Children's Trust, June 2025\n\nMore on our website\n")), library.Meta{Type: "report"})
	if err == nil || !strings.Contains(err.Error(), "--publisher") {
		t.Errorf("imprint above a line of text: err %v; want the refusal asking for --publisher", err)
	}
}
