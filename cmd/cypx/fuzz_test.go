package main

import (
	"bytes"
	"encoding/csv"
	"html"
	"io"
	"regexp"
	"strings"
	"testing"
	"time"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/clipboard"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/library"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/resolve"
	"github.com/cypx/cypx/internal/themes"
	"github.com/cypx/cypx/internal/viz"
)

// FuzzRenderers feeds random metadata and bodies through every renderer of
// the CLI — text (results, detail, links, facets, tables, basket list,
// import summary, citations, chart, map), Markdown, CSV, JSON and briefing
// packs — into a terminal's sink, and asserts that no raw control, bidi or
// invisible character and no invalid UTF-8 leaves. The text renderers are
// also held to it without the sink (their output saved to a file is safe
// to print later), and Markdown to lines the pack makes and http(s) links.
func FuzzRenderers(f *testing.F) {
	f.Add("NHS Providers", "Forgotten generation", "https://example.org/a b(c)", "In total 42% of services waited.", "reason", uint16(3), uint16(9))
	f.Add("Evil\x1b]52;c;aGk=\x07\nCorp", "T\n## Heading\n[x](javascript:alert(1))", "javascript:alert(1)", "a \x1b[31mred\x1b[0m 42% \u202eword\u200b\ufeff", "\x9b2J", uint16(0), uint16(4))
	f.Add("\xff\xfe", "\u2066\u2069\u061c", " HTTPS://x.org/)", "\x7f\u0085\u2028 12% \xe2\x82", "\x1b[", uint16(1), uint16(2))
	f.Add("NHS", "T", "https://[2001:db8::1]:8443/r?a=1&amp;b=2&lt;c", "45%  of children waited over\u00a018 weeks", "r", uint16(0), uint16(3))
	f.Add("NHS", "T", "ftp://host/a file](javascript:x)`<https://y>", "a\u0085b\u2028c\u2029 12%", "r", uint16(0), uint16(3))
	tax, err := themes.Parse("themes.yaml", mustRead(f, "themes.yaml"))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, publisher, title, url, text, reason string, a, b uint16) {
		src := evidence.Source{ID: "s", Title: title, Publisher: publisher, Author: reason, URL: url, Note: reason,
			Section: title, Date: evidence.Date{Year: 2024, Month: 7}, Type: evidence.Report, File: "sources/" + title + ".md"}
		it := evidence.Item{ID: "s#0123abcd", Kind: evidence.Statistic, Source: src, Text: text, Section: publisher,
			Themes: []string{"waiting-lists", reason}, Actors: []evidence.Actor{evidence.Actor(reason)}, Number: reason, Cites: publisher,
			Figures: []evidence.Figure{{Text: reason, Value: 42, Unit: evidence.UnitPercent, Offset: int(a) % (len(text) + 1)}}}
		primary := src
		primary.Publisher = reason
		cover := it
		cover.Primary = &primary
		items := []evidence.Item{it, cover}
		start, end := int(a)%(len(text)+1), int(b)%(len(text)+1)
		if start > end {
			start, end = end, start
		}
		hits := []index.Hit{{Item: it, Matches: []index.Span{{Start: start, End: end}}}, {Item: cover}}
		res := index.Result{Hits: hits, Facets: map[string][]index.FacetCount{"theme": {{Value: reason, Count: 1}}, "source": {{Value: publisher, Count: 2}}}}
		accessed := time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)
		pack := export.Pack{Title: title, Items: items, Themes: []export.Theme{{ID: "waiting-lists", Label: publisher}}, Accessed: accessed}
		lnk := []links.Link{{Type: links.SameFinding, Score: 0.5, Reason: reason, Item: cover}}

		text1 := func(w io.Writer) {
			writeHitsText(w, hits, isTerminal(w))
			writeFacetsText(w, res)
			for _, st := range evidence.CiteStyles {
				writeItemDetail(w, resolve.Resolved{ID: cover.ID, Item: cover, Links: lnk, HasLinks: true}, tax, st, accessed)
			}
			writeLinksText(w, lnk)
			for _, st := range evidence.CiteStyles {
				for _, f := range evidence.Formats {
					for _, l := range strings.Split(evidence.Cite(cover, st, f, accessed), "\n") {
						io.WriteString(w, cell(l)+"\n")
					}
				}
			}
			writeImported(w, library.Imported{Source: src, Format: reason, Guessed: []string{title}, Warnings: []string{publisher}, Items: items}, url)
			tw := newTable(w)
			tw.row(src.ID, src.Date.String(), publisher, title)
			tw.flush()
			writeChartText(w, viz.Sections(items, a%2 == 0))
			m := viz.NewMatrix("publisher", []string{"waiting-lists", reason}, []string{publisher, title},
				[]string{publisher, url}, []string{title, reason}, map[string]map[string]int{"waiting-lists": {publisher: 3}})
			writeMapText(w, m, "source")
		}
		bulk := func(w io.Writer) {
			export.Markdown(w, items, evidence.Harvard, accessed)
			export.CSV(w, items, evidence.Harvard, time.Time{})
			export.JSON(w, items)
			for _, st := range evidence.CiteStyles {
				export.JSONWithCitations(w, items, st, accessed)
				p := pack
				p.Style, p.Figures = st, true
				p.WriteMarkdown(w)
			}
			for _, f := range []string{"csv", "ris", "bibtex", "csljson"} {
				writePack(w, f, pack)
			}
			cw := csv.NewWriter(w)
			cw.Write([]string{publisher, title})
			cw.Flush()
		}
		// Everything, to a terminal.
		var term bytes.Buffer
		s := stdoutSink(&term, true)
		text1(s)
		bulk(s)
		s.flush()
		if r := rawUnsafe(term.String()); r != "" {
			t.Fatalf("%q reached the terminal raw:\n%q", r, term.String())
		}
		// The text renderers, to a file: already safe.
		var file bytes.Buffer
		text1(&file)
		if r := rawUnsafe(file.String()); r != "" {
			t.Fatalf("text output to a file holds %q raw:\n%q", r, file.String())
		}
		// The pack's Markdown: every line is one the pack makes, and the
		// only link targets are http(s).
		var md bytes.Buffer
		for _, st := range evidence.CiteStyles {
			p := pack
			p.Style, p.Figures = st, true
			p.WriteMarkdown(&md)
		}
		export.Markdown(&md, items, evidence.Harvard, accessed)
		date := evidence.DateOf(accessed).Long()
		for _, line := range strings.Split(md.String(), "\n") {
			if line != "" && line != ">" && line != date && !strings.HasPrefix(line, "# ") && !strings.HasPrefix(line, "## ") &&
				!strings.HasPrefix(line, "> ") && !strings.HasPrefix(line, "Prepared ") && !numbered.MatchString(line) &&
				!strings.HasPrefix(line, "- ") && !strings.HasPrefix(line, "| ") && line != "|---|---|---|---|" && !footnote.MatchString(line) &&
				!strings.HasPrefix(line, "*Note: the figure ") {
				t.Fatalf("a line the pack did not make: %q\n%s", line, md.String())
			}
		}
		// Each record of a reference manager's format is its own lines:
		// metadata cannot start a field (RIS "XX  - ", a BibTeX field).
		for _, f := range []string{"ris", "bibtex"} {
			var rec bytes.Buffer
			writePack(&rec, f, pack)
			for _, line := range strings.Split(strings.ReplaceAll(rec.String(), "\r\n", "\n"), "\n") {
				if f == "ris" && line != "" && !risLine.MatchString(line) {
					t.Fatalf("a RIS line the record did not make: %q\n%s", line, rec.String())
				}
				if rawUnsafe(line) != "" {
					t.Fatalf("%s: %q raw in %q", f, rawUnsafe(line), line)
				}
			}
		}
		// Every link renders as the source's URL, as LinkURL gives it:
		// character references decoded as cmark decodes them, in a
		// destination and in an autolink alike; a URL that may not be
		// linked is no link at all (code, which no renderer links).
		for _, ci := range evidence.CiteStyles {
			md.WriteString("\n" + evidence.Cite(cover, ci, evidence.FormatMarkdown, accessed) + "\n")
		}
		prose := withoutCode(md.String())
		want, linkable := evidence.LinkURL(url)
		targets := linkTarget.FindAllStringSubmatch(prose, -1)
		targets = append(targets, autolinkTarget.FindAllStringSubmatch(prose, -1)...)
		for _, m := range targets {
			if got := charRef.ReplaceAllStringFunc(m[1], html.UnescapeString); !linkable || got != want {
				t.Fatalf("a link to %q (rendered %q), want %q (%v):\n%s", m[1], got, want, linkable, md.String())
			}
		}
		if linkable && len(targets) == 0 {
			t.Fatalf("no link to %q:\n%s", want, md.String())
		}
		// A quote is its source's text: a body of one line with no
		// character to escape is copied and cited as written, runs of
		// spaces and no-break spaces kept.
		if !strings.ContainsFunc(text, func(r rune) bool { return r == '\t' || evidence.IsLineBreak(r) }) && !evidence.HasUnsafe(text) && !strings.Contains(text, evidence.RowSpanMark) {
			quote := `"` + strings.Trim(text, " ") + `"`
			for _, ci := range evidence.CiteStyles {
				if got := clipboard.Text(evidence.Cite(it, ci, evidence.FormatPlain, accessed)); !strings.Contains(got, quote) {
					t.Fatalf("%s: the copy %q does not quote %q", ci, got, quote)
				}
			}
		}
	})
}

