package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// comparedWant67 is a compared value's record: its text, place and
// period.
type comparedWant67 struct{ text, place, period string }

// checkCompared67 asserts the local value of sentence is of no place and
// keyed key, and each other value of its own place and period, of people
// and key without the local place, and no two keyed alike in one place.
func checkCompared67(t *testing.T, sentence, local, key, localPlace string, others []comparedWant67) {
	t.Helper()
	figs := figuresF70a(t, sentence)
	l, ok := figureF70a(figs, local)
	if !ok {
		t.Errorf("%s: no %s in %v", sentence, local, figs)
		return
	}
	if l.Place != "" || l.Key != key {
		t.Errorf("%s: local %s of %q keyed %q, want no place, %q", sentence, local, l.Place, l.Key, key)
	}
	// A threshold ("within 18 weeks") is its level's: never placed where
	// the compared value is (the contrasting clause placed it in England).
	for _, f := range figs {
		if f.Role == evidence.RoleThreshold && (f.Place != l.Place || f.Population != l.Population) {
			t.Errorf("%s: threshold %s of %q (%q), want its level's %q (%q)", sentence, f.Text, f.Place, f.Population, l.Place, l.Population)
		}
	}
	seen := map[string]string{l.Key + "@" + l.Place: l.Text}
	for _, w := range others {
		o, ok := figureF70a(figs, w.text)
		if !ok {
			t.Errorf("%s: no %s in %v", sentence, w.text, figs)
			continue
		}
		if o.Place != w.place || o.Period != w.period {
			t.Errorf("%s: %s of %q (%q), want %q (%q)", sentence, w.text, o.Place, o.Period, w.place, w.period)
		}
		if o.Key == "" || seen[o.Key+"@"+o.Place] != "" {
			t.Errorf("%s: %s keyed %q of %q, as %s", sentence, w.text, o.Key, o.Place, seen[o.Key+"@"+o.Place])
		}
		seen[o.Key+"@"+o.Place] = o.Text
		if containsFoldF70a(o.Key+" "+o.Population, localPlace) {
			t.Errorf("%s: %s of %q keyed %q: the local place's", sentence, w.text, o.Population, o.Key)
		}
	}
}

// TestAComparedPlaceInProseNeverTakesTheLocalValue: a local value set
// beside another place by a contrasting clause or a comparing verb,
// "whereas in England it was 71%", "trailing England (71%) and Medway
// (66%)", "which compares favourably with England (61%)", "outperforming
// England (61%)", "behind England at 71%", "below the national figure
// of 71%", is never placed there, and the other place's value is its
// own, of the local measure and people without the local place, of the
// local value's year. Before (hostile check 67) Kent's 64% was placed in
// England and England's 71% (Medway's 66%) keyed as Kent's.
func TestAComparedPlaceInProseNeverTakesTheLocalValue(t *testing.T) {
	const opening = "In 2023, 64% of children in Kent were seen within 18 weeks"
	const key = "percent|kent||#<18w seen week"
	for _, c := range []struct {
		tail   string
		others []comparedWant67
	}{
		{", whereas in England it was 71%.", []comparedWant67{{"71%", "England", "2023"}}},
		{", while in Surrey the figure was 70%.", []comparedWant67{{"70%", "Surrey", "2023"}}},
		{", trailing England (71%) and Medway (66%).", []comparedWant67{{"71%", "England", "2023"}, {"66%", "Medway", "2023"}}},
		{", lagging behind Surrey (70%).", []comparedWant67{{"70%", "Surrey", "2023"}}},
		{", outstripping the South East (60%) and Medway (59%).", []comparedWant67{{"60%", "South East", "2023"}, {"59%", "Medway", "2023"}}},
		{", which compares favourably with England (61%).", []comparedWant67{{"61%", "England", "2023"}}},
		{", which compares well with Medway (58%).", []comparedWant67{{"58%", "Medway", "2023"}}},
		{", outperforming England (61%).", []comparedWant67{{"61%", "England", "2023"}}},
		{", behind England at 71%.", []comparedWant67{{"71%", "England", "2023"}}},
		{", ahead of England at 61%.", []comparedWant67{{"61%", "England", "2023"}}},
		{", which is below the national figure of 71%.", []comparedWant67{{"71%", "", "2023"}}},
	} {
		checkCompared67(t, opening+c.tail, "64%", key, "kent", c.others)
	}
	checkCompared67(t, "In 2023, 1,400 children in Kent were referred to CAMHS, whereas in Surrey it was 1,100.",
		"1,400 children", "count|kent||camh refer", "kent", []comparedWant67{{"1,100", "Surrey", "2023"}})
	checkCompared67(t, "In 2022/23, 58% of young people in Surrey had a dental check, whereas in England it was 66%.",
		"58%", "percent|surrey||check dental", "surrey", []comparedWant67{{"66%", "England", "2022/23"}})
}

