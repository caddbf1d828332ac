package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// figureTextsL13h is the text of every figure the body's items hold.
func figureTextsL13h(t *testing.T, body string) string {
	t.Helper()
	var texts []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		for _, f := range it.Figures {
			texts = append(texts, f.Text)
		}
	}
	return strings.Join(texts, "|")
}

// TestQuotedSpansAndOwnStaffPlacesAreNoFigures: leftovers round 13h (every sentence written for
// this test). A span in another's quotation that no one bore (denied, or
// a moment described), the term a board's decision sets an ask, the
// appointments a family may miss before removal and the places the
// writer's own staff work in are no figures; near-misses stay.
func TestQuotedSpansAndOwnStaffPlacesAreNoFigures(t *testing.T) {
	for _, c := range []struct {
		sentence string
		none     string // a text no figure may hold, or ""
		keep     string // a figure's text that must stay, or ""
	}{
		{"The lead nurse said: “A baby seen at home is a baby who does not spend four hours in a waiting room.”", "four hours", ""},
		{"One father wrote: “Bath time has become the happiest five minutes of the day.”", "five minutes", ""},
		{"A nurse said: “One boy spent two nights on a ward for adults.”", "", "two nights"},
		{"The committee is asked to agree that the council and the trust should share a daily list so that school nurses are told within three working days when a child moves school.", "three working days", ""},
		{"Under 10% of referrals were seen within three working days.", "", "three working days"},
		{"Several families were discharged because they missed two booked appointments.", "two booked", ""},
		{"Families who missed two appointments waited 14 weeks longer on average.", "", "14 weeks"},
		{"Since May our school nurses have been holding weekly clinics in three primary schools in the town.", "three primary", ""},
		{"Three primary schools in the town had no school nurse at all last year.", "", "Three primary schools"},
	} {
		joined := figureTextsL13h(t, "## Notes\n\n"+c.sentence+"\n")
		if c.none != "" && strings.Contains(strings.ToLower(joined), strings.ToLower(c.none)) {
			t.Errorf("%s\nfigures %q hold %q", c.sentence, joined, c.none)
		}
		if c.keep != "" && !strings.Contains(joined, c.keep) {
			t.Errorf("%s\nfigures %q lack %q", c.sentence, joined, c.keep)
		}
	}
}

// TestRosterDiaryAndHistorySectionsGiveNoItems: leftovers round 13h (written for this
// test). A meeting's roster under "Apologies", a bulletin's events under
// "Dates for your diary" and a page's change history after "Last updated
// ... hide all updates" make no items, nor does an action log's row
// marked complete; the sections after them, and a row still open, do.
func TestRosterDiaryAndHistorySectionsGiveNoItems(t *testing.T) {
	body := "## Attendees\n\nDr Sam Okafor, Clinical Director, Eastvale CAMHS\nAmira Hussein, Head of Early Help, Eastvale Council\n\n" +
		"## Apologies\n\nCllr Dan Frost, Lead Member for Children and Families\n\n" +
		"## Notes\n\nThe board heard that 412 children were waiting more than a year for an assessment.\n\n" +
		"## Dates for your diary\n\n* Autumn conference on child health, 14 October, Leeds, 9am to 4pm\n* Members' forum, 2 December, online\n\n" +
		"## Guidance\n\nProviders should record every contact in the local system.\n\n" +
		"Published 4 May 2026 Last updated 9 June 2026 hide all updates\n\n1. Added the section on reviews for children in care.\n2. First published.\n\n" +
		"## Action log\n\n| Action | Owner | Due | Status |\n|---|---|---|---|\n| Circulate the dental access plan to members | ICB | May 2026 | Complete |\n| Council to publish its short breaks statement | Council | June 2026 | Open |\n"
	items := extract.Extract(parseBody(t, "P", body))
	var texts []string
	for _, it := range items {
		texts = append(texts, it.Text)
	}
	all := strings.Join(texts, "\n")
	for _, no := range []string{"Okafor", "Hussein", "Frost", "Autumn conference", "Members' forum", "Added the section", "Circulate the dental"} {
		if strings.Contains(all, no) {
			t.Errorf("items hold %q:\n%s", no, all)
		}
	}
	for _, yes := range []string{"412 children", "record every contact", "short breaks statement"} {
		if !strings.Contains(all, yes) {
			t.Errorf("items lack %q:\n%s", yes, all)
		}
	}
}
