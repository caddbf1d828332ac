package library

import "testing"

// TestLeafletReadersLineIsNoSubtitle: a leaflet's line naming its readers
// ("Information for parents and carers", "A guide for young people") is
// no subtitle; a line saying what the leaflet is about is one.
func TestLeafletReadersLineIsNoSubtitle(t *testing.T) {
	for _, line := range []string{"Information for parents and carers", "A guide for young people", "Advice for families"} {
		if got := subtitleOf(line); got != "" {
			t.Errorf("%q read as a subtitle: %q", line, got)
		}
	}
	if got := subtitleOf("What happens when your child is referred to the hearing clinic"); got == "" {
		t.Error("a descriptive subtitle was dropped")
	}
}
