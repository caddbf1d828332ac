package library

import (
	"github.com/cypx/cypx/internal/evidence"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestJoinTextRejoinsBrokenWordsAndKeepsCompounds(t *testing.T) {
	l := &layout{vocab: map[string]int{"intervention": 2, "co-production": 1, "well-being": 1}}
	cases := []struct{ a, b, want string }{
		{"at the inter-", "vention offered", "at the intervention offered"},                                // the document has the word whole
		{"a particular focus on the long-", "term effects", "a particular focus on the long-term effects"}, // a compound's first word
		{"with co-", "production in mind", "with co-production in mind"},                                   // the document has the compound
		{"of their well-", "being", "of their well-being"},
		{"an 18-", "week wait", "an 18-week wait"},                                             // a number before the hyphen
		{"once a quarter. Thirty-", "eight families", "once a quarter. Thirty-eight families"}, // a number in words
		{"our grow-", "your-own nurses", "our grow-your-own nurses"},                           // a compound of three words
		{"whose difficul-", "ties are milder", "whose difficulties are milder"},                // a word broken by the layout
		{"the pre-", "COVID level", "the pre-COVID level"},                                     // a capital after the hyphen
		{"services –", "which", "services – which"},                                            // a dash, not a hyphen
		{"see www.example.org.uk/", "reports", "see www.example.org.uk/reports"},
		{"develop\u00ad", "ment", "development"}, // a soft hyphen
		{"the end of a line", "and the next", "the end of a line and the next"},
	}
	for _, c := range cases {
		if got := joinText(l, c.a, c.b); got != c.want {
			t.Errorf("joinText(%q, %q) = %q, want %q", c.a, c.b, got, c.want)
		}
	}
}

func TestPrintedNumbersMustAgreeAcrossPages(t *testing.T) {
	// Pages 1-2 print nothing, pages 3-6 print 1-4; page 5 also has a
	// stray "50" in its foot (a chart's axis).
	got := printedNumbers([][]int{nil, nil, {1}, {2}, {50, 3}, {4}}, nil)
	if want := []int{0, 0, 1, 2, 3, 4}; !slices.Equal(got, want) {
		t.Errorf("printed numbers %v, want %v", got, want)
	}
	// A number on one page only, in a longer document, is not trusted,
	// unless it says it is one ("Page 7") or stands alone in the margin.
	if got := printedNumbers([][]int{{7}, nil, nil}, nil); got[0] != 0 {
		t.Errorf("a lone number taken as the page's: %v", got)
	}
	if got := printedNumbers([][]int{nil, nil, {1}}, [][]int{nil, nil, {1}}); got[2] != 1 {
		t.Errorf(`"Page 1" on the one numbered page not taken: %v`, got)
	}
}

func TestNoteStart(t *testing.T) {
	cases := []struct {
		in, n, text string
		ok          bool
	}{
		{"1 NHS England, Community Health Services.", "1", "NHS England, Community Health Services.", true},
		{"12. See the annex.", "12", "See the annex.", true},
		{"2Analysis of the public health grant", "2", "Analysis of the public health grant", true}, // set tight
		{"[^3] Source: DfE", "3", "Source: DfE", true},
		{"4ONS, Births in England and Wales, 2024.", "4", "ONS, Births in England and Wales, 2024.", true}, // an acronym set tight
		{"7DfE, Special educational needs in England.", "7", "DfE, Special educational needs in England.", true},
		{"3D printing in clinics", "", "", false},
		{"5G masts near schools", "", "", false},
		{"* Provisional figures.", "*", "Provisional figures.", true},
		{"2024 figures are provisional", "", "", false},
		{"3D printing in clinics", "", "", false},
		{"Source: NHS England", "", "", false},
	}
	for _, c := range cases {
		n, at, ok := noteStart(c.in)
		if ok != c.ok || ok && (n != c.n || c.in[at:] != c.text) {
			t.Errorf("noteStart(%q) = %q, %q, %v", c.in, n, c.in[at:], ok)
		}
	}
}

func TestMetadataHelpers(t *testing.T) {
	for in, want := range map[string]string{
		"Children’s Health Alliance 2024. Published by the Children’s Health Alliance, July 2024.": "Children’s Health Alliance",
		"NHS Northfield Integrated Care Board, September 2024.":                                    "NHS Northfield Integrated Care Board",
		"the Nuffield Trust. © Nuffield Trust 2024.":                                               "Nuffield Trust",
		"Crown copyright 2024":     "",
		"July 2024":                "",
		"Classification: Official": "Classification",
		"policy@rcpch.ac.uk":       "",
	} {
		if got := cleanOrg(in); got != want {
			t.Errorf("cleanOrg(%q) = %q, want %q", in, got, want)
		}
	}
	for title, good := range map[string]bool{
		"Growing pains": true, "CHA_report_final_v3": false, "SoCH 2024 England briefing FINAL v3": false,
		"Board paper template v2": false, "Microsoft Word - report.docx": false, "report2024": false, "": false,
	} {
		if goodInfoTitle(title) != good {
			t.Errorf("goodInfoTitle(%q) = %v", title, !good)
		}
	}
	if evidence.Initials("Royal College of Paediatrics and Child Health") != "RCPCH" || !isAcronym("RCPCH") || isAcronym("NHS England") {
		t.Error("acronyms")
	}
	for author, org := range map[string]bool{"Care Quality Commission": true, "j.smith": false, "rdunn": false, "": false,
		"Priya Nair": false} { // a person who wrote the file
		if orgLikeAuthor(author) != org {
			t.Errorf("orgLikeAuthor(%q) = %v", author, !org)
		}
	}
	// Letters set apart ("H E A R T H T R U S T") hide the words: no name.
	if got := cleanOrg("H E A R T H T R U S T"); got != "" {
		t.Errorf("a letter-spaced line read as %q", got)
	}
	for in, want := range map[string]string{
		"Hearth Trust, 27 Calthorpe Road, Birmingham B15 1RP | 0121 496 0822": "Hearth Trust",
		"Unit 4, The Old Dairy, Mill Lane, Rushmere RU3 7PL":                  "",
		"Jane Smith, 12 High Street, Leeds LS1 4AB":                           "",
		"Hearth Trust, 27 Calthorpe Road":                                     "",
	} {
		if got := addressOrg(in); got != want {
			t.Errorf("addressOrg(%q) = %q, want %q", in, got, want)
		}
	}
	for line, name := range map[string]bool{"National Audit Office": true, "The Nuffield Trust": true,
		"Report to the Quality and Performance Committee": false, "A report by the Haemoglobin Alliance": false,
		"Children’s access to mental health services in England": false} {
		if orgNameLineRe.MatchString(line) != name {
			t.Errorf("orgNameLineRe on %q: %v", line, !name)
		}
	}
}

func TestContentsAndContactTables(t *testing.T) {
	contents := [][]string{{"Foreword", "2"}, {"1. Summary of the review", "3"}, {"2. Key findings", "4"}, {"Appendix", "9"}}
	if !isContentsTable(contents) {
		t.Error("a contents list set as a table kept")
	}
	data := [][]string{{"Year", "Pupils"}, {"2010", "8.0"}, {"2015", "8.4"}, {"2020", "8.9"}}
	if isContentsTable(data) || isContactTable(data) {
		t.Error("a data table dropped")
	}
	for _, counts := range [][][]string{
		{{"Leeds", "2,345"}, {"Kent", "3,100"}, {"Birmingham", "15,000"}},
		{{"North 45%", "1,200"}, {"South 50%", "1,300"}, {"East 30%", "900"}},
		{{"North", "12%"}, {"South", "30%"}, {"East", "45%"}},
		{{"North", "1.5"}, {"South", "3.5"}, {"East", "4.5"}},
	} {
		if isContentsTable(counts) {
			t.Errorf("a table of counts taken for a contents list and dropped: %q", counts)
		}
	}
	if !isContentsTable([][]string{{"Summary", "3"}, {"Findings", "5–9"}, {"Annex", "12"}}) {
		t.Error("a contents list giving a range of pages kept")
	}
	letterhead := [][]string{{"Ofsted", "Care Quality Commission"}, {"Piccadilly Gate, Manchester M1 2WD T 0300 123 1231", "Citygate, Newcastle upon Tyne NE1 4PA www.cqc.org.uk"}}
	if !isContactTable(letterhead) {
		t.Error("a letterhead set as a table kept")
	}
}

func TestSuperscriptMarkersBecomeFootnoteReferences(t *testing.T) {
	r := &row{frags: []*frag{
		{x0: 57, y0: 100, x1: 200, y1: 113.6, size: 10.5, text: "around 40%"},
		{x0: 200, y0: 100, x1: 203.7, y1: 107.9, size: 6, text: "2"},
		{x0: 203.7, y0: 100, x1: 400, y1: 113.6, size: 10.5, text: " had waited"},
	}}
	markSuperscripts(r)
	if p := pieces(r, 1); len(p) != 1 || p[0].text != "around 40%[^2] had waited" {
		t.Errorf("pieces %+v", p)
	}
	// The same digit on the baseline at the body's size is text.
	r.frags[1].y1, r.frags[1].size, r.frags[1].sup = 113.6, 10.5, false
	markSuperscripts(r)
	if r.frags[1].sup {
		t.Error("a digit on the baseline read as a marker")
	}
	if got := newPiece([]*frag{{x0: 0, x1: 50, y1: 10, size: 10, text: "grew by 40%¹ last year"}}, 1).text; got != "grew by 40%[^1] last year" {
		t.Errorf("superscript digit: %q", got)
	}
}

// BenchmarkPDFLayout times the layout work done here, poppler aside: the
// XML of a 54-page PDF (the report fixture nine times over) read into
// pages, laid out and written as a body.
func BenchmarkPDFLayout(b *testing.B) {
	for _, tool := range []string{"pdfunite", "pdftohtml"} {
		if _, err := exec.LookPath(tool); err != nil {
			b.Skip("poppler-utils is not installed")
		}
	}
	long := filepath.Join(b.TempDir(), "long.pdf")
	args := []string{}
	for range 9 {
		args = append(args, filepath.Join("testdata", "pdf", "report.pdf"))
	}
	if out, err := exec.Command("pdfunite", append(args, long)...).CombinedOutput(); err != nil {
		b.Fatalf("pdfunite: %v: %s", err, out)
	}
	xml, err := exec.Command("pdftohtml", "-xml", "-i", "-stdout", "-q", "-hidden", "-noroundcoord", "-fontfullname", "-enc", "UTF-8", long).Output()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		pages, outline := parsePDFXML(xml)
		l, texts := analyse(pages, outline)
		if body := l.markdown(texts); len(pages) != 54 || !strings.Contains(body, "<!-- page 4 -->") {
			b.Fatalf("%d pages", len(pages))
		}
		l.metadata(l.rows)
	}
}

