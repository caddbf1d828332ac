package measure

import (
	"strings"

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
				s.nameListed(a, b)
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

// nameBeforeRe is the name written right before a listed sum: "Kent " in
// "Budgets (£000s): Kent 4,500". Group 1 is the name.
var nameBeforeRe = lazyre.New(`(?:^|[\s:;,])((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3})\s+$`)

// nameListed gives sums a..b, each written after its name ("Kent 4,500,
// Medway 1,200 and Surrey 3,300"), the measure of the list with that name
// as giveListed gives a listed change its place: a place the sentence
// names is the sum's place, another name part of its measure, "budgets
// (£000s) in Medway". Before (hostile check 59), the later sums measured
// "medway" and "surrey" alone.
func (s *sentence) nameListed(a, b int) {
	figs := s.in.Figures
	m := nameBeforeRe.FindStringSubmatchIndex(s.text[:figs[a].Offset])
	if m == nil {
		return
	}
	first := s.text[m[2]:m[3]]
	base := figs[a].Measure
	if low, f := strings.ToLower(base), strings.ToLower(first); strings.HasSuffix(low, f) {
		base = base[:len(base)-len(f)]
	}
	base = strings.TrimRight(base, ":;, ")
	if base == "" {
		return
	}
	for k := a; k <= b; k++ {
		m := nameBeforeRe.FindStringSubmatchIndex(s.text[:figs[k].Offset])
		if m == nil {
			continue
		}
		it, end, ok := s.listedItemAt(m[2])
		if !ok || it.period != "" || strings.TrimSpace(s.text[end:figs[k].Offset]) != "" {
			continue
		}
		s.giveListed(k, it, base)
	}
}
