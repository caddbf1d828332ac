package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/resolve"
)

// TestShowWritesSourceURLAsCited: `cypx show` gives a URL typed with a
// space in the one form every citation and export writes, encoded, in its
// url row and its reference alike. Before (hostile check 61), both rows
// held the raw space, which breaks the link where it is pasted.
func TestShowWritesSourceURLAsCited(t *testing.T) {
	it := evidence.Item{ID: "w#00000001", Kind: evidence.Excerpt, Text: "Clinic waits doubled in a year.",
		Source: evidence.Source{ID: "w", Title: "Clinic waits", Publisher: "Northmoor Health Board", Type: evidence.Report,
			Date: evidence.Date{Year: 2023}, URL: "https://ex.org/a b?x=1&y=2"}}
	var b bytes.Buffer
	if err := writeItemDetail(&b, resolve.Resolved{ID: it.ID, Item: it}, nil, evidence.Harvard, time.Date(2026, 12, 5, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.Contains(out, "a b?") || strings.Count(out, "https://ex.org/a%20b?x=1&y=2") < 2 {
		t.Errorf("show does not give the URL as cited in its url row and reference:\n%s", out)
	}
}
