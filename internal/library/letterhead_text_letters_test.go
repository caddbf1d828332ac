package library_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A council's reply saved as text opens with a letterhead: the body's
// name over its team, address and e-mail. The name is who published it;
// the import no longer refuses the file for want of a publisher.
func TestLetterheadNamesThePublisherOfATextLetter(t *testing.T) {
	letter := "Fernhollow Borough Council\n" +
		"Information Governance Office\n" +
		"Civic Offices, 9 Tanner Row, Fernhollow FH4 2QD\n" +
		"Email: info.requests@fernhollow.gov.uk\n\n" +
		"Ref: IR-2024-881\n" +
		"Date: 3 March 2024\n\n" +
		"Dear Mr Okafor,\n\n" +
		"Thank you for your request about school nursing.\n\n" +
		"In 2023 the council funded 14 school nurses for 62 schools.\n\n" +
		"Yours sincerely,\n\nInformation Governance Office\nFernhollow Borough Council\n"
	path := filepath.Join(t.TempDir(), "reply.txt")
	if err := os.WriteFile(path, []byte(letter), 0o644); err != nil {
		t.Fatal(err)
	}
	im, err := library.Import(path, library.Meta{Title: "School nursing reply", AssumeType: true})
	if err != nil {
		t.Fatalf("refused: %v", err)
	}
	if got, want := im.Source.Publisher, "Fernhollow Borough Council"; got != want {
		t.Errorf("publisher: got %q, want %q", got, want)
	}
	if got, want := im.Source.Date.String(), "2024-03-03"; got != want {
		t.Errorf("date: got %q, want %q", got, want)
	}
}

// A report's title block with a subtitle and a date names no publisher:
// only a letterhead's address or e-mail line marks its first line as a
// body's name.
func TestTitleBlockWithoutAddressNamesNoPublisher(t *testing.T) {
	report := "Children's Trust Board review\nSpeech and language services\nMarch 2024\n\n" +
		"In 2023 the service saw 1,200 children.\n"
	path := filepath.Join(t.TempDir(), "review.txt")
	if err := os.WriteFile(path, []byte(report), 0o644); err != nil {
		t.Fatal(err)
	}
	im, err := library.Guess(path)
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Publisher != "" {
		t.Errorf("publisher guessed from a title block: %q", im.Source.Publisher)
	}
}
