package main

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestAddNamesEveryType: `cypx add --help` and the error asking for
// --type name every source type add accepts, from the one list the
// loader reads (round 25, red team). Before: both left out web-page,
// which --type accepts, which a BibTeX @misc record imports as, and which
// the error for an unknown type lists.
func TestAddNamesEveryType(t *testing.T) {
	help, _, _ := cli(t, "add", "--help")
	file := reportFile(t, "referrals")
	_, stderr, code := cli(t, "add", file, "--title", "T", "--publisher", "P", "--date", "2024", "--id", "typesr25")
	if code == 0 {
		t.Fatalf("add without --type: exit 0")
	}
	for _, typ := range evidence.SourceTypes {
		if !strings.Contains(help, string(typ)) || !strings.Contains(stderr, string(typ)) {
			t.Errorf("type %s: in help %v, in the error %v (%q)", typ, strings.Contains(help, string(typ)), strings.Contains(stderr, string(typ)), stderr)
		}
	}
}
