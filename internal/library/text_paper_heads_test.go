package library_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A plain-text paper's head: the body's name in capitals over its
// directorate or its meeting is the publisher, never the title; the title
// is the line under it (in capitals, cited as words) or the form's
// "Report title:" line; the form's "Date:" or "Date of meeting:" dates
// it, and its lines ("Author:", "Status:", "Agenda item:") are no
// evidence. Before (hostile check 66), the title was "WESTMARSH COUNTY
// COUNCIL: Children, Families and Education Directorate" or "NHS NORTH
// WESSEX INTEGRATED CARE BOARD", the form an excerpt, and the import asked
// for the publisher and the date.
func TestAPaperMastheadNamesThePublisherAndItsFormTheTitleAndDate(t *testing.T) {
	for _, c := range []struct{ name, text, title, publisher, date string }{
		{"westmarsh.txt", "WESTMARSH COUNTY COUNCIL\nChildren, Families and Education Directorate\n\nSCHOOL NURSING SERVICE REVIEW 2024\nReport to the Health and Wellbeing Board\n\nDate: 14 January 2025\nAuthor: Head of Public Health Commissioning\nStatus: Final\n\n1. Introduction\n\n1.1 This report sets out the findings of the review of the school nursing service in Westmarsh.\n\n2. Key findings\n\n2.1 Only 54% of Year 6 children were weighed and measured in Westmarsh in 2023/24, compared with 95% in England.\n",
			"School Nursing Service Review 2024", "Westmarsh County Council", "2025-01-14"},
		{"wessex.txt", "NHS NORTH WESSEX INTEGRATED CARE BOARD\nBOARD MEETING IN PUBLIC\n\nDate of meeting: 4 March 2025\nAgenda item: 9\nReport title: Children and Young People's Mental Health Update\nReport author: Associate Director, CYP Commissioning\nPurpose: For assurance\n\n1. PURPOSE\n\n1.1 This paper updates the Board on access to children and young people's mental health services.\n\n2. PERFORMANCE\n\n2.1 In January 2025, 3,480 children and young people in North Wessex had at least one contact with a mental health service.\n",
			"Children and Young People's Mental Health Update", "NHS North Wessex Integrated Care Board", "2025-03-04"},
		{"kent.txt", "KENT COUNTY COUNCIL\nPublic Health Team\n\nChild Health Profile Update\n\nDate of report: 3 June 2025\nLead officer: Consultant in Public Health\nVersion: 2\n\nIn 2024, 1,240 children in Kent were referred to the service, and 61% were seen within 18 weeks.\n",
			"Child Health Profile Update", "Kent County Council", "2025-06-03"},
	} {
		im, err := library.Import(write(t, c.name, []byte(c.text)), library.Meta{Type: "report"})
		if err != nil {
			t.Errorf("%s: refused: %v", c.name, err)
			continue
		}
		if im.Source.Title != c.title || im.Source.Publisher != c.publisher || im.Source.Date.String() != c.date {
			t.Errorf("%s: title %q, publisher %q, date %s; want %q, %q, %s", c.name, im.Source.Title, im.Source.Publisher, im.Source.Date, c.title, c.publisher, c.date)
		}
		for _, form := range []string{"Author", "Status:", "Agenda item", "Purpose:", "Lead officer", "Version:", "Date"} {
			if strings.Contains(im.Body, form) {
				t.Errorf("%s: the form's %q kept in the body:\n%s", c.name, form, im.Body)
			}
		}
	}
}

