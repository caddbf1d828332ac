package measure

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// namedListGapRe is the text between two sums listed each after its
// place: ", Medway ", " and Surrey ", "; Medway ".
var namedListGapRe = lazyre.New(`^\s*(?:,|;|,?\s+and|,?\s+or)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3}\s+$`)

// valueLists dates values of one unit listed after one verb as the
// changes of pointsLists are: "was 4,500, 3,200 and 2,100 in 2021, 2022
// and 2023" pairs each sum with its year (pairListed), and years that do
// not pair date none; "Kent 4,500, Medway 1,200 and Surrey 3,300 in 2023"
// dates all three by the year said once after the list. Before (hostile
// check 59), 2,100 was dated 2021 and only Surrey's 3,300 was 2023's.
// Shares and counts are listed so too (hostile check 60): "Uptake was
// 91%, 89% and 87% in Kent, Sussex and Surrey in 2023", "Referrals were
// 300, 320, 340 and 360 in Q1, Q2, Q3 and Q4 2023 respectively", and
// "In Kent, Sussex and Surrey uptake was 91%, 89% and 87% respectively"
// (pairLeadListed) pair each value with its place or quarter; before,
// only the last had the list's year, measured "respectively".
func (s *sentence) valueLists() {
	figs := s.in.Figures
	level := func(f evidence.Figure) bool {
		return f.Role != evidence.RoleChange && f.Role != evidence.RoleBase && f.Role != evidence.RoleThreshold &&
			(f.Unit == evidence.UnitGBP || f.Unit == evidence.UnitPercent || f.Unit == evidence.UnitCount)
	}
	for a := 0; a < len(figs); {
		b, named := a, false
		for b+1 < len(figs) && level(figs[b]) && level(figs[b+1]) && figs[b+1].Unit == figs[b].Unit && figs[b+1].Offset >= figs[b].Offset+len(figs[b].Text) {
			gap := s.text[figs[b].Offset+len(figs[b].Text) : figs[b+1].Offset]
			if !named && pointsListGapRe.MatchString(gap) {
				b++
			} else if (b == a || named) && figs[a].Unit == evidence.UnitGBP && namedListGapRe.MatchString(gap) {
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
			} else if !s.pairLeadListed(a, b) {
				pos := figs[b].Offset + len(figs[b].Text)
				items := s.listedAfter(pos, b-a+1)
				if items != nil {
					s.shareListed(a, b)
				}
				if items != nil && (items[0].period != "" || figs[a].Unit != evidence.UnitGBP) || s.periodsListedAfter(pos) {
					s.pairListed(a, b, figs[a].Measure)
				}
			}
		}
		a = b + 1
	}
}

// shareListed gives values a+1..b, listed after one verb with value a,
// a's measure and population, and the last value's period to those with
// none: the list's subject and time are said once.
func (s *sentence) shareListed(a, b int) {
	figs := s.in.Figures
	p := figs[b].Period
	for k := a; k <= b; k++ {
		if k > a {
			figs[k].Measure = figs[a].Measure
			if figs[k].Population == "" {
				figs[k].Population = figs[a].Population
			}
		}
		if figs[k].Period == "" {
			figs[k].Period = p
		}
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