// TestEachCouncilAreaOfACompareListIsItsOwn: a list of compared council
// areas, "compared with 58% in Medway and 55% in Surrey", "versus 58% in
// Medway, 55% in Surrey and 71% in England", "compared with 71% in
// England and 58% in Medway in 2022", gives each value its own area's
// place, never Kent's people, and the local value's year where none is
// written. Before (hostile check 67) Medway's and Surrey's values had no
// place and one key (a false disagreement in `cypx figures`), or Medway's
// was of "children in Kent", keyed as Kent's.
func TestEachCouncilAreaOfACompareListIsItsOwn(t *testing.T) {
	for _, c := range []struct {
		sentence, local, key, localPlace string
		others                           []comparedWant67
	}{
		{"In 2023, 4,300 children in Kent were on the waiting list, compared with 1,900 in Medway and 3,100 in Surrey.", "4,300 children", "count|kent||list wait", "kent",
			[]comparedWant67{{"1,900", "Medway", "2023"}, {"3,100", "Surrey", "2023"}}},
		{"In 2023, 64% of children in Kent were seen within 18 weeks, compared with 58% in Medway and 55% in Surrey.", "64%", "percent|kent||#<18w seen week", "kent",
			[]comparedWant67{{"58%", "Medway", "2023"}, {"55%", "Surrey", "2023"}}},
		{"In 2023, 64% of children in Kent were seen within 18 weeks, versus 58% in Medway, 55% in Surrey and 71% in England.", "64%", "percent|kent||#<18w seen week", "kent",
			[]comparedWant67{{"58%", "Medway", "2023"}, {"55%", "Surrey", "2023"}, {"71%", "England", "2023"}}},
		{"In 2023, 64% of children in Kent were seen within 18 weeks, compared with 71% in England and 58% in Medway in 2022.", "64%", "percent|kent||#<18w seen week", "kent",
			[]comparedWant67{{"71%", "England", "2022"}, {"58%", "Medway", "2022"}}},
		{"In 2023, 2,100 pupils in Medway were persistently absent, compared with 3,900 in Kent and 2,800 in Surrey.", "2,100 pupils", "count|medway pupil||absent persist", "medway",
			[]comparedWant67{{"3,900", "Kent", "2023"}, {"2,800", "Surrey", "2023"}}},
		{"In 2023/24, 31% of children in Surrey were overweight, versus 33% in Kent, 29% in Hampshire and 35% in England.", "31%", "percent|surrey||overweight", "surrey",
			[]comparedWant67{{"33%", "Kent", "2023/24"}, {"29%", "Hampshire", "2023/24"}, {"35%", "England", "2023/24"}}},
		{"In 2023, 1,400 children in Kent were referred to CAMHS, compared to 1,200 in Medway.", "1,400 children", "count|kent||camh refer", "kent",
			[]comparedWant67{{"1,200", "Medway", "2023"}}},
		{"In 2023, 64% of children in Kent were seen within 18 weeks, as against 71% in England.", "64%", "percent|kent||#<18w seen week", "kent",
			[]comparedWant67{{"71%", "England", "2023"}}},
		{"In 2023, 64% of children in Kent were seen within 18 weeks, compared with 71% for England and 69% for the South East.", "64%", "percent|kent||#<18w seen week", "kent",
			[]comparedWant67{{"71%", "England", "2023"}, {"69%", "South East", "2023"}}},
	} {
		checkCompared67(t, c.sentence, c.local, c.key, c.localPlace, c.others)
	}
	// A value with a time of its own the level's year never overwrites.
	figs := figuresF70a(t, "In 2023, 64% of children in Kent were seen within 18 weeks, compared with 71% in England five years ago.")
	if o, ok := figureF70a(figs, "71%"); !ok || o.Period == "2023" {
		t.Errorf("five years ago: %v", figs)
	}
}

