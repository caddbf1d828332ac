package measure

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestBlankMarkersBlanksTheNotesFiguresLeaveOut: a measure's words are
// read without the very notes a sentence's figures leave out (evidence's
// NumberNotes), blanked byte for byte so the figures' offsets hold.
func TestBlankMarkersBlanksTheNotesFiguresLeaveOut(t *testing.T) {
	s := "In 2025, 4,300 (2024: 3,900) pupils and 610[^2] staff took part"
	got := blankMarkers(s)
	if len(got) != len(s) {
		t.Fatalf("blankMarkers changed the length: %d, want %d", len(got), len(s))
	}
	for _, m := range evidence.NumberNotes(s) {
		if strings.TrimSpace(got[m.Start:m.End]) != "" {
			t.Errorf("note %q not blanked: %q", s[m.Start:m.End], got)
		}
	}
	if want := "In 2025, 4,300               pupils and 610     staff took part"; got != want {
		t.Errorf("blankMarkers(%q) = %q, want %q", s, got, want)
	}
}
