package library_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// importText writes text as a .txt file and imports it under meta.
func importText(t *testing.T, text string, meta library.Meta) library.Imported {
	t.Helper()
	path := filepath.Join(t.TempDir(), "report.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	im, err := library.Import(path, meta)
	if err != nil {
		t.Fatal(err)
	}
	return im
}

// A table set in columns of spaces with no rule of dashes under its
// header, as e-mails and .txt reports set one, was one paragraph: a
// statistic of all its rows whose one figure was "over 18 weeks", and
// the header's measures were no figure's.
func TestSpacedTableWithoutARule(t *testing.T) {
	text := "Community paediatrics waits\n\n" +
		"These are the children waiting for community paediatrics by locality at the end of March 2025.\n\n" +
		"Locality         Children waiting   Waiting over 18 weeks   Median wait (weeks)\n" +
		"North            1,240              610                     21\n" +
		"South            980                402                     17\n" +
		"East             1,415              733                     24\n\n" +
		"The health visiting figures, set right, follow:\n" +
		"  Team        Caseload   Vacancies\n" +
		"  Alder            412           3\n" +
		"  Birch            388          12\n\n" +
		"    An indented paragraph of prose that runs over three lines, with a\n" +
		"    figure of 45% in it and two spaces after its stop.  It is never\n" +
		"    a table, whatever its indent says about it.\n\n" +
		"Jane Smith              Tel: 01632 960123\n" +
		"Head of Performance     Mob: 07700 900123\n" +
		"Westmere ICB            Room 12, County Hall\n"
	im := importText(t, text, library.Meta{Publisher: "Westmere ICB", Date: "2025-04", Type: "report"})
	checkBody(t, im.Body, []string{
		"| Locality | Children waiting | Waiting over 18 weeks | Median wait (weeks) |",
		"| North | 1,240 | 610 | 21 |", "| East | 1,415 | 733 | 24 |",
		"| Team | Caseload | Vacancies |", "| Birch | 388 | 12 |",
		"    An indented paragraph of prose that runs over three lines, with a\n    figure of 45%",
	}, []string{"| An indented", "| Jane Smith", "| Head of"})
	measures := map[string]string{}
	for _, it := range im.Items {
		for _, f := range it.Figures {
			measures[f.Text] = f.Measure
		}
	}
	for fig, want := range map[string]string{"1,415": "children waiting", "733": "waiting over 18 weeks", "388": "caseload", "12": "vacancies"} {
		if got := measures[fig]; got != want {
			t.Errorf("%s measures %q, want %q", fig, got, want)
		}
	}
}
