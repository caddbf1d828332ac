package library_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// notesForward is a plain-text forward as HCL (Lotus) Notes writes it: the
// "----- Forwarded by NAME/UNIT/ORG on DATE -----" marker over Notes' own
// header block, in two columns with no "From:" or "Subject:" labels, and
// the forwarded message's text after blank lines.
func notesForward(note string) string {
	return "From: Lena Marsh <lena.marsh@kelbrook.gov.uk>\nTo: Cllr Omar Rix <omar.rix@kelbrook.gov.uk>\n" +
		"Subject: Fw: School nursing caseloads - spring update\nDate: Tue, 10 Jun 2025 09:40:00 +0100\n" +
		"X-Mailer: HCL Notes Release 12.0.2 FP3 January 10, 2024\nContent-Type: text/plain; charset=\"ISO-8859-1\"\n\n" +
		note +
		"----- Forwarded by Lena Marsh/Education/Kelbrook on 10/06/2025 09:38 -----\n\n" +
		"             \"Adeyemi, Tola (KELBROOK HEALTHCARE NHS TRUST)\"\n" +
		"             <tola.adeyemi3@nhs.net>\n" +
		"                                                                        To\n" +
		"             04/06/2025 15:21          \"lena.marsh@kelbrook.gov.uk\"\n" +
		"                                       <lena.marsh@kelbrook.gov.uk>\n" +
		"                                                                   Subject\n" +
		"                                       School nursing caseloads -\n" +
		"                                       spring update\n\n\n\n" +
		"Dear Lena,\n\nHere is the spring position for the school nursing service.\n\n" +
		"Caseloads\n\n" +
		"Each school nurse now covers an average of 3,100 pupils, up from 2,600\n" +
		"two years ago. Only 54% of Year 7 health reviews were done this term.\n\n" +
		"Next steps\n\n" +
		"1. The council to restore the two school nurse posts cut last year and\n" +
		"advertise them before September.\n" +
		"2. The ICB to fund a second emotional health practitioner for the\n" +
		"service.\n\n" +
		"Kind regards\n\nTola\n\nTola Adeyemi\nService Lead, School Nursing\nKelbrook Healthcare NHS Trust\nTel: 01632 960 402\n"
}

// TestNotesForwardHeaderBlock: the forwarded message under a Notes
// forward's header block is the evidence, its numbered asks kept as a
// list (a line wrapped after "and" is no numbered heading), and the block
// itself (the sender's address, the labels, the subject's lines) is not.
// With the forwarder's short covering note, the forwarded message's own
// subject and date are the metadata. Before: the header block was not
// read, so all under the marker went as a quoted thread.
func TestNotesForwardHeaderBlock(t *testing.T) {
	for _, c := range []struct{ name, note, title, date string }{
		{"short note", "Omar, FYI - see below.\n\nLena\n\n", "School nursing caseloads - spring update", "2025-06-04"},
		{"long note", "Omar,\n\nAs we discussed after the scrutiny meeting, here is the trust's update on school nursing\n" +
			"caseloads. I support both of the proposals at the end and would like them on the agenda of\n" +
			"the next Health and Wellbeing Board, with a report back from the trust in the autumn.\n\nLena\n\n",
			"School nursing caseloads - spring update", "2025-06-10"},
	} {
		path := filepath.Join(t.TempDir(), "notes.eml")
		if err := os.WriteFile(path, []byte(notesForward(c.note)), 0o644); err != nil {
			t.Fatal(err)
		}
		im, err := library.Import(path, library.Meta{Type: "report", Publisher: "Kelbrook Council"})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		body := strings.Join(strings.Fields(im.Body), " ")
		for _, want := range []string{
			"Each school nurse now covers an average of 3,100 pupils",
			"Only 54% of Year 7 health reviews were done this term.",
			"1. The council to restore the two school nurse posts cut last year and advertise them",
			"2. The ICB to fund a second emotional health practitioner",
		} {
			if !strings.Contains(body, want) {
				t.Errorf("%s: body lacks %q:\n%s", c.name, want, im.Body)
			}
		}
		for _, not := range []string{"tola.adeyemi3@nhs.net", "Subject", "04/06/2025", "## The council to restore"} {
			if strings.Contains(im.Body, not) {
				t.Errorf("%s: body holds %q:\n%s", c.name, not, im.Body)
			}
		}
		if im.Source.Title != c.title || im.Source.Date.String() != c.date {
			t.Errorf("%s: title %q, date %s; want %q, %s", c.name, im.Source.Title, im.Source.Date, c.title, c.date)
		}
	}
}

