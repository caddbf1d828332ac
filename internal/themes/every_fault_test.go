package themes_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/themes"
)

// A themes.yaml no command can use says every fault it holds, each at its
// line, in the order of the file: a key outside a theme, a name of an
// unknown theme and an ask with an unknown actor, beside two broken
// themes. Before, Parse stopped at the first such fault.
func TestEveryFaultOfARefusedFileIsTold(t *testing.T) {
	doc := `themes:
  - id: rota
    label: Rota
    terms: [rota]
  - id: late
    label: Late
    terms: ["{late,delayed"]
  - id: gone
    label: Gone
    termz: [gone]
names:
  - name: Riverside Clinic
    themes: [nowhere]
asks:
  - actors: [wizards]
    themes: [rota]
colour: blue
`
	_, err := themes.Parse("themes.yaml", []byte(doc))
	var fe *themes.FileError
	if !errors.As(err, &fe) {
		t.Fatalf("error %v (%T), want a *themes.FileError", err, err)
	}
	wantLines := []int{7, 10, 12, 15, 17}
	var got []int
	for _, p := range fe.Problems {
		got = append(got, p.Line)
	}
	if len(got) != len(wantLines) {
		t.Fatalf("problems at lines %v, want %v: %v", got, wantLines, fe.Problems)
	}
	for i := range got {
		if got[i] != wantLines[i] {
			t.Errorf("problem %d at line %d, want %d (%v)", i, got[i], wantLines[i], fe.Problems[i])
		}
	}
	for _, want := range []string{`unknown theme "nowhere"`, `unknown actor "wizards"`, `unknown key "colour"`, `unknown key "termz"`} {
		found := false
		for _, p := range fe.Problems {
			found = found || strings.Contains(p.Message, want)
		}
		if !found {
			t.Errorf("no problem says %s: %v", want, fe.Problems)
		}
	}
	// A command says the first by line and how many more there are.
	if !strings.Contains(err.Error(), "and 4 more problems in it: 'cypx check' lists them all") {
		t.Errorf("error %q does not count the others", err)
	}
}

// A file whose every theme is broken tells each theme, not the first.
func TestEveryBrokenThemeOfAFileWithNoneLeftIsTold(t *testing.T) {
	doc := "themes:\n  - id: one\n    label: One\n    terms: []\n  - id: two\n    label: Two\n    terms: [\"two}\"]\n  - id: three\n    terms: [three]\n"
	_, err := themes.Parse("themes.yaml", []byte(doc))
	var fe *themes.FileError
	if !errors.As(err, &fe) || len(fe.Problems) != 3 {
		t.Fatalf("error %v, want a FileError of 3 problems", err)
	}
	if !strings.HasPrefix(err.Error(), `themes.yaml:2: theme "one" has no terms`) {
		t.Errorf("error %q, want the first theme's problem first", err)
	}
}
