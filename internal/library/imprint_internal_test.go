package library

import "testing"

// TestImprintOrg: one reading of imprint lines for web pages and PDFs.
// The lines are written for this test.
func TestImprintOrg(t *testing.T) {
	cases := []struct {
		line     string
		anywhere bool
		want     string
		kind     imprintKind
	}{
		{"Published by NHS England", false, "NHS England", publishedImprint},
		{"Publisher: Kent Community Health NHS Foundation Trust", false, "Kent Community Health NHS Foundation Trust", publishedImprint},
		{"First published July 2024 by the Northfield Health Trust", false, "Northfield Health Trust", publishedImprint},
		{"Published by the Children's Health Alliance on 4 June 2024.", false, "Children's Health Alliance", publishedImprint},
		{"Published by Jane Smith", false, "", noImprint},
		{"© 2024 Royal College of Psychiatrists. A charity registered in England", false, "Royal College of Psychiatrists", copyrightImprint},
		{"© Ashworth Borough Council 2024. You may reuse this report", false, "Ashworth Borough Council", copyrightImprint},
		{"Copyright © 2010–2024 Healthwatch Kent | Privacy", false, "Healthwatch Kent", copyrightImprint},
		{"© 2024 The King's Fund, registered charity 1126980", false, "The King's Fund", copyrightImprint},
		{"Privacy | Cookies | © 2024 Northfield Council", true, "Northfield Council", copyrightImprint},
		{"Privacy | Cookies | © 2024 Northfield Council", false, "", noImprint},
		{"© Crown copyright 2024", false, "", noImprint},
		{"© The authors 2024", false, "", noImprint},
		{"Published July 2024", false, "", noImprint},
		{"Terms and conditions", true, "", noImprint},
	}
	for _, c := range cases {
		got, kind := imprintOrg(c.line, c.anywhere)
		if got != c.want || kind != c.kind {
			t.Errorf("imprintOrg(%q, %v) = %q, %d; want %q, %d", c.line, c.anywhere, got, kind, c.want, c.kind)
		}
	}
}
