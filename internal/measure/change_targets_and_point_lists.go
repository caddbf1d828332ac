package measure

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// targetAfterRe follows a figure that is a target or standard, not a
// level: "the 95% target", "95% standard".
var targetAfterRe = lazyre.New(`(?i)^\s+(?:target|ambition|goal|standard|benchmark|threshold|aspiration)s?\b`)

// targetBeforeOfRe ends with the words before a target's value: "a
// target of", "the 95% standard of".
var targetBeforeOfRe = lazyre.New(`(?i)\b(?:target|ambition|goal|standard|benchmark|aspiration)\s+of\s+$`)

// gapAfterRe follows a gap in points between two levels: "2 points
// short of", "3pp below".
var gapAfterRe = lazyre.New(`(?i)^\s+(?:short\s+of|below|above|behind|ahead\s+of)\b`)

// targetOrGap reports figure j as a target ("the 95% target") or a gap
// in points between a level and another ("2 points short of"): neither
// is the level a change in the sentence changed, so "Uptake fell 3pp, 2
// points short of the 95% target" gives the 95% no "down 3pp" (hostile
// check 57).
func (s *sentence) targetOrGap(j int) bool {
	f := s.in.Figures[j]
	end := f.Offset + len(f.Text)
	if end > len(s.text) || f.Offset > len(s.text) {
		return false
	}
	after := s.text[end:]
	if targetAfterRe.MatchString(after) || targetBeforeOfRe.MatchString(s.text[max(0, f.Offset-40):f.Offset]) {
		return true
	}
	return f.Unit == evidence.UnitOther && gapAfterRe.MatchString(after) && !strings.HasSuffix(strings.TrimSpace(s.text[:f.Offset]), "by")
}

// targetOrGapAfter is the first figure after change i that is a target
// or a gap (targetOrGap), or -1: it is of the change's time, "fell 3pp,
// 2 points short of the 95% target, in 2023" a fall of 2023.
func (s *sentence) targetOrGapAfter(i int) int {
	for j := i + 1; j < len(s.in.Figures); j++ {
		if s.in.Figures[j].Period != "" && s.targetOrGap(j) {
			return j
		}
	}
	return -1
}

// pointsListGapRe is the text between two changes listed after one verb
// with nothing of their own between: ", ", " and ", ", or ".
var pointsListGapRe = lazyre.New(`^\s*(?:,|,?\s+and|,?\s+or)\s+$`)

// pointsLists gives each change in a list after one verb ("fell 3pp,
// 2pp and 1pp in Kent, Medway and Sussex in 2023", "fell by 2pp, 3pp
// and 4pp in the three areas in 2023") the first's measure and, where
// it has none, the period the list ends with: the list is one verb's,
// its time and its subject said once. Before (hostile check 57) the
// first two had no period and the last measured "in Kent, Medway and
// Sussex". Periods or places listed after the changes pair with them in
// order (pairListed), and a list whose changes each name their place
// ("fell 3pp in Kent and 2pp in Sussex in 2023") keeps each its own
// (hostile check 58).
func (s *sentence) pointsLists() {
	figs := s.in.Figures
	for a := 0; a < len(figs); {
		b, interleaved := a, false
		for b+1 < len(figs) && listedChange(figs[b], figs[b+1]) {
			gap := s.text[figs[b].Offset+len(figs[b].Text) : figs[b+1].Offset]
			if !interleaved && pointsListGapRe.MatchString(gap) {
				b++
			} else if (b == a || interleaved) && interleavedGapRe.MatchString(gap) {
				interleaved = true
				b++
			} else {
				break
			}
		}
		if b > a && !interleaved && s.pairLeadListed(a, b) {
			a = s.placedAfterList(a, b) + 1
			continue
		}
		if b > a && figs[a].Measure != "" {
			base := figs[a].Measure
			if interleaved {
				first, _ := s.interleavedPlace(a)
				base = withoutPlace(base, first)
			}
			for k := a + 1; k <= b; k++ {
				figs[k].Measure = base
				if figs[k].Population == "" {
					figs[k].Population = figs[a].Population
				}
			}
			if p := figs[b].Period; p != "" {
				for k := a; k < b; k++ {
					if figs[k].Period == "" {
						figs[k].Period = p
					}
				}
			}
			if interleaved {
				for k := a; k <= b; k++ {
					if it, ok := s.interleavedPlace(k); ok {
						s.giveListed(k, it, base)
					}
				}
			} else {
				s.pairListed(a, b, base)
			}
		}
		a = s.placedAfterList(a, b) + 1
	}
}

// placedLaterRe is the text between a list of changes and one more
// that names its own place before it: " respectively, and in Surrey by
// ", ", and in Surrey by ". Group 1 is the place.
var placedLaterRe = lazyre.New(`^(?:\s+respectively)?\s*,?\s+and\s+(?:in|for)\s+((?:the\s+)?[A-Z][A-Za-z'’-]*(?:\s+[A-Z][A-Za-z'’-]*)*)\s+by\s+$`)

