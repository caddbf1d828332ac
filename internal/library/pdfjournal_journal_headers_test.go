package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestJournalRunningHeaderPublishesOverKindLabel: a journal piece whose
// running header names the journal beside the kind of piece ("Journal of
// Youth Care Policy | Editorial") and whose first page sets the kind
// ("EDITORIAL") over its title is published by the journal. Before: the
// kind label was the publisher. A running header pairing a kind with no
// journal's name gives nothing.
func TestJournalRunningHeaderPublishesOverKindLabel(t *testing.T) {
	for _, c := range []struct{ head, want string }{
		{"Journal of Youth Care Policy | Editorial", "Journal of Youth Care Policy"},
		{"Perspective | Westbrook Review of Child Health", "Westbrook Review of Child Health"},
	} {
		im, err := library.Import(write(t, "piece.pdf", jointPDF(c.head, "", []string{"EDITORIAL", "", "# Waiting for help at eighteen", ""}, nil)), library.Meta{Type: "report"})
		if err != nil {
			t.Errorf("%q: %v", c.head, err)
			continue
		}
		if im.Source.Publisher != c.want {
			t.Errorf("%q: publisher %q, want %q", c.head, im.Source.Publisher, c.want)
		}
	}
	im, err := library.Import(write(t, "piece.pdf", jointPDF("Editorial | Spring issue", "", []string{"EDITORIAL", "", "# Waiting for help at eighteen", ""}, nil)), library.Meta{Type: "report"})
	if err == nil && im.Source.Publisher == "Spring issue" {
		t.Errorf("a running header with no journal's name published the piece: %q", im.Source.Publisher)
	}
}
