package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// pairWantF72b is what one value of a "respectively" sentence must be: its
// unit, its period, and the place or group it is of ("" for none). place
// is looked for in its Place or at the end of its measure, group in its
// population.
type pairWantF72b struct {
	text         string
	unit         evidence.Unit
	per          string
	place, group string
}

// checkPairsF72b reads sentence and checks each value in want, that no
// value is measured or counted as "respectively", and that the values
// share one measure key where same is set.
func checkPairsF72b(t *testing.T, sentence string, same bool, want ...pairWantF72b) {
	t.Helper()
	figs := figuresF70a(t, sentence)
	key := ""
	for i, w := range want {
		f, ok := figureF70a(figs, w.text)
		if !ok {
			t.Errorf("%s: no figure %q (got %+v)", sentence, w.text, figs)
			continue
		}
		if f.Unit != w.unit || f.Period != w.per {
			t.Errorf("%s: %s is %s of %q, want %s of %q", sentence, w.text, f.Unit, f.Period, w.unit, w.per)
		}
		if w.place == "" && f.Place != "" {
			t.Errorf("%s: %s has place %q, want none", sentence, w.text, f.Place)
		}
		if w.place != "" && f.Place != w.place && !hasSuffixFoldF70a(" "+f.Measure, " in "+w.place) {
			t.Errorf("%s: %s of place %q, measured %q: want %s", sentence, w.text, f.Place, f.Measure, w.place)
		}
		if !strings.EqualFold(f.Population, w.group) {
			t.Errorf("%s: %s of people %q, want %q", sentence, w.text, f.Population, w.group)
		}
		if containsFoldF70a(f.Measure+" "+f.Population+" "+f.Key, "respect") {
			t.Errorf("%s: %s measured %q, people %q, key %q: \"respectively\" read as words of it", sentence, w.text, f.Measure, f.Population, f.Key)
		}
		if i == 0 {
			key = f.Key
		} else if same && f.Key != key {
			t.Errorf("%s: %s keyed %q, the first %q: want one key", sentence, w.text, f.Key, key)
		}
	}
}

// TestTimesListedRespectivelyPairWithTheirQuarters: times of one unit
// listed after one verb, "14 and 11 weeks", pair in order with the
// periods "respectively" points to, and a year after the last quarter is
// every quarter's. Before (hostile check 63), the 14 was lost and the 11
// weeks dated Q1 2024. A list of periods of another length pairs with
// none, and dates none.
func TestTimesListedRespectivelyPairWithTheirQuarters(t *testing.T) {
	w := evidence.UnitWeeks
	checkPairsF72b(t, "Median waits were 14 and 11 weeks in Q1 and Q2 2024 respectively.", true,
		pairWantF72b{"14", w, "Q1 2024", "", ""}, pairWantF72b{"11 weeks", w, "Q2 2024", "", ""})
	checkPairsF72b(t, "Average waits for an assessment were 9 and 7 months in 2022 and 2023 respectively.", true,
		pairWantF72b{"9", evidence.UnitMonths, "2022", "", ""}, pairWantF72b{"7 months", evidence.UnitMonths, "2023", "", ""})
	checkPairsF72b(t, "Median waits were 20 and 16 weeks in Dorset and Devon respectively in 2024.", false,
		pairWantF72b{"20", w, "2024", "Dorset", ""}, pairWantF72b{"16 weeks", w, "2024", "Devon", ""})
	// Three quarters for two values: neither is dated by a quarter.
	checkPairsF72b(t, "Median waits were 14 and 11 weeks in Q1, Q2 and Q3 2024 respectively.", true,
		pairWantF72b{"14", w, "", "", ""}, pairWantF72b{"11 weeks", w, "", "", ""})
	checkPairsF72b(t, "Uptake was 91% and 89% in Dorset, Devon and Cornwall respectively.", true,
		pairWantF72b{"91%", evidence.UnitPercent, "", "", ""}, pairWantF72b{"89%", evidence.UnitPercent, "", "", ""})
}

