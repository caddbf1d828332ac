package evidence_test

import (
	"html"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
)

// TestOneLineFoldsLineBreaksOnly: a quote folded to one line keeps every
// character of its source but its line breaks: runs of spaces, no-break
// spaces (U+00A0), thin and narrow no-break spaces stay as written, and
// each line break — CR, LF, VT, FF, NEL (U+0085), LINE SEPARATOR (U+2028),
// PARAGRAPH SEPARATOR (U+2029) — with the blanks around it is one space.
func TestOneLineFoldsLineBreaksOnly(t *testing.T) {
	cases := map[string]string{
		"45%  of children":                  "45%  of children",
		"over\u00a018 weeks":                "over\u00a018 weeks",
		"£2.3\u202fbn and 10\u2009km":       "£2.3\u202fbn and 10\u2009km",
		"a\nb":                              "a b",
		"a  \r\n   b":                       "a b",
		"a\n\nb":                            "a b",
		"a\u0085b":                          "a b",
		"a \u2028 b":                        "a b",
		"a\u2029b":                          "a b",
		"a\vb\fc":                           "a b c",
		"a\tb":                              "a b",
		"  lead and trail  \n":              "lead and trail",
		"\u00a0kept at the start\u00a0":     "\u00a0kept at the start\u00a0",
		"no break\u00a0\nthen a line break": "no break\u00a0 then a line break",
	}
	for in, want := range cases {
		if got := evidence.OneLine(in); got != want {
			t.Errorf("OneLine(%+q) = %+q, want %+q", in, got, want)
		}
	}
}

// TestQuotesAreExactInEveryCopyFormat: the quote of a copy or a citation
// (plain and Markdown, every style) holds the item's runs of spaces and
// its no-break spaces as the source has them. Before, "45%  of" became
// "45% of" and U+00A0 a plain space: the quote was no substring of its
// source.
func TestQuotesAreExactInEveryCopyFormat(t *testing.T) {
	text := "In 2024, 45%  of children waited over\u00a018 weeks."
	it := evidence.Item{ID: "s#00000001", Kind: evidence.Statistic, Text: text,
		Source: evidence.Source{ID: "s", Title: "Waits", Publisher: "NHS Test Trust", Date: evidence.Date{Year: 2024}, Type: evidence.Report}}
	acc := time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)
	for _, st := range evidence.CiteStyles {
		for _, f := range []evidence.Format{evidence.FormatPlain, evidence.FormatMarkdown} {
			got := evidence.Cite(it, st, f, acc)
			if !strings.Contains(got, `"`+text+`"`) {
				t.Errorf("%s %s: %q does not quote %q exactly", st, f, got, text)
			}
		}
	}
	if got := evidence.MarkdownText(text); got != text {
		t.Errorf("MarkdownText(%+q) = %+q", text, got)
	}
}

// TestLineSeparatorsAreLineBreaksInCopies: NEL, U+2028 and U+2029 in a
// quote are line breaks where text is copied or exported (folded to a
// space in a one-line quote, as a newline is) and never reach a copy raw.
func TestLineSeparatorsAreLineBreaksInCopies(t *testing.T) {
	it := evidence.Item{ID: "s#00000001", Kind: evidence.Statistic, Text: "the wait\u0085was long\u2028and 12 weeks\u2029was the norm",
		Source: evidence.Source{ID: "s", Title: "Waits", Publisher: "NHS Test Trust", Date: evidence.Date{Year: 2024}, Type: evidence.Report}}
	acc := time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)
	for _, f := range []evidence.Format{evidence.FormatPlain, evidence.FormatMarkdown} {
		got := evidence.Cite(it, evidence.Harvard, f, acc)
		if !strings.Contains(got, `"the wait was long and 12 weeks was the norm"`) {
			t.Errorf("%s: %q", f, got)
		}
	}
}

