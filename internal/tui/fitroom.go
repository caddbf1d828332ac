package tui

import "strings"

// ranked is a line of an overlay and how readily it gives way when the
// overlay is taller than its room: rank 0 never does, nor does rank -1,
// the line to keep in sight; of the others the highest rank goes first.
type ranked struct {
	text string
	rank int
}

// fitRoom lays out an overlay's lines in room lines: lines of the highest
// rank give way first, the last of a rank before the ones above it, and
// if the lines that never give way are still too many, a window of room
// of them is shown around the line marked keep (the cursor or the field
// being edited). A form taller than the screen pushed the status line
// and help bar off it, and on a 10-row screen hid the field being typed
// into.
func fitRoom(lines []ranked, room int) string {
	room = max(1, room)
	keep := make([]bool, len(lines))
	n := len(lines)
	for i := range keep {
		keep[i] = true
	}
	top := 0
	for _, l := range lines {
		top = max(top, l.rank)
	}
	for r := top; r > 0 && n > room; r-- {
		for i := len(lines) - 1; i >= 0 && n > room; i-- {
			if keep[i] && lines[i].rank == r {
				keep[i] = false
				n--
			}
		}
	}
	var out []string
	focus := 0
	for i, l := range lines {
		if keep[i] {
			if l.rank < 0 {
				focus = len(out)
			}
			out = append(out, l.text)
		}
	}
	if len(out) > room {
		first := max(0, min(focus-room/2, len(out)-room))
		out = out[first : first+room]
	}
	return strings.Join(out, "\n")
}
