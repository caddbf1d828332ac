package export_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"regexp"
	"strings"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
	"github.com/cypx/cypx/internal/pipeline"
)

// A pack's in-text citations must each lead to exactly one entry of its
// reference list, by Cite Them Right Harvard: the author's surname (or the
// organisation) and the year, with a letter for two works of one author in
// one year. These tests parse the packs as a reader would.

// key is a work as an in-text citation names it: "Gault" and "2024a".
type key struct{ name, year string }

var (
	mdLink   = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	page     = regexp.MustCompile(`, p\. \d+$`)
	refHead  = regexp.MustCompile(`^(.*?) \((\d{4}[a-z]*)\) `)
	initials = regexp.MustCompile(`^(\p{Lu}\.)+$`)
)

// citationKeys are the works an in-text citation cites: both sides of
// "A; reported by B", and of "X, cited in Y" only Y, the work read (Cite
// Them Right's secondary referencing lists only what was read).
func citationKeys(t *testing.T, cite string) []key {
	t.Helper()
	c := mdLink.ReplaceAllString(cite, "$1")
	if !strings.HasPrefix(c, "(") || !strings.HasSuffix(c, ")") {
		t.Fatalf("not a bracketed citation: %q", cite)
	}
	var out []key
	for _, part := range strings.Split(c[1:len(c)-1], "; reported by ") {
		if i := strings.LastIndex(part, ", cited in "); i >= 0 {
			part = part[i+len(", cited in "):]
		}
		part = page.ReplaceAllString(part, "")
		i := strings.LastIndex(part, ", ")
		if i < 0 {
			t.Fatalf("no year in %q", cite)
		}
		out = append(out, key{part[:i], part[i+2:]})
	}
	return out
}

// referenceKey is how a reference is cited in the text: "Gault, B. (2024a)"
// gives Gault and 2024a; an organisation is cited by its whole name.
func referenceKey(t *testing.T, ref string) key {
	t.Helper()
	m := refHead.FindStringSubmatch(ref)
	if m == nil {
		t.Fatalf("reference without author and year: %q", ref)
	}
	return key{inTextName(m[1]), m[2]}
}

// inTextName turns a reference's authors into the name the text uses:
// "Gault, B." → "Gault"; "Gault, B. and Lee, S." → "Gault and Lee";
// "Gault, B. et al." → "Gault et al."; anything else is an organisation.
func inTextName(authors string) string {
	etAl := strings.HasSuffix(authors, " et al.")
	tokens := strings.Split(strings.ReplaceAll(strings.TrimSuffix(authors, " et al."), " and ", ", "), ", ")
	if len(tokens)%2 != 0 {
		return authors
	}
	var surnames []string
	for i := 0; i < len(tokens); i += 2 {
		if !initials.MatchString(tokens[i+1]) {
			return authors
		}
		surnames = append(surnames, tokens[i])
	}
	switch {
	case etAl:
		return surnames[0] + " et al."
	case len(surnames) == 1:
		return surnames[0]
	}
	return strings.Join(surnames[:len(surnames)-1], ", ") + " and " + surnames[len(surnames)-1]
}

// checkResolves parses a pack's citations and references (from Markdown
// or from a Word document's text) and checks each citation leads to one
// reference and each reference is cited.
func checkResolves(t *testing.T, what string, cites, refs []string) {
	t.Helper()
	if len(cites) == 0 || len(refs) == 0 {
		t.Fatalf("%s: %d citations, %d references", what, len(cites), len(refs))
	}
	entries := map[key]int{}
	for _, r := range refs {
		entries[referenceKey(t, r)]++
	}
	cited := map[key]bool{}
	for _, c := range cites {
		for _, k := range citationKeys(t, c) {
			if entries[k] != 1 {
				t.Errorf("%s: %q names %s %s, which %d references match:\n%s", what, c, k.name, k.year, entries[k], strings.Join(refs, "\n"))
			}
			cited[k] = true
		}
	}
	for k := range entries {
		if !cited[k] {
			t.Errorf("%s: the reference of %s %s is cited nowhere", what, k.name, k.year)
		}
	}
}

