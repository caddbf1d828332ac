package library_test

import (
	"path/filepath"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// packlabelmasthead.fodt and packlabelundermasthead.fodt (made into
// testdata/pdf/*.pdf with `soffice --headless --convert-to pdf --outdir
// testdata/pdf testdata/pdf/NAME.fodt`) are council papers whose masthead
// has a line giving the paper's place in its meeting's pack: "Enclosure C"
// over "Tarnbrook County Council", and "Paper 4" under "Marlbury Borough
// Council".

// A pack's label over or under a PDF's masthead is no word of the body's
// name. Before (hostile check 68), every citation named "Enclosure C
// Tarnbrook County Council" (and "Appendix B ...", "OFFICIAL ...").
func TestAPackLabelByAPDFMastheadIsNoPartOfThePublisher(t *testing.T) {
	for file, want := range map[string]string{
		"packlabelmasthead.pdf":      "Tarnbrook County Council",
		"packlabelundermasthead.pdf": "Marlbury Borough Council",
	} {
		im, err := library.Import(filepath.Join("testdata", "pdf", file), library.Meta{Type: "report"})
		if err != nil {
			t.Fatal(err)
		}
		if im.Source.Publisher != want {
			t.Errorf("%s: publisher %q, want %q", file, im.Source.Publisher, want)
		}
		if im.Source.Date.String() != "2025-03-04" {
			t.Errorf("%s: date %q, want 2025-03-04", file, im.Source.Date)
		}
	}
}

// boardmeetingmasthead.fodt (made into testdata/pdf/boardmeetingmasthead.pdf
// as above) is a trust's board paper under the line "Board of Directors
// (meeting in public)", its document info's Author the trust.

// A meeting's name over a board paper's title is no masthead: the body
// whose board it is publishes. Before (the development set), the paper was
// published by "Board of Directors".
func TestAMeetingNameOverAPDFTitleIsNoPublisher(t *testing.T) {
	im, err := library.Import(filepath.Join("testdata", "pdf", "boardmeetingmasthead.pdf"), library.Meta{Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Publisher != "Harrowmere Community Health NHS Trust" {
		t.Errorf("publisher %q, want Harrowmere Community Health NHS Trust", im.Source.Publisher)
	}
}
