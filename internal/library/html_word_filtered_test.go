package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// h76aWordFiltered is a report Word saved as "Web Page, Filtered": a
// browser's "saved from url" comment, windows-1252 bytes, no document
// properties, a cover of title and subtitle paragraphs over one
// paragraph Word broke with <br> into "Presented to", "Written by" and
// "Date" lines, Heading 1 sections and Word's footnotes. The writer is
// given as a cover line.
func h76aWordFiltered(writer string) string {
	return `<!-- saved from url=(0060)https://www.tollmere.gov.uk/media/112/youth-forum-report.htm -->
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>Heard Not Hurried</title>
<style>
<!--
p.MsoNormal {margin:0cm; font-size:11.0pt;}
p.MsoTitle {font-size:28.0pt;}
-->
</style>
</head>
<body lang=EN-GB>
<div class=WordSection1>
<p class=MsoNormal align=right><span style='font-size:9.0pt'>TOLLMERE YOUTH FORUM | OFFICIAL</span></p>
<p class=MsoTitle>Heard Not Hurried</p>
<p class=MsoSubtitle><span style='font-size:14.0pt'>Young people` + "\x92" + `s views of school nursing in Tollmere</span></p>
<p class=MsoNormal><b>Presented to:</b> Tollmere Council Health Scrutiny Committee, 3 March 2025<br>
<b>Written by:</b> ` + writer + `<br>
<b>Date:</b> February 2025</p>
<p class=MsoNormal>&nbsp;</p>
<h1>About the survey</h1>
<p class=MsoNormal>Forum members asked 640 pupils in seven schools how they use the school nurse ` + "\x96" + ` in person or by text.</p>
<h1>What we ask for</h1>
<p class=MsoNormal>Every school should tell pupils on which days the nurse is in<a href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference>[1]</span></a>.</p>
</div>
<div><br clear=all><hr align=left size=1 width="33%">
<div id=ftn1><p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1" title=""><span class=MsoFootnoteReference>[1]</span></a> Tollmere Council, school nursing timetable, 2024.</p></div>
</div>
</body></html>
`
}

// TestWordFilteredPageCoverLines checks that a Word "Web Page,
// Filtered" report is imported from what it holds: the title paragraph
// with its subtitle, the body that the cover's "Written by" line names
// (the forum whose working group wrote it, not the group) and the
// cover's "Date:" line, read a <br> line at a time; before, the cover's
// lines ran together as one paragraph, no publisher or date was read
// and the file was refused. Its windows-1252 text is decoded and its
// Heading 1 sections stay headings.
func TestWordFilteredPageCoverLines(t *testing.T) {
	page := h76aWordFiltered("the Health Working Group of Tollmere Youth Forum (members aged 12 to 19)")
	im, err := library.Import(write(t, "report.htm", []byte(page)), library.Meta{Type: "report"})
	if err != nil {
		t.Fatalf("refused: %v", err)
	}
	if got, want := im.Source.Title, "Heard Not Hurried: young people’s views of school nursing in Tollmere"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
	if got := im.Source.Publisher; got != "Tollmere Youth Forum" {
		t.Errorf("publisher %q, want Tollmere Youth Forum from the cover's Written by line", got)
	}
	if got := im.Source.Date.String(); got != "2025-02" {
		t.Errorf("date %q, want 2025-02 from the cover's Date line, not the meeting's day", got)
	}
	for _, want := range []string{"## About the survey", "## What we ask for", "school nurse – in person", "people’s views"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, im.Body)
		}
	}
}

// TestWordFilteredPagePersonWriter checks that a cover's "Written by"
// line naming a person gives no publisher: with nothing else naming a
// body the file is still refused for want of one, not credited to the
// writer.
func TestWordFilteredPagePersonWriter(t *testing.T) {
	page := h76aWordFiltered("Maya Okonjo")
	_, err := library.Import(write(t, "report.htm", []byte(page)), library.Meta{Type: "report"})
	if err == nil || !strings.Contains(err.Error(), "who published it") {
		t.Fatalf("err %v, want a refusal for want of a publisher", err)
	}
}
