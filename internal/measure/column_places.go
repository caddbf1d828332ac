package measure

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// A table may set places side by side as its columns: "Vaccine | Kent (%)
// | England (%)", "Harrowfield North (%) | Harrowfield total 2024/25 (%) |
// England average 2023/24 (%)". Each such column is its place's, as a row
// under "Area" is: its figures measure what the row's label (or the
// caption) says, and the place keys them apart. Before (hostile check
// 66), Kent's 88.1% measured "kent" with no place, or took England from a
// caption naming both, and the England average's figures had none.

// columnWholeRe is what a place's column may say beside the place: that
// it is the place's total or average, or the region it is ("South East
// region (%)").
var columnWholeRe = lazyre.New(`(?i)\s+(?:total|average|overall|mean|region|as\s+a\s+whole|\(all\))$`)

// columnCouncilRe is a council's name after its area's: "Kent County
// Council", "Medway Council", "Harrowfield Borough Council".
var columnCouncilRe = lazyre.New(`\s+(?:(?:County|Borough|City|District|Metropolitan\s+Borough)\s+)?Council$`)

// columnPlaceName is the place a column header (its period taken out)
// names and nothing else, its unit, a footnote marker and "total" or
// "average" aside, and whether the place list knows it (a nation, a
// region, an area's ICB); "" where the header says anything more.
func columnPlaceName(col string) (string, bool) {
	h := tidyHeader(withoutUnits(headerWithoutMarker(col)))
	h = strings.TrimSpace(columnWholeRe.ReplaceAllString(h, ""))
	// "Kent County Council (%)": the council's area.
	h = strings.TrimSpace(columnCouncilRe.ReplaceAllString(h, ""))
	if h == "" {
		return "", false
	}
	if wholePlace(h) {
		return findPlaces(h)[0].name, true
	}
	first, _, _ := strings.Cut(h, " ")
	if areaNameRe.MatchString(h) && !notAreaFirst[strings.ToLower(first)] && !notPlaceLabels[first] && !strings.HasSuffix(first, "s") {
		return h, false
	}
	return "", false
}

// tidyHeader is a header's words with its spaces squeezed.
func tidyHeader(h string) string {
	return strings.Join(strings.Fields(h), " ")
}

// columnPlace is the place column i of the row's figures is of, where its
// header names one place alone: a place the place list knows ("England
// (%)", "England average 2023/24 (%)"), or a name written as a place's
// ("Kent (%)", "Harrowfield North (%)") where another column of the row
// names a place the list knows (so "Uptake (%)" beside "Waiting (%)" is
// no place). "" otherwise.
func (s *sentence) columnPlace(i int) string {
	rest, _ := withoutPeriod(s.in.Columns[i])
	name, known := columnPlaceName(rest)
	if name == "" {
		// "England rate (%)": a known place and words a measure drops.
		if p := onlyPlace(rest); p != "" && tidy(withoutTimesAndPlaces(rest)) == "" {
			return p
		}
		return ""
	}
	if known {
		return name
	}
	for k, c := range s.in.Columns {
		if k == i {
			continue
		}
		r, _ := withoutPeriod(c)
		if _, ok := columnPlaceName(r); ok {
			return name
		}
	}
	return ""
}

// listedNameBeforeRe ends the words before a place listed after another
// name ("Kent and England", "Kent, Medway and England"); listedNameAfterRe
// opens the words after one listed before another ("England and Kent").
var (
	listedNameBeforeRe = lazyre.New(`(?:^|[\s,:(])(\p{Lu}\p{Ll}[\p{L}'’-]*)(?:,\s+|\s+and\s+|\s*&\s*)$`)
	listedNameAfterRe  = lazyre.New(`^(?:,\s+|\s+and\s+|\s*&\s*)(\p{Lu}\p{Ll}[\p{L}'’-]*)(?:$|[\s,.;:)])`)
)

// listedWithName reports place p of s listed with another name written
// as a place's, one the place list may not know: "Vaccine uptake, Kent
// and England" names two places, and a caption or heading so written
// places none of the figures under it. Before (hostile check 66), every
// figure of the table was England's, Kent's column too.
func listedWithName(s string, p placeSpan) bool {
	if m := listedNameBeforeRe.FindStringSubmatch(s[:p.start]); m != nil && !notPlaceLabels[m[1]] {
		return true
	}
	if m := listedNameAfterRe.FindStringSubmatch(s[p.end:]); m != nil && !notPlaceLabels[m[1]] {
		return true
	}
	return false
}
