package library

import "strings"

// subtitledHeadline is the page's headline where its og:title (or another
// tag's title) gives only the headline's main title, before the colon of
// its subtitle ("Waiting to be heard | Site" over the <h1> "Waiting to be
// heard: our campaign for faster waits"), and its <title> gives the
// headline whole: the tag shortens the title for a link's card, the
// headline and <title> agree on the page's title. "" when they do not.
func subtitledHeadline(tagTitle, docTitle, headline string) string {
	if headline == "" || alignedHeadline(docTitle, headline) == "" {
		return ""
	}
	h := compareForm(headline)
	for _, part := range titleRuns(tagTitle) {
		p := compareForm(part)
		if len(strings.Fields(p)) >= 2 && strings.HasPrefix(h, p+": ") {
			return headline
		}
	}
	return ""
}
