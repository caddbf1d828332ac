package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
)

// meansAreNoCounts makes each count of a statistic that is a mean with a
// decimal a figure of unit other: "an average of 3.4 nights", "on average
// 3.8 affected teeth", "the average number of decayed teeth was 3.6", "5.3
// teeth removed on average", a table cell under a column or row labelled
// with an average. A mean per child or per case is no count of nights or
// teeth. A whole number is left a count ("an average caseload of 412
// children" is one, by the development set's convention), and so is a
// decimal count with no average named ("14.6 whole-time equivalent
// nurses"). labels are a table row's column headers (one a figure) and
// label, nil for a sentence.
func meansAreNoCounts(text string, figs []evidence.Figure, columns []string, label string) {
	if !hasDecimalCount(figs) || !strings.Contains(strings.ToLower(text), "average") && !strings.Contains(strings.ToLower(label), "average") && !anyAverage(columns) {
		return
	}
	for i := range figs {
		f := &figs[i]
		if f.Unit != evidence.UnitCount || f.Role == evidence.RoleBase || f.Value == float64(int64(f.Value)) || f.Value <= 0 || f.Value >= 1000 {
			continue
		}
		if columns != nil {
			if i < len(columns) && strings.Contains(strings.ToLower(columns[i]), "average") || strings.Contains(strings.ToLower(label), "average") {
				f.Unit = evidence.UnitOther
			}
			continue
		}
		if f.Offset < 0 || f.Offset > len(text) {
			continue
		}
		if averageNear(text, f.Offset, f.Offset+len(f.Text)) {
			f.Unit = evidence.UnitOther
		}
	}
}

// hasDecimalCount reports a count with a decimal among figs, the cheap
// test before any text is read.
func hasDecimalCount(figs []evidence.Figure) bool {
	for _, f := range figs {
		if f.Unit == evidence.UnitCount && f.Value != float64(int64(f.Value)) {
			return true
		}
	}
	return false
}

func anyAverage(cols []string) bool {
	for _, c := range cols {
		if strings.Contains(strings.ToLower(c), "average") {
			return true
		}
	}
	return false
}

// averageNear reports "average" in the clause before the figure at
// text[a:b] (since its last ";", ":" or "(", within 90 bytes), or "on
// average" straight after it, within its clause.
func averageNear(text string, a, b int) bool {
	before := strings.ToLower(text[:a])
	if i := strings.LastIndexAny(before, ";:("); i >= 0 {
		before = before[i+1:]
	}
	if len(before) > 90 {
		before = before[len(before)-90:]
	}
	if strings.Contains(before, "average") {
		return true
	}
	if b > len(text) {
		return false
	}
	after := strings.ToLower(text[b:])
	if i := strings.IndexAny(after, ";:,.("); i >= 0 {
		after = after[:i]
	}
	if len(after) > 60 {
		after = after[:60]
	}
	return strings.Contains(after, "on average")
}
