package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestSpacedActionLogWithWrappedCellsIsOneTable: a plain-text action log
// set in columns whose action cells wrap onto a line of their own, in the
// action's column, is one table, each wrapped cell whole in its row, and
// the text under it stays whole. Before: the block was no table, its rows
// and their wrapped words one paragraph.
func TestSpacedActionLogWithWrappedCellsIsOneTable(t *testing.T) {
	text := "Fallowmere Partnership Board\n\nMinutes of the meeting held on 3 March 2026\n\n" +
		"1. Speech and language therapy\n\nThe wait for a first assessment was 31 weeks in February, against 18 weeks a year earlier.\n\n" +
		"ACTION LOG\n\n" +
		"Ref     Action                                                  Owner   Due\n" +
		"B26/07  Share the speech therapy waiting list by school         DH      Apr 2026\n" +
		"B26/08  Ask Fallowmere Community Health NHS Trust to set out    RK      May 2026\n" +
		"        its recovery plan for the audiology service\n" +
		"B26/09  Invite the parent carer forum to the next workshop      All     Jun 2026\n" +
		"\nNext meeting: 2 June 2026.\n"
	im, err := library.Import(write(t, "minutes.txt", []byte(text)), library.Meta{AssumeType: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"| B26/08 | Ask Fallowmere Community Health NHS Trust to set out its recovery plan for the audiology service | RK | May 2026 |",
		"| B26/09 | Invite the parent carer forum to the next workshop | All | Jun 2026 |",
	} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no row %q in:\n%s", want, im.Body)
		}
	}
	if strings.Count(im.Body, "its recovery plan for the audiology service") != 1 {
		t.Errorf("the wrapped words kept twice or lost:\n%s", im.Body)
	}
	if !strings.Contains(im.Body, "Next meeting: 2 June 2026.") {
		t.Errorf("the line under the table lost:\n%s", im.Body)
	}
}