var (
	numbered = regexp.MustCompile(`^[0-9]+\. `)
	footnote = regexp.MustCompile(`^\[\^[0-9]+\]: `)
	risLine  = regexp.MustCompile(`^[A-Z][A-Z0-9]  - `)
	// linkTarget finds the targets of Markdown links: "](" not escaped.
	linkTarget = regexp.MustCompile(`(?:^|[^\\])\]\(([^)\s]*)`)
	// autolinkTarget finds autolinks: "<scheme:…>", "<" not escaped.
	autolinkTarget = regexp.MustCompile(`(?:^|[^\\])<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^<>\s]*)>`)
	// charRef is a character reference as CommonMark decodes one.
	charRef = regexp.MustCompile(`&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)
)

// withoutCode is Markdown with its code spans taken out (a run of
// backticks to the next run of the same length), as a renderer reads no
// link inside one. A backslash before a run escapes its first backtick.
func withoutCode(md string) string {
	var b strings.Builder
	for i := 0; i < len(md); {
		if md[i] == '\\' && i+1 < len(md) {
			b.WriteString(md[i : i+2])
			i += 2
			continue
		}
		if md[i] != '`' {
			b.WriteByte(md[i])
			i++
			continue
		}
		j := i
		for j < len(md) && md[j] == '`' {
			j++
		}
		fence := md[i:j]
		end := -1
		for k := j; k < len(md); {
			at := strings.Index(md[k:], fence)
			if at < 0 {
				break
			}
			at += k
			e := at + len(fence)
			if (at == 0 || md[at-1] != '`') && (e == len(md) || md[e] != '`') {
				end = e
				break
			}
			for e < len(md) && md[e] == '`' {
				e++
			}
			k = e
		}
		if end < 0 {
			b.WriteString(fence)
			i = j
			continue
		}
		b.WriteString("CODE")
		i = end
	}
	return b.String()
}

func mustRead(f *testing.F, name string) []byte {
	b, err := bundled.FS.Open(name)
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	buf.ReadFrom(b)
	return buf.Bytes()
}
