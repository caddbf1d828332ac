package evidence

import "testing"

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
