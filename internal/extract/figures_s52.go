package extract

import "github.com/cypx/cypx/internal/lazyre"

// ownOrSpanSetRe ends the words before a small number in words that make
// it a set the writer already knows, not a finding: its own set a
// measure spans ("across our five services, 83% of ..."), as "across
// its" and "across their" already do ("at our two hospices" stays a
// count); or the span of periods a trend is told over
// ("fallen in each of the last four quarters", "the past three terms"),
// whose periods are no duration unit the trend rules see. "six teams"
// and "in four of the last six quarters" stay counts.
var ownOrSpanSetRe = lazyre.New(`(?:^|\W)(?:across\s+our|(?:the|these|those)\s+(?:last|past|previous|preceding|next|coming))$`)

// ownOrSpanSet reports a small number in words after ownOrSpanSetRe
// (before is the lower-cased text before it, trailing spaces trimmed).
func ownOrSpanSet(before string) bool { return ownOrSpanSetRe.MatchString(before) }

// readerWithinRe ends with a thing a reader is told they will get, or may
// ask for, within a time ("you will receive the result by letter
// within", "you may ask for an internal review within"): the procedure of
// a notice or a reply, not a finding. "Families waited more than 18
// weeks" measures, and "must respond within 20 working days" (a duty the
// law sets, no "you") stays a figure.
var readerWithinRe = lazyre.New(`\byou\s+(?:will|would|should|may|can|could|have\s+the\s+right\s+to)\s+[^.;:!?]{0,80}\bwithin\s+$`)
