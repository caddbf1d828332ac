package export_test

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
)

// linkPack is a pack of sources with linkable URLs (a space and
// parentheses, an "&", an IPv6 host) and URLs that must stay text
// (javascript:, data:, ftp:, a user before the host, a space in the
// host), with a story covering a report (two works in one citation).
func linkPack(st evidence.Style) (export.Pack, []string, []string) {
	linkable := []string{"https://ex.org/a report (2024).pdf?x=1&y=<2>", "http://[2001:db8::1]:8443/r?a=1&b=2", "https://ex.org/a&amp;b"}
	plain := []string{"javascript:alert(document.cookie)", "data:text/html,<b>x</b>", "ftp://ex.org/a file.pdf", "https://www.nhs.uk:pw@evil.example/x", "https://ex ample.org/x"}
	var items []evidence.Item
	for i, u := range append(append([]string{}, linkable...), plain...) {
		s := evidence.Source{ID: "s" + string(rune('a'+i)), Title: "Report " + string(rune('A'+i)), Publisher: "Body " + string(rune('A'+i)),
			Date: evidence.Date{Year: 2010 + i}, Type: evidence.Report, URL: u}
		items = append(items, evidence.Item{ID: s.ID + "#1", Kind: evidence.Excerpt, Source: s, Text: "A finding " + string(rune('A'+i)) + ".", Themes: []string{"t"}})
	}
	story := evidence.Source{ID: "story", Title: "Story", Publisher: "News Corp", Date: evidence.Date{Year: 2025}, Type: evidence.News, URL: "https://news.example/story one"}
	primary := items[0].Source
	items = append(items, evidence.Item{ID: "story#1", Kind: evidence.Excerpt, Source: story, Primary: &primary, Text: "A story.", Themes: []string{"t"}})
	linkable = append(linkable, story.URL)
	return export.Pack{Title: "Brief", Items: items, Themes: []export.Theme{{ID: "t", Label: "Theme"}}, Accessed: accessed, Style: st}, linkable, plain
}

// hyperlinks are a part's w:hyperlink elements: relationship id to the
// text each shows.
func hyperlinks(t *testing.T, part string) (links []struct{ id, text string }, text string) {
	t.Helper()
	var all strings.Builder
	in := -1
	for d := xml.NewDecoder(strings.NewReader(part)); ; {
		tok, err := d.Token()
		if err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("not XML: %v", err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			if e.Name.Local == "hyperlink" {
				links = append(links, struct{ id, text string }{})
				in = len(links) - 1
				for _, a := range e.Attr {
					if a.Name.Local == "id" && a.Name.Space == "http://schemas.openxmlformats.org/officeDocument/2006/relationships" {
						links[in].id = a.Value
					}
				}
			}
		case xml.EndElement:
			if e.Name.Local == "hyperlink" {
				in = -1
			}
		case xml.CharData:
			all.Write(e)
			if in >= 0 {
				links[in].text += string(e)
			}
		}
	}
	return links, all.String()
}

type relationship struct {
	ID         string `xml:"Id,attr"`
	Type       string `xml:"Type,attr"`
	Target     string `xml:"Target,attr"`
	TargetMode string `xml:"TargetMode,attr"`
}

func relationships(t *testing.T, part string) map[string]relationship {
	t.Helper()
	var doc struct {
		Rels []relationship `xml:"Relationship"`
	}
	if err := xml.Unmarshal([]byte(part), &doc); err != nil {
		t.Fatalf("relationships: %v", err)
	}
	m := map[string]relationship{}
	for _, r := range doc.Rels {
		if _, dup := m[r.ID]; dup {
			t.Errorf("relationship id %s given twice", r.ID)
		}
		m[r.ID] = r
	}
	return m
}

