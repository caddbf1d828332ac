package library

import (
	"strings"
	"unicode"

	"github.com/cypx/cypx/internal/lazyre"
)

// publishingCompanyRe is a publisher that is a publishing company, by its
// legal form or its trade: "BMJ Publishing Group Ltd", "British Medical
// Journal Publishing Group", "Larkfield Academic Press".
var publishingCompanyRe = lazyre.New(`(?i)\b(?:publishing(?:\s+group)?|publishers?|press|media|ltd|limited|plc|llp|inc|gmbh)\.?$`)

// journalOverCompany is the journal's own name when a journal's article
// names the company that publishes it as its publisher
// (citation_publisher "British Medical Journal Publishing Group" over
// citation_journal_title "BMJ"): the company owns the title, and a
// journal is cited by its name, as a magazine is over its company. The
// site's name is that name where it holds the journal's ("The BMJ"),
// else the journal title. Empty when the page names no journal or its
// publisher is no publishing company (a college's own journal).
func journalOverCompany(publisher, journal, site string) string {
	journal = strings.TrimSpace(journal)
	if journal == "" || !publishingCompanyRe.MatchString(strings.TrimSpace(publisher)) || notPublisher(journal) {
		return ""
	}
	if site != "" && !notPublisher(site) && strings.Contains(strings.ToLower(site), strings.ToLower(journal)) {
		return site
	}
	return journal
}

// serverOverCompany is the name a preprint server's page gives itself
// after its <title>'s separator ("... | medRxiv"), where its citation tags
// name the company that runs the server as publisher and name no journal:
// a preprint is cited by its server, as an article by its journal. Empty
// otherwise.
func serverOverCompany(publisher, journal, site string) string {
	site = strings.TrimSpace(site)
	if strings.TrimSpace(journal) != "" || !publishingCompanyRe.MatchString(strings.TrimSpace(publisher)) ||
		site == "" || len(strings.Fields(site)) > 3 || notPublisher(site) || strings.EqualFold(site, strings.TrimSpace(publisher)) {
		return ""
	}
	return site
}

// serverSuffix is the name after the last separator of a page's <title>
// that opens with the page's title ("Title | medRxiv"), or "": a
// server's name may open in small letters ("medRxiv", "arXiv"), which no
// site name titleSuffix reads does.
func serverSuffix(docTitle, title string) string {
	docTitle, title = strings.TrimSpace(docTitle), strings.TrimSpace(title)
	if title == "" || !strings.HasPrefix(docTitle, title) {
		return ""
	}
	rest := strings.TrimSpace(docTitle[len(title):])
	for _, sep := range []string{"|", "–", "—", "-", "·"} {
		if name, ok := strings.CutPrefix(rest, sep); ok {
			name = strings.TrimSpace(name)
			if name != "" && !strings.ContainsAny(name, "|–—·") && strings.IndexFunc(name, unicode.IsUpper) >= 0 {
				return name
			}
			return ""
		}
	}
	return ""
}