// TestSharesListedRespectivelyPairWithTheirGroups: shares listed after
// one verb pair with the groups "respectively" points to, listed before
// their verb or after them, and take the year said once for the list.
// "respectively" is never what they measure, nor whom they count. Before
// (hostile check 63), "The proportions for boys and girls were 40% and 35%
// respectively in 2023" left the 40% undated and the 35% measuring
// "respectively", neither of boys or girls. Without the word, each share
// may be of both groups, and none is paired.
func TestSharesListedRespectivelyPairWithTheirGroups(t *testing.T) {
	p := evidence.UnitPercent
	checkPairsF72b(t, "The rates for boys and girls were 22% and 31% respectively in 2024.", false,
		pairWantF72b{"22%", p, "2024", "", "boys"}, pairWantF72b{"31%", p, "2024", "", "girls"})
	checkPairsF72b(t, "Respectively, 18% and 26% of boys and girls said they felt lonely.", false,
		pairWantF72b{"18%", p, "", "", "boys"}, pairWantF72b{"26%", p, "", "", "girls"})
	checkPairsF72b(t, "In 2022, 18% and 26% of boys and girls respectively said they felt lonely.", false,
		pairWantF72b{"18%", p, "2022", "", "boys"}, pairWantF72b{"26%", p, "2022", "", "girls"})
	checkPairsF72b(t, "Girls and boys were 61% and 39% of those admitted respectively.", false,
		pairWantF72b{"61%", p, "", "", "girls"}, pairWantF72b{"39%", p, "", "", "boys"})
	// One measure for both groups.
	figs := figuresF70a(t, "Respectively, 18% and 26% of boys and girls said they felt lonely.")
	if a, ok := figureF70a(figs, "18%"); ok {
		if b, ok := figureF70a(figs, "26%"); !ok || a.Measure != b.Measure || a.Measure == "" {
			t.Errorf("18%% measures %q, 26%% %q: want one measure", a.Measure, b.Measure)
		}
	}
	// No "respectively": both shares are of both groups, as written.
	checkPairsF72b(t, "18% and 26% of boys and girls said they felt lonely.", true,
		pairWantF72b{"18%", p, "", "", "boys and girls"}, pairWantF72b{"26%", p, "", "", "boys and girls"})
	// Three groups for two shares: no share is any one group's.
	for _, f := range figuresF70a(t, "The rates for boys, girls and others were 22% and 31% respectively in 2024.") {
		if f.Population == "boys" || f.Population == "girls" || containsFoldF70a(f.Measure+f.Key, "respect") {
			t.Errorf("%s paired with a group of an unequal list: people %q, measure %q", f.Text, f.Population, f.Measure)
		}
	}
}

// TestSharesOfOneGroupListedRespectivelyPairWithTheirPlaces: shares of
// one group named once, "12% and 9% of children respectively", pair with
// the places the sentence opens with, of one measure and group. Before
// (hostile check 63), the 12% was of the people "Kent and Medway" and the
// 9% of "children respectively", neither placed, keyed apart.
func TestSharesOfOneGroupListedRespectivelyPairWithTheirPlaces(t *testing.T) {
	p := evidence.UnitPercent
	checkPairsF72b(t, "In Dorset and Devon, 14% and 8% of pupils respectively were persistently absent.", false,
		pairWantF72b{"14%", p, "", "Dorset", "pupils"}, pairWantF72b{"8%", p, "", "Devon", "pupils"})
	checkPairsF72b(t, "In Dorset and Devon, 14% and 8% of children respectively waited over a year in 2023.", false,
		pairWantF72b{"14%", p, "2023", "Dorset", "children"}, pairWantF72b{"8%", p, "2023", "Devon", "children"})
	// Three places for two shares: none is placed, neither measures the list.
	for _, f := range figuresF70a(t, "In Dorset, Devon and Cornwall, 14% and 8% of pupils respectively were persistently absent.") {
		if f.Unit != p {
			continue
		}
		if hasSuffixFoldF70a(f.Measure, " in Dorset") || hasSuffixFoldF70a(f.Measure, " in Devon") || containsFoldF70a(f.Population, "Dorset") {
			t.Errorf("%s placed by an unequal list: measure %q, people %q", f.Text, f.Measure, f.Population)
		}
	}
}

// TestCountsListedRespectivelyAfterTheirPlacesAsSubject: counts listed
// after places that are the sentence's subject pair with them, each a
// count of the noun the last names, all of the year after the list. A
// list of places of another length pairs with none, and leaves the
// counts unlabelled, never wrongly labelled. Before (hostile check 63),
// all three measured "kent, Medway and Surrey saw", only the last was
// dated, and only it counted referrals ("referrals respectively"); an
// unequal list gave three figures with no word of warning.
func TestCountsListedRespectivelyAfterTheirPlacesAsSubject(t *testing.T) {
	c := evidence.UnitCount
	checkPairsF72b(t, "Dorset, Devon and Cornwall saw 2,100, 1,750 and 980 admissions respectively in 2022.", false,
		pairWantF72b{"2,100", c, "2022", "Dorset", "admissions"}, pairWantF72b{"1,750", c, "2022", "Devon", "admissions"},
		pairWantF72b{"980 admissions", c, "2022", "Cornwall", "admissions"})
	figs := figuresF70a(t, "Dorset and Devon saw 2,100, 1,750 and 980 admissions respectively.")
	if len(figs) != 3 {
		t.Errorf("unequal list: %d figures, want 3: %+v", len(figs), figs)
	}
	for _, f := range figs {
		if f.Place != "" || containsFoldF70a(f.Measure, "Dorset") || containsFoldF70a(f.Measure, "Devon") || containsFoldF70a(f.Measure+f.Population+f.Key, "respect") {
			t.Errorf("unequal list: %s labelled place %q, measure %q, people %q, key %q", f.Text, f.Place, f.Measure, f.Population, f.Key)
		}
	}
}