func TestListMarkers(t *testing.T) {
	for _, s := range []string{"• Text", "▪ Text", "● Text", "\uf0b7 Text", "\uf0a7 Text", "– Text"} {
		if !startsItem(s) {
			t.Errorf("%q not read as a list item", s)
		}
	}
	for _, s := range []string{"1. Text", "1) Text", "(a) Text", "a) Text", "R3 Text", "3.2 Text"} {
		if !startsItem(s) {
			t.Errorf("%q not read as a numbered item", s)
		}
	}
	for _, s := range []string{"2024. The year", "Text – with a dash", "1,350 children", "18 weeks"} {
		if startsItem(s) {
			t.Errorf("%q read as a list item", s)
		}
	}
	// A lone marker set apart by a tab stays with its text.
	r := &row{frags: []*frag{
		{x0: 57, y0: 100, x1: 63, y1: 113, size: 10.5, text: "\uf0b7"},
		{x0: 75, y0: 100, x1: 400, y1: 113, size: 10.5, text: "Waiting lists have grown"},
	}}
	if p := pieces(r, 1); len(p) != 1 || !startsBullet(p[0].text) {
		t.Errorf("bullet and text cut apart: %+v", p)
	}
}

// TestColophonAndSignatures checks that a report's colophon lines (a
// series note, an accessibility offer, authorship and review dates, "on
// behalf of" imprints) and the office under a foreword's signature are
// furniture, and that sentences of findings beside them are not.
func TestColophonAndSignatures(t *testing.T) {
	para := func(s string) *unit { return &unit{kind: paraUnit, text: s, lines: []*piece{{text: s}}} }
	for _, s := range []string{
		"Published on behalf of Northfield County Council and NHS Northfield Integrated Care Board.",
		"Produced with the support of hospice leaders from across England.",
		"This chapter is one of a series of JSNA topic chapters published on Northfield Insight. It should be read alongside Chapter 3.",
		"If you need this document in another format, please contact us on 01632 960 000.",
		"Lead author: Public Health Intelligence Team. Next review due: September 2025.",
	} {
		if !furniture(para(s)) {
			t.Errorf("%q is not furniture", s)
		}
	}
	for _, s := range []string{
		"This chapter sets out what we found: 31% of children in Year 6 were overweight.",
		"Published data show that 40% of referrals were closed.",
	} {
		if furniture(para(s)) {
			t.Errorf("%q is furniture", s)
		}
	}
	name := para("Dr Miriam Okafor")
	if !signedOffice(para("Independent Chair, Northfield Child Death Overview Panel"), []*unit{name}) {
		t.Error("the office under a name is not a signature")
	}
	if !signedOffice(para("Dr Owen Smith and Claire Ash Clinical Lead and Network Manager"), nil) {
		t.Error("a titled name with its office is not a signature")
	}
	if signedOffice(para("The network lead will publish a plan by March."), []*unit{name}) {
		t.Error("a sentence is a signature")
	}
	if !backMatter("Chapter information") {
		t.Error("a chapter's information block is not back matter")
	}
	for _, h := range []string{"About the visit", "About this inspection", "About the audit"} {
		if backMatter(h) {
			t.Errorf("%q, the report's own work, is back matter", h)
		}
	}
	if !backMatter("About the RCPCH") {
		t.Error("a note about the publisher is not back matter")
	}
}

