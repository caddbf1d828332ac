package links

import (
	"context"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
)

// Others is what an item's warning in the explorer and the note under it
// in a briefing pack say: the other values other sources give for one of
// its measures, group and period. Links are its links of type disagrees
// that name the other figure (Link.Compared), in their order, the first
// of them as many as asked for; Count is how many there are in all. It is
// made by OthersOf from an item's links, and by DisagreementsCounted for
// a pack's statistics without making every link; each view only writes
// it (figures.Warning, the pack's note, export.Pack.Others).
type Others struct {
	Links []Link
	Count int
}

// AllOthers asks OthersOf for every link it finds.
const AllOthers = -1

// More is how many other values there are beyond Links.
func (o Others) More() int { return o.Count - len(o.Links) }

// IsOther reports a link that gives another value for the item's
// measure: of type disagrees, naming the figure it compares.
func IsOther(l Link) bool { return l.Type == Disagrees && l.Compared != nil }

// OthersOf is the Others of an item's links ls: those IsOther keeps, in
// their order, the first max of them (AllOthers: all), and how many there
// are. The one rule every view of an item's other values takes.
func OthersOf(ls []Link, max int) Others {
	var o Others
	for _, l := range ls {
		if !IsOther(l) {
			continue
		}
		o.Count++
		if max < 0 || len(o.Links) < max {
			o.Links = append(o.Links, l)
		}
	}
	return o
}

// Others is the one value every view gives of an item's other values —
// which other sources give other values for its measures, with how many:
// the explorer's warning, the comparison table's and a pack's note. ls
// are the item's links as a view found them (For's or Figures'). Where
// the item's measure search holds no more than it keeps
// (maxMeasureItems), those links compared every candidate and OthersOf
// gives it; past that bound they compared the first page alone, and the
// value is the one a pack's note gives, every match of the measure read
// (DisagreementsCounted over the item). Before, on a measure of more than
// 5,000 statistics, the explorer's warning named the others of its first
// page while the pack's note counted them all.
func (e *Engine) Others(ctx context.Context, it evidence.Item, ls []Link, max int) (Others, error) {
	if it.Kind != evidence.Statistic {
		return OthersOf(ls, max), nil
	}
	capped, err := e.measureCapped(ctx, it)
	if err != nil || !capped {
		return OthersOf(ls, max), err
	}
	count, err := e.soloCounted(it)
	if err != nil {
		return Others{}, err
	}
	return count(ctx, it, max)
}

// soloCounted counts the others of a statistic (and of every statistic
// of its measure keys) over every match of its measure, as a pack's
// statistics sharing a measure are counted (measurePool): its own pool.
func (e *Engine) soloCounted(it evidence.Item) (func(ctx context.Context, it evidence.Item, max int) (Others, error), error) {
	pool := newMeasurePool([]evidence.Item{it})
	pool.pool(it)
	return e.disagreementsCounted(pool, true)
}

// measureCapped reports whether the measure search of a statistic finds
// more than it keeps (maxMeasureItems).
func (e *Engine) measureCapped(ctx context.Context, it evidence.Item) (bool, error) {
	keys := statKeys(it)
	if len(keys) == 0 {
		return false, nil
	}
	if !e.asBefore {
		s, err := e.measureSet(ctx, keys)
		if err != nil {
			return false, err
		}
		if s != nil {
			return s.total > len(s.hits), nil
		}
	}
	res, err := e.ix.Search(ctx, index.Request{Measures: keys, Kinds: []evidence.Kind{evidence.Statistic}, Limit: maxMeasureItems})
	if err != nil {
		return false, err
	}
	return res.Total > len(res.Hits), nil
}
