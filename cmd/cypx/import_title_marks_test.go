package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportedTitleWithMarksLoadsWithoutWarning: an e-mail whose subject
// holds Markdown marks and a character reference, or a --title holding
// marks, is imported with its title as the source writes it, and `cypx
// check` of the library and every later command find nothing to say of
// it: the import escapes each mark's character, which the loader reads
// back. Before, every command that loaded the library warned of the
// title the import had written.
func TestImportedTitleWithMarksLoadsWithoutWarning(t *testing.T) {
	home := t.TempDir()
	t.Setenv("CYPX_HOME", home)
	dir := t.TempDir()
	mail := filepath.Join(dir, "m1.eml")
	os.WriteFile(mail, []byte("From: Dunlin Trust <news@dunlin.example>\r\nTo: list@example.org\r\nSubject: Waits *urgent* update `now` &amp; more\r\nDate: Tue, 3 Mar 2026 10:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nIn February, 412 children waited more than 18 weeks for a first appointment.\r\n"), 0o644)
	if _, stderr, code := cli(t, "add", mail, "--publisher", "Dunlin Trust", "--type", "report"); code != 0 {
		t.Fatalf("add: exit %d, %q", code, stderr)
	}
	txt := filepath.Join(dir, "notes.txt")
	os.WriteFile(txt, []byte("In March, 391 children waited more than 18 weeks for a first appointment.\n"), 0o644)
	if _, stderr, code := cli(t, "add", txt, "--title", "Given `t` *x*", "--publisher", "Dunlin Trust", "--date", "2026", "--type", "report"); code != 0 {
		t.Fatalf("add --title: exit %d, %q", code, stderr)
	}
	out, stderr, code := cli(t, "check", filepath.Join(home, "data", "library"))
	if code != 0 || strings.Contains(out+stderr, "Markdown marks") {
		t.Errorf("check of the imports: exit %d, %q %q", code, out, stderr)
	}
	out, stderr, _ = cli(t, "library")
	if strings.Contains(stderr, "Markdown marks") || !strings.Contains(out, "Waits *urgent* update `now` &amp; more") || !strings.Contains(out, "Given `t` *x*") {
		t.Errorf("the titles as imported, unsaid:\n%s\n%s", out, stderr)
	}
}
