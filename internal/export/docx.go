package export

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/cypx/cypx/internal/evidence"
)

// WriteDOCX writes the pack as a Word document: the same briefing as the
// Markdown, with real Title, Heading, Quote and reference styles, titles
// in italics where the style sets them so, the table of figures as a Word
// table, and — in the footnote style — each citation a real footnote (the
// footnotes part, numbered by Word). The OOXML parts are written with the
// standard library.
func (p Pack) WriteDOCX(w io.Writer) error {
	doc := p.cite()
	body, notes := &rels{first: len(documentRelsFixed) + 1}, &rels{first: 1}
	document, footnotes := p.documentXML(doc, body, notes)
	z := zip.NewWriter(w)
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", rootRels},
		{"docProps/core.xml", p.coreXML()},
		{"word/_rels/document.xml.rels", body.xml(documentRelsFixed...)},
		{"word/_rels/footnotes.xml.rels", notes.xml()},
		{"word/styles.xml", stylesXML},
		{"word/settings.xml", settingsXML},
		{"word/footnotes.xml", footnotes},
		{"word/document.xml", document},
	}
	for _, part := range parts {
		f, err := z.Create(part.name)
		if err != nil {
			return err
		}
		if _, err := io.WriteString(f, part.body); err != nil {
			return err
		}
	}
	return z.Close()
}

const wordNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

// documentXML is the document part and the footnotes part; each links
// through its own relationships (body, notes).
func (p Pack) documentXML(doc cited, body, notesRels *rels) (string, string) {
	var b, notes strings.Builder
	b.WriteString(xml.Header)
	b.WriteString(`<w:document ` + wordNS + `><w:body>`)
	notes.WriteString(xml.Header)
	// Word's footnotes part starts with the separator lines it draws above
	// the notes, ids -1 and 0; the notes proper are numbered from 1.
	notes.WriteString(`<w:footnotes ` + wordNS + `>` +
		`<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>` +
		`<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`)
	para(&b, "Title", run(evidence.OneLine(p.title()), false, false))
	para(&b, "Subtitle", run(evidence.DateOf(p.Accessed).Long(), false, false))
	para(&b, "", run(p.prepared(), false, false))
	for _, sec := range doc.sections {
		para(&b, "Heading1", run(evidence.OneLine(sec.heading), false, false))
		for _, ci := range sec.items {
			var runs strings.Builder
			for _, s := range segments(ci.item) {
				runs.WriteString(run(s.text, s.figure, false))
			}
			if ci.cit.Speaker != "" {
				// Who speaks the quote, after its words, as the
				// Markdown's quote line names them.
				runs.WriteString(run(" — "+ci.cit.Speaker, false, false))
			}
			if doc.style == evidence.Footnotes {
				id := strconv.Itoa(ci.cit.Number)
				// No custom mark: Word numbers the note itself.
				runs.WriteString(`<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="` + id + `"/></w:r>`)
				notes.WriteString(`<w:footnote w:id="` + id + `"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>` +
					`<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>` + run(" ", false, false) +
					richRuns(ci.cit.Note, notesRels) + `</w:p></w:footnote>`)
				para(&b, "Quote", runs.String())
				para(&b, "Citation", run(kindLabel(ci.item), false, false))
			} else {
				para(&b, "Quote", runs.String())
				para(&b, "Citation", linkedRuns(ci.cit.Linked, false, body)+run(", "+kindLabel(ci.item), false, false))
			}
			// Other sources' values for the finding's measure, in italics,
			// each cited as the pack cites (a note of its own in the
			// footnote style).
			var note strings.Builder
			for _, piece := range ci.findingNote() {
				switch {
				case piece.other == nil:
					note.WriteString(run(piece.text, false, true))
				case doc.style == evidence.Footnotes:
					id := strconv.Itoa(piece.other.cit.Number)
					note.WriteString(`<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="` + id + `"/></w:r>`)
					notes.WriteString(`<w:footnote w:id="` + id + `"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>` +
						`<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>` + run(" ", false, false) +
						richRuns(piece.other.cit.Note, notesRels) + `</w:p></w:footnote>`)
				default:
					note.WriteString(run(" ", false, true) + linkedRuns(piece.other.cit.Linked, true, body))
				}
			}
			if note.Len() > 0 {
				para(&b, "", note.String())
			}
		}
	}
	if p.Figures {
		if rows := doc.figureRows(); len(rows) > 0 {
			para(&b, "Heading1", run("Figures", false, false))
			figureTable(&b, rows)
		}
	}
	if len(doc.refs) > 0 {
		para(&b, "Heading1", run(doc.referencesHeading(), false, false))
		for _, r := range doc.refs {
			para(&b, "Reference", richRuns(append(evidence.Rich{{Text: doc.marker(r, "")}}, r.Text...), body))
		}
	}
	b.WriteString(`<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>`)
	b.WriteString(`</w:body></w:document>`)
	notes.WriteString(`</w:footnotes>`)
	return b.String(), notes.String()
}

