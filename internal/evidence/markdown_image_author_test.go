package evidence_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// A link around an image (a badge) is read from the inside out: in an
// author it names no one and is left out with its joiner, elsewhere it is
// the image's text. Before, the author "Jane Smith; [![badge](…)](…)" was
// read "Jane Smith; [ ](…)", then stored "Jane Smith; " (hostile check 60).
func TestLinkAroundAnImageIsReadFromTheInside(t *testing.T) {
	for _, c := range []struct{ field, in, want string }{
		{"author", "Jane Smith; [![badge](https://x.example/b.png)](https://x.example/j)", "Jane Smith"},
		{"author", "[![badge](https://x.example/b.png)](https://x.example/j) and Sam Lee", "Sam Lee"},
		{"author", "[ ](https://x.example/j); Sam Lee", "Sam Lee"},
		{"author", "[![badge](https://x.example/b.png) Sam Lee](https://x.example/j)", "Sam Lee"},
		{"title", "[![Kite](https://x.example/b.png)](https://x.example/j) review", "Kite review"},
	} {
		if got, changed := evidence.LinkText(c.field, c.in); got != c.want || !changed {
			t.Errorf("%s %q: %q, %v; want %q", c.field, c.in, got, changed, c.want)
		}
	}
}

// What a field holds is said in the same words for a title and an author,
// and an author of an image alone is said once, as no author.
func TestLinkTextProblemWordsAlikeForEveryField(t *testing.T) {
	title := evidence.LinkTextProblem("title", "Kite ![chart](https://x.example/c.png) review", "Kite chart review")
	author := evidence.LinkTextProblem("author", "![logo](https://x.example/l.png) and Sam Lee", "Sam Lee")
	for _, s := range []string{title, author} {
		if !strings.Contains(s, "holds a Markdown image, which a citation would show as written") {
			t.Errorf("said %q", s)
		}
	}
	if !strings.HasSuffix(author, `(read as "Sam Lee")`) || !strings.Contains(author, "an image names no one") {
		t.Errorf("author: %q", author)
	}
	alone := evidence.LinkTextProblem("author", "![logo](https://x.example/l.png)", "")
	if !strings.Contains(alone, "is a Markdown image, which names no one: no author is read") || strings.Contains(alone, `read as ""`) {
		t.Errorf("an image alone: %q", alone)
	}
	if s := evidence.LinkTextProblem("author", "[![badge](https://x.example/b.png)](https://x.example/j); Smith, Jane", "Jane Smith"); !strings.Contains(s, "holds Markdown links and images") {
		t.Errorf("a badge: %q", s)
	}
}
