package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A plain-text paper opening with its place in a meeting's pack ("Annex
// 2", "Appendix B", "Enclosure C") is titled by its own title, published by
// the body named over or under it, dated by its imprint line; a body's name
// alone over the title (in capitals or as written) is its masthead, and
// the paper's form under that masthead gives the title without its
// "Report title:" label; a meeting's name so set ("Health and Wellbeing
// Board") is a masthead naming no publisher. Before (hostile check 68), the papers were titled
// "Annex 2" and "Appendix B" and asked for their publisher and date, and
// the form's title kept its label.
func TestAPackLabelOrAOneLineMastheadOverATextIsNoTitle(t *testing.T) {
	for _, c := range []struct{ name, text, title, publisher, date string }{
		{"annex.txt", "Annex 2\n\nWexdale School Nursing Annual Report 2024\nWexdale County Council | 14 January 2025\n\nIn 2024, 62% of children in Wexdale were seen within 18 weeks.\n",
			"Wexdale School Nursing Annual Report 2024", "Wexdale County Council", "2025-01-14"},
		{"appendix.txt", "Appendix B\nTarnbrook Borough Council\n\nSchool Nursing Annual Report 2024\nPublished: 14 January 2025\n\nIn 2024, 58% of Year 7 pupils in Tarnbrook had a health review.\n",
			"School Nursing Annual Report 2024", "Tarnbrook Borough Council", "2025-01-14"},
		{"enclosure.txt", "Enclosure C\n\nMarlbury Borough Council\n\nChildren's Weight Management Update\n\nDate: 4 March 2025\nAuthor: Public Health Team\n\nIn 2023/24, 22% of Reception children in Marlbury were overweight.\n",
			"Children's Weight Management Update", "Marlbury Borough Council", "2025-03-04"},
		{"form.txt", "WEXDALE HEALTH AND WELLBEING BOARD\n\nReport title: Best Start in Life Strategy\nDate: 4 March 2025\n\nIn 2024, 71% of two-year-olds in Wexdale had a development review.\n",
			"Best Start in Life Strategy", "Wexdale Health and Wellbeing Board", "2025-03-04"},
		{"formmixed.txt", "Kentford Borough Council\n\nReport title: Young Carers Support Review\nDate of meeting: 12 February 2025\nReport author: Head of Early Help\n\nIn 2024, 410 young carers in Kentford were known to the service.\n",
			"Young Carers Support Review", "Kentford Borough Council", "2025-02-12"},
		{"board.txt", "Health and Wellbeing Board\n\nChildhood Immunisation Report\n\nDate: 3 March 2025\nAuthor: Director of Public Health\n\nIn 2024, 88% of two-year-olds in Wexdale had their first MMR dose.\n",
			"Childhood Immunisation Report", "", "2025-03-03"},
		{"boardcaps.txt", "HEALTH AND WELLBEING BOARD\n\nChildhood Immunisation Report\n\nDate: 3 March 2025\n\nIn 2024, 88% of two-year-olds in Wexdale had their first MMR dose.\n",
			"Childhood Immunisation Report", "", "2025-03-03"},
	} {
		im, err := library.Guess(write(t, c.name, []byte(c.text)))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if im.Source.Title != c.title || im.Source.Publisher != c.publisher || im.Source.Date.String() != c.date {
			t.Errorf("%s: title %q, publisher %q, date %s; want %q, %q, %s", c.name, im.Source.Title, im.Source.Publisher, im.Source.Date, c.title, c.publisher, c.date)
		}
		if strings.Contains(im.Body, "Annex 2") || strings.Contains(im.Body, "Appendix B") || strings.Contains(im.Body, "Enclosure C") {
			t.Errorf("%s: the pack's label kept in the body:\n%s", c.name, im.Body)
		}
	}
}
