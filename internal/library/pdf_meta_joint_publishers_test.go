package library_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// jointPDF is a four-page report with a running header and footer (the
// footer's page number set in its run), lines on the first page under
// the header, and lines on the last page above the footer.
func jointPDF(head, foot string, first, last []string) []byte {
	body := []string{"Leaders across the local area partnership have improved the timeliness of education, health and care plans.",
		"In 2024, 61% of new plans were issued within 20 weeks, up from 38% in 2023.",
		"Waiting times for neurodevelopmental assessment remain too long for many children."}
	var pages [][]string
	for i := 1; i <= 4; i++ {
		var p []string
		if head != "" {
			p = append(p, head, "")
		}
		if i == 1 {
			p = append(p, first...)
		}
		p = append(p, "Findings", "", body[i%3], body[(i+1)%3], "")
		if i == 4 {
			p = append(p, last...)
		}
		if foot != "" {
			p = append(p, fmt.Sprintf("%s %d", foot, i))
		} else {
			p = append(p, fmt.Sprint(i))
		}
		pages = append(pages, p)
	}
	return makePDF(pages, "", "", "20250401")
}

// TestJointPublishersAreBothAsWritten: a report whose running footer or
// first page names its publishers jointly ("Ofsted and Care Quality
// Commission", "A joint report by Barnardo's and The Children's Society")
// is published by both, as written, whatever one of them an address line,
// a masthead or a © line names; a body whose one name holds "and" ("NHS
// England and NHS Improvement", "Department of Health and Social Care",
// "Children and Young People's Mental Health Coalition") stays one body,
// without the page number its footer sets beside it; "X with Y" is X's,
// never both; bodies under "Prepared for:" are its readers, no publishers. Before: the address line's "Ofsted" was the publisher, the
// masthead's too, Barnardo's and The Children's Society none, and a footer's
// page number was part of the name ("NHS England and NHS Improvement 1").
func TestJointPublishersAreBothAsWritten(t *testing.T) {
	for _, c := range []struct {
		name, head, foot string
		first, last      []string
		want             string
	}{
		{"address", "", "Ofsted and Care Quality Commission", nil,
			[]string{"Ofsted, Piccadilly Gate, Store Street, Manchester M1 2WD", ""}, "Ofsted and Care Quality Commission"},
		{"masthead", "", "Ofsted and Care Quality Commission", []string{"Ofsted", ""}, nil, "Ofsted and Care Quality Commission"},
		{"header with bar", "Joint report | Barnardo's and The Children's Society", "", nil, []string{"© Barnardo's 2025", ""},
			"Barnardo’s and The Children’s Society"},
		{"by line", "", "", []string{"A joint report by the Youth Justice Board and HM Inspectorate of Probation", ""}, nil,
			"Youth Justice Board and HM Inspectorate of Probation"},
		{"three bodies", "", "Healthwatch Hollinsford, Hollinsford City Council and NHS Hollinsford ICB", nil, nil,
			"Healthwatch Hollinsford, Hollinsford City Council and NHS Hollinsford ICB"},
		{"readers", "", "", []string{"Prepared for:", "Hollinsford City Council and NHS Hollinsford ICB", ""}, nil, "ask"},
		{"NHSE/I", "", "NHS England and NHS Improvement", nil, nil, "NHS England and NHS Improvement"},
		{"DHSC", "", "Department of Health and Social Care", nil, nil, "Department of Health and Social Care"},
		{"coalition", "", "Children and Young People's Mental Health Coalition", nil, nil, "Children and Young People’s Mental Health Coalition"},
		{"college", "", "Royal College of Paediatrics and Child Health", nil, nil, "Royal College of Paediatrics and Child Health"},
		{"ombudsman", "", "Local Government and Social Care Ombudsman", nil, nil, "Local Government and Social Care Ombudsman"},
		{"with", "", "YoungMinds with the Anna Freud Centre", nil, nil, ""},
	} {
		// These PDFs have no title of their own (their info's Title is
		// empty): given, so that only the publisher is tested.
		im, err := library.Import(write(t, "report.pdf", jointPDF(c.head, c.foot, c.first, c.last)), library.Meta{Type: "report", Title: "Joint report"})
		if c.want == "ask" {
			if err == nil {
				t.Errorf("%s: publisher %q, want the import to ask for one", c.name, im.Source.Publisher)
			}
			continue
		}
		if c.want == "" {
			if err == nil && (strings.Contains(im.Source.Publisher, "Anna Freud") || strings.ContainsAny(im.Source.Publisher, "0123456789")) {
				t.Errorf("%s: publisher %q, want YoungMinds or the import to ask", c.name, im.Source.Publisher)
			}
			continue
		}
		if err != nil || im.Source.Publisher != c.want {
			t.Errorf("%s: publisher %q (%v), want %q", c.name, im.Source.Publisher, err, c.want)
		}
	}
}

