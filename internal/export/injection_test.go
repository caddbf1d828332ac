package export_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
)

// injected are items whose metadata tries to add Markdown to a pack: a
// line break in the publisher starting a heading and a javascript: link,
// a title with a list and a thematic break, a script URL, and an http URL
// with spaces and parentheses that must stay one link.
func injected() []evidence.Item {
	evil := evidence.Source{ID: "evil", Title: "Title\n- a list item\n---\n1986. A year", Date: evidence.Date{Year: 2024}, Type: evidence.Report,
		Publisher: "NHS\n## Fake heading\n[click me](javascript:alert(1))", URL: "javascript:alert(document.cookie)"}
	spaced := evidence.Source{ID: "spaced", Title: "A report (final) | v2 &amp; more", Date: evidence.Date{Year: 2023}, Type: evidence.Report,
		Publisher: "CQC", URL: "https://example.org/a report (2024).pdf"}
	data := evidence.Source{ID: "data", Title: "Data", Date: evidence.Date{Year: 2022}, Type: evidence.Data,
		Publisher: "Data <b>Corp</b>", URL: " DATA:text/html;base64,PHNjcmlwdD4="}
	return []evidence.Item{
		{ID: "evil#00000001", Kind: evidence.Excerpt, Source: evil, Text: "- starts like a list\n# and a heading \x1b[31mred\x1b[0m", Themes: []string{"t"}},
		{ID: "spaced#00000002", Kind: evidence.Excerpt, Source: spaced, Text: "Plain text with a [link](javascript:x) inside.", Themes: []string{"t"}},
		{ID: "data#00000003", Kind: evidence.Excerpt, Source: data, Text: "1. Numbered like a list.", Themes: []string{"t"}},
	}
}

// linkTarget finds the targets of Markdown links: "](" not escaped.
var linkTarget = regexp.MustCompile(`(?:^|[^\\])\]\(([^)\s]*)`)

// autolink finds Markdown autolinks: "<" not escaped, a scheme, ">".
var autolink = regexp.MustCompile(`(?:^|[^\\])<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]*)>`)

// rawMarkup finds HTML tags and character references not escaped.
var rawMarkup = regexp.MustCompile(`(?:^|[^\\])(<[a-zA-Z/]|&[a-z]+;)`)

// checkMarkdown holds Markdown to what cypx writes: no line made by
// metadata, no link but the http(s) one, percent-encoded.
func checkMarkdown(t *testing.T, what, md string) {
	t.Helper()
	for _, line := range strings.Split(md, "\n") {
		for _, bad := range []string{"## Fake", "- a list", "---", "1986. A year", "# and a heading", "- starts", "1. Numbered"} {
			if strings.HasPrefix(strings.TrimPrefix(line, "> "), bad) {
				t.Errorf("%s: metadata or text made a line %q:\n%s", what, line, md)
			}
		}
	}
	for _, m := range linkTarget.FindAllStringSubmatch(md, -1) {
		if !strings.HasPrefix(m[1], "https://") {
			t.Errorf("%s: a link to %q:\n%s", what, m[1], md)
		}
	}
	// The footnote style writes a web URL as an autolink, <https://…>:
	// checked, then set aside, as anything else in angle brackets is markup.
	for _, m := range autolink.FindAllStringSubmatch(md, -1) {
		if !strings.HasPrefix(m[1], "https://") || strings.ContainsAny(m[1], " <") {
			t.Errorf("%s: an autolink to %q:\n%s", what, m[1], md)
		}
	}
	if rest := autolink.ReplaceAllString(md, ""); rawMarkup.MatchString(rest) {
		t.Errorf("%s: raw markup %q:\n%s", what, rawMarkup.FindString(rest), md)
	}
	if !strings.Contains(md, "(https://example.org/a%20report%20%282024%29.pdf)") && !strings.Contains(md, "<https://example.org/a%20report%20%282024%29.pdf>") {
		t.Errorf("%s: the http link is not one percent-encoded link:\n%s", what, md)
	}
	if strings.Contains(md, "\x1b") {
		t.Errorf("%s: a raw escape code:\n%q", what, md)
	}
}

func TestMarkdownEscapesMetadataAndLinksOnlyHTTP(t *testing.T) {
	items := injected()
	var b bytes.Buffer
	// Every style, with the table of figures: notes, numbered references
	// and table cells are written from metadata too.
	for _, st := range evidence.CiteStyles {
		pack := export.Pack{Title: "Brief\n# Injected", Items: items, Themes: []export.Theme{{ID: "t", Label: "Theme\n## Label"}},
			Group: export.GroupTheme, Accessed: accessed, Style: st, Figures: true}
		b.Reset()
		if err := pack.WriteMarkdown(&b); err != nil {
			t.Fatal(err)
		}
		checkMarkdown(t, "pack in "+string(st), b.String())
		if strings.Contains(b.String(), "\n# Injected") || strings.Contains(b.String(), "\n## Label") {
			t.Errorf("%s: pack title or theme label made a heading:\n%s", st, b.String())
		}
	}
	b.Reset()
	export.Markdown(&b, items, evidence.Harvard, accessed)
	checkMarkdown(t, "items --format md", b.String())
	for _, st := range evidence.CiteStyles {
		var cites strings.Builder
		for _, it := range items {
			cites.WriteString(evidence.Cite(it, st, evidence.FormatMarkdown, accessed) + "\n")
		}
		checkMarkdown(t, "cite --style "+string(st)+" --format markdown", cites.String())
	}
}

