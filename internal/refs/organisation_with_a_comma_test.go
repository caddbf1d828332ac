package refs_test

import (
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/refs"
)

// TestOrganisationWithACommaIsNoPersonInRIS: a report whose publisher,
// its author, holds a comma ("Smith, "Jones" & Co") is written with no AU,
// its name whole in PB, since reference managers split an AU at its first
// comma; BibTeX braces it whole, and cypx reads the RIS back with the
// same publisher. A name with no comma keeps its AU with a trailing comma.
// Before: "AU  - Smith, "Jones" & Co," read as the person Smith.
func TestOrganisationWithACommaIsNoPersonInRIS(t *testing.T) {
	pub := `Smith, "Jones" & Co`
	src := evidence.Source{ID: "pond-review", Title: "Ponds and paddling pools", Publisher: pub, Type: evidence.Report, Date: evidence.Date{Year: 2024}}
	day := time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)
	ris, err := refs.Write(refs.RIS, []evidence.Source{src}, day)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(ris, "AU  - ") || !strings.Contains(ris, "PB  - "+pub+"\r\n") {
		t.Errorf("RIS of %s:\n%s", pub, ris)
	}
	back, err := refs.Read("back.ris", []byte(ris))
	if err != nil || back.Publisher != pub || back.Author != "" {
		t.Errorf("RIS read back: publisher %q, author %q, %v", back.Publisher, back.Author, err)
	}
	bib, err := refs.Write(refs.BibTeX, []evidence.Source{src}, day)
	if err != nil || !strings.Contains(bib, `author = {{Smith, "Jones" \& Co}}`) {
		t.Errorf("BibTeX of %s: %v\n%s", pub, err, bib)
	}
	src.Publisher = "Pond Trust"
	if ris, _ := refs.Write(refs.RIS, []evidence.Source{src}, day); !strings.Contains(ris, "AU  - Pond Trust,\r\n") {
		t.Errorf("RIS of Pond Trust:\n%s", ris)
	}
}
