package figures

import (
	"slices"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/measure"
)

// gatherBefore is gather as it was before a figure's class remembered
// the measures that turned it away (hostile check 49): each figure
// visits every measure it may match from the first. The tests hold
// gather to it.
//
// It sorts the keyed figures of items' statistics into measures, in
// order: a figure joins the first measure whose head it compares with.
// heads, when not "", is the id of the item whose measures alone are
// wanted, the first of items: only its figures head a measure. Its
// measures are made before any other, and a figure joins the first it
// compares with, so they are the measures Group makes; a figure they
// leave out starts no measure of its own, which for a table of hundreds
// of linked items, each with figures of other measures, was most of the
// time taken.
func gatherBefore(items []evidence.Item, rel func(a, b evidence.Item) measure.Related, heads string) [][]member {
	var groups [][]member
	var idx groupIndex
	keys := map[string]measure.Key{} // a measure's figures mostly share a few keys
	for _, it := range items {
		if it.Kind != evidence.Statistic {
			continue
		}
		for _, f := range it.Figures {
			if f.Key == "" {
				continue
			}
			k, ok := keys[f.Key]
			if !ok {
				k = measure.ParseKey(f.Key)
				keys[f.Key] = k
			}
			m := member{it: it, f: f, key: k}
			placed := idx.eachMatchingBefore(it, k, dated(measure.ParsePeriod(f.Period)), func(gi int) bool {
				g := groups[gi]
				head := g[0]
				v := links.CompareKeyed(head.f, f, head.key, m.key, rel(head.it, it))
				// Another figure of the head's own source joins only as
				// another period (see gather).
				if v == links.NotComparable || head.it.Source.ID == it.Source.ID && v != links.OtherPeriod || !fitsBefore(g, m, rel) {
					return false
				}
				m.period = measure.ParsePeriod(f.Period) // read only for a member: most figures are none
				m.toHead = v
				groups[gi] = append(g, m)
				return true
			})
			if !placed && (heads == "" || it.ID == heads) {
				m.period = measure.ParsePeriod(f.Period)
				groups = append(groups, []member{m})
				idx.add(it, len(groups)-1)
				idx.addTerms(len(groups)-1, k)
			}
		}
	}
	return groups
}

// eachMatchingBefore is eachMatching as it was, each call listing
// every candidate anew: it is each for a figure of key k, offered only the measures
// whose head's key measure.Match may pair with k: a key Match pairs with
// k holds at least Min of the terms of one of k.Alike's sets, and so one
// of any len(Terms)-Min+1 of them, of which the rarest are looked up
// (prefix filtering). Before, every figure was compared with every
// measure: 36,000 statistics each stating a measure in a word of its own
// (36,000 measures) took 110 s in 'cypx figures' (hostile check 47).
// A key with no sets is offered every measure, as each does.
func (x *groupIndex) eachMatchingBefore(it evidence.Item, k measure.Key, dated bool, try func(gi int) bool) bool {
	sets := k.Alike()
	if len(sets) == 0 {
		return x.each(it, 0, dated, nil, try)
	}
	var cand []int
	seen := map[int]bool{}
	for _, set := range sets {
		need := len(set.Terms) - set.Min + 1
		if need <= 0 {
			continue
		}
		terms := slices.Clone(set.Terms)
		slices.SortStableFunc(terms, func(a, b string) int { return len(x.terms[a]) - len(x.terms[b]) })
		for _, t := range terms[:min(need, len(terms))] {
			for _, gi := range x.terms[t] {
				if !seen[gi] {
					seen[gi] = true
					cand = append(cand, gi)
				}
			}
		}
	}
	slices.Sort(cand)
	item, table := seriesKeys(it)
	inSeries := func(key string, gi int) bool {
		_, ok := slices.BinarySearch(x.series[key], gi)
		return ok
	}
	for _, gi := range cand {
		if !dated && x.source[gi] == it.Source.ID && !inSeries(item, gi) && (table == "" || !inSeries(table, gi)) {
			continue // of its own source, only its statement's or table's
		}
		if try(gi) {
			return true
		}
	}
	return false
}

// fitsBefore is fits as it was before figures were told apart by class:
// it reports a figure that may join a group beside the figures of its
// own source there: each of them is its figure at another time, or the
// same finding stated again. Another value for the same time is another
// part of that source's account (the other service of a table's rows,
// one region's total beside a service's count), which the group's head
// may match but which is no statement of the other's measure.
func fitsBefore(g []member, x member, rel func(a, b evidence.Item) measure.Related) bool {
	for _, m := range g {
		if m.it.Source.ID != x.it.Source.ID {
			continue
		}
		switch links.CompareKeyed(m.f, x.f, m.key, x.key, rel(m.it, x.it)) {
		case links.OtherPeriod:
		case links.SameValue:
			if m.it.ID == x.it.ID {
				return false
			}
		default:
			return false
		}
	}
	return true
}
