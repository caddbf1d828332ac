package extract_test

import "testing"

// TestRespectivelyAfterTheVerbOrLaterInTheClausePairs: places that are
// the subject after an opening year ("In 2023/24, Kent and Medway spent
// £4.5m and £1.2m respectively on school nursing"), "respectively" after
// the values' noun and year ("… 1,400 and 1,200 referrals to CAMHS in
// 2023, respectively"), and places or years listed later in the clause
// with "respectively" after them ("… were referred to CAMHS in 2022 and
// 2023 respectively", "… were seen within 18 weeks in Kent and Medway
// respectively") pair in order with the values. Before (hostile check
// 68: F6, F49, F82), both values were keyed with both places, the second
// undated, or the years were shifted (the 1,400 of 2023 dated 2022).
func TestRespectivelyAfterTheVerbOrLaterInTheClausePairs(t *testing.T) {
	checkPlacedF80b(t, "In 2023/24, Kent and Medway spent £4.5m and £1.2m respectively on school nursing.", "2023/24", "school",
		placedF80b{"£4.5m", "Kent"}, placedF80b{"£1.2m", "Medway"})
	checkPlacedF80b(t, "In 2022/23, Surrey and Hampshire spent £3.1m and £2.7m respectively on health visiting.", "2022/23", "visit",
		placedF80b{"£3.1m", "Surrey"}, placedF80b{"£2.7m", "Hampshire"})
	checkPlacedF80b(t, "Kent and Medway recorded 1,400 and 1,200 referrals to CAMHS in 2023, respectively.", "2023", "camh",
		placedF80b{"1,400", "Kent"}, placedF80b{"1,200 referrals", "Medway"})
	checkPlacedF80b(t, "In 2023, Kent, Medway and Surrey referred 1,400, 1,200 and 900 children to CAMHS respectively.", "2023", "camh",
		placedF80b{"1,400", "Kent"}, placedF80b{"1,200", "Medway"}, placedF80b{"900 children", "Surrey"})
	checkPlacedF80b(t, "In 2023, 64% and 58% of children were seen within 18 weeks in Kent and Medway respectively.", "2023", "seen",
		placedF80b{"64%", "Kent"}, placedF80b{"58%", "Medway"})

	// Years listed later: each value its year, one series on one key.
	for _, c := range []struct {
		sentence, word, place string
		want                  [][2]string
	}{
		{"In Kent, 1,250 and 1,400 children were referred to CAMHS in 2022 and 2023 respectively.", "camh", "Kent",
			[][2]string{{"1,250", "2022"}, {"1,400 children", "2023"}}},
		{"Kent spent £4.1m and £4.5m on school nursing in 2021/22 and 2022/23, respectively.", "kent", "",
			[][2]string{{"£4.1m", "2021/22"}, {"£4.5m", "2022/23"}}},
		{"Hampshire recorded 2,100 and 2,350 referrals to CAMHS in 2022 and 2023, respectively.", "camh", "",
			[][2]string{{"2,100", "2022"}, {"2,350 referrals", "2023"}}},
	} {
		figs := figuresF70a(t, c.sentence)
		key := ""
		for i, w := range c.want {
			f, ok := figureF70a(figs, w[0])
			if !ok {
				t.Errorf("%s: no figure %q (got %+v)", c.sentence, w[0], figs)
				continue
			}
			if f.Period != w[1] || f.Place != c.place || !containsFoldF70a(f.Key, c.word) {
				t.Errorf("%s: %s of %q, place %q, key %q: want %s, place %q, key with %q", c.sentence, w[0], f.Period, f.Place, f.Key, w[1], c.place, c.word)
			}
			if i == 0 {
				key = f.Key
			} else if f.Key != key {
				t.Errorf("%s: %s keyed %q, the first %q: one series wants one key", c.sentence, w[0], f.Key, key)
			}
		}
	}
}

// TestSumsAndCountsComparedRespectivelyAreEachPlaces: sums and bare
// counts compared with the level before them and paired "respectively"
// with places after them, "compared with £1.2m and £3.1m in Medway and
// Surrey respectively", are each their place's, of the level's year and
// measure, as shares so compared are. Before (hostile check 68: F98),
// Medway's £1.2m was keyed as Kent's £4.5m and Surrey's £3.1m placed in
// Medway, both undated; the count 980 was lost and the 1,100 measured
// "980", of the people "Medway and Surrey".
func TestSumsAndCountsComparedRespectivelyAreEachPlaces(t *testing.T) {
	checkPlacedF80b(t, "In 2022/23, Kent spent £4.5m on school nursing, compared with £1.2m and £3.1m in Medway and Surrey respectively.", "2022/23", "school",
		placedF80b{"£1.2m", "Medway"}, placedF80b{"£3.1m", "Surrey"})
	checkPlacedF80b(t, "In 2023/24, 1,240 children in Kent were referred to CAMHS, compared with 980 and 1,100 in Medway and Surrey respectively.", "2023/24", "camh",
		placedF80b{"980", "Medway"}, placedF80b{"1,100", "Surrey"})
	checkPlacedF80b(t, "In 2023, 2,300 children in Surrey were referred to CAMHS, compared with 1,150 and 870 in Hampshire and Kent respectively.", "2023", "camh",
		placedF80b{"1,150", "Hampshire"}, placedF80b{"870", "Kent"})
	for _, f := range figuresF70a(t, "In 2022/23, Kent spent £4.5m on school nursing, compared with £1.2m and £3.1m in Medway and Surrey respectively.") {
		if f.Text != "£4.5m" && containsFoldF70a(f.Key, "kent") {
			t.Errorf("%s keyed %q: Kent's key", f.Text, f.Key)
		}
	}
}