// mdCharRef is a character reference as CommonMark reads one (a name or a
// number between & and ;), which it decodes in a link's destination and,
// in cmark and GitHub, in an autolink.
var mdCharRef = regexp.MustCompile(`&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)

// renderedTargets are the URLs a CommonMark renderer links in md: every
// autolink's and every inline link's destination, character references
// decoded as cmark decodes them (a reference must end in ';').
func renderedTargets(md string) []string {
	decode := func(s string) string { return mdCharRef.ReplaceAllStringFunc(s, html.UnescapeString) }
	var out []string
	for _, m := range regexp.MustCompile(`(?:^|[^\\])<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^<>\s]*)>`).FindAllStringSubmatch(md, -1) {
		out = append(out, decode(m[1]))
	}
	for _, m := range regexp.MustCompile(`(?:^|[^\\])\]\(([^)\s]*)\)`).FindAllStringSubmatch(md, -1) {
		out = append(out, decode(m[1]))
	}
	return out
}

// TestMarkdownLinksRenderTheSourcesURL: a URL holding "&amp;", "&lt;" or
// "&copy;" as written links to that URL in Markdown, not to one with the
// reference decoded: in a link's destination its & is written &amp;, and
// a reference list writes it as a link whose text is the URL (an autolink
// is decoded by cmark and GitHub but not by commonmark.js or markdown-it,
// so no one way of writing it inside <...> suits every renderer). An IPv6
// host keeps its brackets.
func TestMarkdownLinksRenderTheSourcesURL(t *testing.T) {
	acc := time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)
	for _, url := range []string{
		"https://example.org/r?a=1&amp;b=2",
		"https://example.org/r?x=1&lt;y&copy;=2&#38;z",
		"https://example.org/r?a=1&b=2&copy=3",
		"https://[2001:db8::1]/report",
		"https://[2001:db8::1]:8443/report?a=1&amp;b",
	} {
		it := evidence.Item{ID: "s#00000001", Kind: evidence.Statistic, Text: "In 2024, 45% of children waited.",
			Source: evidence.Source{ID: "s", Title: "Waits", Publisher: "NHS Test Trust", Date: evidence.Date{Year: 2024}, Type: evidence.Report, URL: url}}
		want, ok := evidence.LinkURL(url)
		if !ok || want != url {
			t.Errorf("LinkURL(%q) = %q, %v; want it as written", url, want, ok)
		}
		for _, st := range evidence.CiteStyles {
			md := evidence.Cite(it, st, evidence.FormatMarkdown, acc) + "\n" + referencesMarkdown(st, it, acc)
			targets := renderedTargets(md)
			if len(targets) == 0 {
				t.Errorf("%s: no link to %q in\n%s", st, url, md)
			}
			for _, got := range targets {
				if got != url {
					t.Errorf("%s: a link renders as %q, want %q, in\n%s", st, got, url, md)
				}
			}
		}
	}
}

// TestIPv6HostKeepsItsBrackets: brackets around an IPv6 host are the
// URL's own syntax, kept as written (percent-encoded, "%5B2001:db8::1%5D"
// is no host); brackets anywhere else are still encoded.
func TestIPv6HostKeepsItsBrackets(t *testing.T) {
	cases := map[string]string{
		"https://[2001:db8::1]/report":      "https://[2001:db8::1]/report",
		"https://[::1]:8080/a[1]?q=[x]#[y]": "https://[::1]:8080/a%5B1%5D?q=%5Bx%5D#%5By%5D",
		"https://ex.org/a[1]":               "https://ex.org/a%5B1%5D",
		"https://ex[a]mple.org/":            "https://ex%5Ba%5Dmple.org/",
	}
	for in, want := range cases {
		if got := evidence.EncodeURL(in); got != want {
			t.Errorf("EncodeURL(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestURLsThatAreNoLinksAreCodeInMarkdown: a URL that may not be linked
// (another scheme, a user before the host) is written in a reference
// list's Markdown as a code span, which no renderer links: GitHub links
// "ftp://host/a file.pdf" written as text as far as its space, and
// "https://www.nhs.uk@evil.example/" whole.
func TestURLsThatAreNoLinksAreCodeInMarkdown(t *testing.T) {
	acc := time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)
	cases := map[string]string{
		"ftp://host/a file.pdf":            "`ftp://host/a file.pdf`",
		"https://www.nhs.uk@evil.example/": "`https://www.nhs.uk@evil.example/`",
		"javascript:alert(1)<b>":           "`javascript:alert(1)<b>`",
		"ftp://host/`tick`` file":          "```ftp://host/`tick`` file```",
		"`ftp://host/x`":                   "`` `ftp://host/x` ``",
		"ftp://host/a\u00a0b\x1b[31m file": "`ftp://host/a\u00a0b\\x1b[31m file`",
	}
	for url, want := range cases {
		it := evidence.Item{ID: "s#00000001", Kind: evidence.Excerpt, Text: "Waits grew.",
			Source: evidence.Source{ID: "s", Title: "Waits", Publisher: "NHS Test Trust", Date: evidence.Date{Year: 2024}, Type: evidence.Report, URL: url}}
		for _, st := range evidence.CiteStyles {
			md := referencesMarkdown(st, it, acc)
			if !strings.Contains(md, want) {
				t.Errorf("%s: %q: %q does not hold %q", st, url, md, want)
			}
			if rest := strings.ReplaceAll(md, want, ""); strings.Contains(rest, "://") || strings.Contains(rest, "javascript:") {
				t.Errorf("%s: %q: the URL is text outside its code span: %q", st, url, md)
			}
		}
	}
}

// referencesMarkdown is the Markdown reference list of one item's works,
// with the footnote style's note, as a document gives them.
func referencesMarkdown(st evidence.Style, it evidence.Item, acc time.Time) string {
	c := evidence.NewCiter(st, acc, []evidence.Item{it})
	var b strings.Builder
	if cit := c.Cite(it); st == evidence.Footnotes {
		b.WriteString(cit.Note.MarkdownEntry() + "\n")
	}
	for _, e := range c.References() {
		b.WriteString(e.Text.MarkdownEntry() + "\n")
	}
	return b.String()
}
