package library

import "testing"

// TestSignatureOrganisationForms: a role and the organisation on one line
// ("Chair, Eastbrook Parent Carer Forum"), a school under its head's name,
// a GP practice or surgery (no two-to-four-word person's name), and a
// body the sender is part of or supported by ("Part of the ...", "X |
// Supported by Y"), which is not the sender's own.
func TestSignatureOrganisationForms(t *testing.T) {
	cases := []struct {
		name string
		sig  []string
		want string
	}{
		{"role, forum", []string{"Sam", "", "Sam Okafor", "Chair, Eastbrook Parent Carer Forum", "Mobile: 07700 900 100", "www.eastbrookpcf.org.uk",
			"Eastbrook Parent Carer Forum is a member of the National Network of Parent Carer Forums. Registered charity no. 1100000."}, "Eastbrook Parent Carer Forum"},
		{"a school, part of a trust", []string{"Dan Hughes", "Headteacher", "Eastfield Primary School", "Eastfield Road, Eastfield EF1 2AB", "Tel: 01632 960 000",
			"Part of the Riverside Learning Partnership"}, "Eastfield Primary School"},
		{"supported by", []string{"Amara and Josh", "Eastbrook Youth Voice executive", "Eastbrook Youth Voice | Supported by Eastbrook Young People’s Trust",
			"The Hub, 3 Quay Street, Eastbrook EB1 2DS | 01632 960 419", "Eastbrook Young People’s Trust is a registered charity, number 1149876."}, "Eastbrook Youth Voice"},
		{"a GP practice", []string{"Sam", "", "Dr Sam Patel", "GP Partner, Eastbrook Medical Practice", "Eastbrook"}, "Eastbrook Medical Practice"},
		{"a surgery", []string{"Jo Reed", "Practice Manager", "Quayside Surgery"}, "Quayside Surgery"},
		// A role and a body with no organisation word, set off by a bar.
		{"role | body", []string{"Ravi Shah", "Play Development Manager | Eastbrook Adventure Hub", "Tel: 01632 960 000"}, "Eastbrook Adventure Hub"},
		// A role and a body with no organisation word, set off by a
		// comma, above an address whose "Unit 4" is no body.
		{"role, body, over an address", []string{"Rose Ibe", "Director, Riverlane Young Carers", "Registered charity no. 1100001 | Company no. 04000001",
			"Unit 4, Mill Yard, Riverlane RL3 2QE"}, "Riverlane Young Carers"},
		// Near miss: a line of an address and a county names no body.
		{"an address alone", []string{"Rose Ibe", "Unit 4, Mill Yard, Riverlane RL3 2QE"}, ""},
		// Near miss: a bar between two contact details names no body.
		{"bar of contacts", []string{"Ravi Shah", "Tel: 01632 960 000 | Mobile: 07700 900 100"}, ""},
	}
	for _, c := range cases {
		if got := signatureOrganisation(c.sig); got != c.want {
			t.Errorf("%s: organisation %q, want %q", c.name, got, c.want)
		}
	}
}

// TestSenderOrganisationInCapitals: NHSmail writes the organisation in
// capitals; it is read in the case its own documents use, acronyms kept.
func TestSenderOrganisationInCapitals(t *testing.T) {
	got := senderOrganisation(`"HUGHES, Dan (EASTVALE PARTNERSHIP NHS FOUNDATION TRUST)" <dan.hughes@nhs.net>`)
	if want := "Eastvale Partnership NHS Foundation Trust"; got != want {
		t.Errorf("organisation %q, want %q", got, want)
	}
	if got := senderOrganisation(`"LEE, Amy (NHS NORTH EAST AND YORKSHIRE ICB - 00A)" <amy.lee@nhs.net>`); got != "NHS North East and Yorkshire ICB" {
		t.Errorf("organisation %q", got)
	}
}

// TestPersonSender tells a colleague's message from an organisation's
// bulletin by its From line.
func TestPersonSender(t *testing.T) {
	for from, want := range map[string]bool{
		"Daniel Okoro <daniel.okoro@nhs.net>":                                       true,
		`"OKORO, Daniel (HARROWMERE PARTNERSHIP NHS FOUNDATION TRUST)" <d@nhs.net>`: true,
		"Youth Justice Board Communications <communications@yjb.gov.uk>":            false,
		"Institute of Health Visiting <news@ihv.org.uk>":                            false,
		"news@example.org.uk": false,
	} {
		if got := personSender(from); got != want {
			t.Errorf("personSender(%q) = %v, want %v", from, got, want)
		}
	}
}

// TestThanksOverANameIsASignOff: "Thanks for reading," over the sender's
// name is where the signature starts, and a name with pronouns after it
// is still a name; a thank-you in the body, or one over more text, is not.
func TestThanksOverANameIsASignOff(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		cut   int // lines of content kept; -1 when nothing is cut
	}{
		{"thanks for reading", []string{"We need the trust to act.", "", "Thanks for reading,", "Priya", "", "Priya Shah (she/her)", "Service Manager"}, 2},
		{"thank you for your time", []string{"Referrals doubled.", "Thank you for your time,", "Dr Sam Okafor"}, 1},
		{"thanks over more text", []string{"Referrals doubled.", "Thanks for the figures,", "they show the wait rose by a third."}, -1},
		{"thanks as a sentence", []string{"Referrals doubled.", "Thanks for the figures.", "Priya"}, -1},
	}
	for _, c := range cases {
		content, sig := splitSignature(c.lines)
		if c.cut < 0 {
			if sig != nil {
				t.Errorf("%s: cut at a signature: %q", c.name, sig)
			}
			continue
		}
		if len(content) != c.cut || sig == nil {
			t.Errorf("%s: content %q, signature %q", c.name, content, sig)
		}
	}
	for _, n := range []string{"Joel Ashworth (he/him)", "Sam Okafor (they/them)", "Ana Ruiz (she / they)"} {
		if !isPersonName(n) {
			t.Errorf("%q is not read as a person's name", n)
		}
	}
}
