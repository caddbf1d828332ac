package extract_test

import (
	"strings"
	"testing"
)

// TestAChangeOverALineBreakIsSaidOnOneLine: the earlier value of a change
// written over a line break of its paragraph ("from £2.4⏎billion") is
// said on one line in the figure's change, as the sentence on one line
// says it (hostile check 85, L13: "up from £1.2\nbillion in 2019").
func TestAChangeOverALineBreakIsSaidOnOneLine(t *testing.T) {
	one := statisticsOf(t, "Spending on dentistry rose from £2.4 billion to £2.9 billion between 2018 and 2022.\n")
	two := statisticsOf(t, "Spending on dentistry rose from £2.4\nbillion to £2.9 billion between 2018 and 2022.\n")
	if len(one) != 1 || len(two) != 1 || len(one[0].Figures) != len(two[0].Figures) {
		t.Fatalf("got %v, one line %v", two, one)
	}
	said := false
	for k, f := range two[0].Figures {
		if strings.ContainsAny(f.Change, "\n\t") || f.Change != one[0].Figures[k].Change {
			t.Errorf("figure %q change %q, one line %q", f.Text, f.Change, one[0].Figures[k].Change)
		}
		said = said || f.Change != ""
	}
	if !said {
		t.Errorf("no change said: %v", two[0].Figures)
	}
}
