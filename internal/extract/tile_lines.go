package extract

import "strings"

// tileRead is a dashboard's tile line read as clauses: each " · " between
// tiles ("Kent · 64% seen within 18 weeks · England 71%", "12,400 children
// referred · 64% seen within 18 weeks · 14-week median wait", "Medway ·
// 58% … in 2024 · down from 61% in 2023") is read as a semicolon, as
// clauses of a sentence are parted, so a tile's figure is measured by its
// own words and never takes its neighbours' numbers, places or words into
// its measure and key; a tile that is a figure alone ("Children waiting ·
// 5,120 · up 11% on last year") is the value of the label before it, read
// as after a colon. Before, the line was one clause: Kent's 64% was placed
// in England, whose 71% closed the line, on a key holding "kent"; each of
// three tiles was keyed by the others' numbers ("#12400 #14 #18"); and the
// 5,120 children waiting was no figure but a word of the change's measure
// (hostile check 68). The separator keeps its length (a mark and three
// spaces), so every offset into the line stands. A middle dot between
// digits ("5·2") is a decimal point, with no spaces.
func tileRead(s string) string {
	if !strings.Contains(s, " · ") || numberedEntry(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	rest := s
	for {
		i := strings.Index(rest, " · ")
		if i < 0 {
			b.WriteString(rest)
			return b.String()
		}
		b.WriteString(rest[:i])
		rest = rest[i+len(" · "):]
		next := rest
		if j := strings.Index(next, " · "); j >= 0 {
			next = next[:j]
		}
		if bareFigure(strings.TrimSpace(next)) {
			b.WriteString(":   ")
		} else {
			b.WriteString(";   ")
		}
	}
}

// bareFigure: t is a figure alone, "5,120", "64%", "£1.2m", "340": a
// number of one or two digits alone ("· 5.") is an item's or a page's
// number in a contents line, and a year alone (bareYear) a date, no value.
func bareFigure(t string) bool {
	money := strings.HasPrefix(t, "£")
	t = strings.TrimPrefix(t, "£")
	if t == "" || !isDigit(t[0]) {
		return false
	}
	n := strings.TrimSuffix(strings.TrimSuffix(t, "m"), "k")
	share := strings.HasSuffix(n, "%")
	n = strings.TrimSuffix(n, "%")
	if n == "" || !isDigit(n[len(n)-1]) {
		return false
	}
	for i := 0; i < len(n); i++ {
		if !isDigit(n[i]) && n[i] != ',' && n[i] != '.' {
			return false
		}
	}
	return money || share || len(n) >= 3 && !bareYear(n)
}

// bareYear: n is a year alone, "2024", "1998": a tile's date, as in
// "Annual report · 2024 · Kent", no value of the label before it.
func bareYear(n string) bool {
	return len(n) == 4 && (n[:2] == "19" || n[:2] == "20") && strings.IndexAny(n, ",.") < 0
}

// numberedEntry: the line's last part is a number of one or two digits
// alone ("ADHD referrals · 5.", "Community waits pass 35,000 · 2."), a
// digest's or a contents list's entry and its number: no tiles.
func numberedEntry(s string) bool {
	i := strings.LastIndex(s, " · ")
	last := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s[i+len(" · "):]), ".)"))
	if last == "" || len(last) > 2 {
		return false
	}
	for j := 0; j < len(last); j++ {
		if !isDigit(last[j]) {
			return false
		}
	}
	return true
}
