package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEmailSubjectInISO2022JPIsDecoded: an e-mail whose Subject is an
// RFC 2047 word in ISO-2022-JP ("テスト", written in ASCII's bytes between
// escapes) is titled with its letters, no control character said removed;
// one in ISO-2022-KR, which no decoder reads, is kept as written with the
// warning an unknown charset gets. Before (hostile check 86, F7): the
// title "$F$9$H jp", its escapes dropped, and a warning of controls.
func TestEmailSubjectInISO2022JPIsDecoded(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := t.TempDir()
	for name, c := range map[string]struct{ subject, title, warn, body string }{
		"jp.eml": {"=?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?= dunlin", "テスト dunlin", "", "In 2024, 16 of 60 dunlin clinic slots went unused."},
		"kr.eml": {"=?ISO-2022-KR?B?GyQpQw4hIQ8=?= dunlin", "", `charset "ISO-2022-KR" is not one cypx knows`, "In 2024, 9 of 30 dunlin outreach visits were cut."},
	} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte("From: Dunlin Team <team@dunlin.example>\r\nTo: a@b.example\r\nDate: Tue, 5 Mar 2024 10:00:00 +0000\r\nSubject: "+c.subject+"\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"+c.body+"\r\n"), 0o644)
		out, stderr, code := cli(t, "add", p, "--type", "report", "--publisher", "Dunlin Trust", "--id", strings.TrimSuffix(name, ".eml"))
		report := out + stderr
		if code != 0 {
			t.Errorf("%s: exit %d, %q", name, code, report)
			continue
		}
		if c.title != "" && (!strings.Contains(report, "title      "+c.title) || strings.Contains(report, "control characters removed")) {
			t.Errorf("%s: %q; want the title %q and no warning of controls", name, report, c.title)
		}
		if c.warn != "" && (!strings.Contains(report, c.warn) || strings.Contains(report, "\x1b")) {
			t.Errorf("%s: %q; want %q", name, report, c.warn)
		}
	}
}
