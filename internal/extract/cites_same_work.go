package extract

import "github.com/cypx/cypx/internal/lazyre"

var (
	// sameWorkRe opens a finding told from the work a statistic before it
	// cited: "In the same survey, ...", "The same analysis found ...",
	// "The same release shows ...".
	sameWorkRe = lazyre.New(`^(?:In\s+)?[Tt]he\s+same\s+(?:[a-z’'-]+\s+){0,2}?(?:survey|analysis|report|review|release|publication|study|research|data|figures|statistics|census|audit|poll|estimates?)\b`)
	// itsWorkRe opens a finding told from the work of the body the item
	// just before cited: "Its annual survey found ...", "Its own
	// members' figures suggest ...", "Their analysis shows ...".
	itsWorkRe = lazyre.New(`^(?:In\s+)?(?:Its|Their)\s+(?:[a-z’'-]+\s+){0,3}?(?:survey|analysis|report|review|release|publication|study|research|data|figures|statistics|census|audit|poll|estimates?)\b`)
)

// sameWorkCites is the body a statistic's finding is told from when it
// names the work only by pointing back to it: "In the same survey, rates
// were higher among those aged 17 to 19" after "NHS England's latest
// survey ... found" cites NHS England (stat, the body the statistic before
// it cited, none when that one cited no one: the same survey is then the
// publisher's), and "Its annual survey found that only 1 in
// 3 health visitors ..." the body the item just before cited (prev), none
// when that item cited no one: "its" is then the publisher's or no one
// a reader can tell. Before, both cited no one, a survey's figure read as
// the publisher's own.
func sameWorkCites(text, stat, prev string) string {
	switch {
	case sameWorkRe.MatchString(text):
		return stat
	case itsWorkRe.MatchString(text):
		return prev
	}
	return ""
}
