package library

import "testing"

// TestOfficeNamedOnACover holds the lines a PDF's title page sets below its
// title that name the office publishing it, and the subtitles that do not
// (round r14).
func TestOfficeNamedOnACover(t *testing.T) {
	for _, s := range []string{"Children’s Commissioner for England", "Office of the Chief Social Worker for Children and Families",
		"Office of the Director of Public Health", "Care Quality Commission", "Youth Justice Board for England and Wales"} {
		if !coverOrgLine(s) {
			t.Errorf("%q not read as an office", s)
		}
	}
	for _, s := range []string{"A practice note for directors of children’s services", "Briefing for MPs ahead of the debate",
		"Prepared for the Health and Wellbeing Board", "Report to the Cabinet of Eastshire Council", "Children waiting for mental health support", "March 2025"} {
		if coverOrgLine(s) {
			t.Errorf("%q read as an office", s)
		}
	}
}

// TestSignatureNameAndRoleOnOneLine holds a signature that sets the name
// and the role on one line, over an organisation with no tell-tale word,
// after the first name alone.
func TestSignatureNameAndRoleOnOneLine(t *testing.T) {
	cases := []struct {
		lines []string
		want  string
	}{
		{[]string{"Tom", "", "Tom Hargreaves | Director of Care", "", "Rosewood Children's Hospice"}, "Rosewood Children's Hospice"},
		{[]string{"Ana Ruiz | Project Lead", "Brightside Arts"}, "Brightside Arts"},
		{[]string{"Ana Ruiz | Project Lead", "07700 900123"}, ""},
	}
	for _, c := range cases {
		if got := signatureOrganisation(c.lines); got != c.want {
			t.Errorf("signatureOrganisation(%q) = %q, want %q", c.lines, got, c.want)
		}
	}
}

// TestTextPaperMasthead holds a text paper whose first line is its body in
// capitals over the title, with a "Date of meeting:" line.
func TestTextPaperMasthead(t *testing.T) {
	doc := structureText("WESTVALE HEALTH AND WELLBEING BOARD\n\nSchool nursing: annual update\n\nReport of the Director of Public Health\nDate of meeting: 4 June 2025\n\n1. Purpose\n\nThe school nursing service saw 3,100 pupils last year.\n", true, true)
	if doc.title != "School nursing: annual update" || doc.publisher != "Westvale Health and Wellbeing Board" || doc.date.String() != "2025-06-04" {
		t.Errorf("title %q, publisher %q, date %q", doc.title, doc.publisher, doc.date.String())
	}
	doc = structureText("SCHOOL NURSING ANNUAL UPDATE\n\nThe school nursing service saw 3,100 pupils last year, up from 2,800.\n", true, true)
	if doc.publisher != "" {
		t.Errorf("a title in capitals read as a body: %q", doc.publisher)
	}
}
