package library

import (
	"strings"

	"golang.org/x/net/html"
)

// Reader view (readability) drops every block whose class or id holds
// "comment", taking it for a comment thread; so an expert's commentary
// on a research summary or a news story ("<div class="commentary">",
// "<p class="commentator">") was lost with its asks. A commentary is the
// page's own content: its class words are renamed before reader view
// reads the page. A thread's "comments" and "comment-list" are left.

// commentaryWords are the class and id words of a commentary, each
// beginning with "comment" but naming no comment thread.
var commentaryWords = []string{"commentary", "commentaries", "commentator", "commentators"}

// renameCommentaryClasses rewrites the commentary words in n's class and
// id attributes and its descendants', so reader view keeps them.
func renameCommentaryClasses(root *html.Node) {
	walkElements(root, func(n *html.Node) bool {
		for i, a := range n.Attr {
			if a.Key != "class" && a.Key != "id" {
				continue
			}
			v := strings.ToLower(a.Val)
			for _, w := range commentaryWords {
				v = strings.ReplaceAll(v, w, "expert-view")
			}
			if v != strings.ToLower(a.Val) {
				n.Attr[i].Val = v
			}
		}
		return true
	})
}
