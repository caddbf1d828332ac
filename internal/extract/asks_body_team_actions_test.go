package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestActionsOwnedByABodysTeam: an agreed action owned by a team of a
// body ("Council public health team to commission ...", "ICB commissioning
// team to bring ...") asks that body, as one owned by the body does; a
// headline's words between the body and "to" still say how it stands.
// Written for this test.
func TestActionsOwnedByABodysTeam(t *testing.T) {
	body := "## Agreed actions\n\n1. Barnfield Council public health team to commission a second school nursing team for the north of the borough.\n" +
		"2. ICB commissioning team to bring a business case for a family support offer to the partnership board in May.\n3. KP to book the room for the next meeting.\n" +
		"4. Barnfield Council on course to meet its target for new plans.\n"
	got := recSummaries(extract.Extract(parseBody(t, "Hallam ICB", body)), true)
	want := []string{
		"1|Barnfield Council public health team to commission a second school nursing team for the north of the borough.|Local authorities",
		"2|ICB commissioning team to bring a business case for a family support offer to the partnership board in May.|ICBs",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("recommendations:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