var mdUnescape = strings.NewReplacer(`\\`, `\`, `\*`, "*", `\_`, "_", "\\`", "`", `\[`, "[", `\]`, "]", `\<`, "<", `\>`, ">", `\#`, "#")

// parseMarkdown reads a Markdown pack's citation lines and references.
func parseMarkdown(md string) (cites, refs []string) {
	inRefs := false
	for _, l := range strings.Split(md, "\n") {
		switch {
		case l == "## References":
			inRefs = true
		case strings.HasPrefix(l, "> — "):
			c := strings.TrimPrefix(l, "> — ")
			cites = append(cites, c[:strings.LastIndex(c, ", ")])
		case inRefs && strings.HasPrefix(l, "- "):
			refs = append(refs, mdUnescape.Replace(strings.TrimPrefix(l, "- ")))
		}
	}
	return cites, refs
}

// parseDOCX reads a Word pack's Citation and Reference paragraphs.
func parseDOCX(t *testing.T, data []byte) (cites, refs []string) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var doc []byte
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			rc, _ := f.Open()
			doc, _ = io.ReadAll(rc)
			rc.Close()
		}
	}
	// A paragraph's text is its runs' in order, those of its hyperlinks
	// among them.
	var text strings.Builder
	style, inText := "", false
	for d := xml.NewDecoder(bytes.NewReader(doc)); ; {
		tok, err := d.Token()
		if err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "p":
				text.Reset()
				style = ""
			case "pStyle":
				for _, a := range e.Attr {
					if a.Name.Local == "val" {
						style = a.Value
					}
				}
			case "t":
				inText = true
			}
		case xml.EndElement:
			switch e.Name.Local {
			case "t":
				inText = false
			case "p":
				switch style {
				case "Citation":
					cites = append(cites, text.String()[:strings.LastIndex(text.String(), ", ")])
				case "Reference":
					refs = append(refs, text.String())
				}
			}
		case xml.CharData:
			if inText {
				text.Write(e)
			}
		}
	}
	return cites, refs
}

// checkPack writes a pack in Markdown and Word and checks both.
func checkPack(t *testing.T, what string, p export.Pack) {
	t.Helper()
	var md, docx bytes.Buffer
	if err := p.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	cites, refs := parseMarkdown(md.String())
	if len(cites) != len(p.Items) {
		t.Errorf("%s: %d citations for %d findings", what, len(cites), len(p.Items))
	}
	checkResolves(t, what+" (md)", cites, refs)
	if err := p.WriteDOCX(&docx); err != nil {
		t.Fatal(err)
	}
	cites, refs = parseDOCX(t, docx.Bytes())
	checkResolves(t, what+" (docx)", cites, refs)
}

func TestBundledPacksCitationsResolve(t *testing.T) {
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	// The coverage items as the resolver gives them: primary first.
	var primary evidence.Source
	for _, s := range c.Sources {
		if s.ID == "nhsp-2024-forgotten-generation-policy-systems" {
			primary = s
		}
	}
	items := append([]evidence.Item(nil), c.Items...)
	for i := range items {
		if items[i].Source.About != "" && i%2 == 0 {
			items[i].Primary = &primary
		}
	}
	for _, group := range []string{export.GroupNone, export.GroupTheme} {
		checkPack(t, "every bundled item, group "+group, export.Pack{Items: items, Group: group, Accessed: accessed})
	}
	for i, it := range items {
		checkPack(t, fmt.Sprintf("item %d (%s)", i, it.ID), export.Pack{Items: []evidence.Item{it}, Accessed: accessed})
	}
	for n := 2; n < len(items); n += 7 {
		checkPack(t, fmt.Sprintf("every %dth item", n), export.Pack{Items: everyNth(items, n), Accessed: accessed})
	}
}

func everyNth(items []evidence.Item, n int) []evidence.Item {
	var out []evidence.Item
	for i := 0; i < len(items); i += n {
		out = append(out, items[i])
	}
	return out
}

