package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestLetterSubjectLineIsThePDFsTitle: an inspectorate's letter sets its
// letterhead in its largest type and the letter's subject, larger than the
// text, under its "Dear ..." line. The subject is the title a citation
// gives; the letterhead names who sent it. The rows above the salutation
// (letterhead, address, date, addressees) are the letter's front matter,
// not its text.
func TestLetterSubjectLineIsThePDFsTitle(t *testing.T) {
	needPoppler(t)
	page := []string{
		"# Northfield Inspectorate | Health Standards Board",
		"",
		"12 Mill Lane, Northfield NF1 4QQ",
		"",
		"3 June 2025",
		"",
		"Ms Rowe, Director of Children's Services, Westby Council",
		"Mr Dean, Chief Nurse, Westby and Ashdale Integrated Care Board",
		"Dr Amy Clarke, Designated Clinical Officer, Westby and Ashdale Integrated Care Board",
		"",
		"Dear Ms Rowe",
		"",
		"## Joint review of community nursing for children in Westby",
		"Between 12 and 16 May 2025 the two inspectorates reviewed community nursing for",
		"children in Westby. This letter sets out what we found and what should improve.",
		"",
		"In April 2025, 410 children were on the community nursing caseload, 9% more than a",
		"year before, and the service had four vacant nursing posts out of twenty-two.",
	}
	im, err := library.Import(write(t, "letter.pdf", makePDF([][]string{page}, "", "", "20250603")), library.Meta{Publisher: "Northfield Inspectorate", AssumeType: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, not := range []string{"Chief Nurse", "Designated Clinical Officer", "12 Mill Lane"} {
		if strings.Contains(im.Body, not) {
			t.Errorf("the letter's front matter %q kept in\n%s", not, im.Body)
		}
	}
	if !strings.Contains(im.Body, "410 children") {
		t.Errorf("the letter's text lost:\n%s", im.Body)
	}
	if got, want := im.Source.Title, "Joint review of community nursing for children in Westby"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
}
