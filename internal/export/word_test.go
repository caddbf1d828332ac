package export_test

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
)

// briefing is a pack in the footnote style with the table of figures: a
// story covering a report (cited to the report first), a statistic
// quoting its figure, the report cited twice more (short notes), and a
// review.
func briefing(t *testing.T) export.Pack {
	t.Helper()
	items, themes := threeFindings(t)
	report := items[1].Source
	story := evidence.Source{ID: "story", Title: "Most trusts say they work effectively with ICBs on children’s services", Publisher: "Healthcare Leader",
		Author: "Beth Gault", Date: evidence.Date{Year: 2024, Month: 7, Day: 15}, Type: evidence.News, URL: "https://healthcareleadernews.com/news/most-trusts"}
	coverage := evidence.Item{ID: "story#1", Kind: evidence.Statistic, Source: story, Primary: &report, PrimaryValues: []float64{90},
		Text:    "Nine in 10 respondents (90%) said children are not considered enough in national policy.",
		Figures: []evidence.Figure{{Text: "90%", Value: 90, Unit: evidence.UnitPercent, Offset: 24}}}
	return export.Pack{Title: "Children's services: a briefing", Items: []evidence.Item{coverage, items[0], items[1], items[2], items[1]},
		Themes: themes, Accessed: accessed, Style: evidence.Footnotes, Figures: true}
}

func docxParts(t *testing.T, data []byte) map[string]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string]string{}
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		parts[f.Name] = string(b)
	}
	return parts
}

// TestWordFootnotesArePartOfTheDocument: in the footnote style each
// finding carries a footnote reference without a custom mark (Word numbers
// it), and footnotes.xml holds the notes, related to the document.
func TestWordFootnotesArePartOfTheDocument(t *testing.T) {
	p := briefing(t)
	var b bytes.Buffer
	if err := p.WriteDOCX(&b); err != nil {
		t.Fatal(err)
	}
	parts := docxParts(t, b.Bytes())
	doc, notes := parts["word/document.xml"], parts["word/footnotes.xml"]
	if n := strings.Count(doc, "<w:footnoteReference "); n != len(p.Items) {
		t.Errorf("%d footnote references for %d findings", n, len(p.Items))
	}
	if strings.Contains(doc, "customMarkFollows") {
		t.Errorf("a custom mark: Word would not number the notes")
	}
	if n := strings.Count(notes, "<w:footnoteRef/>"); n != len(p.Items) {
		t.Errorf("footnotes.xml holds %d notes, want %d", n, len(p.Items))
	}
	for _, want := range []string{`Target="footnotes.xml"`, "footnotes+xml"} {
		if !strings.Contains(parts["word/_rels/document.xml.rels"]+parts["[Content_Types].xml"], want) {
			t.Errorf("the package does not declare the footnotes part (%s)", want)
		}
	}
	if !strings.Contains(parts["docProps/core.xml"], "<dc:title>Children&#39;s services: a briefing</dc:title>") {
		t.Errorf("core properties lack the title:\n%s", parts["docProps/core.xml"])
	}
}

