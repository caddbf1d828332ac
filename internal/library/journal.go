package library

import (
	"strings"

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
