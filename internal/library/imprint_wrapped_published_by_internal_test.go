package library

import "testing"

// A sentence wrapped in a PDF so that a line opens "published by the
// Office for Health Improvement and Disparities." (the England average
// it cites) was read as the report's imprint, and the council's report
// was published by the body it cited. An imprint line opens with a
// capital: a lower-case "published by" goes on from the line above.
func TestWrappedPublishedByIsNoImprint(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"published by the Office for Health Improvement and Disparities.", ""},
		{"published by NHS England in March, which found that", ""},
		{"Published by the Office for Health Improvement and Disparities.", "Office for Health Improvement and Disparities"},
		{"First published by Kestrel Valley Council in 2025", "Kestrel Valley Council"},
		{"PUBLISHED BY KESTREL VALLEY COUNCIL", ""},
	} {
		got, _ := imprintOrg(c.line, false)
		if c.want != "" && got != c.want || c.want == "" && c.line[0] >= 'a' && c.line[0] <= 'z' && got != "" {
			t.Errorf("imprintOrg(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
