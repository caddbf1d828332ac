package extract_test

import (
	"strings"
	"testing"
)

// TestACeilingABodySetsIsACountBesideTheCaseload: a bare number a
// measured count or caseload is held against, named by the body that
// sets it ("well above the 250 that the professional body recommends",
// "against the 150 recommended by the college", "above the ceiling of
// 300 recommended by the institute", "against the 5 the guidance would
// suggest", "against the 200 it regards as safe") is a count; a range of
// caseloads per worker ("from 280 to 640 families per health visitor",
// "between 3,000 and 5,000 pupils per school nurse") is one range, a rate
// (unit other) as one caseload is, and so is one per worker ("12 young
// people per worker"). Before: the ceiling was no figure, the range a
// count of families with its "per" cut off (or only its high end read),
// and "per worker" a count.
func TestACeilingABodySetsIsACountBesideTheCaseload(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"Our school nurses now hold an average caseload of 2,900 pupils each, well above the 2,000 that the professional body recommends.",
			[]string{"2,900 pupils 2900 count ", "2,000 2000 count "}},
		{"Each speech therapist carries more than 90 children, against the 60 recommended by the college.",
			[]string{"more than 90 children 90 count ", "60 60 count "}},
		{"The typical family worker supports 38 families, above the ceiling of 25 recommended by the council's own policy.",
			[]string{"38 families 38 count ", "25 25 count "}},
		{"The service employs 3.5 psychologists, against the 5 that the national guidance would suggest.",
			[]string{"3.5 psychologists 3.5 count ", "5 5 count "}},
		{"Caseloads across the county ran from 280 to 640 families per health visitor, against the 200 it regards as safe.",
			[]string{"from 280 to 640 families per health visitor 280 other ", "200 200 count "}},
		{"Some areas reported caseloads of between 3,000 and 5,000 pupils per school nurse.",
			[]string{"between 3,000 and 5,000 pupils per school nurse 3000 other "}},
		{"Caseloads in the leaving care team average 12 children per worker.",
			[]string{"12 children per worker 12 other "}},
		// Near-misses: a later value compared, not a ceiling a body sets;
		// a ceiling with no count before it; a range of counts with no
		// "per" after it.
		{"Referrals reached 10,400 in 2025, well above the 6,900 seen in 2019.",
			[]string{"10,400 10400 count ", "6,900 6900 count "}},
		{"The trust said its caseloads were well above the 250 that the Institute recommends.",
			nil},
		{"Caseloads ranged from 280 to 640 families in 2025.",
			[]string{"from 280 to 640 families 280 count "}},
	} {
		it := itemFiguresOf(t, c.sentence)
		var got []string
		for _, f := range it {
			got = append(got, figureLine(f))
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s\n  figures %q\n  want    %q", c.sentence, got, c.want)
		}
	}
}
