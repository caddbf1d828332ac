package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
	"golang.org/x/net/html"
)

// numberWordRe is a figure written in words: "almost half", "one in
// five", "nine in ten", "doubled", "a million".
var numberWordRe = lazyre.New(`(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|half|halved|thirds?|quarters?|fifths?|tenths?|twice|double[ds]?|tripled?|trebled?|per\s*cent)\b`)

// A page's description (its meta description, the summary a search
// engine or a link preview shows) is often set again under the headline
// as the page's standfirst: "How the service counts its waits, and what
// it leaves out." Set there word for word and without a figure, it is the
// page's furniture, the line every share card of the page carries, and
// no finding of the article; a figure in it ("4,200 ...", "almost half")
// makes it the article's headline, which stays. A standfirst that only
// shares words with the description, or says more than it, stays too.

// pageDescriptions are the page's description meta tags' values, in page
// order: name="description", og:description and twitter:description.
func pageDescriptions(doc *html.Node) []string {
	var out []string
	walkElements(doc, func(n *html.Node) bool {
		if n.Data != "meta" {
			return true
		}
		key := strings.ToLower(attr(n, "name") + attr(n, "property"))
		switch key {
		case "description", "og:description", "twitter:description":
			if c := strings.TrimSpace(attr(n, "content")); c != "" {
				out = append(out, c)
			}
		}
		return true
	})
	return out
}

// repeatsDescription reports a standfirst that is one of the page's
// descriptions word for word, with no figure in it, in digits or words.
func repeatsDescription(lead string, descs []string) bool {
	if strings.ContainsAny(lead, "0123456789") || numberWordRe.MatchString(lead) {
		return false
	}
	c := compareForm(lead)
	if c == "" {
		return false
	}
	for _, d := range descs {
		if compareForm(d) == c {
			return true
		}
	}
	return false
}

// withoutBlock is blocks without those whose text is text's.
func withoutBlock(blocks []string, text string) []string {
	c := compareForm(text)
	out := blocks[:0:0]
	for _, b := range blocks {
		if compareForm(b) != c {
			out = append(out, b)
		}
	}
	return out
}
