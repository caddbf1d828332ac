package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestMicrodataGivesTheDateAndPublisher checks that a page describing
// itself in schema.org microdata, not JSON-LD, is read for its date, its
// publisher and its author: the item's <time itemprop="datePublished">,
// its publisher item's name, its author item's name.
func TestMicrodataGivesTheDateAndPublisher(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>School nursing in Oakhurst</title></head><body>` +
		`<main><article itemscope itemtype="https://schema.org/Article">` +
		`<h1 itemprop="headline">School nursing in Oakhurst</h1>` +
		`<p>By <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Rina Malde</span></span>, ` +
		`<span itemprop="datePublished">Posted 14 May 2025</span></p>` +
		`<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Oakhurst Health Partnership"></div>` +
		`<div itemprop="articleBody"><p>Each school nurse in Oakhurst covers 4,100 pupils, against 2,600 in 2016.</p>` +
		`<p>Referrals from schools rose by 22% last year.</p></div></article></main></body></html>`
	im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Type: "news"})
	if err != nil {
		t.Fatalf("refused: %v", err)
	}
	if got := im.Source.Date.String(); got != "2025-05-14" {
		t.Errorf("date %q, want 2025-05-14 from the microdata", got)
	}
	if got := im.Source.Publisher; got != "Oakhurst Health Partnership" {
		t.Errorf("publisher %q, want the microdata publisher's name", got)
	}
	if got := im.Source.Author; got != "Rina Malde" {
		t.Errorf("author %q, want Rina Malde", got)
	}
	if !strings.Contains(strings.Join(im.Guessed, "; "), "schema.org datePublished") {
		t.Errorf("guessed %q: the date's source not named", im.Guessed)
	}
}

