package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestFrontMatterValueNotReadIsSaid: an imported Markdown file whose
// front matter gives a value cypx cannot read (a !!binary title, a date
// with month 13) has it completed by a flag or a guess only with a warning
// naming its line; when nothing completes it, the refusal names that line
// too, not only "could not tell".
func TestFrontMatterValueNotReadIsSaid(t *testing.T) {
	body := "\nChildren and young people waited longer than 18 weeks for community paediatrics in 2024, and 4,120 children were waiting.\n"
	md := "---\ntitle: !!binary SGVsbG8gd29ybGQ=\npublisher: NHS Providers\ndate: 2024-13-01\n---\n" + body
	_, err := library.Import(write(t, "bin.md", []byte(md)), library.Meta{Type: "report"})
	if err == nil || !strings.Contains(err.Error(), "could not tell the date") || !strings.Contains(err.Error(), "line 4: date: bad date") {
		t.Errorf("refusal: %v, want it to name line 4's date", err)
	}
	im, err := library.Import(write(t, "bin2.md", []byte(md)), library.Meta{Type: "report", Date: "2024-03"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(im.Source.Title, "SGVsbG8") {
		t.Errorf("the base64 became the title: %q", im.Source.Title)
	}
	warned := strings.Join(im.Warnings, "\n")
	for _, want := range []string{"line 2: title: a YAML !!binary value", "line 4: date: bad date \"2024-13-01\""} {
		if !strings.Contains(warned, want) {
			t.Errorf("warnings %q, want %q", warned, want)
		}
	}
}
