package library

import "testing"

// Set 49 spent: importer rules read from a PDF's lines. Lines written for
// these tests.

// TestOrgTitle: a cover that sets its body's name largest over the
// paper's title ("NHS Harwood and Mere" / "Integrated Care Board" over
// "Community nursing review: outline case") was read as titled with the
// body's name, and refused for want of a publisher. The name alone is the
// author's; a title naming a body among its words is a title.
func TestOrgTitle(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"NHS Harwood and Mere Integrated Care Board", true},
		{"Tarnside Borough Council", true},
		{"Community nursing review: outline case", false},
		{"Annual report of the Tarnside Safeguarding Children Partnership", false},
		{"Still waiting", false},
	} {
		if got := orgTitle(c.s); got != c.want {
			t.Errorf("orgTitle(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	// A different body named above the largest text: the report is about
	// the body set largest, and its title stays as it was.
	if ownNameAbove("Care Quality Commission", "Harwood Community Health NHS Trust") {
		t.Error("an inspectorate above a provider's name was taken for the provider's own cover")
	}
	if !ownNameAbove("", "Harwood Community Health NHS Trust") || !ownNameAbove("Tarnside  Borough Council", "Tarnside Borough Council") {
		t.Error("a cover with no other body above its name was not read as the body's own")
	}
}

// TestIssuedLine: a patient leaflet dates itself by its issue line, which
// may break between the month and the year; its review date is when it is
// due to be replaced.
func TestIssuedLine(t *testing.T) {
	for _, c := range []struct {
		s, want string
	}{
		{"Ref: TH-OT-022 · Version 2 · Issued June 2025 · Review date June 2027", "June 2025"},
		{"Date of issue: 3 March 2024", "3 March 2024"},
		{"Issue date: May 2023. Next review: May 2025", "May 2023"},
		{"Review date: June 2027", ""},
		{"Guidance issued by the department in 2019 says ...", ""},
	} {
		got := ""
		if m := issuedRe.FindStringSubmatch(c.s); m != nil {
			got = m[1]
		}
		if got != c.want {
			t.Errorf("%q: issued %q, want %q", c.s, got, c.want)
		}
	}
}

// TestServiceAboutIsNoBackMatter: "About our service" over what the
// service does and how many wait for it is the leaflet's own subject;
// it was dropped as a note about the publisher, with its figures. "About
// our charity" and "About the authors" stay back matter.
func TestServiceAboutIsNoBackMatter(t *testing.T) {
	for _, h := range []string{"About our service", "About the clinic", "About this service"} {
		if backMatter(h) {
			t.Errorf("%q: read as back matter", h)
		}
	}
	for _, h := range []string{"About our charity", "About the authors", "About us"} {
		if !backMatter(h) {
			t.Errorf("%q: not read as back matter", h)
		}
	}
}

// TestSectionLabelRow: a statement of accounts' "Expenditure on:" row, a
// bold label in the first cell over the rows it groups, was read as prose
// in columns, and the table above it lost its figures.
func TestSectionLabelRow(t *testing.T) {
	label := [][]*piece{{{text: "Expenditure on:", bold: true}}, nil, nil}
	if !sectionLabelRow(label) {
		t.Error("a label row was not read as a section of the table")
	}
	plain := [][]*piece{{{text: "Spending on:"}}, nil}
	if !sectionLabelRow(plain) {
		t.Error("a label ending with a colon was not read as a section of the table")
	}
	row := [][]*piece{{{text: "Grants to schools"}}, {{text: "12,000"}}}
	if sectionLabelRow(row) {
		t.Error("a row with a figure was read as a section label")
	}
	prose := [][]*piece{{{text: "The trustees consider the charity's reserves to be adequate for the coming year."}}, nil}
	if sectionLabelRow(prose) {
		t.Error("a sentence was read as a section label")
	}
}

// TestPlatformOwner: a consultation platform's site name gives the body
// before the platform's name ("Tarnside ICB - Citizen Space"); the whole
// site name was the publisher. A site name naming no platform is kept.
func TestPlatformOwner(t *testing.T) {
	for _, c := range []struct{ site, want string }{
		{"Tarnside ICB - Citizen Space", "Tarnside ICB"},
		{"Harwood Borough Council | Engagement HQ", "Harwood Borough Council"},
		{"Petitions - UK Government and Parliament", ""},
		{"Citizen Space", ""},
	} {
		if got := platformOwner(c.site); got != c.want {
			t.Errorf("platformOwner(%q) = %q, want %q", c.site, got, c.want)
		}
	}
}

// TestRunningOrg: a cover's largest text that every page's running line
// opens with ("Tarn Young Voices · Annual report 2024/25") is the body's
// name, though it has no word for a kind of body; a title the running line
// only repeats is no name.
func TestRunningOrg(t *testing.T) {
	l := &layout{running: []string{"Tarn Young Voices · Trustees' report and accounts 2024/25"}}
	if !l.runningOrg("Tarn Young Voices") {
		t.Error("the body's name over its running line was not read as its name")
	}
	title := &layout{running: []string{"Children waiting for support · Briefing for MPs"}}
	if l.runningOrg("Trustees' report and accounts") || l.runningOrg("Tarn Young") || title.runningOrg("Children waiting for support") {
		t.Error("a title or part of a name was read as the body's name")
	}
}

// TestAccountsApproval: a report and accounts titled by the year it
// closes on is dated by its approval line, not the year's end.
func TestAccountsApproval(t *testing.T) {
	if !yearEndedRe.MatchString("Trustees' annual report and financial statements for the year ended 31 March 2025") {
		t.Error("a title closing on its year's end was not read so")
	}
	if yearEndedRe.MatchString("Annual report 2024/25") {
		t.Error("a title with no year's end read as closing on one")
	}
	m := approvedOnDateRe.FindStringSubmatch("Approved by the trustees on 4 October 2025 and signed on their behalf by Jo Marr.")
	if m == nil || m[1] != "4 October 2025" {
		t.Errorf("approval line read as %q", m)
	}
}
