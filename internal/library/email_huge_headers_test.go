package library_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestHugeEmailHeadersAreRefusedNamingTheLine: an e-mail whose From header
// is one line of 2.8 MB (or 2.8 MB of folded lines) is refused as the
// e-mail it is, at the header's line, whatever the file's name; it was read
// as plain text, its headers as its first paragraph. A long list of
// recipients within the bound is still read.
func TestHugeEmailHeadersAreRefusedNamingTheLine(t *testing.T) {
	rest := "To: x@example.org\nSubject: Waiting times update\nDate: Mon, 1 Jul 2024 10:00:00 +0000\n\nWaits for autism assessment rose by 40% in 2023.\n"
	long := strings.Repeat("A", 2_800_000)
	folded := strings.Repeat(strings.Repeat("A", 70)+"\n ", 40_000)
	dir := t.TempDir()
	for _, c := range []struct{ name, msg, line string }{
		{"one-line.eml", "From: " + long + " <a@example.org>\n" + rest, "line 1:"},
		{"one-line.txt", "From: " + long + " <a@example.org>\n" + rest, "line 1:"},
		{"second.eml", "Return-Path: <a@example.org>\nFrom: " + long + " <a@example.org>\n" + rest, "line 2:"},
		{"folded.eml", "From: " + folded + "<a@example.org>\n" + rest, "line 1:"},
	} {
		path := filepath.Join(dir, c.name)
		if err := os.WriteFile(path, []byte(c.msg), 0o644); err != nil {
			t.Fatal(err)
		}
		im, err := library.Import(path, library.Meta{Publisher: "X", Type: "statement"})
		if err == nil {
			t.Errorf("%s imported as %s, titled %.60q", c.name, im.Format, im.Source.Title)
			continue
		}
		for _, want := range []string{path + ": " + c.line, "From header is 2.", "MB long"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("%s: %q missing from the error %.300q", c.name, want, err)
			}
		}
	}
	var to []string
	for i := range 1500 {
		to = append(to, "member"+strings.Repeat("x", i%7)+"@example.org")
	}
	path := filepath.Join(dir, "many.eml")
	if err := os.WriteFile(path, []byte("From: Ann Lee <ann@example.org>\nTo: "+strings.Join(to, ", ")+"\n"+rest[strings.Index(rest, "Subject"):]), 0o644); err != nil {
		t.Fatal(err)
	}
	im, err := library.Import(path, library.Meta{Publisher: "X", Type: "statement"})
	if err != nil {
		t.Fatal(err)
	}
	if im.Format != "email" || im.Source.Title != "Waiting times update" {
		t.Errorf("an e-mail to 1,500 people on one line: format %s, title %q", im.Format, im.Source.Title)
	}
}

// TestHugeForwardedHeadersAreRefused: a message forwarded inside an
// e-mail (message/rfc822) whose From header is one line of 2.8 MB is
// refused as the file's own headers are, naming the forwarded message's
// line. Before, the line was read whole and searched for a sender (2.3 s),
// and the forwarded message imported.
func TestHugeForwardedHeadersAreRefused(t *testing.T) {
	msg := "From: Ann Lee <ann@example.org>\nTo: x@example.org\nSubject: Fwd: Waiting times update\nDate: Mon, 1 Jul 2024 10:00:00 +0000\n" +
		"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain\n\nSee below.\n\n" +
		"--b1\nContent-Type: message/rfc822\n\nFrom: " + strings.Repeat("A", 2_800_000) + " <a@example.org>\nSubject: Waiting times update\n" +
		"Date: Mon, 1 Jul 2024 09:00:00 +0000\n\nWaits for autism assessment rose by 40% in 2023 across the region.\n--b1--\n"
	path := filepath.Join(t.TempDir(), "fwd.eml")
	if err := os.WriteFile(path, []byte(msg), 0o644); err != nil {
		t.Fatal(err)
	}
	im, err := library.Import(path, library.Meta{Publisher: "X", Type: "statement"})
	if err == nil {
		t.Fatalf("imported, titled %q", im.Source.Title)
	}
	if want := path + ": the forwarded message's line 1: the forwarded message's From header is 2.7 MB long"; !strings.Contains(err.Error(), want) {
		t.Errorf("%q missing from %.300q", want, err)
	}
}
