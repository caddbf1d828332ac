package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestAnAttendanceSectionKeepsItsFigures: a section headed "Attendance"
// over sentences stating figures is a school's or a report's account of
// pupils' attendance, and its figures are statistics; a meeting's roster
// of names under "Attendance" or "Present" stays no evidence. Before
// (hostile check 66), every sentence under "## Attendance" was dropped.
func TestAnAttendanceSectionKeepsItsFigures(t *testing.T) {
	doc := parsePublished(t, "Kent County Council", `## Attendance

Persistent absence fell to 12% of pupils in Kent in 2024/25, from 15% in 2023/24.

Attendance this half term was 95.8%, up from 94.1% in the autumn term.

In 2024/25, 410 pupils in Medway were persistently absent, up from 350 in 2023/24.

## Present

Cllr Jo Dean, Cabinet Member for Children

Dr Amira Khan, Director of Public Health

## Attendance

Cllr Sam Ward (Chair), Kent County Council
`)
	values := map[float64]bool{}
	for _, it := range extract.Extract(doc) {
		if it.Kind == "statistic" {
			for _, f := range it.Figures {
				values[f.Value] = true
			}
		}
		if it.Kind != "statistic" {
			t.Errorf("roster line %q kept as %s", it.Text, it.Kind)
		}
	}
	for _, v := range []float64{12, 15, 95.8, 94.1, 410, 350} {
		if !values[v] {
			t.Errorf("%v lost: %v", v, values)
		}
	}
}
