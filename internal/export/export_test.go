package export_test

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
	"github.com/cypx/cypx/internal/pipeline"
)

var accessed = time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)

// threeFindings are a statistic, a recommendation and an excerpt from
// three sources of the bundled corpus, and the pack's themes.
func threeFindings(t *testing.T) ([]evidence.Item, []export.Theme) {
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	pick := func(source, key string) evidence.Item {
		for _, it := range c.Items {
			if it.Source.ID == source && strings.Contains(it.Text, key) {
				return it
			}
		}
		t.Fatalf("no %q in %s", key, source)
		return evidence.Item{}
	}
	var themes []export.Theme
	for _, th := range c.Taxonomy.Themes {
		themes = append(themes, export.Theme{ID: th.ID, Label: th.Label})
	}
	return []evidence.Item{
		pick("ncb-2024-local-nhs-plans", "61% of strategies"),
		pick("nhsp-2024-forgotten-generation-recommendations", "review of transitions"),
		pick("cqc-2018-are-we-listening", "complex and disjointed system"),
	}, themes
}

func TestMarkdownPack(t *testing.T) {
	items, themes := threeFindings(t)
	var b bytes.Buffer
	if err := (export.Pack{Items: items, Themes: themes, Accessed: accessed}).WriteMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	// The findings keep the order given (the basket's), under one heading.
	if i, j, k := strings.Index(md, "61% of strategies"), strings.Index(md, "review of transitions"), strings.Index(md, "complex and disjointed"); !(i < j && j < k) || strings.Count(md, "\n## ") != 2 {
		t.Errorf("the pack should keep the basket's order under one heading:\n%s", md)
	}
	b.Reset()
	if err := (export.Pack{Items: items, Themes: themes, Accessed: accessed, Group: export.GroupTheme}).WriteMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	grouped := b.String()
	// Grouped by theme, the themes come in the order of their first finding.
	if i, j := strings.Index(grouped, "## Workforce"), strings.Index(grouped, "## Transitions to adult services"); i < 0 || j < 0 || i > j {
		t.Errorf("grouped by theme, Workforce (the first finding's) should come before Transitions:\n%s", grouped)
	}
	for _, want := range []string{
		"# Evidence on children and young people's health services",
		"22 November 2026\n\nPrepared with cypx from 3 sources (3 findings).",
		"## Findings",
		"> **61%** of strategies do not consider the capacity of the children’s workforce.",
		"> — ([National Children's Bureau, 2024](https://www.ncb.org.uk/",
		"## References",
		"- Care Quality Commission (2018) *Are we listening? Review of children and young people's mental health services*. Available at: <https://www.cqc.org.uk/",
		"- National Children's Bureau (2024) *Local NHS plans show more focus needed to put children at the heart of new health system*. Press release. 5 February. Available at:",
		"- NHS Providers (2024) *Forgotten generation",
		"(Accessed: 22 November 2026).",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	if strings.Count(md[strings.Index(md, "## References"):], "\n- ") != 3 {
		t.Errorf("want exactly three references:\n%s", md)
	}
}

func TestReferencesPreferPrimaryAndAreDeduplicated(t *testing.T) {
	items, themes := threeFindings(t)
	primary := items[1].Source
	coverage := items[0]
	coverage.Primary = &primary
	p := export.Pack{Items: []evidence.Item{coverage, items[1], items[1]}, Themes: themes, Accessed: accessed}
	refs := p.References()
	if len(refs) != 2 || !strings.HasPrefix(refs[0], "National Children's Bureau") || !strings.HasPrefix(refs[1], "NHS Providers") {
		t.Errorf("references: %q", refs)
	}
}

func TestDOCXPackIsAWellFormedWordDocument(t *testing.T) {
	items, themes := threeFindings(t)
	var b bytes.Buffer
	if err := (export.Pack{Items: items, Themes: themes, Accessed: accessed}).WriteDOCX(&b); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	parts := map[string]string{}
	for _, f := range zr.File {
		rc, _ := f.Open()
		data, _ := io.ReadAll(rc)
		rc.Close()
		parts[f.Name] = string(data)
		dec := xml.NewDecoder(bytes.NewReader(data))
		for {
			if _, err := dec.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("%s is not well-formed XML: %v", f.Name, err)
			}
		}
	}
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels"} {
		if _, ok := parts[name]; !ok {
			t.Errorf("missing part %s", name)
		}
	}
	doc := parts["word/document.xml"]
	for _, want := range []string{`<w:pStyle w:val="Title"/>`, `<w:pStyle w:val="Heading1"/>`, `<w:pStyle w:val="Quote"/>`,
		`<w:rPr><w:b/></w:rPr><w:t xml:space="preserve">61%</w:t>`, "National Children&#39;s Bureau, 2024</w:t></w:r></w:hyperlink>", ">, statistic</w:t>", ">Care Quality Commission (2018) </w:t>"} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %q", want)
		}
	}
	// Where LibreOffice is installed, it must open the file.
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Log("LibreOffice not installed: checked the package structure only")
		return
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "pack.docx")
	os.WriteFile(in, b.Bytes(), 0o644)
	out, err := exec.Command(soffice, "--headless", "--convert-to", "txt:Text", "--outdir", dir, in).CombinedOutput()
	if err != nil {
		t.Fatalf("LibreOffice could not convert the pack: %v\n%s", err, out)
	}
	txt, _ := os.ReadFile(filepath.Join(dir, "pack.txt"))
	if !strings.Contains(string(txt), "61% of strategies do not consider") {
		t.Errorf("LibreOffice's text lacks the quote:\n%s", txt)
	}
}

func TestJSONCarriesEveryCitationForm(t *testing.T) {
	items, _ := threeFindings(t)
	var b bytes.Buffer
	if err := export.JSONWithCitations(&b, items, evidence.Harvard, accessed); err != nil {
		t.Fatal(err)
	}
	var out []map[string]any
	if err := json.Unmarshal(b.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	c := out[0]["citations"].(map[string]any)
	if c["figure"] != "61% (National Children's Bureau, 2024)" || !strings.HasPrefix(c["harvard"].(string), "National Children's Bureau (2024)") || out[0]["text"] == nil {
		t.Errorf("citations %v", c)
	}
}
