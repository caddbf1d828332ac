package evidence

import "unicode"

// Badge is the short label of an item for list rows and text output: a
// statistic's headline figure ("97%"), a recommendation's number ("R3",
// "R(c)") or first actor ("NHSE"), or "¶" for an excerpt. It lives with
// the item, not in the explorer, because the command line prints it too.
func (it Item) Badge() string {
	switch {
	case it.Kind == Statistic && len(it.Figures) > 0:
		f, _ := it.Headline()
		return f.Badge()
	case it.Kind == Recommendation && it.Number != "" && !startsWithR(it.Number):
		return "R" + it.NumberLabel()
	case it.Kind == Recommendation && it.Number != "":
		return it.Number // kept as the report writes it: "R3"
	case it.Kind == Recommendation && len(it.Actors) > 0:
		return it.Actors[0].Short()
	case it.Kind == Recommendation:
		return "Rec"
	}
	return "¶"
}

// NumberLabel is a recommendation's number as the reader is shown it, in
// the badge and by `cypx show`: a number or a report's own label as
// written ("3", "1.2", "R3"), and a list's letter or roman numeral in
// brackets ("(c)", "(ii)"), as lettered items are written and cited, since
// a bare "c" reads as a stray letter; "" for none.
func (it Item) NumberLabel() string {
	n := it.Number
	if n == "" || startsWithR(n) {
		return n
	}
	for _, r := range n {
		if !unicode.IsLetter(r) {
			return n
		}
	}
	return "(" + n + ")"
}

// startsWithR: a report's own label, "R3" or "R3.1", kept as written.
func startsWithR(n string) bool {
	return len(n) > 1 && n[0] == 'R' && n[1] >= '0' && n[1] <= '9'
}
