package library_test

import (
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// The fixtures under testdata/pdf were made with LibreOffice from the .fodt
// files beside them:
//
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/NAME.fodt
//
// report.pdf: a title page (masthead, title, date, contact lines), a
// contents page with dot leaders, a running header and a footer with page
// numbers that start at 1 on the third PDF page, numbered H1 and H2
// headings, footnotes with raised markers, a boxed "At a glance" panel in
// another font, bullets, a table, a two-column section whose paragraphs
// break across a column and a page, numbered recommendations, and a
// copyright and ISBN imprint. The file's Title is a file name and its Author
// a user name.
//
// annual.pdf: a title page whose "Published" line gives the day, a
// sidebar frame beside the first paragraphs, OpenSymbol and dash bullets,
// a table with wrapped cells, a paragraph broken across a page, "R1"
// recommendations and "1)" items, a "Page N of M" header and an imprint
// page; the PDF's Author is a design studio.
//
// briefing.pdf: paragraphs with first-line indents and no spacing, bold
// body-size headings with no bookmarks, a large pull quote, a table of
// right-aligned numbers, footnotes numbered tight against their text,
// lettered items, a footer that puts the page number after the title, and a
// back cover with contact and copyright lines.
//
// carers.pdf: a foreword on a page numbered "ii" in roman, then pages
// numbered from 1 in a "Page N" footer, headings numbered by LibreOffice's
// outline numbering, a typed superscript footnote marker (¹), nested
// bullets, a three-column section followed by a heading, a table whose two
// columns hold sentences, and a Notes section.
//
// tables.pdf: a page in two columns whose left column holds a table of
// sentences under a bold header row, its cells set so close that poppler
// joins the words of two cells into one run, and whose last row is
// carried to the top of the right column; a figure set large over its
// label; a four-column table of recommendations with wrapped cells.
//
// counts.pdf (made the same way from counts.html): two tables whose last
// column holds counts with thousands separators (2,345 3,100 15,000 and
// 1,200 1,300 900), which read by their first group of digits rise like
// a contents list's page numbers.
//
// onepage.pdf (LibreOffice Writer from onepage.html): one page of a
// large heading, three short lines and a table: few words and large text,
// as a title page has, but with no page after it.
//
// margins.pdf: headings whose numbers a tab sets apart ("1<tab>Introduction"),
// paragraph numbers in a wide left margin, as audit and inquiry reports set
// them, and lettered recommendations with the letter in a hanging indent.
//
// spanned.pdf: two tables whose first column's cells are merged over two
// and four rows and centred in them ("North" beside two years' rows, and
// beside four services'), which LibreOffice sets on a line of their own
// between two rows.
//
// tight.pdf: two tables set tight, their narrow first column ("Year",
// "ICB" with codes "A1") so close to the next that poppler joins the two
// cells of every row into one run ("2021 1,240", "A1 12.5%") and of the
// header too ("Year Children waiting").
//
// mergedhead.pdf: tables whose header cells are merged over two or three
// year columns, bold and centred over right-aligned figures: one on a
// line, one wrapped onto two lines, one with the corner beside it empty,
// and two side by side set left; then a table with one header row, after
// a page break, one with a unit column, one with a merged header cell
// under a bold caption set close above it, a unit column set small, and
// two tables whose short merged cells are centred over their columns
// ("2023/24" over "Number" and "%"; "Rate" over two years).
//
// carriedhead.pdf: a table of 46 practices that runs on to a second page
// without repeating its header row, its figures set right under wider
// centred headers.
//
// romanasks.pdf: lists of recommendations under "NHS England should:" and
// "The integrated care board should:" whose roman numbers are typed in
// the text ("(ii) require", "iii. fund") or set in a hanging indent after
// a tab.
//
// leadins.pdf: lettered recommendations and findings under
// "Recommendations", then lead-ins ("The council must:", "Recommendation
// 3: NHS England should:") each over typed bullets set with no hanging
// indent, the lead-in at the bullets' left edge.

func importFixture(t *testing.T, name string) library.Imported {
	t.Helper()
	needPoppler(t)
	im, err := library.Import(filepath.Join("testdata", "pdf", name), library.Meta{Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	return im
}

// headingLines are the body's "## " lines.
func headingLines(body string) []string {
	var out []string
	for _, l := range strings.Split(body, "\n") {
		if h, ok := strings.CutPrefix(l, "## "); ok {
			out = append(out, h)
		}
	}
	return out
}

func TestPDFHeadingsStandAlone(t *testing.T) {
	for name, want := range map[string][]string{
		"report.pdf":   {"1. Introduction", "1.1 Why community services matter", "2. Key findings", "2.1 Access to services", "2.2 What families told us", "3. Recommendations", "At a glance"},
		"annual.pdf":   {"Executive summary", "At a glance", "Key findings", "Waiting times by service", "Our recommendations"},
		"briefing.pdf": {"Summary", "1 The school nursing workforce", "2 What pupils told us", "3 What should happen next"},
	} {
		im := importFixture(t, name)
		got := headingLines(im.Body)
		for _, h := range want {
			if !slices.Contains(got, h) {
				t.Errorf("%s: heading %q not on its own ## line; headings %q", name, h, got)
			}
			// Nowhere else: a heading glued to the sentence after it
			// would show its text again outside the ## line.
			if n := strings.Count(im.Body, h); n != strings.Count(im.Body, "## "+h) {
				t.Errorf("%s: %q appears outside its heading line", name, h)
			}
		}
		if strings.Contains(im.Body, "## ") && regexp.MustCompile(`(?m)^## .*\n[^\n]`).MatchString(im.Body) {
			t.Errorf("%s: a heading without a blank line after it:\n%s", name, im.Body)
		}
		for _, it := range im.Items {
			for _, h := range want {
				if strings.HasPrefix(it.Text, h+" ") {
					t.Errorf("%s: heading %q glued to item %q", name, h, it.Text)
				}
			}
		}
	}
}

func TestPDFFurnitureLeftOut(t *testing.T) {
	for name, noise := range map[string][]string{
		"report.pdf": {"Growing up waiting · Children", "12 Example Street", "020 7946 0000", "Registered charity", "ISBN",
			"©", "Published by", "....", "Introduction....", "Community health services for children and young people in England\n"},
		"annual.pdf": {"Page 2 of 4", "CYP mental health annual report 2023/24", "www.northfield-icb", "Civic Centre", "0300 123 4567",
			"Published by", "©", "Brightside"},
		"briefing.pdf": {"Left behind at the door: school nursing in England", "Sample Road", "0161 496 0000", "All rights reserved",
			"Almost a third fewer", "\n1\n", "A briefing for commissioners"},
	} {
		im := importFixture(t, name)
		for _, n := range noise {
			if strings.Contains(im.Body, n) {
				t.Errorf("%s: furniture %q kept:\n%s", name, n, im.Body)
			}
		}
	}
}

func TestPDFTablesArePipeTables(t *testing.T) {
	for name, want := range map[string]string{
		"report.pdf": "| Service | Children waiting | Waiting over 52 weeks |\n|---|---|---|\n" +
			"| Community paediatrics | 98,000 | 11% |\n| Speech and language therapy | 76,000 | 9% |\n| Audiology | 24,000 | 3% |\n\n",
		"annual.pdf": "| Service | Referrals | Median wait (weeks) | Waiting over 18 weeks |\n|---|---|---|---|\n" +
			"| Community CAMHS (core child and adolescent mental health service) | 9,800 | 12 | 19% |\n",
		"briefing.pdf": "| Year | School nurses (FTE) | Pupils (millions) |\n|---|---|---|\n| 2010 | 2,800 | 8.0 |\n",
		// Cells of sentences, wrapped: still a table, not two columns of text.
		"carers.pdf": "| Recommendation | Who should act |\n|---|---|\n" +
			"| Every GP practice in Riverside should keep a register of young carers and offer them an annual health check. | GP practices, with support from the integrated care board |\n",
	} {
		im := importFixture(t, name)
		if !strings.Contains(im.Body, "\n\n"+want) {
			t.Errorf("%s: table not written as a pipe table:\n%s", name, im.Body)
		}
	}
}

func TestPDFFootnotesAreDefinitions(t *testing.T) {
	for name, want := range map[string][]string{
		"report.pdf": {"series began.[^1] Of these, around 40%[^2] had waited",
			"\n\n[^1]: NHS England, Community Health Services Waiting Lists, March 2024.\n\n",
			"\n\n[^2]: Children’s Health Alliance analysis of published waiting list data, 2024.\n\n"},
		"annual.pdf": {"grew by 7.5%.[^1] The median", "within one week.[^2]\n",
			"\n\n[^1]: Mental Health Services Data Set, Northfield ICB residents, April 2023 to March 2024. Figures are rounded to the nearest hundred and exclude referrals that were closed before a first contact.\n\n"},
		"briefing.pdf": {"close to 2,800 in 2010.[^1] Over", "\n\n[^2]: Analysis of the public health grant allocations, 2015/16 to 2024/25, in real terms per person.\n\n"},
		"carers.pdf":   {"whether they were a carer.[^1] Only one in five"}, // a typed ¹
	} {
		im := importFixture(t, name)
		for _, w := range want {
			if !strings.Contains(im.Body, w) {
				t.Errorf("%s: want %q in:\n%s", name, w, im.Body)
			}
		}
		if regexp.MustCompile(`\d%\d|\d%\s\d\s`).MatchString(im.Body) {
			t.Errorf("%s: a footnote marker glued to a figure:\n%s", name, im.Body)
		}
	}
	// The definitions follow their page's text, before the next page.
	im := importFixture(t, "report.pdf")
	def := strings.Index(im.Body, "[^2]: Children")
	if def < 0 || def > strings.Index(im.Body, "## 2. Key findings") || def < strings.Index(im.Body, "Healthy Child Programme") {
		t.Errorf("footnotes not after their page's text:\n%s", im.Body)
	}
}

// TestPDFPagesAreThePrintedNumbers: a page's marker carries the number
// printed on it; a paragraph carried over a column or a page break is cited
// with the page it starts on, and the next page's marker follows it.
func TestPDFPagesAreThePrintedNumbers(t *testing.T) {
	cases := []struct {
		file, text string
		page       int
	}{
		{"report.pdf", "By the end of March 2024, some 350,000 children", 1},    // PDF page 3
		{"report.pdf", "Waiting lists for community paediatrics have grown", 2}, // PDF page 4
		{"report.pdf", "They valued practical advice, peer support groups and a named contact", 2},
		{"report.pdf", "A quarter of the families we spoke to", 3},
		{"report.pdf", "NHS England should publish waiting times", 4},
		// The sentence before it ends at the top of page 3, where this one
		// starts: a quote from it is found on page 3.
		{"annual.pdf", "Some had gone back to their GP several times, and a few had taken their child", 3},
		{"annual.pdf", "Children from the most deprived fifth of neighbourhoods made up 31%", 3},
		{"briefing.pdf", "We asked 2,150 pupils aged 11 to 16", 2},
		{"carers.pdf", "Young carers look after a parent", 2}, // printed "ii": the PDF's page index
		{"carers.pdf", "Between March and June 2024 we heard from 86 young carers", 1},
	}
	for _, c := range cases {
		im := importFixture(t, c.file)
		found := false
		for _, it := range im.Items {
			if strings.Contains(it.Text, c.text) {
				found = true
				if it.Page != c.page {
					t.Errorf("%s: %q cited on page %d, want %d", c.file, c.text, it.Page, c.page)
				}
			}
		}
		if !found {
			t.Errorf("%s: no item holds %q:\n%s", c.file, c.text, im.Body)
		}
	}
	im := importFixture(t, "report.pdf")
	// A paragraph broken across the page: the sentence carried over is
	// whole on the page it starts on, and the sentences after it are on
	// the next page, after its marker.
	if !strings.Contains(im.Body, "a named contact they could call, and said that these simple steps would have made the wait easier to bear.\n\n<!-- page 3 -->\n\nMost of all, they wanted the professionals involved in their care to talk to each other, so that they did not have to repeat their story at every appointment.\n\nParents also said") {
		t.Errorf("the sentence broken across the page is not whole, or the page marker is not after it:\n%s", im.Body)
	}
}

func TestPDFColumnsAndSidebarsReadInOrder(t *testing.T) {
	im := importFixture(t, "report.pdf")
	for _, w := range []string{
		"Several said that school staff had been the first to raise concerns, but that the school could do little until a diagnosis was made.",
		"This report draws on a survey of 134 trust leaders, interviews with families and an analysis of the official statistics.",
	} {
		if !strings.Contains(im.Body, w) {
			t.Errorf("report.pdf: want %q in:\n%s", w, im.Body)
		}
	}
	im = importFixture(t, "carers.pdf")
	if !strings.Contains(im.Body, "one young volunteer who had caring responsibilities themselves.\n\nInterviews took place at school or by video call") ||
		strings.Index(im.Body, "Interviews took place") > strings.Index(im.Body, "## 3. What should change") {
		t.Errorf("carers.pdf: three columns not read in order:\n%s", im.Body)
	}
	im = importFixture(t, "annual.pdf")
	intro := "This report describes how the integrated care board and its partners supported the mental health of children and young people in Northfield during 2023/24. It covers access to services, waiting times, the work of mental health support teams in schools and the experience of young people and their families.\n"
	box := "## At a glance\n\n- 14,200 referrals to children’s mental health services, up 9% on 2022/23.\n\n- Median wait from referral to second contact: 11 weeks.\n\n- Mental health support teams now cover 62% of pupils.\n\n## Key findings\n"
	for _, w := range []string{intro, box} {
		if !strings.Contains(im.Body, w) {
			t.Errorf("annual.pdf: sidebar spliced into the text; want %q in:\n%s", w, im.Body)
		}
	}
	// The paragraphs beside the sidebar stay in the executive summary.
	for _, it := range im.Items {
		if strings.HasPrefix(it.Text, "Demand continued to rise") && it.Section != "Executive summary" {
			t.Errorf("annual.pdf: %q in section %q", it.Text, it.Section)
		}
	}
}

func TestPDFListsAndWordsAsPrinted(t *testing.T) {
	for name, want := range map[string][]string{
		"report.pdf": {"\n\n- Nine in 10 trust leaders said demand", "\n\n1. NHS England should publish waiting times",
			"\n\n3. Integrated care boards should offer", "what the figures show", "the long-term effects of waiting", "best-performing"},
		"annual.pdf": {"\n\n- R1 Providers should contact every family", "\n\n- R2 The board will fund",
			"\n\n1) publish waiting times for each service every quarter;\n", "\n\n- Eating disorder services saw 91%"},
		"briefing.pdf": {"\n\n- a. the Department of Health and Social Care should restore", "They run drop-in sessions",
			"\n\nYet the number of school nurses in England has fallen", "\n\nParents of children with long-term conditions"},
	} {
		im := importFixture(t, name)
		for _, w := range want {
			if !strings.Contains(im.Body, w) {
				t.Errorf("%s: want %q in:\n%s", name, w, im.Body)
			}
		}
		if strings.ContainsAny(im.Body, "ﬁﬂﬀﬃﬄ\u00ad") {
			t.Errorf("%s: ligature or soft hyphen left in the body", name)
		}
	}
}

func TestPDFMetadataFromTheDocument(t *testing.T) {
	cases := []struct {
		file, title, publisher, date string
		guessed                      []string
	}{
		// The Title field is a file name and the Author a user name: the
		// title page and the © line say what they are.
		// The title page sets a subtitle under the title: a citation
		// gives both.
		{"report.pdf", "Growing up waiting: community health services for children and young people in England", "Children’s Health Alliance", "2024-07",
			[]string{"title (the title page's largest text and its subtitle)", "publisher (the © line)", "date (the title page: July 2024)"}},
		// The Author is the design studio: the imprint names the publisher.
		{"annual.pdf", "Children and young people’s mental health", "NHS Northfield Integrated Care Board", "2024-09-12",
			[]string{"title (the title page's largest text)", `publisher (the "Published by" line)`, "date (the title page: 12 September 2024)"}},
		// The © line's name as printed, "The" and all, as a web page's
		// footer gives "The King's Fund" (one imprint rule for both).
		{"briefing.pdf", "Left behind at the door: school nursing in England", "The Foundation for Children’s Futures", "2025-03",
			[]string{"title (the title page's largest text)", "publisher (the © line)", "date (the title page: March 2025)"}},
		{"carers.pdf", "Listening to young carers: what young carers in Riverside told us about health services, and what should change", "Healthwatch Riverside", "2024-10-03",
			[]string{"title (the title page's largest text and its subtitle)", "publisher (the masthead)", "date (the title page: 3 October 2024)"}},
	}
	for _, c := range cases {
		im := importFixture(t, c.file)
		s := im.Source
		if s.Title != c.title || s.Publisher != c.publisher || s.Date.String() != c.date {
			t.Errorf("%s: title %q publisher %q date %s", c.file, s.Title, s.Publisher, s.Date)
		}
		if !slices.Equal(im.Guessed, c.guessed) {
			t.Errorf("%s: guessed %q, want %q", c.file, im.Guessed, c.guessed)
		}
	}
}

func TestPDFNumbersSetApartByATabStayWithTheirText(t *testing.T) {
	im := importFixture(t, "margins.pdf")
	for _, want := range []string{
		"## 1 Introduction\n",
		"## 2 Recommendations\n",
		"\n1 Children make up around a fifth of the population, but their planned care has had less attention",
		"\n2 At the end of August, 41,200 children in the region were waiting",
		"\n3 To reduce the time children wait, we recommend that:\n",
		"\n- a) the regional team should publish waiting times for children separately from adults each month;\n",
		"\n- b) trusts should protect children’s theatre lists so that operations are not cancelled to make way for adult patients, even in winter.\n",
	} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, im.Body)
		}
	}
	var recs []string
	for _, it := range im.Items {
		if it.Kind == "recommendation" {
			recs = append(recs, it.Number+"|"+it.Text)
		}
	}
	want := []string{"a|the regional team should publish waiting times for children separately from adults each month;",
		"b|trusts should protect children’s theatre lists so that operations are not cancelled to make way for adult patients, even in winter."}
	if !slices.Equal(recs, want) {
		t.Errorf("recommendations %q, want %q", recs, want)
	}
}

