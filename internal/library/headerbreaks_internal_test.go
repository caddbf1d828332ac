package library

import (
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
