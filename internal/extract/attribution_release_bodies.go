package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// latestReleaseRe opens a finding told from "the most recent release" of
// data: "In the most recent release, 300,000 children were waiting",
// "According to the latest publication, ...". The release is the one the
// sentence before says a body publishes.
var latestReleaseRe = lazyre.New(`^(?:In|According\s+to)\s+(?:the|its|their)\s+(?:most\s+recent|latest|newest|last)\s+(?:release|publication|figures|data|statistics|update|edition|set\s+of\s+figures)\b`)

// publishesDataRe is a sentence saying which body publishes the data a
// later sentence reads from: "NHS England publishes monthly data on
// waiting lists for community health services.", "The ONS releases
// quarterly statistics on ...". Group 1 is the body.
var publishesDataRe = lazyre.New(`^(?:The\s+)?([A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|for|and))*?)\s+(?:publishes|published|releases|released|produces|produced|collects|collected)\s+(?:\w+\s+){0,3}(?:data|statistics|figures|counts|returns)\b`)

// releaseBody is the body whose latest release a finding is told from,
// named in the sentence before it (latestReleaseRe, publishesDataRe);
// empty when the sentence names its own source or the one before names
// no publishing body.
func releaseBody(text, before string) string {
	if before == "" || !latestReleaseRe.MatchString(strings.TrimSpace(text)) {
		return ""
	}
	m := publishesDataRe.FindStringSubmatch(strings.TrimSpace(before))
	if m == nil || !orgLike(m[1]) && !properName(m[1]) {
		return ""
	}
	return m[1]
}

// properName reports a name of two or more words, each capitalised
// ("Public Health Scotland"), or joined by "of", "for" or "and": a body
// that publishes statistics, as the sentence says it does.
func properName(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if w != "of" && w != "for" && w != "and" && !isUpper(w[0]) {
			return false
		}
	}
	return true
}

// nhsDatasetRe follows "NHS" with the subject of the statistics it names
// and their noun: " workforce statistics", " dental data", " workforce
// figures". Group 1 is the statistics' name after "NHS".
var nhsDatasetRe = lazyre.New(`^\s+((?:[a-z][a-z-]+\s+){1,2}(?:statistics|data|figures|estimates))\b`)

// nhsDatasetAfter matches nhsDatasetRe on rest, the text after name, when
// name is "NHS" alone. "According to NHS workforce statistics" cites
// "NHS workforce statistics", the series a reader can look up, as
// "NHS workforce statistics show" already did (datasetAfterRe); before,
// it cited "NHS", a system of many bodies, and no work of one. Any other
// body keeps its name ("figures from NHS England waiting list data" cites
// NHS England).
func nhsDatasetAfter(name, rest string) []int {
	if name != "NHS" {
		return nil
	}
	return nhsDatasetRe.FindStringSubmatchIndex(rest)
}
