package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestReleaseTimetablesAndKeptRecordsAreNoFigures: how long before
// publication some officials see a release ("had sight of the figures 48
// hours before publication") and how long a meeting's recording or a
// form is kept or open ("the video will remain on the team site for 60
// days") are procedure, not findings; a wait before a point in a child's
// care, what stays on a list, and records counted keep their figures.
func TestReleaseTimetablesAndKeptRecordsAreNoFigures(t *testing.T) {
	for _, s := range []string{
		"A short list of officials had sight of the figures 48 hours before publication, as the code allows.",
		"Ministers may see the bulletin up to 24 hours before its release.",
		"The video will remain on the team site for 60 days.",
		"The video will stay on the team site for 60 days.",
		"The online form will be open for six weeks from Monday.",
		"Slides are available for 14 days on the shared drive.",
	} {
		if figs := extract.Figures(s); len(figs) != 0 {
			t.Errorf("%q: read figures %v", s, figs)
		}
	}
	for _, s := range []string{
		"Children waited 18 weeks before their first appointment.",
		"Half of the children remain on the waiting list for more than 40 weeks.",
		"The team kept records for 312 children seen before publication of the audit.",
		"Young people stayed on the ward for 30 days on average.",
	} {
		if figs := extract.Figures(s); len(figs) == 0 {
			t.Errorf("%q: no figure read", s)
		}
	}
}

// TestTableBaseLineIsNoItem: the line under a survey's table naming the
// people its shares are of ("Base: all 480 parents.", "Bases: 212
// pupils") describes the table, as a "Note:" does: no statistic, and too
// short to quote. The same count in a sentence away from a table is one.
func TestTableBaseLineIsNoItem(t *testing.T) {
	table := "## Getting an appointment\n\n| Age | Easy | Hard |\n|---|---|---|\n| 11 to 13 | 52% | 30% |\n| 14 to 16 | 41% | 44% |\n\n"
	for _, note := range []string{"Base: all 480 parents.", "Bases: 212 pupils aged 11 to 16."} {
		for _, it := range extract.Extract(parseBody(t, "P", table+note+"\n")) {
			if it.Header == "" {
				t.Errorf("%s: kept as a %s: %q %v", note, it.Kind, it.Text, it.Figures)
			}
		}
	}
	// A note of its base and of rounding is not quoted; a note that says
	// something of the data is, with no figures.
	long := "Base: all 480 parents. Percentages may not add up to 100 because some parents chose more than one answer.\n"
	for _, it := range extract.Extract(parseBody(t, "P", table+long)) {
		if it.Header == "" {
			t.Errorf("base and rounding note kept as a %s: %q", it.Kind, it.Text)
		}
	}
	quoted := false
	for _, it := range extract.Extract(parseBody(t, "P", table+"Note: two schools sent their answers after the survey closed and are left out of the table.\n")) {
		if it.Header == "" {
			quoted = true
			if len(it.Figures) > 0 {
				t.Errorf("note quoted with figures %v", it.Figures)
			}
		}
	}
	if !quoted {
		t.Error("a note saying what was left out of the table is no longer quoted")
	}
	n := 0
	for _, it := range extract.Extract(parseBody(t, "P", "## Survey\n\nIn all, 480 parents answered the survey in March.\n")) {
		n += len(it.Figures)
	}
	if n == 0 {
		t.Error("away from a table, the parents counted are no figure")
	}
}

// TestActionsOwnedByNamedBodies: a meeting's agreed actions owned by a
// body named in full ("Hallam Community Health Trust to audit ...",
// "Barnfield Council to publish ...") are asks of that body, as "Council
// to map ..." is; a person's initials own no ask, and a headline's words
// between the body and "to" still say how it stands.
func TestActionsOwnedByNamedBodies(t *testing.T) {
	body := "## Agreed actions\n\n1. Hallam Community Health Trust to audit the waiting list and write to each family by June.\n" +
		"2. Barnfield Council to publish short breaks waiting times every quarter.\n3. JB to circulate the notes by Friday.\n" +
		"4. Barnfield Council on course to meet its target for new plans.\n"
	got := recSummaries(extract.Extract(parseBody(t, "Hallam ICB", body)), true)
	want := []string{
		"1|Hallam Community Health Trust to audit the waiting list and write to each family by June.|Trusts",
		"2|Barnfield Council to publish short breaks waiting times every quarter.|Local authorities",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("recommendations:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestWishForEveryProfessionalIsAnAsk: the writer wanting something for
// every member of a profession ("I would like every junior doctor to get
// training ...") asks it, of no body named, as a wish for every child
// does; a wish others report is their view.
func TestWishForEveryProfessionalIsAnAsk(t *testing.T) {
	for _, c := range []struct {
		s   string
		ask bool
	}{
		{"Third, I would like every junior doctor to get proper training in caring for children with eating disorders.", true},
		{"We want every health visitor to have protected time for safeguarding supervision.", true},
		{"Parents said they would like every nurse to explain the plan before discharge.", false},
	} {
		got := false
		for _, it := range extract.Extract(parseBody(t, "P", "## What needs to change\n\n"+c.s+"\n")) {
			if it.Kind == evidence.Recommendation {
				got = true
				if len(it.Actors) != 0 {
					t.Errorf("%q: actors %v, want none", c.s, it.Actors)
				}
			}
		}
		if got != c.ask {
			t.Errorf("%q: an ask %v, want %v", c.s, got, c.ask)
		}
	}
}
