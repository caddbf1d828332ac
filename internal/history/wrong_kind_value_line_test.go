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

// TestATimeThatIsNoTimeNamesItsLine: a history or saved-search file whose
// time was edited into something else is refused naming the line and the
// value, in words. Before (hostile check 89, H1): Go's words, its layout
// string ("2006-01-02T15:04:05Z07:00") and no line.
func TestATimeThatIsNoTimeNamesItsLine(t *testing.T) {
	dir := t.TempDir()
	hist := filepath.Join(dir, "history.json")
	os.WriteFile(hist, []byte("{\n  \"version\": 1,\n  \"entries\": [\n    {\"query\": \"autism\", \"at\": \"2026-01-02T10:00:00Z\"},\n    {\"query\": \"waits\", \"at\": \"not a date\"}\n  ]\n}\n"), 0o644)
	_, err := history.Load(hist)
	if err == nil || !strings.Contains(err.Error(), hist+`:5: not a cypx history file: "not a date" is no time`) || strings.Contains(err.Error(), "2006") {
		t.Errorf("history: %v", err)
	}
	saved := filepath.Join(dir, "saved.json")
	os.WriteFile(saved, []byte("{\n  \"version\": 1,\n  \"searches\": [\n    {\"name\": \"w\", \"query\": \"waits\", \"created\": \"yesterday\"}\n  ]\n}\n"), 0o644)
	_, err = history.LoadSaved(saved)
	if err == nil || !strings.Contains(err.Error(), saved+`:4: not a cypx saved-search file: "yesterday" is no time`) {
		t.Errorf("saved: %v", err)
	}
}
