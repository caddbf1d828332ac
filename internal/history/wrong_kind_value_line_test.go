package history_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/history"
)

// TestValueOfTheWrongKindNamesItsLine: a history file edited by hand to
// hold a number where a query is is refused naming its line, as a syntax
// error is (round 25, red team). Before: "not a cypx history file: want
// {...} ("query" holds a number)", with no line to go to.
func TestValueOfTheWrongKindNamesItsLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.json")
	content := "{\n  \"version\": 1,\n  \"entries\": [\n    {\"query\": \"autism\"},\n    {\"query\": 5}\n  ]\n}\n"
	os.WriteFile(path, []byte(content), 0o644)
	if _, err := history.Load(path); err == nil || !strings.Contains(err.Error(), path+`:5: not a cypx history file`) || !strings.Contains(err.Error(), `"entries.query" holds a number`) {
		t.Errorf("%v, want the line and what it holds", err)
	}
}
