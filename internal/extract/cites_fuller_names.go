package extract

import "strings"

// fullerCites is a statistic's cited body under the full name a statistic
// before it under the same heading gave it: "The ICB's own figures show
// ..." after "According to Orrington and Vale ICB, ..." cites Orrington
// and Vale ICB, not "ICB". Only a one-word name the earlier one ends with
// ("ICB", "Commissioner") is taken for it; any other stands.
func fullerCites(cites, last string) string {
	if cites == "" || last == "" || strings.Contains(cites, " ") || cites == last {
		return cites
	}
	if strings.HasSuffix(withoutWorkYear(last), " "+cites) {
		return withoutWorkYear(last)
	}
	return cites
}
