package extract_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestAnEscapeSequenceInABodyIsOneUnit: a damaged body holding an OSC
// escape sequence ("\x1b]52;c;aGk=\a", a clipboard write) inside a
// statistic's sentence gives its figures the records the sentence without
// it gives: the sequence is one unit, read as none of the words, and its
// semicolons cut no clause. Before, "Some 41% of children" measured
// "\x1b]52" with no period, and the threshold had no measure. A stop
// inside a sequence (an OSC title "\x1b]0;Waits. Report\a") ends no
// sentence; outside one it does. The item's text keeps every byte
// (`cypx check` names the damage; every view shows it escaped).
func TestAnEscapeSequenceInABodyIsOneUnit(t *testing.T) {
	const osc = "\x1b]52;c;aGk=\a"
	type rec struct{ Text, Role, Measure, Population, Period string }
	records := func(s string) []rec {
		t.Helper()
		var out []rec
		for _, it := range extract.Extract(parseBody(t, "P", "## Waits\n\n"+s+"\n")) {
			for _, f := range it.Figures {
				out = append(out, rec{f.Text, string(f.Role), f.Measure, f.Population, f.Period})
			}
		}
		return out
	}
	for _, damaged := range []string{
		"Some 41% of children " + osc + "waited more than 18 weeks in 2024/25.",
		"In 2024/25, 41% of children waited " + osc + " more than 18 weeks, and 30% of young people waited over a year.",
		"Around 41% of children " + osc + " waited more than 18 weeks in 2024/25; 12% waited over a year.",
		"In 2024/25, 41% of children waited more than 18 weeks " + osc + "\x1b[0m for a first appointment.",
	} {
		clean := strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(damaged, osc+" ", ""), osc, ""), "\x1b[0m ", "")
		got, want := records(damaged), records(clean)
		if len(want) == 0 || !reflect.DeepEqual(got, want) {
			t.Errorf("%q:\n got %+v\nwant %+v (as %q)", damaged, got, want, clean)
		}
		for _, r := range got {
			if strings.ContainsAny(r.Measure+r.Population+r.Period, "\x1b\a") {
				t.Errorf("%q: a record holds the sequence: %+v", damaged, r)
			}
		}
	}
	for _, c := range []struct {
		text string
		want int
	}{
		{"Referrals rose in March 2025 \x1b]0;Waits. Report\a for children. Waits fell.", 2},
		{"Referrals rose in March 2025 for children. Waits. Report. Waits fell.", 4},
		// Unterminated, the string is no sequence of the terminal's: its
		// text is read, as CleanLine keeps it.
		{"Referrals rose in March 2025 \x1b]0;Waits. Report for children. Waits fell.", 3},
	} {
		if got := extract.SentenceTexts(c.text); len(got) != c.want {
			t.Errorf("%q: %d sentences %q, want %d", c.text, len(got), got, c.want)
		}
	}
}
