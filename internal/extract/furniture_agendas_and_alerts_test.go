package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestAlertsReportsAndPanelsFurniture holds furniture forms of a
// committee system's alert, a visit report, a statistics bulletin, an
// easy-read report, a forum and a council news page, each in a sentence
// written for this test: an agenda item's page range, a paper's "Report
// of" line, an alert's published notice, a picture description, a
// visit's team row and scope note, the provider's response line, a
// dataset card, a pointer to more method notes, a release citation, a
// forum's description, an easy-read maker line and a signpost for
// families who cannot find a service. Each is dropped; the near-misses,
// saying something of a service, are kept.
func TestAlertsReportsAndPanelsFurniture(t *testing.T) {
	cases := []struct {
		name, sentence string
		kept           bool
	}{
		{"an agenda item's pages", "Quarterly performance report: school nursing and health visiting (Pages 15 - 42)", false},
		{"a one-page agenda item", "Minutes of the previous meeting (Page 3)", false},
		{"a paper's report-of line", "Report of the Director of Public Health, Westvale Council, and the Chief Nurse, NHS Westvale Integrated Care Board.", false},
		{"an alert's notice", "The agenda for the meeting below has been published on the council's website.", false},
		{"minutes published", "The minutes of the committee meeting have now been published on the Westvale website.", false},
		{"a picture description", "[Picture: two young people waiting at a reception desk]", false},
		{"an image description", "[Image: a map of the county with the clinics marked]", false},
		{"a visit team row", "| Visit team | Ann Price (lead) and Joe Hale, Authorised Representatives |", false},
		{"a visit report's scope", "This report relates only to the service seen on the day of our visit and reflects what people told us then.", false},
		{"the provider's response line", "Response received 3 March 2026 from Sam Reid, Director of Nursing.", false},
		{"a dataset card", "Births in Westvale by ward Dataset | Released 14 May 2025 Live births by ward and by the age of the mother.", false},
		{"more method notes", "More quality and methodology information is available in our Births statistics QMI.", false},
		{"a release citation", "Office for National Statistics (ONS), released 14 May 2025, ONS website, statistical bulletin, Births in England and Wales: 2024", false},
		{"a forum's description", "This is a board for parents of children waiting for an autism assessment.", false},
		{"an easy-read maker line", "This easy read guide was made with the Westvale Youth Council.", false},
		{"a signpost for families", "Families who cannot get an appointment with a GP can call NHS 111 or use the NHS website.", false},
		// Near-misses.
		{"pages of a report read", "Parents told us the leaflet ran to 40 pages and nobody read it.", true},
		{"a report of a finding", "Report of the review found that 14 children had waited more than a year.", true},
		{"a picture in the text", "Young people drew a picture of the waiting room they would like.", true},
		{"a response counted", "Responses received from 412 parents showed that 61% waited over a year.", true},
		{"more information needed", "More information is needed on why young people miss appointments.", true},
		{"families who cannot get help", "Families who cannot get an appointment are waiting longer in A&E, the trust said.", true},
		{"released from hospital", "Children released from hospital were seen by a nurse within 48 hours.", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			body := "Dear Sam,\n\nThe new pathway has been agreed by the board.\n\n" + c.sentence + "\n\nKind regards,\nJo\n"
			var texts []string
			for _, it := range extract.Extract(parseBody(t, "P", body)) {
				texts = append(texts, it.Text)
			}
			if got := slices.Contains(texts, c.sentence); got != c.kept {
				t.Errorf("%q kept = %v, want %v (items %q)", c.sentence, got, c.kept, texts)
			}
		})
	}
}

// TestVisitDetailsTeamRow checks that a visit report's details table
// keeps no item of its team row, names and roles ("| Visit team | Ann
// Price (lead), Joe Hale and Mo Ali, Authorised Representatives |"); a
// row of the same table with a finding in it stays.
func TestVisitDetailsTeamRow(t *testing.T) {
	body := "## Visit details\n\n| Item | Details |\n|---|---|\n| Service | Westvale Children's Centre, Mill Lane |\n" +
		"| Visit team | Ann Price (lead), Joe Hale and Mo Ali, Authorised Representatives |\n" +
		"| What we found | Families waited an average of 40 weeks for a first appointment |\n"
	var texts []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		texts = append(texts, it.Text)
	}
	for _, s := range texts {
		if strings.Contains(s, "Ann Price") {
			t.Errorf("team row kept: %q", s)
		}
	}
	if !slices.ContainsFunc(texts, func(s string) bool { return strings.Contains(s, "40 weeks") }) {
		t.Errorf("finding row lost: %q", texts)
	}
}