// TestWordPackReadBackFromLibreOffice opens the pack in LibreOffice,
// converts it to PDF and reads the text back with pdftotext: the title,
// date and sources line, the footnotes at the foot of the page (full the
// first time a work is cited, short after, numbered by the word
// processor), the table of figures and the bibliography.
func TestWordPackReadBackFromLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice is not installed (apt-get install -y libreoffice-writer)")
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed (apt-get install -y poppler-utils)")
	}
	if testing.Short() {
		t.Skip("LibreOffice takes half a minute: skipped in -short mode")
	}
	p := briefing(t)
	var b bytes.Buffer
	if err := p.WriteDOCX(&b); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "briefing.docx")
	if err := os.WriteFile(in, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	// A profile of its own, so runs in parallel do not share one.
	profile := "-env:UserInstallation=file://" + filepath.ToSlash(filepath.Join(dir, "lo-profile"))
	if out, err := exec.Command(soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", dir, in).CombinedOutput(); err != nil {
		t.Fatalf("LibreOffice could not convert the pack: %v\n%s", err, out)
	}
	raw, err := exec.Command("pdftotext", "-layout", filepath.Join(dir, "briefing.pdf"), "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	text := string(raw)
	flat := strings.Join(strings.Fields(text), " ")
	for _, want := range []string{
		"Children's services: a briefing", "22 November 2026", "Prepared with cypx from 4 sources (5 findings).",
		// Note 1, in full: the report first, then the story.
		"NHS Providers, Forgotten Generation: Shaping Better Services for Children and Young People (NHS Providers, 2024)",
		"; reported by Beth Gault, ‘Most Trusts Say They Work Effectively with ICBs on Children’s Services’, Healthcare Leader, 15 July 2024",
		"National Children's Bureau, ‘Local NHS Plans Show More Focus Needed to Put Children at the Heart of New Health System’, press release, 5 February 2024",
		"Care Quality Commission, Are We Listening? Review of Children and Young People's Mental Health Services (Care Quality Commission, 2018)",
		"Figure What it measures Source Period",
		"Bibliography",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("the PDF lacks %q:\n%s", want, text)
		}
	}
	// The report is cited three times: one full note, then short notes.
	if n := strings.Count(flat, "NHS Providers, Forgotten Generation: Shaping"); n != 2 { // note 1 and the bibliography
		t.Errorf("the report's full note appears %d times, want once in the notes and once in the bibliography:\n%s", n, text)
	}
	if n := strings.Count(flat, "NHS Providers, Forgotten Generation."); n != 2 {
		t.Errorf("%d short notes of the report, want 2:\n%s", n, text)
	}
	// Word numbers the notes: the numbers 1 to 5 each on a line of their
	// own at the foot of the page, in order, and raised after each quote.
	var got []string
	for _, m := range regexp.MustCompile(`(?m)^\s*([0-9]+)\s*$`).FindAllStringSubmatch(text, -1) {
		got = append(got, m[1])
	}
	if strings.Join(got, " ") != "1 2 3 4 5" {
		t.Errorf("footnote numbers %v, want 1 to 5 in order:\n%s", got, text)
	}
	if !strings.Contains(flat, "in national policy.1 statistic") || !strings.Contains(flat, "children’s workforce.2 statistic") {
		t.Errorf("the note marks do not follow the quotes:\n%s", text)
	}
	// The table: a row for each statistic, its figure first, then what it
	// measures, its source as its finding is cited (the report first, then
	// the story that reports it) and the figure's own period.
	rows := map[string]string{}
	for _, line := range strings.Split(text, "\n") {
		f := strings.Fields(line)
		if len(f) > 3 && strings.HasSuffix(f[0], "%") && strings.HasPrefix(line, f[0]) { // a row, not a quote set in
			rows[f[0]] = line
		}
	}
	if len(rows) != 2 || !strings.Contains(rows["90%"], "Nine in 10 respondents (90%)") || !strings.Contains(rows["90%"], "NHS Providers, 2024;") ||
		!strings.Contains(rows["61%"], "National Children's") || !strings.Contains(rows["61%"], "September") { // its period, "September 2023", over two lines
		t.Errorf("table rows %q:\n%s", rows, text)
	}
	if i, j := strings.Index(flat, "Figure What it measures Source Period"), strings.Index(flat, "Bibliography"); i < 0 || j < i {
		t.Errorf("the table should come after the findings and before the bibliography:\n%s", text)
	}
}

// TestOthersNoteInEveryStyle: the note under a finding another source
// contradicts cites the other value as the pack cites everything — in the
// text, by number (and in the numbered list), or as a footnote of its own
// in Markdown and in Word — and the other work joins the references.
func TestOthersNoteInEveryStyle(t *testing.T) {
	items, themes := threeFindings(t)
	other := evidence.Source{ID: "dhsc", Title: "More pupils to benefit from support teams", Publisher: "Department of Health and Social Care",
		Date: evidence.Date{Year: 2024, Month: 2, Day: 5}, Type: evidence.PressRelease}
	otherItem := evidence.Item{ID: "dhsc#1", Kind: evidence.Statistic, Source: other, Text: "44% of pupils will be covered.",
		Figures: []evidence.Figure{{Text: "44%", Value: 44, Unit: evidence.UnitPercent}}}
	others := map[string][]export.Other{items[0].ID: {{Figure: otherItem.Figures[0], Item: otherItem}}}
	for style, want := range map[evidence.Style][]string{
		evidence.Harvard:   {"*Note: other sources give another value for this measure: 44% (Department of Health and Social Care, 2024).*", "- Department of Health and Social Care (2024)"},
		evidence.APA:       {"*Note: other sources give another value for this measure: 44% (Department of Health and Social Care, 2024).*"},
		evidence.Vancouver: {"*Note: other sources give another value for this measure: 44% (2).*", "2. Department of Health and Social Care"},
		evidence.Footnotes: {"*Note: other sources give another value for this measure: 44%[^2].*", "[^2]: Department of Health and Social Care, "},
	} {
		p := export.Pack{Items: items, Themes: themes, Accessed: accessed, Style: style, Others: others}
		var md bytes.Buffer
		if err := p.WriteMarkdown(&md); err != nil {
			t.Fatal(err)
		}
		for _, w := range want {
			if !strings.Contains(md.String(), w) {
				t.Errorf("%s: Markdown lacks %q:\n%s", style, w, md.String())
			}
		}
		var doc bytes.Buffer
		if err := p.WriteDOCX(&doc); err != nil {
			t.Fatal(err)
		}
		parts := docxParts(t, doc.Bytes())
		body := parts["word/document.xml"]
		if !strings.Contains(body, "Note: other sources give another value for this measure: ") {
			t.Errorf("%s: the Word pack has no note", style)
		}
		if style == evidence.Footnotes && !strings.Contains(parts["word/footnotes.xml"], "Department of Health and Social Care") {
			t.Errorf("the Word pack's footnotes lack the other value's note")
		}
	}
}
