package library

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// dashViewerRe is the name of the viewer a public dashboard is shown
	// in, the first line of its page saved as text: the tool's, not the
	// report's title.
	dashViewerRe = lazyre.New(`^(?:Microsoft\s+)?(?:Power\s+BI|Tableau(?:\s+Public)?|Looker\s+Studio|Qlik\s+Sense)$`)
	// dashRefreshedRe is a dashboard's "Last refreshed: 02/12/2025 06:14"
	// line, the only date its export gives: when its figures were read.
	dashRefreshedRe = lazyre.New(`(?i)^(?:data\s+)?last\s+(?:refreshed|updated)(?:\s+on)?\s*:?\s+(.+)$`)
)

// skipViewerLine steps over a dashboard viewer's name standing alone at
// line i, so that the report's own title is read as the title.
func skipViewerLine(lines []string, i int) int {
	if i < len(lines) && dashViewerRe.MatchString(strings.TrimSpace(lines[i])) {
		for i++; i < len(lines) && strings.TrimSpace(lines[i]) == ""; i++ {
		}
	}
	return i
}

// refreshedDate is the date of a "Last refreshed:" line, or zero.
func refreshedDate(t string) evidence.Date {
	if len(t) < 14 || (t[0] != 'L' && t[0] != 'l' && t[0] != 'D' && t[0] != 'd') {
		return evidence.Date{}
	}
	if m := dashRefreshedRe.FindStringSubmatch(t); m != nil {
		return textDate(m[1])
	}
	return evidence.Date{}
}

var (
	// dashPaneRe heads a viewer's pane listed one entry a line: the page
	// tabs and the filter panes with their slicers ("Place" over "All").
	dashPaneRe = lazyre.New(`^(?:Pages|Filters(?:\s+on\s+(?:this|all)\s+pages?)?|Visualizations|Bookmarks)$`)
	// dashChromeRe is a line of the viewer's own, never the report's:
	// its buttons and footer, its "Data to:" line and the help it gives
	// on using the page rather than on what the figures say.
	dashChromeRe = lazyre.New(`(?i)^(?:(?:data\s+)?last\s+(?:refreshed|updated)\b.*|data\s+to\s*:.*|clear\s+all\s+filters|open\s+in\s+full[- ]screen(?:\s+mode)?|share|zoom\s+\d{1,3}\s?%|published\s+with\s+(?:power\s+bi|tableau|looker\s+studio)\b.*|terms\s+of\s+use\s*\|.*|this\s+(?:summary|dashboard|page)\s+(?:is|was)\s+(?:generated|refreshed|updated)\b.*|(?:select|click(?:\s+on)?|hover\s+over)\s+[^.]{0,60}?\b(?:to\s+filter|for\s+the)\b.*|we\s+recommend\s+(?:reading|viewing|using)\s+this\s+(?:dashboard|report)\b.*)$`)
)

// dashboardExport reads a public dashboard saved as text, whose first line
// is the viewer's name: the date of its "Last refreshed" line, and its lines
// without the viewer's panes and chrome (tabs, filters, buttons, footer),
// which are not the report's words. ok is false for any other text.
func dashboardExport(lines []string) (date evidence.Date, rest []string, ok bool) {
	i := 0
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	if i == len(lines) || !dashViewerRe.MatchString(strings.TrimSpace(lines[i])) {
		return date, lines, false
	}
	inPane := false
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
			inPane = false
		case inPane:
			continue
		case dashPaneRe.MatchString(t):
			inPane = true
			continue
		case dashChromeRe.MatchString(t):
			if d := refreshedDate(t); date.IsZero() {
				date = d
			}
			continue
		}
		rest = append(rest, l)
	}
	return date, rest, true
}
