package evidence

// Badge is the short label of an item for list rows and text output: a
// statistic's headline figure ("97%"), a recommendation's number ("R3") or
// first actor ("NHSE"), or "¶" for an excerpt. It lives with the item, not
// in the explorer, because the command line prints it too.
func (it Item) Badge() string {
	switch {
	case it.Kind == Statistic && len(it.Figures) > 0:
		f, _ := it.Headline()
		return f.Badge()
	case it.Kind == Recommendation && it.Number != "" && it.Number[0] >= '0' && it.Number[0] <= '9':
		return "R" + it.Number
	case it.Kind == Recommendation && it.Number != "":
		return it.Number // kept as the report writes it: "R3"
	case it.Kind == Recommendation && len(it.Actors) > 0:
		return it.Actors[0].Short()
	case it.Kind == Recommendation:
		return "Rec"
	}
	return "¶"
}
