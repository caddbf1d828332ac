package links

import (
	"fmt"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/measure"
)

// Verdict is what comparing two figures of one measure found.
type Verdict int

// The verdicts of Compare.
const (
	// NotComparable: another measure, group, place, or periods that
	// neither match nor follow one another.
	NotComparable Verdict = iota
	// SameValue: the same period and values equal within their rounding.
	SameValue
	// OtherValue: the same period and values that differ beyond it.
	OtherValue
	// OtherPeriod: periods that follow one another.
	OtherPeriod
)

// Compare decides how two figures of items in different sources stand:
// rel says whether the sources are one study (coverage of a report, a
// citation of it), which lets a figure whose text leaves its group or
// period unsaid take the other's. Precision comes first: a disagreement is
// only claimed when both measures match, no place differs, and both
// periods are known to be the same (or one study leaves one unsaid).
func Compare(f, g evidence.Figure, rel measure.Related) Verdict {
	if f.Key == "" || g.Key == "" || f.Role == evidence.RoleBase || g.Role == evidence.RoleBase ||
		f.Role == evidence.RoleRange || g.Role == evidence.RoleRange {
		return NotComparable
	}
	if f.Place != "" && g.Place != "" && f.Place != g.Place {
		return NotComparable
	}
	if !measure.Match(measure.ParseKey(f.Key), measure.ParseKey(g.Key), rel) {
		return NotComparable
	}
	pf, pg := measure.ParsePeriod(f.Period), measure.ParsePeriod(g.Period)
	samePeriod := pf.Equal(pg) || rel == measure.SameStudy && (pf.IsZero() || pg.IsZero())
	agree := measure.Agree(f, g)
	switch {
	case samePeriod && agree:
		return SameValue
	case samePeriod:
		return OtherValue
	case pf.IsZero() && pg.IsZero() && agree:
		// Neither says when; the same value for one measure is the same
		// finding repeated, which is what coverage does most.
		return SameValue
	case f.Role != evidence.RoleChange && g.Role != evidence.RoleChange && (pf.Before(pg) || pg.Before(pf)):
		return OtherPeriod
	}
	return NotComparable
}

// Relation says whether two items' sources are one study for Compare:
// parts of one report, coverage of the other, or a citation of its body.
func (e *Engine) Relation(it, c evidence.Item) measure.Related {
	about, isCoverage := e.sources[it.Source.About]
	switch {
	case sameReport(it.Source, c.Source),
		isCoverage && sameReport(about, c.Source),
		c.Source.About != "" && sameReport(e.sources[c.Source.About], it.Source),
		citesSource(it.Cites, c.Source), citesSource(c.Cites, it.Source):
		return measure.SameStudy
	}
	return measure.Unrelated
}

// figureLinks compares each figure of it with each of c's and makes a
// link for each pair of one measure: same-finding, disagrees or trend.
// Items of one report are not compared: its figures are parts of one
// account, not sources checking one another.
func (e *Engine) figureLinks(it, c evidence.Item) []Link {
	if it.Kind != evidence.Statistic || c.Kind != evidence.Statistic || sameReport(it.Source, c.Source) {
		return nil
	}
	rel := e.Relation(it, c)
	coveredBy := c.Source.About != "" && sameReport(e.sources[c.Source.About], it.Source)
	var out []Link
	used := map[int]bool{} // each of c's figures is compared once, with the first that matches
	for _, f := range it.Figures {
		for j, g := range c.Figures {
			if used[j] {
				continue
			}
			v := Compare(f, g, rel)
			if v == NotComparable {
				continue
			}
			used[j] = true
			l := Link{Item: c, Score: 1, Compared: &Comparison{Figure: f, Other: g}}
			switch v {
			case SameValue:
				l.Type = SameFinding
				l.Reason = fmt.Sprintf("same figure for this measure (%s here, %s) %s", f.Badge(), g.Badge(), e.reportedBy(c, coveredBy, false))
			case OtherValue:
				l.Type = Disagrees
				l.Reason = DisagreeReason(it, f, c, g)
			case OtherPeriod:
				l.Type = Trend
				l.Reason = trendReason(it, f, c, g)
			}
			out = append(out, l)
			break
		}
	}
	return out
}

// DisagreeReason names both values and both sources:
// "46% (Tes, 2024) against 44% (DHSC, 2024) for the same measure, group and period (April 2024)".
func DisagreeReason(it evidence.Item, f evidence.Figure, c evidence.Item, g evidence.Figure) string {
	when := f.Period
	if when == "" {
		when = g.Period
	}
	r := fmt.Sprintf("another value: %s (%s) against %s (%s) for the same measure", g.Badge(), evidence.CitationLabel(c.Source), f.Badge(), evidence.CitationLabel(it.Source))
	if when != "" {
		r += ", " + when
	}
	return r
}

// trendReason gives the direction and both values in time order:
// "trend: up from 35% (April 2023, DHSC, 2023) to 44% (April 2024, DHSC, 2024)".
func trendReason(it evidence.Item, f evidence.Figure, c evidence.Item, g evidence.Figure) string {
	first, firstSrc, then, thenSrc := f, it.Source, g, c.Source
	if measure.ParsePeriod(g.Period).Before(measure.ParsePeriod(f.Period)) {
		first, firstSrc, then, thenSrc = g, c.Source, f, it.Source
	}
	return fmt.Sprintf("trend: %s from %s (%s, %s) to %s (%s, %s)", Direction(first, then),
		first.Badge(), first.Period, evidence.CitationLabel(firstSrc), then.Badge(), then.Period, evidence.CitationLabel(thenSrc))
}

// Direction is a trend's direction read from its figures: "up", "down"
// or "unchanged", earlier period first; "" when the periods are not ordered.
func Direction(f, g evidence.Figure) string {
	pf, pg := measure.ParsePeriod(f.Period), measure.ParsePeriod(g.Period)
	if pg.Before(pf) {
		f, g = g, f
	} else if !pf.Before(pg) {
		return ""
	}
	switch {
	case measure.Agree(f, g):
		return "unchanged"
	case g.Value < f.Value:
		return "down"
	}
	return "up"
}
