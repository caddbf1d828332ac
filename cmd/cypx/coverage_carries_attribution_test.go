package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A story repeating a figure its report gives as another body's is cited
// to that body first, in the report, reported by the story: the bundled
// NHS Providers report says the Health Foundation reports a 24% cut. A
// story figure the report states as its own stays the report's. Before
// (hostile check 70, G23), the story's 24% was cited to NHS Providers as
// its origin.
func TestCoverageCarriesThePrimarysAttribution(t *testing.T) {
	home := filepath.Join(t.TempDir(), "home")
	t.Setenv("CYPX_HOME", home)
	sources := filepath.Join(home, "data", "library", "sources")
	if err := os.MkdirAll(sources, 0o755); err != nil {
		t.Fatal(err)
	}
	story := "---\ntitle: Trusts warn of a forgotten generation\npublisher: Ashcombe Echo\ndate: 2024-07-20\ntype: news\nabout: nhsp-2024-forgotten-generation-policy-systems\n---\n" +
		"The public health grant has been cut by 24% since 2015/16, the NHS Providers report said.\n\n" +
		"Ninety per cent said the health and wellbeing of children and young people was not considered enough in national policy, the report said.\n"
	if err := os.WriteFile(filepath.Join(sources, "echo-2024-forgotten.md"), []byte(story), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := cli(t, "items", "--source", "echo-2024-forgotten", "--format", "json")
	if code != 0 {
		t.Fatalf("items: exit %d %q", code, stderr)
	}
	var items []struct{ Text, Citation string }
	if err := json.Unmarshal([]byte(out), &items); err != nil || len(items) != 2 {
		t.Fatalf("%v %s", err, out)
	}
	for _, it := range items {
		want := "NHS Providers (2024), reported by Ashcombe Echo (2024)"
		if strings.Contains(it.Text, "24%") {
			want = "Health Foundation, 2024, cited in " + want
		}
		if it.Citation != want {
			t.Errorf("%q: cited %q, want %q", it.Text, it.Citation, want)
		}
	}
}
