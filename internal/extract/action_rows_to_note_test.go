package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestAnActionRowToNoteIsNoAsk: an action table's row "Both trusts to
// note that 64% of children were seen within 18 weeks in 2024/25." asks
// for no act: a statistic, its 64% of 2024/25; a row asking an act, "The
// ICB to commission 40 more school nurse posts.", stays an ask. Before
// (hostile check 68), the note was an ask of the trusts whose 64% had no
// measure, year or key.
func TestAnActionRowToNoteIsNoAsk(t *testing.T) {
	body := "| Action | Owner | Due |\n|---|---|---|\n" +
		"| Both trusts to note that 64% of children were seen within 18 weeks in 2024/25. | Chief Operating Officers | - |\n" +
		"| The ICB to commission 40 more school nurse posts. | ICB | May 2026 |\n"
	var note, ask *evidence.Item
	items := extract.Extract(parseBody(t, "P", body))
	for i := range items {
		switch it := &items[i]; {
		case len(it.Text) > 11 && it.Text[:11] == "Both trusts":
			note = it
		case len(it.Text) > 7 && it.Text[:7] == "The ICB":
			ask = it
		}
	}
	if note == nil || note.Kind != evidence.Statistic || len(note.Figures) == 0 || note.Figures[0].Period != "2024/25" || note.Figures[0].Key == "" {
		t.Errorf("the note: %+v; want a statistic whose 64%% is of 2024/25, keyed", note)
	}
	if ask == nil || ask.Kind != evidence.Recommendation {
		t.Errorf("the ask: %+v; want a recommendation", ask)
	}
}
