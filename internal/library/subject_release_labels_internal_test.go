package library

import "testing"

// TestReleaseLabelBeforeASubjectIsNoTitle: a press release sent or
// forwarded by e-mail is titled by its headline, without the label the
// press office set before it; a subject that is only the label, or that
// speaks of a release, is kept as it is.
func TestReleaseLabelBeforeASubjectIsNoTitle(t *testing.T) {
	for in, want := range map[string]string{
		"EMBARGOED PRESS RELEASE - Children wait longer for wheelchairs": "Children wait longer for wheelchairs",
		"Fwd: News release: Councils to fund more school nurses":         "Councils to fund more school nurses",
		"Media Release | New eating disorder clinic opens":               "New eating disorder clinic opens",
		// Near-misses.
		"Press release":                                 "Press release",
		"Press release schedule for the spring":         "Press release schedule for the spring",
		"Re: our press release on waits went out today": "our press release on waits went out today",
	} {
		if got := cleanSubject(in); got != want {
			t.Errorf("cleanSubject(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTeamNamedForItsWorkIsNoPublisher: a From header naming a team by
// its work alone ("Policy and Scrutiny Team") names no body, as "Press
// Office" names none; a team after its body's name ("Northwold Council
// Policy Team") still names the body.
func TestTeamNamedForItsWorkIsNoPublisher(t *testing.T) {
	for from, want := range map[string]string{
		"Policy and Scrutiny Team <scrutiny@northwold.gov.uk>":            "",
		"Public Health Intelligence Team <phi@example.gov.uk>":            "",
		"Northwold Council Policy Team <policy@northwold.gov.uk>":         "Northwold Council",
		"Kestrel Children's Trust Comms Team <comms@kestrel.example.org>": "Kestrel Children's Trust",
	} {
		if got := senderOrganisation(from); got != want {
			t.Errorf("senderOrganisation(%q) = %q, want %q", from, got, want)
		}
	}
}
