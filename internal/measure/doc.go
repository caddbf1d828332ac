// Package measure says what a figure measures: the record of each figure
// of a statistic (measure, population, period, place, base, change), read
// by deterministic rules from its sentence, its section heading and its
// source's note; the key that normalises a record with the thesaurus's
// forms; and the comparisons made across sources: whether two figures are
// of one measure, whether their values agree within the rounding their
// texts show, and which period comes first.
//
// Nothing is guessed: a field the text does not state stays empty, and a
// comparison that needs a missing field is not made.
package measure
