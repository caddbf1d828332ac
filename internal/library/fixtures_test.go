package library_test

import (
	"bytes"
	"fmt"
	"strings"
)

// makePDF writes a minimal PDF: one page per entry, each a list of lines
// (an empty line leaves a paragraph gap; a line after "# " is set large, as
// a title is, and one after "## " larger than the text, as a heading is;
// a line holding a tab is a form's row, label and value apart),
// Helvetica, with a title, author and creation date in the document info.
func makePDF(pages [][]string, title, author, date string) []byte {
	var b bytes.Buffer
	var offsets []int
	obj := func(body string) {
		offsets = append(offsets, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offsets), body)
	}
	b.WriteString("%PDF-1.4\n")
	n := len(pages)
	kids := make([]string, n)
	for i := range pages {
		kids[i] = fmt.Sprintf("%d 0 R", 4+2*i)
	}
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), n))
	obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
	for i, lines := range pages {
		var c strings.Builder
		c.WriteString("BT /F1 11 Tf 72 760 Td\n")
		for _, l := range lines {
			if l == "" {
				c.WriteString("0 -28 Td\n")
				continue
			}
			if t, ok := strings.CutPrefix(l, "# "); ok {
				esc := strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`).Replace(t)
				fmt.Fprintf(&c, "/F1 22 Tf (%s) Tj 0 -30 Td /F1 11 Tf\n", esc)
				continue
			}
			if t, ok := strings.CutPrefix(l, "##+ "); ok {
				// A subtitle's line set close over the next, as a cover
				// sets a subtitle it wraps.
				esc := strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`).Replace(t)
				fmt.Fprintf(&c, "/F1 16 Tf (%s) Tj 0 -17 Td /F1 11 Tf\n", esc)
				continue
			}
			if t, ok := strings.CutPrefix(l, "## "); ok {
				esc := strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`).Replace(t)
				fmt.Fprintf(&c, "/F1 16 Tf (%s) Tj 0 -22 Td /F1 11 Tf\n", esc)
				continue
			}
			if label, value, ok := strings.Cut(l, "\t"); ok {
				// A form's row: its label, and its value set 200
				// points to the right, as a details table sets them.
				r := strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`)
				fmt.Fprintf(&c, "(%s) Tj 200 0 Td (%s) Tj -200 -14 Td\n", r.Replace(label), r.Replace(value))
				continue
			}
			esc := strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`).Replace(l)
			fmt.Fprintf(&c, "(%s) Tj 0 -14 Td\n", esc)
		}
		c.WriteString("ET")
		obj(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", 5+2*i))
		obj(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", c.Len(), c.String()))
	}
	obj(fmt.Sprintf("<< /Title (%s) /Author (%s) /CreationDate (D:%s000000Z) >>", title, author, date))
	info := len(offsets)
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, info, xref)
	return b.Bytes()
}

// twoPagePDF is a report with a running header, page numbers, a word
// hyphenated across lines, and a figure on page 2.
func twoPagePDF() []byte {
	return makePDF([][]string{
		{"Children's community services review", "", "Introduction to the review", "", "This review looked at community health services for children and",
			"young people across England, and at the inter-", "vention offered while families waited for support.", "", "1"},
		{"Children's community services review", "", "Findings", "", "In total 42% of services reported waiting lists longer than 18 weeks",
			"for a first appointment with a community paediatrician.", "", "Commissioners should publish waiting times for every children's service.", "", "2"},
	}, "Community services for children: a review", "Care Quality Commission", "20230514")
}

// newsPage is an article page with navigation, a cookie banner, a footer
// and related articles around the story.
const newsPage = `<!DOCTYPE html>
<html lang="en"><head>
<title>Waits for children's mental health care grow | Health News Daily</title>
<meta property="og:site_name" content="Health News Daily">
<meta property="og:title" content="Waits for children's mental health care grow">
<meta property="article:published_time" content="2024-03-05T09:00:00Z">
</head><body>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies or manage your cookie settings here.</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/events">Events</a></li></ul></nav>
<main><article>
<h1>Waits for children's mental health care grow</h1>
<p>More than 270,000 children and young people were still waiting for mental health support at the end of the year, according to new analysis of <b>NHS</b> data published this week.</p>
<p>Nearly four in 10 of those referred waited longer than 12 weeks for a first appointment, and charities warned that long waits were leaving families to cope alone with escalating needs.</p>
<h2>What the charities want</h2>
<ul><li>Ministers should set a maximum waiting time standard for children's mental health services.</li>
<li>Integrated care boards must publish their spending on children's mental health every year.</li></ul>
<p>The analysis was carried out by a coalition of children's charities working with clinicians and young people with lived experience of long waits.</p>
</article></main>
<aside class="related"><h3>Related articles</h3><ul><li><a href="/a">Hospital bed numbers fall again across England this winter</a></li><li><a href="/b">Nurse recruitment drive misses its target for the third year</a></li></ul></aside>
<footer><p>Copyright 2024 Health News Daily. All rights reserved. Terms and conditions. Privacy policy. Contact us for advertising opportunities.</p></footer>
</body></html>`
