package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/lazyre"
)

// sourcesHeadingRe is a heading over the list of works and data a page
// drew on or lists: "Sources", "References", "Data sources", "Sources
// and references", "Bibliography", a committee's or a body's
// "Publications", "Written evidence", "Further reading", "Downloads".
var sourcesHeadingRe = lazyre.New(`(?i)^(?:\d{1,2}\.?\s+)?(?:sources|references|data\s+sources|sources\s+(?:and|&)\s+references|references\s+(?:and|&)\s+sources|sources\s+of\s+data|bibliography|works\s+cited|(?:related\s+)?publications|further\s+reading|related\s+(?:documents|reports)|(?:written|oral)\s+evidence|downloads)$`)

// sourceListEntry reports an entry of a list under such a heading: a
// work or a data set cited ("NHS England (2023). Mental Health of
// Children and Young People in England", "Local activity returns, April
// 2022 to March 2025 (unpublished)."), page furniture whatever its years
// and numbers. A sentence with a share or money in it is left to the
// other rules.
func sourceListEntry(s string, b corpus.Block, section string) bool {
	return b.Kind == corpus.ListItem && section != "" && sourcesHeadingRe.MatchString(strings.TrimSpace(section)) &&
		!strings.ContainsAny(s, "%£")
}
