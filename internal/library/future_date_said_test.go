package library_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestAnImportDatedAfterTodaySaysSo: `cypx add --date` with a date after
// today imports the source as dated and warns, as `cypx check` does at
// the date's line; a date before today says nothing of it. Before
// (hostile check 69 F17), the import said nothing.
func TestAnImportDatedAfterTodaySaysSo(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(path, []byte("In 2024, 41% of children in Thurrock were seen within 6 weeks of referral.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for date, said := range map[string]bool{"2199-06-01": true, "2024-06-01": false} {
		im, err := library.Import(path, library.Meta{Publisher: "Future Trust", Date: date, Type: "report"})
		if err != nil {
			t.Fatal(err)
		}
		w := strings.Join(im.Warnings, "\n")
		if got := strings.Contains(w, "is after today (") && strings.Contains(w, "every citation gives 2199"); got != said || im.Source.Date.String() != date {
			t.Errorf("%s: dated %s, warnings:\n%s", date, im.Source.Date, w)
		}
	}
}
