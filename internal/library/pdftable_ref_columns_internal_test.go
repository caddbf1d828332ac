package library

import (
	"slices"
	"testing"
)

// TestAReferenceColumnReadAsAListMarkerIsCutFromTheAction: an action
// log's rows whose reference ("B1") poppler keeps with the action after
// it, as a list marker, are cut at the edge where the header's "Action"
// cell starts, so the table has a reference column and an action column.
// A wrapped line of an action is left as it is. The near miss: the same
// rows under a header with no reference column ("Item of business"
// starts at the left edge) stay whole.
func TestAReferenceColumnReadAsAListMarkerIsCutFromTheAction(t *testing.T) {
	line := func(y float64, runs ...[3]any) *row {
		r := &row{y0: y, y1: y + 10}
		for _, f := range runs {
			r.frags = append(r.frags, &frag{x0: f[1].(float64), x1: f[2].(float64), y0: y, y1: y + 10, size: 10, text: f[0].(string)})
		}
		return r
	}
	texts := func(r *row) []string {
		var out []string
		for _, p := range pieces(r, 1) {
			out = append(out, p.text)
		}
		return out
	}
	rows := func(head [][3]any) []*row {
		return []*row{
			line(100, head...),
			line(120, [3]any{"B1", 70.0, 82.0}, [3]any{"Send the clinic dates to members", 100.0, 250.0}, [3]any{"Clerk", 330.0, 360.0}),
			line(134, [3]any{"B2", 70.0, 82.0}, [3]any{"Ask the trust for the ward figures", 100.0, 255.0}, [3]any{"Chair", 330.0, 360.0}),
			line(146, [3]any{"by the end of the month", 100.0, 210.0}),
			line(160, [3]any{"B3", 70.0, 82.0}, [3]any{"Book the room for the next visit", 100.0, 240.0}, [3]any{"Clerk", 330.0, 360.0}),
		}
	}
	l := &layout{bodyH: 12}
	rs := rows([][3]any{{"No.", 70.0, 86.0}, {"Action", 100.0, 130.0}, {"Owner", 330.0, 360.0}})
	l.refColumns(rs, 1)
	for k, want := range [][]string{
		{"B1", "Send the clinic dates to members", "Clerk"},
		{"B2", "Ask the trust for the ward figures", "Chair"},
		{"by the end of the month"},
		{"B3", "Book the room for the next visit", "Clerk"},
	} {
		if got := texts(rs[k+1]); !slices.Equal(got, want) {
			t.Errorf("row %d: %q, want %q", k+1, got, want)
		}
	}
	// Near miss: no header of a reference column.
	rs = rows([][3]any{{"Item of business", 70.0, 150.0}, {"Owner", 330.0, 360.0}})
	l.refColumns(rs, 1)
	if got := texts(rs[1]); !slices.Equal(got, []string{"B1 Send the clinic dates to members", "Clerk"}) {
		t.Errorf("near miss: %q, want the row whole", got)
	}
}
