package evidence

import (
	"strings"
	"testing"
)

// A metadata field written as a Markdown link is its text; a url, a note,
// and brackets that are no link are kept as written.
func TestMarkdownLinkInMetadataIsItsText(t *testing.T) {
	for _, c := range []struct{ field, in, want string }{
		{"author", "[Jane Smith](http://x.example/js)", "Jane Smith"},
		{"author", "[Jane Smith](http://x.example/js) and [Bo Chan](<https://x.example/b c>)", "Jane Smith and Bo Chan"},
		{"publisher", "[ Orchard Trust ](https://orchard.example \"home\")", "Orchard Trust"},
		{"title", "Waits at ![Kestrel](k.png) Ward", "Waits at Kestrel Ward"},
		{"title", "[Wiki](https://en.example/Ward_(hospital)) review", "Wiki review"},
		{"title", "Waits [draft] (2024)", "Waits [draft] (2024)"},
		{"url", "[x](https://x.example)", "[x](https://x.example)"},
		{"note", "See [the annex](https://x.example/a)", "See [the annex](https://x.example/a)"},
	} {
		got, changed := LinkText(c.field, c.in)
		if got != c.want || changed != (c.in != c.want) {
			t.Errorf("LinkText(%s, %q) = %q, %v; want %q", c.field, c.in, got, changed, c.want)
		}
	}
}

// An image among an author's names is left out with the joiner beside
// it: a picture names no one. In a title it is still its text.
func TestImageInAnAuthorIsNoAuthor(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"[Jane Smith](http://x.example/js) and ![logo](http://x.example/l.png)", "Jane Smith"},
		{"![badge](b.png), Bo Chan; Ann Lee", "Bo Chan; Ann Lee"},
		{"Bo Chan and ![ ](p.png) and Ann Lee", "Bo Chan and Ann Lee"},
		{"![logo](l.png)", ""},
		{"Bo Chan, ![x](p.png), Ann Lee", "Bo Chan, Ann Lee"},
	} {
		got, changed := LinkText("author", c.in)
		if got != c.want || !changed {
			t.Errorf("LinkText(author, %q) = %q, %v; want %q", c.in, got, changed, c.want)
		}
	}
	if msg := LinkTextProblem("author", "![logo](l.png) Bo", "Bo"); !strings.Contains(msg, "an image names no one and is left out") {
		t.Errorf("problem %q does not say the image is left out", msg)
	}
}
