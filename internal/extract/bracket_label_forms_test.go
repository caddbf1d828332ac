package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// labelFormCaseF78b is a sentence with a level and a bracket beside it:
// the level's text, the bracketed value's (none where it is an aim, no
// figure), and what the bracketed value should be.
type labelFormCaseF78b struct {
	sentence, level, other string
	place, period          string
	// sameKey: the bracketed value is the level's own place's of another
	// time, keyed as the level; otherwise keyed apart from it.
	sameKey bool
	// people the bracketed value's people, where they matter.
	people string
}

// checkLabelFormsF78b checks each case: the level's record is the one it
// has without the bracket, and the bracketed value is of its own place,
// year and people, keyed as the case says.
func checkLabelFormsF78b(t *testing.T, cases []labelFormCaseF78b) {
	t.Helper()
	for _, c := range cases {
		figs := figuresF70a(t, c.sentence)
		l, ok := figureF70a(figs, c.level)
		if !ok {
			t.Errorf("%s: no level %s in %v", c.sentence, c.level, figs)
			continue
		}
		open := strings.LastIndex(c.sentence, " (")
		alone, ok := figureF70a(figuresF70a(t, c.sentence[:open]+"."), c.level)
		if !ok || l.Place != alone.Place || l.Period != alone.Period || l.Key != alone.Key || l.Population != alone.Population {
			t.Errorf("%s: the level %s of %q %q %q keyed %q; alone it is of %q %q %q keyed %q", c.sentence, l.Text,
				l.Place, l.Period, l.Population, l.Key, alone.Place, alone.Period, alone.Population, alone.Key)
		}
		if c.other == "" {
			for _, f := range figs {
				if f.Text != l.Text && f.Role != evidence.RoleThreshold && f.Key == l.Key {
					t.Errorf("%s: %s keyed as the level, %q", c.sentence, f.Text, f.Key)
				}
			}
			continue
		}
		o, ok := figureF70a(figs, c.other)
		if !ok {
			t.Errorf("%s: no %s in %v", c.sentence, c.other, figs)
			continue
		}
		if o.Place != c.place || o.Period != c.period {
			t.Errorf("%s: %s of %q %q, want %q %q", c.sentence, c.other, o.Place, o.Period, c.place, c.period)
		}
		if c.sameKey != (o.Key == l.Key) || o.Key == "" {
			t.Errorf("%s: %s keyed %q beside the level's %q (same key wanted: %v)", c.sentence, c.other, o.Key, l.Key, c.sameKey)
		}
		if c.people != "" && o.Population != c.people {
			t.Errorf("%s: %s of %q, want %q", c.sentence, c.other, o.Population, c.people)
		}
	}
}

