package library

import (
	"net/url"
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// socialPageTitleRe is the <title> of a post saved from a social
// network's page: the page's name, then the network's ("Eastvale Family
// Hubs | Facebook"), the post's opening words before the name where the
// page is a post's ("Clinics open this week... - Eastvale Family Hubs |
// Facebook"). Group 1 is what comes before the network's name.
var socialPageTitleRe = lazyre.New(`^(?:\(\d+\)\s*)?(.{2,400}?)\s*\|\s*(?:Facebook|Instagram|LinkedIn|Threads)\s*$`)

// socialPagePoster is the page that published a post saved from a social
// network: the name its <title> sets before the network's (after the
// post's opening words and a dash), where its og:title gives the same name
// or its address is the page's (the name without its spaces opens the
// address's first part: facebook.com/EastvaleFamilyHubs/posts/...). The
// network is only the host, and its name after the title was the one name
// the page gave, so a page's post was refused as published by no one. A
// person's profile publishes nothing.
func socialPagePoster(docTitle, ogTitle, ogURL string) string {
	m := socialPageTitleRe.FindStringSubmatch(strings.TrimSpace(docTitle))
	if m == nil {
		return ""
	}
	handle := ""
	if u, err := url.Parse(ogURL); err == nil && u.Host != "" {
		first, _, _ := strings.Cut(strings.Trim(u.Path, "/"), "/")
		handle = strings.ToLower(first)
	}
	cands := []string{strings.TrimSpace(m[1])}
	if i := strings.LastIndex(m[1], " - "); i >= 0 {
		cands = append(cands, strings.TrimSpace(m[1][i+3:]))
	}
	if i := strings.LastIndex(m[1], " – "); i >= 0 {
		cands = append(cands, strings.TrimSpace(m[1][i+len(" – "):]))
	}
	for _, name := range cands {
		squashed := strings.ToLower(strings.Join(strings.Fields(name), ""))
		if name != "" && !headlineShaped(name) && (strings.EqualFold(strings.TrimSpace(ogTitle), name) || len(handle) >= 4 && strings.HasPrefix(squashed, handle)) {
			return notPerson(name)
		}
	}
	return ""
}

// headlineShaped says a name before a network's in a <title> is an
// article's headline, not a page's name: a LinkedIn article's <title> is
// its headline and the network's ("One year on: what changed for our
// clinics | LinkedIn"), its og:title the same headline. A headline with a
// colon, or of more than eight words, names no page; before, it was the
// article's publisher.
func headlineShaped(name string) bool {
	return strings.Contains(name, ": ") || len(strings.Fields(name)) > 8
}
