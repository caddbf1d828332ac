package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/measure"
)

// unmarkPlaceGaps makes no change of each figure that is a difference
// with another place, an average or a group, no earlier time
// (measure.PlaceGapAfter): the level beside it did not change by it. The
// difference stays a figure of its own, as the development set reads "a
// rate 38% higher than the England average" and "£1.34m more than Option
// A", measured by its comparison; the record has no role for a gap. Before (hostile check 67), "In 2023,
// 64% of children in Kent were seen within 18 weeks, 7 points higher than
// in Medway (57%)" gave the 64% the change "up 7 points" and made the 7
// points a change figure of Kent's children; "20% more than in Medway"
// after a count and "one percentage point lower than in England (22%)"
// so.
func unmarkPlaceGaps(s string, figs []evidence.Figure) {
	if !strings.Contains(s, " than ") {
		return
	}
	for i := range figs {
		if f := &figs[i]; f.Role == evidence.RoleChange && measure.PlaceGapAfter(s[f.Offset+len(f.Text):]) {
			f.Role = ""
		}
	}
}

// unkeyPlaceGaps takes the key off each figure of text that is a
// difference with another place, an average or a group (unmarkPlaceGaps
// made it no change), and its people: it measures no level of any place,
// so `cypx figures` never sets it beside one ("20% more than in Medway"
// is no 20% of Kent's children, nor of Medway's).
func unkeyPlaceGaps(text string, figs []evidence.Figure) {
	if !strings.Contains(text, " than ") {
		return
	}
	for i := range figs {
		if f := &figs[i]; f.Role == "" && f.Offset+len(f.Text) <= len(text) && measure.PlaceGapAfter(text[f.Offset+len(f.Text):]) {
			f.Key, f.Population = "", ""
		}
	}
}
