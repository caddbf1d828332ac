package library_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A committee's report page whose <title> ends in the committee's name and
// then the House's ("... - Children and Families Committee - House of
// Lords") is titled without either: both are the publisher's name, which
// the citation gives. Before, the committee's name stayed in the title.
func TestCommitteePageTitleLosesThePublishersParts(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Growing up online: children's mental health and social media - Children and Families Committee - House of Lords</title>
<meta name="DC.publisher" content="House of Lords">
<meta name="DC.date.issued" content="2025-03-04">
</head><body><div id="content">
<p class="ReportTitle">Growing up online: children's mental health and social media</p>
<h2>1 Introduction</h2>
<p>1. We heard from 214 young people aged 13 to 17 about the apps they use and how they feel.</p>
<p>2. The Government should publish its review of age checks by the end of 2025.</p>
</div></body></html>`
	path := filepath.Join(t.TempDir(), "report.html")
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	im, err := library.Import(path, library.Meta{AssumeType: true})
	if err != nil {
		t.Fatalf("refused: %v", err)
	}
	if got, want := im.Source.Title, "Growing up online: children's mental health and social media"; got != want {
		t.Errorf("title: got %q, want %q", got, want)
	}
	if got, want := im.Source.Publisher, "House of Lords Children and Families Committee"; got != want {
		t.Errorf("publisher: got %q, want %q", got, want)
	}
}
