package themes_test

import (
	"slices"
	"testing"
)

// TestTermsOfHeldOutPolicyForms: forms policy writers use that the terms missed on two
// held-out sets written by other writers (air pollution of any kind, dental
// health, neonatal mortality, no fixed address, poorer children and closing
// a gap, a wait told as "by the time he was seen", young people helping to
// design a service, how satisfied parents were), and hours, days or nights
// spent somewhere, dinner money and a census day that are no funding or
// data work. Near-misses keep their themes. Written for this test.
func TestTermsOfHeldOutPolicyForms(t *testing.T) {
	tax := taxonomy(t)
	for _, c := range []struct {
		text, theme string
		want        bool
	}{
		{"Ministers should set a legal limit on the traffic pollution children breathe near schools.", "prevention", true},
		{"Children's dental health has worsened in the most rural districts.", "prevention", true},
		{"The neonatal mortality rate fell to 2.6 per 1,000 live births.", "prevention", true},
		{"Practices should register families with no fixed address.", "inequalities", true},
		{"Family hubs can narrow the gap between poorer children and their classmates.", "inequalities", true},
		{"By the time she was assessed she had already left primary school.", "waiting-lists", true},
		{"Young people helped shape the new drop-in, down to its opening hours.", "voice", true},
		{"Parents of disabled children were the least satisfied with the service.", "voice", true},
		{"One boy spent 41 hours on a paediatric ward before a bed was found.", "funding", false},
		{"Parents top up dinner money through the same app as trips.", "funding", false},
		{"Two posts were vacant on census day.", "data-sharing", false},
		// Near-misses.
		{"The trust spent £4 million on agency staff.", "funding", true},
		{"The school census now records every pupil's primary need.", "data-sharing", true},
		{"The gap in waiting times between the two trusts closed.", "inequalities", false},
	} {
		if got := slices.Contains(tax.Tag(c.text), c.theme); got != c.want {
			t.Errorf("Tag(%q) has %s = %v, want %v (%v)", c.text, c.theme, got, c.want, tax.Tag(c.text))
		}
	}
}
