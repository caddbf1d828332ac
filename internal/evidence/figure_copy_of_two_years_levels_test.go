package evidence

import (
	"strings"
	"testing"
)

// itemOfF74d is an item of a sentence and its figures, each at the first
// place its text stands.
func itemOfF74d(text string, figs ...Figure) Item {
	for i := range figs {
		figs[i].Offset = strings.Index(text, figs[i].Text)
	}
	return Item{Kind: Statistic, Text: text, Figures: figs}
}

// TestTwoYearsLevelsAreHeadedByTheNewer: a sentence stating a measure's
// level in two years, each in a clause of its own, is headed by the later
// year's (Headline: the CSV's figure, a badge), and its figure copy quotes
// the sentence whole, as a list's does (hostile check 64 M3). Before, the
// headline and the copy were the older figure alone, "1,100 pupils".
// Near-misses: two places' levels of one year, a level and its change,
// and a figure the record marks headline keep the first.
func TestTwoYearsLevelsAreHeadedByTheNewer(t *testing.T) {
	key := "count|||refer"
	older := Figure{Text: "1,100 pupils", Value: 1100, Unit: UnitCount, Record: Record{Population: "pupils", Period: "2021", Key: key, Measure: "were referred"}}
	newer := Figure{Text: "1,500 pupils", Value: 1500, Unit: UnitCount, Record: Record{Population: "pupils", Period: "2024/25", Key: key, Measure: "were referred"}}
	it := itemOfF74d("In 2021, 1,100 pupils were referred; by 2024/25 the number was 1,500 pupils.", older, newer)
	if h, _ := it.Headline(); h.Value != 1500 {
		t.Errorf("headline %s, want the newer 1,500", h.Text)
	}
	if h, _ := it.Headline(); it.FigureCopy(h) != `"`+it.Text+`"` {
		t.Errorf("copy %q, want the sentence quoted", it.FigureCopy(h))
	}
	// The newer stated first heads it too.
	it = itemOfF74d("By 2024/25 the number was 1,500 pupils; in 2021, 1,100 pupils were referred.", newer, older)
	if h, _ := it.Headline(); h.Value != 1500 {
		t.Errorf("newer first: headline %s", h.Text)
	}
	// Near-misses.
	kent := Figure{Text: "1,300 pupils", Value: 1300, Unit: UnitCount, Record: Record{Population: "pupils", Period: "2023", Place: "Ashby", Key: key}}
	brill := Figure{Text: "900", Value: 900, Unit: UnitCount, Record: Record{Population: "pupils", Period: "2023", Place: "Brill", Key: key}}
	it = itemOfF74d("In Ashby, 1,300 pupils were referred in 2023; in Brill, 900.", kent, brill)
	if h, _ := it.Headline(); h.Value != 1300 || it.FigureCopy(h) != "1,300 pupils" {
		t.Errorf("two places of one year: headline %s, copy %q", h.Text, it.FigureCopy(h))
	}
	change := Figure{Text: "400", Value: 400, Unit: UnitCount, Role: RoleChange, Record: Record{Period: "2024", Key: key}}
	level := Figure{Text: "1,300 pupils", Value: 1300, Unit: UnitCount, Record: Record{Population: "pupils", Period: "2022", Key: key}}
	it = itemOfF74d("In 2022, 1,300 pupils were referred; by 2024 that had risen by 400.", level, change)
	if h, _ := it.Headline(); h.Value != 1300 {
		t.Errorf("level and change: headline %s", h.Text)
	}
	marked := older
	marked.Role = RoleHeadline
	it = itemOfF74d("In 2021, 1,100 pupils were referred; by 2024/25 the number was 1,500 pupils.", marked, newer)
	if h, _ := it.Headline(); h.Value != 1100 || it.FigureCopy(h) != "1,100 pupils" {
		t.Errorf("a marked headline: %s, copy %q", h.Text, it.FigureCopy(h))
	}
}
