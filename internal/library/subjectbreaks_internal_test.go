package library

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSubjectBreaksAreWarnedOfAsWritten: a Subject whose encoded words
// hold a line break or a control (=0A, =0D, =0B, =09, NEL, U+2028, =1C)
// is cleaned for the title with the warning every field gives, quoting
// the Subject as written (hostile check 43). Before, the decoding folded
// the breaks unsaid, and =1C was warned of with the breaks already gone.
func TestSubjectBreaksAreWarnedOfAsWritten(t *testing.T) {
	for enc, raw := range map[string]string{
		"=0A":       "Waits\nInjected header",
		"=0D":       "Waits\rInjected header",
		"=0B":       "Waits\vInjected header",
		"=09":       "Waits\tInjected header",
		"=C2=85":    "Waits\u0085Injected header",
		"=E2=80=A8": "Waits\u2028Injected header",
		"=0A=1C":    "Waits\n\x1cInjected header",
	} {
		eml := "From: Press Office <press@example.org>\r\nTo: a@example.org\r\nSubject: =?utf-8?q?Waits" + enc + "Injected_header?=\r\nDate: Mon, 2 Dec 2024 10:00:00 +0000\r\n\r\nIn 2024, 45% of children waited more than 18 weeks for an assessment.\r\n"
		path := filepath.Join(t.TempDir(), "w.eml")
		if err := os.WriteFile(path, []byte(eml), 0o644); err != nil {
			t.Fatal(err)
		}
		im, err := Import(path, Meta{Publisher: "Press Office", Type: "press-release"})
		if err != nil {
			t.Fatalf("%s: %v", enc, err)
		}
		if !strings.HasPrefix(im.Source.Title, "Waits") || !strings.HasSuffix(im.Source.Title, "Injected header") {
			t.Errorf("%s: title %q", enc, im.Source.Title)
		}
		if strings.ContainsAny(im.Source.Title, "\n\r\v\t\x1c\u0085\u2028") {
			t.Errorf("%s: title %q keeps a break or control", enc, im.Source.Title)
		}
		want := cleanedWarning("title", "w.eml", raw)
		n := 0
		for _, w := range im.Warnings {
			if strings.Contains(w, "line breaks and invisible or control characters removed") {
				n++
				if w != want {
					t.Errorf("%s: warning %q, want %q", enc, w, want)
				}
			}
		}
		if n != 1 {
			t.Errorf("%s: %d cleaning warnings, want one: %q", enc, n, im.Warnings)
		}
	}
}

// TestAFlagsFieldIsNotWarnedOfFromTheFile: `add m.eml --title T` keeps no
// warning about the Subject's controls removed, a value not used; without
// --title the Subject's warning stays. Before (hostile check
// 86, F6), the e-mail warned "title: m.eml: line breaks and invisible or
// control characters removed (…)" of the Subject --title replaced.
func TestAFlagsFieldIsNotWarnedOfFromTheFile(t *testing.T) {
	eml := "From: Press Office <press@example.org>\r\nTo: a@example.org\r\nSubject: =?utf-8?q?Waits=1BInjected_header?=\r\nDate: Mon, 2 Dec 2024 10:00:00 +0000\r\n\r\nIn 2024, 45% of children waited more than 18 weeks for an assessment.\r\n"
	path := filepath.Join(t.TempDir(), "m.eml")
	if err := os.WriteFile(path, []byte(eml), 0o644); err != nil {
		t.Fatal(err)
	}
	im, err := Import(path, Meta{Title: "Given title", Publisher: "Press Office", Type: "press-release"})
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Title != "Given title" {
		t.Errorf("title %q", im.Source.Title)
	}
	for _, w := range im.Warnings {
		if strings.HasPrefix(w, "title: ") {
			t.Errorf("warned of the Subject --title replaced: %q", w)
		}
	}
	im, err = Import(path, Meta{Publisher: "Press Office", Type: "press-release"})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, w := range im.Warnings {
		found = found || strings.HasPrefix(w, "title: ")
	}
	if !found {
		t.Errorf("without --title, no warning of the Subject cleaned: %q", im.Warnings)
	}
}