// ownPlaceEndRe is a place a measure ends with: " in Kent".
var ownPlaceEndRe = lazyre.New(`\s+in\s+(?:the\s+)?[A-Z][A-Za-z'’-]*(?:\s+[A-Z][A-Za-z'’-]*)*$`)

// placedAfterList gives the change after changes a..b that names its own
// place before it the list's measure, that place, and its period to the
// list's changes with none: "In Kent and Sussex uptake fell by 3pp and
// 2pp respectively, and in Surrey by 1pp, in 2023" is down 1pp "uptake
// in Surrey", all three of 2023 (hostile check 60: the 1pp was lost, its
// words in the others' measure). It is the last change of the list read.
func (s *sentence) placedAfterList(a, b int) int {
	figs := s.in.Figures
	c := b + 1
	if c >= len(figs) || !listedChange(figs[b], figs[c]) {
		return b
	}
	end := figs[b].Offset + len(figs[b].Text)
	m := placedLaterRe.FindStringSubmatchIndex(s.text[end:figs[c].Offset])
	if m == nil {
		return b
	}
	it, _, ok := s.listedItemAt(end + m[2])
	if !ok || it.period != "" {
		return b
	}
	base := figs[a].Measure
	if figs[a].Place == "" {
		base = ownPlaceEndRe.ReplaceAllString(base, "")
	}
	figs[c].Measure = base
	figs[c].Population = figs[a].Population
	s.giveListed(c, it, base)
	for k := a; k <= b; k++ {
		if figs[k].Period == "" {
			figs[k].Period = figs[c].Period
		}
	}
	return c
}

// listedChange reports g a change listed right after change f, in the
// same unit, or in points and per cent ("fell by 3pp, 2% and 1pp": one
// verb's list).
func listedChange(f, g evidence.Figure) bool {
	return f.Role == evidence.RoleChange && g.Role == evidence.RoleChange && sameOrShareUnit(f.Unit, g.Unit) &&
		g.Offset >= f.Offset+len(f.Text)
}

// sameOrShareUnit reports two changes' units one, or one in points and
// one in per cent: both are changes of a share.
func sameOrShareUnit(a, b evidence.Unit) bool {
	share := func(u evidence.Unit) bool { return u == evidence.UnitPercent || u == evidence.UnitOther }
	return a == b || share(a) && share(b)
}

// percentagePointsRe ends a figure's text written in percentage points,
// in full or abbreviated: "4 percentage points", "3 percentage pts",
// "2.4 percentage-points", "3 %pts", "3% points", "3 percent points",
// "3pp", "3 ppts", "3 ppt", "3 pct pts", "3 pc pts".
var percentagePointsRe = lazyre.New(`(?i)(?:percentage[\s-](?:points?|pts?)|(?:%\s?|per\s?cent\s+|\d\s?(?:pct|pc)\s+)(?:points?|pts?)|\d\s?(?:pp|ppts?|p\.p\.))$`)

// PercentagePoints reports a figure's text written in percentage points,
// the one test of that unit: the extractor's readers of a share's change
// and this package's change rules all call it. A change of a share in
// points is unit other, never a percentage. "3pp" was left in the
// measure's words and key, no figure (hostile check 53).
func PercentagePoints(text string) bool {
	return percentagePointsRe.MatchString(strings.TrimSpace(text))
}

// pointsWordRe ends a change's text in points written with the bare word,
// once the figure is read as a change: "3 points", "3 pts", "3 pt".
var pointsWordRe = lazyre.New(`(?i)\bp(?:oin)?ts?$`)

// PointsChange reports a change stated in points ("4 percentage points",
// "3pp", "3 points"): unit other, the text in points. It changes only a
// share, so "Uptake fell 3pp in 2023 and 12 schools closed in 2022" gives
// the schools no "down 3pp" (hostile check 57). The extractor's role rule
// calls it too.
func PointsChange(f evidence.Figure) bool {
	if f.Unit != evidence.UnitOther {
		return false
	}
	t := strings.TrimSpace(f.Text)
	return PercentagePoints(t) || pointsWordRe.MatchString(t)
}

// reachedByAnother reports level j reached by a change other than i
// right before it: in "rose 2pp in 2022 and 3pp in 2023, to 85%" the 85%
// is the 3pp's level, of 2023, never the 2pp's (hostile check 57: it
// was of 2022, up 2pp).
func (s *sentence) reachedByAnother(i, j int) bool {
	k := j - 1
	return k != i && k >= 0 && s.in.Figures[k].Role == evidence.RoleChange && s.reached(k, j)
}