func TestPDFTablesOfSentencesInColumns(t *testing.T) {
	needPoppler(t)
	// Its running header is a title ("Example council scrutiny review"),
	// no publisher: the publisher is given.
	im, err := library.Import(filepath.Join("testdata", "pdf", "tables.pdf"), library.Meta{Type: "report", Publisher: "Example Borough Council"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"| Risk | Mitigation |\n|---|---|\n| Young people placed far from home lose touch with family and school; nine of the placements were more than 100 miles away. | Travel costs are met by the council and the case manager joins every review by video. |\n",
		// The row carried to the next column takes the table's header.
		"| Risk | Mitigation |\n|---|---|\n| Vacant posts are filled by agency staff who do not know local services. | A rolling recruitment campaign and a joint rota with the adult team. |\n",
		// The column on the right reads on as text.
		"\nThe service has had no serious incidents this year, but the panel heard that staff are tired",
		"\n3,400 young people waited more than a year for a first appointment\n",
		"| No. | Recommendation | Lead | By |\n|---|---|---|---|\n" +
			"| 1 | The council and the ICB should make sure that every young person leaving care has a health summary, agreed with them, before their 18th birthday. | Director of Children’s Services; ICB Designated Nurse for Looked After Children | September 2025 |\n" +
			"| 2 | The ICB should commission one GP practice in each primary care network to offer longer appointments to care leavers who ask for them. | ICB Director of Primary Care | December 2025 |\n",
	} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, im.Body)
		}
	}
	var got []string
	for _, it := range im.Items {
		if it.Kind != "excerpt" {
			got = append(got, string(it.Kind)+" "+it.Number+"|"+it.Text)
		}
	}
	want := []string{
		"statistic |Young people placed far from home lose touch with family and school; nine of the placements were more than 100 miles away.",
		"statistic |The panel heard evidence over five months from the council, the integrated care board, two trusts and young people themselves.",
		"statistic |3,400 young people waited more than a year for a first appointment",
		"recommendation 1|The council and the ICB should make sure that every young person leaving care has a health summary, agreed with them, before their 18th birthday.",
		"recommendation 2|The ICB should commission one GP practice in each primary care network to offer longer appointments to care leavers who ask for them.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A table whose last column holds counts is not a contents list, however
// they rise: a page number has no thousands separator, no decimal point
// and no percent sign. Before, "2,345", "3,100", "15,000" were read as
// pages 2, 3 and 15, in order, and both tables of counts were dropped
// without a word (red-team round 11).
func TestTableOfCountsIsNotAContentsList(t *testing.T) {
	needPoppler(t)
	im, err := library.Import(filepath.Join("testdata", "pdf", "counts.pdf"), library.Meta{Publisher: "Test Org", Date: "2024", Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Leeds", "2,345", "15,000", "North", "1,300", "900"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, im.Body)
		}
	}
	n := 0
	for _, it := range im.Items {
		for _, f := range it.Figures {
			if f.Text == "15,000" || f.Text == "1,300" {
				n++
			}
		}
	}
	if n != 2 {
		t.Errorf("%d of the figures 15,000 and 1,300 found:\n%s", n, im.Body)
	}
}

// TestOnePageIsNoTitlePage: a one-page PDF whose page reads like a cover
// (a large heading, few words) is the document itself: its table's rows
// are statistics, measured by its bold header row (which poppler joins
// into one run), and the short line under its heading dates it. Before, the page was taken for a title page, everything
// but long sentences left out, and the import refused: "empty body: no
// paragraphs after the front matter".
func TestOnePageIsNoTitlePage(t *testing.T) {
	needPoppler(t)
	im, err := library.Import(filepath.Join("testdata", "pdf", "onepage.pdf"), library.Meta{Publisher: "Ashford Children's Trust", Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	// The date under its heading, not the file's: the date is cited.
	if d := im.Source.Date.String(); d != "2025-03" {
		t.Errorf("dated %s, want 2025-03 (the line under the heading)", d)
	}
	// The bold header row, one run as poppler joins it, is the table's
	// header, so each figure says what it measures.
	if !strings.Contains(im.Body, "| Locality | Share waiting over 18 weeks | Children waiting |") {
		t.Errorf("the header row is not the table's:\n%s", im.Body)
	}
	// The sentence set tight under the table is a paragraph of its own.
	if !strings.Contains(im.Body, "\n\nWaits fell in both localities.") {
		t.Errorf("the sentence under the table is not a paragraph:\n%s", im.Body)
	}
	found := map[string]string{}
	for _, it := range im.Items {
		for _, f := range it.Figures {
			found[f.Text] = f.Measure
		}
	}
	for fig, measure := range map[string]string{"45%": "share waiting over 18 weeks", "1,200": "children waiting", "52%": "share waiting over 18 weeks", "1,640": "children waiting"} {
		if got, ok := found[fig]; !ok || got != measure {
			t.Errorf("figure %s measures %q (found %v), want %q:\n%s", fig, got, ok, measure, im.Body)
		}
	}
}

// TestCentredHeaderSplitsItsColumns: a table whose bold header cells are
// centred (LibreOffice's th), so that poppler joins two of them into one
// run ("Children waiting Waiting over 52 weeks") while the first stands
// alone, keeps the columns its rows have: the header is cut at their
// edges. Before, the joined run spanned both columns, the two were read as
// one, and each row's count and share were one cell ("78,432 12%") under
// a header of both.
func TestCentredHeaderSplitsItsColumns(t *testing.T) {
	needPoppler(t)
	im, err := library.Import(filepath.Join("testdata", "pdf", "centredheader.pdf"), library.Meta{Publisher: "Test Trust", Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"| Service | Children waiting | Waiting over 52 weeks |",
		"| Speech and language therapy | 78,432 | 12% |",
		"| Audiology | 4,305 | 3% |",
		"\n\nIn total, 143,947 children were waiting at the end of January 2024.",
	} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no %q in:\n%s", want, im.Body)
		}
	}
}

// TestShortSentenceUnderTableIsProse: a sentence of a few words set tight
// under a table (LibreOffice leaves no space after one), starting at the
// margin left of the cells, is a paragraph, not a last row. Before:
// "| Figures are provisional. |  |".
func TestShortSentenceUnderTableIsProse(t *testing.T) {
	needPoppler(t)
	im, err := library.Import(filepath.Join("testdata", "pdf", "shortnote.pdf"), library.Meta{Publisher: "Test Trust", Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(im.Body, "| Occupational therapy | 21,904 |\n\nFigures are provisional.\n") {
		t.Errorf("the sentence under the table is not a paragraph:\n%s", im.Body)
	}
}

// TestCellSpanningRowsKeepsItsRows: a LibreOffice table whose first
// column's cells are merged over two or four rows and centred in them
// ("North" beside 2023 and 2024) keeps every row, in the form a web page's
// rowspan is written: the merged cell's text in every row it spans, and
// each row a statistic under its header whose figures are of its region.
// Before, the centred cell stood on a line of its own between two rows,
// the table was not read as one, and its rows were lost as lines of bare
// numbers (and its header became headings); then, its text was in the
// first row only, and 14,310 children waiting named no region.
func TestCellSpanningRowsKeepsItsRows(t *testing.T) {
	needPoppler(t)
	im, err := library.Import(filepath.Join("testdata", "pdf", "spanned.pdf"), library.Meta{Publisher: "Test Trust", Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"| Region | Year | Children waiting | Waiting over 18 weeks |\n|---|---|---|---|\n" +
			"| North | 2023 | 12,905 | 46% |\n| North | 2024 | 14,310 | 53% |\n| South | 2023 | 10,415 | 33% |\n| South | 2024 | 10,960 | 36% |\n",
		"| Region | Service | Waiting over 52 weeks |\n|---|---|---|\n" +
			"| North | Community paediatrics | 2,410 |\n| North | Speech and language therapy | 1,875 |\n| North | Occupational therapy | 640 |\n| North | Audiology | 395 |\n" +
			"| South | Community paediatrics | 1,620 |\n| South | Speech and language therapy | 1,140 |\n| South | Occupational therapy | 455 |\n| South | Audiology | 210 |\n",
	} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no table\n%s\nin:\n%s", want, im.Body)
		}
	}
	found, of, when := map[string]string{}, map[string]string{}, map[string]string{}
	for _, it := range im.Items {
		if it.Kind != "statistic" || it.Header == "" {
			continue
		}
		for _, f := range it.Figures {
			found[f.Text], of[f.Text], when[f.Text] = f.Measure, f.Population, f.Period
		}
	}
	// The Year column dates each row (row labels).
	for fig, year := range map[string]string{"12,905": "2023", "14,310": "2024", "53%": "2024", "10,960": "2024"} {
		if when[fig] != year {
			t.Errorf("figure %s of a table row is of %q, want %s", fig, when[fig], year)
		}
	}
	for fig, measure := range map[string]string{
		"12,905": "children waiting", "14,310": "children waiting", "53%": "waiting over 18 weeks", "10,960": "children waiting", "36%": "waiting over 18 weeks",
		// Each service's count is of its service too (row labels).
		"1,875": "waiting over 52 weeks: speech and language therapy", "640": "waiting over 52 weeks: occupational therapy",
		"395": "waiting over 52 weeks: audiology", "455": "waiting over 52 weeks: occupational therapy", "210": "waiting over 52 weeks: audiology",
	} {
		if got, ok := found[fig]; !ok || got != measure {
			t.Errorf("figure %s of a table row measures %q (found %v), want %q", fig, got, ok, measure)
		}
	}
	for fig, region := range map[string]string{
		"12,905": "North", "14,310": "North", "53%": "North", "1,875": "North", "395": "North", "10,960": "South", "36%": "South", "210": "South",
	} {
		if of[fig] != region {
			t.Errorf("figure %s of a table row is of %q, want %s", fig, of[fig], region)
		}
	}
}

// TestTightFirstColumnIsItsOwnColumn: a table set tight, whose narrow
// first column poppler joins with the next in every row ("2021 1,240",
// "A1 12.5%") and in the header ("Year Children waiting"), is cut at the
// edge its rows agree on, so each figure is a cell under its own header.
// Before, the year and the count were one cell (the count no figure of
// its own), and the codes' table lost its header and every share.
func TestTightFirstColumnIsItsOwnColumn(t *testing.T) {
	needPoppler(t)
	im, err := library.Import(filepath.Join("testdata", "pdf", "tight.pdf"), library.Meta{Publisher: "Test Trust", Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"| Year | Children waiting | Waiting over 18 weeks |\n|---|---|---|\n| 2021 | 1,240 | 22% |\n| 2022 | 1,385 | 27% |\n| 2023 | 1,512 | 31% |\n| 2024 | 1,674 | 36% |\n",
		"| ICB | Seen within 18 weeks | Referrals |\n|---|---|---|\n| A1 | 12.5% | 4,310 |\n| B2 | 18.0% | 2,905 |\n| C3 | 9.5% | 6,120 |\n| D4 | 15.5% | 3,480 |\n",
	} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no table\n%s\nin:\n%s", want, im.Body)
		}
	}
	found := map[string]string{}
	for _, it := range im.Items {
		for _, f := range it.Figures {
			if it.Header != "" {
				found[f.Text] = f.Measure
			}
		}
	}
	for fig, measure := range map[string]string{
		"1,240": "children waiting", "1,674": "children waiting", "36%": "waiting over 18 weeks",
		"12.5%": "seen within 18 weeks", "9.5%": "seen within 18 weeks", "4,310": "referrals", "3,480": "referrals",
	} {
		if got, ok := found[fig]; !ok || got != measure {
			t.Errorf("figure %s of a table row measures %q (found %v), want %q", fig, got, ok, measure)
		}
	}
}
