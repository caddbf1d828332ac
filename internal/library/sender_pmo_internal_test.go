package library

import "testing"

// A sender's programme office after its body's name, "Kingsmere and Dene
// ICB PMO", is the body, as its "Team" or "Office" is. Before (the
// development set), the highlight report was published by the PMO.
func TestASendersProgrammeOfficeIsItsBody(t *testing.T) {
	for from, want := range map[string]string{
		"Kingsmere and Dene ICB PMO <pmo@kd.nhs.example>":               "Kingsmere and Dene ICB",
		"NHS Kent and Medway PMO <kmicb.pmo@nhs.example>":               "NHS Kent and Medway",
		"Surrey County Council Policy Team <policy@surrey.gov.example>": "Surrey County Council",
	} {
		if got := senderOrganisation(from); got != want {
			t.Errorf("senderOrganisation(%q) = %q, want %q", from, got, want)
		}
	}
}
