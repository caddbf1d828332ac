package library_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// importText writes text as a .txt file and imports it under meta.
func importText(t *testing.T, text string, meta library.Meta) library.Imported {
	t.Helper()
	path := filepath.Join(t.TempDir(), "report.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	im, err := library.Import(path, meta)
	if err != nil {
		t.Fatal(err)
	}
	return im
}

// A table set in columns of spaces with no rule of dashes under its
// header, as e-mails and .txt reports set one, was one paragraph: a
// statistic of all its rows whose one figure was "over 18 weeks", and
// the header's measures were no figure's.
func TestSpacedTableWithoutARule(t *testing.T) {
	text := "Community paediatrics waits\n\n" +
		"These are the children waiting for community paediatrics by locality at the end of March 2025.\n\n" +
		"Locality         Children waiting   Waiting over 18 weeks   Median wait (weeks)\n" +
		"North            1,240              610                     21\n" +
		"South            980                402                     17\n" +
		"East             1,415              733                     24\n\n" +
		"The health visiting figures, set right, follow:\n" +
		"  Team        Caseload   Vacancies\n" +
		"  Alder            412           3\n" +
		"  Birch            388          12\n\n" +
		"Year      Referrals   Seen within 18 weeks\n" +
		"2023          4,120                  61%\n" +
		"2024          4,480                  58%\n\n" +
		"    An indented paragraph of prose that runs over three lines, with a\n" +
		"    figure of 45% in it and two spaces after its stop.  It is never\n" +
		"    a table, whatever its indent says about it.\n\n" +
		"Introduction                     3\n" +
		"Findings                         5\n" +
		"Recommendations                  9\n\n" +
		"Jane Smith              Tel: 01632 960123\n" +
		"Head of Performance     Mob: 07700 900123\n" +
		"Westmere ICB            Room 12, County Hall\n"
	im := importText(t, text, library.Meta{Publisher: "Westmere ICB", Date: "2025-04", Type: "report"})
	checkBody(t, im.Body, []string{
		"| Locality | Children waiting | Waiting over 18 weeks | Median wait (weeks) |",
		"| North | 1,240 | 610 | 21 |", "| East | 1,415 | 733 | 24 |",
		"| Team | Caseload | Vacancies |", "| Birch | 388 | 12 |", "| 2024 | 4,480 | 58% |",
		"    An indented paragraph of prose that runs over three lines, with a\n    figure of 45%",
	}, []string{"| An indented", "| Jane Smith", "| Head of", "| Introduction", "| Findings"})
	measures := map[string]string{}
	for _, it := range im.Items {
		for _, f := range it.Figures {
			measures[f.Text] = f.Measure
		}
	}
	for fig, want := range map[string]string{"1,415": "children waiting", "733": "waiting over 18 weeks", "388": "caseload", "12": "vacancies"} {
		if got := measures[fig]; got != want {
			t.Errorf("%s measures %q, want %q", fig, got, want)
		}
	}
}

// A body whose name holds a post's words ("Directors", "Chief",
// "Officer") was read as the sender's post in a signature, so the import
// asked for --publisher; "Chief Medical Officer's office" was a post and
// a team's "office" besides. A post still opens with the post ("Head of
// Service", "Chair of the Board") and is never the publisher.
func TestBodiesNamedWithPostsArePublishers(t *testing.T) {
	mail := func(sig string) string {
		return "From: Jane Smith <jane.smith@example.org.uk>\nSubject: Waits for community paediatrics\nDate: Thu, 10 Jul 2025 11:26:40 +0100\nContent-Type: text/plain; charset=utf-8\n\n" +
			"Dear colleagues,\n\nOur survey found that 64% of members reported waits of over a year for community paediatrics, and the Government should set a waiting time standard.\n\nBest wishes,\n" + sig + "\n"
	}
	for _, org := range []string{"Association of Directors of Children's Services", "Royal College of Paediatrics and Child Health",
		"Society of Chief Officers of Health Visiting", "Office of the Chief Medical Officer", "Chief Medical Officer's office"} {
		for _, sig := range []string{"Jane Smith\nPolicy Manager\n" + org, "Jane Smith\nPolicy Manager, " + org, "Jane Smith | Policy Manager | " + org} {
			path := filepath.Join(t.TempDir(), "m.eml")
			if err := os.WriteFile(path, []byte(mail(sig)), 0o644); err != nil {
				t.Fatal(err)
			}
			im, err := library.Import(path, library.Meta{Type: "statement"})
			if err != nil || im.Source.Publisher != org {
				t.Errorf("signature %q: publisher %q (%v), want %q", sig, im.Source.Publisher, err, org)
			}
		}
	}
	for _, post := range []string{"Head of Service", "Chair of the Board", "Press Office"} {
		path := filepath.Join(t.TempDir(), "m.eml")
		if err := os.WriteFile(path, []byte(mail("Jane Smith\nPolicy Manager\n"+post)), 0o644); err != nil {
			t.Fatal(err)
		}
		if im, err := library.Import(path, library.Meta{Type: "statement"}); err == nil && im.Source.Publisher != "" {
			t.Errorf("signature under %q: publisher %q, want none (the import asks)", post, im.Source.Publisher)
		}
	}
}

// A PDF whose only publisher clue is a © line the importer did not read:
// one in the running footer of every page, or one set after other text
// on its line ("Community paediatrics waits | © Westmere Borough Council
// 2025"), gave no publisher, and the import asked; a © line naming a
// person ("Copyright © 2025 Jane Smith") was cited as the publisher, where
// the Author field named the person's body.
func TestCopyrightLineNamesThePublisher(t *testing.T) {
	for file, want := range map[string]string{
		"copyfooter.pdf": "Westmere Borough Council",
		"copyinline.pdf": "Westmere Borough Council",
		"copyperson.pdf": "Westmere Borough Council",
		// The footer's "© Westmere Council 2025" cuts short the name
		// the masthead sets in full.
		"copyshort.pdf": "Westmere Borough Council",
	} {
		needPoppler(t)
		im, err := library.Import(filepath.Join("testdata", "pdf", file), library.Meta{Type: "report"})
		if err != nil || im.Source.Publisher != want {
			t.Errorf("%s: publisher %q (%v), want %q", file, im.Source.Publisher, err, want)
		}
	}
	// "(c) Printed by ..." names the printer, never the publisher: the
	// next clue, the Author field, is.
	pages := [][]string{{"Community paediatrics waits", "", "In March 2025, 1,240 children were waiting for a first appointment.", "", "1"},
		{"The ICB should fund two extra clinics in the east of the borough from April 2026.", "", "(c) Printed by Westprint Ltd 2025", "", "2"}}
	im, err := library.Import(write(t, "printed.pdf", makePDF(pages, "Community paediatrics waits", "Westmere Borough Council", "20250301")), library.Meta{Type: "report"})
	if err != nil || im.Source.Publisher != "Westmere Borough Council" {
		t.Errorf("under a printer's line: publisher %q (%v), want the Author's", im.Source.Publisher, err)
	}
	// A platform's notice ("Copyright 2025 Canva") gives way to the next
	// clue, the Author field, where it was taken and then dropped.
	pages[1][2] = "Copyright 2025 Canva"
	im, err = library.Import(write(t, "canva.pdf", makePDF(pages, "Community paediatrics waits", "Westmere Borough Council", "20250301")), library.Meta{Type: "report"})
	if err != nil || im.Source.Publisher != "Westmere Borough Council" {
		t.Errorf("under a platform's notice: publisher %q (%v), want the Author's", im.Source.Publisher, err)
	}
}

// A PDF's Author field was the publisher whenever it was two words or
// more not shaped like "Jane Smith": "Microsoft Office User", "Smith,
// Jane" and "Microsoft Word - report.docx" were cited as publishers, an
// author with their body in brackets was cited whole, and "Healthwatch
// Westmere" was read as a person's name and left out.
func TestPDFAuthorIsAnOrganisationOnly(t *testing.T) {
	needPoppler(t)
	pages := [][]string{{"Community paediatrics waits", "", "In March 2025, 1,240 children were waiting for a first appointment.", "", "1"},
		{"The ICB should fund two extra clinics in the east of the borough from April 2026.", "", "2"}}
	for author, want := range map[string]string{
		"Westmere Borough Council":              "Westmere Borough Council",
		"Healthwatch Westmere":                  "Healthwatch Westmere",
		"Jane Smith (Westmere Borough Council)": "Westmere Borough Council",
		"Westmere Borough Council; Jane Smith":  "Westmere Borough Council",
		"Microsoft Office User":                 "",
		"Microsoft Word - report.docx":          "",
		"Windows User":                          "",
		"LibreOffice":                           "",
		"Smith, Jane":                           "",
		"Jane Smith":                            "",
	} {
		im, _ := library.Import(write(t, "a.pdf", makePDF(pages, "Community paediatrics waits", author, "20250301")), library.Meta{Type: "report"})
		if im.Source.Publisher != want {
			t.Errorf("Author %q: publisher %q, want %q", author, im.Source.Publisher, want)
		}
	}
}

// A plain-text list lettered (a), (b), (c) or a., b. was kept as
// paragraphs: its items had no number (the badge showed the actor where a
// web page's lettered list shows "R(c)"), "a. ... b. ..." on lines one
// under another was one paragraph whose ask ended in "b.", and "(c) The
// trust must ..." was lost as a copyright notice. A lone "(c)" line is
// still the notice it is.
func TestPlainTextLetteredListsKeepTheirLetters(t *testing.T) {
	text := "Autism assessment review\n\nRecommendations\n\n" +
		"(a) The ICB should commission an all-age autism assessment service by April 2026.\n" +
		"(b) Schools should be given guidance on supporting children while they wait.\n" +
		"(c) The trust should publish its waiting times for autism\n    assessments every quarter.\n\n" +
		"a. NHS England should set a national standard for autism assessment waits.\n" +
		"b. Local authorities should fund family support workers for children waiting.\n\n" +
		"(i) The council should name a lead for neurodevelopmental support in every school.\n" +
		"(ii) Trusts should offer a single point of contact to every family on the waiting list.\n\n" +
		"(c) Westmere ICB 2025. You may re-use this text under the Open Government Licence.\n"
	im := importText(t, text, library.Meta{Publisher: "Westmere ICB", Date: "2025-04", Type: "report"})
	got := map[string]string{}
	for _, it := range im.Items {
		got[it.Badge()] += it.Text + "|"
	}
	for badge, text := range map[string]string{
		"R(a)":  "The ICB should commission an all-age autism assessment service by April 2026.|NHS England should set a national standard for autism assessment waits.|",
		"R(b)":  "Schools should be given guidance on supporting children while they wait.|Local authorities should fund family support workers for children waiting.|",
		"R(c)":  "The trust should publish its waiting times for autism\n    assessments every quarter.|",
		"R(i)":  "The council should name a lead for neurodevelopmental support in every school.|",
		"R(ii)": "Trusts should offer a single point of contact to every family on the waiting list.|",
	} {
		if got[badge] != text {
			t.Errorf("%s: %q, want %q", badge, got[badge], text)
		}
	}
	checkBody(t, im.Body, []string{"\n(c) Westmere ICB 2025. You may re-use"}, []string{"<!-- number c -->\n\n1. Westmere"})
}
