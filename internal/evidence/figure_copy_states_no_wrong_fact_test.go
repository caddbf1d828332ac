package evidence

import (
	"strings"
	"testing"
)

// figureInF73f is an item of one figure, its offset where its text stands.
func figureInF73f(text string, f Figure) (Item, Figure) {
	f.Offset = strings.Index(text, f.Text)
	return Item{Text: text, Figures: []Figure{f}}, f
}

// TestCountCopyIsNoWholePopulation: a count's copy never states its
// group, place and period with what happened to them cut off; it is the
// figure as its words give it (hostile check 64 H4). Before: "Around
// 1,900 pupils in Ashby" for those who "have no school nurse", and
// "1,300 pupils, Ashby, 2022" for those referred.
func TestCountCopyIsNoWholePopulation(t *testing.T) {
	it, f := figureInF73f("Around 1,900 pupils in Ashby have no school nurse.", Figure{Text: "Around 1,900 pupils", Value: 1900, Unit: UnitCount,
		Record: Record{Population: "pupils in Ashby", Place: "Ashby"}})
	if got := it.FigureCopy(f); got != "Around 1,900 pupils" {
		t.Errorf("count with a negation cut off %q", got)
	}
	if got := it.FigureText(f); got != "Around 1,900 pupils" {
		t.Errorf("count's figure text %q", got)
	}
	it, f = figureInF73f("In Ashby, 1,300 pupils were referred in 2022; in Brill, 900.", Figure{Text: "1,300 pupils", Value: 1300, Unit: UnitCount,
		Record: Record{Population: "pupils", Place: "Ashby", Period: "2022"}})
	if got := it.FigureCopy(f); got != "1,300 pupils" {
		t.Errorf("count copied as a population of a place and year %q", got)
	}
	// Near-miss: a clause of nothing but the figure, its group, place
	// and period is stated whole.
	it, f = figureInF73f("There were 1,300 referrals to school nursing in Ashby in 2022.", Figure{Text: "1,300 referrals", Value: 1300, Unit: UnitCount,
		Record: Record{Population: "referrals to school nursing in Ashby", Place: "Ashby", Period: "2022"}})
	if got := it.FigureCopy(f); got != "1,300 referrals to school nursing in Ashby, 2022" {
		t.Errorf("a whole count's copy %q", got)
	}
	// A ratio's group is part of what it states, and keeps it.
	it, f = figureInF73f("In 2022 there was one school nurse for every 3,300 pupils aged 5 to 11 in Ashby.", Figure{Text: "one school nurse for every 3,300 pupils", Value: 3300, Unit: UnitCount,
		Record: Record{Population: "pupils aged 5 to 11 in Ashby", Place: "Ashby", Period: "2022"}})
	if got := it.FigureCopy(f); got != "one school nurse for every 3,300 pupils aged 5 to 11 in Ashby, 2022" {
		t.Errorf("ratio copy %q", got)
	}
}

// TestFigureCopyStatesTheRecordsPlace: the place a copy or the table's
// "What it measures" adds is the record's: the extractor gives a ratio
// compared with another's ("…, compared with one for every 1,900 in
// Leeds") no place, and the copy cuts no comparison off to find that out
// again (hostile check 64 H1). Before, a copy-time pattern judged it
// from the sentence beside the extractor's wrong "Leeds".
func TestFigureCopyStatesTheRecordsPlace(t *testing.T) {
	for _, c := range []struct{ text, place, want string }{
		{"There was one dietitian for every 2,700 pupils aged 5 to 11, compared with one for every 1,900 in Leeds.", "", "one dietitian for every 2,700 pupils aged 5 to 11"},
		{"There was one dietitian for every 2,700 pupils aged 5 to 11, against one for every 1,900 in Leeds.", "", "one dietitian for every 2,700 pupils aged 5 to 11"},
		// Near-miss: the record's own place, stated in the figure's
		// clause before the comparison, is stated.
		{"There was one dietitian for every 2,700 pupils aged 5 to 11 in Ashby, compared with one for every 1,900 in Leeds.", "Ashby", "one dietitian for every 2,700 pupils aged 5 to 11, Ashby"},
	} {
		it, f := figureInF73f(c.text, Figure{Text: "one dietitian for every 2,700 pupils", Value: 2700, Unit: UnitCount,
			Record: Record{Population: "pupils aged 5 to 11", Place: c.place}})
		if got := it.FigureCopy(f); got != c.want {
			t.Errorf("%q: copy %q, want %q", c.text, got, c.want)
		}
		if got := it.FigureMeasure(f); strings.Contains(got, "; Leeds") {
			t.Errorf("%q: measure states the comparison's place %q", c.text, got)
		}
	}
	// The figure's own place, cut out of a long clause, is still added.
	text := "In the year to March 2024, the number of pupils seen by the school nursing team across the towns of Ashby, Brill, Cole and Dane was 410, 385, 290 and 515 respectively."
	it := Item{Text: text, Figures: []Figure{{Text: "385", Value: 385, Unit: UnitCount, Offset: strings.Index(text, "385"), Record: Record{Place: "Brill"}}}}
	if got := it.FigureMeasure(it.Figures[0]); !strings.HasSuffix(got, "; Brill") && !strings.Contains(got, "Brill") {
		t.Errorf("a list's figure lost its own place %q", got)
	}
}

