package library

import "testing"

// "(c)" stands for "©" before a year or a name and a year; the third item
// of a lettered list is evidence.
func TestCopyrightCIsNotALetteredItem(t *testing.T) {
	cases := map[string]bool{
		"(c) 2024 Northfield Borough Council":                                 true,
		"(c) Crown copyright 2024":                                            true,
		"(c) The King's Fund 2024. All rights reserved.":                      true,
		"(c) fund youth-friendly drop-in services in every ICB area by 2027.": false,
		"(c) The government should publish a plan by 2026.":                   false,
	}
	for line, want := range cases {
		u := &unit{kind: paraUnit, text: line, lines: []*piece{{text: line}}}
		if got := furniture(u); got != want {
			t.Errorf("furniture(%q) = %v, want %v", line, got, want)
		}
	}
}

// An imprint's other lines: who wrote a briefing, the formats it comes
// in, a panel's members, a signatory on one line; the findings beside
// them are evidence.
func TestImprintLinesAndSignatures(t *testing.T) {
	cases := map[string]bool{
		"About this briefing: written by Priya Nair and Tom Ashcroft of the policy team. We are grateful to every family who took part.": true,
		"This booklet is also available in easy read and large print: call 01632 960 551.":                                               true,
		"Panel members: Councillors Sandra Okoye (Chair), David Pryce and Hannah Wright.":                                                true,
		"About this briefing, 54% of families told us their child’s health had got worse.":                                               false,
		"The service is available in every borough, and 41% of families used it last year.":                                              false,
		"Members of the youth panel told us that waits were too long.":                                                                   false,
	}
	for line, want := range cases {
		u := &unit{kind: paraUnit, text: line, lines: []*piece{{text: line}}}
		if got := furniture(u); got != want {
			t.Errorf("furniture(%q) = %v, want %v", line, got, want)
		}
	}
	sig := &unit{kind: paraUnit, text: "Jo Whitlock, Chair of Rushmere Parent Carer Forum"}
	if !signedOffice(sig, nil) {
		t.Errorf("%q is a signatory's name and office", sig.text)
	}
	if claim := (&unit{kind: paraUnit, text: "Jo Whitlock, a parent, said the chair of the board listened"}); signedOffice(claim, nil) {
		t.Errorf("%q read as a signature", claim.text)
	}
}

// Numbered notes under a "Notes" line below a figure are left out; a
// numbered paragraph elsewhere is kept.
func TestTableNotesAreLeftOut(t *testing.T) {
	us := []*unit{
		{kind: tableUnit, text: "| A | 1 |"},
		{kind: paraUnit, text: "Notes", style: fontKey{size: 7}},
		{kind: paraUnit, text: "1 Children are patients aged under 18 when referred.", style: fontKey{size: 7}},
		{kind: paraUnit, text: "2 Numbers are rounded. Source: analysis of waiting times data", style: fontKey{size: 7}},
		{kind: paraUnit, text: "8 Hospitals have less theatre time for children than before the pandemic.", style: fontKey{size: 9.5}},
	}
	var got []string
	for _, u := range dropTableNotes(us) {
		got = append(got, u.text)
	}
	if len(got) != 2 || got[1] != "8 Hospitals have less theatre time for children than before the pandemic." {
		t.Errorf("after the notes: %q", got)
	}
}
