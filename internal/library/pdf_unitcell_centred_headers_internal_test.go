package library

import (
	"slices"
	"testing"
)

// TestCellSetLeftUnderACentredHeaderIsOneCell: a unit cell set left in
// its column ("per 100,000") runs across the left edge of the centred
// header over it ("Unit"), with nothing of it in the column before: it is
// one cell. Before, it was cut at that edge into "per" and a figure of
// 100,000 under the unit's header, and the row had a column too many.
// Two cells poppler joined into one run, the first in the column before
// the edge ("2021 1,240"), are still cut.
func TestCellSetLeftUnderACentredHeaderIsOneCell(t *testing.T) {
	run := func(text string, x0, x1 float64) *piece {
		return newPiece([]*frag{{x0: x0, x1: x1, y0: 100, y1: 110, size: 8.5, text: text}}, 1)
	}
	texts := func(ps []*piece) []string {
		var out []string
		for _, p := range ps {
			out = append(out, p.text)
		}
		return out
	}
	// "Indicator" centred over a wide label column, "Unit" centred over
	// the unit column, then two columns of figures.
	cols := [][2]float64{{56, 252}, {294, 312}, {396, 412}, {476, 490}}
	line := []*piece{run("Hospital admissions for tooth extraction", 56, 252), run("per 100,000", 269, 316), run("312", 397, 412)}
	if got := texts(splitBetweenColumns(line, cols, 1)); !slices.Equal(got, []string{"Hospital admissions for tooth extraction", "per 100,000", "312"}) {
		t.Errorf("cells %q, want the unit whole", got)
	}
	glued := []*piece{run("2021 1,240", 60, 120)}
	if got := texts(splitBetweenColumns(glued, [][2]float64{{58, 80}, {95, 125}}, 1)); !slices.Equal(got, []string{"2021", "1,240"}) {
		t.Errorf("cells %q, want two", got)
	}
}

// TestHeaderCentredOverShortLabelsHeadsThem: a header centred in a wide
// first column ("Service") over labels set left and short ("Autism
// assessment") stands apart from them, a column of its own: it is joined
// with the labels, as the header of theirs. Before, the labels had an
// empty header and "Service" headed a column of nothing. A year set left
// beside an empty corner, over figures set right, still goes to its
// figures.
func TestHeaderCentredOverShortLabelsHeadsThem(t *testing.T) {
	cell := func(s string) []*piece {
		if s == "" {
			return nil
		}
		return []*piece{{text: s}}
	}
	rows := func(rs ...[]string) [][][]*piece {
		var out [][][]*piece
		for _, r := range rs {
			var tr [][]*piece
			for _, c := range r {
				tr = append(tr, cell(c))
			}
			out = append(out, tr)
		}
		return out
	}
	first := func(table [][][]*piece) []string {
		var out []string
		for _, tr := range table {
			s := ""
			for _, p := range tr[0] {
				s += p.text
			}
			out = append(out, s)
		}
		return out
	}
	table := rows(
		[]string{"", "Service", "Referrals", "Change (%)"},
		[]string{"Autism assessment", "", "1,940", "+21"},
		[]string{"Continence service", "", "610", "+6"},
	)
	got, cols := joinHeaderOnlyColumns(table, [][2]float64{{56, 140}, {150, 185}, {400, 440}, {480, 520}})
	if len(cols) != 3 || !slices.Equal(first(got), []string{"Service", "Autism assessment", "Continence service"}) {
		t.Errorf("first column %q of %d columns, want Service over the labels, of three", first(got), len(cols))
	}
	corner := rows(
		[]string{"", "2023/24", "", "2024/25", ""},
		[]string{"Hillside", "", "88.1", "", "86.9"},
		[]string{"Quayside", "", "79.4", "", "80.2"},
	)
	got, cols = joinHeaderOnlyColumns(corner, [][2]float64{{56, 110}, {200, 240}, {250, 280}, {300, 340}, {350, 380}})
	if len(cols) != 3 || !slices.Equal(first(got), []string{"", "Hillside", "Quayside"}) {
		t.Errorf("first column %q of %d columns, want the labels alone, of three", first(got), len(cols))
	}
}

// TestNumberedLabelsAreNoTightColumn: rows whose labels end in their own
// number ("Practice number 1", "Practice number 2") beside their figures
// keep the labels whole. Before, the rows agreed on a gap before the
// number, as a tight first column's rows do ("2021 1,240"), and every
// label was cut into "Practice number" and a figure, a column of its own
// that broke the table's header. Labels that differ ("2021", "2022") are
// still cut from their figures.
func TestNumberedLabelsAreNoTightColumn(t *testing.T) {
	line := func(y float64, runs ...[3]any) *row {
		r := &row{y0: y, y1: y + 10}
		for _, f := range runs {
			r.frags = append(r.frags, &frag{x0: f[1].(float64), x1: f[2].(float64), y0: y, y1: y + 10, size: 10, text: f[0].(string)})
		}
		return r
	}
	l := &layout{bodyH: 12}
	first := func(rs []*row) []string {
		var out []string
		for _, r := range rs {
			out = append(out, pieces(r, 1)[0].text)
		}
		return out
	}
	numbered := []*row{
		line(100, [3]any{"Practice number 1", 60.0, 147.0}, [3]any{"50", 300.0, 312.0}),
		line(114, [3]any{"Practice number 2", 60.0, 147.0}, [3]any{"51", 300.0, 312.0}),
		line(128, [3]any{"Practice number 3", 60.0, 147.0}, [3]any{"52", 300.0, 312.0}),
	}
	l.tightColumns(numbered, 1)
	if got := first(numbered); !slices.Equal(got, []string{"Practice number 1", "Practice number 2", "Practice number 3"}) {
		t.Errorf("labels %q, want them whole", got)
	}
	years := []*row{
		line(100, [3]any{"2021 1,240", 60.0, 110.0}),
		line(114, [3]any{"2022 1,385", 60.0, 110.0}),
		line(128, [3]any{"2023 1,512", 60.0, 110.0}),
	}
	l.tightColumns(years, 1)
	if got := first(years); !slices.Equal(got, []string{"2021", "2022", "2023"}) {
		t.Errorf("first cells %q, want the years cut from their figures", got)
	}
}