// TestABracketLabelsYearIsItsValuesNeverTheLevels: a year written before
// or after a bracket label's word, "(Baseline 2021: 50%)", "(2024 YTD:
// 61%)", "(Ambition for 2025: 75%)", "(target by 2025: 75%)", "(target
// for 2024/25: 75%)", "(trajectory 2024: 65%)", "(Plan 2023: 60%)", or an
// aim owned by a place or a body, "(England target: 75%)", "(ICB
// ambition: 75%)", is the bracketed value's: the level keeps its own
// year, place and key, an aim is no figure, a baseline is the level's of
// its year (hostile check 67). Before, the 58% of 2023 was dated 2021,
// 2024 or 2025 and the bracket's value 2023, or the 58% was placed in
// England, the label's words in both keys.
func TestABracketLabelsYearIsItsValuesNeverTheLevels(t *testing.T) {
	const lead = "In 2023, 58% of children in Kent were seen within 4 weeks "
	checkLabelFormsF78b(t, []labelFormCaseF78b{
		{sentence: lead + "(Baseline 2021: 50%).", level: "58%", other: "50%", period: "2021", sameKey: true},
		{sentence: "In 2023/24, Surrey spent £4.5m on school nursing (baseline 2019/20: £3.9m).", level: "£4.5m", other: "£3.9m", period: "2019/20", sameKey: true},
		{sentence: lead + "(2024 YTD: 61%).", level: "58%", other: "61%", period: "2024"},
		{sentence: lead + "(Ambition for 2025: 75%).", level: "58%"},
		{sentence: lead + "(target by 2025: 75%).", level: "58%"},
		{sentence: lead + "(target for 2024/25: 75%).", level: "58%"},
		{sentence: lead + "(trajectory 2024: 65%).", level: "58%"},
		{sentence: lead + "(Plan 2023: 60%).", level: "58%"},
		{sentence: lead + "(England target: 75%).", level: "58%"},
		{sentence: lead + "(ICB ambition: 75%).", level: "58%"},
		{sentence: "In 2023, 1,240 children in Medway were referred to CAMHS (LTP ambition for 2025: 1,500).", level: "1,240 children"},
		{sentence: lead + "(2022/23 England average 71%).", level: "58%", other: "71%", place: "England", period: "2022/23", people: "children"},
		{sentence: "In March 2024, 64% of children in Kent were seen within 18 weeks (England March 2024: 71%).", level: "64%", other: "71%", place: "England", period: "March 2024", people: "children"},
	})
}

// TestADashOrATimeAfterItsValueLabelsABracketedValue: a label set before
// its value by a spaced dash, "(2022 - 60%)", "(2022/23 – 60%)", "(2022 -
// 1,100)", "(England - 71%)", or a time's label after the value, "(60%
// the year before)", "(1,100 previous year)", is read as "(2022: 60%)"
// and "(England: 71%)" are (hostile check 67). Before, "2022 - 60" dated
// the level "2022–2060" and the 60% 2023; "(60% the year before)" was of
// the level's year and key; "(England - 71%)" placed Kent's level in
// England.
func TestADashOrATimeAfterItsValueLabelsABracketedValue(t *testing.T) {
	const lead = "In 2023, 64% of children in Kent were seen within 18 weeks "
	checkLabelFormsF78b(t, []labelFormCaseF78b{
		{sentence: lead + "(2022 - 60%).", level: "64%", other: "60%", period: "2022", sameKey: true},
		{sentence: "In 2023/24, 64% of children in Surrey were seen within 18 weeks (2022/23 – 60%).", level: "64%", other: "60%", period: "2022/23", sameKey: true},
		{sentence: "In 2023, 1,240 children in Kent were referred to CAMHS (2022 - 1,100).", level: "1,240 children", other: "1,100", period: "2022", sameKey: true},
		{sentence: lead + "(60% the year before).", level: "64%", other: "60%", period: "2022", sameKey: true},
		{sentence: "In 2023, 1,240 children in Medway were referred to CAMHS (1,100 previous year).", level: "1,240 children", other: "1,100", period: "2022", sameKey: true},
		{sentence: lead + "(England - 71%).", level: "64%", other: "71%", place: "England", period: "2023", people: "children"},
		{sentence: lead + "(South East – 69%).", level: "64%", other: "69%", place: "South East", period: "2023", people: "children"},
	})
}

