package export_test

import (
	"archive/zip"
	"bytes"
	"io"
	"regexp"
	"strings"
	"testing"

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
	if rawMarkup.MatchString(md) {
		t.Errorf("%s: raw markup %q:\n%s", what, rawMarkup.FindString(md), md)
	}
	if !strings.Contains(md, "(https://example.org/a%20report%20%282024%29.pdf)") {
		t.Errorf("%s: the http link is not one percent-encoded link:\n%s", what, md)
	}
	if strings.Contains(md, "\x1b") {
		t.Errorf("%s: a raw escape code:\n%q", what, md)
	}
}

func TestMarkdownEscapesMetadataAndLinksOnlyHTTP(t *testing.T) {
	items := injected()
	pack := export.Pack{Title: "Brief\n# Injected", Items: items, Themes: []export.Theme{{ID: "t", Label: "Theme\n## Label"}}, Accessed: accessed}
	var b bytes.Buffer
	if err := pack.WriteMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	checkMarkdown(t, "pack", b.String())
	if strings.Contains(b.String(), "\n# Injected") || strings.Contains(b.String(), "\n## Label") {
		t.Errorf("pack title or theme label made a heading:\n%s", b.String())
	}
	b.Reset()
	export.Markdown(&b, items, accessed)
	checkMarkdown(t, "items --format md", b.String())
	var cites strings.Builder
	for _, it := range items {
		cites.WriteString(evidence.Cite(it, evidence.StyleMarkdown, accessed) + "\n")
	}
	checkMarkdown(t, "cite --style markdown", cites.String())
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

func TestLinkURL(t *testing.T) {
	cases := map[string]string{
		"https://example.org/a b(c)":         "https://example.org/a%20b%28c%29",
		"HTTP://Example.org/x?q=1&r=<2>":     "HTTP://Example.org/x?q=1&r=%3C2%3E",
		"https://example.org/100%":           "https://example.org/100%25",
		"https://example.org/%20ok":          "https://example.org/%20ok",
		"https://example.org/\"quote\"`tick": "https://example.org/%22quote%22%60tick",
		"https://bücher.example/é":           "https://bücher.example/é",
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
