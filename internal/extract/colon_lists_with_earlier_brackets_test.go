package extract_test

import "testing"

// TestColonListWithEarlierBracketsGivesEachNameItsValues: values listed
// after a colon each after its name, each with its earlier value in a
// bracket, "was: Kent 1,400 (2022: 1,250), Medway 1,200 (2022: 1,100)",
// are each their name's, the level of the sentence's year and the
// bracket's of its own, all of the list's measure. Before (hostile check
// 68: F7, F60), Medway's values were measured "medway", keyed
// `count|||medway` (which meets any bare Medway count), the 1,200
// undated.
func TestColonListWithEarlierBracketsGivesEachNameItsValues(t *testing.T) {
	for _, c := range []struct {
		sentence, word string
		want           []struct{ text, per, place string }
	}{
		{"In 2023, the number of children referred to CAMHS was: Kent 1,400 (2022: 1,250), Medway 1,200 (2022: 1,100).", "camh",
			[]struct{ text, per, place string }{{"1,400", "2023", "Kent"}, {"1,250", "2022", "Kent"}, {"1,200", "2023", "Medway"}, {"1,100", "2022", "Medway"}}},
		{"In 2022/23, spending on school nursing was: Surrey £4.5m (2021/22: £4.1m), Hampshire £1.2m (2021/22: £1.0m).", "school",
			[]struct{ text, per, place string }{{"£4.5m", "2022/23", "Surrey"}, {"£4.1m", "2021/22", "Surrey"}, {"£1.2m", "2022/23", "Hampshire"}, {"£1.0m", "2021/22", "Hampshire"}}},
	} {
		figs := figuresF70a(t, c.sentence)
		keys := map[string]string{}
		for _, w := range c.want {
			f, ok := figureF70a(figs, w.text)
			if !ok {
				t.Errorf("%s: no figure %q (got %+v)", c.sentence, w.text, figs)
				continue
			}
			placed := f.Place == w.place || f.Place == "" && hasSuffixFoldF70a(" "+f.Measure, " in "+w.place)
			if f.Period != w.per || !placed || !containsFoldF70a(f.Key, c.word) {
				t.Errorf("%s: %s of %q, place %q, measured %q, key %q: want %s, %s, key with %q", c.sentence, w.text, f.Period, f.Place, f.Measure, f.Key, w.per, w.place, c.word)
			}
			if k, seen := keys[w.place]; seen && k != f.Key {
				t.Errorf("%s: %s keyed %q, its place's level %q", c.sentence, w.text, f.Key, k)
			}
			keys[w.place] = f.Key
		}
	}
}

// TestLabelsListedAfterADashAreEachLabelsValue: values each after its
// name and a colon, set after a spaced dash, "Children seen within 18
// weeks in 2023 - Kent: 64%, Medway: 58%, England: 71%", are each their
// label's, of the sentence's year, keyed apart, the labels no words of
// the measure. Before (hostile check 68: F59, F76), all three were placed
// in England on one key holding "kent medway", so `cypx figures England`
// showed Kent's 64% as England's, disagreeing with another source.
func TestLabelsListedAfterADashAreEachLabelsValue(t *testing.T) {
	checkPlacedF80b(t, "Children seen within 18 weeks in 2023 - Kent: 64%, Medway: 58%, England: 71%.", "2023", "seen",
		placedF80b{"64%", "Kent"}, placedF80b{"58%", "Medway"}, placedF80b{"71%", "England"})
	checkPlacedF80b(t, "Pupils persistently absent in 2022/23 - Surrey: 21%, Hampshire: 19%, England: 22%.", "2022/23", "absent",
		placedF80b{"21%", "Surrey"}, placedF80b{"19%", "Hampshire"}, placedF80b{"22%", "England"})
	checkPlacedF80b(t, "Referrals to CAMHS in 2023 – Kent: 1,400, Medway: 1,200.", "2023", "camh",
		placedF80b{"1,400", "Kent"}, placedF80b{"1,200", "Medway"})
}
