package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// eventHeadcountRe is a meeting's or webinar's own headcount, its
	// bookings and room, and the time left in it: "about 140 people on
	// the call tonight", "38 people have booked so far", "there is space
	// for 50", "we have about ten minutes left". The event's housekeeping,
	// no finding about services.
	eventHeadcountRe = lazyre.New(`\b(?:(?:about|around|over|nearly|almost)\s+)?[\w,]+\s+(?:people|of\s+you|parents|members)\s+(?:(?:on|joining)\s+(?:the|this|tonight['’]s|today['’]s)\s+(?:call|webinar|session|meeting|line)|in\s+the\s+room|(?:have|has)\s+(?:already\s+)?(?:booked|registered|signed\s+up)(?:\s+so\s+far)?)|\b(?:space|room|places|seats)\s+for\s+(?:up\s+to\s+)?\d{1,4}\b|\b(?:about|around|only|just)\s+[\w-]+\s+minutes\s+left\b`)
	// ratedMetricsRe counts a performance report's own metrics by their
	// rating: "Five of the nine metrics are rated red this month". How
	// many of its measures a report rates red is its scorecard, not a
	// finding (the measures' values are).
	// pageReadsRe is a page's own count of its readers: "This story has
	// been read 214 times", "viewed 1,020 times".
	pageReadsRe    = lazyre.New(`\b(?:this\s+(?:story|page|post|article|review)\s+has\s+been\s+)(?:read|viewed|seen|opened)\s+[\d,]+\s+times\b`)
	ratedMetricsRe = lazyre.New(`\b[\w-]+\s+of\s+(?:the|our|its)\s+[\w-]+\s+(?:[\w’'-]+\s+){0,5}?(?:metrics|indicators|measures|kpis|standards)\s+(?:are|were|is|was)\s+(?:now\s+)?(?:rated\s+)?(?:red|amber|green)\b[^.;]*`)
)

// maskEventCounts marks an event's own headcount and time left, a page's
// count of its readers, and a performance report's count of its own
// metrics by rating (the
// regular expressions above): read as figures they made statistics of
// housekeeping.
func maskEventCounts(lower string, taken []bool) {
	mark := func(re *lazyre.Regexp) {
		for _, m := range re.FindAllStringIndex(lower, -1) {
			for i := m[0]; i < m[1]; i++ {
				taken[i] = true
			}
		}
	}
	if strings.Contains(lower, "people") || strings.Contains(lower, " for ") || strings.Contains(lower, "minutes left") || strings.Contains(lower, " of you") {
		mark(eventHeadcountRe)
	}
	if strings.Contains(lower, " times") && strings.Contains(lower, "has been") {
		mark(pageReadsRe)
	}
	if strings.Contains(lower, "rated") || strings.Contains(lower, " red") || strings.Contains(lower, " amber") {
		mark(ratedMetricsRe)
	}
}
