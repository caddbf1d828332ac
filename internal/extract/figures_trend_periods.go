package extract

import "github.com/cypx/cypx/internal/lazyre"

// trendPeriodsRe ends the words before a small number in words that
// make it the span of periods a trend is told over ("fallen in each of
// the last four quarters", "the past three terms"), whose periods are no
// duration unit the trend rules see. "in four of the last six quarters"
// stays a count, as do a body's own sets ("across our nine teams").
var trendPeriodsRe = lazyre.New(`(?:^|\W)(?:the|these|those)\s+(?:last|past|previous|preceding|next|coming)$`)

// trendPeriods reports a small number in words after trendPeriodsRe
// (before is the lower-cased text before it, trailing spaces trimmed).
func trendPeriods(before string) bool { return trendPeriodsRe.MatchString(before) }

// readerWithinRe ends with a thing a reader is told they will get, or may
// ask for, within a time ("you will receive the result by letter
// within", "you may ask for an internal review within"): the procedure of
// a notice or a reply, not a finding. "Families waited more than 18
// weeks" measures; "must respond within 20 working days" (a duty the
// law sets, no "you") and "you have the right to start treatment within
// 18 weeks" (a standard) stay figures.
var readerWithinRe = lazyre.New(`\byou\s+(?:will|may|can)\s+(?:receive|get|hear|be\s+(?:sent|told|contacted|given)|ask|request|appeal|complain|apply)\b[^.;:!?]{0,80}\bwithin\s+$`)
