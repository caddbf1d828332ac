package links

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
