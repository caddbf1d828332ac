package themes_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/themes"
)

// A theme id given twice says which copy is left out and names the theme:
// the second, the first kept; or both, when the first was left out for a
// fault of its own. Before, each said "theme "waits" is left out", not
// which (hostile check 60).
func TestDuplicateThemeIDSaysWhichCopyIsLeftOut(t *testing.T) {
	for _, c := range []struct {
		name, first, want string
		kept              []string
	}{
		{"first kept", "  - id: waits\n    label: Waits\n    terms: [waiting list]\n",
			`t.yaml:8: theme id "waits" given twice: this theme is left out, and the first theme "waits", on line 2, is kept`, []string{"waits", "money"}},
		{"first left out", "  - id: waits\n    label: Waits\n    terms: []\n",
			`t.yaml:8: theme id "waits" given twice: both themes "waits" are left out, this one and the first, on line 2 (left out for its own fault)`, []string{"money"}},
	} {
		src := "themes:\n" + c.first +
			"  - id: money\n    label: Money\n    terms: [funding]\n" +
			"  - id: waits\n    label: Waits again\n    terms: [queue]\n"
		tax, err := themes.Parse("t.yaml", []byte(src))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var said []string
		for _, p := range tax.Problems {
			said = append(said, p.Error())
		}
		if !strings.Contains(strings.Join(said, "\n"), c.want) {
			t.Errorf("%s: problems\n%s\nwant %s", c.name, strings.Join(said, "\n"), c.want)
		}
		if got := strings.Join(tax.IDs(), ","); got != strings.Join(c.kept, ",") {
			t.Errorf("%s: themes %s, want %v", c.name, got, c.kept)
		}
	}
}

// A key given twice in a flow mapping is told with the columns of both:
// "{themes: [a], themes: [b]}" was told "given twice (first on line 19)"
// at line 19 (hostile check 60).
func TestFlowMappingKeyGivenTwiceGivesItsColumns(t *testing.T) {
	src := "themes:\n  - id: waits\n    label: Waits\n    terms: [waiting list]\n" +
		"  - id: money\n    label: Money\n    terms: [funding]\n" +
		"asks:\n  - {actors: [Government], themes: [money], themes: [waits]}\n" +
		"  - {actors: [Government],\n     themes: [money], unless: [waits],\n     themes: [waits]}\n"
	_, err := themes.Parse("t.yaml", []byte(src))
	var fe *themes.FileError
	if !errors.As(err, &fe) {
		t.Fatalf("%v, want the file's faults", err)
	}
	var said []string
	for _, p := range fe.Problems {
		said = append(said, p.Error())
	}
	for _, want := range []string{
		`t.yaml:9: key "themes" given twice in one line, at columns 28 and 45`,
		`t.yaml:12: key "themes" given twice, at column 6 (first on line 11, column 6)`,
	} {
		if !slices.Contains(said, want) {
			t.Errorf("%s\nwant %s", strings.Join(said, "\n"), want)
		}
	}
}
