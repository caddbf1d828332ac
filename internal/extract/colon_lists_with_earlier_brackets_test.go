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
