package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestEditorsNotesSelfDescriptions: under "Notes to editors", a body saying what it
// does or whom it serves and a profession's definition are furniture, its
// numbers and all; a note giving how the figures were got stays a
// statistic, and so does the same self-description in the text. Written
// for this test.
func TestEditorsNotesSelfDescriptions(t *testing.T) {
	body := "Referrals rose by 12% in a year.\n\n## Notes to editors\n\n" +
		"1. Marlbury Community Health NHS Trust provides school nursing and health visiting to around 95,000 children in Marlbury.\n" +
		"2. School nurses are qualified nurses who lead the Healthy Child Programme for 5 to 19 year olds.\n" +
		"3. The trust sent questionnaires to all 62 schools, and 48 replied.\n\n" +
		"## Our services\n\nMarlbury Community Health NHS Trust provides school nursing to around 95,000 children in Marlbury.\n"
	var got []evidence.Item
	for _, it := range extract.Extract(parseBody(t, "Marlbury Community Health NHS Trust", body)) {
		got = append(got, it)
	}
	want := map[string]evidence.Kind{
		"Marlbury Community Health NHS Trust provides school nursing and health visiting to around 95,000 children in Marlbury.": "",
		"School nurses are qualified nurses who lead the Healthy Child Programme for 5 to 19 year olds.":                         "",
		"The trust sent questionnaires to all 62 schools, and 48 replied.":                                                       evidence.Statistic,
		"Marlbury Community Health NHS Trust provides school nursing to around 95,000 children in Marlbury.":                     evidence.Statistic,
	}
	for text, k := range want {
		var kind evidence.Kind
		for _, it := range got {
			if it.Text == text {
				kind = it.Kind
			}
		}
		if kind != k {
			t.Errorf("%q: kind %q, want %q", text, kind, k)
		}
	}
}

// TestDatedListingGivesNoItem: an event's listing set out on lines of its
// own gives no item; the finding beside it does. Written for this test.
func TestDatedListingGivesNoItem(t *testing.T) {
	body := "Referrals rose by 12% in a year.\n\n## Events\n\n" +
		"Parent webinar: Sleep and autism for under 18s\nTuesday 4 November 2025, 7-8pm\nBook a free place (https://example.org.uk/events/sleep)\n"
	items := extract.Extract(parseBody(t, "Marlbury Parent Carer Forum", body))
	if len(items) != 1 || items[0].Kind != evidence.Statistic {
		for _, it := range items {
			t.Logf("%s: %q", it.Kind, it.Text)
		}
		t.Errorf("%d items, want the one statistic", len(items))
	}
}
