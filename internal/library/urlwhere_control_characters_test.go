package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/library"
)

// TestURLWithAControlCharacterIsWarnedWhereItWasRead: a URL holding a
// control character is cleaned on import with a warning that says where
// it was read, as a URL left out already is: the file and line of the
// front matter, the record's file and line, or the --url flag. Before,
// the front matter's said "line 6:" without the file, and a record's or
// the flag's only "url: line breaks and invisible or control characters
// removed (…)", leaving the user to guess which of three places held it.
func TestURLWithAControlCharacterIsWarnedWhereItWasRead(t *testing.T) {
	const body = "# Waits\n\nIn 2023, 45% of children waited more than 18 weeks for help here.\n"
	bad := "https://example.org/wait\aing"
	plain := write(t, "plain.md", []byte("---\ntitle: T\npublisher: P\ndate: 2024-01-01\ntype: report\n---\n"+body))
	fm := write(t, "fm.md", []byte("---\ntitle: T\npublisher: P\ndate: 2024-01-01\ntype: report\nurl: \"https://example.org/wait\\u0007ing\"\n---\n"+body))
	for _, c := range []struct {
		name, path string
		meta       library.Meta
		where      string
	}{
		{"front matter", fm, library.Meta{}, fm + ":6: url:"},
		{"record", plain, library.Meta{Record: &evidence.Source{URL: bad}, RecordName: "rec.json", RecordURLLine: 3}, "url: rec.json:3:"},
		{"flag", plain, library.Meta{URL: bad}, "url: --url:"},
	} {
		im, err := library.Import(c.path, c.meta)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if im.Source.URL != "https://example.org/waiting" {
			t.Errorf("%s: url %q, want it cleaned", c.name, im.Source.URL)
		}
		said := 0
		for _, w := range im.Warnings {
			if strings.Contains(w, "control character") {
				said++
				if !strings.Contains(w, c.where) || !strings.Contains(w, "url") {
					t.Errorf("%s: %q does not say where the url was read (%s)", c.name, w, c.where)
				}
			}
		}
		if said != 1 {
			t.Errorf("%s: warnings %q, want one about the url's control character", c.name, im.Warnings)
		}
	}
}