func TestTwoWorksOfOneAuthorInOneYearTakeLetters(t *testing.T) {
	src := func(id, author, publisher, title string, year int) evidence.Source {
		typ := evidence.News
		if author == "" {
			typ = evidence.Report
		}
		return evidence.Source{ID: id, Title: title, Publisher: publisher, Author: author, Date: evidence.Date{Year: year, Month: 3}, Type: typ, URL: "https://example.org/" + id}
	}
	item := func(s evidence.Source, text string) evidence.Item {
		return evidence.Item{ID: s.ID + "#1", Kind: evidence.Excerpt, Source: s, Text: text}
	}
	gaultB := src("g-b", "Beth Gault", "Healthcare Leader", "Waits grow", 2024)
	gaultA := src("g-a", "Beth Gault", "Healthcare Leader", "Autism assessments", 2024)
	gault23 := src("g-23", "Beth Gault", "Healthcare Leader", "Earlier waits", 2023)
	pair := src("pair", "Sam Lee and Ama Khan", "Nursing Times", "Two authors", 2024)
	four := src("four", "A Ba, C Da, E Fa, G Ha", "BMJ", "Four authors", 2024)
	dhsc1 := src("dhsc-1", "", "Department of Health and Social Care", "Plan one", 2024)
	dhsc2 := src("dhsc-2", "", "Department of Health and Social Care", "Plan two", 2024)
	report := src("report", "", "NHS Providers", "Forgotten generation", 2024)
	report2 := report
	report2.ID, report2.Section = "report-2", "Recommendations" // a part of the same report
	coverage := item(gaultB, "Waits grew.")
	coverage.Primary = &report
	secondary := item(report2, "Cut by 24% (Health Foundation, 2024).")
	secondary.Cites = "Health Foundation, 2024"
	paged := item(dhsc1, "On page twelve.")
	paged.Page = 12
	items := []evidence.Item{coverage, item(gaultA, "Assessments."), item(gault23, "Earlier."), item(pair, "Pair."),
		item(four, "Four."), paged, item(dhsc2, "Two."), secondary, item(report, "The report.")}
	p := export.Pack{Items: items, Accessed: accessed}
	checkPack(t, "synthetic", p)

	var md bytes.Buffer
	p.WriteMarkdown(&md)
	for _, want := range []string{
		"([NHS Providers, 2024](https://example.org/report); reported by [Gault, 2024b](https://example.org/g-b))",
		"([Gault, 2024a](https://example.org/g-a))", "([Gault, 2023](https://example.org/g-23))",
		"([Lee and Khan, 2024](", "([Ba et al., 2024](", "([Department of Health and Social Care, 2024a, p. 12](",
		// The link is the work's alone: the body the sentence names leads
		// it, as in every other citation of an attributed figure.
		"(Health Foundation, 2024, cited in [NHS Providers, 2024](https://example.org/report))",
		"Gault, B. (2023) 'Earlier waits', *Healthcare Leader*, March.", "Gault, B. (2024a) 'Autism assessments', *Healthcare Leader*, March.",
		"Gault, B. (2024b) 'Waits grow', *Healthcare Leader*, March.", "Lee, S. and Khan, A. (2024) 'Two authors', *Nursing Times*, March.",
		"Ba, A. et al. (2024) 'Four authors', *BMJ*, March.", "Department of Health and Social Care (2024a) *Plan one*.",
	} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("pack lacks %q:\n%s", want, md.String())
		}
	}
	// The reference list: by author, then year, then letter.
	_, refs := parseMarkdown(md.String())
	var order []string
	for _, r := range refs {
		k := referenceKey(t, r)
		order = append(order, k.name+" "+k.year)
	}
	want := "Ba et al. 2024|Department of Health and Social Care 2024a|Department of Health and Social Care 2024b|Gault 2023|Gault 2024a|Gault 2024b|Lee and Khan 2024|NHS Providers 2024"
	if got := strings.Join(order, "|"); got != want {
		t.Errorf("reference order:\n got %s\nwant %s", got, want)
	}
}

// TestVancouverPacksNumberWorksInOrderOfFirstCitation: in a Vancouver pack
// every number cited leads to the reference of that number, numbers first
// appear in increasing order, and the list is numbered 1 to N in order.
func TestVancouverPacksNumberWorksInOrderOfFirstCitation(t *testing.T) {
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	var primary evidence.Source
	for _, s := range c.Sources {
		if s.ID == "nhsp-2024-forgotten-generation-policy-systems" {
			primary = s
		}
	}
	items := append([]evidence.Item(nil), c.Items...)
	for i := range items {
		if items[i].Source.About != "" && i%2 == 0 {
			items[i].Primary = &primary
		}
	}
	// Backwards, so the first cited is not the first in the corpus.
	for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
		items[i], items[j] = items[j], items[i]
	}
	for _, group := range []string{export.GroupNone, export.GroupTheme} {
		var md bytes.Buffer
		if err := (export.Pack{Items: items, Group: group, Accessed: accessed, Style: evidence.Vancouver}).WriteMarkdown(&md); err != nil {
			t.Fatal(err)
		}
		num := regexp.MustCompile(`\d+`)
		seen, next := map[string]bool{}, 1
		refs := map[string]bool{}
		inRefs := false
		n := 0
		for _, l := range strings.Split(md.String(), "\n") {
			switch {
			case l == "## References":
				inRefs = true
			case strings.HasPrefix(l, "> — ("):
				cite := mdLink.ReplaceAllString(strings.TrimPrefix(l, "> — "), "$1")
				cite = regexp.MustCompile(`, p\. \d+`).ReplaceAllString(cite, "")
				// "(Health Foundation, 2024, cited in 1)" cites 1 alone.
				cite = regexp.MustCompile(`^\(.*cited in `).ReplaceAllString(cite, "(")
				for _, m := range num.FindAllString(cite[:strings.LastIndex(cite, ")")], -1) {
					if !seen[m] {
						if m != fmt.Sprint(next) {
							t.Errorf("group %q: %s first cited where %d was due: %s", group, m, next, l)
						}
						seen[m] = true
						next++
					}
				}
			case inRefs && l != "":
				n++
				if !strings.HasPrefix(l, fmt.Sprint(n)+". ") {
					t.Errorf("group %q: reference %d reads %q", group, n, l)
				}
				refs[fmt.Sprint(n)] = true
			}
		}
		if len(seen) == 0 || len(seen) != len(refs) {
			t.Errorf("group %q: %d numbers cited, %d references", group, len(seen), len(refs))
		}
		for k := range seen {
			if !refs[k] {
				t.Errorf("group %q: (%s) has no reference", group, k)
			}
		}
	}
}
