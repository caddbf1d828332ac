package measure

// statedSimilarity is the least Similarity two records of one value in
// one study must have to be of one measure (MatchStated): the
// development set's different findings of one survey share under 0.5
// (see matchSimilarity), and two figures of one value, one study, and no
// other place or time that share half their terms are one finding said
// in other words ("support teams will reach 44% of pupils" of "… will
// cover 44% of pupils").
const statedSimilarity = 0.5

// MatchStated reports whether two keys of figures of the same value, one
// in a report and one in coverage of it or a citation of its body, are
// of one measure: Match for one study (SameStudy), at the bar
// statedSimilarity sets. It is what links asks before taking the report
// for the primary source of the other figure; every other part of Match
// (unit, age band, numbers, negation, opposites, groups, a row's
// required terms) holds as it is.
func MatchStated(a, b Key) bool { return matchAt(a, b, SameStudy, statedSimilarity) }