// TestGluedHeaderCellsAreCutByTheColumnsUnderThem: two bold headings set
// close enough to be read as one piece ("Share of" "With modifiable") are
// cut where the columns of numbers under them are, so the numbers of a
// row stay in cells of their own ("33.8%" and "9", not "33.8% 9").
func TestGluedHeaderCellsAreCutByTheColumnsUnderThem(t *testing.T) {
	bold := func(x0, x1 float64, text string) *frag {
		return &frag{x0: x0, x1: x1, y0: 0, y1: 10, size: 10, bold: true, text: text}
	}
	cell := func(x0, x1, y float64, text string) *piece {
		return &piece{x0: x0, x1: x1, y0: y, y1: y + 10, text: text,
			frags: []*frag{{x0: x0, x1: x1, y0: y, y1: y + 10, size: 10, text: text}}}
	}
	lines := [][]*piece{
		{newPiece([]*frag{bold(0, 60, "Area")}, 1), newPiece([]*frag{bold(200, 260, "Share of"), bold(270, 380, "With modifiable")}, 1)},
		{cell(0, 60, 20, "North"), cell(220, 260, 20, "33.8%"), cell(372, 380, 20, "9")},
		{cell(0, 60, 40, "South"), cell(220, 260, 40, "23.9%"), cell(372, 380, 40, "3")},
	}
	splitHeaderCells(lines)
	var got []string
	for _, p := range lines[0] {
		got = append(got, p.text)
	}
	if strings.Join(got, "|") != "Area|Share of|With modifiable" {
		t.Errorf("header cells %q, want Area|Share of|With modifiable", got)
	}
	// A heading over one column keeps its words together.
	one := [][]*piece{
		{newPiece([]*frag{bold(200, 240, "Share"), bold(244, 262, "of")}, 1)},
		{cell(0, 60, 20, "North"), cell(220, 260, 20, "33.8%")},
		{cell(0, 60, 40, "South"), cell(220, 260, 40, "23.9%")},
	}
	splitHeaderCells(one)
	if len(one[0]) != 1 {
		t.Errorf("a heading over one column was cut into %d pieces", len(one[0]))
	}
}

