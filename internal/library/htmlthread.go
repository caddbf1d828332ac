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

// replyWords mark a forum's replies in their class names.
var replyWords = wordSet("comment comments reply replies")

// threadReplies finds the text of a forum thread's replies, in page
// order. Comments are furniture on an article's page, but on a thread's
// page the replies carry the discussion as the post does: a thread is
// told by its replies, marked as comments in their class, sharing a class
// name with the post they answer (old-style forums give each a "thing"),
// an element outside them that holds 30 words of paragraphs. A reply's
// text is in elements of the class that holds the post's paragraphs (its
// "md" box), so its score line, level and buttons stay out. A news
// article and its comments share no class: its comments stay furniture.
func threadReplies(root *html.Node) []*html.Node {
	var replies []*html.Node
	walkElements(root, func(n *html.Node) bool {
		if isReply(n) {
			replies = append(replies, n)
			return false
		}
		return true
	})
	if len(replies) == 0 {
		return nil
	}
	shared := map[string]bool{}
	for _, r := range replies {
		for _, c := range strings.Fields(attr(r, "class")) {
			if !hasReplyWord(c) {
				shared[c] = true
			}
		}
	}
	var textClasses map[string]bool
	walkElements(root, func(n *html.Node) bool {
		if textClasses != nil || isReply(n) {
			return false
		}
		for _, c := range strings.Fields(attr(n, "class")) {
			if shared[c] {
				if tc := postTextClasses(n); len(tc) > 0 {
					textClasses = tc
					return false
				}
			}
		}
		return true
	})
	if textClasses == nil {
		return nil
	}
	var texts []*html.Node
	for _, r := range replies {
		texts = append(texts, replyTexts(r, textClasses)...)
	}
	return texts
}

// replyTexts are the elements of a reply that hold its text: those of the
// post's text classes, else, where the reply names its text box in its own
// way (an FOI site's annotation, "comment_in_request__text", among the
// correspondence's "correspondence_text" boxes), its own box of
// paragraphs (postTextClasses of the reply).
func replyTexts(r *html.Node, textClasses map[string]bool) []*html.Node {
	var texts []*html.Node
	collect := func(classes map[string]bool) {
		walkElements(r, func(n *html.Node) bool {
			for _, c := range strings.Fields(attr(n, "class")) {
				if classes[c] {
					texts = append(texts, n)
					return false
				}
			}
			return true
		})
	}
	collect(textClasses)
	if len(texts) == 0 {
		if own := postTextClasses(r); own != nil {
			collect(own)
		}
	}
	return texts
}

// isReply: n's class names a reply or comment. The page's body is none
// ("comments-page" on the body of a thread's page).
func isReply(n *html.Node) bool {
	if n.DataAtom == atom.Body || n.DataAtom == atom.Html {
		return false
	}
	for _, c := range strings.Fields(attr(n, "class")) {
		if hasReplyWord(c) {
			return true
		}
	}
	return false
}

// hasReplyWord: one class name holds a reply word ("comment",
// "morecomments" no: a whole word of the name).
func hasReplyWord(class string) bool {
	for _, w := range nameWords(class) {
		if replyWords[w] {
			return true
		}
	}
	return false
}

// postTextClasses are the class names of the elements that hold a post's
// paragraphs: each holds 30 words or more of paragraphs of 8 words or
// more (a post's title line or byline alone is no text box); nil when
// none does.
func postTextClasses(post *html.Node) map[string]bool {
	words := map[*html.Node]int{}
	walkElements(post, func(n *html.Node) bool {
		if n.DataAtom != atom.P {
			return true
		}
		if w := len(strings.Fields(textOf(n))); w >= 8 && n.Parent != nil {
			words[n.Parent] += w
		}
		return false
	})
	classes := map[string]bool{}
	for box, w := range words {
		if w < 30 {
			continue
		}
		for _, c := range strings.Fields(attr(box, "class")) {
			classes[c] = true
		}
	}
	if len(classes) == 0 {
		return nil
	}
	return classes
}

// withReplies adds the thread's reply blocks the article lacks, after it.
func withReplies(blocks, replies []string) []string {
	have := make(map[string]bool, len(blocks))
	for _, b := range blocks {
		have[b] = true
	}
	for _, b := range replies {
		if !have[b] {
			blocks = append(blocks, b)
			have[b] = true
		}
	}
	return blocks
}