// TestRunningTitleIsNoPublisher: a running header that is the report's
// title ("Area SEND inspection of Hollinsford Local Area Partnership",
// "Eastvale council scrutiny review") names the body the report is about,
// not who published it: with nothing else naming one, the import asks.
// Before: the title was the publisher, as it holds "Partnership".
func TestRunningTitleIsNoPublisher(t *testing.T) {
	for _, head := range []string{"Area SEND inspection of Hollinsford Local Area Partnership", "Eastvale council scrutiny review"} {
		im, err := library.Import(write(t, "report.pdf", jointPDF(head, "", nil, nil)), library.Meta{Type: "report"})
		if err == nil {
			t.Errorf("header %q: publisher %q, want the import to ask", head, im.Source.Publisher)
		}
	}
}

// TestWebPageJointPublishersAreAllNamed: a joint report's page lists its
// publishers in its schema.org publisher (objects or names) or repeats
// its DC.publisher tag for each: the publisher is all of them, as a
// citation writes them; a person listed beside the body is none. Before:
// the first alone ("Ofsted"), or none for a list of names.
func TestWebPageJointPublishersAreAllNamed(t *testing.T) {
	for _, c := range []struct{ head, want string }{
		{`<script type="application/ld+json">{"@context":"https://schema.org","@type":"Report","name":"Area SEND inspection of Hollinsford","datePublished":"2025-04-01","publisher":[{"@type":"Organization","name":"Ofsted"},{"@type":"Organization","name":"Care Quality Commission"}]}</script>`,
			"Ofsted and Care Quality Commission"},
		{`<script type="application/ld+json">{"@context":"https://schema.org","@type":"Report","name":"Area SEND inspection of Hollinsford","datePublished":"2025-04-01","publisher":["Barnardo's","The Children's Society","YoungMinds"]}</script>`,
			"Barnardo's, The Children's Society and YoungMinds"},
		{`<script type="application/ld+json">{"@context":"https://schema.org","@type":"Report","name":"Area SEND inspection of Hollinsford","datePublished":"2025-04-01","publisher":[{"@type":"Person","name":"Jane Okafor"},{"@type":"Organization","name":"Hollinsford Youth Trust"}]}</script>`,
			"Hollinsford Youth Trust"},
		{`<meta name="DC.publisher" content="Ofsted"><meta name="DC.publisher" content="Care Quality Commission"><meta name="DC.date" content="2025-04-01">`,
			"Ofsted and Care Quality Commission"},
		{`<meta name="DC.publisher" content="Ofsted"><meta name="DC.publisher" content="Care Quality Commission"><meta name="DC.publisher" content="HM Inspectorate of Probation"><meta name="DC.date" content="2025-04-01">`,
			"Ofsted, Care Quality Commission and HM Inspectorate of Probation"},
	} {
		page := "<html><head><title>Area SEND inspection of Hollinsford</title>" + c.head + "</head><body><main><h1>Area SEND inspection</h1><p>In 2024, 61% of new plans were issued within 20 weeks.</p></main></body></html>"
		im, err := library.Import(write(t, "r.html", []byte(page)), library.Meta{Type: "report"})
		if err != nil || im.Source.Publisher != c.want {
			t.Errorf("publisher %q (%v), want %q", im.Source.Publisher, err, c.want)
		}
	}
}

// TestImprintTeamAndPartnerAreNoPublisher: a "Published by" line naming
// a team and then the body it is part of ("the Public Health Team at
// Hollinsford City Council", "the Communications Team, Hollinsford City
// Council") is the body's; one naming a partner after the body ("Barnardo's
// in partnership with the Anna Freud Centre") is the body's alone. Before:
// "Public Health Team at Hollinsford City Council", none, and both bodies
// with "in partnership with".
func TestImprintTeamAndPartnerAreNoPublisher(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Published by the Public Health Team at Hollinsford City Council", "Hollinsford City Council"},
		{"Published by the Communications Team, Hollinsford City Council", "Hollinsford City Council"},
		{"Published by Barnardo's in partnership with the Anna Freud Centre", "Barnardo’s"},
		{"Published by the Department of Health and Social Care", "Department of Health and Social Care"},
	} {
		pages := [][]string{{"Healthy weight in children", "", "In 2024, 61% of new plans were issued within 20 weeks, up from 38% in 2023.", "", "1"},
			{"Findings", "", "Waiting times for neurodevelopmental assessment remain too long for many children.", "", c.line, "", "2"}}
		// No title of its own (an empty Title in its info): given.
		im, err := library.Import(write(t, "r.pdf", makePDF(pages, "", "", "20250401")), library.Meta{Type: "report", Title: "Healthy weight in children"})
		if err != nil || im.Source.Publisher != c.want {
			t.Errorf("%q: publisher %q (%v), want %q", c.line, im.Source.Publisher, err, c.want)
		}
	}
}
