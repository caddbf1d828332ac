package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// otherGroupAfterRe follows "of those" or "of these" when it names a
// group of its own: "94% of those eligible", "of those invited". The
// count before ("screened 8,412 children, 94% of those eligible") is
// the part the share measures, not the group it is of.
var otherGroupAfterRe = lazyre.New(`^\s+(?:eligible|invited|offered|expected|due)\b`)

// groupBeforePhrase is the index of the count "of whom", "of them" and
// the like at k refer to, or -1: the last unmarked count before k, but
// past a count written right before the phrase ("...1,900 on the list,
// 204 of them (11%)"), which counts a part of that group, not the group.
// With no earlier count ("Only 610 of them (16%)", the group in an
// earlier sentence) the part is taken, as before: its share heads the
// item either way.
func groupBeforePhrase(lower string, figs []evidence.Figure, k int) int {
	part := -1
	for i := len(figs) - 1; i >= 0; i-- {
		f := figs[i]
		if f.Offset >= k || f.Unit != evidence.UnitCount || f.IsRange() || f.Role != "" {
			continue
		}
		if part < 0 && f.Offset+len(f.Text) <= k && strings.TrimSpace(lower[f.Offset+len(f.Text):k]) == "" {
			part = i
			continue
		}
		return i
	}
	return part
}
