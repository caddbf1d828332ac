package evidence

// Badge is the short label of an item for list rows and text output: a
// statistic's figure ("97%"), a recommendation's number ("R3") or first
// actor ("NHSE"), or "¶" for an excerpt. It lives with the item, not in
// the explorer, because the command line prints it too.
func (it Item) Badge() string {
	switch {
	case it.Kind == Statistic && len(it.Figures) > 0:
		return it.Figures[0].Badge()
	case it.Kind == Recommendation && it.Number != "":
		return "R" + it.Number
	case it.Kind == Recommendation && len(it.Actors) > 0:
		return it.Actors[0].Short()
	case it.Kind == Recommendation:
		return "Rec"
	}
	return "¶"
}