// TestABracketedComparisonWithItsOwnYearKeepsTheLevelsYear: another
// place's value in brackets with a year of its own, after it, "(compared
// with 61% in Medway in 2022)", "(Medway: 480, 2022/23)", "(England
// average: 65%, 2022)", or in its label, "(Medway 2022/23: 480)", is of
// that place and year, keyed apart; the level keeps its year (hostile
// check 67). Before, Kent's level was dated 2022 (or 2022/23), the other
// place's value lost or keyed as Kent's.
func TestABracketedComparisonWithItsOwnYearKeepsTheLevelsYear(t *testing.T) {
	const lead = "In 2023, 58% of children in Kent were seen within 4 weeks "
	const refs = "In 2023/24, 1,240 children in Kent were referred to CAMHS "
	checkLabelFormsF78b(t, []labelFormCaseF78b{
		{sentence: lead + "(compared with 61% in Medway in 2022).", level: "58%", other: "61%", place: "Medway", period: "2022", people: "children"},
		{sentence: lead + "(vs 61% in Surrey in 2022/23).", level: "58%", other: "61%", place: "Surrey", period: "2022/23", people: "children"},
		{sentence: refs + "(Medway 2022/23: 480).", level: "1,240 children", other: "480", period: "2022/23", people: "children"},
		{sentence: refs + "(Medway: 480, 2022/23).", level: "1,240 children", other: "480", period: "2022/23", people: "children"},
		{sentence: lead + "(England average: 65%, 2022).", level: "58%", other: "65%", place: "England", period: "2022", people: "children"},
		{sentence: lead + "(South East: 63%, 2021/22).", level: "58%", other: "63%", place: "South East", period: "2021/22", people: "children"},
	})
}

// TestABodysNameOrShortFormInBracketsIsKeyedApart: a body named in a
// bracket by its own name or short form, "(Healthwatch Kent: 61%)",
// "(KMPT: 61%)", "(Medway NHS FT: 61%)", "(Ofsted: 61%)", "(ONS: 61%)",
// "(Barnardo's: 61%)", is that body's value: people "children", keyed
// apart by the name, the level's key free of it; "(Those with SEND: 45%)"
// is the level's group, as "(SEND: 45%)" is; a list of districts,
// "(Dartford, Gravesham and Swanley: 61%)", is their value (hostile
// check 67). Before, the name was in the level's key and the value of
// "children in Kent", with Healthwatch Kent's keyed as Kent's level.
func TestABodysNameOrShortFormInBracketsIsKeyedApart(t *testing.T) {
	const lead = "In 2023, 58% of children in Kent were seen within 4 weeks "
	var cases []labelFormCaseF78b
	for _, b := range []string{"Healthwatch Kent", "KMPT", "Medway NHS FT", "Ofsted", "ONS", "Barnardo's", "Dartford, Gravesham and Swanley", "EKHUFT"} {
		cases = append(cases, labelFormCaseF78b{sentence: lead + "(" + b + ": 61%).", level: "58%", other: "61%", period: "2023", people: "children"})
	}
	cases = append(cases, labelFormCaseF78b{sentence: lead + "(Those with SEND: 45%).", level: "58%", other: "45%", period: "2023"})
	checkLabelFormsF78b(t, cases)
}

// TestAPlaceAndAGroupInEitherOrderInBrackets: a bracket label naming a
// place and a group in any order, "(Year 6 England: 37%)", "(England,
// Year 6: 37%)", "(Medway Year 6: 37%)", "(boys nationally: 39%)", or
// the level's own place's other group, "(girls in Kent: 34%)", is that
// place's value of that group; a group after it, "(England boys: 39%,
// girls: 35%)", is that place's too; the level is never placed in
// England (hostile check 67). Before, Kent's 38% was placed in England
// and the bracket's value was of "Year 6 pupils in Kent" or "boys in
// Kent".
func TestAPlaceAndAGroupInEitherOrderInBrackets(t *testing.T) {
	checkLabelFormsF78b(t, []labelFormCaseF78b{
		{sentence: "In 2023, 38% of Year 6 pupils in Kent were overweight (Year 6 England: 37%).", level: "38%", other: "37%", place: "England", period: "2023", people: "Year 6 pupils"},
		{sentence: "In 2023, 38% of pupils in Kent were overweight (England, Year 6: 37%).", level: "38%", other: "37%", place: "England", period: "2023"},
		{sentence: "In 2023, 38% of pupils in Kent were overweight (Medway Year 6: 37%).", level: "38%", other: "37%", period: "2023"},
		{sentence: "In 2023, 38% of boys in Kent were overweight (boys nationally: 39%).", level: "38%", other: "39%", period: "2023", people: "boys"},
		{sentence: "In 2023, 38% of boys in Kent were overweight (girls in Kent: 34%).", level: "38%", other: "34%", period: "2023", people: "girls in Kent"},
		{sentence: "In 2023, 38% of boys in Surrey were overweight (England boys: 39%, girls: 35%).", level: "38%", other: "35%", place: "England", period: "2023", people: "girls"},
	})
}

