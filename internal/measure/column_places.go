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
	h := headerPlaceWords(col)
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

// looseColumnPlace is the name a column header (its period taken out)
// gives in a place's form columnPlaceName leaves as maybe no place's: a
// name ending in "s", which a plural's header does too ("Sevenoaks (%)",
// "Hastings 2022 (%)", beside "Admissions (%)"), or a compass point
// before a name ("East Sussex 2024 (%)"), which compass says so. ""
// otherwise; compass is set for a compass point's name.
func looseColumnPlace(col string) (name string, compass bool) {
	// Cheap first: a name in such a form opens with a capital and a word
	// ending in "s" or a compass point, so most headers pay nothing more.
	w, _, _ := strings.Cut(strings.TrimSpace(col), " ")
	if w == "" || w[0] < 'A' || w[0] > 'Z' || !strings.HasSuffix(w, "s") && !compassAreas[strings.ToLower(w)] {
		return "", false
	}
	h := headerPlaceWords(col)
	h = strings.TrimSpace(columnWholeRe.ReplaceAllString(h, ""))
	h = strings.TrimSpace(columnCouncilRe.ReplaceAllString(h, ""))
	first, rest, _ := strings.Cut(h, " ")
	if h == "" || !areaNameRe.MatchString(h) || notPlaceLabels[first] {
		return "", false
	}
	if compassAreas[strings.ToLower(first)] {
		// "East Sussex", "North Yorkshire", never "South Asian" nor
		// "North East" (a region the list knows).
		second, _, _ := strings.Cut(rest, " ")
		if second == "" || notPlaceLabels[second] || compassAreas[strings.ToLower(second)] || notAreaFirst[strings.ToLower(second)] {
			return "", false
		}
		return h, true
	}
	if notAreaFirst[strings.ToLower(first)] || !strings.HasSuffix(first, "s") {
		return "", false
	}
	return h, false
}

// placeColumns reports every column of the row's figures headed by a
// place's name, one at least a place the list knows or a compass point's
// name ("East Sussex"): a table setting places side by side, where a
// name ending in "s" ("Sevenoaks", "Hastings") is a place as its
// neighbours are. Before (hostile check 67), Sevenoaks' column beside
// Tunbridge Wells and Kent measured "sevenoaks" with no place, and
// "Hastings 2022 (%)" beside "East Sussex 2024 (%)" placed nothing.
func (s *sentence) placeColumns() bool {
	if len(s.in.Columns) < 2 {
		return false
	}
	sure := false
	for _, c := range s.in.Columns {
		r, _ := withoutPeriod(c)
		name, known := columnPlaceName(r)
		loose, compass := looseColumnPlace(r)
		if name == "" && loose == "" {
			return false
		}
		sure = sure || known || compass
	}
	return sure
}

// headerPlaceWords is a header's words without its unit, whether in
// brackets ("Kent (%)") or after it ("Hastings %", as a header whose year
// was in brackets is left), and footnote marker.
func headerPlaceWords(col string) string {
	h := tidyHeader(withoutUnits(headerWithoutMarker(col)))
	if strings.HasSuffix(h, "%") {
		h = tidyHeader(trailingUnitRe.Get().ReplaceAllString(h, "$1"))
	}
	return h
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
		if loose, _ := looseColumnPlace(rest); loose != "" && s.placeColumns() {
			return loose
		}
		return ""
	}
	if !known && s.placeColumns() {
		return name
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

// ownYearColumn reports a column's period colPeriod that a row's,
// rowPeriod, disagrees with, where the column's header names more than
// its period and unit, rest (the header without its period): a column
// headed "England 2023/24 (%)" under a row of 2024/25. A row's "Q1
// 2024" under "Referrals 2024" narrows the column's year, and a row of
// 2023 under a column "2024" (a period alone, what the row's label
// measures) is 2023's.
func ownYearColumn(rest, rowPeriod, colPeriod string) bool {
	if tidy(withoutUnits(headerWithoutMarker(rest))) == "" {
		return false
	}
	r, c := ParsePeriod(rowPeriod), ParsePeriod(colPeriod)
	if r.IsZero() || c.IsZero() || r.Open || c.Open || r.Equal(c) {
		return false
	}
	return r.From < c.From || r.To > c.To
}
