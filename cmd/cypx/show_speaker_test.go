package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/resolve"
)

// TestShowNamesAQuotationsSpeaker: `cypx show` of an item cut from a
// quotation gives its speaker in a row of its own, since the paragraph
// that introduced the quotation ("Dr Ana Lowe, the college's officer for
// child health, said:") makes no item any more; an item spoken by no one
// has no such row.
func TestShowNamesAQuotationsSpeaker(t *testing.T) {
	it := evidence.Item{ID: "q#00000001", Kind: evidence.Excerpt, Text: "Families are waiting far too long for help.",
		Speaker: "Dr Ana Lowe, the college's officer for child health",
		Source: evidence.Source{ID: "q", Title: "Waits", Publisher: "Royal College of Testing", Type: evidence.Report,
			Date: evidence.Date{Year: 2025}}}
	show := func(it evidence.Item) string {
		var b bytes.Buffer
		if err := writeItemDetail(&b, resolve.Resolved{ID: it.ID, Item: it}, nil, evidence.Harvard, time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	if out := show(it); !strings.Contains(out, "speaker") || !strings.Contains(out, "Dr Ana Lowe, the college's officer for child health") {
		t.Errorf("show does not name the quotation's speaker:\n%s", out)
	}
	it.Speaker = ""
	if out := show(it); strings.Contains(out, "speaker") {
		t.Errorf("show names a speaker for an item no one speaks:\n%s", out)
	}
}