// TestABracketAfterALaterPlacesValueIsItsLabelsPlaces: England's bracket
// after a later clause's value, "; in Medway, 58% (England: 71%)", is
// England's even where an earlier bracket names England too (hostile
// check 67). Before, the second 71% was Medway's, keyed as Medway's 58%.
func TestABracketAfterALaterPlacesValueIsItsLabelsPlaces(t *testing.T) {
	for _, s := range []string{
		"In 2023, 64% of children in Kent were seen within 18 weeks (England: 71%); in Medway, 58% (England: 71%).",
		"In 2023, 64% of children in Kent were seen within 18 weeks (England: 71%); in Medway, 58% (England: 72%).",
	} {
		figs := figuresF70a(t, s)
		var medway evidence.Figure
		for _, f := range figs {
			if f.Text == "58%" {
				medway = f
			}
		}
		for _, f := range figs[len(figs)-1:] {
			if f.Place != "England" || f.Key == medway.Key || containsFoldF70a(f.Population+f.Key, "medway") {
				t.Errorf("%s: the last %s of %q %q keyed %q, want England's apart from Medway's %q", s, f.Text, f.Place, f.Population, f.Key, medway.Key)
			}
		}
	}
}

// TestASquareBracketedComparatorIsReadAsARoundOne: "[England: 65%]",
// "[2022: 55%]", "[Medway: 61%; England: 65%]", "[target: 75%]" are read
// as their round forms are: the level keeps its own place, year, measure
// and key, an aim is no figure and never makes the level one (hostile
// check 67). Before, Kent's 58% was placed in England, measured "were
// seen within 4 weeks [", and England's 65% keyed as Kent's.
func TestASquareBracketedComparatorIsReadAsARoundOne(t *testing.T) {
	const lead = "In 2023, 58% of children in Kent were seen within 4 weeks "
	for _, c := range []labelFormCaseF78b{
		{sentence: lead + "[England: 65%].", level: "58%", other: "65%", place: "England", period: "2023", people: "children"},
		{sentence: lead + "[2022: 55%].", level: "58%", other: "55%", period: "2022", sameKey: true},
		{sentence: lead + "[Medway: 61%; England: 65%].", level: "58%", other: "61%", period: "2023", people: "children"},
		{sentence: lead + "[target: 75%].", level: "58%"},
	} {
		figs := figuresF70a(t, c.sentence)
		l, ok := figureF70a(figs, c.level)
		alone, ok2 := figureF70a(figuresF70a(t, lead+"."), c.level)
		if !ok || !ok2 || l.Place != alone.Place || l.Period != alone.Period || l.Key != alone.Key || l.Measure != alone.Measure || l.Aim {
			t.Errorf("%s: the level %s of %q %q %q keyed %q (aim %v); alone %q %q %q keyed %q", c.sentence, l.Text, l.Place, l.Period, l.Measure, l.Key, l.Aim, alone.Place, alone.Period, alone.Measure, alone.Key)
		}
		if c.other == "" {
			if len(figs) > 2 {
				t.Errorf("%s: an aim read as a figure: %v", c.sentence, figs)
			}
			continue
		}
		o, ok := figureF70a(figs, c.other)
		if !ok || o.Place != c.place || o.Period != c.period || c.sameKey != (o.Key == l.Key) || c.people != "" && o.Population != c.people {
			t.Errorf("%s: %s of %q %q %q keyed %q beside %q", c.sentence, c.other, o.Place, o.Period, o.Population, o.Key, l.Key)
		}
	}
}
