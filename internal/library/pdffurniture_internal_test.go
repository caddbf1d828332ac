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
