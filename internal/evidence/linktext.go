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
	out := v
	// A link around an image ("[![badge](…)](…)") is read from the inside
	// out: the image first, then the link, whose text is what the image
	// left. In an author a link of no name (only an image, or blank) is
	// left out as an image is: it was read as "[ ](…)", and the authors
	// stored "Jane Smith; " (hostile check 60).
	for range maxLinkDepth {
		next := markdownLinkRe.ReplaceAllStringFunc(out, func(link string) string {
			text := strings.TrimSpace(markdownLinkRe.FindStringSubmatch(link)[1])
			if field == "author" && (strings.HasPrefix(link, "!") || strings.Trim(text, "\x00 ") == "") {
				dropped = true
				return "\x00"
			}
			return text
		})
		if next == out {
			break
		}
		out = next
	}
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

// maxLinkDepth bounds how deep links within links are read: a badge is a
// link around an image, two deep.
const maxLinkDepth = 8

// droppedImageRe is an author's image left out ("\x00" in its place) with
// the joiner before it, or after it where none comes before.
var droppedImageRe = lazyre.New(`\s*(?:(,|;|&|\band\b)\s*)?\x00(?:\s*(,|;|&|\band\b))?\s*`)

// authorJoinerEdgeRe is a joiner left at either end of an author's
// names once an image is gone.
var authorJoinerEdgeRe = lazyre.New(`^(?:\s*(?:,|;|&|\band\b))+|(?:(?:,|;|&|\band\b)\s*)+$`)

// LinkTextProblem says a field written as a Markdown link was read as its
// text, and an author's image left out, as 'cypx check' and an import
// say it, for every field and every record format alike: what it holds (a
// link, an image or both, in the same words for a title and an author)
// and what it is read as. An author of images alone says once that no one
// is read: it was "(read as "")", then "author: empty value" (hostile
// check 60).
func LinkTextProblem(field, written, read string) string {
	// Images read as a word first, so a link around one ("[![badge](…)](…)")
	// is seen as the link it is.
	image, link, seen := false, false, written
	for range maxLinkDepth {
		next := markdownLinkRe.ReplaceAllStringFunc(seen, func(l string) string {
			if strings.HasPrefix(l, "!") {
				image = true
				return "image"
			}
			link = true
			return "link"
		})
		if next == seen {
			break
		}
		seen = next
	}
	var what string
	whole := markdownLinkRe.FindString(written) == written
	switch {
	case whole && image && !link:
		what = "is a Markdown image"
	case whole && !image:
		what = "is a Markdown link"
	case image && link:
		what = "holds Markdown links and images"
	case image:
		what = "holds a Markdown image"
	default:
		what = "holds a Markdown link"
	}
	q := field + ": " + QuoteInput(written) + " " + what
	switch {
	case field != "author":
		return q + ", which a citation would show as written: write the text alone (read as " + QuoteInput(read) + ")"
	case read == "":
		return q + ", which names no one: no author is read, and the publisher is cited (write the authors' names, or leave the author out)"
	case image:
		return q + ", which a citation would show as written: write the names alone (an image names no one and is left out) (read as " + QuoteInput(read) + ")"
	}
	return q + ", which a citation would show as written: write the names alone (read as " + QuoteInput(read) + ")"
}
