package library

import "testing"

// TestFiguresBesideALabelAreOneLine: a label and the figures a tab or two
// after it, read as no table, are one line ("2.3 Total cost of the
// project" and "£61,200", "Surrey" and "3,100 95"); a column's line of
// prose beside the next column's phone number, a heading set large beside
// a number, and a phone number's parts are not. Before (hostile check
// 60), the figures stood as a line of no word and were dropped.
func TestFiguresBesideALabelAreOneLine(t *testing.T) {
	cases := []struct {
		texts []string
		sizes []float64
		want  bool
	}{
		{[]string{"2.3 Total cost of the project", "£61,200"}, nil, true},
		{[]string{"Surrey", "3,100 95"}, nil, true},
		{[]string{"Children seen", "1,240", "12%"}, nil, true},
		{[]string{"parents about booking", "960 537"}, nil, false},
		{[]string{"and 264 people replied.", "960 548"}, nil, false},
		{[]string{"Riverside Health Centre", "01632"}, nil, false},
		{[]string{"Our results", "511"}, []float64{18, 11}, false},
		{[]string{"Kent", "4,500 beds"}, nil, false},
	}
	for _, c := range cases {
		var ps []*piece
		for i, s := range c.texts {
			size := 11.0
			if c.sizes != nil {
				size = c.sizes[i]
			}
			ps = append(ps, &piece{text: s, size: size})
		}
		if got := figuresBeside(ps); got != c.want {
			t.Errorf("figuresBeside(%q) = %v, want %v", c.texts, got, c.want)
		}
	}
}