// TestWordLinksWhereMarkdownLinks: every http(s) source URL is a real Word
// hyperlink — an external relationship of the part it is in, its target
// the URL as LinkURL percent-encodes it, XML-escaped once — in the
// citations, the notes and the reference list, as many as the Markdown
// of the same pack makes; javascript:, data:, ftp:, a user before the
// host and a space in it are text, in no relationship. Before, Word
// output linked nothing.
func TestWordLinksWhereMarkdownLinks(t *testing.T) {
	for _, st := range evidence.CiteStyles {
		pack, linkable, plain := linkPack(st)
		want := map[string]bool{}
		for _, u := range linkable {
			target, ok := evidence.LinkURL(u)
			if !ok {
				t.Fatalf("%q: LinkURL refuses it", u)
			}
			want[target] = false
		}
		var b bytes.Buffer
		if err := pack.WriteDOCX(&b); err != nil {
			t.Fatal(err)
		}
		parts := docxParts(t, b.Bytes())
		count := 0
		var text strings.Builder
		for _, name := range []string{"document", "footnotes"} {
			links, all := hyperlinks(t, parts["word/"+name+".xml"])
			text.WriteString(all)
			rels := relationships(t, parts["word/_rels/"+name+".xml.rels"])
			for _, l := range links {
				r, ok := rels[l.id]
				if !ok {
					t.Errorf("%s: %s: hyperlink %q has no relationship %q", st, name, l.text, l.id)
					continue
				}
				if r.TargetMode != "External" || !strings.HasSuffix(r.Type, "/relationships/hyperlink") {
					t.Errorf("%s: %s: %q: relationship %+v is not an external hyperlink", st, name, l.text, r)
				}
				if _, ok := want[r.Target]; !ok {
					t.Errorf("%s: %s: %q links to %q, no URL LinkURL gives", st, name, l.text, r.Target)
				}
				want[r.Target] = true
				if strings.TrimSpace(l.text) == "" {
					t.Errorf("%s: %s: a hyperlink to %q shows no text", st, name, r.Target)
				}
				count++
			}
			for _, r := range rels {
				if strings.HasSuffix(r.Type, "/hyperlink") {
					for _, u := range plain {
						if strings.Contains(r.Target, strings.SplitN(u, ":", 2)[0]+":") && !strings.HasPrefix(r.Target, "http") {
							t.Errorf("%s: %s: %q is linked", st, name, u)
						}
					}
				}
			}
		}
		for target, seen := range want {
			if !seen {
				t.Errorf("%s: %q is linked nowhere", st, target)
			}
		}
		for _, u := range plain {
			if !strings.Contains(text.String(), u) {
				t.Errorf("%s: %q is not in the document as text", st, u)
			}
		}
		var md bytes.Buffer
		if err := pack.WriteMarkdown(&md); err != nil {
			t.Fatal(err)
		}
		mdLinks := 0
		for _, open := range []string{"](http://", "](https://", "<http://", "<https://"} {
			mdLinks += strings.Count(md.String(), open)
		}
		if count != mdLinks {
			t.Errorf("%s: %d hyperlinks in Word, %d links in the Markdown:\n%s", st, count, mdLinks, md.String())
		}
	}
}

// TestWordWithLinksOpensInLibreOffice: the exported document with its
// hyperlinks opens (LibreOffice converts it to text) and shows each
// citation's text.
func TestWordWithLinksOpensInLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice (LibreOffice) is not installed: the check that the Word file opens is skipped")
	}
	if testing.Short() {
		t.Skip("-short: LibreOffice takes seconds")
	}
	pack, _, _ := linkPack(evidence.Harvard)
	dir := t.TempDir()
	var b bytes.Buffer
	if err := pack.WriteDOCX(&b); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "pack.docx"), b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--convert-to", "txt:Text (encoded):UTF8", "--outdir", dir, filepath.Join(dir, "pack.docx"))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	txt, err := os.ReadFile(filepath.Join(dir, "pack.txt"))
	if err != nil {
		t.Fatalf("soffice made no text: %v", err)
	}
	c := evidence.NewCiter(evidence.Harvard, accessed, nil)
	for _, it := range pack.Items {
		if cit := c.Cite(it).InText; !strings.Contains(string(txt), cit) {
			t.Errorf("%q is not in the document LibreOffice read:\n%s", cit, txt)
		}
	}
}
