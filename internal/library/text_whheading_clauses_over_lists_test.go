package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestPlainWhClauseOverListIsHeading: in a plain-text mail a line set
// apart over a numbered list, worded as a clause opening with a question
// word and no stop ("What we would ask the board to do"), is the list's
// heading though longer than six words; a lead-in sentence of as many
// words over a list is not.
func TestPlainWhClauseOverListIsHeading(t *testing.T) {
	text := "Dear Sam,\n\nThanks for the chance to give evidence on school nursing in the borough next week.\n\n" +
		"What we would ask the board to do\n\n" +
		"1. Ask the council to fund two more school nurses from April.\n2. Invite young carers to speak at the next meeting.\n\n" +
		"We would like the board to do these things\n\n" +
		"1. Publish the waiting list for school nursing each term.\n\nBest wishes,\nAmal\n"
	im, err := library.Import(write(t, "note.txt", []byte(text)), library.Meta{Type: "statement", Publisher: "Marrowby Young Carers", Date: "2026-02-01"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(im.Body, "## What we would ask the board to do") {
		t.Errorf("the wh-clause over the list is no heading:\n%s", im.Body)
	}
	if strings.Contains(im.Body, "## We would like the board") {
		t.Errorf("a lead-in sentence over a list made a heading:\n%s", im.Body)
	}
}
