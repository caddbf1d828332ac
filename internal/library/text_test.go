package library_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/library"
)

func TestImportPlainTextGivesItsLayoutStructure(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "import", "review.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "\r\n") {
		t.Fatal("the fixture should have CRLF line ends")
	}
	im := checkTemplate(t, templateCase{
		file:      "review.txt",
		meta:      library.Meta{Publisher: "Northfield Borough Council", Date: "2023-10", Type: "review"},
		title:     "Speech and language therapy for children: local review",
		publisher: "Northfield Borough Council",
		date:      "2023-10",
		furniture: []string{"Page 2 of 3", "Page 3 of 3", "=====", "-------", "\r"},
		present: []string{
			"# Speech and language therapy for children: local review\n",
			"## Summary\n\nThis review looked at speech and language therapy for children across\nthe borough",
			"## KEY FINDINGS\n\n•  Demand rose by 22% in two years",
			"## Recommendations\n\n1) The ICB should fund four additional therapist posts from April 2024.\n2) Schools should",
			// The paragraph after the list is not glued to its last item.
			"while they wait.\n\nThe board is asked to note the findings",
		},
	})
	for _, it := range im.Items {
		if strings.Contains(it.Text, "Speech and language therapy for children: local review") {
			t.Errorf("the title line became an item: %q", it.Text)
		}
	}
	doc, _ := corpus.Parse("x.md", mustFile(t, im))
	heads := 0
	for _, b := range doc.Blocks {
		if b.Kind == corpus.Heading {
			heads++
		}
	}
	if heads != 4 {
		t.Errorf("%d headings, want the title and 3 sections", heads)
	}
}

