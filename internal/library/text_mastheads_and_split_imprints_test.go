package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A plain-text paper's masthead is read in its other layouts: a council
// named as its borough ("LONDON BOROUGH OF BEXLEY" over "CABINET"), a name
// in mixed case over its board ("Oakvale Metropolitan Borough Council"
// over "Health and Wellbeing Board"), three lines with a programme's name
// in capitals; its form's "Report title:" with more words than the
// capitals title over it is the title. Before (hostile check 67), the
// first three were refused for want of a publisher (the third of a date
// too) and the fourth lost its "2024/25".
func TestAPaperMastheadInItsOtherLayoutsNamesThePublisher(t *testing.T) {
	for _, c := range []struct{ name, text, title, publisher, date string }{
		{"bexley.txt", "LONDON BOROUGH OF BEXLEY\nCABINET\n\nREPORT TO: Cabinet\nDATE: 21 January 2025\nREPORT OF: Director of Public Health\nREPORT TITLE: School Nursing Service Recommissioning\nWARDS: All\n\n1. Purpose of report\n\n1.1 In 2024, 1,150 children in Bexley were referred to the school nursing service.\n",
			"School Nursing Service Recommissioning", "London Borough of Bexley", "2025-01-21"},
		{"greenwich.txt", "ROYAL BOROUGH OF GREENWICH\nCHILDREN'S SERVICES DIRECTORATE\n\nYOUNG CARERS NEEDS ASSESSMENT\n\nDate: 2 May 2025\nAuthor: Public Health Intelligence\n\nIn 2024, 640 young carers in Greenwich were known to the service.\n",
			"Young Carers Needs Assessment", "Royal Borough of Greenwich", "2025-05-02"},
		{"oakvale.txt", "Oakvale Metropolitan Borough Council\nHealth and Wellbeing Board\n\nChildren's Oral Health Update\n\nDate of meeting: 14/01/2025\nReport author: Sam Jones, Public Health Officer\nReport status: Public\n\n2.1 In 2022, 27% of five-year-olds in Oakvale had visible dental decay, up from 24% in 2019.\n",
			"Children's Oral Health Update", "Oakvale Metropolitan Borough Council", "2025-01-14"},
		{"surrey.txt", "SURREY COUNTY COUNCIL\nPUBLIC HEALTH TEAM\nCHILDREN'S HEALTH AND WELLBEING\n\nORAL HEALTH NEEDS ASSESSMENT 2024\n\nDate: 3 December 2024\nVersion: 2.1\nLead officer: Dr A Patel\nStatus: Final\n\n2.1 In 2022, 19% of five-year-olds in Surrey had visible dental decay.\n",
			"Oral Health Needs Assessment 2024", "Surrey County Council", "2024-12-03"},
		{"medway.txt", "MEDWAY COUNCIL\nChildren and Adults Directorate\n\nHEALTH VISITING SERVICE UPDATE\n\nReport title: Health Visiting Service Update 2024/25\nDate of meeting: 12 February 2025\nAgenda item: 7\nPurpose: For information\n\n1.1 In 2024/25, 82% of new birth visits in Medway were made within 14 days.\n",
			"Health Visiting Service Update 2024/25", "Medway Council", "2025-02-12"},
	} {
		im, err := library.Import(write(t, c.name, []byte(c.text)), library.Meta{Type: "report"})
		if err != nil {
			t.Errorf("%s: refused: %v", c.name, err)
			continue
		}
		if im.Source.Title != c.title || im.Source.Publisher != c.publisher || im.Source.Date.String() != c.date {
			t.Errorf("%s: title %q, publisher %q, date %s; want %q, %q, %s", c.name, im.Source.Title, im.Source.Publisher, im.Source.Date, c.title, c.publisher, c.date)
		}
		if strings.Contains(im.Body, "Date") || strings.Contains(strings.ToUpper(im.Body), "COUNCIL\n") {
			t.Errorf("%s: the masthead or the form kept in the body:\n%s", c.name, im.Body)
		}
	}
}

// A two-line title block of a body's name in mixed case over a line that
// is no part of it, with a paragraph under it, is no masthead: the body's
// name stays the title and the paragraph the text.
func TestAMixedCaseNameOverAParagraphIsNoMasthead(t *testing.T) {
	im, err := library.Import(write(t, "medway.txt", []byte("Medway Council\nHealth and Wellbeing Board\n\nIn 2024, 61% of children in Medway were seen within 18 weeks, compared with 70% in England.\n\nPublished by Medway Council, March 2025.\n")), library.Meta{Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(im.Body, "61% of children in Medway") || strings.HasPrefix(im.Source.Title, "In 2024") {
		t.Errorf("title %q, body:\n%s", im.Source.Title, im.Body)
	}
}

// A text's title block may set its publisher and date apart from the
// title in other ways: the body's name and its date on one line ("Westmarsh
// County Council | 14 January 2025", "Kent County Council · March 2025"),
// or the name in a block of its own over the "Published:" line. Before
// (hostile check 67), neither publisher nor date was read.
func TestATextsPublisherAndDateSetApartUnderItsTitle(t *testing.T) {
	body := "\n\nIn 2023/24, 54% of Year 6 children were weighed and measured.\n"
	for _, c := range []struct{ name, text, publisher, date string }{
		{"pipe.txt", "Westmarsh School Health Review 2024\n\nWestmarsh County Council | 14 January 2025" + body, "Westmarsh County Council", "2025-01-14"},
		{"dot.txt", "Kent Young Carers Review\n\nKent County Council · March 2025" + body, "Kent County Council", "2025-03"},
		{"comma.txt", "Surrey Youth Survey 2025\n\nNHS Surrey Heartlands Integrated Care Board, 4 July 2025" + body, "NHS Surrey Heartlands Integrated Care Board", "2025-07-04"},
		{"split.txt", "Westmarsh School Health Review 2024\n\nWestmarsh County Council\n\nPublished: 14 January 2025" + body, "Westmarsh County Council", "2025-01-14"},
	} {
		im, err := library.Import(write(t, c.name, []byte(c.text)), library.Meta{Type: "report"})
		if err != nil {
			t.Errorf("%s: refused: %v", c.name, err)
			continue
		}
		if im.Source.Publisher != c.publisher || im.Source.Date.String() != c.date {
			t.Errorf("%s: publisher %q, date %s; want %q, %s", c.name, im.Source.Publisher, im.Source.Date, c.publisher, c.date)
		}
	}
}
