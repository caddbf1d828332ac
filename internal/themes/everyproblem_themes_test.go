package themes_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/themes"
)

// TestEveryProblemOfAThemeIsReported: a theme's problems are each
// reported at their own line, not the first alone. Before, a theme with a
// bad label and three bad terms was one line, and with its label clean
// only its first bad term was said (hostile check 47).
func TestEveryProblemOfAThemeIsReported(t *testing.T) {
	file := func(label string) string {
		return "themes:\n" +
			"  - id: good\n" +
			"    label: Good\n" +
			"    terms: [waiting list]\n" +
			"  - id: bad\n" +
			"    label: \"" + label + "\"\n" +
			"    terms:\n" +
			"      - \"grew\ufe0f\"\n" +
			"      - \"sum\u034f\"\n" +
			"      - \"particu\u00ad\"\n"
	}
	for _, c := range []struct {
		label string
		want  []string
	}{
		{"Bad\u202e label", []string{
			"themes.yaml:6: theme \"bad\": its label holds",
			"themes.yaml:8: theme \"bad\": term \"grew\ufe0f\" holds",
			"themes.yaml:9: theme \"bad\": term \"sum\u034f\" holds",
			"themes.yaml:10: theme \"bad\": term \"particu\\u00ad\" holds",
		}},
		{"Bad label", []string{
			"themes.yaml:8: theme \"bad\": term \"grew\ufe0f\" holds",
			"themes.yaml:9: theme \"bad\": term \"sum\u034f\" holds",
			"themes.yaml:10: theme \"bad\": term \"particu\\u00ad\" holds",
		}},
	} {
		tax, err := themes.Parse("themes.yaml", []byte(file(c.label)))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range tax.Problems {
			got = append(got, p.Error())
		}
		if len(got) != len(c.want) {
			t.Errorf("label %+q: problems:\n%s\nwant %d", c.label, strings.Join(got, "\n"), len(c.want))
			continue
		}
		for i, w := range c.want {
			if !strings.HasPrefix(got[i], w) || !strings.HasSuffix(got[i], "theme \"bad\" is left out") {
				t.Errorf("label %+q: problem %d = %q, want it to start %q and say the theme is left out", c.label, i, got[i], w)
			}
		}
		if _, ok := tax.Theme("bad"); ok {
			t.Errorf("label %+q: the theme with problems was kept", c.label)
		}
		if _, ok := tax.Theme("good"); !ok {
			t.Errorf("label %+q: the good theme beside it was lost", c.label)
		}
	}
}

// TestEveryRawLineOfAThemeIsReported: each line of a theme holding a
// line break written as it is (a NEL) is reported, not the first alone
// (hostile check 47).
func TestEveryRawLineOfAThemeIsReported(t *testing.T) {
	src := "themes:\n" +
		"  - id: good\n" +
		"    label: Good\n" +
		"    terms: [waiting list]\n" +
		"  - id: bad\n" +
		"    label: Bad\u0085label\n" +
		"    terms: [long\u0085wait, other]\n"
	tax, err := themes.Parse("themes.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range tax.Problems {
		got = append(got, p.Error())
	}
	if len(got) != 2 || !strings.HasPrefix(got[0], "themes.yaml:6: ") || !strings.HasPrefix(got[1], "themes.yaml:7: ") {
		t.Errorf("problems:\n%s\nwant one at line 6 and one at line 7", strings.Join(got, "\n"))
	}
}
