package library_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// guessText imports text written to a file of its own, with nothing
// given but what the file says.
func guessText(t *testing.T, text string) library.Imported {
	t.Helper()
	path := filepath.Join(t.TempDir(), "release.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	im, err := library.Import(path, library.Meta{AssumeType: true})
	if err != nil {
		t.Fatalf("refused: %v", err)
	}
	return im
}

// A charity's press release saved as text opens with its label, the
// charity's name and an embargo line, over the headline: the name is who
// published it and the embargo's day its date. Before, the label was read
// as the title and the file was refused for want of a publisher and date.
func TestPressReleaseMastheadNamesPublisherAndDate(t *testing.T) {
	for name, c := range map[string]struct{ text, publisher, date string }{
		"label, name, embargo": {
			"NEWS RELEASE\n\nHartwell Children's Hospice Foundation\nEmbargoed until 00:01, Tuesday 14 January 2025\n\n" +
				"Hospices turn families away as nursing posts stay empty\n\n" +
				"Hartwell asks ministers for a ring-fenced nursing grant\n\n" +
				"Children's hospices in the region turned away 140 families last year.\n",
			"Hartwell Children's Hospice Foundation", "2025-01-14"},
		"name over label and date": {
			"BRIGHTWAYS YOUNG CARERS ALLIANCE\nMedia release\nWednesday 5 March 2025\n\n" +
				"One young carer in five misses school every week\n\n" +
				"A survey of 620 young carers found that 21% missed a day of school each week.\n",
			"Brightways Young Carers Alliance", "2025-03-05"},
	} {
		t.Run(name, func(t *testing.T) {
			im := guessText(t, c.text)
			if im.Source.Publisher != c.publisher {
				t.Errorf("publisher: got %q, want %q", im.Source.Publisher, c.publisher)
			}
			if got := im.Source.Date.String(); got != c.date {
				t.Errorf("date: got %q, want %q", got, c.date)
			}
			if strings.Contains(strings.ToLower(im.Source.Title), "release") {
				t.Errorf("title is the release label: %q", im.Source.Title)
			}
			if name == "label, name, embargo" && !strings.Contains(im.Body, "\n## Hartwell asks ministers for a ring-fenced nursing grant\n") {
				t.Errorf("standfirst not a heading:\n%s", im.Body)
			}
			if strings.Contains(strings.ToLower(im.Body), "release\n") || strings.Contains(strings.ToLower(im.Body), "embargoed") {
				t.Errorf("masthead kept in the body:\n%s", im.Body)
			}
		})
	}
}

// A headline naming a body in a release is the title, not the publisher.
func TestPressReleaseHeadlineNamingABodyIsTheTitle(t *testing.T) {
	im := guessText(t, "PRESS RELEASE\n\nKestrel Valley Youth Trust\n12 June 2024\n\n"+
		"Charity warns of school nurse shortage\n\n"+
		"Only 31 school nurses now serve 180 schools across the county.\n")
	if got, want := im.Source.Title, "Charity warns of school nurse shortage"; got != want {
		t.Errorf("title: got %q, want %q", got, want)
	}
	if got, want := im.Source.Publisher, "Kestrel Valley Youth Trust"; got != want {
		t.Errorf("publisher: got %q, want %q", got, want)
	}
}
