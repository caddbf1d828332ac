package evidence

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// markdownLinkRe is a Markdown link or image, "[text](address)" or
// "![text](address "title")": its text, and an address of no blank (or
// one in angle brackets) that may hold one pair of brackets.
var markdownLinkRe = lazyre.New(`!?\[([^\[\]]*)\]\((?:<[^<>]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+"[^"]*")?\)`)

// LinkText is a metadata field written as a Markdown link read as its
// text: "[Jane Smith](http://x.example/js)" is the author Jane Smith. A
// field is plain text, shown as written in citations and references: the
// link was cited "(Smith](http://x.example/js), 2024)" (hostile check
// 56). The url and the note keep theirs (the note is free text a pack
// shows as Markdown). It reports whether anything changed, for the
// caller to warn of.
//
// In an author an image is left out, with the "and", comma or semicolon
// that joined it: a picture is no one, and "[Jane Smith](…) and
// ![logo](…)" gave the authors Jane Smith and "logo" (hostile check 59).
// Elsewhere an image is its text, which reads as words of a title.
func LinkText(field, v string) (string, bool) {
	if field == "url" || field == "note" || !strings.Contains(v, "](") {
		return v, false
	}
	dropped := false
	out := markdownLinkRe.ReplaceAllStringFunc(v, func(link string) string {
		if field == "author" && strings.HasPrefix(link, "!") {
			dropped = true
			return "\x00"
		}
		return strings.TrimSpace(markdownLinkRe.FindStringSubmatch(link)[1])
	})
	if dropped {
		// One joiner is kept where names stand on both sides.
		out = droppedImageRe.ReplaceAllStringFunc(out, func(m string) string {
			g := droppedImageRe.FindStringSubmatch(m)
			if g[1] == "" || g[2] == "" {
				return " "
			}
			if g[2] == "," || g[2] == ";" {
				return g[2] + " "
			}
			return " " + g[2] + " "
		})
		out = strings.TrimSpace(authorJoinerEdgeRe.ReplaceAllString(out, ""))
	}
	return out, out != v
}

// droppedImageRe is an author's image left out ("\x00" in its place) with
// the joiner before it, or after it where none comes before.
var droppedImageRe = lazyre.New(`\s*(?:(,|;|&|\band\b)\s*)?\x00(?:\s*(,|;|&|\band\b))?\s*`)

// authorJoinerEdgeRe is a joiner left at either end of an author's
// names once an image is gone.
var authorJoinerEdgeRe = lazyre.New(`^(?:\s*(?:,|;|&|\band\b))+|(?:(?:,|;|&|\band\b)\s*)+$`)

// LinkTextProblem says a field written as a Markdown link was read as its
// text, and an author's image left out, as 'cypx check' and an import
// say it, for every field and every record format alike.
func LinkTextProblem(field, written, read string) string {
	what := "is a Markdown link, which a citation would show as written: write the text alone"
	if field == "author" && strings.Contains(written, "![") {
		what = "holds a Markdown link or image, which a citation would show as written: write the names alone (an image names no one and is left out)"
	}
	return field + ": " + QuoteInput(written) + " " + what + " (read as " + QuoteInput(read) + ")"
}