// TestAnEarlierValueOfAComparedPlaceIsThatPlaces: an earlier value written
// of the place a value is compared with, "compared with 71% in England,
// where the figure has fallen from 75% in 2021", "(down from 74%)", ",
// which was down from 74% in 2022", is that place's, keyed as its value
// is, never the local value's own earlier one. Before (hostile check 67)
// England's 75% of 2021 was keyed as Kent's: `cypx figures` showed Kent
// falling from 75%, a fall it never had.
func TestAnEarlierValueOfAComparedPlaceIsThatPlaces(t *testing.T) {
	const opening = "In 2023, 64% of children in Kent were seen within 18 weeks"
	for _, c := range []struct {
		sentence  string
		compared  comparedWant67
		earlier   comparedWant67
		localWant string
	}{
		{opening + ", compared with 71% in England, where the figure has fallen from 75% in 2021.", comparedWant67{"71%", "England", "2023"}, comparedWant67{"75%", "England", "2021"}, "percent|kent||#<18w seen week"},
		{opening + " (up from 58% in 2022), compared with 71% in England (down from 74%).", comparedWant67{"71%", "England", "2023"}, comparedWant67{"74%", "England", ""}, "percent|kent||#<18w seen week"},
		{opening + ", compared with 71% in England, which was down from 74% in 2022.", comparedWant67{"71%", "England", "2023"}, comparedWant67{"74%", "England", "2022"}, "percent|kent||#<18w seen week"},
		{opening + ", compared with 70% in Surrey, which was down from 73% in 2022.", comparedWant67{"70%", "Surrey", "2023"}, comparedWant67{"73%", "Surrey", "2022"}, "percent|kent||#<18w seen week"},
		{"In 2023, 1,400 children in Kent were referred, compared with 1,800 in Essex, where referrals have risen from 1,500 in 2021.", comparedWant67{"1,800", "Essex", "2023"}, comparedWant67{"1,500", "Essex", "2021"}, "count|kent||refer"},
	} {
		figs := figuresF70a(t, c.sentence)
		var keys []string
		for _, w := range []comparedWant67{c.compared, c.earlier} {
			o, ok := figureF70a(figs, w.text)
			if !ok || o.Place != w.place || o.Period != w.period || containsFoldF70a(o.Key+" "+o.Population, "kent") {
				t.Errorf("%s: %s %+v, want %q (%q) without kent", c.sentence, w.text, o, w.place, w.period)
			}
			keys = append(keys, o.Key)
		}
		if keys[0] != keys[1] || keys[0] == c.localWant {
			t.Errorf("%s: compared keyed %q, its earlier value %q", c.sentence, keys[0], keys[1])
		}
	}
}

// TestAPartOfAComparedPlaceIsNoPlace: a value of a part of a place, "the
// rest of England", "inner London", "other parts of the South East", is
// no value of that place nor of the local value's: it has no place, is
// measured with the part's whole name and keyed apart by it. Before
// (hostile check 67) the 71% was England's (London's) and of "children
// in Kent", keyed as Kent's 64%.
func TestAPartOfAComparedPlaceIsNoPlace(t *testing.T) {
	const opening = "In 2023, 64% of children in Kent were seen within 18 weeks, compared with 71% in "
	for _, part := range []string{"the rest of England", "inner London", "other parts of the South East", "the rest of the South East"} {
		figs := figuresF70a(t, opening+part+".")
		l, _ := figureF70a(figs, "64%")
		o, ok := figureF70a(figs, "71%")
		if !ok || o.Place != "" || o.Population != "children" || o.Measure != "were seen within 18 weeks in "+part {
			t.Errorf("%s: 71%% %+v", part, o)
		}
		if o.Key == l.Key || containsFoldF70a(o.Key, "kent") || l.Place != "" {
			t.Errorf("%s: 71%% keyed %q, 64%% %q of %q", part, o.Key, l.Key, l.Place)
		}
	}
}

// TestARankedPlacesValueIsThatPlaces: values each set in brackets after a
// place a ranking names, "highest in Kent (88.1%) and lowest in Medway
// (85.4%)", are each that place's, measuring what is ranked without the
// ranking, keyed alike but for their places; a compared value after a
// national level, "Nationally, 71% …, compared with 64% in Kent", is
// Kent's, no national value. Before (hostile check 67) both ranked
// values were of no place, on one key measuring "highest in Kent and
// lowest in Medway" (a false disagreement), and Kent's 64% was keyed as
// the national 71%.
func TestARankedPlacesValueIsThatPlaces(t *testing.T) {
	for _, c := range []struct {
		sentence, measure string
		values            []comparedWant67
	}{
		{"In 2023, MMR2 uptake was highest in Kent (88.1%) and lowest in Medway (85.4%).", "MMR2 uptake",
			[]comparedWant67{{"88.1%", "Kent", "2023"}, {"85.4%", "Medway", "2023"}}},
		{"In 2022/23, the obesity rate among Year 6 pupils was highest in Swale (26%) and lowest in Sevenoaks (17%).", "obesity rate among Year 6 pupils",
			[]comparedWant67{{"26%", "Swale", "2022/23"}, {"17%", "Sevenoaks", "2022/23"}}},
	} {
		figs := figuresF70a(t, c.sentence)
		for _, w := range c.values {
			o, ok := figureF70a(figs, w.text)
			if !ok || o.Place != w.place || o.Period != w.period || o.Measure != c.measure {
				t.Errorf("%s: %s %+v, want %q (%q) measuring %q", c.sentence, w.text, o, w.place, w.period, c.measure)
			}
		}
	}
	figs := figuresF70a(t, "Nationally, 71% of children were seen within 18 weeks in 2023, compared with 64% in Kent.")
	n, _ := figureF70a(figs, "71%")
	k, ok := figureF70a(figs, "64%")
	if !ok || k.Place != "Kent" || k.Period != "2023" || k.Key == n.Key || containsFoldF70a(k.Key+k.Measure, "nation") {
		t.Errorf("nationally: 64%% %+v beside %+v", k, n)
	}
}
