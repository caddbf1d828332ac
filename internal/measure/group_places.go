package measure

import (
	"slices"
	"strings"
)

// A table's rows may be grouped under rows naming places ("Thurrock" and
// "Essex" over "Under 5" and "5 to 11", under a corner "Age group";
// "England" over "All") where the first column's header names no place.
// Read under the corner's header, the place was only the rows' group:
// Thurrock's under-fives had no place, and England's "All" row was of
// "All (Area)" (hostile check 67).

// PlaceGroups reports a table's group labels (the rows holding only a
// label over the rows of their group) that are places' names: each
// written as a place's (areaCell), none a word naming people, a kind or
// a time ("Boys", "Reception", "Primary": notPlaceLabels) nor an age
// band or a sex, and one a place the list knows ("England") or each
// named in the table's caption or heading ("Community paediatrics waits
// in Thurrock and Essex").
func PlaceGroups(groups []string, titles ...string) bool {
	if len(groups) == 0 {
		return false
	}
	known, named := false, true
	for _, g := range groups {
		g = strings.TrimSpace(g)
		first, _, _ := strings.Cut(g, " ")
		if wholePlace(g) {
			known = true
			continue
		}
		if !areaCell(g) || notPlaceLabels[first] || ofWhomColumnRe.MatchString(g) {
			return false
		}
		named = named && slices.ContainsFunc(titles, func(t string) bool { return namesWord(t, g) })
	}
	return known || named
}

// namesWord reports text t holding name w as whole words, as written.
func namesWord(t, w string) bool {
	for from := 0; ; {
		k := strings.Index(t[from:], w)
		if k < 0 {
			return false
		}
		a, b := from+k, from+k+len(w)
		if (a == 0 || !isWordByteASCII(t[a-1])) && (b == len(t) || !isWordByteASCII(t[b])) {
			return true
		}
		from = b
	}
}

// TotalLabel reports a row label naming the rows of its table or group
// together: "Total", "All", "Overall".
func TotalLabel(l string) bool {
	return totalLabelRe.MatchString(strings.TrimSpace(l))
}
