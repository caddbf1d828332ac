package library

import "testing"

// TestTermDate: a newsletter's masthead dates its issue by its term
// ("Autumn Term 2025"), with no month; the file's creation day, long
// after, was taken for the date. Lines written for this test.
func TestTermDate(t *testing.T) {
	rows := func(lines ...string) []*row {
		var rs []*row
		for _, l := range lines {
			rs = append(rs, &row{frags: []*frag{{text: l}}})
		}
		return rs
	}
	for _, c := range []struct {
		rs   []*row
		want string
	}{
		{rows("Kestrel Academy Trust", "Parent Bulletin · Spring Term 2024 · Issue 3", "Welcome back"), "2024"},
		{rows("Summer 2025 newsletter", "Dear families"), "2025"},
		// A body sentence naming a term is no masthead.
		{rows("Kestrel Academy Trust", "In the spring term 2024 our nurses saw more pupils than in any term since the service began."), ""},
	} {
		d, _ := termDate(c.rs, 3)
		got := ""
		if !d.IsZero() {
			got = d.String()
		}
		if got != c.want {
			t.Errorf("%q: date %q, want %q", c.rs[1].text(), got, c.want)
		}
	}
}

// TestJoinedCalloutStandsAlone: on a page of big numbers each figure set
// large over its label, once joined to it, is a statement of its own: it
// does not carry on the label before it, which ends with no full stop.
func TestJoinedCalloutStandsAlone(t *testing.T) {
	l := &layout{body: fontKey{size: 10, family: "Body"}}
	label := fontKey{size: 10, family: "Body"}
	big := &piece{text: "2,140", size: 28}
	cap1 := &piece{text: "families who used our helpline", size: 10}
	u := &unit{kind: paraUnit, text: "640 children on our waiting list", style: label, last: true, full: true, lines: []*piece{{text: "640", size: 28}, {text: "children on our waiting list", size: 10}}}
	v := &unit{kind: paraUnit, text: "2,140 families who used our helpline", style: label, first: true, lines: []*piece{big, cap1}}
	if l.continues(u, v) {
		t.Error("a big number joined to its label carried on the label before it")
	}
	for _, s := range []string{"12 days", "£3.1m", "45%"} {
		if !calloutFigureRe.MatchString(s) {
			t.Errorf("%q: no callout figure", s)
		}
	}
}