// TestPlatformSiteNameGivesWayToTheTitlesBody: a page published on a
// platform (og:site_name "Notion") is cited to the body its <title> names
// after the page's title, a collective or a youth group as much as a
// trust; a person named there is no publisher, and the import asks.
// Before: "Riverside Young Carers Collective" was read as a person's
// name, so the page was refused.
func TestPlatformSiteNameGivesWayToTheTitlesBody(t *testing.T) {
	for _, c := range []struct{ site, want string }{
		{"Riverside Young Carers Collective", "Riverside Young Carers Collective"},
		{"Hillside Youth Voice", "Hillside Youth Voice"},
		{"Jane Okafor", ""},
	} {
		page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Time to be heard — ` + c.site + `</title>
<meta property="og:site_name" content="Notion"><meta property="og:title" content="Time to be heard — ` + c.site + `"></head>
<body><div class="notion-page-block"><h1 class="notion-title">Time to be heard</h1></div>
<div class="notion-page-content"><div class="notion-text-block">We asked 180 young carers about their health checks, and 41% had never been offered one.</div>
<div class="notion-text-block">The council should offer every young carer an annual health check.</div></div></body></html>`
		im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Type: "web-page", Date: "2026-02-02"})
		switch {
		case c.want == "" && (err == nil || !strings.Contains(err.Error(), "--publisher")):
			t.Errorf("%s: want the import to ask for --publisher, got %q, %v", c.site, im.Source.Publisher, err)
		case c.want != "" && err != nil:
			t.Errorf("%s: %v", c.site, err)
		case c.want != "" && im.Source.Publisher != c.want:
			t.Errorf("%s: publisher %q, want %q", c.site, im.Source.Publisher, c.want)
		}
	}
}

// TestWrittenEvidenceIsTheSubmittersAndOpensWithWhoTheyAre: written
// evidence to a committee runs "Written evidence submitted by the X
// (CODE)" over its pages and the committee's name in its footer: the
// submitter publishes it, not the committee it went to. Its first
// numbered section, "1. About us", says who the submitter is and is
// evidence; an unnumbered "About us" stays back matter. Before: the
// committee was the publisher and the section was dropped.
func TestWrittenEvidenceIsTheSubmittersAndOpensWithWhoTheyAre(t *testing.T) {
	needPoppler(t)
	header := "Written evidence submitted by the Northern School Nurse Leads Forum (CYP0231)"
	footer := "Health and Social Care Committee - Inquiry into school health"
	page := func(n string, lines ...string) []string {
		return append(append([]string{header, ""}, lines...), "", footer+" "+n)
	}
	pages := [][]string{
		{"# School health services in the north", "", "Written evidence to the Health and Social Care Committee", "", "October 2025"},
		page("1", "# 1. About us", "", "1.1 Our forum brings together 64 leads of school nursing services across the north of England.", "",
			"# 2. Caseloads", "", "2.1 In our survey, 41 of the 64 services said caseloads had grown since 2023."),
		page("2", "# 3. Recommendations", "", "3.1 The Department of Health and Social Care should publish a school nursing workforce plan."),
	}
	im, err := library.Import(write(t, "evidence.pdf", makePDF(pages, "evidence", "user", "20251020")), library.Meta{Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	if got := im.Source.Publisher; got != "Northern School Nurse Leads Forum" {
		t.Errorf("publisher %q, want the submitter (guessed %v)", got, im.Guessed)
	}
	if !strings.Contains(strings.Join(strings.Fields(im.Body), " "), "brings together 64 leads of school nursing services") {
		t.Errorf("the opening \"1. About us\" section was dropped:\n%s", im.Body)
	}
}

// TestMagazineNotItsCompanyPublishes: a trade magazine's page whose
// copyright line names the company that owns it ("© 2025 Larkfield
// Media Ltd") and whose <title> names the magazine after the headline is
// cited to the magazine; a charity's own © line still names it when
// nothing follows the headline. Before: the company was the publisher.
func TestMagazineNotItsCompanyPublishes(t *testing.T) {
	for _, c := range []struct{ title, holder, want string }{
		{"Health visitor posts cut again | Community Practice Today", "Larkfield Media Ltd", "Community Practice Today"},
		{"Health visitor posts cut again", "Larkfield Media Ltd", "Larkfield Media Ltd"},
		{"Health visitor posts cut again | Community Practice Today", "Brightlane Families Trust", "Brightlane Families Trust"},
	} {
		page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + c.title + `</title>
<meta property="article:published_time" content="2025-09-02T07:00:00Z"></head>
<body><main><article><h1>Health visitor posts cut again</h1>
<p>The number of health visitors fell by 4% in a year, figures show.</p></article></main>
<footer><p>© 2025 ` + c.holder + `. All rights reserved.</p></footer></body></html>`
		im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Type: "news"})
		if err != nil {
			t.Errorf("%s: %v", c.title, err)
			continue
		}
		if im.Source.Publisher != c.want {
			t.Errorf("%q, © %s: publisher %q, want %q", c.title, c.holder, im.Source.Publisher, c.want)
		}
	}
}

// TestToggleTitlesHeadTheirSections: a page's toggles (<details> whose
// <summary> is "▸ Ask 2: one front door", Notion's toggle blocks) are
// sections under their titles: the title is a heading without its
// triangle, the ask under it takes its number, and a toggle's title is
// never a standfirst put before the article for its "summary" class.
// Before: each title was a paragraph of its own, the asks had no number,
// and the longer titles were repeated at the top of the text.
func TestToggleTitlesHeadTheirSections(t *testing.T) {
	page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Our asks — Hillside Youth Forum</title></head><body><main>
<h1>Our asks</h1>
<p>We asked 140 young people in Hillside what would have helped them when they needed support for their mental health.</p>
<details class="toggle-block"><summary class="toggle-summary">▸ Ask 1: a drop-in open every evening of the week</summary><div class="toggle-content"><p>The integrated care board should fund an evening drop-in for young people in the town centre.</p></div></details>
<details class="toggle-block"><summary class="toggle-summary">▸ Ask 2: one front door</summary><div class="toggle-content"><p>The council should give families one number to call for every children's service.</p></div></details>
</main></body></html>`
	im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Type: "web-page", Date: "2026-02-02"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"## Ask 1: a drop-in open every evening of the week", "## Ask 2: one front door"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, im.Body)
		}
	}
	if strings.Count(im.Body, "a drop-in open every evening") != 1 {
		t.Errorf("a toggle's title is repeated:\n%s", im.Body)
	}
	numbers := map[string]string{}
	for _, it := range im.Items {
		numbers[it.Text[:20]] = it.Number
	}
	if numbers["The integrated care "] != "1" || numbers["The council should g"] != "2" {
		t.Errorf("the toggles' asks are not numbered 1 and 2: %v", numbers)
	}
}
