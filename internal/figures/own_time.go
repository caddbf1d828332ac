package figures

import (
	"math"
	"slices"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/measure"
)

// ownTimes are, for each source and time, the measures holding a figure
// of that source dated then, so that gather passes by runs the measures
// a new figure of the source and time would be turned away from for
// giving another value there (groupIndex.turnedAwayAtItsTime). A table
// of 50,000 rows of one source, each row its own measure under one key
// ("| Area 12 | 1012 | 2012 |"), made each row's figure visit every row
// before it only to be turned away: 'cypx figures --limit 50000' slowed
// as it went and had not finished after five minutes (hostile check 86).
type ownTimes map[ownTimeKey]*ownTime

// ownTimeKey is a source and a time (the months measure.Period.Equal
// reads), as sourceTime is without its measure.
type ownTimeKey struct {
	source   string
	from, to int
	open     bool
}

// ownTime is one source and time's measures.
type ownTime struct {
	// next holds the measures with a figure of the source at the time,
	// each to a later measure that may hold none (free follows it).
	next map[int]int
	// entries are those figures (the first of each class, as sameTime
	// holds them), and buckets their indices by the magnitudes their
	// values' intervals cover (valueBuckets), wide those too wide for
	// any, so the few a figure's value agrees with are found without
	// reading the rest.
	entries []timeEntry
	buckets map[bucket][]int
	wide    []int
}

// timeEntry is a figure of a source and time in measure gi.
type timeEntry struct {
	gi    int
	parts links.FigureParts
}

// add notes a figure f of the source and time in measure gi.
func (o *ownTime) add(gi int, f evidence.Figure) {
	if _, ok := o.next[gi]; !ok {
		o.next[gi] = gi + 1
	}
	i := len(o.entries)
	o.entries = append(o.entries, timeEntry{gi, links.PartsOf(f)})
	lo, hi := measure.Interval(f)
	for _, r := range resolutions {
		if a, b, ok := valueBuckets(lo, hi, r); ok && b-a <= maxValueBuckets {
			for k := a; k <= b; k++ {
				o.buckets[bucket{r, k}] = append(o.buckets[bucket{r, k}], i)
			}
			return
		}
	}
	o.wide = append(o.wide, i)
}

// free is the first measure from gi on that holds no figure of the
// source at the time (the lookups it follows shortened as it goes).
func (o *ownTime) free(gi int) int {
	r := gi
	for {
		n, ok := o.next[r]
		if !ok {
			break
		}
		r = n
	}
	for gi != r {
		n := o.next[gi]
		o.next[gi] = r
		gi = n
	}
	return r
}

// agreeing are the measures, in order, holding a figure of the source at
// the time whose value agrees with parts (read from f): the only ones of
// those measures such a figure may join.
func (o *ownTime) agreeing(f evidence.Figure, parts links.FigureParts) []int {
	var out []int
	take := func(i int) {
		if e := o.entries[i]; e.parts.Agrees(parts) {
			out = append(out, e.gi)
		}
	}
	lo, hi := measure.Interval(f)
	for _, r := range resolutions {
		a, b, ok := valueBuckets(lo, hi, r)
		if !ok || b-a > maxQueryBuckets {
			for i := range o.entries {
				take(i)
			}
			out = slices.Compact(slices.Sorted(slices.Values(out)))
			return out
		}
		for k := a; k <= b; k++ {
			for _, i := range o.buckets[bucket{r, k}] {
				take(i)
			}
		}
	}
	for _, i := range o.wide {
		take(i)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// bucket is a magnitude's bucket at a resolution: the k-th of r to a
// doubling.
type bucket struct{ r, k int }

// resolutions are the buckets a figure's interval is noted in, finest
// first: an exact count ("4,234", about a 3,000th of its value either
// side) in one or two of the finest, a rounded one ("4,000", an eighth
// either side) in a few of the coarsest. Each interval is noted at the
// finest that takes it in maxValueBuckets, or in wide.
var resolutions = [...]int{1024, 8}

// valueBuckets are the buckets at resolution r that the interval lo..hi
// covers, widened by what measure's Agrees allows: two intervals that
// overlap share one. Intervals not above zero have none (ok false).
func valueBuckets(lo, hi float64, r int) (a, b int, ok bool) {
	lo, hi = lo-1e-9, hi+1e-9
	if lo <= 0 || math.IsInf(hi, 0) || math.IsNaN(lo) || math.IsNaN(hi) {
		return 0, 0, false
	}
	a, b = int(math.Floor(math.Log2(lo)*float64(r))), int(math.Floor(math.Log2(hi)*float64(r)))
	return a, b, true
}

// maxValueBuckets bounds the buckets one interval is noted in at a
// resolution, and maxQueryBuckets those a figure's interval looks in
// before reading every figure of the source and time instead.
const (
	maxValueBuckets = 64
	maxQueryBuckets = 4096
)

// noteOwnTime notes figure f of source, at time p, in measure gi.
func (x *groupIndex) noteOwnTime(gi int, source string, p measure.Period, f evidence.Figure) {
	if x.ownTimes == nil {
		x.ownTimes = ownTimes{}
	}
	k := ownTimeKey{source, p.From, p.To, p.Open}
	o := x.ownTimes[k]
	if o == nil {
		o = &ownTime{next: map[int]int{}, buckets: map[bucket][]int{}}
		x.ownTimes[k] = o
	}
	o.add(gi, f)
}

// passOwnTime says, for a figure f (its parts read) of it at time p,
// where gather's search of measures goes on from a measure gi: gi itself,
// or the next measure from it that holds no figure of its source at its
// time or holds one its value agrees with. The measures it passes are
// those turnedAwayAtItsTime turns it away from before anything else is
// asked, so the search finds what it found. nil when the figure is
// undated or its source has no figure of its time yet.
func (x *groupIndex) passOwnTime(it evidence.Item, p measure.Period, f evidence.Figure, parts links.FigureParts) func(gi int) int {
	if p.IsZero() {
		return nil
	}
	o := x.ownTimes[ownTimeKey{it.Source.ID, p.From, p.To, p.Open}]
	if o == nil {
		return nil
	}
	var agree []int
	read := false
	return func(gi int) int {
		f2 := o.free(gi)
		if f2 == gi {
			return gi
		}
		if !read {
			agree, read = o.agreeing(f, parts), true
		}
		if i, _ := slices.BinarySearch(agree, gi); i < len(agree) && agree[i] < f2 {
			return agree[i]
		}
		return f2
	}
}
