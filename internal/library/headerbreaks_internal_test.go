package library

import (
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHeaderBreaksAreWarnedOfAsWritten: a From line whose display name's
// encoded words hold a line break or a control (U+2028, NEL, =0A, =1C)
// gives the publisher cleaned, with the warning the Subject gives (the
// one rule, headerLine and headerCleaned), quoting the From line as
// written. Before, the breaks were folded unsaid, and a control left
// was warned of with the breaks already gone.
func TestHeaderBreaksAreWarnedOfAsWritten(t *testing.T) {
	for enc, raw := range map[string]string{
		"=E2=80=A8": "Westmere\u2028Borough Council",
		"=C2=85":    "Westmere\u0085Borough Council",
		"=0A":       "Westmere\nBorough Council",
		"=0A=1C":    "Westmere\n\x1cBorough Council",
	} {
		eml := "From: =?utf-8?q?Westmere" + enc + "Borough_Council?= <info@westmere.gov.uk>\r\nTo: a@example.org\r\nSubject: Waits for assessment\r\nDate: Mon, 2 Dec 2024 10:00:00 +0000\r\n\r\nIn 2024, 45% of children waited more than 18 weeks for an assessment.\r\n"
		path := filepath.Join(t.TempDir(), "w.eml")
		if err := os.WriteFile(path, []byte(eml), 0o644); err != nil {
			t.Fatal(err)
		}
		im, err := Import(path, Meta{Type: "press-release"})
		if err != nil {
			t.Fatalf("%s: %v", enc, err)
		}
		if im.Source.Publisher != "Westmere Borough Council" {
			t.Errorf("%s: publisher %q", enc, im.Source.Publisher)
		}
		want := cleanedWarning("publisher", "w.eml", raw+" <info@westmere.gov.uk>")
		var said []string
		for _, w := range im.Warnings {
			if strings.Contains(w, "line breaks and invisible or control characters removed") {
				said = append(said, w)
			}
		}
		if len(said) != 1 || said[0] != want {
			t.Errorf("%s: warnings %q, want %q", enc, said, want)
		}
	}
}

// TestAnOrganizationHeaderCleanedIsWarnedOf: the sender's organisation
// from an Organization header holding a zero-width space, an escape
// sequence or a bidi override is the publisher cleaned, with the warning
// the From line and the Subject give, quoting the header as written.
// Before (hostile check 90, A1), it was cleaned without a word. A clean
// header gives no warning.
func TestAnOrganizationHeaderCleanedIsWarnedOf(t *testing.T) {
	for raw, warned := range map[string]bool{
		"Evil Trust\u200b":          true,
		"Evil \x1b[31mTrust":        true,
		"Evil\u202e Trust":          true,
		"Evil Trust":                false,
		"Evil\u00a0Community Trust": false,
	} {
		word := "=?UTF-8?B?" + base64.StdEncoding.EncodeToString([]byte(raw)) + "?="
		eml := "From: Jane <jane@evil.nhs.uk>\r\nTo: x@y.z\r\nSubject: Waiting report\r\nDate: Mon, 2 Dec 2024 10:00:00 +0000\r\nOrganization: " + word + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nIn 2024, 41% of children waited more than 18 weeks, up from 35% in 2023.\r\n"
		path := filepath.Join(t.TempDir(), "m.eml")
		if err := os.WriteFile(path, []byte(eml), 0o644); err != nil {
			t.Fatal(err)
		}
		im, err := Import(path, Meta{Type: "report"})
		if err != nil {
			t.Fatalf("%q: %v", raw, err)
		}
		if !strings.HasPrefix(im.Source.Publisher, "Evil") || strings.ContainsAny(im.Source.Publisher, "\u200b\x1b\u202e") {
			t.Errorf("%q: publisher %q", raw, im.Source.Publisher)
		}
		want := cleanedWarning("publisher", "m.eml", raw)
		got := false
		for _, w := range im.Warnings {
			got = got || w == want
		}
		if got != warned {
			t.Errorf("%q: warned %v, want %v (warnings %q)", raw, got, warned, im.Warnings)
		}
	}
}