// TestFigureCopyDatesOnlyAMeasuredFact: a copy and a table's period state
// the record's period, never an aim's, a pledge's or a recommendation's,
// which the record marks (Record.Aim, set by the extractor since hostile
// check 65; before, the copy read it from the sentence) (hostile check 64
// H2, H3). A comparison's year is no period of the record's (the
// extractor's compared-period rule), so the copy, reading the record,
// states none. Before: "…, 2031" for an aim and "…, 2018" for a
// recommendation; "…, 2018" for "Compared with Leeds in 2018, there is
// now one …", which the copy cut off by a pattern of its own.
func TestFigureCopyDatesOnlyAMeasuredFact(t *testing.T) {
	cases := []struct {
		text, period, want string
		aim                bool
	}{
		{"Compared with Leeds in 2018, there is now one dietitian for every 2,600 pupils aged 5 to 11.", "", "one dietitian for every 2,600 pupils aged 5 to 11", false},
		{"By 2031, the board aims to have one dietitian for every 2,600 pupils aged 5 to 11.", "2031", "one dietitian for every 2,600 pupils aged 5 to 11", true},
		{"In 2018 the College recommended one dietitian for every 2,600 pupils aged 5 to 11; in 2024 there was one for every 3,000 pupils.", "2018", "one dietitian for every 2,600 pupils aged 5 to 11", true},
		{"The council pledged one dietitian for every 2,600 pupils aged 5 to 11 in 2026.", "2026", "one dietitian for every 2,600 pupils aged 5 to 11", true},
		// Near-miss: a measured fact's own year is stated, and so is one
		// whose clause compares it with a target.
		{"In 2018 there was one dietitian for every 2,600 pupils aged 5 to 11.", "2018", "one dietitian for every 2,600 pupils aged 5 to 11, 2018", false},
		{"There was one dietitian for every 2,600 pupils aged 5 to 11 in 2023, up from one for every 2,100 in 2019.", "2023", "one dietitian for every 2,600 pupils aged 5 to 11, 2023", false},
		{"There was one dietitian for every 2,600 pupils aged 5 to 11 in 2023, compared with a target of one for every 2,000.", "2023", "one dietitian for every 2,600 pupils aged 5 to 11, 2023", false},
	}
	for _, c := range cases {
		it, f := figureInF73f(c.text, Figure{Text: "one dietitian for every 2,600 pupils", Value: 2600, Unit: UnitCount,
			Record: Record{Population: "pupils aged 5 to 11", Period: c.period, Aim: c.aim}})
		if got := it.FigureCopy(f); got != c.want {
			t.Errorf("%q: copy %q, want %q", c.text, got, c.want)
		}
		if got, want := it.FigurePeriod(f), strings.TrimPrefix(c.want, "one dietitian for every 2,600 pupils aged 5 to 11"); got != strings.TrimPrefix(want, ", ") {
			t.Errorf("%q: period %q", c.text, got)
		}
	}
	// An aim's count keeps its record's target year out of the table.
	it, f := figureInF73f("The board aims to see 2,000 pupils by 2027.", Figure{Text: "2,000 pupils", Value: 2000, Unit: UnitCount,
		Record: Record{Population: "pupils", Period: "2027", Measure: "board aims to see", Aim: true}})
	if got := it.FigurePeriod(f); got != "" {
		t.Errorf("an aim's count dated %q", got)
	}
}

// TestFigureCopyKeepsAHyphenatedWordWhole: a figure whose words end inside
// a hyphenated word is copied, and tabled, with the whole word (hostile
// check 64 M1). Before: "one dietitian for every 2,900 under" for
// "… 2,900 under-fives in Ashby". Near-miss: a figure's words followed
// by a dash and a space or a digit gain nothing.
func TestFigureCopyKeepsAHyphenatedWordWhole(t *testing.T) {
	it, f := figureInF73f("There is one dietitian for every 2,900 under-fives in Ashby.", Figure{Text: "one dietitian for every 2,900 under", Value: 2900, Unit: UnitCount,
		Record: Record{Population: "under", Place: "Ashby"}})
	if got := it.FigureCopy(f); !strings.HasPrefix(got, "one dietitian for every 2,900 under-fives") {
		t.Errorf("copy %q", got)
	}
	if got := it.FigureText(f); got != "one dietitian for every 2,900 under-fives" {
		t.Errorf("figure text %q", got)
	}
	it, f = figureInF73f("There were 1,300 referrals - 2023's highest.", Figure{Text: "1,300 referrals", Value: 1300, Unit: UnitCount})
	if got := it.FigureText(f); got != "1,300 referrals" {
		t.Errorf("a dash after the figure %q", got)
	}
}
