package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestPlainMailTabSeparatedTable checks a table a mail client writes into
// a message's plain part with tabs between its cells (its copy of the
// HTML part's table): each row is a row of a table, not one paragraph
// running every row's figures together, and the short line over it is
// the table's heading.
func TestPlainMailTabSeparatedTable(t *testing.T) {
	msg := "From: Children's Commissioning <cyp.commissioning@example.nhs.uk>\nTo: Providers <providers@example.org>\n" +
		"Subject: Therapy waits, Q1 summary\nDate: Mon, 14 Jul 2025 09:00:00 +0000\n" +
		"Content-Type: text/plain; charset=utf-8\n\nDear colleagues,\n\n" +
		"The figures for the first quarter are below.\n\n" +
		"Waits by service, April to June 2025\n\n" +
		"Service\tApr-25\tMay-25\tJun-25\tTarget\n" +
		"Physiotherapy referrals\t310\t295\t342\t300\n" +
		"Occupational therapy seen within 18 weeks\t64%\t61%\t58%\t92%\n" +
		"Speech and language therapy waiting list\t1,120\t1,164\t1,201\t900\n\n" +
		"Speech and language therapy waits are the longest, and the list grew in every month of the quarter.\n\n" +
		"Best wishes,\nSam\n"
	im, err := library.Import(write(t, "waits.eml", []byte(msg)), library.Meta{Type: "statement", Publisher: "Kestrel ICB"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"| Physiotherapy referrals | 310 | 295 | 342 | 300 |", "| Occupational therapy seen within 18 weeks | 64% |", "## Waits by service, April to June 2025\n"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no %q in\n%s", want, im.Body)
		}
	}
}