// TestBoldLineNamingAYearIsAHeading: a bold line at the body's size is a
// run-in heading even when it names a year or financial year ("Support
// for families in 2024/25"); a bold figure ("1,200 children waited") is
// not one.
func TestBoldLineNamingAYearIsAHeading(t *testing.T) {
	l := &layout{body: fontKey{size: 10, family: "Serif"}}
	unitOf := func(text string) *unit {
		return &unit{text: text, lines: []*piece{{x0: 0, x1: 200, y1: 10, size: 10, family: "Sans", bold: true, text: text}}}
	}
	for text, want := range map[string]bool{
		"What the money buys: support for families in 2024/25": true,
		"Plans for 2025":                    true,
		"1,200 children waited over a year": false,
		"Spending rose by 12%":              false,
	} {
		if got := l.isHeading(unitOf(text)); got != want {
			t.Errorf("isHeading(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestABoldQuestionNamingANumberIsAHeading: a bold question at the body's
// size is a run-in heading though it names an age or a count ("Question 3
// (Cllr Lindqvist): What happens when young people turn 18?"), as a
// question states no figure; a bold statement of a figure is not one.
func TestABoldQuestionNamingANumberIsAHeading(t *testing.T) {
	l := &layout{body: fontKey{size: 10, family: "Serif"}}
	unitOf := func(text string) *unit {
		return &unit{text: text, lines: []*piece{{x0: 0, x1: 200, y1: 10, size: 10, family: "Sans", bold: true, text: text}}}
	}
	for text, want := range map[string]bool{
		"Question 3 (Cllr Lindqvist): What happens when young people turn 18?":    true,
		"Question 2 (Cllr Oduya): How many under-18s were placed on adult wards?": true,
		"Why do 1 in 4 children wait more than 18 weeks?":                         true,
		"1 in 4 children waited more than 18 weeks":                               false,
	} {
		if got := l.isHeading(unitOf(text)); got != want {
			t.Errorf("isHeading(%q) = %v, want %v", text, got, want)
		}
	}
}

// A page's last lines of two columns, beside a table: too few lines of
// text on each side to tell columns by themselves, but the gutter of the
// page before runs on, so each side is read on its own and the table's
// rows are not joined to the text beside them.
func TestColumnsCarryOnFromThePageBefore(t *testing.T) {
	text := func(x0, x1, y float64, s string, size float64) *frag {
		return &frag{x0: x0, x1: x1, y0: y, y1: y + size*1.2, size: size, family: "Sans", text: s}
	}
	var fs []*frag
	left := []string{"schemes cost little. The Southwark post costs", "around £52,000 a year, less than a council spends", "on a single family in bed and breakfast over a year."}
	cells := [][2]string{{"Child’s health got worse since the move", "54%"}, {"Placed outside the home borough", "38%"},
		{"No bed or cot of the child’s own", "27%"}, {"No kitchen or cooking facilities of their own", "22%"},
		{"No working fridge or freezer", "19%"}, {"No space for homework", "31%"}}
	for i, c := range cells {
		y := 40 + 12*float64(i)
		if i < len(left) {
			fs = append(fs, text(51, 286, y, left[i], 9.5))
		}
		fs = append(fs, text(311, 470, y, c[0], 8), text(523, 542, y, c[1], 8))
	}
	p := &pdfPage{index: 2, w: 595, h: 842, frags: fs}
	l := &layout{body: fontKey{size: 9.5, family: "Sans"}, bodyH: 11.4, lineGap: 1, gutter: 297, gutterPage: 1}
	rs := l.splitColumns(rows(fs), p)
	_, tables := l.tables(rs, 2)
	if len(tables) != 1 || len(tables[0].cells) != len(cells)+1 || tables[0].cells[1][0] != cells[0][0] {
		var got [][]string
		for _, t := range tables {
			got = append(got, t.cells...)
		}
		t.Fatalf("tables: %q", got)
	}
	// Without the page before, the lines are one table of prose and
	// numbers.
	l = &layout{body: fontKey{size: 9.5, family: "Sans"}, bodyH: 11.4, lineGap: 1}
	rs = l.splitColumns(rows(fs), p)
	if _, tables := l.tables(rs, 2); len(tables) == 1 && tables[0].cells[1][0] == cells[0][0] {
		t.Errorf("the columns were told apart without the gutter of the page before")
	}
}

// TestDateBrokenOverTwoRows: a title page's date broken after its day or
// after its month is read whole; a day ending a row of other words is not
// taken for a date's without a month-and-year row under it, nor the end of
// a financial year ("2023–24") over a month and year.
func TestDateBrokenOverTwoRows(t *testing.T) {
	rows := func(lines ...string) []*row {
		var rs []*row
		for _, l := range lines {
			rs = append(rs, &row{frags: []*frag{{text: l}}})
		}
		return rs
	}
	for _, c := range []struct {
		lines []string
		k     int
		want  string
	}{
		{[]string{"Report to the Health Protection Board, 14", "November 2024"}, 1, "2024-11-14"},
		{[]string{"Updated September", "2024"}, 0, "2024-09"},
		{[]string{"Chapter 4 of 12", "November 2024"}, 1, "2024-11"},
		{[]string{"Chapter four", "November 2024"}, 1, "2024-11"},
		{[]string{"Report to the Board – 14", "November 2024"}, 1, "2024-11-14"},
		// A subtitle closing on the financial year it covers.
		{[]string{"Final report of an evaluation for the council, 2023–24", "January 2025"}, 1, "2025-01"},
		{[]string{"Annual report 2023-24", "January 2025"}, 1, "2025-01"},
	} {
		line, _ := dateLine(rows(c.lines...), c.k)
		if d, ok := findDate(line); !ok || d.String() != c.want {
			t.Errorf("%q: date %v from %q, want %s", c.lines, d, line, c.want)
		}
	}
}

// TestWrappedCellEndsAreNotCells: a number that closes the bracket of the
// row label above it, or a year under a label's words, is the label's
// wrapped end; a number under a number is a cell of the next row.
func TestWrappedCellEndsAreNotCells(t *testing.T) {
	cell := func(s string) []*piece { return []*piece{{text: s}} }
	for _, c := range []struct {
		above, text string
		want        bool
	}{
		{"Q3 (October to December", "2023)", true},
		{"April to June", "2023", true},
		{"42", "2023", false},
		{"Q3 (October to December 2023)", "44", false},
		{"Hospital admissions", "1,402", false},
	} {
		if got := wrappedEnd(cell(c.above), c.text); got != c.want {
			t.Errorf("wrappedEnd(%q, %q) = %v, want %v", c.above, c.text, got, c.want)
		}
	}
}

// TestPageNumberInTheMiddleOfARunningFooter: a footer of three runs with
// the page's number in the middle ("Network review   –1–   Not for
// commercial use") numbers its pages, and printed numbering that starts
// after a cover and a contents page is read as printed, not as the PDF's
// page index.
func TestPageNumberInTheMiddleOfARunningFooter(t *testing.T) {
	run := func(x0, x1, y float64, s string) *frag {
		return &frag{x0: x0, x1: x1, y0: y, y1: y + 10, size: 8, family: "Sans", text: s}
	}
	body := func(y float64, s string) *frag {
		return &frag{x0: 50, x1: 540, y0: y, y1: y + 12, size: 10, family: "Sans", text: s}
	}
	var pages []*pdfPage
	pages = append(pages, &pdfPage{index: 1, w: 595, h: 842, frags: []*frag{body(300, "A network review of services for children")}})
	pages = append(pages, &pdfPage{index: 2, w: 595, h: 842, frags: []*frag{body(100, "Contents"), body(120, "About this review 1")}})
	for n := 1; n <= 3; n++ {
		pages = append(pages, &pdfPage{index: n + 2, w: 595, h: 842, frags: []*frag{
			body(100, "Some text of the body that runs across the page."),
			body(120, "More text of the body that runs across the page."),
			run(50, 120, 800, "Network review"), run(280, 300, 800, "–"+strconv.Itoa(n)+"–"), run(430, 540, 800, "Not for commercial use"),
		}})
	}
	printed, _ := pageFurniture(pages)
	if want := []int{0, 0, 1, 2, 3}; !slices.Equal(printed, want) {
		t.Errorf("printed numbers %v, want %v", printed, want)
	}
}

// TestPageNumberBetweenAFootersWordsThatEndInANumber: a footer whose
// right-hand words end in a number of their own ("example.org.uk   1
// Briefing paper 14") is numbered by the run between them, which steps
// with the pages, not by the number at its edge, which does not (every
// item of such a briefing was cited by its index in the file: its cover
// made each one page out).
func TestPageNumberBetweenAFootersWordsThatEndInANumber(t *testing.T) {
	run := func(x0, x1, y float64, s string) *frag {
		return &frag{x0: x0, x1: x1, y0: y, y1: y + 10, size: 8, family: "Sans", text: s}
	}
	body := func(y float64, s string) *frag {
		return &frag{x0: 50, x1: 540, y0: y, y1: y + 12, size: 10, family: "Sans", text: s}
	}
	for _, numbered := range []int{2, 3} {
		pages := []*pdfPage{{index: 1, w: 595, h: 842, frags: []*frag{body(300, "A briefing on the prevention gap in child health")}}}
		for n := 1; n <= numbered; n++ {
			pages = append(pages, &pdfPage{index: n + 1, w: 595, h: 842, frags: []*frag{
				body(100, "Some text of the body that runs across the page."),
				body(120, "More text of the body that runs across the page."),
				run(50, 130, 800, "example.org.uk"), run(290, 296, 800, strconv.Itoa(n)), run(450, 540, 800, "Briefing paper 14"),
			}})
		}
		printed, _ := pageFurniture(pages)
		want := []int{0}
		for n := 1; n <= numbered; n++ {
			want = append(want, n)
		}
		if !slices.Equal(printed, want) {
			t.Errorf("%d numbered pages: printed numbers %v, want %v", numbered, printed, want)
		}
	}
}

// TestHeaderSetApartFromItsFiguresIsOneColumn: a table whose year headers
// are set left in their cells and whose figures are set right (LibreOffice
// over merged header cells) is read as one column a year, each figure
// under its header, not as a header over nothing beside figures under an
// empty header (read as counts, where the header says they are shares).
func TestHeaderSetApartFromItsFiguresIsOneColumn(t *testing.T) {
	cell := func(s string) []*piece {
		if s == "" {
			return nil
		}
		return []*piece{{text: s}}
	}
	rows := func(rs ...[]string) [][][]*piece {
		var out [][][]*piece
		for _, r := range rs {
			var tr [][]*piece
			for _, c := range r {
				tr = append(tr, cell(c))
			}
			out = append(out, tr)
		}
		return out
	}
	text := func(table [][][]*piece) [][]string {
		var out [][]string
		for _, tr := range table {
			var r []string
			for _, c := range tr {
				var ws []string
				for _, p := range c {
					ws = append(ws, p.text)
				}
				r = append(r, strings.Join(ws, " "))
			}
			out = append(out, r)
		}
		return out
	}
	table := rows(
		[]string{"Practice", "2023/24", "", "2024/25", ""},
		[]string{"Hillside", "", "88.1", "", "86.9"},
		[]string{"Quayside", "", "79.4", "", "80.2"},
	)
	cols := [][2]float64{{50, 120}, {150, 190}, {200, 230}, {260, 300}, {310, 340}}
	got, gotCols := joinHeaderOnlyColumns(table, cols)
	want := [][]string{
		{"Practice", "2023/24", "2024/25"},
		{"Hillside", "88.1", "86.9"},
		{"Quayside", "79.4", "80.2"},
	}
	if !slices.EqualFunc(text(got), want, slices.Equal) {
		t.Errorf("cells %q, want %q", text(got), want)
	}
	if len(gotCols) != 3 || gotCols[1] != [2]float64{150, 230} {
		t.Errorf("columns %v, want three, the second from 150 to 230", gotCols)
	}
	// A table whose columns hold figures in the same rows stays as it is.
	kept := rows(
		[]string{"Area", "2023", "2024"},
		[]string{"North", "12", "14"},
		[]string{"South", "", "9"},
	)
	if got, _ := joinHeaderOnlyColumns(kept, [][2]float64{{0, 1}, {2, 3}, {4, 5}}); len(got[0]) != 3 {
		t.Errorf("a table of aligned columns was joined: %q", text(got))
	}
}
