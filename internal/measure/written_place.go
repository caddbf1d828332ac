package measure

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"

	"github.com/cypx/cypx/internal/evidence"
)

// WrittenPlace is the place a figure is of, as far as its record says:
// its Place, else a place its population or measure names ("the North
// East" of the place list, or the name after "in": "Kent" of "children in
// Kent", of "uptake of MMR2 at 5 years was in Kent"), else "". A council
// area is no place the place list knows, and a record may keep it in its
// words rather than its place; two figures whose written places differ
// are of two places, whatever their keys share (links.Compare asks it of
// every pair its keys match). Before (hostile check 67) England's 85.7% of
// 2022 and "88.1% in Kent" of 2023, keyed alike but for "kent", made one
// measure in `cypx figures MMR2`, with a trend "2022 ▁█ 2023" that was two
// places.
func WrittenPlace(f evidence.Figure) string {
	if f.Place != "" {
		return f.Place
	}
	for _, s := range [2]string{f.Population, f.Measure} {
		if p := placeInWords(s); p != "" {
			return p
		}
	}
	return ""
}

// placeInWords is the place words name: one of the place list's, or the
// capitalised name after the last "in " ("in Kent", "in North Somerset"),
// none that names a time or a school year ("in March", "in Year 6").
func placeInWords(s string) string {
	if !strings.Contains(s, "in ") {
		return ""
	}
	if ps := findPlaces(s); len(ps) == 1 {
		return ps[0].name
	}
	i := strings.LastIndex(s, " in ")
	if i < 0 {
		if !strings.HasPrefix(s, "in ") && !strings.HasPrefix(s, "In ") {
			return ""
		}
		i = -1
	}
	var name []string
	for _, w := range strings.Fields(s[i+4:]) {
		w = strings.TrimRight(w, ",.;:)")
		if len(w) < 2 || !isUpper(w[0]) || w[1] < 'a' || w[1] > 'z' || notPlaceWords[w] {
			break
		}
		name = append(name, w)
	}
	return strings.Join(name, " ")
}

// notPlaceWords are capitalised words after "in" that name no place: the
// months, school years and stages, days.
var notPlaceWords = func() map[string]bool {
	m := setOf(`Year Years Reception Key Tier Spring Summer Autumn Winter Monday Tuesday Wednesday Thursday Friday Saturday Sunday Quarter Q1 Q2 Q3 Q4 The This That Their Our Its`)
	for _, n := range monthNames {
		m[n] = true
	}
	return m
}()

// OtherPlaces reports two figures written of two places (WrittenPlace):
// both say one, and not the same.
//
// A figure said of "here" with no name ("Locally, 28% …", "in our area",
// "in this area", "across the local area") is of the writer's own area,
// another place than one the other figure names: a local paper's
// "Locally, 28%" is not a report's 28% of England. Before (hostile check
// 70 G5) it was, and was cited to the report as its figure.
func OtherPlaces(f, g evidence.Figure) bool {
	a, b := WrittenPlace(f), WrittenPlace(g)
	switch {
	case a != "" && b != "":
		return !strings.EqualFold(a, b)
	case a == "" && b != "":
		return saysHere(f)
	case b == "" && a != "":
		return saysHere(g)
	}
	return false
}

// saysHere reports a figure whose measure or population places it in the
// writer's own area without naming it (hereRe).
func saysHere(f evidence.Figure) bool {
	return hereRe.MatchString(f.Measure) || hereRe.MatchString(f.Population)
}

// hereRe finds words placing a value in the writer's own area unnamed:
// "locally", "in our area", "in this area", "across the local area",
// "in our borough", "here".
var hereRe = lazyre.New(`(?i)(?:^|[^\w])(?:locally|here|(?:in|across|throughout|within)\s+(?:our|this|the\s+local|our\s+local)\s+(?:area|county|borough|district|city|town|patch|community|region))(?:[^\w]|$)`)
