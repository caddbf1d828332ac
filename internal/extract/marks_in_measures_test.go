package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestNestedAndDeepEmphasisAndBreaksReadAsUnmarked: emphasis nested in
// emphasis ("***heavy _and slanted_***"), strong emphasis set twice
// ("****deep****") and a line break tag between two words
// ("carers<br>described") are shown, measured and read as the same
// sentence unmarked (hostile check 84b, F7: "bold _and italic_",
// "****bold****" and "<br>reported" were shown and measured).
func TestNestedAndDeepEmphasisAndBreaksReadAsUnmarked(t *testing.T) {
	readsAsUnmarked(t, []string{
		"Nested ***heavy _and slanted_*** marks showed 27% of referrals were turned down in 2023.",
		"Very ****deep**** marks showed 33% of forms were late in 2022.",
		"Around 64% of carers<br>described strain and worry with access in 2024.",
	}, []string{
		"Nested heavy and slanted marks showed 27% of referrals were turned down in 2023.",
		"Very deep marks showed 33% of forms were late in 2022.",
		"Around 64% of carers described strain and worry with access in 2024.",
	})
}

// TestStruckTextIsNoWordOfAMeasure: a struck figure or word is shown as
// written, and is neither a figure nor a word of what the figure beside
// it measures (hostile check 84b, F7 and F10: "~~25%~~ were waiting" was
// a measure and "community ~~paediatrics~~" a figures heading).
func TestStruckTextIsNoWordOfAMeasure(t *testing.T) {
	for _, s := range []string{
		"Some ~~41%~~ 37% of young people were waiting for a bed in 2024.",
		"Some <del>41%</del> 37% of young people were waiting for a bed in 2024.",
		"In 2024, 37% of young people were referred to ~~community~~ hospital beds.",
	} {
		got := statisticsOf(t, s+"\n")
		if len(got) != 1 || len(got[0].Figures) != 1 || got[0].Figures[0].Value != 37 {
			t.Errorf("%q: want one statistic with 37%% alone, got %v", s, got)
			continue
		}
		if m := got[0].Figures[0].Measure; strings.Contains(m, "~") || strings.Contains(m, "41") || strings.Contains(m, "del>") || strings.Contains(m, "community") {
			t.Errorf("%q: measure %q holds the struck text", s, m)
		}
		if q := evidence.QuoteLine(got[0].Text); !strings.Contains(q, "~~") && !strings.Contains(q, "<del>") {
			t.Errorf("shown %q, want the strike as written", q)
		}
	}
}
