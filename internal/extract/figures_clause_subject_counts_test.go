package extract_test

import (
	"strings"
	"testing"
)

// TestALaterClausesBareSubjectAndItsWholeAreCounts: a bare number opening
// a later clause with its verb straight after it counts the people the
// sentence is about where that verb is the verb of an earlier share's
// clause ("Half (52%) now use a pump, and 240 use a sensor", "A fifth of
// the pupils ... had changed school, and 14 had moved") or the people
// waited a time before it ("They waited a median of 9 hours, and 31
// were admitted"), as does
// one after a finding's "found that" beside a count ("a review of 60
// cases found that 17 had ..."); the whole a count is "out of" ("4
// vacant posts out of 31", "7.5 vacancies out of a funded team of 40")
// is a count (a score out of ten is no count before it); and "two of the team's nine posts" draws its count from
// the posts, as "two of the nine posts" does. Before: the subject was no
// figure unless a count came before it, the whole none unless a time
// followed it, and the possessive left the "two" unread.
func TestALaterClausesBareSubjectAndItsWholeAreCounts(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string // text=value unit
	}{
		{"Half of the children (52%) now use an insulin pump, and 240 use a glucose sensor.", []string{"52%=52 percent", "240=240 count"}},
		{"Young people waited a median of 9 hours in the emergency department, and 31 were admitted to adult wards.", []string{"9 hours=9 other", "31=31 count"}},
		{"A fifth of the pupils we followed had changed school in the year, and 14 had moved home twice.", []string{"A fifth=20 percent", "14=14 count"}},
		{"A review of 60 cases in 2025 found that 17 had no record of the child's voice.", []string{"60 cases=60 count", "17=17 count"}},
		{"The clinic has 4 vacant nursing posts out of 31 and relies on bank staff.", []string{"4=4 count", "31=31 count"}},
		{"The team reported 7.5 full-time equivalent vacancies out of a funded team of 40.", []string{"7.5=7.5 count", "40=40 count"}},
		{"Two of the team's nine psychology posts were vacant in June.", []string{"Two=2 count", "nine psychology posts=9 count"}},
		// Near-misses: a number after a clause's opening with no verb
		// after it; a finding's number with no count before it; a
		// clause of another verb after a share.
		{"In 2024, 45% of pupils were seen, and 2025 brought new funding.", []string{"45%=45 percent"}},
		{"Our survey of parents found that 12 was the age most children were first referred at.", nil},
		{"Nearly a fifth (19%) were girls, and 22 had missed a review.", []string{"Nearly a fifth (19%)=19 percent"}},
	} {
		var got []string
		for _, f := range itemFiguresOf(t, c.sentence) {
			got = append(got, f.Text+"="+fmtFloat(f.Value)+" "+string(f.Unit))
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s\n  figures %q\n  want    %q", c.sentence, got, c.want)
		}
	}
}
