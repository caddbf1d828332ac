package library

import "strings"

// subtitledHeadline is the page's headline where its og:title (or another
// tag's title) gives only the headline's main title, before the colon of
// its subtitle ("Waiting to be heard | Site" over the <h1> "Waiting to be
// heard: our campaign for faster waits"), and its <title> gives the
// headline whole: the tag shortens the title for a link's card, the
// headline and <title> agree on the page's title; or where the tagged
// title is the headline's main title and the <title> opens with the whole
// headline (a listing's schema.org name "Beyond the Wait" under the
// headline and <title> "Beyond the Wait: Fenmoor Children's Health
// Conference 2026"). "" when they do not.
func subtitledHeadline(tagTitle, docTitle, headline string) string {
	if headline == "" {
		return ""
	}
	h := compareForm(headline)
	if t := compareForm(tagTitle); len(strings.Fields(t)) >= 2 && strings.HasPrefix(h, t+": ") &&
		len(strings.Fields(h[len(t)+2:])) >= 2 && strings.HasPrefix(compareForm(docTitle), h) {
		return headline
	}
	if alignedHeadline(docTitle, headline) == "" {
		return ""
	}
	for _, part := range titleRuns(tagTitle) {
		p := compareForm(part)
		if len(strings.Fields(p)) >= 2 && strings.HasPrefix(h, p+": ") {
			return headline
		}
	}
	return ""
}
