package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// readsAsUnmarked checks that each marked sentence gives the one
// statistic the unmarked sentence gives, figure for figure, and is shown
// as the unmarked sentence is written.
func readsAsUnmarked(t *testing.T, marked, plain []string) {
	t.Helper()
	for i := range plain {
		want := statisticsOf(t, plain[i]+"\n")
		got := statisticsOf(t, marked[i]+"\n")
		if len(want) != 1 || len(got) != 1 {
			t.Errorf("%q: %d statistics, unmarked %d; want 1 each", marked[i], len(got), len(want))
			continue
		}
		if q := evidence.QuoteLine(got[0].Text); q != plain[i] {
			t.Errorf("shown %q, want %q", q, plain[i])
		}
		if len(got[0].Figures) != len(want[0].Figures) {
			t.Errorf("%q: figures %v, unmarked %v", marked[i], got[0].Figures, want[0].Figures)
			continue
		}
		for k := range want[0].Figures {
			if g, w := figureReading(got[0].Figures[k]), figureReading(want[0].Figures[k]); g != w {
				t.Errorf("%q figure %d:\n got %s\nwant %s", marked[i], k, g, w)
			}
		}
	}
}

// TestCharacterReferencesReadAsTheirCharacters: a web page's character
// references inside a number are read as the characters they stand for:
// "1&#44;500" is 1,500, not 500, and "20&nbsp;%" is the statistic 20%,
// not an excerpt (hostile check 84b, F9).
func TestCharacterReferencesReadAsTheirCharacters(t *testing.T) {
	plain := []string{
		"Close to 2,400 pupils were absent from lessons in the spring term of 2024.",
		"Some 35\u00a0% of school nurse posts stood empty in 2023.",
		"Close to 3,100 families asked for short breaks in 2022 & 2023.",
		"About 4,250 referrals were made to the service in 2024.",
	}
	marked := []string{
		"Close to 2&#44;400 pupils were absent from lessons in the spring term of 2024.",
		"Some 35&nbsp;% of school nurse posts stood empty in 2023.",
		"Close to 3&#x2C;100 families asked for short breaks in 2022 &amp; 2023.",
		"About 4&comma;250 referrals were made to the service in 2024.",
	}
	readsAsUnmarked(t, marked, plain)
	got := statisticsOf(t, marked[0]+"\n")
	if len(got) == 1 && (len(got[0].Figures) == 0 || got[0].Figures[0].Value != 2400 || got[0].Figures[0].Text != "2&#44;400 pupils") {
		t.Errorf("figures %+v, want 2,400 pupils written as in the source", got[0].Figures)
	}
}
