package measure

import (
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// namedListGapRe is the text between two sums listed each after its
// place: ", Medway ", " and Surrey ", "; Medway ".
var namedListGapRe = lazyre.New(`^\s*(?:,|;|,?\s+and|,?\s+or)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3}\s+$`)

// moneyLists dates sums listed after one verb as the changes of
// pointsLists are: "was 4,500, 3,200 and 2,100 in 2021, 2022 and 2023"
// pairs each sum with its year (pairListed), and years that do not pair
// date none; "Kent 4,500, Medway 1,200 and Surrey 3,300 in 2023" dates
// all three by the year said once after the list. Before (hostile check
// 59), 2,100 was dated 2021 and only Surrey's 3,300 was 2023's.
func (s *sentence) moneyLists() {
	figs := s.in.Figures
	sum := func(f evidence.Figure) bool { return f.Unit == evidence.UnitGBP && f.Role != evidence.RoleChange }
	for a := 0; a < len(figs); {
		b, named := a, false
		for b+1 < len(figs) && sum(figs[b]) && sum(figs[b+1]) && figs[b+1].Offset >= figs[b].Offset+len(figs[b].Text) {
			gap := s.text[figs[b].Offset+len(figs[b].Text) : figs[b+1].Offset]
			if !named && pointsListGapRe.MatchString(gap) {
				b++
			} else if (b == a || named) && namedListGapRe.MatchString(gap) {
				named = true
				b++
			} else {
				break
			}
		}
		if b > a {
			if named {
				if p := figs[b].Period; p != "" {
					for k := a; k < b; k++ {
						if figs[k].Period == "" {
							figs[k].Period = p
						}
					}
				}
			} else {
				pos := figs[b].Offset + len(figs[b].Text)
				if items := s.listedAfter(pos, b-a+1); items != nil && items[0].period != "" || s.periodsListedAfter(pos) {
					s.pairListed(a, b, figs[a].Measure)
				}
			}
		}
		a = b + 1
	}
}