// A plain text's title block names its publisher and date by a body's
// name alone over its "Published:" line, or by a "Published by" line in
// the block, as a PDF's line under its title does. Before (hostile check
// 66), "Wexley Borough Council" over "Published: 12 March 2025" gave
// neither, and "Published by Kestrel Hill Academy, February 2026" under a
// newsletter's masthead band was dropped with the band.
func TestATextTitleBlockNamesItsPublisherOverOrOnItsPublishedLine(t *testing.T) {
	for _, c := range []struct{ name, text, publisher, date string }{
		{"wexley.txt", "Wexley Youth Voice Survey 2024\n\nWexley Borough Council\nPublished: 12 March 2025\n\nIn the 2024 survey, 38% of young people in Wexley said they had felt anxious most days in the last month.\n",
			"Wexley Borough Council", "2025-03-12"},
		{"medway.txt", "Young carers in Medway\n\nNHS Kent and Medway Integrated Care Board\nPublished: 2 May 2025\n\nIn 2024, 1,150 young carers in Medway were known to the service.\n",
			"NHS Kent and Medway Integrated Care Board", "2025-05-02"},
		{"kestrel.txt", "Kestrel Hill News\nNews for families · Issue 4 · Spring Term 2026 · Friday 13 February 2026\nPublished by Kestrel Hill Academy, February 2026\n\nReading at home\n\nIn the winter survey, 61% of pupils said they read at home every week.\n",
			"Kestrel Hill Academy", "2026-02-13"},
		{"surrey.txt", "Surrey Youth Survey 2025\nPublished by Surrey County Council, July 2025\n\nIn 2025, 42% of young people in Surrey said they had felt lonely.\n",
			"Surrey County Council", "2025-07"},
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

// A plain-text paper's form with a labelled line the form list does not
// know, "Previous report: ..., 3 September 2024", "Decision required by:
// 31 March 2025", "Exempt: No", is still the form: its "Report title:"
// the title, its date line the date, the other line's date nobody's.
// A line under the title that dates the data, "Data correct as at 31
// March 2023", "Covering the period 1 April 2022 to 31 March 2023",
// "Figures as at 31 March 2024", never dates the paper. Before (hostile
// check 67), the title was "Date of meeting: 4 March 2025" and the paper
// dated 2024-09-03 or 2025-03-31; the data's date beat the form's
// "Date: 14 January 2025".
func TestAFormsOtherDatesAndADataPeriodLineNeverDateThePaper(t *testing.T) {
	form := "NHS NORTH WESSEX INTEGRATED CARE BOARD\nBOARD MEETING IN PUBLIC\n\nDate of meeting: 4 March 2025\nAgenda item: 9\nReport title: Children and Young People's Mental Health Update\nReport author: Director of Nursing\n%s\nPurpose: For assurance\n\n3.1 In 2024, 61%% of children and young people in North Wessex were seen within 4 weeks.\n"
	dph := "KENT COUNTY COUNCIL\nPublic Health Team\n\nANNUAL REPORT OF THE DIRECTOR OF PUBLIC HEALTH 2023\n%s\n\nDate: 14 January 2025\nAuthor: Public Health Intelligence Team\nStatus: Final\n\n2.1 In 2022/23, 1,240 children in Kent were referred to CAMHS.\n"
	for _, c := range []struct{ name, text, title, publisher, date string }{
		{"previous.txt", fmt.Sprintf(form, "Previous report: Children and Young People's Mental Health Update, 3 September 2024"),
			"Children and Young People's Mental Health Update", "NHS North Wessex Integrated Care Board", "2025-03-04"},
		{"decision.txt", fmt.Sprintf(form, "Decision required by: 31 March 2025"),
			"Children and Young People's Mental Health Update", "NHS North Wessex Integrated Care Board", "2025-03-04"},
		{"medway.txt", "MEDWAY COUNCIL\nPublic Health Team\n\nCHILD HEALTH PROFILE 2024\nFigures as at 31 March 2024\n\nDate of report: 3 June 2024\nAuthor: Public Health Intelligence\nPrevious report: Child Health Profile 2023, 5 June 2023\nExempt: No\n\nIn 2023/24, 1,240 children in Medway were referred to CAMHS.\n",
			"Child Health Profile 2024", "Medway Council", "2024-06-03"},
		{"correct.txt", fmt.Sprintf(dph, "Data correct as at 31 March 2023"),
			"Annual Report of the Director of Public Health 2023", "Kent County Council", "2025-01-14"},
		{"covering.txt", fmt.Sprintf(dph, "Covering the period 1 April 2022 to 31 March 2023"),
			"Annual Report of the Director of Public Health 2023", "Kent County Council", "2025-01-14"},
		{"surrey.txt", "Surrey Child Health Profile 2024\nReporting period: 1 April 2023 to 31 March 2024\nPublished by Surrey County Council, July 2024\n\nIn 2023/24, 1,240 children in Surrey were referred to CAMHS.\n",
			"Surrey Child Health Profile 2024", "Surrey County Council", "2024-07"},
	} {
		im, err := library.Import(write(t, c.name, []byte(c.text)), library.Meta{Type: "report"})
		if err != nil {
			t.Errorf("%s: refused: %v", c.name, err)
			continue
		}
		if im.Source.Title != c.title || im.Source.Publisher != c.publisher || im.Source.Date.String() != c.date {
			t.Errorf("%s: title %q, publisher %q, date %s; want %q, %q, %s", c.name, im.Source.Title, im.Source.Publisher, im.Source.Date, c.title, c.publisher, c.date)
		}
		for _, form := range []string{"Previous report", "Decision required", "Exempt:"} {
			if strings.Contains(im.Body, form) {
				t.Errorf("%s: the form's %q kept in the body:\n%s", c.name, form, im.Body)
			}
		}
	}
	// The data's date alone dates nothing: the import asks.
	if _, err := library.Import(write(t, "only.txt", []byte("Surrey Child Health Profile 2024\nData covering April 2023 to March 2024\n\nIn 2023/24, 1,240 children in Surrey were referred to CAMHS.\n")), library.Meta{Type: "report", Publisher: "Surrey County Council"}); err == nil || !strings.Contains(err.Error(), "date") {
		t.Errorf("only.txt: a data period dated the paper (err %v), want the import to ask for the date", err)
	}
}

// A body's name beside a plain text's "Published:" line names its
// publisher in either order, and with no blank line between the title
// and them. Before (hostile check 67), "Published: 14 January 2025" over
// "Westmarsh County Council", or both set straight under the title, were
// refused for want of a publisher.
func TestABodysNameBesideItsPublishedLineNamesThePublisherInEitherOrder(t *testing.T) {
	const finding = "\n\nIn 2023/24, 54% of Year 6 children in Kent were weighed and measured.\n"
	for _, c := range []struct{ name, text, publisher, date string }{
		{"under.txt", "Kent School Health Review 2024\n\nPublished: 14 January 2025\nKent County Council" + finding, "Kent County Council", "2025-01-14"},
		{"tight.txt", "Medway School Health Review 2024\nMedway Council\nPublished: 3 June 2025" + finding, "Medway Council", "2025-06-03"},
		{"tightmonth.txt", "Surrey Young Carers Review\nSurrey County Council\nPublished: March 2025" + finding, "Surrey County Council", "2025-03"},
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
