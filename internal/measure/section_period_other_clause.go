package measure

// A heading's year (the report's title, "Westmarsh School Health Review
// 2024", where no lower heading names one) dates a figure only where its
// sentence names no time of its own: a sentence that dates another of its
// clauses ("54% … in 2023/24, compared with 95% in England") says when it
// holds, and a clause with no time beside it is of that time or of none,
// never of the heading's. A compared value then takes its level's time
// (comparedPeopleApart). Before (hostile check 67), England's 95% was of
// 2024 beside Westmarsh's 54% of 2023/24.

// datesOtherClause reports a time the sentence names for a clause other
// than figure i's own: not an earlier or compared value's, not a "since",
// a bracket label's or a plan's.
func (s *sentence) datesOtherClause(i int) bool {
	for _, p := range s.periods {
		if !p.compared && !p.since && s.inOtherClause(i, p.start) && !s.comparatorLabel(p.start) && !s.inPlanAfter(i, p.start) {
			return true
		}
	}
	return false
}
