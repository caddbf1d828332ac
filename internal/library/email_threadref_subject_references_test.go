package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestSubjectThreadReferenceLeftOutOfTitle: the thread reference a
// shared inbox or a case system sets after a subject ("[ref:cnv_8q2z]",
// "[ref:_00D4J1a._5008d3:ref]") is left out of the title. Before: the
// title ended with it. A bracket of words after the subject stays.
func TestSubjectThreadReferenceLeftOutOfTitle(t *testing.T) {
	for subject, want := range map[string]string{
		"Speech therapy waits: what families told us [ref:cnv_8q2z4k]":           "Speech therapy waits: what families told us",
		"Speech therapy waits: what families told us [ref:_00D4J1a._5008d3:ref]": "Speech therapy waits: what families told us",
		"Speech therapy waits: what families told us [summary]":                  "Speech therapy waits: what families told us [summary]",
	} {
		mail := "From: Westbrook Parent Carer Forum <hello@example.org>\nTo: board@example.nhs.uk\nSubject: " + subject +
			"\nDate: Tue, 9 Jun 2026 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n" +
			"Dear board members,\n\nOur spring survey heard from 212 families, and 61% said they had waited more than a year for speech therapy.\n\nWe ask the ICB to publish waiting times for each therapy service every quarter.\n\nBest wishes,\nWestbrook Parent Carer Forum\n"
		im, err := library.Import(write(t, "mail.eml", []byte(mail)), library.Meta{Type: "statement"})
		if err != nil {
			t.Fatal(err)
		}
		if im.Source.Title != want {
			t.Errorf("subject %q: title %q, want %q", subject, im.Source.Title, want)
		}
	}
}