// TestBodyClassIsNoSidebar checks that a template's class on <body>
// naming its layout ("has-sidebar-right") does not make the whole page a
// sidebar whose dates and bylines are not the article's.
func TestBodyClassIsNoSidebar(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Family hubs open in Oakhurst - Oakhurst Council</title></head>` +
		`<body class="site view-article has-sidebar-right"><main><h1>Family hubs open in Oakhurst</h1>` +
		`<dl class="article-info"><dd class="published"><time datetime="2025-02-03T09:00:00+00:00">Published: 03 February 2025</time></dd></dl>` +
		`<p>Three family hubs opened in Oakhurst this winter, and 640 families used them in the first month.</p>` +
		`<p>Health visitors now hold weekly clinics at each hub.</p></main>` +
		`<aside class="sidebar"><h3>Latest news</h3><p><time datetime="2024-11-02">2 November 2024</time> Council sets its budget</p></aside>` +
		`<footer><p>&copy; 2025 Oakhurst Council</p></footer></body></html>`
	im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Type: "news"})
	if err != nil {
		t.Fatalf("refused: %v", err)
	}
	if got := im.Source.Date.String(); got != "2025-02-03" {
		t.Errorf("date %q, want 2025-02-03 from the article's <time>", got)
	}
}

// wordExport is a report saved by Microsoft Word as a web page: Office
// namespaces, the document properties in a conditional comment, a cover of
// MsoTitle and MsoSubtitle paragraphs over a date line, a contents list and
// Heading 1 sections.
const wordExport = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ` +
	`xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<title>Draft v3 final</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Pat Ellery</o:Author>
  <o:Created>2024-09-20T08:00:00Z</o:Created>
  <o:LastSaved>2024-11-28T16:40:00Z</o:LastSaved>
 </o:DocumentProperties>
</xml><![endif]-->
</head>
<body lang=EN-GB>
<div class=WordSection1>
<p class=MsoNormal>Fernvale Young Carers<o:p></o:p></p>
<p class=MsoTitle>Caring and learning: young carers` + "\x92" + ` health in Fernvale<o:p></o:p></p>
<p class=MsoSubtitle>Findings from our 2024 survey<o:p></o:p></p>
<p class=MsoNormal>November 2024<o:p></o:p></p>
<p class=MsoTocHeading>Contents<o:p></o:p></p>
<p class=MsoToc1><a href="#_Toc1">Summary</a></p>
<h1><a name="_Toc1">Summary</a><o:p></o:p></h1>
<p class=MsoNormal>We surveyed 212 young carers aged 11 to 18 in the summer of 2024.<o:p></o:p></p>
<p class=MsoNormal>Two in five said they had missed a health appointment of their own because of caring.<o:p></o:p></p>
<h1><a name="_Toc2">What we want to change</a><o:p></o:p></h1>
<p class=MsoNormal>GP practices should ask every young person whether they care for someone at home.<o:p></o:p></p>
</div>
</body>
</html>
`

// TestWordWebPageTitleAndDate checks that a Word "Save as Web Page" report
// takes its title from its title paragraph, not from its first Heading 1
// or a stale <title>, and its date from its cover's date line before the
// file's saved dates; its Heading 1 sections stay headings.
func TestWordWebPageTitleAndDate(t *testing.T) {
	im, err := library.Import(write(t, "report.htm", []byte(wordExport)), library.Meta{Publisher: "Fernvale Young Carers", Type: "report"})
	if err != nil {
		t.Fatalf("refused: %v", err)
	}
	if got, want := im.Source.Title, "Caring and learning: young carers’ health in Fernvale"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
	if got := im.Source.Date.String(); got != "2024-11" {
		t.Errorf("date %q, want 2024-11 from the cover's date line", got)
	}
	// Word declares its charset in a meta tag: nothing to warn of.
	if len(im.Warnings) > 0 {
		t.Errorf("warnings %q for a page in the charset it declares", im.Warnings)
	}
	for _, h := range []string{"## Summary\n", "## What we want to change\n"} {
		if !strings.Contains(im.Body, h) {
			t.Errorf("heading %q not kept:\n%s", h, im.Body)
		}
	}
}

// TestWordWebPageSavedDate checks that a Word web page with no date on
// its cover takes the day it was last saved, which the file's document
// properties hold.
func TestWordWebPageSavedDate(t *testing.T) {
	page := strings.Replace(wordExport, "<p class=MsoNormal>November 2024<o:p></o:p></p>\n", "", 1)
	im, err := library.Import(write(t, "report.htm", []byte(page)), library.Meta{Publisher: "Fernvale Young Carers", Type: "report"})
	if err != nil {
		t.Fatalf("refused: %v", err)
	}
	if got := im.Source.Date.String(); got != "2024-11-28" {
		t.Errorf("date %q, want 2024-11-28, the day the file was last saved", got)
	}
	if !strings.Contains(strings.Join(im.Guessed, "; "), "saved") {
		t.Errorf("guessed %q: the date's source not named", im.Guessed)
	}
}

// TestDrawnChartCaptionIsNoItem checks that the caption of a chart drawn
// as an SVG, a title with no sentence ("Obesity in Year 6 by deprivation,
// England, 2023-24"), goes as a photograph's does, while a figure holding
// a table keeps its caption.
func TestDrawnChartCaptionIsNoItem(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Tooth decay in Oakhurst</title>` +
		`<meta name="dcterms.date" content="2025-03-02"></head><body><main><h1>Tooth decay in Oakhurst</h1>` +
		`<p>In 2024, 31.4% of five-year-olds in Oakhurst had visible tooth decay, against 22.4% in England.</p>` +
		`<figure class="chart"><figcaption>Five-year-olds with visible decay by ward, Oakhurst, 2024</figcaption>` +
		`<svg role="img" aria-label="Bar chart"><text>31.4%</text></svg><p>Source: oral health survey 2024</p></figure>` +
		`<figure><figcaption>Table 1: Dental extractions by age, 2024</figcaption><table><tr><th>Age</th><th>Extractions</th></tr>` +
		`<tr><td>Under 5</td><td>140</td></tr><tr><td>5 to 9</td><td>310</td></tr></table></figure>` +
		`<p>Supervised toothbrushing now runs in 48 nurseries.</p></main></body></html>`
	im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Publisher: "Oakhurst Council", Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(im.Body, "by ward, Oakhurst") {
		t.Errorf("a drawn chart's caption kept:\n%s", im.Body)
	}
	if !strings.Contains(im.Body, "Dental extractions by age") {
		t.Errorf("a table's caption lost:\n%s", im.Body)
	}
}
