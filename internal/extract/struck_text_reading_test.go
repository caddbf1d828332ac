package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestStruckTextLeavesTheFigureAsUnmarked: words struck out before a
// figure ("~~by 4%~~", "<del>…</del>", "<s>…</s>") are no words of the
// sentence the figure is read in: its role, measure, key and qualifier
// are those of the sentence without them, the figure is copied without
// them ("Nearly 61%"), and the quote still shows them as written (hostile check 85, M4 and L6: "Referrals rose ~~by 10%~~ by
// 13%" lost its change and measured "referrals rose by for audiology";
// "Some ~~25%~~ 30%" lost its "Some").
func TestStruckTextLeavesTheFigureAsUnmarked(t *testing.T) {
	marked := []string{
		"Admissions climbed ~~by 4%~~ by 9% for asthma in 2022.",
		"Admissions climbed by <del>4%</del> 8% for epilepsy in 2022.",
		"Admissions climbed <s>by 4%</s> by 7% for diabetes in 2022.",
		"Nearly ~~55%~~ 61% of carers asked for respite in 2023.",
		"Nearly <del>55%</del> 62% of carers asked for advice in 2023.",
		"Nearly <s>55%</s> 63% of carers asked for training in 2023.",
		"Admissions climbed by 6% ~~by 4%~~, mostly for croup in 2022.",
	}
	plain := []string{
		"Admissions climbed by 9% for asthma in 2022.",
		"Admissions climbed by 8% for epilepsy in 2022.",
		"Admissions climbed by 7% for diabetes in 2022.",
		"Nearly 61% of carers asked for respite in 2023.",
		"Nearly 62% of carers asked for advice in 2023.",
		"Nearly 63% of carers asked for training in 2023.",
		"Admissions climbed by 6%, mostly for croup in 2022.",
	}
	for i := range marked {
		want := statisticsOf(t, plain[i]+"\n")
		got := statisticsOf(t, marked[i]+"\n")
		if len(want) != 1 || len(got) != 1 || len(got[0].Figures) != len(want[0].Figures) {
			t.Errorf("%q: %v, unmarked %v", marked[i], got, want)
			continue
		}
		if got[0].Text != marked[i] {
			t.Errorf("quote %q, want the sentence as written", got[0].Text)
		}
		if q := evidence.QuoteLine(got[0].Text); !strings.Contains(q, "4%") && !strings.Contains(q, "55%") {
			t.Errorf("shown %q, want the struck figure as written", q)
		}
		for k := range want[0].Figures {
			g, w := got[0].Figures[k], want[0].Figures[k]
			if g.Value != w.Value || g.Unit != w.Unit || g.Role != w.Role || g.Measure != w.Measure || g.Key != w.Key || g.Qualifier != w.Qualifier || g.Period != w.Period || g.Shown() != w.Shown() {
				t.Errorf("%q figure %d:\n got %s\nwant %s", marked[i], k, figureReading(g), figureReading(w))
			}
		}
	}
}

// TestAStruckSentenceJoinsNoOtherQuote: a sentence struck out whole is
// no part of the quote after it, and words struck at a sentence's start
// are part of its own.
func TestAStruckSentenceJoinsNoOtherQuote(t *testing.T) {
	got := statisticsOf(t, "Waiting lists grew in 2023. ~~About 30% of clinics closed.~~ Some 44% of clinics cut hours in 2023.\n")
	for _, it := range got {
		if strings.Contains(it.Text, "Some 44%") && strings.Contains(it.Text, "~~") {
			t.Errorf("quote %q holds the struck sentence before it", it.Text)
		}
	}
	got = statisticsOf(t, "~~Roughly 30%~~ 35% of clinics cut hours in 2023.\n")
	if len(got) != 1 || got[0].Text != "~~Roughly 30%~~ 35% of clinics cut hours in 2023." {
		t.Errorf("got %v, want the quote from its struck opening words", got)
	}
}
