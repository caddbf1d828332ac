package evidence

import (
	"os/exec"
	"strings"
	"testing"
)

// An address in a quote is text in Markdown, exactly as the source has
// it: GitHub's autolink extension reads the raw line, so it must not
// start a link there, or the escapes inside the address become part of
// the link and of its shown text.
func TestAddressesInTextAreNoAutolinks(t *testing.T) {
	cases := map[string]string{
		"see https://ex.org/wait_times_2024 for the data": `see https\://ex.org/wait\_times\_2024 for the data`,
		"per HTTP://ex.org/a*b*c and ftp://h/x<y.":        `per HTTP\://ex.org/a\*b\*c and ftp\://h/x\<y.`,
		"visit www.evil.example/x now":                    `visit www\.evil.example/x now`,
		"a wwwhat.example and https:no-slashes":           `a wwwhat.example and https:no-slashes`,
	}
	for in, want := range cases {
		if got := MarkdownText(in); got != want {
			t.Errorf("MarkdownText(%q) = %q, want %q", in, got, want)
		}
	}
	cmark, err := exec.LookPath("cmark-gfm")
	if err != nil {
		t.Log("cmark-gfm is not installed: the rendering half of this test is skipped")
		return
	}
	for in := range cases {
		for _, args := range [][]string{{"-e", "autolink"}, nil} {
			html := exec.Command(cmark, args...)
			html.Stdin = strings.NewReader(MarkdownText(in) + "\n")
			out, err := html.Output()
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(string(out), "<a ") {
				t.Errorf("cmark-gfm %v linked %q: %s", args, in, out)
			}
			text := strings.NewReplacer("<p>", "", "</p>", "", "&lt;", "<", "&gt;", ">", "&amp;", "&", "\n", "").Replace(string(out))
			if text != in {
				t.Errorf("cmark-gfm %v shows %q, want %q", args, text, in)
			}
		}
	}
}
