package library

import (
	"strings"
	"testing"
)

func TestPreprintServerOverItsCompany(t *testing.T) {
	page := `<html><head><title>School nurses and asthma plans: a survey of 40 schools | psyArXiv</title>
<meta name="citation_title" content="School nurses and asthma plans: a survey of 40 schools">
<meta name="citation_publisher" content="Open Science Press Ltd">
<meta name="DC.Publisher" content="Open Science Press Ltd">
<meta name="citation_publication_date" content="2026/02/03">
</head><body><article><h1>School nurses and asthma plans: a survey of 40 schools</h1>
<p>We surveyed school nurses in 40 secondary schools about the asthma plans their pupils carry, and found that fewer than half of the plans had been reviewed in the past year.</p>
<p>Schools with a named nurse were more likely to hold an up-to-date plan for every pupil with asthma than schools without one.</p></article></body></html>`
	im, err := importHTML([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Publisher != "psyArXiv" {
		t.Errorf("publisher %q, want the server the <title> names (guessed %s)", im.Source.Publisher, strings.Join(im.Guessed, "; "))
	}
	if got := serverOverCompany("Royal College of Nursing", "", "psyArXiv"); got != "" {
		t.Errorf("a body that is no publishing company gave way to %q", got)
	}
}
