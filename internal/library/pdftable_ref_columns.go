package library

import (
	"math"
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// An action log or a recommendations table set in a PDF with a narrow
// first column of references ("No.", "Ref") set close to a wide column of
// text ("Action"): each row's reference ("A1") reads as a list marker,
// which stays with the text after it however far the tab puts it, so the
// row's first cell was "A1 Circulate the figures", the header's "No." and
// "Action" cells were joined over it, and no column was headed "Action".
// The header says where the edge is: a reference column's header, then
// the next column's header starting where each row's text starts after its
// own run of a reference. Those rows are cut there. Lines that only go on
// a cell above (a wrapped action, a due date's year) are left as they are.
// The near miss: a numbered list under no header naming a reference
// column, or rows whose text does not start at the next header's edge,
// which stay whole.

var (
	// refHeadRe is the header of a reference column: "No.", "Ref",
	// "Ref.", "#", "Item".
	refHeadRe = lazyre.New(`^(?i:no\.?|ref\.?|#|item|number)$`)
	// refCodeRe is a reference in such a column: "A1", "3", "4.", "R12",
	// "AP-3", "2a".
	refCodeRe = lazyre.New(`^(?:[A-Z]{1,3}-?)?\d{1,3}[a-z]?[.)]?$`)
)

// refColumns cuts the rows of each table whose reference column was
// joined to the column after it: a reference is read as a list marker,
// which stays with the text after it however far the tab puts it.
func (l *layout) refColumns(rs []*row, page int) {
	for i, head := range rs {
		hs := pieces(head, page)
		if len(hs) < 3 || !refHeadRe.MatchString(strings.TrimSpace(hs[0].text)) {
			continue
		}
		edge := hs[1].x0
		var coded []*row
		for k := i + 1; k < len(rs) && l.closeBelow(rs[k-1], rs[k], 2.5); k++ {
			ps := pieces(rs[k], page)
			if len(ps) == 0 {
				break
			}
			if ps[0].x0 > hs[0].x1 {
				continue // a line going on a cell above
			}
			p := ps[0]
			if len(ps) < 2 || len(p.frags) < 2 || !refCodeRe.MatchString(strings.TrimSpace(p.frags[0].text)) ||
				p.frags[0].x1 > edge || math.Abs(p.frags[1].x0-edge) > p.size {
				break
			}
			coded = append(coded, rs[k])
		}
		if len(coded) < 2 {
			continue
		}
		for _, r := range coded {
			ps := pieces(r, page)
			p := ps[0]
			a, b := newPiece(p.frags[:1], page), newPiece(p.frags[1:], page)
			r.cut = append([]*piece{a, b}, ps[1:]...)
		}
	}
}