// figureTable writes the table of figures: a header row repeated on each
// page, then a row a figure.
func figureTable(b *strings.Builder, rows []FigureRow) {
	widths := []int{1100, 3426, 2900, 1600} // twentieths of a point: 9,026 across the page
	b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="FiguresTable"/><w:tblW w:w="9026" w:type="dxa"/>` +
		`<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/></w:tblBorders>` +
		`<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, w := range widths {
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, w)
	}
	b.WriteString(`</w:tblGrid>`)
	row := func(cells []string, header bool) {
		b.WriteString("<w:tr>")
		if header {
			b.WriteString(`<w:trPr><w:tblHeader/></w:trPr>`)
		}
		for i, c := range cells {
			fmt.Fprintf(b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>`, widths[i])
			para(b, "TableText", run(c, header, false))
			b.WriteString("</w:tc>")
		}
		b.WriteString("</w:tr>")
	}
	row([]string{"Figure", "What it measures", "Source", "Period"}, true)
	for _, r := range rows {
		row([]string{r.Figure, r.Measure, r.Source, r.Period}, false)
	}
	b.WriteString(`</w:tbl>`)
	// Word needs a paragraph between a table and what follows.
	para(b, "", "")
}

// richRuns are a reference's or a note's runs, italic where the style
// italicises, each URL in them a hyperlink where the Markdown links it
// (rels holds the part's links).
func richRuns(r evidence.Rich, rl *rels) string {
	var b strings.Builder
	// Neighbouring runs of one kind are one run.
	var merged evidence.Rich
	for _, s := range r {
		if n := len(merged); n > 0 && merged[n-1].Italic == s.Italic && s.URL == "" && s.Link == "" && merged[n-1].URL == "" && merged[n-1].Link == "" {
			merged[n-1].Text += s.Text
			continue
		}
		merged = append(merged, s)
	}
	for _, s := range merged {
		switch i := strings.Index(s.Text, s.URL); {
		case s.URL != "" && i >= 0:
			// The address linked, what is around it (MHRA's angle
			// brackets) text.
			if i > 0 {
				b.WriteString(run(s.Text[:i], false, s.Italic))
			}
			b.WriteString(rl.link(s.URL, s.URL, s.Italic))
			if rest := s.Text[i+len(s.URL):]; rest != "" {
				b.WriteString(run(rest, false, s.Italic))
			}
		case s.Link != "":
			b.WriteString(rl.link(s.Text, s.Link, s.Italic))
		default:
			b.WriteString(run(s.Text, false, s.Italic))
		}
	}
	return b.String()
}

// linkedRuns are an in-text citation's runs (Citation.Linked), folded to
// one line as a citation is (evidence.OneLineFrom, so a line break in a
// publisher cannot start a line), each work linked to its URL as the
// Markdown links it; the text between links is one run.
func linkedRuns(r evidence.Rich, italic bool, rl *rels) string {
	var whole strings.Builder
	ends := make([]int, len(r)) // where each span ends in whole
	linked := make([]bool, len(r))
	for i, s := range r {
		whole.WriteString(s.Text)
		ends[i] = whole.Len()
		_, linked[i] = evidence.LinkURL(s.Link)
		linked[i] = linked[i] && s.Link != ""
	}
	line, from := evidence.OneLineFrom(whole.String())
	// group is the span a byte of the line came from where that span is
	// linked, else -1: all text that is no link is one group.
	group := func(k int) int {
		i := sort.Search(len(ends), func(j int) bool { return ends[j] > from[k] })
		if i < len(r) && linked[i] {
			return i
		}
		return -1
	}
	var b strings.Builder
	for start := 0; start < len(line); {
		g := group(start)
		end := start + 1
		for end < len(line) && group(end) == g {
			end++
		}
		if g >= 0 {
			b.WriteString(rl.link(line[start:end], r[g].Link, italic))
		} else {
			b.WriteString(run(line[start:end], false, italic))
		}
		start = end
	}
	return b.String()
}

// rels are the hyperlinks of one part (the body, the notes): each target
// a relationship of the part's own relationships file, numbered from
// first (after the part's fixed relationships).
type rels struct {
	first   int
	ids     map[string]string
	targets []string
}

// link is text as a hyperlink to url where LinkURL lets it be linked (an
// http(s) URL with a host, percent-encoded as every link cypx writes),
// else the text alone: javascript:, data:, ftp:, a user before the host
// stay text.
func (r *rels) link(text, url string, italic bool) string {
	if text == "" {
		return ""
	}
	target, ok := evidence.LinkURL(url)
	if !ok {
		return run(text, false, italic)
	}
	id, seen := r.ids[target]
	if !seen {
		if r.ids == nil {
			r.ids = map[string]string{}
		}
		id = "rId" + strconv.Itoa(r.first+len(r.targets))
		r.ids[target] = id
		r.targets = append(r.targets, target)
	}
	return `<w:hyperlink r:id="` + id + `" w:history="1">` + styledRun(text, "Hyperlink", false, italic) + `</w:hyperlink>`
}

// xml is the part's relationships file: fixed (numbered rId1, rId2, …)
// then a hyperlink for each target, external, its target XML-escaped
// once.
func (r *rels) xml(fixed ...string) string {
	var b strings.Builder
	b.WriteString(xml.Header + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	for i, f := range fixed {
		fmt.Fprintf(&b, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/%s" Target="%s.xml"/>`, i+1, f, f)
	}
	for i, t := range r.targets {
		fmt.Fprintf(&b, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="`, r.first+i)
		xml.EscapeText(&b, []byte(xmlSafe(t)))
		b.WriteString(`" TargetMode="External"/>`)
	}
	b.WriteString(`</Relationships>`)
	return b.String()
}

func para(b *strings.Builder, style, runs string) {
	b.WriteString("<w:p>")
	if style != "" {
		fmt.Fprintf(b, `<w:pPr><w:pStyle w:val="%s"/></w:pPr>`, style)
	}
	b.WriteString(runs + "</w:p>")
}

func run(text string, bold, italic bool) string { return styledRun(text, "", bold, italic) }

// styledRun is run in a character style (none when style is "").
func styledRun(text, style string, bold, italic bool) string {
	var b strings.Builder
	b.WriteString("<w:r>")
	if bold || italic || style != "" {
		b.WriteString("<w:rPr>")
		if style != "" {
			b.WriteString(`<w:rStyle w:val="` + style + `"/>`)
		}
		if bold {
			b.WriteString("<w:b/>")
		}
		if italic {
			b.WriteString("<w:i/>")
		}
		b.WriteString("</w:rPr>")
	}
	b.WriteString(`<w:t xml:space="preserve">`)
	// Escaped as on a terminal and in Markdown: a control character in a
	// report shows as \x1b, the same in every output.
	xml.EscapeText(&b, []byte(xmlSafe(evidence.PrintableLine(text))))
	b.WriteString("</w:t></w:r>")
	return b.String()
}

// coreXML is the document's properties: its title, and when it was made.
func (p Pack) coreXML() string {
	var title strings.Builder
	xml.EscapeText(&title, []byte(xmlSafe(evidence.OneLine(p.title()))))
	when := p.Accessed.UTC().Format("2006-01-02T15:04:05Z")
	return xml.Header + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dc:title>` + title.String() + `</dc:title><dc:creator>cypx</dc:creator>` +
		`<dcterms:created xsi:type="dcterms:W3CDTF">` + when + `</dcterms:created></cp:coreProperties>`
}

// xmlSafe drops characters XML 1.0 cannot hold (control characters), which
// would make Word refuse the file.
func xmlSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' || (r >= 0x20 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD) || r >= 0x10000 && r <= 0x10FFFF {
			return r
		}
		return -1
	}, s)
}

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`

const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`

// documentRelsFixed are the document's parts other than hyperlinks, each
// a relationship of that type to the part of that name.
var documentRelsFixed = []string{"styles", "settings", "footnotes"}

// settingsXML names the separator notes, as Word's own files do.
const settingsXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr></w:settings>`

const stylesXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="567" w:right="567"/><w:spacing w:after="40"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Citation"><w:name w:val="Citation"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="567"/><w:spacing w:after="200"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Reference"><w:name w:val="Reference"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="FiguresTable"><w:name w:val="Figures Table"/><w:tblPr><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>`
