package library

import (
	"strconv"
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// reportHeadYearRe is a report's name with the one year it is for, as a
// running head or a title page sets it: "Director of Public Health Annual
// Report 2025", "School Nursing Review 2024", "Annual Report · 2023".
// Group 1 is the year. A period ("Annual Report 2024/25", "2024-25") is
// no year: a period is no date anywhere the importer reads one (a
// running header's "April 2024 to March 2025" dates nothing either).
var reportHeadYearRe = lazyre.New(`(?i)\b(?:report|review|account|strategy|plan|profile|assessment|statement|update|bulletin|yearbook)\b[^0-9]{0,60}?((?:19|20)\d\d)\b`)

// reportHeadYear dates a report by the year its running head, or a row
// at the head of its first page (above its first line of prose), names
// with the report ("Director of Public Health Annual Report 2025" over a
// chapter cut from it): the year, which the report gives where it gives
// no day. It is read only when nothing more exact dates the report.
// Before, a chapter so headed, its file made the day of the import, was
// refused: "could not tell the date".
func reportHeadYear(running []string, first []*row) (evidence.Date, string) {
	year := func(t string) (evidence.Date, bool) {
		t = strings.TrimSpace(t)
		m := reportHeadYearRe.FindStringSubmatchIndex(t)
		if m == nil || len(strings.Fields(t)) >= proseRowWords {
			return evidence.Date{}, false
		}
		if yearPeriodTailRe.MatchString(t[m[3]:]) || len(yearsInRe.FindAllString(t, -1)) > 1 {
			return evidence.Date{}, false // "2024/25", "2023 and 2024": a period
		}
		y, _ := strconv.Atoi(t[m[2]:m[3]])
		return evidence.Date{Year: y}, true
	}
	for _, t := range running {
		// The line as set: runningText would take a year closing it
		// for a page's number.
		if d, ok := year(t); ok {
			return d, "the running header: " + strings.TrimSpace(t)
		}
	}
	for _, r := range first {
		t := strings.TrimSpace(r.text())
		if len(strings.Fields(t)) >= proseRowWords {
			break
		}
		if d, ok := year(t); ok {
			return d, "the head of the first page: " + t
		}
	}
	return evidence.Date{}, ""
}

// yearsInRe is a year standing alone as a word; yearPeriodTailRe is the end
// of a period after its first year: "/25", " – 2025", "-26".
var (
	yearsInRe        = lazyre.New(`\b(?:19|20)\d\d\b`)
	yearPeriodTailRe = lazyre.New(`^\s*[/–—-]\s*\d`)
)