func mustFile(t *testing.T, im library.Imported) []byte {
	t.Helper()
	data, err := im.File()
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestImportMeetingNotesSavedAsText(t *testing.T) {
	notes := "\ufeffNorthfield Children's Partnership Board\r\nNotes of the meeting held on Tuesday 12 March 2024, 10:00–12:00\r\nOFFICIAL – NOT FOR FURTHER CIRCULATION\r\n\r\n" +
		"Present: A Smith (Chair), B Jones (ICB)\r\nApologies: C Brown (Public Health)\r\n\r\n" +
		"1.\tPerformance report\r\nThe Trust reported that 1,920 children were waiting for a first appointment, up 8% on a year before.\r\n\r\n" +
		"2.\tAny other business\r\nNone were raised by members and the meeting closed at the agreed time.\r\n\r\n" +
		"Board notes – 12.03.24 – v0.3 DRAFT\tPage 2 of 2\r\n"
	im, err := library.Import(write(t, "notes.txt", []byte(notes)), library.Meta{Publisher: "Northfield Children's Partnership Board", Type: "statement"})
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Title != "Northfield Children's Partnership Board" || im.Source.Date.String() != "2024-03-12" {
		t.Errorf("title %q date %q (from the title block)", im.Source.Title, im.Source.Date)
	}
	for _, f := range []string{"Notes of the meeting", "OFFICIAL", "Present:", "Apologies:", "v0.3 DRAFT", "Page 2"} {
		if strings.Contains(im.Body, f) {
			t.Errorf("furniture %q kept:\n%s", f, im.Body)
		}
	}
	for _, h := range []string{"## Performance report\n", "## Any other business\n"} {
		if !strings.Contains(im.Body, h) {
			t.Errorf("agenda heading %q missing:\n%s", h, im.Body)
		}
	}
}

func TestTextWithoutMetadataNamesTheFlags(t *testing.T) {
	text := "Waiting lists for community paediatrics\n\nWaiting lists for community paediatrics grew by 9% this year across the region.\n"
	_, err := library.Import(write(t, "notes.txt", []byte(text)), library.Meta{Type: "report"})
	if err == nil {
		t.Fatal("imported with no publisher or date")
	}
	for _, want := range []string{"notes.txt", "who published it", "the date", `--publisher "NAME"`, "--date YYYY-MM-DD"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	if strings.Contains(err.Error(), "--title") {
		t.Errorf("the title was in the file's first line: %v", err)
	}
	im, err := library.Import(write(t, "notes.txt", []byte(text)), library.Meta{Publisher: "Northfield ICB", Date: "2024-05", Type: "report"})
	if err != nil || im.Source.Publisher != "Northfield ICB" || im.Source.Date.String() != "2024-05" {
		t.Errorf("with --publisher and --date: %+v %v", im.Source, err)
	}
}

// TestHeadingsSetApartByBlankLines checks that a short line standing alone
// over a paragraph of prose, as e-mails write their headings, is a heading
// (its number kept), while a greeting, a one-line paragraph and the items
// of a spaced numbered list are not.
func TestHeadingsSetApartByBlankLines(t *testing.T) {
	dir := t.TempDir()
	text := "Young carers update\n\nDear colleagues\n\nHere are the figures you asked for, with some thoughts on what we could ask the board.\n\n" +
		"Who we know about\n\nThere are 1,284 young carers on the council's register, up from 1,050 a year\nago, an increase of 22%.\n\n" +
		"2. Workforce\n\nWe have 4.6 whole-time equivalent consultants across the network, against 7.0\nin the business case.\n\n" +
		"Short note\n\nSee you soon.\n\n" +
		"What I would propose\n\nMy suggestions would be:\n\n" +
		"1. Publish waiting times for every service in the network each quarter\n\n2. Fund two dietitian posts\n"
	path := filepath.Join(dir, "update.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	im, err := library.Import(path, library.Meta{Publisher: "Northfield Council", Date: "2024", Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := corpus.Parse("x.md", mustFile(t, im))
	var heads []string
	for _, b := range doc.Blocks {
		if b.Kind == corpus.Heading {
			heads = append(heads, b.Text)
		}
	}
	if got := strings.Join(heads, "|"); got != "Young carers update|Who we know about|2. Workforce|What I would propose" {
		t.Errorf("headings %q", got)
	}
}

// A numbered line over an underline is a heading as written, number and
// all, as a PDF's numbered headings are; numbered agenda lines over their
// item's text still lose the number (TestImportMeetingNotesSavedAsText).
// A contact line at the foot of the report is not evidence.
func TestNumberedUnderlinedHeadingsKeepTheirNumber(t *testing.T) {
	text := "Health needs assessment: children in temporary accommodation\r\n\r\n" +
		"1. Summary\r\n----------\r\n\r\n1.1 On 31 March 2024, 2,840 children were living in temporary accommodation.\r\n\r\n" +
		"2. Background\r\n-------------\r\n\r\n2.1 Councils have duties to homeless families under the Housing Act 1996.\r\n\r\n" +
		"Contact: phi@northfield.gov.uk | 020 7946 0183 | Public Health, Town Hall\r\n"
	path := filepath.Join(t.TempDir(), "hna.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	im, err := library.Import(path, library.Meta{Publisher: "Northfield Council", Date: "2025", Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := corpus.Parse("x.md", mustFile(t, im))
	var heads []string
	for _, b := range doc.Blocks {
		if b.Kind == corpus.Heading {
			heads = append(heads, b.Text)
		}
	}
	if got := strings.Join(heads, "|"); got != "Health needs assessment: children in temporary accommodation|1. Summary|2. Background" {
		t.Errorf("headings %q", got)
	}
	// The contact line under the report is furniture.
	if strings.Contains(im.Body, "phi@northfield.gov.uk") {
		t.Errorf("the contact line was kept:\n%s", im.Body)
	}
}

// TestShortLineOverAListIsItsHeading checks that a short line set apart
// over a list, as e-mails write "Our asks" over their bullets, is the
// list's heading, while a short numbered line over the next numbered line
// is the list's first item and a greeting stays a greeting.
func TestShortLineOverAListIsItsHeading(t *testing.T) {
	text := "Dear members of the board,\n\nHere is a short summary of what families told us and what we are asking for.\n\n" +
		"Our asks\n\n* The ICB to publish waits for every therapy each quarter.\n* CAMHS to tell schools when a child is discharged.\n\n" +
		"What happens next\n\n* We will share the survey results in April.\n\n" +
		"Options we looked at\n\n1. Speech therapy\n\n2. Occupational therapy in schools and nurseries\n\n" +
		"Hi all\n\n* A reminder that the forum meets on Thursday.\n"
	path := filepath.Join(t.TempDir(), "asks.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	im, err := library.Import(path, library.Meta{Publisher: "Oakhurst Parent Carer Forum", Date: "2025", Type: "statement"})
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := corpus.Parse("x.md", mustFile(t, im))
	var heads []string
	for _, b := range doc.Blocks {
		if b.Kind == corpus.Heading {
			heads = append(heads, b.Text)
		}
	}
	if got := strings.Join(heads, "|"); got != "Our asks|What happens next|Options we looked at" {
		t.Errorf("headings %q", got)
	}
}

// TestAgeHeadingsSetApartByBlankLines: a short line set apart whose only
// number is an age, "Turning 18" or "Children under 5s", is a heading
// as "Funding" beside it is; a key figure set alone over its prose,
// "412 families", and a line ending in a count, "Referrals this year
// 640", stay text. Before, any number kept such a line from being a
// heading, and a forwarded letter's "Turning 18" was left a paragraph
// (set 81).
func TestAgeHeadingsSetApartByBlankLines(t *testing.T) {
	dir := t.TempDir()
	text := "Dear Sam,\n\nThank you for your letter about transitions. I have set out where things stand below.\n\n" +
		"Turning 18\n\nYoung people who reach eighteen while waiting for a children's assessment now keep their place on the adult list.\n\n" +
		"Children under 5s\n\nHealth visitors will offer every family a development review before the child starts nursery.\n\n" +
		"412 families\n\nThat is how many families asked the service for help with sleep problems during the winter months.\n\n" +
		"Referrals this year 640\n\nMost referrals came from schools, and a growing share came from parents themselves.\n\n" +
		"Funding\n\nWe have agreed extra money to buy more assessments from an independent provider this spring.\n"
	path := filepath.Join(dir, "reply.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	im, err := library.Import(path, library.Meta{Publisher: "Northfield ICB", Date: "2026", Type: "statement"})
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := corpus.Parse("x.md", mustFile(t, im))
	var heads []string
	for _, b := range doc.Blocks {
		if b.Kind == corpus.Heading {
			heads = append(heads, b.Text)
		}
	}
	if got := strings.Join(heads, "|"); got != "Turning 18|Children under 5s|Funding" {
		t.Errorf("headings %q", got)
	}
}
