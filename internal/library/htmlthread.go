package library

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// proseForm reports a form that shows a post's text rather than asking
// for any: an old-style forum thread shows its opening post inside the
// form that would edit it, so the post's figures went with the form as
// furniture. The form must hold paragraphs of 30 words or more between
// them and no field to type in or choose from; a search box or a sign-up
// with a line of help text beside its fields stays furniture.
func proseForm(n *html.Node) bool {
	if n.DataAtom != atom.Form {
		return false
	}
	words := 0
	fields := false
	walkElements(n, func(c *html.Node) bool {
		switch c.DataAtom {
		case atom.Textarea, atom.Select:
			fields = true
		case atom.Input:
			if t := strings.ToLower(attr(c, "type")); t != "hidden" {
				fields = true
			}
		case atom.P:
			words += len(strings.Fields(textOf(c)))
			return false
		}
		return !fields
	})
	return !fields && words >= 30
}

// agreedTitle is the part of og:title its page's <title> agrees on when
// the two set the site's or community's name on opposite sides of it:
// og:title "r/SENDparents - Our reply from the ICB" over <title> "Our
// reply from the ICB : SENDparents". The name before the title is no
// part of it, and kept it pushed a long title past the length a title is
// cut at. The part before must be short (four words at most), and the
// <title> must start with the rest and then end or go on after a
// separator; "" when they do not agree so.
func agreedTitle(og, docTitle string) string {
	docTitle = strings.TrimSpace(docTitle)
	for _, sep := range []string{" - ", " | ", " – ", " — ", " : ", ": "} {
		pre, rest, ok := strings.Cut(og, sep)
		rest = strings.TrimSpace(rest)
		if !ok || rest == "" || len(strings.Fields(pre)) > 4 || len(strings.Fields(rest)) < 3 {
			continue
		}
		tail, ok := strings.CutPrefix(docTitle, rest)
		if !ok {
			continue
		}
		if tail == "" || titleSepRe.MatchString(tail[:min(len(tail), 4)]) || strings.HasPrefix(tail, " : ") {
			return rest
		}
	}
	return ""
}