// TestCountsListedRespectivelyKeyAsTheirMeasure: "The number of X was A
// and B in P and Q respectively" keys each count as "The number of X was
// A in P" does, never by "respectively". Before (hostile check 63), both
// measured "respectively", keyed `count|referr||respect`.
func TestCountsListedRespectivelyKeyAsTheirMeasure(t *testing.T) {
	one, ok := figureF70a(figuresF70a(t, "The number of admissions was 2,100 in 2021."), "2,100")
	if !ok {
		t.Fatal("no figure of one count")
	}
	checkPairsF72b(t, "The number of admissions was 2,100 and 2,400 in 2021 and 2022 respectively.", true,
		pairWantF72b{"2,100", evidence.UnitCount, "2021", "", one.Population}, pairWantF72b{"2,400", evidence.UnitCount, "2022", "", one.Population})
	for _, f := range figuresF70a(t, "The number of admissions was 2,100 and 2,400 in 2021 and 2022 respectively.") {
		if f.Key != one.Key {
			t.Errorf("%s keyed %q, the single count %q", f.Text, f.Key, one.Key)
		}
	}
}

// TestCountsListedRespectivelyPairWithPlacesAfterOf: counts listed after
// places named after "of", "across the three districts of Ashford,
// Dover and Thanet was 220, 180 and 305 respectively", pair with them,
// each a count of the group the sentence names. Before (hostile check
// 63), none was placed, and the last was of the people "respectively".
func TestCountsListedRespectivelyPairWithPlacesAfterOf(t *testing.T) {
	c := evidence.UnitCount
	checkPairsF72b(t, "The number of young people offered a mentor across the three districts of Ashford, Dover and Thanet was 220, 180 and 305 respectively, a rise on the year before.", false,
		pairWantF72b{"220", c, "", "Ashford", "young people"}, pairWantF72b{"180", c, "", "Dover", "young people"},
		pairWantF72b{"305", c, "", "Thanet", "young people"})
}

// TestAValueOpeningItsOwnClauseAfterAChangeTakesNoChange: "and" after a
// change may open a clause with its own subject and verb, "Admissions
// rose by 5% and 8% of children were admitted twice": the 8% is a level
// of that clause, and carries no change; the 5% is the admissions'.
// Before (hostile check 63), the level carried the change "up 5%". A
// list of changes of one verb stays a list.
func TestAValueOpeningItsOwnClauseAfterAChangeTakesNoChange(t *testing.T) {
	for _, s := range []string{
		"Admissions rose by 5% and 8% of children were admitted twice.",
		"Admissions rose by 5% and 8% were admitted twice.",
	} {
		figs := figuresF70a(t, s)
		c, ok1 := figureF70a(figs, "5%")
		l, ok2 := figureF70a(figs, "8%")
		if !ok1 || !ok2 {
			t.Errorf("%s: figures %+v", s, figs)
			continue
		}
		if c.Role != evidence.RoleChange || c.Change != "up 5%" {
			t.Errorf("%s: 5%% is %q with change %q, want the change up 5%%", s, c.Role, c.Change)
		}
		if l.Role == evidence.RoleChange || l.Change != "" {
			t.Errorf("%s: 8%% is %q with change %q, want a level with none", s, l.Role, l.Change)
		}
	}
	checkPairsF70a(t, "Admissions fell by 5% and 8% in Dorset and Devon respectively.", []pairCaseF70a{
		{"5%", evidence.UnitPercent, evidence.RoleChange, "Dorset", ""},
		{"8%", evidence.UnitPercent, evidence.RoleChange, "Devon", ""},
	})
}

// TestAGroupWordInANameIsNoGroup: a word for people that begins a body's
// name, "Carers Trust", is part of that name in a list, never a group of
// its own: the bodies pair as places do.
func TestAGroupWordInANameIsNoGroup(t *testing.T) {
	c := evidence.UnitCount
	checkPairsF72b(t, "Waiting lists for Carers Trust and Young Minds were 300 and 200 respectively in 2023.", false,
		pairWantF72b{"300", c, "2023", "Carers Trust", ""}, pairWantF72b{"200", c, "2023", "Young Minds", ""})
}