func TestWordEscapesMetadataLikeText(t *testing.T) {
	pack := export.Pack{Title: "Brief\n# Injected", Items: injected(), Themes: []export.Theme{{ID: "t", Label: "Theme"}}, Accessed: accessed}
	var b bytes.Buffer
	if err := pack.WriteDOCX(&b); err != nil {
		t.Fatal(err)
	}
	z, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range z.File {
		if f.Name != "word/document.xml" {
			continue
		}
		r, _ := f.Open()
		doc, _ := io.ReadAll(r)
		if bytes.Contains(doc, []byte("\n## Fake")) || bytes.Contains(doc, []byte("Brief\n")) {
			t.Errorf("a line break from metadata reached the document")
		}
		if !bytes.Contains(doc, []byte(`\x1b[31mred`)) || !bytes.Contains(doc, []byte("NHS ## Fake heading")) {
			t.Errorf("metadata and text not escaped as text is:\n%s", doc)
		}
	}
}

// TestWordNotesAndTableEscapeMetadata: in the footnote style with the
// table of figures, every part of the document — the notes and the table
// included — is well-formed XML holding no raw control or invisible
// character, and metadata's line breaks stay out.
func TestWordNotesAndTableEscapeMetadata(t *testing.T) {
	items := injected()
	items[0].Kind = evidence.Statistic
	items[0].Figures = []evidence.Figure{{Text: "- starts", Value: 1, Unit: evidence.UnitCount}}
	pack := export.Pack{Title: "Brief\n# Injected", Items: items, Themes: []export.Theme{{ID: "t", Label: "Theme"}}, Accessed: accessed,
		Style: evidence.Footnotes, Figures: true}
	var b bytes.Buffer
	if err := pack.WriteDOCX(&b); err != nil {
		t.Fatal(err)
	}
	z, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var notes []byte
	for _, f := range z.File {
		r, _ := f.Open()
		part, _ := io.ReadAll(r)
		if f.Name == "word/footnotes.xml" {
			notes = part
		}
		if !strings.HasSuffix(f.Name, ".xml") && !strings.HasSuffix(f.Name, ".rels") {
			continue
		}
		for d := xml.NewDecoder(bytes.NewReader(part)); ; {
			if _, err := d.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Errorf("%s: not XML: %v", f.Name, err)
				break
			}
		}
		for _, r := range string(part) {
			if r != '\n' && evidence.Unsafe(r) {
				t.Errorf("%s: %U raw", f.Name, r)
			}
		}
	}
	if !bytes.Contains(notes, []byte(`NHS\n## Fake heading`)) || !bytes.Contains(notes, []byte("javascript:alert(document.cookie)")) {
		t.Errorf("the notes should hold the metadata escaped, as text:\n%s", notes)
	}
}

func TestLinkURL(t *testing.T) {
	cases := map[string]string{
		"https://example.org/a b(c)":         "https://example.org/a%20b%28c%29",
		"HTTP://Example.org/x?q=1&r=<2>":     "HTTP://Example.org/x?q=1&r=%3C2%3E",
		"https://example.org/100%":           "https://example.org/100%25",
		"https://example.org/%20ok":          "https://example.org/%20ok",
		"https://example.org/\"quote\"`tick": "https://example.org/%22quote%22%60tick",
		"https://bücher.example/é":           "https://xn--bcher-kva.example/%C3%A9",
		"https://nhs.uk:8443/ü?q=é#ß":        "https://nhs.uk:8443/%C3%BC?q=%C3%A9#%C3%9F",
		"https://exa_mple\u00e9.org/":        "",
		"https://n\u04bbs.uk/waits":          "https://xn--ns-4wc.uk/waits",
		"javascript:alert(1)":                "",
		"JavaScript:alert(1)":                "",
		"data:text/html,x":                   "",
		"file:///etc/passwd":                 "",
		"//example.org":                      "",
		"https://":                           "",
		"https:///path":                      "",
		"https://exa\u202emple.org":          "",
		"https://example.org/\x1b[2J":        "",
		"https://example.org/\nnext":         "",
	}
	for in, want := range cases {
		got, ok := evidence.LinkURL(in)
		if got != want || ok != (want != "") {
			t.Errorf("LinkURL(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

// TestCSVEscapesControlAndInvisibleCharacters: a body holding an escape
// sequence, a one-byte CSI, a bidi override or a zero-width space reaches
// a CSV cell as visible escapes (as in every other format), whether the
// CSV goes to a pipe, a file or a terminal, and the formula guard still
// holds for a cell that starts with "=".
func TestCSVEscapesControlAndInvisibleCharacters(t *testing.T) {
	items := injected()
	items[1].Text = "Waits \x1b]52;c;ZWNobyBwd24K\x07 grew \u009b31m by \u202e12%\u200b."
	items[2].Source.Publisher = "=HYPERLINK(\"http://x\")\x1b[2J"
	var b bytes.Buffer
	if err := export.CSV(&b, items, evidence.Harvard, time.Time{}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if i := strings.IndexFunc(out, func(r rune) bool { return r != '\n' && evidence.Unsafe(r) }); i >= 0 {
		t.Errorf("CSV holds %q raw:\n%q", out[i:min(len(out), i+8)], out)
	}
	for _, want := range []string{`\x1b[31mred\x1b[0m`, `Waits \x1b]52;c;ZWNobyBwd24K\a grew \u009b31m by \u202e12%\u200b.`, `'=HYPERLINK(""http://x"")\x1b[2J`} {
		if !strings.Contains(out, want) {
			t.Errorf("CSV lacks %q:\n%s", want, out)
		}
	}
}
