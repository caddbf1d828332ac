package export_test

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
)

// TestWordWritesSourceURLsAsTextEscapedOnce: every source URL — with
// spaces, "&", angle brackets, an IPv6 host, a user and password, an
// "&amp;" already in it — is in the reference list (and the notes) as the
// text every citation gives (evidence.CitedURL), XML-escaped once: read
// back, it is that URL. Which
// of them are also hyperlinks (http(s) only, no user before the host) is
// TestWordLinksWhereMarkdownLinks's.
func TestWordWritesSourceURLsAsTextEscapedOnce(t *testing.T) {
	urls := []string{
		"https://ex.org/a report (2024).pdf?x=1&y=<2>",
		"javascript:alert(document.cookie)",
		"http://[2001:db8::1]:8443/r?a=1&b=2",
		"https://www.nhs.uk:pw@evil.example/x",
		"https://ex.org/a&amp;b",
		"ftp://ex.org/\"quoted\"",
	}
	var items []evidence.Item
	for i, u := range urls {
		s := evidence.Source{ID: "s" + string(rune('a'+i)), Title: "Report " + string(rune('A'+i)), Publisher: "Body " + string(rune('A'+i)),
			Date: evidence.Date{Year: 2020 + i}, Type: evidence.Report, URL: u}
		items = append(items, evidence.Item{ID: s.ID + "#1", Kind: evidence.Excerpt, Source: s, Text: "A finding.", Themes: []string{"t"}})
	}
	for _, st := range evidence.CiteStyles {
		pack := export.Pack{Title: "Brief", Items: items, Themes: []export.Theme{{ID: "t", Label: "Theme"}}, Accessed: accessed, Style: st}
		var b bytes.Buffer
		if err := pack.WriteDOCX(&b); err != nil {
			t.Fatal(err)
		}
		parts := docxParts(t, b.Bytes())
		var text strings.Builder
		for name, part := range parts {
			if name != "word/document.xml" && name != "word/footnotes.xml" {
				continue
			}
			for d := xml.NewDecoder(strings.NewReader(part)); ; {
				tok, err := d.Token()
				if err == io.EOF {
					break
				} else if err != nil {
					t.Fatalf("%s: %s: not XML: %v", st, name, err)
				}
				if cd, ok := tok.(xml.CharData); ok {
					text.Write(cd)
				}
			}
		}
		for _, u := range urls {
			// As every citation writes it (evidence.CitedURL): encoded
			// where it is linked, as given where it may not be.
			if u := evidence.CitedURL(u); !strings.Contains(text.String(), u) {
				t.Errorf("%s: %q is not in the document as the text it is", st, u)
			}
		}
	}
}
